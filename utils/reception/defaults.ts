import type { ReceptionWords } from '../settings/types';

/** Thanks and praise after a staff reply (好评). */
const PRAISE = ['谢谢', '感谢', '多谢', '辛苦了', '辛苦你们', '点赞', '赞一个', '效率高', '效率可以', '给力', '好评', '满意', '靠谱', '速度快', '负责任'];

/**
 * Pushback (追问): not fixed, asked again, brushed off. Negations of praise words
 * are here because a pushback word wins over a praise word in the same post.
 */
const PUSHBACK = [
  '还是没', '还没修', '还没好', '还没解决', '没修好', '没解决', '没人管', '没人来', '没动静', '没有回音',
  '什么时候', '何时', '到底', '怎么还', '凭什么', '敷衍', '糊弄', '说得好听', '说的好听', '推诿', '踢皮球',
  '打官腔', '不满意', '不给力', '不负责', '又坏了',
];

export function defaultReceptionWords(): ReceptionWords {
  return { praise: [...PRAISE], pushback: [...PUSHBACK] };
}
