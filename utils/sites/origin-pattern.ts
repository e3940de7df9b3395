// The origin patterns a site profile may use: one http(s) host (optionally all
// its subdomains) and every path, e.g. `https://bbs.example.cn/*`. This is what
// the browser asks host access for, so nothing wider is accepted.
import { t } from '../i18n';

export type OriginCheck = { ok: true; pattern: string } | { ok: false; error: string };

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function validHost(host: string): boolean {
  if (IPV4.test(host) || host === 'localhost') return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => HOST_LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/**
 * Checks a pattern typed by the user and returns it in canonical form. A pasted
 * page address (`https://bbs.example.cn/forum.php?mod=…`) becomes its origin pattern.
 */
export function checkOriginPattern(input: string): OriginCheck {
  const text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: t('originEmpty') };
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)?$/.exec(text);
  if (!m) return { ok: false, error: t('originNotPattern', input.trim()) };
  const [, scheme = '', hostPart = '', path = ''] = m;
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, error: t('originScheme') };
  if (hostPart.includes('@')) return { ok: false, error: t('originCredentials') };
  if (/:\d*$/.test(hostPart)) return { ok: false, error: t('originPort') };
  const wildcard = hostPart.startsWith('*.');
  const host = wildcard ? hostPart.slice(2) : hostPart;
  if (hostPart === '*' || host.includes('*')) return { ok: false, error: t('originAllSites') };
  if (!validHost(host)) return { ok: false, error: t('originBadHost', hostPart) };
  if (path !== '' && path !== '/' && path !== '/*' && !/^\/[^*]*$/.test(path)) {
    return { ok: false, error: t('originPathWildcard') };
  }
  return { ok: true, pattern: `${scheme}://${hostPart}/*` };
}

/** The host an origin pattern stands for: `https://bbs.example.cn/*` → `bbs.example.cn`, `*://*.x.cn/*` → `*.x.cn`. */
export function patternHost(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//i, '').replace(/\/.*$/, '');
}

/** Whether a page's host is covered by a pattern host (`*.x.cn` covers x.cn and its subdomains). */
export function hostMatches(patternHostName: string, host: string): boolean {
  if (!patternHostName.startsWith('*.')) return patternHostName === host;
  const domain = patternHostName.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}
