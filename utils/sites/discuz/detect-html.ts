import { isDiscuzPage } from './detect';

/** Whether a page's HTML (fetched, or read from an open tab) is a Discuz! X forum page. */
export function isDiscuzHtml(html: string): boolean {
  return isDiscuzPage(new DOMParser().parseFromString(html, 'text/html'));
}
