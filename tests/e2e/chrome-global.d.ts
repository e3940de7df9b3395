// Code passed to `sw.evaluate` / `page.evaluate` runs inside the extension, where `chrome` exists.
declare const chrome: any;
