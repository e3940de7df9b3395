// Messages between the dashboard's profile editor and the picker injected into
// the site's tab (`picker.js`). The dashboard sends with tabs.sendMessage; the
// picker answers the pick with runtime.sendMessage, which extension pages receive.
import type { SelectorField, Selectors } from './fields';
import type { ProfilePreview } from './preview';

export const PICKER_SCRIPT = '/picker.js';

export interface PickStart {
  type: 'fw-pick-start';
  field: SelectorField;
  /** The post selector so far: author, time and body are read inside posts. */
  postSelector: string;
}

export interface PickCancel {
  type: 'fw-pick-cancel';
}

export interface PreviewRequest {
  type: 'fw-preview';
  selectors: Selectors;
}

export type PickerRequest = PickStart | PickCancel | PreviewRequest;

export interface Picked {
  type: 'fw-picked';
  field: SelectorField;
  selector: string;
  /** How many elements the selector finds on the page. */
  count: number;
}

export interface PickAborted {
  type: 'fw-pick-aborted';
  field: SelectorField;
}

export type PickerReport = Picked | PickAborted;

export type { ProfilePreview };

export function isPickerReport(value: unknown): value is PickerReport {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'fw-picked' || type === 'fw-pick-aborted';
}

export function isPickerRequest(value: unknown): value is PickerRequest {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'fw-pick-start' || type === 'fw-pick-cancel' || type === 'fw-preview';
}
