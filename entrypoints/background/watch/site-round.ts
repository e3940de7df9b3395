// One site's part of a round: its requests spaced out and counted, its failures remembered.
import { errorText } from '@/utils/error-text';
import { countRequest, siteAnswered, siteFailed, waitBeforeRequest, type SiteWatch } from '@/utils/watch/politeness';
import type { ProblemReading } from '@/utils/watch/page-problem';
import type { FetchedPage } from '@/utils/watch/read-page';
import type { RoundCost } from '@/utils/watch/state';
import { fetchPage } from './fetch-page';

/** Requests and bytes of a round so far. */
export type RoundReport = Omit<RoundCost, 'ms'>;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export class SiteRound {
  constructor(
    public state: SiteWatch,
    private readonly manual: boolean,
    private readonly report: RoundReport,
  ) {}

  /** The page, when the site's politeness allows a request now; null when the site is done for this round. */
  async fetch(url: string): Promise<FetchedPage | null> {
    const wait = waitBeforeRequest(this.state, Date.now(), this.manual);
    if (wait === null) return null;
    if (wait > 0) await sleep(wait);
    this.state = countRequest(this.state, Date.now());
    try {
      const page = await fetchPage(url);
      this.report.requests++;
      this.report.bytes += page.bytes;
      return page;
    } catch (err) {
      this.state = siteFailed(this.state, Date.now(), 'error', errorText(err));
      return null;
    }
  }

  answered(): void {
    this.state = siteAnswered(this.state, Date.now());
  }

  failed(reading: ProblemReading): void {
    this.state = siteFailed(this.state, Date.now(), reading.problem === 'login' ? 'login' : 'error', reading.detail);
  }
}
