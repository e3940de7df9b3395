// Checks a reply before it is posted: the three parts (三段式), a phone number,
// leftover placeholders, officialese and length. Everything is a warning; the
// user decides.
import { findPlaceholders } from './variables';
import { t } from '../i18n';

export type LintCode =
  | 'missing_thanks'
  | 'missing_contact'
  | 'missing_phone'
  | 'unfilled_placeholder'
  | 'officialese'
  | 'too_long';

export interface LintWarning {
  code: LintCode;
  /** Shown to the user. */
  message: string;
  /** Where the problem is in the text, for placeholders and officialese. */
  index?: number;
  length?: number;
  /** The offending text as it appears. */
  found?: string;
}

/** Characters above which the reply check suggests cutting (netizens skip long replies). */
export const DEFAULT_MAX_REPLY_LENGTH = 600;

export interface LintOptions {
  officialese: string[];
  /** Characters; 0 or absent = no limit. */
  maxLength?: number;
}

const THANKS = /感谢|谢谢|多谢|致谢/;
const CONTACT = /联系|致电|拨打/;

// Landline with area code (0580-1234567), mobile (13812345678), local 8-digit
// number, or a 5-digit government hotline (12345, 12319).
const PHONE = /(?<!\d)(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|\d{8}|123\d{2})(?!\d)/;

/** Full-width digits and dashes as ASCII (same length, so positions stay valid). */
function asciiDigits(text: string): string {
  return text.replace(/[０-９－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `…` (or `...`) in a phrase matches a few characters inside one clause. */
function phrasePattern(phrase: string): RegExp {
  const parts = phrase.split(/…+|\.{3,}/).map((p) => p.trim()).filter(Boolean);
  return new RegExp(parts.map(escapeRegExp).join('[^，。！？；,.!?;\\n]{0,12}?'), 'g');
}

function findOfficialese(text: string, phrases: string[]): LintWarning[] {
  const hits: { index: number; length: number }[] = [];
  for (const phrase of phrases) {
    if (!phrase.trim()) continue;
    for (const m of text.matchAll(phrasePattern(phrase))) {
      if (m[0]) hits.push({ index: m.index, length: m[0].length });
    }
  }
  // Overlapping hits (经研究 + 研究决定) are one problem: merge them.
  hits.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: typeof hits = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.index < last.index + last.length) {
      last.length = Math.max(last.length, hit.index + hit.length - last.index);
    } else {
      kept.push({ ...hit });
    }
  }
  return kept.map(({ index, length }) => {
    const found = text.slice(index, index + length);
    return {
      code: 'officialese',
      message: t('lintOfficialese', found),
      index,
      length,
      found,
    };
  });
}

export function lintReply(text: string, opts: LintOptions): LintWarning[] {
  const warnings: LintWarning[] = [];
  if (!THANKS.test(text)) {
    warnings.push({ code: 'missing_thanks', message: t('lintMissingThanks') });
  }
  if (!CONTACT.test(text)) {
    warnings.push({
      code: 'missing_contact',
      message: t('lintMissingContact'),
    });
  }
  if (!PHONE.test(asciiDigits(text))) {
    warnings.push({ code: 'missing_phone', message: t('lintMissingPhone') });
  }
  for (const p of findPlaceholders(text)) {
    warnings.push({
      code: 'unfilled_placeholder',
      message: t('lintUnfilled', p.token),
      index: p.index,
      length: p.length,
      found: text.slice(p.index, p.index + p.length),
    });
  }
  warnings.push(...findOfficialese(text, opts.officialese));
  const length = [...text].length;
  if (opts.maxLength && length > opts.maxLength) {
    warnings.push({ code: 'too_long', message: t('lintTooLong', length, opts.maxLength) });
  }
  return warnings;
}
