// The name a board list gives itself in its <title>: Discuz! X writes `版块 - 第2页 - 论坛 - 手机版 - Powered by Discuz!`.

const NOT_A_NAME = /^(第\s*\d+\s*页|手机版|Powered by .*)$/i;

/** `论坛·版块` from a board list's title; the site's host when the title names nothing. */
export function boardNameOf(docTitle: string, host: string): string {
  const parts = docTitle
    .split(/\s+-\s+/)
    .map((p) => p.trim())
    .filter((p) => p && !NOT_A_NAME.test(p));
  if (parts.length === 0) return host;
  return parts.length === 1 ? parts[0]! : `${parts[parts.length - 1]}·${parts[0]}`;
}
