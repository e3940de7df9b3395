import { createMatcher } from '@/utils/matching/compile';
import { installHighlightStyles } from '@/utils/matching/highlight';
import { looksLikeDiscuzContent, pickAdapter, profileFor } from '@/utils/sites/registry';
import { loadPageConfig } from './config';
import { PageController } from './page';
import { injectStyles } from './styles';
import { showNotRecognised } from './notice';

/** On <html>: `starting`, then `active`, `not-recognised` or `not-a-forum`; also keeps a second injection out. */
const RUNNING_ATTR = 'data-fw-page';

/** Entry of the content script: recognise the site, then mark, highlight and watch the page. */
export async function runOnPage(doc: Document): Promise<PageController | null> {
  // The built-in script and a registered site script may both be injected: the page is handled once.
  const html = doc.documentElement;
  if (html.hasAttribute(RUNNING_ATTR)) return null;
  html.setAttribute(RUNNING_ATTR, 'starting');
  const config = await loadPageConfig();
  const profile = profileFor(doc.URL, config.settings.sites);
  const adapter = pickAdapter(doc, profile);
  if (!adapter) {
    // An enabled forum whose markup changed says so instead of silently doing nothing.
    const forumAddress = looksLikeDiscuzContent(doc.URL);
    if (forumAddress) {
      injectStyles(doc);
      showNotRecognised(doc, 'notRecognisedPage');
    }
    html.setAttribute(RUNNING_ATTR, forumAddress ? 'not-recognised' : 'not-a-forum');
    return null;
  }
  injectStyles(doc);
  const matcher = createMatcher(config.rules);
  installHighlightStyles(doc, matcher.topics);
  const controller = new PageController(doc, adapter, config.settings, matcher);
  await controller.start();
  html.setAttribute(RUNNING_ATTR, 'active');
  return controller;
}
