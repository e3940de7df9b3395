import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '@/utils/error-text';

export type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

/**
 * Saves the latest value `delayMs` after the last change; `flush` saves at once (page hidden,
 * printing). Only the newest value is ever written.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<unknown>, delayMs = 600) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  async function flush() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState({ kind: 'saving' });
    try {
      await save(next.value);
      setState({ kind: 'saved' });
    } catch (err) {
      setState({ kind: 'error', message: errorText(err) });
    }
  }

  function change(value: T) {
    pending.current = { value };
    setState({ kind: 'saving' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }

  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    addEventListener('beforeprint', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      removeEventListener('beforeprint', onHide);
    };
  });

  return { state, change, flush };
}
