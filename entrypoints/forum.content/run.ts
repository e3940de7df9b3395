import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createMatcher } from '@/utils/matching/compile';
import { installHighlightStyles } from '@/utils/matching/highlight';
import { yieldToPage } from '@/utils/matching/slices';
import { forumContentExpected, pickAdapter, profilesFor } from '@/utils/sites/registry';
import { pageHooksShown } from '@/utils/page-hooks';
import { loadPageConfig } from './config';
import { PageController } from './page';
import { injectStyles } from './styles';
import { showNotice } from './notice';
import { t } from '@/utils/i18n';
import { watchThresholdOn } from '@/utils/warning/page-level';
import { dayKey } from '@/utils/time/shanghai';

/** On <html>: `starting`, then `active`, `not-recognised` or `not-a-forum`; also keeps a second injection out. */
const RUNNING_ATTR = 'data-fw-page';

/**
 * Entry of the content script: recognise the site, then mark, highlight and watch the page. When
 * `ctx` is invalidated (the extension updated or reloaded), everything added is taken away again.
 */
export async function runOnPage(doc: Document, ctx?: ContentScriptContext): Promise<PageController | null> {
  // The built-in script and a registered site script may both be injected: the page is handled once.
  const html = doc.documentElement;
  if (html.hasAttribute(RUNNING_ATTR)) return null;
  html.setAttribute(RUNNING_ATTR, 'starting');
  const [config, hooks] = await Promise.all([loadPageConfig(), pageHooksShown()]);
  const adapter = pickAdapter(doc, profilesFor(doc.URL, config.settings.sites));
  if (!adapter) {
    // An enabled forum whose markup changed says so instead of silently doing nothing.
    const forumAddress = forumContentExpected(doc.URL);
    if (forumAddress) showNotice(doc, 'not-recognised', t('notRecognised', t('notRecognisedPage')), t('close'));
    html.setAttribute(RUNNING_ATTR, forumAddress ? 'not-recognised' : 'not-a-forum');
    return null;
  }
  injectStyles(doc);
  const matcher = createMatcher(config.rules);
  // With a long word list, compiling it is the longest step of all: on an old PC it gets a task of its own.
  await yieldToPage();
  matcher.warmUp();
  await yieldToPage();
  installHighlightStyles(doc, matcher.topics);
  const watchThreshold = watchThresholdOn(dayKey(Date.now()), config.settings.warning.watchThreshold, config.periods);
  const controller = new PageController(doc, adapter, config.settings, matcher, { hooks, watchThreshold });
  ctx?.onInvalidated(() => controller.stop());
  await controller.start();
  html.setAttribute(RUNNING_ATTR, 'active');
  return controller;
}
