// Words never suggested. Chosen from the most frequent words ICU finds in the corpus of real complaints
// (tests/fixtures/corpus/): function words, and the few words of asking and complaining that every topic's posts share.
export const STOPWORDS: ReadonlySet<string> = new Set([
  '我们', '你们', '他们', '大家', '自己', '这个', '那个', '这些', '那些', '这里', '什么', '为什么', '怎么', '这样',
  '已经', '一直', '现在', '最近', '之后', '然后', '时候', '没有', '也没有', '还是', '还有', '就是', '都是', '我是', '的是',
  '可以', '但是', '因为', '所以', '如果', '而且', '由于', '一个', '一下', '很多', '不少', '几乎', '左右', '知道',
  '希望', '尽快', '问题', '情况', '反映', '相关', '有关', '进行', '出现', '造成', '导致',
]);
