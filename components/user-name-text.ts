import type { Settings } from '@/utils/settings/types';
import { t } from '@/utils/i18n';

/** The user's own name for 制表人 / 经办人 lines, or 「未设置」 so a blank never looks filled in. */
export const userNameText = (user: Settings['user']): string => user.name.trim() || t('userNameUnset');
