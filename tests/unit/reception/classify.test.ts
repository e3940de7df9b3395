import { describe, expect, it } from 'vitest';
import { receptionClassifier } from '@/utils/reception/classify';
import { defaultReceptionWords } from '@/utils/reception/defaults';
import { expandVariants } from '@/utils/matching/variants';

const classify = receptionClassifier(defaultReceptionWords(), expandVariants);
const poster = { byOriginalPoster: true, quotesReply: false };
const quoting = { byOriginalPoster: false, quotesReply: true };
const bystander = { byOriginalPoster: false, quotesReply: false };

describe('the reception of a staff reply', () => {
  it('counts thanks and praise as 好评, in Simplified, Traditional and full-width forms', () => {
    expect(classify('效率可以，谢谢！', poster)).toBe('praise');
    expect(classify('謝謝，辛苦了', poster)).toBe('praise');
    expect(classify('已經修好了，點贊', bystander)).toBe('praise');
  });

  it('counts "not fixed", "when" and brushing off as 追问, from anyone', () => {
    expect(classify('还是没修', poster)).toBe('pushback');
    expect(classify('還是沒修，敷衍', bystander)).toBe('pushback');
    expect(classify('又是没人管', bystander)).toBe('pushback');
  });

  it('lets pushback win over praise in the same post', () => {
    expect(classify('谢谢，但是什么时候修？', poster)).toBe('pushback');
    expect(classify('说得好听，先看看能不能通车吧。不过还是谢谢回复。', quoting)).toBe('pushback');
    expect(classify('不满意', poster)).toBe('pushback');
  });

  it('takes a question mark as 追问 from the original poster or someone quoting the reply, not from a bystander', () => {
    expect(classify('那下水道呢？', poster)).toBe('pushback');
    expect(classify('那下水道呢?', quoting)).toBe('pushback');
    expect(classify('请问现在有确切的时间表了吗？', bystander)).toBe('other');
  });

  it('leaves news and remarks as other', () => {
    expect(classify('开发商昨天来人看过了，说下周换密封胶。', poster)).toBe('other');
    expect(classify('', poster)).toBe('other');
  });

  it('uses the edited word lists', () => {
    const own = receptionClassifier({ praise: ['ＧＯＯＤ'], pushback: ['催一下'] }, expandVariants);
    expect(own('good job', bystander)).toBe('praise');
    expect(own('谢谢', bystander)).toBe('other');
    expect(own('催一下', bystander)).toBe('pushback');
  });
});
