import { useEffect, useState } from 'preact/hooks';
import { ledgerDb } from '@/utils/ledger/db';
import { suggestDb } from '@/utils/suggest/sample-db';
import { suggestionInputs, type SuggestionInputs } from '@/utils/suggest/inputs';
import { errorText } from '@/utils/error-text';

/** The captured and the seen posts' words, read once the panel opens and again on `reload`. */
export function useSuggestionInputs(): { inputs: SuggestionInputs | null; error: string | null; reload(): void } {
  const [inputs, setInputs] = useState<SuggestionInputs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setInputs(null);
    suggestionInputs(ledgerDb(), suggestDb())
      .then((read) => current && setInputs(read))
      .catch((err: unknown) => current && setError(errorText(err)));
    return () => {
      current = false;
    };
  }, [round]);
  return { inputs, error, reload: () => setRound((r) => r + 1) };
}
