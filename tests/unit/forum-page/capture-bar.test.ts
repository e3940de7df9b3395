// The capture bar at the top of each post: its state chip, a failed capture's retry, and no
// rewriting of a state it already shows (a thread's states come back for every post at once).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createCaptureBar } from '@/entrypoints/forum.content/capture-bar';

let roots: ShadowRoot[];

beforeEach(() => {
  roots = [];
  // The bar's parts are closed to the page; the test keeps the roots as they are made.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});

afterEach(() => vi.restoreAllMocks());

it('shows the state, turns a failure into a retry, and goes back to the state when it comes again', () => {
  const bar = createCaptureBar(document, () => undefined);
  document.body.append(bar.root);
  const [control, info] = roots;
  const button = () => control!.querySelector('button')!;
  const chip = () => info!.querySelector<HTMLElement>('.state')!;
  expect(button().textContent).toBe('登记到台账');
  expect(chip().hidden).toBe(true);

  bar.setState('new');
  expect(chip().textContent).toBe('新登记');
  expect(button().textContent).toBe('更新台账');

  bar.setError('网络中断');
  expect(chip().textContent).toContain('网络中断');
  expect(button().classList.contains('fw-retry')).toBe(true);

  bar.setState('new');
  expect(chip().textContent).toBe('新登记');
  expect(button().classList.contains('fw-retry')).toBe(false);

  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  bar.setState('new');
  changes.push(...observer.takeRecords());
  observer.disconnect();
  expect(changes).toEqual([]);
  bar.root.remove();
});
