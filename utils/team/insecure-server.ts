// Passwords and the ledger must not cross the network in clear text; on this machine they do not.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A warning for a server address that sends the password unencrypted; null when it is https or this machine. */
export function insecureServerWarning(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || LOCAL_HOSTS.has(parsed.hostname)) return null;
  return '这个地址不加密（http://）：密码和台账内容会明文经过网络，请让管理员提供 https:// 地址 / This address is not encrypted (http://): the password and the ledger would cross the network in clear text; ask for an https:// address';
}
