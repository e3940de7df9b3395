import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage } from '@/utils/watch/charset';
import { encodeGbk } from '../../gbk';

const gbkPage = new Uint8Array(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/no-permission.gbk.html')));

describe('decoding fetched pages by their charset', () => {
  it('a GBK page that says so only in <meta http-equiv> reads as Chinese, not as mojibake', () => {
    expect(declaredCharset('text/html', gbkPage)).toBe('gbk');
    expect(decodePage(gbkPage, 'text/html')).toContain('抱歉，您尚未登录，没有权限访问该版块');
    expect(new TextDecoder('utf-8').decode(gbkPage)).not.toContain('没有权限');
  });

  it("the response's charset wins over the page's <meta>", () => {
    const bytes = encodeGbk('<meta charset="utf-8"><p>沿港西路</p>');
    expect(decodePage(bytes, 'text/html; charset=GBK')).toContain('沿港西路');
  });

  it('a page declaring nothing, or an unknown charset, reads as UTF-8', () => {
    const bytes = new TextEncoder().encode('<p>东河路路灯</p>');
    expect(decodePage(bytes, null)).toBe('<p>东河路路灯</p>');
    expect(decodePage(bytes, 'text/html; charset=x-no-such')).toBe('<p>东河路路灯</p>');
  });
});
