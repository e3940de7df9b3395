import { t } from '../i18n';

/** How many problems a message lists; the rest are only counted. */
const SHOWN = 5;

/** Problems found in a holiday file: all counted, the first few kept for the message. */
export class FileProblems {
  private readonly shown: string[] = [];
  count = 0;

  add(message: string): void {
    this.count++;
    if (this.shown.length < SHOWN) this.shown.push(message);
  }

  summary(): string {
    const more = this.count > this.shown.length ? t('calFileMore', this.count - this.shown.length) : '';
    return t('calFileProblems', this.count, this.shown.join('；') + more);
  }
}
