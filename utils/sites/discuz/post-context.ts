import { ledgerTime } from '@/utils/time/shanghai';
import { postKey, type PostInfo } from '../types';
import type { TimeReading } from './times';
import { findPostUrl } from './url';
import { postOrder } from './post-order';

/** What every post on a page shares. */
export interface PostContext {
  doc: Document;
  site: string;
  /** Thread id from the page; null when the page does not say (then each post's links are used). */
  tid: string | null;
  /** The address links resolve against (`ownBase`). */
  base: string;
  /** When the page was served: relative times ("3 天前") count back from here. */
  now: Date;
}

export interface PostFields {
  pid: string;
  tid: string;
  floor: number | null;
  author: string;
  authorUid: string | null;
  postedAt: TimeReading | null;
  bodyEl: HTMLElement;
  containerEl: HTMLElement;
}

export function toPostInfo(ctx: PostContext, f: PostFields): PostInfo {
  return {
    key: postKey(ctx.site, f.tid, f.pid),
    site: ctx.site,
    tid: f.tid,
    pid: f.pid,
    floor: f.floor,
    order: postOrder(f.pid),
    author: f.author,
    authorUid: f.authorUid,
    postedAt: f.postedAt ? ledgerTime(f.postedAt.at) : null,
    bodyEl: f.bodyEl,
    containerEl: f.containerEl,
    permalink: findPostUrl(ctx.base, f.tid, f.pid),
  };
}
