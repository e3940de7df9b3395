import { discuzAdapter } from '@/utils/sites/discuz';
import { createMatcher } from '@/utils/matching/compile';
import { loadPageConfig } from './config';
import { PageController } from './page';
import { injectStyles } from './styles';

/** Entry of the content script: recognise the site, then mark, highlight and watch the page. */
export async function runOnPage(doc: Document): Promise<PageController | null> {
  const config = await loadPageConfig();
  if (!config.settings) return null;
  const adapter = discuzAdapter.detect(doc) ? discuzAdapter : null;
  if (!adapter) return null;
  injectStyles(doc);
  const matcher = config.rules ? createMatcher(config.rules) : null;
  const controller = new PageController(doc, adapter, config.settings, matcher);
  await controller.start();
  return controller;
}
