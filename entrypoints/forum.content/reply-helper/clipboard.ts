/**
 * Copies text to the clipboard; false when the page does not allow it (the text is then shown for
 * manual copying). The fallback's field goes into `container`, our closed UI, not the page.
 */
export async function copyText(doc: Document, text: string, container: ParentNode): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older permission rules: copying from a selected field during the click still works.
    const field = doc.createElement('textarea');
    field.value = text;
    field.style.cssText = 'position:fixed;left:-9999px;top:0';
    container.append(field);
    field.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
