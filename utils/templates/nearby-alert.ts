// 「转告科室」: the short warning the office pastes into a department's group about a 周边动态 item.
import type { NearbyItem } from '../watch/nearby';
import { safeHttpUrl } from '../links/safe-http-url';
import { oneLine } from './alert';

const LEVEL_TAG = { urgent: '·紧急', watch: '·关注', normal: '' } as const;

export function formatNearbyAlert(item: Pick<NearbyItem, 'source' | 'title' | 'url' | 'topics' | 'level'>, topicNames: Record<string, string>): string {
  const title = oneLine(item.title) || '（无标题）';
  const topics = oneLine(item.topics.map((id) => topicNames[id] ?? id).join('、')) || '未分类';
  const link = safeHttpUrl(item.url) ?? '（无有效链接）';
  return `【周边动态${LEVEL_TAG[item.level]}】${oneLine(item.source)}：${title} ${link} 类别：${topics}，请相关科室关注、提前研判`;
}
