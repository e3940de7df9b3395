import type { Settings } from '@/utils/settings/types';
import { NO_TOPIC } from '@/utils/stats/collectors';
import { t } from '@/utils/i18n';

const FALLBACK_COLORS = ['#1a73e8', '#e8710a', '#188038', '#d93025', '#9334e6', '#12b5cb', '#f9ab00', '#5f6368'];

/** Display name and chart colour of a topic id (entries without topic → 未分类). */
export function topicLook(settings: Pick<Settings, 'topics'>) {
  return (id: string, index: number) => {
    const topic = settings.topics.find((x) => x.id === id);
    const name = id === NO_TOPIC ? t('statsNoTopic') : (topic?.name ?? id);
    return { name, color: topic?.color ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length]! };
  };
}

export const departmentName = (d: string) => d || t('statsNoDepartment');

/** Hours with one decimal; under an hour in whole minutes, so a 3-minute reply does not read 0.0 小时. */
export function hoursText(h: number | null): string {
  if (h === null) return '—';
  const minutes = Math.round(h * 60);
  return minutes < 60 ? t('durationMinutes', minutes) : t('statsHours', h.toFixed(1));
}

export const percentText = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
