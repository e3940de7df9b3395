// Why a fetched forum page cannot be read as a thread: Discuz answers most refusals with its
// showmessage page (HTTP 200 and a `#messagetext` box), some hosts with an HTTP error or a
// firewall's challenge page.
import { LOGIN_PAGE_FORM, SHOWMESSAGE_TEXT } from '../sites/discuz/selectors';
import { collapseWhitespace } from '../collapse-whitespace';

/** `login`: the board needs a signed-in member (or more rights); `gone`: deleted, not found or under review; `blocked`: refused or slowed down (anti-bot, too many requests); `unrecognised`: no posts where posts were expected. */
export type PageProblem = 'login' | 'gone' | 'blocked' | 'unrecognised';

export interface ProblemReading {
  problem: PageProblem;
  /** What the page said, for the dashboard. */
  detail: string;
}

const LOGIN_WORDS = /登录|登陆|没有权限|无权|权限高于|阅读权限/;
const GONE_WORDS = /不存在|已被删除|已删除|正在被审核|已被屏蔽/;
const BLOCKED_WORDS = /频繁|稍后再试|验证|防护|来路不正确/;

/** The page's words, short enough to show as a site's state. */
function detailOf(text: string | null | undefined): string {
  return collapseWhitespace(text ?? '').slice(0, 200);
}

function fromMessage(text: string): ProblemReading | null {
  if (GONE_WORDS.test(text)) return { problem: 'gone', detail: text };
  if (LOGIN_WORDS.test(text)) return { problem: 'login', detail: text };
  if (BLOCKED_WORDS.test(text)) return { problem: 'blocked', detail: text };
  return null;
}

/** The problem a page shows by its HTTP status and markup, or null when nothing stands in the way. */
export function pageProblem(doc: Document, status: number): ProblemReading | null {
  const message = doc.querySelector(SHOWMESSAGE_TEXT);
  if (message) return fromMessage(detailOf(message.textContent)) ?? { problem: 'blocked', detail: detailOf(message.textContent) };
  if (doc.querySelector(LOGIN_PAGE_FORM)) return { problem: 'login', detail: detailOf(doc.title) };
  if (status === 404 || status === 410) return { problem: 'gone', detail: `HTTP ${status}` };
  if (status === 401) return { problem: 'login', detail: `HTTP ${status}` };
  if (status >= 400) return { problem: 'blocked', detail: `HTTP ${status}` };
  return null;
}
