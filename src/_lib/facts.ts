import type { Fact, IsoDate, KnownFact, Timeline } from '../rules/types';
import { own } from './own';

/** Anything that may carry an effective date range. */
interface Dated {
  readonly effectiveFrom?: IsoDate;
  readonly effectiveUntil?: IsoDate;
}

/** Whether a dated item applies on `day` (YYYY-MM-DD; ISO dates compare as strings). */
export function isActive(item: Dated, day: string): boolean {
  // Own properties only: nothing added to Object.prototype may date a rule.
  const from = own<string>(item, 'effectiveFrom');
  const until = own<string>(item, 'effectiveUntil');
  return (from === undefined || from <= day) && (until === undefined || day < until);
}

const UNKNOWN_OUTSIDE_TIMELINE: Fact<never> = {
  value: 'unknown',
  note: 'No entry covers this date.',
};

/** The fact of a timeline that applies on `day`; an explicit unknown when none does. */
export function factAt<T>(timeline: Timeline<T>, day: string): Fact<T> {
  if (!isTimelineList(timeline)) return isActive(timeline, day) ? timeline : UNKNOWN_OUTSIDE_TIMELINE;
  for (const fact of timeline) if (isActive(fact, day)) return fact;
  return UNKNOWN_OUTSIDE_TIMELINE;
}

/** Whether a fact is established by its sources. */
export function isKnown<T>(fact: Fact<T>): fact is KnownFact<T> {
  return fact.value !== 'unknown';
}

/** Items of a list that apply on `day`. */
export function activeItems<T extends Dated>(items: readonly T[], day: string): T[] {
  return items.filter((item) => isActive(item, day));
}

function isTimelineList<T>(timeline: Timeline<T>): timeline is readonly [Fact<T>, ...Fact<T>[]] {
  return Array.isArray(timeline);
}
