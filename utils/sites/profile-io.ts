// Site profiles as a JSON file an office can hand out: export, and a validated
// import that either succeeds as a whole or changes nothing.
import * as v from 'valibot';
import type { SiteProfile } from '../settings/types';
import { issueMessages } from '../transfer/issues';
import { readJsonFile } from '../transfer/json-input';
import { LIMITS, MAX_SITES_CHARS } from '../transfer/limits';
import { list, nonEmptyText, obj, say, siteSelectors, text } from '../transfer/schema-parts';
import { t } from '../i18n';
import { FIELD_LABELS } from './generic/fields';
import { checkOriginPattern } from './origin-pattern';
import { newId } from '../new-id';

export const SITES_FORMAT = 'forumwatch-sites';

/** A profile in the file. `enabled` is left out: host access is granted on each computer. */
const profileSchema = obj({
  id: v.optional(v.pipe(v.string(say('schemaText')), v.regex(/^[\w-]{1,64}$/, say('sitesFileIdChars')))),
  name: nonEmptyText(LIMITS.name),
  match: v.pipe(
    nonEmptyText(LIMITS.pattern),
    v.check((s) => checkOriginPattern(s).ok, say('sitesFileMatch')),
  ),
  adapter: v.picklist(['discuz', 'generic'], say('schemaAdapter')),
  selectors: v.nullable(siteSelectors()),
});

const fileSchema = obj({
  format: v.literal(SITES_FORMAT),
  version: v.literal(1),
  exportedAt: v.optional(text(40)),
  sites: list(profileSchema, LIMITS.sites),
});

type FileProfile = v.InferOutput<typeof profileSchema>;

export interface SitesFile {
  format: typeof SITES_FORMAT;
  version: 1;
  exportedAt: string;
  sites: Omit<SiteProfile, 'enabled'>[];
}

/** The profiles as a file's text (pretty-printed, UTF-8 safe). */
export function exportSiteProfiles(sites: readonly SiteProfile[], now: Date = new Date()): string {
  const file: SitesFile = {
    format: SITES_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    sites: sites.map(({ id, name, match, adapter, selectors }) => ({ id, name, match, adapter, selectors })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; sites: SiteProfile[]; added: number; replaced: number }
  | { ok: false; errors: string[] };

const canonical = (match: string) => {
  const checked = checkOriginPattern(match);
  return checked.ok ? checked.pattern : match;
};

function semanticProblems(sites: FileProfile[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  sites.forEach((site, i) => {
    const where = `sites[${i}]（${site.name}）`;
    const match = canonical(site.match);
    if (seen.has(match)) problems.push(`${where}: ${t('sitesFileDuplicateMatch', match)}`);
    seen.add(match);
    if (site.adapter === 'generic') {
      if (!site.selectors) problems.push(`${where}: ${t('sitesFileGenericNeedsSelectors')}`);
      else if (!site.selectors.post.trim()) problems.push(`${where}: ${t('sitesFilePostSelectorEmpty', FIELD_LABELS.post)}`);
    }
  });
  return problems;
}

function freshId(taken: Set<string>): string {
  let id: string;
  do id = newId('site');
  while (taken.has(id));
  return id;
}

/**
 * Reads a profiles file and merges it into `current`: a profile for an origin
 * already present replaces that one's name, adapter and selectors (its id and
 * enabled state stay); the others are added disabled. On any error nothing is
 * returned to save.
 */
export function importSiteProfiles(current: readonly SiteProfile[], fileText: string): ImportResult {
  const read = readJsonFile(fileText, SITES_FORMAT, MAX_SITES_CHARS);
  if (!read.ok) return read;
  const parsed = v.safeParse(fileSchema, read.data);
  if (!parsed.success) return { ok: false, errors: issueMessages(parsed.issues) };
  const problems = semanticProblems(parsed.output.sites);
  if (problems.length) return { ok: false, errors: problems };

  const sites = current.map((s) => ({ ...s }));
  const taken = new Set(sites.map((s) => s.id));
  let added = 0;
  let replaced = 0;
  for (const incoming of parsed.output.sites) {
    const match = canonical(incoming.match);
    const fields = { name: incoming.name, adapter: incoming.adapter, selectors: incoming.adapter === 'generic' ? incoming.selectors : null };
    const existing = sites.findIndex((s) => s.match === match);
    if (existing >= 0) {
      sites[existing] = { ...sites[existing]!, ...fields };
      replaced++;
      continue;
    }
    const id = incoming.id && !taken.has(incoming.id) ? incoming.id : freshId(taken);
    taken.add(id);
    sites.push({ id, match, enabled: false, ...fields });
    added++;
  }
  return { ok: true, sites, added, replaced };
}
