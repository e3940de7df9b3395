import { describe, expect, test } from 'vitest';
import { lintReply, type LintCode } from '@/utils/templates/lint';
import { DEFAULT_OFFICIALESE } from '@/utils/templates/defaults';

const GOOD =
  '岱山老街坊您好！感谢您对市政设施的关注。\n' +
  '五叉路口塌陷的路面，工作人员今天上午已经去看过，明天开始修，预计周五修好。\n' +
  '如有未尽事宜或对上述答复有异议，请联系市政所，电话：0580-4475678。';

const opts = { officialese: DEFAULT_OFFICIALESE, maxLength: 500 };
const codes = (text: string, o = opts): LintCode[] => lintReply(text, o).map((w) => w.code);

describe('lintReply', () => {
  test('a plain three-part reply with a phone number has no warnings', () => {
    expect(lintReply(GOOD, opts)).toEqual([]);
  });

  test('missing_thanks when nobody is thanked', () => {
    const text = GOOD.replace('感谢您对市政设施的关注。', '');
    const warnings = lintReply(text, opts);
    expect(warnings.map((w) => w.code)).toEqual(['missing_thanks']);
    expect(warnings[0]?.message).toMatch(/感谢/);
  });

  test('missing_contact when there is no contact line', () => {
    const text = GOOD.replace('如有未尽事宜或对上述答复有异议，请联系市政所，电话：', '市政所 ');
    expect(codes(text)).toEqual(['missing_contact']);
  });

  test('missing_phone when the contact line has no number', () => {
    expect(codes(GOOD.replace('，电话：0580-4475678', ''))).toEqual(['missing_phone']);
  });

  test.each([
    ['landline with area code', '0580-4475678'],
    ['landline without dash', '05804475678'],
    ['mobile', '13905801234'],
    ['local 8-digit number', '44756789'],
    ['full-width digits', '０５８０－４４７５６７８'],
    ['service hotline', '12319'],
  ])('accepts a %s as a phone number', (_label, phone) => {
    expect(codes(GOOD.replace('0580-4475678', phone))).toEqual([]);
  });

  test.each([
    ['too short', '447567'],
    ['a mobile with a wrong second digit', '12905801234'],
    ['part of a longer number', '1234567890123456'],
  ])('does not take %s for a phone number', (_label, digits) => {
    expect(codes(GOOD.replace('0580-4475678', digits))).toEqual(['missing_phone']);
  });

  test('unfilled_placeholder for each placeholder left, with its position', () => {
    const text = GOOD.replace('预计周五修好', '预计{自定义:完成时间}修好').replace('市政所，', '{部门}，');
    const warnings = lintReply(text, opts).filter((w) => w.code === 'unfilled_placeholder');
    expect(warnings.map((w) => w.found)).toEqual(['{自定义:完成时间}', '{部门}']);
    const [first, second] = warnings;
    expect(text.slice(first?.index, first!.index! + first!.length!)).toBe('{自定义:完成时间}');
    expect(second?.message).toContain('{部门}');
  });

  test('officialese: every phrase found, with where it is', () => {
    const text = GOOD.replace('工作人员', '我局高度重视，根据有关规定责成工作人员');
    const warnings = lintReply(text, opts).filter((w) => w.code === 'officialese');
    expect(warnings.map((w) => w.found)).toEqual(['高度重视', '根据有关规定', '责成']);
    for (const w of warnings) {
      expect(text.slice(w.index, w.index! + w.length!)).toBe(w.found);
      expect(w.message).toContain(`「${w.found}」`);
    }
  });

  test('officialese: … in a phrase spans a few characters, overlapping hits are reported once', () => {
    const text = GOOD.replace('工作人员', '根据国家和省里有关文件精神，经研究决定，工作人员');
    const found = lintReply(text, opts).filter((w) => w.code === 'officialese').map((w) => w.found);
    expect(found).toEqual(['根据国家和省里有关文件精神', '经研究决定']);
  });

  test('officialese: … does not reach across sentences', () => {
    const text = GOOD.replace('工作人员', '根据您说的情况。这个精神头很足的小伙子，工作人员');
    expect(codes(text)).toEqual([]);
  });

  test('officialese: plain text with common words raises nothing', () => {
    const plain =
      '感谢您的监督！路灯是线路老化坏的，我们按照您说的位置找到了，已经换了新电缆。根据现场看，' +
      '附近还有两盏也要修，这周一起修好。部门同事会再去看一次。请联系城建科，电话 0580-4471234。';
    expect(codes(plain)).toEqual([]);
  });

  test('officialese list is editable: only the given phrases count, blank ones are ignored', () => {
    const text = GOOD.replace('工作人员', '我局高度重视，工作人员');
    expect(codes(text, { officialese: ['  ', '今天上午'], maxLength: 0 })).toEqual(['officialese']);
  });

  test('too_long counts characters, not bytes', () => {
    const length = [...GOOD].length;
    expect(codes(GOOD, { ...opts, maxLength: length })).toEqual([]);
    const warnings = lintReply(GOOD, { ...opts, maxLength: length - 1 });
    expect(warnings.map((w) => w.code)).toEqual(['too_long']);
    expect(warnings[0]?.message).toContain(String(length));
  });

  test('an empty reply misses everything a reply needs', () => {
    expect(codes('')).toEqual(['missing_thanks', 'missing_contact', 'missing_phone']);
  });
});
