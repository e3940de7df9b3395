// One pick: follow the pointer, show what the selector for the element under
// it would take, and report the selector when the user clicks.
import { FIELD_LABELS, POST_FIELDS, type SelectorField } from '@/utils/sites/generic/fields';
import { safeAll, safeOne } from '@/utils/sites/generic/query';
import { fieldSelector, pageElement, postSelector, repeatedItem, replyBoxSelector, titleSelector } from '@/utils/sites/generic/selector';
import { createOverlay } from './overlay';
import { t } from '@/utils/i18n';

export interface PickOutcome {
  selector: string;
  count: number;
}

interface Candidate {
  el: Element;
  selector: string | null;
  /** Every element the selector takes (for post fields: the one in each post). */
  taken: Element[];
  problem: string | null;
}


function candidateFor(el: Element, field: SelectorField, postSel: string): Candidate {
  const doc = el.ownerDocument;
  if (field === 'post') {
    const selector = postSelector(el);
    return { el, selector, taken: safeAll(doc, selector), problem: null };
  }
  if (POST_FIELDS.has(field)) {
    const post = postSel ? safeAll(doc, postSel).find((p) => p.contains(el)) : undefined;
    if (!post) return { el, selector: null, taken: [], problem: t(postSel ? 'pickerInsidePost' : 'pickerPostFirst') };
    const selector = fieldSelector(el, post, postSel);
    const taken = safeAll(doc, postSel).flatMap((p) => safeOne(p, selector) ?? []);
    return { el, selector, taken, problem: null };
  }
  const selector = field === 'title' ? titleSelector(el) : replyBoxSelector(el);
  return { el, selector, taken: safeAll(doc, selector), problem: null };
}

/** Starts picking on `doc`; resolves with the selector, or null when the user cancels. */
export function pickElement(doc: Document, field: SelectorField, postSel: string): { done: Promise<PickOutcome | null>; cancel(): void } {
  let finish: (outcome: PickOutcome | null) => void = () => undefined;
  const done = new Promise<PickOutcome | null>((resolve) => (finish = resolve));
  const overlay = createOverlay(doc, () => end(null));
  const label = FIELD_LABELS[field];
  const hint = t('pickerHint');
  let current: Candidate | null = null;
  const inner: Element[] = [];
  let frame = 0;

  function show(el: Element) {
    current = candidateFor(el, field, postSel);
    overlay.show(current.el, current.taken);
    if (current.problem) overlay.say(t('pickerProblem', label, current.problem), hint, true);
    else overlay.say(t('pickerFound', label, current.taken.length), current.selector ?? '');
  }

  function hoverTarget(target: EventTarget | null): Element | null {
    if (!(target instanceof Element) || overlay.owns(target)) return null;
    const el = pageElement(target);
    return field === 'post' ? (repeatedItem(el) ?? el) : el;
  }

  const onMove = (ev: MouseEvent) => {
    const el = hoverTarget(ev.target);
    if (!el || el === current?.el) return;
    // After ↑/↓ the chosen element stays while the pointer moves inside it.
    if (inner.length && current?.el.contains(el)) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      inner.length = 0;
      show(el);
    });
  };
  const swallow = (ev: Event) => {
    if (overlay.owns(ev.target)) return;
    ev.preventDefault();
    ev.stopPropagation();
  };
  const onClick = (ev: MouseEvent) => {
    if (overlay.owns(ev.target)) return;
    swallow(ev);
    const el = hoverTarget(ev.target);
    if (el && !current?.el.contains(el)) show(el);
    confirm();
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') end(null);
    else if (ev.key === 'Enter') confirm();
    else if (ev.key === 'ArrowUp' && current?.el.parentElement && current.el.parentElement !== doc.body) {
      inner.push(current.el);
      show(current.el.parentElement);
    } else if (ev.key === 'ArrowDown' && inner.length) show(inner.pop()!);
    else return;
    ev.preventDefault();
    ev.stopPropagation();
  };
  const redraw = () => current && overlay.show(current.el, current.taken);

  function confirm() {
    if (current?.selector && !current.problem) end({ selector: current.selector, count: current.taken.length });
  }

  function end(outcome: PickOutcome | null) {
    cancelAnimationFrame(frame);
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('click', onClick, true);
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'contextmenu'] as const) doc.removeEventListener(type, swallow, true);
    doc.removeEventListener('keydown', onKey, true);
    removeEventListener('scroll', redraw, true);
    removeEventListener('resize', redraw);
    overlay.remove();
    finish(outcome);
  }

  doc.addEventListener('mousemove', onMove, true);
  doc.addEventListener('click', onClick, true);
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'contextmenu'] as const) doc.addEventListener(type, swallow, true);
  doc.addEventListener('keydown', onKey, true);
  addEventListener('scroll', redraw, true);
  addEventListener('resize', redraw);
  overlay.say(t('pickerStart', label), hint);
  return { done, cancel: () => end(null) };
}
