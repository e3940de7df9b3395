import { zh } from './zh';
import { en } from './en';

/** `_locales/<lang>/messages.json` contents, written by the build. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  const toJson = (table: Record<string, string>) =>
    JSON.stringify(Object.fromEntries(Object.entries(table).map(([k, message]) => [k, { message }])), null, 1);
  return [
    { relativeDest: '_locales/zh_CN/messages.json', contents: toJson(zh) },
    { relativeDest: '_locales/en/messages.json', contents: toJson(en) },
  ];
}
