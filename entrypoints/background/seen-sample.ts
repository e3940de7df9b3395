import type { SeenPost } from '@/utils/messages';
import type { StaffMember } from '@/utils/settings/types';
import { suggestDb } from '@/utils/suggest/sample-db';
import { addToSeenSample } from '@/utils/suggest/seen-sample';
import { reportError } from './report-error';

/** Keeps a page's posts for keyword suggestions; a failure here never holds up what the page asked for. */
export async function sampleSeenPosts(posts: SeenPost[], staff: StaffMember[]): Promise<void> {
  await addToSeenSample(suggestDb(), posts, staff).catch(reportError);
}
