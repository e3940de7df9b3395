import type { Template } from '../settings/types';

// Three-part replies (三段式): thanks, the concrete situation or fix, whom to contact.
// Placeholder syntax is described in ./variables.ts.

const CLOSING = '如有未尽事宜或对上述答复有异议，请联系{部门}，电话：{电话}。';

function threeParts(thanks: string, explanation: string): string {
  return [thanks, explanation, CLOSING].join('\n');
}

export const DEFAULT_TEMPLATES: Template[] = [
  {
    id: 'tpl-road_works',
    name: '道路工程：进度与施工',
    topicId: 'road_works',
    body: threeParts(
      '{网民}您好！感谢您对我县道路建设的关注和监督。',
      '您反映的{自定义:路段}施工慢的问题，我们已经去现场看过了。主要原因是{自定义:原因}。' +
        '目前{自定义:施工进度}，预计{自定义:完工时间}完工。施工期间给大家出行添了麻烦，我们很抱歉，也请过往车辆和行人注意绕行。',
    ),
  },
  {
    id: 'tpl-municipal_maintenance',
    name: '市政维护：设施报修',
    topicId: 'municipal_maintenance',
    body: threeParts(
      '{网民}您好！感谢您对城市市政设施的关注，也谢谢您及时告诉我们。',
      '您{发帖日期}反映的{自定义:地点}{自定义:问题}，工作人员已经到现场查看：{自定义:现场情况}。' +
        '我们将{自定义:维修措施}，预计{自定义:完成时间}修好。修好之前，请大家经过时注意安全。',
    ),
  },
  {
    id: 'tpl-illegal_construction',
    name: '违章建筑、违规装修',
    topicId: 'illegal_construction',
    body: threeParts(
      '{网民}您好！感谢您对城市管理工作的监督。',
      '您反映的{自定义:地点}违章搭建（违规装修）问题，我们已经到现场核实：{自定义:核实情况}。' +
        '接下来我们会{自定义:处理措施}，处理结果会在这个帖子里告诉大家。',
    ),
  },
  {
    id: 'tpl-demolition_compensation',
    name: '拆迁安置补偿',
    topicId: 'demolition_compensation',
    body: threeParts(
      '{网民}您好！感谢您对我县拆迁安置工作的关注。',
      '关于您说的{自定义:项目名称}补偿问题，{自定义:补偿标准说明}。您家的情况我们查了一下：{自定义:核实情况}。' +
        '如果您家房屋因为附近拆迁受到影响，可以带上照片来登记，我们会安排人员上门查看。',
    ),
  },
  {
    id: 'tpl-commercial_housing',
    name: '商品房：销售、质量、交付',
    topicId: 'commercial_housing',
    body: threeParts(
      '{网民}您好！感谢您对我县商品房市场的关注和监督。',
      '您反映的{自定义:楼盘名称}{自定义:问题}，我们已经找开发企业了解情况：{自定义:了解到的情况}。' +
        '我们会督促开发企业{自定义:整改要求}，并盯着落实，有进展会在这里回复大家。',
    ),
  },
  {
    id: 'tpl-general',
    name: '通用回复',
    topicId: null,
    body: threeParts(
      '{网民}您好！感谢您的关注和监督。',
      '您反映的情况我们已经了解：{自定义:情况说明}。我们将{自定义:处理措施}，有结果会第一时间在这里回复。',
    ),
  },
];

/**
 * Stiff phrases the reply check flags. Editable in settings. `…` inside a phrase
 * stands for a few characters within the same clause, e.g. `根据…规定`
 * also catches 根据国家有关规定.
 */
export const DEFAULT_OFFICIALESE: string[] = [
  '根据有关文件精神',
  '根据…精神',
  '根据有关规定',
  '根据…规定',
  '按照相关要求',
  '按照…要求',
  '高度重视',
  '进一步加强',
  '研究决定',
  '经研究',
  '责成',
  '特此答复',
  '特此说明',
  '予以答复',
  '认真贯彻落实',
  '切实加强',
  '有关部门',
  '相关部门',
  '妥善处理',
  '依法依规',
  '统筹推进',
  '稳步推进',
  '积极协调',
  '加大力度',
];
