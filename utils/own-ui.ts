/** Elements the extension adds to pages (capture bar, notices, styles, the picker) carry this attribute; their text is never matched or read as a post's. */
export const OWN_UI_ATTR = 'data-fw-ui';

export const OWN_UI_SELECTOR = `[${OWN_UI_ATTR}]`;
