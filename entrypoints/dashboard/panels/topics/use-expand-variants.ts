// opencc-js with its dictionaries is about 500 KB of code: the topics panel loads it when
// the preview mounts, so the rest of the dashboard opens without it.
import { useEffect, useState } from 'preact/hooks';

type ExpandVariants = (word: string) => string[];

/** `expandVariants` once it is loaded and its dictionaries are built; null until then. */
export function useExpandVariants(): ExpandVariants | null {
  const [loaded, setLoaded] = useState<{ expand: ExpandVariants } | null>(null);
  useEffect(() => {
    let unmounted = false;
    void import('@/utils/matching/variants').then(({ expandVariants }) => {
      if (unmounted) return;
      // Builds the dictionaries now (about half a second), while the loading note is shown.
      expandVariants('');
      setLoaded({ expand: expandVariants });
    });
    return () => {
      unmounted = true;
    };
  }, []);
  return loaded?.expand ?? null;
}
