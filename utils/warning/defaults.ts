// Starter 舆情预警 settings. The word lists follow what makes a county bureau's post dangerous
// to leave for tomorrow: a risk to life or property (紧急), people acting together, the press,
// courts or higher authorities drawn in, and open anger or complaints going nowhere (关注).
// Chosen from the examples, common 舆情 vocabulary and the words citizens used in the
// corpus of real complaints and the saved forum pages, then measured against a duty officer's
// labels of those posts (tests/unit/warning/level-quality.test.ts). Words are the forms citizens
// write; words that misfired there are left out: 死人 (吵死人), 着火 (点不着火), 堵路 (拥堵路段),
// 签名 (签名之前), 业主群 (a channel, not an action), 12345 (advice to call it, more than a
// complaint going nowhere), like ambiguous single words (集体 in 集体土地, 死亡 in 死亡路口).
// Most 关注 posts carry one such word, not two: one is enough by default.
import type { SensitivePeriod, WarningList, WarningSettings } from '../settings/types';

export const DEFAULT_WARNING_LISTS: WarningList[] = [
  {
    id: 'safety',
    name: '安全事故',
    level: 'urgent',
    words: [
      '塌陷', '坍塌', '倒塌', '塌方', '垮塌', '倾斜', '摇晃', '倒下来', '承重', '危房', '漏电', '触电', '燃气泄漏', '煤气泄漏', '天然气泄漏',
      '闻到煤气味', '漏气', '火灾', '着火了', '起火', '失火', '爆炸', '伤亡', '受伤', '流血', '骨折', '砸伤', '砸到', '掉下来砸', '坠落', '摔伤',
      '摔倒', '连人带车', '撞上', '掉进', '栽进', '踩进', '踩空', '没有井盖', '井盖不见', '井盖丢失', '井盖被偷', '后果不堪设想', '被困', '出人命',
    ],
  },
  {
    id: 'collective',
    name: '群体维权',
    level: 'watch',
    words: [
      '集体维权', '集体上访', '集体投诉', '集体反对', '维权', '抗争', '抗议', '横幅', '条幅', '白布条', '联名', '收集签名', '征集签名', '上访', '信访', '围堵',
      '静坐', '讨薪', '讨说法', '拒绝收房', '自救',
    ],
  },
  {
    id: 'media',
    name: '媒体与升级',
    level: 'watch',
    words: [
      '曝光', '记者', '媒体', '电视台', '市长', '纪委', '监察委', '督察', '巡视组', '人民网', '领导留言板', '网络问政', '央视',
      '焦点访谈', '投诉到省', '往上反映', '上级部门', '起诉', '提告', '律师函', '告上法庭',
    ],
  },
  {
    id: 'anger',
    name: '强烈不满',
    level: 'watch',
    words: [
      '不作为', '乱作为', '欺负老百姓', '黑心', '腐败', '官商勾结', '踢皮球', '推诿', '草菅人命', '无良', '忍无可忍', '太过分', '寒心',
      '气炸', '气愤', '愤怒', '坑害', '虚假宣传', '强拆', '强制征收', '强行', '断水断电', '没人管', '没人处理', '投诉无门', '敷衍', '搪塞', '含糊其辞',
      '石沉大海', '没了下文', '没有下文', '不见行动', '一直没解决', '一直没有解决', '多次反映', '反映多次', '多次投诉', '多次举报', '屡诉',
    ],
  },
];

export const DEFAULT_SENSITIVE_PERIODS: SensitivePeriod[] = [
  { id: 'two-sessions', name: '全国两会', from: '03-01', to: '03-15', holidays: false, patrolTimes: ['11:00', '16:30'], watchThreshold: 0, firstResponseHours: 4 },
  { id: 'year-end', name: '岁末年初', from: '12-15', to: '01-15', holidays: false, patrolTimes: ['16:30'], watchThreshold: null, firstResponseHours: null },
  { id: 'holidays', name: '法定节假日', from: '', to: '', holidays: true, patrolTimes: ['10:00', '16:00'], watchThreshold: null, firstResponseHours: null },
];

export function defaultWarningSettings(): WarningSettings {
  return {
    lists: structuredClone(DEFAULT_WARNING_LISTS),
    watchThreshold: 1,
    notifyUrgent: true,
    periods: structuredClone(DEFAULT_SENSITIVE_PERIODS),
    hot: { minEntries: 3, days: 2 },
  };
}

/** 紧急: a reply within 2 working hours. */
export const DEFAULT_LEVEL_SLA = { urgent: { firstResponseHours: 2 } };
