import type { Worker } from 'playwright-core';

/** Moves the service worker's clock to a Shanghai wall-clock time ('YYYY-MM-DD HH:MM'); time keeps running from there. */
export async function setWorkerClock(sw: Worker, shanghai: string): Promise<void> {
  const target = Date.parse(`${shanghai.replace(' ', 'T')}:00+08:00`);
  await sw.evaluate((at: number) => {
    const g = globalThis as unknown as { Date: DateConstructor; RealDate?: DateConstructor };
    const Real = (g.RealDate ??= g.Date);
    const offset = at - Real.now();
    class ShiftedDate extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...(args as [number]));
      }
      static override now() {
        return Real.now() + offset;
      }
    }
    g.Date = ShiftedDate as DateConstructor;
  }, target);
}
