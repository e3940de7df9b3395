import { describe, expect, it } from 'vitest';
import { exportSiteProfiles, importSiteProfiles } from '@/utils/sites/profile-io';
import { checkOriginPattern } from '@/utils/sites/origin-pattern';
import type { SiteProfile } from '@/utils/settings/types';
import { GOV_SELECTORS, NEWS_SELECTORS } from './demo-pages';

const forum: SiteProfile = { id: 'bbs', name: '岱山论坛', match: 'https://bbs.daishan.cn/*', adapter: 'discuz', selectors: null, enabled: true };
const news: SiteProfile = { id: 'news', name: '民生专栏', match: 'https://news.daishan.cn/*', adapter: 'generic', selectors: NEWS_SELECTORS, enabled: true };
const gov: SiteProfile = { id: 'gov', name: '公众留言', match: 'https://zjj.daishan.gov.cn/*', adapter: 'generic', selectors: GOV_SELECTORS, enabled: false };

const file = (sites: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'forumwatch-sites', version: 1, sites, ...extra });

describe('site profile files', () => {
  it('round-trip: a colleague gets the same profiles, disabled until they grant access', () => {
    const text = exportSiteProfiles([forum, news, gov], new Date('2026-11-24T04:00:00Z'));
    expect(text).not.toContain('enabled');
    const result = importSiteProfiles([], text);
    expect(result).toEqual({
      ok: true,
      added: 3,
      replaced: 0,
      sites: [forum, news, gov].map((s) => ({ ...s, enabled: false })),
    });
  });

  it('replaces a profile for the same origin and keeps its id and enabled state', () => {
    const updated = { ...news, id: 'other-id', name: '民生专栏（新版）', selectors: { ...NEWS_SELECTORS, body: '.comment-body' } };
    const result = importSiteProfiles([forum, news], exportSiteProfiles([updated]));
    expect(result.ok && result.replaced).toBe(1);
    expect(result.ok && result.sites).toEqual([forum, { ...news, name: '民生专栏（新版）', selectors: updated.selectors }]);
  });

  it('gives a new id when an imported id is already taken by another site', () => {
    const result = importSiteProfiles([forum], file([{ id: 'bbs', name: '另一个', match: 'https://bbs2.daishan.cn/*', adapter: 'discuz', selectors: null }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sites[1]!.id).not.toBe('bbs');
    expect(result.sites[1]!.match).toBe('https://bbs2.daishan.cn/*');
  });

  it('refuses hostile or broken files with Chinese messages and returns nothing to save', () => {
    const cases: [string, string][] = [
      ['{', '不是有效的 JSON'],
      [JSON.stringify({ format: 'forumwatch-settings', version: 1 }), '文件类型不对'],
      [file([], { version: 2 }), '不支持的版本'],
      [file([{ ...news, enabled: undefined, match: '<all_urls>' }]), 'sites[0].match: 不是有效的网址范围'],
      [file([{ ...news, enabled: undefined, match: 'https://*/*' }]), 'sites[0].match'],
      [file([{ ...news, enabled: undefined, match: 'file:///etc/*' }]), 'sites[0].match'],
      [file([{ id: 'x', name: 'x', match: 'https://a.cn/*', adapter: 'generic', selectors: null }]), '通用站点需要选择器'],
      [file([{ id: 'x', name: 'x', match: 'https://a.cn/*', adapter: 'generic', selectors: { ...NEWS_SELECTORS, post: 'li[' } }]), '「帖子容器」不是有效的 CSS 选择器'],
      [file([{ id: 'x', name: 'x', match: 'https://a.cn/*', adapter: 'eval', selectors: null }]), '适配器应为 discuz 或 generic'],
      [file([{ id: 'x', name: 'x', match: 'https://a.cn/*', adapter: 'discuz', selectors: null, script: 'alert(1)' }]), 'sites[0].script: 不允许的字段'],
      ['{"format":"forumwatch-sites","version":1,"sites":[{"__proto__":{"enabled":true}}]}', '不允许的字段名'],
      [file([{ id: '../x', name: 'x', match: 'https://a.cn/*', adapter: 'discuz', selectors: null }]), '编号只能由'],
      [file([forum, { ...forum, id: 'b2' }].map(({ enabled: _e, ...rest }) => rest)), '在文件中重复'],
      [file([{ id: 'x', name: 'x'.repeat(101), match: 'https://a.cn/*', adapter: 'discuz', selectors: null }]), '过长'],
      [file(Array.from({ length: 101 }, (_, i) => ({ name: `s${i}`, match: `https://s${i}.cn/*`, adapter: 'discuz', selectors: null }))), '过多'],
    ];
    for (const [text, message] of cases) {
      const result = importSiteProfiles([forum], text);
      expect(result.ok, text.slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.errors.join('\n'), text.slice(0, 80)).toContain(message);
    }
  });
});

describe('origin patterns', () => {
  it('accepts one http(s) host and turns a pasted address into its pattern', () => {
    expect(checkOriginPattern('https://bbs.example.cn/*')).toEqual({ ok: true, pattern: 'https://bbs.example.cn/*' });
    expect(checkOriginPattern(' HTTPS://BBS.Example.cn/forum.php?mod=viewthread&tid=7 ')).toEqual({ ok: true, pattern: 'https://bbs.example.cn/*' });
    expect(checkOriginPattern('http://*.daishan.gov.cn/')).toEqual({ ok: true, pattern: 'http://*.daishan.gov.cn/*' });
    expect(checkOriginPattern('http://127.0.0.1/*')).toEqual({ ok: true, pattern: 'http://127.0.0.1/*' });
  });

  it('refuses everything wider or stranger, saying why', () => {
    const error = (s: string) => {
      const r = checkOriginPattern(s);
      return r.ok ? null : r.error;
    };
    expect(error('')).toContain('请填写');
    expect(error('bbs.example.cn')).toContain('不是网址范围');
    expect(error('ftp://bbs.example.cn/*')).toContain('http:// 或 https://');
    expect(error('*://bbs.example.cn/*')).toContain('http:// 或 https://');
    expect(error('https://*/*')).toContain('不能对所有网站授权');
    expect(error('https://bbs.example.cn:8080/*')).toContain('端口');
    expect(error('https://user:pw@bbs.example.cn/*')).toContain('用户名');
    expect(error('https://bbs_example/*')).toContain('不是有效的域名');
    expect(error('https://bbs.example.cn/news/*')).toContain('路径');
  });
});
