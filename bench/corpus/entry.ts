// Node side of the corpus benchmark: the real rule compiler and matcher on the corpus.
export { compileRules, createMatcher } from '@/utils/matching/compile';
export { expandVariants } from '@/utils/matching/variants';
export { AREA_TOPIC_IDS, DEFAULT_TOPICS } from '@/utils/settings/default-topics';
export { formatMeasurement, measureThreads, measureTitles } from '../../tests/corpus/measure';
export { loadCorpus } from '../../tests/corpus/load';
