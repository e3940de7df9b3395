// Enabling a site reads the page's HTML (fetched, or from the open tab) and asks the adapter's detection.
import { describe, expect, it } from 'vitest';
import { isDiscuzHtml } from '@/utils/sites/discuz/detect-html';
import { readFixture } from '../../support/discuz-pages';
import { hasFixtures, readLabels } from '../../support/labels';
import { govDoc, newsDoc } from '../generic/demo-pages';

// One saved page of each kind (desktop and touch views, guest and member).
const pages = hasFixtures ? [...new Map(readLabels().pages.map((p) => [`${p.kind}/${p.logged_in}`, p])).values()] : [];

describe.skipIf(!hasFixtures)('telling a Discuz! X forum from another site by its HTML', () => {
  it.each(pages.map((p) => [p.file]))('the saved forum page %s is Discuz! X', (file) => {
    expect(isDiscuzHtml(readFixture(file))).toBe(true);
  });
});

describe('a site that is not Discuz! X', () => {
  it('the news comment column and the message board are not Discuz! X', () => {
    expect(isDiscuzHtml(newsDoc().documentElement.outerHTML)).toBe(false);
    expect(isDiscuzHtml(govDoc().documentElement.outerHTML)).toBe(false);
  });

  it('an error page saying only "Discuz!" in its text is not taken for a forum', () => {
    expect(isDiscuzHtml('<html><head><title>404</title></head><body><p>本站不是 Discuz! 论坛</p></body></html>')).toBe(false);
  });
});
