// Starter 舆情预警 settings. The word lists follow what makes a county bureau's post dangerous
// to leave for tomorrow: a risk to life (紧急), people acting together, the press or higher
// authorities drawn in, and open anger (关注 when two such words meet, one in a sensitive period).
// Words are the forms citizens write; ambiguous single words (集体 in 集体土地, 死亡 in 死亡路口)
// are left out in favour of the phrases that carry the risk.
import type { SensitivePeriod, WarningList, WarningSettings } from '../settings/types';

export const DEFAULT_WARNING_LISTS: WarningList[] = [
  {
    id: 'safety',
    name: '安全事故',
    level: 'urgent',
    words: [
      '塌陷', '坍塌', '倒塌', '塌方', '垮塌', '漏电', '触电', '燃气泄漏', '煤气泄漏', '天然气泄漏', '闻到煤气味', '火灾', '着火', '起火',
      '爆炸', '危房', '伤亡', '砸伤', '砸到人', '摔伤', '坠落', '掉下来砸', '被困', '人员受伤', '出人命', '死人',
    ],
  },
  {
    id: 'collective',
    name: '群体维权',
    level: 'watch',
    words: [
      '集体维权', '集体上访', '集体投诉', '维权', '拉横幅', '拉条幅', '挂横幅', '联名', '上访', '信访', '聚集', '堵路', '围堵', '静坐',
      '讨薪', '讨说法', '业主群', '一起去',
    ],
  },
  {
    id: 'media',
    name: '媒体与升级',
    level: 'watch',
    words: [
      '曝光', '记者', '媒体', '电视台', '12345', '市长热线', '市长信箱', '纪委', '监察委', '督察', '巡视组', '人民网', '领导留言板',
      '网络问政', '央视', '焦点访谈', '投诉到省', '往上反映', '上级部门',
    ],
  },
  {
    id: 'anger',
    name: '强烈不满',
    level: 'watch',
    words: [
      '不作为', '乱作为', '欺负老百姓', '黑心', '腐败', '官商勾结', '踢皮球', '推诿', '草菅人命', '无良', '忍无可忍', '太过分', '寒心',
      '没人管', '投诉无门', '敷衍', '石沉大海',
    ],
  },
];

export const DEFAULT_SENSITIVE_PERIODS: SensitivePeriod[] = [
  { id: 'two-sessions', name: '全国两会', from: '03-01', to: '03-15', holidays: false, patrolTimes: ['11:00', '16:30'], watchThreshold: 1, firstResponseHours: 4 },
  { id: 'year-end', name: '岁末年初', from: '12-15', to: '01-15', holidays: false, patrolTimes: ['16:30'], watchThreshold: 1, firstResponseHours: null },
  { id: 'holidays', name: '法定节假日', from: '', to: '', holidays: true, patrolTimes: ['10:00', '16:00'], watchThreshold: 1, firstResponseHours: null },
];

export function defaultWarningSettings(): WarningSettings {
  return {
    lists: structuredClone(DEFAULT_WARNING_LISTS),
    watchThreshold: 2,
    notifyUrgent: true,
    periods: structuredClone(DEFAULT_SENSITIVE_PERIODS),
    hot: { minEntries: 3, days: 2 },
  };
}

/** 紧急: a reply within 2 working hours. */
export const DEFAULT_LEVEL_SLA = { urgent: { firstResponseHours: 2 } };
