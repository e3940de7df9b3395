/** Copies text to the clipboard; false when the page does not allow it (the text is then shown for manual copying). */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older permission rules: copying from a selected field during the click still works.
    const field = doc.createElement('textarea');
    field.value = text;
    field.style.cssText = 'position:fixed;left:-9999px;top:0';
    doc.body.append(field);
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
