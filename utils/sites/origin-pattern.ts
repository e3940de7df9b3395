// The origin patterns a site profile may use: one http(s) host (optionally all
// its subdomains) and every path, e.g. `https://bbs.example.cn/*`. This is what
// the browser asks host access for, so nothing wider is accepted.

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
  if (!text) return { ok: false, error: '请填写网址范围，例如 https://bbs.example.cn/*' };
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)?$/.exec(text);
  if (!m) return { ok: false, error: `「${input.trim()}」不是网址范围，应写成 https://bbs.example.cn/* 的形式` };
  const [, scheme = '', hostPart = '', path = ''] = m;
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, error: '只能使用 http:// 或 https:// 开头的网址' };
  if (hostPart.includes('@')) return { ok: false, error: '网址里不能带用户名或密码' };
  if (/:\d*$/.test(hostPart)) return { ok: false, error: '不要写端口号：浏览器按主机名授权，所有端口都包括在内' };
  const wildcard = hostPart.startsWith('*.');
  const host = wildcard ? hostPart.slice(2) : hostPart;
  if (hostPart === '*' || host.includes('*')) return { ok: false, error: '不能对所有网站授权，请写出具体的域名（子域名可以用 *.example.cn）' };
  if (!validHost(host)) return { ok: false, error: `「${hostPart}」不是有效的域名或 IP 地址` };
  if (path !== '' && path !== '/' && path !== '/*' && !/^\/[^*]*$/.test(path)) {
    return { ok: false, error: '路径里不能有 *：授权针对整个网站，请写成 https://域名/*' };
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
