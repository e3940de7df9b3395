/**
 * Parses fetched HTML into a document the site adapters read as if it were the page at `url`:
 * a parsed document's own address is the parser's page, so `URL` is answered with `url` and
 * relative links resolve against the page's `<base href>` or `url`. Scripts never run in it.
 */
export function fetchedDocument(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return new Proxy(doc, {
    get(target, prop) {
      if (prop === 'URL' || prop === 'documentURI') return url;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
