import { createMatcher } from '@/utils/matching/compile';
import { installHighlightStyles } from '@/utils/matching/highlight';
import { looksLikeDiscuzContent, pickAdapter, profileFor } from '@/utils/sites/registry';
import { loadPageConfig } from './config';
import { PageController } from './page';
import { injectStyles } from './styles';
import { showNotRecognised } from './notice';

const RUNNING_ATTR = 'data-fw-running';

/** Entry of the content script: recognise the site, then mark, highlight and watch the page. */
export async function runOnPage(doc: Document): Promise<PageController | null> {
  // The built-in script and a registered site script may both be injected: the page is handled once.
  if (doc.documentElement.hasAttribute(RUNNING_ATTR)) return null;
  doc.documentElement.setAttribute(RUNNING_ATTR, '');
  const config = await loadPageConfig();
  const profile = profileFor(doc.URL, config.settings.sites);
  const adapter = pickAdapter(doc, profile);
  if (!adapter) {
    // An enabled forum whose markup changed says so instead of silently doing nothing.
    if (looksLikeDiscuzContent(doc.URL)) {
      injectStyles(doc);
      showNotRecognised(doc, 'notRecognisedPage');
    }
    return null;
  }
  injectStyles(doc);
  const matcher = createMatcher(config.rules);
  installHighlightStyles(doc, matcher.topics);
  const controller = new PageController(doc, adapter, config.settings, matcher);
  await controller.start();
  return controller;
}
