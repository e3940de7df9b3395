import { describe, expect, it } from 'vitest';
import { pageTextFolder, scriptFoldPairs, scriptFolder } from '@/utils/matching/script-fold';
import { foldText } from '@/utils/matching/normalize';
import { expandVariants } from '@/utils/matching/variants';

describe('scriptFolder', () => {
  const fold = scriptFolder(scriptFoldPairs(['违章建筑', '路灯'], expandVariants));

  it('folds every Traditional form of the rules’ characters onto the Simplified one, wherever it stands', () => {
    expect(fold('楼下那个違章建築还在，路燈不亮')).toBe('楼下那个违章建筑还在，路灯不亮');
    expect(fold('違')).toBe('违');
    expect(fold('a😀違')).toBe('a😀违');
  });

  it('leaves text without such characters as it is, and keeps every offset', () => {
    const plain = '沿港西路施工期间请绕行 ABC';
    expect(fold(plain)).toBe(plain);
    const mixed = '路燈😀壞了違建';
    expect(fold(mixed)).toHaveLength(mixed.length);
  });

  it('is the identity without pairs', () => {
    expect(scriptFolder('')('違章')).toBe('違章');
  });
});

describe('pageTextFolder', () => {
  const pairs = scriptFoldPairs(['违章建筑', '路灯'], expandVariants);

  it('does in one pass what foldText and the script fold do one after the other', () => {
    const page = pageTextFolder(pairs);
    const script = scriptFolder(pairs);
    expect(page('路燈ＡＢＣ　違章 Lift～')).toBe('路灯abc 违章 lift~');
    const alphabet = [...'違违築筑燈灯路ＡａAaZz　 ～~！!0０😀'];
    let seed = 3;
    const next = () => (seed = (seed * 48271) % 2147483647) % alphabet.length;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 12 }, () => alphabet[next()]).join('');
      expect(page(text), text).toBe(script(foldText(text)));
    }
  });

  it('folds width and case without pairs', () => {
    expect(pageTextFolder('')('ＡＢＣ違章')).toBe('abc違章');
  });
});
