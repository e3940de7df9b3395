import * as v from 'valibot';
import { settingsSchema } from '../transfer/schema-settings';
import type { Settings } from './types';

/** Whether a stored value is settings as the import schema accepts them (no section damaged or missing). */
export function isSoundSettings(value: unknown): value is Settings {
  return v.is(settingsSchema, value);
}
