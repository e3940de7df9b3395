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

export const DEFAULT_TOPICS: Topic[] = [
  {
    id: 'road_works',
    name: '道路工程',
    color: '#ffd591',
    department: '城建科',
    any: [
      '道路工程', '道路施工', '道路改造', '道路改建', '改建工程', '修路', '围挡', '半幅通行', '封闭施工',
      '施工进度', '工期', '延期完工', '开挖', '反复开挖', '挖了又填', '填了又挖', '马路拉链', '管线迁改',
      '雨污分流', '雨污管', '沥青', '通车',
    ],
    all: [],
    // Digging to repair a subsided road is maintenance work, answered by 市政所.
    none: ['路面下沉', '路面塌陷'],
    regex: ['(?:路|街|大道|桥)(?:改建|改造|拓宽|施工|封闭)'],
  },
  {
    id: 'municipal_maintenance',
    name: '市政维护',
    color: '#91d5ff',
    department: '市政所',
    any: [
      '路灯', '井盖', '窨井', '检查井', '路面下沉', '路面沉降', '路面塌', '道路塌陷', '塌陷', '市政设施',
      '公共设施', '人行道板', '下水道', '排水不畅',
    ],
    all: [],
    none: [],
    regex: [],
  },
  {
    id: 'illegal_construction',
    name: '违章建筑',
    color: '#ffa39e',
    department: '建管科',
    any: [
      '违章建筑', '违法建筑', '违法建设', '违建', '违章搭建', '违规搭建', '私搭乱建', '乱搭乱建', '擅自搭建',
      '私自搭建', '搭棚', '违规装修', '违章装修', '承重墙', '拆改承重',
    ],
    all: [],
    none: [],
    regex: ['(?:违规|违章|违法|私自|擅自)(?:搭|建|加盖|装修)'],
  },
  {
    id: 'demolition_compensation',
    name: '拆迁安置补偿',
    color: '#d3adf7',
    department: '征收办',
    any: [
      '拆迁', '征收', '安置补偿', '安置房', '货币补偿', '产权调换', '过渡费', '临时安置费', '拆迁办', '征收办',
      '打桩', '房屋安全鉴定', '房屋鉴定', '震裂',
    ],
    all: [],
    none: [],
    regex: [],
  },
  {
    id: 'commercial_housing',
    name: '商品房',
    color: '#b7eb8f',
    department: '房管科',
    any: [
      '商品房', '交房', '收房', '延期交付', '逾期交付', '推迟交付', '开发商', '开发企业', '预售', '购房合同',
      '房屋质量', '房屋渗漏', '屋面渗漏', '外墙渗水', '保修期', '规划变更', '开盘', '房源', '摇号', '售楼', '烂尾', '公摊',
    ],
    all: [],
    none: [],
    regex: [],
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
