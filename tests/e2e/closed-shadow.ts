// Reaches into the extension's closed shadow roots on a forum page the way a user does: it looks
// through CDP (which sees closed roots; page scripts do not), clicks with the real mouse and types
// with the real keyboard, so every action arrives as the user's own (`isTrusted`).
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

interface RemoteObject {
  objectId?: string;
  value?: unknown;
}

export interface ShadowLocator {
  count(): Promise<number>;
  waitFor(state?: 'attached' | 'detached'): Promise<void>;
  click(): Promise<void>;
  /** Replaces the field's text by typing, as a user would. */
  fill(text: string): Promise<void>;
  inputValue(): Promise<string>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  /** A computed style property, as the browser draws the element. */
  style(property: string): Promise<string | null>;
  /** Chooses an option of a <select> by value. */
  selectOption(value: string): Promise<void>;
  nth(index: number): ShadowLocator;
}

export interface ClosedShadow {
  locator(selector: string): ShadowLocator;
  /** The `data-*` attribute values of every element matching `selector`, in order. */
  attributes(selector: string, name: string): Promise<(string | null)[]>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('DOM.enable');
        return cdp;
      });
    sessions.set(page, s);
  }
  return s;
}

/** Runs `fn` on each element matching `selector` inside the closed root of the `host`-matching element (the `index`th host). */
async function callInRoot<T>(page: Page, host: string, hostIndex: number, fn: string, args: unknown[]): Promise<T> {
  const cdp = await session(page);
  const { result } = (await cdp.send('Runtime.evaluate', { expression: `document.querySelectorAll(${JSON.stringify(host)})[${hostIndex}] ?? null` })) as { result: RemoteObject };
  if (!result.objectId) return (await callOn<T>(cdp, null, fn, args))!;
  const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId, pierce: true, depth: 0 })) as { node: { shadowRoots?: { backendNodeId: number }[] } };
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return (await callOn<T>(cdp, null, fn, args))!;
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: RemoteObject };
  return (await callOn<T>(cdp, object.objectId ?? null, fn, args))!;
}

async function callOn<T>(cdp: CDPSession, objectId: string | null, fn: string, args: unknown[]): Promise<T | undefined> {
  if (!objectId) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: `(${fn})(null, ...${JSON.stringify(args)})`, returnByValue: true, awaitPromise: true })) as { result: RemoteObject };
    return result.value as T;
  }
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function(...args) { return (${fn})(this, ...args); }`,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  })) as { result: RemoteObject };
  return result.value as T;
}

/** The closed shadow root of the (first) element matching `host`. */
export function closedShadow(page: Page, host: string, hostIndex = 0): ClosedShadow {
  const run = <T>(fn: string, ...args: unknown[]) => callInRoot<T>(page, host, hostIndex, fn, args);

  function locator(selector: string, index = 0): ShadowLocator {
    const pick = `(root, sel, i) => root ? root.querySelectorAll(sel)[i] ?? null : null`;
    const on = <T>(body: string, ...extra: unknown[]) => run<T>(`(root, sel, i, ...a) => { const el = (${pick})(root, sel, i); return el ? (${body})(el, ...a) : undefined; }`, selector, index, ...extra);
    const self: ShadowLocator = {
      count: () => run<number>(`(root, sel) => root ? root.querySelectorAll(sel).length : 0`, selector),
      async waitFor(state = 'attached') {
        await expect.poll(async () => (await self.count()) > index, { timeout: 10_000 }).toBe(state === 'attached');
      },
      async click() {
        await self.waitFor();
        const box = await on<{ x: number; y: number }>(`(el) => { el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`);
        if (!box) throw new Error(`${host} ${selector}: not found`);
        await page.mouse.click(box.x, box.y);
      },
      async fill(text) {
        await self.click();
        await on(`(el) => el.select()`);
        await page.keyboard.press('Delete');
        if (text) await page.keyboard.insertText(text);
      },
      inputValue: async () => (await on<string>(`(el) => el.value`)) ?? '',
      textContent: async () => (await on<string | null>(`(el) => el.textContent`)) ?? null,
      getAttribute: async (name) => (await on<string | null>(`(el, n) => el.getAttribute(n)`, name)) ?? null,
      style: async (property) => (await on<string>(`(el, p) => getComputedStyle(el).getPropertyValue(p)`, property)) ?? null,
      async selectOption(value) {
        await self.waitFor();
        await on(`(el, v) => { el.value = v; el.dispatchEvent(new Event('change')); }`, value);
      },
      nth: (i) => locator(selector, i),
    };
    return self;
  }

  return {
    locator,
    attributes: (selector, name) => run<(string | null)[]>(`(root, sel, n) => root ? [...root.querySelectorAll(sel)].map((el) => el.getAttribute(n)) : []`, selector, name),
  };
}
