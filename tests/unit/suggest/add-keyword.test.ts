import { describe, expect, it } from 'vitest';
import { withKeyword } from '../../../utils/suggest/add-keyword';
import { TOPICS } from './corpus';

describe('adding a suggested word to a topic', () => {
  it("adds it to that topic's words only", () => {
    const result = withKeyword(TOPICS, 'drain', '化粪池');
    expect(result.ok && result.topics.map((t) => t.any)).toEqual([['道路', '施工'], ['污水', '化粪池']]);
  });

  it('is refused, with the reason, where a settings import would refuse the topics', () => {
    const full = TOPICS.map((t) => (t.id === 'drain' ? { ...t, any: Array.from({ length: 2000 }, (_, i) => `词${i}`) } : t));
    expect(withKeyword(full, 'drain', '化粪池')).toEqual({ ok: false, problem: 'drain：过多：最多 2000 项' });
  });
});
