// Many county forums still serve GBK. The response's charset wins; else the page's own
// `<meta charset>` / `<meta http-equiv="Content-Type">` in its first bytes; else UTF-8.

const HEAD_BYTES = 2048;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w-]+)/i;

/** The charset label a page declares, lower case, or null. */
export function declaredCharset(contentType: string | null, bytes: Uint8Array): string | null {
  const fromHeader = HEADER_CHARSET.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  // Latin-1 keeps every byte as one character: the ASCII markup of the head reads as it is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decoderFor(label: string | null): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    // An unknown label: most pages that lie about their charset are UTF-8.
    return new TextDecoder('utf-8');
  }
}

/** The page's text, decoded by the charset it declares. */
export function decodePage(bytes: Uint8Array, contentType: string | null): string {
  return decoderFor(declaredCharset(contentType, bytes)).decode(bytes);
}
