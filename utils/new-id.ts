/** A fresh id for something the user adds (a site, a topic, a template …): `<prefix>-<time><random>`. */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
