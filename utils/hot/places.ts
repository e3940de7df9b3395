// Place names as citizens write them in a post: roads (…路, …街, …大道, …巷, …桥, …路口) and
// estates or communities (…小区, …花园, …苑, …家园, …公寓, …社区, …村, …新城, a name with …期).
// No gazetteer: a name is the run of Chinese characters before such a word, cut at the
// function words that end a phrase (从, 到, 在, 的, 这 …), and refused when what is left is a
// common word (马路, 道路, 这条路, 小区 …).
import { pageTextFolder } from '../matching/script-fold';

export interface Place {
  /** As written (full-width folded, the pattern's own Traditional characters made Simplified). */
  name: string;
  /** What two spellings of one place share: no town prefix, no phase (二期), 路口 read as 路. */
  key: string;
}

// Traditional forms of the characters the pattern itself reads (suffixes, stop words); the rest of a
// name keeps its script.
const TRADITIONAL = '區区園园鎮镇橋桥灣湾後后鄉乡縣县號号這这們们從从個个條条裡里裏里過过還还說说問问讓让給给對对與与該该' +
  '為为來来開开門门斷断繞绕線线網网鐵铁電电馬马進进邊边帶带擋挡圍围處处層层棟栋樓楼燈灯環环車车經经舊旧響响識识將将臨临';
/** Full width and Latin case folded, and these Traditional characters made Simplified, in one pass (as the matcher does). */
const foldScript = pageTextFolder(TRADITIONAL);

const SUFFIX = /大道|路口|小区|花园|家园|公寓|社区|新城|[路街巷桥苑村]|(?<=[府湾居园苑城庭邸郡墅])(?=[一二三四五六七八九十\d]{1,2}期)/gu;
const PHASE = /^[一二三四五六七八九十\d]{1,2}期/;
const MAX_STEM = 7;
const HAN = /\p{Script=Han}/u;

/** Characters that end the phrase before a name: prepositions, pronouns, particles, measure words. */
const STOP_CHARS = new Set('从到在往去至经对把被与及或的是了住于近离靠绕给让叫说问看找我你他她它们这那哪都也还就又再很最挺更每各啊吗呢吧呀嘛着条段个些某该本其此过为有已向但得来起走进入请以处不要将');
/** Where one name ends and the next may begin (沿港西路东海路口, 金水区沙口路); 和 after one joins two names. */
const NAME_END_CHARS = new Set('路街巷桥区');
const JOINERS = new Set('和与及跟同');

function endsName(text: string, at: number): boolean {
  const i = JOINERS.has(text[at - 1] ?? '') ? at - 2 : at - 1;
  return NAME_END_CHARS.has(text[i] ?? '') || (text[i] === '道' && text[i - 1] === '大');
}

/** An estate name joined to the next by 和 (扬子家园和宇斯普小区): the estate's own last characters may begin a road's name (梨园路). */
const ESTATE_JOIN = /^.*[园苑村寓城][和与及跟同]/;
/** Words that end the phrase before a name. */
const STOP_WORDS = ['希望', '要求', '请求', '反映', '告知', '包括', '影响', '知道', '发现', '曝光', '安装', '整修', '修复', '开车', '随意', '后面', '前面', '里面', '外面', '只能', '一下', '尽快', '多次', '一年', '统计', '责成', '督促', '周末', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '每天', '早上', '晚上', '旁边', '周边', '对面', '隔壁', '属地', '之前', '以前', '现在', '目前', '当时', '今天', '昨天', '明天', '去年', '今年', '明年', '整个', '同一', '所在', '大家', '业主', '居民', '村民', '市民', '老家', '城区', '全县', '全市'];
const STOP_WORD_PREFIX = new RegExp(`^.*(?:${STOP_WORDS.join('|')})`);

/** Names that are common words however they are preceded (线路 in 公交线路, 道路 in 城市道路). */
const GENERIC_TAILS = new RegExp(
  [
    '(?:马|道|公|铁|电|网|线|思|出|退|活|门|销|套|短|回|修|走|带|堵|挖|封|断|问|赶|上|半|弯|岔|歧|迷|土|泥|夜|拦|挡|让|引|两)路$',
    '(?<![一二三四五六七八九十])一路$',
    '(?:柏油|沙石|砂石|水泥|石子|填平)路$',
    '(?:十字|丁字|红绿灯|交叉|交汇|交会|交匯|交會|岔)路口$',
    '(?:逛|上|满|沿|临|游|扫|跨)街$',
    '(?:过|断|天|拱|浮|栈|吊|立交|高架)桥$',
    '(?:农|乡|全|进|回|下|邻|外|山|渔|城中|新农)村$',
    '(?:大|小|后|前|屋顶|空中|公共)花园$',
  ].join('|'),
);
/** Names that are common words standing alone, and places only with a name before them. */
const GENERIC_ALONE = new Set(['老街', '大街', '小街', '后街', '大桥', '小桥', '石桥', '小巷', '大道', '新城', '老城', '新村', '老村', '花园', '家园', '公寓', '社区', '小区', '村', '路口', '桥头', '步行街', '大路', '小路', '山路', '水路', '后路', '前路', '来路', '开路', '进路', '心路', '生路', '正路', '陆路', '老小区', '新小区', '旧小区', '老社区', '老旧小区']);

/** After 路 these make a common word (路灯, 路面, 路段 …), not a road's name. */
const NOT_AFTER: Record<string, RegExp> = {
  路: /^[灯面基况线费径程段过人牌标边]/,
  街: /^[道坊头]/,
  桥: /^[梁]/,
  村: /^[民里委级干庄镇]/,
};

const ADMIN_PREFIX = /^(?:\p{Script=Han}{0,3}?[省市县])?(?:\p{Script=Han}{1,3}?(?:镇|乡|街道))?(?=\p{Script=Han}{3})/u;
const ADMIN_CHARS = /^.*[省市县镇乡]/u;


/** The stem before `end`: Han characters back to the nearest stop character or stop word. */
function stemBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_STEM && HAN.test(text[start - 1]!) && !STOP_CHARS.has(text[start - 1]!)) {
    if (endsName(text, start)) break;
    start--;
  }
  let stem = text.slice(start, end);
  // A run cut by length alone most likely began with other words: keep what follows the county or town.
  if (end - start === MAX_STEM && start > 0 && HAN.test(text[start - 1]!)) stem = stem.replace(ADMIN_CHARS, '');
  stem = stem.replace(ESTATE_JOIN, '');
  // 2003年移民新村: the year's 年 is not part of the name.
  if (start === end - stem.length && /\d/.test(text[start - 1] ?? '')) stem = stem.replace(/^[年月日号]/, '');
  return stem.replace(STOP_WORD_PREFIX, '');
}

/** The key two spellings of one place share (see Place.key). */
export function placeKey(name: string): string {
  return name
    .replace(/[一二三四五六七八九十\d]{1,2}期$/, '')
    .replace(/路口$/, '路')
    .replace(/(?<=[苑园寓城湾府居庭])小区$/, '')
    .replace(ADMIN_PREFIX, '');
}

function acceptable(stem: string, name: string): boolean {
  const unphased = name.replace(/[一二三四五六七八九十\d]{1,2}期$/, '');
  if ([...stem].length < 2 && unphased === name) return false;
  return !GENERIC_ALONE.has(unphased) && !GENERIC_TAILS.test(unphased);
}

/** Drops a name that only adds words before another name found in the same text (周六东港新城 beside 东港新城). */
function withoutLongerSpellings(places: Place[]): Place[] {
  return places.filter((p) => !places.some((q) => q !== p && q.key.length < p.key.length && p.key.endsWith(q.key)));
}

/** Characters that end a suffix or a phase, in either script: only the text around them is read. */
const CANDIDATE = /[路街巷桥橋苑村区區园園寓城道口期]/g;
/** How far around a candidate the pattern looks: the stem, the name before it, the words after. */
const REACH_BEFORE = MAX_STEM + 4;
const REACH_AFTER = 5;

/** Stretches of the text around candidates, merged where they overlap. */
function segments(text: string): [number, number][] {
  const out: [number, number][] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const from = Math.max(0, m.index - REACH_BEFORE);
    const to = Math.min(text.length, m.index + REACH_AFTER);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/** The places a post names, in order of first mention, one per key. */
export function findPlaces(text: string): Place[] {
  const found = new Map<string, Place>();
  for (const [from, to] of segments(text)) {
    const folded = foldScript(text.slice(from, to));
    for (const m of folded.matchAll(SUFFIX)) {
      const suffix = m[0];
      const after = folded.slice(m.index + suffix.length, m.index + suffix.length + 4);
      if (NOT_AFTER[suffix]?.test(after)) continue;
      const stem = stemBefore(folded, m.index);
      const phase = PHASE.exec(after)?.[0] ?? '';
      const name = stem + suffix + phase;
      if (!acceptable(stem, name)) continue;
      const key = placeKey(name);
      if (!found.has(key)) found.set(key, { name, key });
    }
  }
  return withoutLongerSpellings([...found.values()]);
}
