import type { Level } from '../rules/types';

/** Levels strongest first. */
export const LEVELS: readonly Level[] = ['required', 'recommended', 'best-practice'];

/** Levels strongest first, for sorting and comparing: `required` 0, `recommended` 1, `best-practice` 2. */
export const LEVEL_ORDER: Readonly<Record<Level, number>> = { required: 0, recommended: 1, 'best-practice': 2 };
