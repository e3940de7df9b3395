// Node side of the benchmark: rule compilation with variant expansion, as the background does.
import * as OpenCC from 'opencc-js';

export { compileRules } from '@/utils/matching/compile';
export { expandVariants } from '@/utils/matching/variants';
export { normalizeKeyword } from '@/utils/matching/normalize';
export { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
export { DEFAULT_WARNING_LISTS, defaultWarningSettings } from '@/utils/warning/defaults';

export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });
