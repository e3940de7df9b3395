// Synthetic Discuz!-like thread pages and nested keyword sets (K=20 ⊂ 200 ⊂ 2000).
// Deterministic (seeded), so every run measures the same pages.

export const CORE_KEYWORDS = {
  road_works: ['沿港西路', '道路工程', '住建局'],
  municipal_maintenance: ['路灯', '井盖', '五叉路口', '路面塌陷', '市政设施'],
  illegal_construction: ['违章建筑', '违规装修', '违建'],
  demolition_compensation: ['拆迁', '安置补偿'],
  commercial_housing: ['商品房', '延期交房', '规划变更', '房屋质量', '烂尾楼', '开发商', '物业维修基金'],
};
const TOPIC_IDS = Object.keys(CORE_KEYWORDS);
const CORE = Object.values(CORE_KEYWORDS).flat();

const COMMON =
  '的一是在不了有和人这中大为上个我以要他时来用们生到作地于出就分对成会可主年动同工也能下过子说种面而方后多定行学' +
  '所民得经十三之进着等度家电力里如水化高自二理起小物现实量都两体机当使点从业本去把性好应开它合还因由其些然前外天' +
  '四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向命此变条只没结解问意月公无系很情者' +
  '最立代想已通并提直题展五果料象员位入常文总次品式活设及特件长求老头基资边流级少图山接知较将组见计别她手角期根论' +
  '农指几九区强放决西被干做必先回则任取据处南给色光门即保治北造百热领七海口东导器压志世金增争济思术极交受联什认六' +
  '共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话';
const NICKNAMES = ['海风吹过', '东沙老渔民', '衢山小姑娘', '高亭阿伟', '秀山看海', '长涂船老大', '岱西小李', '蓬莱闲人'];
const TITLE = '沿港西路改建都快半年了，到底什么时候能完工？';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** K keywords per topic id; the first 20 are the core terms used in keyword posts. */
export function keywordSets() {
  const rand = rng(7);
  const pick = (s) => s[Math.floor(rand() * s.length)];
  const places = '高亭岱西东沙衢山秀山长涂官山北峰南峰大峧双峰蓬莱海景东港新城';
  const suffixes = ['小区', '北巷', '南路', '中路', '新村', '社区', '花园', '公寓', '码头', '车库'];
  const facilities = ['人行道', '窨井', '护栏', '排水沟', '绿化带', '停车位', '公厕', '路牌', '桥面', '台阶'];
  const problems = ['破损', '积水', '堵塞', '松动', '缺失', '开裂', '倾斜', '异味'];
  const domain = ['拆迁户', '预售证', '网签', '公摊面积', '精装修', '补偿款', '过渡费', '产权证', '验收', '围挡施工'];
  const extra = new Set();
  for (const d of domain) extra.add(d);
  while (extra.size < 1980) {
    const kind = rand();
    const place = pick(places) + pick(places);
    if (kind < 0.4) extra.add(place + pick(suffixes));
    else if (kind < 0.75) extra.add(pick(facilities) + pick(problems));
    else extra.add(place + pick(facilities));
  }
  const all = [...CORE, ...[...extra].filter((w) => !CORE.includes(w))].slice(0, 2000);
  const sets = {};
  for (const k of [20, 200, 2000]) {
    const topics = Object.fromEntries(TOPIC_IDS.map((id) => [id, []]));
    all.slice(0, k).forEach((w, i) => {
      const core = TOPIC_IDS.find((id) => CORE_KEYWORDS[id].includes(w));
      topics[core ?? TOPIC_IDS[i % TOPIC_IDS.length]].push(w);
    });
    sets[k] = topics;
  }
  return sets;
}

function filler(rand, length, clean) {
  for (;;) {
    let s = '';
    while (s.length < length) s += COMMON[Math.floor(rand() * COMMON.length)];
    if (clean(s)) return s;
  }
}

function splitByTag(rand, word) {
  const at = 1 + Math.floor(rand() * (word.length - 1));
  const [a, b] = [word.slice(0, at), word.slice(at)];
  return rand() < 0.5 ? `${a}<b>${b}</b>` : `<font color="red">${a}</font>${b}`;
}

function inlineMarkup(rand, text) {
  const at = Math.floor(rand() * text.length);
  const len = 2 + Math.floor(rand() * 6);
  const tag = ['strong', 'b', 'font color="#0000ff"', 'a href="#"'][Math.floor(rand() * 4)];
  const close = tag.split(' ')[0];
  return `${text.slice(0, at)}<${tag}>${text.slice(at, at + len)}</${close}>${text.slice(at + len)}`;
}

function postHtml(pid, floor, author, body) {
  return (
    `<div id="post_${pid}"><table id="pid${pid}" class="plhin" summary="pid${pid}" cellspacing="0" cellpadding="0"><tr>` +
    `<td class="pls" rowspan="2"><div id="favatar${pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=${pid % 97}" class="xw1">${author}</a></div></div>` +
    `<div class="p_pop blk bui card_gender_0" id="userinfo${pid}" style="display:none"><div class="i y"><div><strong><a href="#" class="xi2">${author}</a></strong> <em>当前离线</em></div>` +
    `<dl class="cl"><dt>积分</dt><dd>${pid % 900}</dd><dt>帖子</dt><dd>${pid % 300}</dd></dl></div></div>` +
    `<p><em><a href="#">注册会员</a></em></p><dl class="pil cl"><dt>主题</dt><dd><a href="#" class="xi2">${pid % 13}</a></dd><dt>积分</dt><dd>${pid % 900}</dd></dl></div></td>` +
    `<td class="plc"><div class="pi"><strong><a href="#" id="postnum${pid}"><em>${floor}</em><sup>#</sup></a></strong>` +
    `<div class="pti"><div class="authi"><em id="authorposton${pid}">发表于 2026-11-2 08:41:24</em><span class="pipe">|</span><a href="#">只看该作者</a></div></div></div>` +
    `<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${pid}">${body}</td></tr></table></div></div></div></td></tr>` +
    `<tr><td class="plc plm"></td></tr><tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">回复</a><a class="repquote" href="#">引用</a></em>` +
    `<p><a href="#">举报</a></p></div></div></td></tr></table></div>\n`
  );
}

/**
 * A thread page with `n` posts. `isClean(text)` says whether text holds no keyword;
 * `toTraditional` converts the keyword posts written in Traditional characters.
 */
export function threadPage(n, { isClean, toTraditional, scripts }) {
  const rand = rng(1000 + n);
  const posts = [];
  for (let i = 0; i < n; i++) {
    const pid = 100 + i;
    const author = NICKNAMES[i % NICKNAMES.length];
    const target = 100 + Math.floor(rand() * 300);
    const lines = [];
    for (let len = 0; len < target; ) {
      const line = filler(rand, 10 + Math.floor(rand() * 40), isClean);
      lines.push(line);
      len += line.length;
    }
    const keywordPost = rand() < 0.05;
    const traditional = keywordPost && rand() < 0.2;
    const htmlLines = lines.map((line) => (rand() < 0.33 ? inlineMarkup(rand, line) : line));
    if (keywordPost) {
      const count = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < count; k++) {
        let word = CORE[Math.floor(rand() * CORE.length)];
        if (traditional) word = toTraditional(word);
        const li = Math.floor(rand() * lines.length);
        const plain = lines[li];
        const at = Math.floor(rand() * plain.length);
        const inserted = rand() < 0.25 ? splitByTag(rand, word) : word;
        htmlLines[li] = plain.slice(0, at) + inserted + plain.slice(at);
        lines[li] = plain.slice(0, at) + word + plain.slice(at);
      }
    }
    let body = htmlLines.map((l) => (traditional ? toTraditional(l) : l)).join('<br />\n');
    if (rand() < 0.25) {
      body =
        `<div class="quote"><blockquote><font size="2"><a href="#"><font color="#999999">${author} 发表于 2026-11-2 08:41</font></a></font><br />` +
        `${filler(rand, 40, isClean)}</blockquote></div><br />` + body;
    }
    if (rand() < 0.1) body = `<i class="pstatus"> 本帖最后由 ${author} 于 2026-11-6 10:32 编辑 </i><br />\n` + body;
    posts.push(postHtml(pid, i + 1, author, body));
  }
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>岱山论坛 - 合成页面</title>' +
    '<style>body{font:12px/1.5 sans-serif;margin:0}#wp{width:960px;margin:0 auto}.plhin{width:100%;border-top:1px solid #ccc}' +
    '.pls{width:160px;vertical-align:top;background:#e5edf2}.plc{vertical-align:top;padding:0 10px}.t_f{font-size:14px}' +
    '.quote{background:#f9f9f9;padding:4px}</style></head><body><div id="wp">' +
    `<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><h1 class="ts"><span id="thread_subject">${TITLE}</span></h1></td></tr></table>\n` +
    posts.join('') +
    `</div></div>${scripts}</body></html>`
  );
}
