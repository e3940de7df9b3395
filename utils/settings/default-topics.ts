import type { Topic } from './types';

// The five recurring complaint areas of a county Housing & Construction Bureau
// (住建局). Words are in Simplified Chinese; Traditional and full-width forms
// are added when the rules are compiled. Editable in the settings.

/** Names people use for the bureau itself: their own topic, kept out of the areas (every staff reply names the bureau). */
export const BUREAU_ALIASES: readonly string[] = [
  '住建局',
  '住房和城乡建设局',
  '住房城乡建设局',
  '住建部门',
  '住建委',
  '建设局',
  '城建局',
];

/** A works word within a few characters of a road name, in the same clause. */
const WORKS_SOON_AFTER = '[^,。!?;\n区片]{0,4}(?:改[建造]|拓宽|施工|封闭|[翻整大]修|开挖|修建)';

/** Roads of villages, answered by the transport bureau and the township, neither by works nor by upkeep. */
const VILLAGE_ROADS = ['村村通', '砂石路', '通村路', '农村公路'];

/** No works word within 90 characters either side (each pothole expression checks for itself: fewer alternatives before it keep the freeze check in budget). */
const NO_WORKS_AROUND = '(?<!(?:修路|[施停完]工|改造|翻修|挖|工程)[^]{0,90})(?![^]{0,90}(?:修路|[施停完]工|改造|翻修|挖|工程))';

export const DEFAULT_TOPICS: Topic[] = [
  {
    id: 'road_works',
    name: '道路工程',
    color: '#ffd591',
    department: '城建科',
    any: [
      '道路工程', '道路施工', '道路改造', '道路改建', '道路建设', '道路翻修', '道路整修', '道路大修', '道路拓宽', '整修道路', '翻修道路',
      '改建工程', '提升改造', '白改黑', '路修了', '围挡', '围蔽', '半幅通行', '封闭施工', '封路', '占道施工',
      '延期完工', '半拉子工程', '开挖', '反复开挖', '挖了又填', '填了又挖', '一挖再挖', '挖路', '挖马路', '挖开路面',
      '路面被挖', '马路拉链', '管线迁改', '雨污分流', '雨污管', '管网改造', '回填', '摊铺', '通车',
    ],
    // 修路 in passing (政府开始修路，需要占用土地; 修路时泥土堵了下水井) is about something else.
    weak: ['修路'],
    all: [],
    // Page text reaches the expressions folded: full-width ，！？ are , ! ? there.
    // Digging to repair a subsided road is maintenance work, answered by 市政所. Village roads are the transport bureau's.
    none: ['路面下沉', '路面塌陷', ...VILLAGE_ROADS],
    regex: [
      // A road name right before the works: 延安路改造, 道路两端同时封闭施工 (not 线路, 路灯, 老街片区改造).
      // Alternatives that share a first character are folded into classes throughout: the freeze check
      // (regex-safety.ts) then reads each expression within its time budget; what they match is the same.
      `(?:(?<![线电网])路(?!灯)|[街桥]|大道)${WORKS_SOON_AFTER}`,
      `路段${WORKS_SOON_AFTER}`,
      // Progress words after a road within the sentence: 这条路……停工 / 工期 / 完工. The word comes
      // first and the lookbehind second, so the expression fails fast where the word is not.
      '(?:停工|工期|施工进度|进度缓慢|加快进度|完工|竣工)(?<=(?:道路|马路|路段|路面|街道|大道|公路|修路|这条路|该路|桥)[^。!?;\n]{0,36})',
      // How long a road or bridge has been, or still will be, under repair: 二桥还要修多久, 这条路修了一年多.
      '(?:(?<![线电网])路(?!灯)|[街桥])[^,。!?;\n]{0,4}修(?:多久|到什么时候|了[一两三四五六七八九十半几多]+[年个月天])',
      // Bridges are repaired as works (封闭, 绕行), not as upkeep: 洞庭大桥维修, 在维修大桥.
      '桥[^,。!?;\n区片]{0,4}(?:维修|加固)|(?:维修|加固)[大天]?桥',
      // Works not finished: after a road or a works in the same sentence (not 公厕还没有完工).
      '(?:迟迟不|迟迟未|还没|还没有|仍未|逾期未|未|没|没有|何时)完工(?<=(?:路|街|桥|工程)[^。!?;\n]{0,36})',
      '(?:路|路面|道路|马路)[^,。!?;\n]{0,3}被?(?:挖开|挖断)',
      '(?:路面|道路|马路)[^,。!?;\n]{0,4}挖得',
      '铺[^,。!?;\n]{0,3}沥青',
      '(?:整修|翻修|修缮|硬化)[^,。!?;\n]{0,8}(?:路段|道路|马路|路面)',
      '(?:未|没有|没)修缮(?=[^,。!?;\n]{0,4}(?:路|街|桥))',
      '(?<![线电网])路(?!灯)[^,。!?;\n区片]{0,4}工程',
      '施工[^。!?;\n]{0,10}(?:堵车|拥堵|堵死|绕行|绕路)',
    ],
  },
  {
    id: 'municipal_maintenance',
    name: '市政维护',
    color: '#91d5ff',
    department: '市政所',
    any: [
      '路灯', '照明设施', '照明灯', '广场灯', '井盖', '窨井', '检查井', '污水井', '雨水井', '排水井', '下水井', '雨水篦子',
      '井篦', '水沟盖', '人孔盖', '下水道堵', '管道堵塞', '污水外溢', '污水外冒', '冒污水', '冒粪水', '粪水外溢', '污水横流', '返臭', '反涌',
      '返涌', '内涝', '路面积水', '道路积水', '积水严重', '排水不畅', '路面下沉', '路面沉降', '地面下沉', '路面塌',
      '道路塌陷', '塌陷', '下陷', '路面开裂', '人行道板', '凹陷', '设施故障', '人行道地砖', '地砖破损', '地砖松动', '地砖坍塌', '地砖损毁', '地砖掉落', '护栏', '市政设施', '公共设施',
    ],
    all: [],
    // Lamps on a school's own grounds are the school's; village roads are the transport bureau's.
    none: ['校内', '校园内', ...VILLAGE_ROADS],
    regex: [
      '下水道[^。!?;\n]{0,10}(?:堵|臭|冒|溢|反)',
      '(?:修理|维修|疏通|清理|堵塞|堵住)下水道',
      // Potholes, unless works are going on nearby: a road dug up and left is about the works.
      `(?:路面(?:破损|坑洼)|[大深路]坑)${NO_WORKS_AROUND}`,
      `坑(?:洼不平|坑洼洼|洞)${NO_WORKS_AROUND}`,
      '人行道[^。!?;\n]{0,12}(?:破损|松动|坑|塌|损毁|翘|掉)',
      `(?:路面|地面|道路|马路)[^,。!?;\n]{0,6}(?:破烂|坑洼)${NO_WORKS_AROUND}`,
      // A road dug for works and never restored: the repair is the 市政所's as well as the works' (挖开未修复).
      // Matched on the repair word, the stretch back in a lookbehind: two stretches in a row are too many ways to match.
      '(?:未|没有?)(?:及时)?(?:修复|复原)(?<=(?:路面|道路|马路|便道)[^。!?;\n]{0,12})',
      '(?:路面|道路|马路)[^,。!?;\n]{0,2}(?:修复|复原)(?<=(?:未|没有?)将?[^,。!?;\n]{0,8})',
    ],
  },
  {
    id: 'illegal_construction',
    name: '违章建筑',
    color: '#ffa39e',
    department: '建管科',
    any: [
      '违章建筑', '违法建筑', '违法建设', '违建', '违章搭建', '违规搭建', '违法搭建', '私搭乱建', '乱搭乱建', '私搭乱盖',
      '乱搭建', '擅自搭建', '私自搭建', '搭棚', '违规装修', '违章装修', '拆改承重', '阳光房', '加建', '加层',
      '彩钢房', '彩钢棚', '铁皮房', '铁皮屋', '顶棚', '圈占', '占用公共绿地', '占用绿地', '毁绿', '砸墙', '敲墙', '增建',
      '顶楼加盖', '自拆', '责令拆除', '限期拆除', '破墙开店', '擅开', '未批先建', '批少建多', '少批多建', '超标建设', '超规划',
    ],
    // A load-bearing wall named in a crack or leak complaint is no alteration of it.
    weak: ['承重墙'],
    all: [],
    none: [],
    regex: [
      '(?:违[规章法]|[私擅]自|偷偷|未经(?:审批|批准)|没有(?:审批|办理任何规划手续))[^,。!?;\n]{0,6}(?:[搭建盖扩拆圈围占敲砸]|加层|装修|改[建造成]|打通)',
      '(?:[楼屋房]顶|顶楼|[阳露天]台|院[子内]|绿地|后院|一楼)[^,。!?;\n]{0,8}(?:搭[建棚]|加[盖建层]|扩[建充]|[盖建][房起]|圈)',
      '[砸敲拆打][掉了通]?[^,。!?;\n]{0,4}(?:承重|墙[体垛])',
      '(?:承重|墙[体垛]?)[^,。!?;\n]{0,4}被?[砸敲拆](?:[掉了得]|(?=[?!]))',
      // 圈 in a lookahead: two overlapping stretches in a row are more ways to match than the freeze check allows.
      '[用拿][^,。!?;\n]{0,6}(?:墙|[围栅]栏|篱笆)(?=[^,。!?;\n]{0,4}圈)',
      '(?:窗户|围墙|后墙)[^,。!?;\n]{0,6}(?:改为|改成|打掉|敲掉|砸开)',
      '加盖(?!公章|印章|章)',
      // Taiwan's fire lanes (防火巷) built over or shut.
      '防火巷[^,。!?;\n]{0,8}[搭建盖围堵占封]|(?:占用|[堵封]死?)防火巷',
    ],
  },
  {
    id: 'demolition_compensation',
    name: '拆迁安置补偿',
    color: '#d3adf7',
    department: '征收办',
    any: [
      '拆迁', '征收', '安置补偿', '安置房', '货币补偿', '产权调换', '过渡费', '临时安置费', '拆迁办', '征收办', '强拆',
      '动迁', '补偿款', '补偿费', '补偿标准', '回迁', '征地', '棚改', '棚户区改造', '都更', '都市更新', '安置协议',
      '房子被拆', '拆成废墟', '打桩', '房屋安全鉴定', '房屋鉴定', '震裂',
    ],
    all: [],
    none: [],
    regex: [
      // Houses cracked by works nearby: the crack word, near the site in the same sentence. Where two
      // overlapping stretches follow each other (旁边……施工), the inner one is a nested lookbehind: the
      // freeze check refuses them in a row as too many ways to match.
      '(?:裂[缝纹痕开]|[开龟墙屋]裂|震坏|倾斜)(?<=(?:工地|打桩|基坑|挖地基|新建|(?<=(?:旁边|附近|隔壁|周边|邻居)[^,。!?;\n]{0,6})(?:施工|[建盖]房|建设|楼盘))[^。!?;\n]{0,44})',
      '(?:裂[缝纹痕开]|[开龟墙屋]裂|震坏|倾斜)(?=[^。!?;\n]{0,40}(?:工地|打桩|基坑|挖地基|新建))',
      // The crack before works nearby (裂缝……旁边在施工): matched on the works word, every one of which is two characters.
      '(?:施工|[建盖]房|建设|楼盘)(?<=(?<=(?:裂[缝纹痕开]|[开龟墙屋]裂|震坏|倾斜)[^。!?;\n]{0,40})(?:旁边|附近|隔壁|周边|邻居)[^,。!?;\n]{0,6}..)',
    ],
  },
  {
    id: 'commercial_housing',
    name: '商品房',
    color: '#b7eb8f',
    department: '房管科',
    any: [
      '商品房', '收房', '延期交付', '逾期交付', '推迟交付', '预售', '购房合同', '购房款', '房屋质量',
      '房屋渗漏', '屋面渗漏', '外墙渗水', '外墙漏水', '外墙开裂', '保修期', '质保期', '规划变更', '开盘', '摇号', '售楼', '烂尾', '交屋',
      '期房', '购房者', '房产证', '不动产证', '网签', '精装房', '保交楼', '学区房', '验房', '竣工备案', '竣备', '捂盘', '锁房',
    ],
    // Named in passing in many other complaints (开发商 of a lift, 交房 two years ago, the 楼盘 next door).
    weak: ['开发商', '开发企业', '楼盘', '交房', '公摊', '房源', '建商', '建案'],
    all: [],
    // A developer or flats named in a demolition complaint are not a buyer's complaint.
    none: ['拆迁', '拆遷', '征收', '安置房', '回迁', '动迁', '都更', '都市更新', '打桩', '震裂'],
    regex: [
      '(?:停工|停摆)(?<=(?:楼盘|期房|开发商|交房|楼栋|楼房|建案|建商|购房)[^。!?;\n]{0,32})',
      '(?:停工|停摆)(?=[^。!?;\n]{0,30}(?:楼盘|期房|开发商|交房))',
      // Leaks and cracks of a newly delivered home.
      '(?:漏水|渗水|渗漏|开裂|裂缝|壁癌|空鼓|鼓包|窟窿|墙皮脱落|发霉|质量问题)(?<=(?:新房|新楼|新大楼|交房|收房|交屋|交付|上房|入住|精装)[^。!?;\n]{0,34})',
      // The developer and a defect or a false promise in one sentence: 开发商虚假宣传, 渗漏水问题反复出现，开发商…
      '(?:开发商|开发企业|建商)[^。!?;\n]{0,30}(?:虚假宣传|质量问题|漏水|渗漏|渗水|裂缝|开裂|防水)|(?:虚假宣传|质量问题|漏水|渗漏|渗水|裂缝|开裂)[^。!?;\n]{0,20}(?:开发商|开发企业|建商)',
      // The handover promised, late or without a date: 说好十月交房，又要推迟, 一直不交房, 约定的交房时间.
      '(?:延期|逾期|推迟|延迟|迟迟不|迟迟未|一直不|没有|未能?|不能|无法|按时)交房|交房(?:日期|时间|期限)|交房[^。!?;\n]{0,6}(?:延期|推迟|延迟|一拖再拖|遥遥无期)',
      '(?:说好|约定|承诺|合同)[^,。!?;\n]{0,6}交房',
      '(?:更改|修改|篡改|变更|缩水)[^,。!?;\n]{0,6}规划|规划[^,。!?;\n]{0,6}(?:更改|修改|篡改|缩水)',
    ],
  },
  {
    // Any post that names the bureau, whatever it is about: last, so an area's department comes first.
    id: 'bureau',
    name: '点名本局',
    color: '#adc6ff',
    department: '局办公室',
    any: [...BUREAU_ALIASES],
    all: [],
    none: [],
    regex: [],
  },
];

/** The five complaint areas (the labels of the saved forum pages use the same ids). */
export const AREA_TOPIC_IDS: readonly string[] = ['road_works', 'municipal_maintenance', 'illegal_construction', 'demolition_compensation', 'commercial_housing'];
