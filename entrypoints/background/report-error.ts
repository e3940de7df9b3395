/** Background work runs from events with no one to answer: failures go to the extension's console. */
export function reportError(err: unknown): void {
  console.error('论坛舆情助手（后台）：', err);
}
