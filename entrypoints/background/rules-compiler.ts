// The worker stays small: compiling rules needs OpenCC's dictionaries, which it does not carry.
import type { Settings } from '@/utils/settings/types';
import { COMPILE_RULES, type CompileReply, type CompileRequest, type RulesSource, type SettingsRules } from '@/utils/matching/compile-message';
import { askOffscreenPage, closeOffscreenPage } from './offscreen-page';

async function inOffscreenPage(source: RulesSource): Promise<SettingsRules> {
  const request: CompileRequest = { type: COMPILE_RULES, source };
  try {
    const reply = await askOffscreenPage<CompileReply>(request);
    if ('error' in reply) throw new Error(reply.error);
    return reply;
  } finally {
    // The dictionaries take memory; a watch round reading pages there keeps the page open.
    await closeOffscreenPage();
  }
}

/** The settings' rules with their Traditional variants, compiled in a page: the offscreen one from the MV3 worker. */
export function compileRulesInPage(settings: Settings): Promise<SettingsRules> {
  const source: RulesSource = { topics: settings.topics, warningLists: settings.warning.lists, reception: settings.reception };
  // Only a Chromium MV3 build runs in a worker. Firefox's background is a page that loads the compiler
  // when first needed; so do the unit tests, which define no manifest version.
  if (import.meta.env.MANIFEST_VERSION !== 3 || import.meta.env.FIREFOX) {
    return import('@/utils/matching/settings-rules').then(({ compileSettingsRules }) => compileSettingsRules(source));
  }
  return inOffscreenPage(source);
}
