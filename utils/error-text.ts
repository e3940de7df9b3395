/** The message of anything thrown, for showing to the user. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
