// A generated corpus: captured posts naming one of two topics' keywords, with planted words in some of them,
// and chit-chat seen but not captured; both share everyday sentences.
import type { Topic } from '../../../utils/settings/types';
import type { CapturedDoc } from '../../../utils/suggest/suggest';
import { hanWords } from '../../../utils/suggest/words';

export const topic = (id: string, any: string[], regex: string[] = []): Topic => ({ id, name: id, color: '#123456', department: '', any, all: [], none: [], regex });

export const TOPICS: Topic[] = [topic('road', ['道路', '施工']), topic('drain', ['污水'])];

const EVERYDAY = ['今天天气不错。', '小区门口很多人。', '晚上散步看到广场舞。', '我们已经说过什么时候弄好。'];
const CHAT = ['周末带孩子去公园玩。', '春节快乐，祝大家新年好。', '菜市场很热闹。'];

/** Deterministic pseudo-random numbers in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function everyday(random: () => number): string {
  return EVERYDAY.filter(() => random() < 0.5).join('');
}

/** 30 road and 30 drain posts; 沥青 is planted in 8 road posts, 化粪池 in 8 drain posts, 路灯 in one only. */
export function capturedPosts(): CapturedDoc[] {
  const random = lcg(7);
  const docs: CapturedDoc[] = [];
  for (let i = 0; i < 30; i++) {
    const planted = i < 8 ? '沥青。' : '';
    docs.push({ words: hanWords(`道路施工。${planted}${everyday(random)}`), topics: ['road'] });
  }
  for (let i = 0; i < 30; i++) {
    const planted = i < 8 ? '化粪池。' : i === 8 ? '路灯。' : '';
    docs.push({ words: hanWords(`污水。${planted}${everyday(random)}`), topics: ['drain'] });
  }
  return docs;
}

/** 300 posts of chit-chat; 沥青 turns up in one of them. */
export function uncapturedPosts(): string[][] {
  const random = lcg(11);
  return Array.from({ length: 300 }, (_, i) => hanWords(`${CHAT[i % CHAT.length]}${everyday(random)}${i === 5 ? '沥青。' : ''}`));
}
