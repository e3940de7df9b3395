// The 专帖: one dedicated thread in the bureau's name that answers every post of a 热点 at once —
// an apology, what happened, the measures with their timetable, whom to contact, and the threads it
// answers (domain.md: the 沿港西路 case). Placeholders as in ../templates/variables.ts: the office fills
// {自定义:…} before posting; {部门} and {电话} come from the settings.
import type { HotEntry, HotTopic } from './group';

export type ThreadSource = Pick<HotEntry, 'title'> & { url: string; author: string };

export interface ThreadTemplate {
  title: string;
  body: string;
}

/** The threads a 专帖 answers: one line per thread (posts of one thread are listed once). */
function answeredThreads(entries: readonly ThreadSource[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const entry of entries) {
    const thread = entry.title.trim() || entry.url;
    if (seen.has(thread)) continue;
    seen.add(thread);
    lines.push(`${lines.length + 1}. ${thread}${entry.url ? `（${entry.url}）` : ''}`);
  }
  return lines;
}

/** The 专帖's title and body for `hot`; `topicName` is the topic as the office calls it (道路工程). */
export function hotThreadTemplate(hot: HotTopic<HotEntry & ThreadSource>, topicName: string): ThreadTemplate {
  const about = `${hot.place}${topicName}`;
  const threads = answeredThreads(hot.entries);
  const body = [
    '各位网友：',
    `近期，不少网友在论坛反映${about}方面的问题。感谢大家的关注和监督！给大家的生活和出行添了麻烦，我们深表歉意。现将有关情况统一说明如下：`,
    '',
    '一、情况说明',
    `${hot.place}{自定义:发生了什么、原因}。`,
    '',
    '二、整改措施和时间安排',
    '{自定义:整改措施}，预计{自定义:完成时间}完成。每项工作的进展都会在本帖更新，欢迎人大代表、政协委员和网友到现场监督、提意见。',
    '',
    '三、联系方式',
    '如有未尽事宜或对上述答复有异议，请联系{部门}，电话：{电话}。',
    '',
    `本帖统一答复以下 ${threads.length} 个帖子：`,
    ...threads,
  ].join('\n');
  return { title: `关于${about}问题的情况说明和整改安排`, body };
}
