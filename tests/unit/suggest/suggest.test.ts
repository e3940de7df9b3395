import { describe, expect, it } from 'vitest';
import { suggestKeywords } from '../../../utils/suggest/suggest';
import { expandVariants } from '../../../utils/matching/variants';
import { capturedPosts, topic, TOPICS, uncapturedPosts } from './corpus';

describe('keyword suggestions', () => {
  const captured = capturedPosts();
  const uncaptured = uncapturedPosts();

  it('puts the planted words on top, the one never seen outside captured posts first, each with its counts and the topic of the posts holding it', () => {
    const suggestions = suggestKeywords(captured, uncaptured, TOPICS);
    expect(suggestions.slice(0, 2).map((s) => s.word)).toEqual(['化粪池', '沥青']);
    expect(suggestions.find((s) => s.word === '沥青')).toMatchObject({ captured: 8, uncaptured: 1, topicId: 'road' });
    expect(suggestions.find((s) => s.word === '化粪池')).toMatchObject({ captured: 8, uncaptured: 0, topicId: 'drain' });
  });

  it('leaves out everyday words, function words and a word seen in one captured post only', () => {
    const words = suggestKeywords(captured, uncaptured, TOPICS).map((s) => s.word);
    for (const word of ['今天', '天气', '不错', '小区', '门口', '晚上', '散步', '广场', '我们', '已经', '什么', '路灯']) expect(words).not.toContain(word);
  });

  it('never suggests a word a topic already has, as a keyword, inside a longer word or through an expression', () => {
    const words = (topics = TOPICS) => suggestKeywords(captured, uncaptured, topics).map((s) => s.word);
    expect(words()).not.toContain('道路');
    expect(words()).not.toContain('污水');
    const more = words([...TOPICS, topic('more', ['沥'], ['^化粪.$'])]);
    expect(more).not.toContain('沥青');
    expect(more).not.toContain('化粪池');
  });

  it('never suggests the Traditional spelling of a word a topic has, which the topics already match', () => {
    const traditional = captured.map((doc, i) => (i < 5 ? { ...doc, words: [...doc.words, '違章建築'] } : doc));
    const words = (options = {}) => suggestKeywords(traditional, uncaptured, [...TOPICS, topic('illegal', ['违章'])], options).map((s) => s.word);
    expect(words()).toContain('違章建築');
    expect(words({ simplify: (word: string) => expandVariants(word)[0]! })).not.toContain('違章建築');
  });

  it('leaves out dismissed words and keeps to the limit', () => {
    const suggestions = suggestKeywords(captured, uncaptured, TOPICS, { dismissed: new Set(['沥青']), limit: 1 });
    expect(suggestions.map((s) => s.word)).toEqual(['化粪池']);
  });

  it('suggests nothing while there is nothing seen to weigh captured posts against and no word is in most of them', () => {
    expect(suggestKeywords(captured, [], TOPICS)).toEqual([]);
  });
});
