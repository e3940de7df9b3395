import type { Topic } from './types';

// More topics a Housing & Construction Bureau answers, beyond the five areas.
// Off by default: the office adds the ones its departments handle (领域 page).

export interface TopicPreset {
  topic: Topic;
  /** What the topic catches, for the office to decide whether to add it. */
  description: string;
}

export const PRESET_TOPICS: readonly TopicPreset[] = [
  {
    description: '小区物业服务：物业不作为、电梯故障停运、维修基金、业委会。',
    topic: {
      id: 'property_management',
      name: '物业管理',
      color: '#fff1b8',
      department: '物业科',
      any: [
        '物业不作为', '物业推诿', '物业不管', '物业公司', '物业费', '物业服务', '物业管理', '电梯故障', '电梯坏', '电梯停运',
        '困在电梯', '被困电梯', '维修基金', '维修资金', '业委会', '业主委员会',
      ],
      all: [],
      none: [],
      regex: [
        '电梯[^。!?;\\n]{0,10}(?:坏|停|故障|不维修|不运行|卡壳|出问题|失灵|困人|下坠)',
        '物业[^。!?;\\n]{0,4}(?:推诿|不作为|不管|不理|不维修|不处理)',
        // A compound's parking charges (not a street's): 小区停车场收费, 停车费太贵业主….
        '停车(?:费|管理费)(?=[^。!?;\\n]{0,10}业主)|(?:小区|业主)[^。!?;\\n]{0,10}停车(?:费|管理费)',
      ],
    },
  },
  {
    description: '老旧小区改造与既有住宅加装电梯：改造进度、加梯申请与邻里分歧、无物业老楼。',
    topic: {
      id: 'old_community_renovation',
      name: '老旧小区改造/加装电梯',
      color: '#b5f5ec',
      department: '城建科',
      any: ['老旧小区改造', '老旧小区', '老小区改造', '旧改', '加装电梯', '加梯', '旧楼加装', '平改坡', '外立面改造', '没有物业', '无物业', '老旧楼'],
      all: [],
      none: [],
      regex: [],
    },
  },
  {
    description: '城镇燃气：燃气管道与漏气隐患、天然气迟迟不通气、燃气公司服务。',
    topic: {
      id: 'gas_safety',
      name: '燃气安全',
      color: '#ff9c6e',
      department: '燃气办',
      any: ['燃气', '天然气', '煤气', '液化气', '漏气', '燃气泄漏', '瓦斯', '通气', '燃气表'],
      all: [],
      none: [],
      regex: [],
    },
  },
  {
    description: '保障性住房：公租房、廉租房、保障房的申请、轮候、分配与维修。',
    topic: {
      id: 'affordable_housing',
      name: '保障性住房/公租房',
      color: '#efdbff',
      department: '住房保障科',
      any: ['公租房', '廉租房', '保障房', '保障性住房', '经适房', '经济适用房', '人才公寓', '住房保障', '租赁补贴', '轮候', '共有产权房', '合宜住宅'],
      all: [],
      none: [],
      regex: [],
    },
  },
  {
    description: '建筑工地扰民：工地夜间施工噪音、扬尘、渣土车撒漏（道路施工归“道路工程”）。',
    topic: {
      id: 'site_noise_dust',
      name: '建筑工地噪音扬尘',
      color: '#eaff8f',
      department: '建管科',
      any: ['工地噪音', '工地噪声', '工地扬尘', '渣土车', '拉土车', '泥头车', '运土车'],
      all: [],
      none: [],
      regex: ['(?:噪音|噪声|吵|扬尘|灰尘|粉尘|尘土|睡不着)(?<=工地[^。!?;\\n]{0,40})', '工地[^。!?;\\n]{0,30}(?:噪音|噪声|吵|扬尘|灰尘|粉尘|尘土|睡不着)'],
    },
  },
  {
    description: '农村住房安全：农村危房、危房改造补助、土坯房漏雨倒塌。',
    topic: {
      id: 'rural_dangerous_housing',
      name: '农村危房',
      color: '#ffd6e7',
      department: '村镇建设科',
      any: ['农村危房', '危房改造', '危旧房', '土坯房', '住房安全鉴定'],
      all: [],
      none: [],
      regex: ['(?:农村|村里|村民|老家)[^。!?;\\n]{0,20}(?:危房|倒塌)'],
    },
  },
];
