import { defineContentScript } from 'wxt/utils/define-content-script';
import { LOCAL_DEMO_MATCHES } from '@/utils/sites/local-demo';
import { runOnPage } from './run';

export default defineContentScript({
  matches: LOCAL_DEMO_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runOnPage(document, ctx),
});
