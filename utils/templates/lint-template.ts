// Checks a template as the replies made from it will read: built-in variables
// are replaced by typical values and custom fields by their names, so only a
// misspelt placeholder, a missing part or stiff wording is reported.
import { lintReply, type LintOptions, type LintWarning } from './lint';
import { fillTemplate, listVariables, type TemplateContext } from './variables';

const SAMPLE: Required<TemplateContext> = {
  网民: '网友',
  标题: '帖子标题',
  链接: 'http://bbs.example.cn/thread-1-1-1.html',
  日期: '11月24日',
  发帖日期: '11月23日',
  部门: '市政所',
  电话: '0580-4470000',
  经办人: '经办人',
};

export function lintTemplate(body: string, opts: LintOptions): LintWarning[] {
  const custom = Object.fromEntries(listVariables(body).filter((v) => v.kind === 'custom').map((v) => [v.name, v.name]));
  return lintReply(fillTemplate(body, SAMPLE, custom).text, opts);
}
