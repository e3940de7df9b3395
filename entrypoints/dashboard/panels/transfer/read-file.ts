import { sizeProblem, type Parsed } from '@/utils/transfer/json-input';

/** The file's text, or why it is refused: a file over the limit is never read into memory. */
export async function readFileWithin(file: File, maxChars: number): Promise<Parsed<string>> {
  const problem = sizeProblem(file.size, maxChars);
  return problem ? { ok: false, errors: [problem] } : { ok: true, data: await file.text() };
}
