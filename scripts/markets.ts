/**
 * The 60 largest SMS markets, used by `npm run rules:coverage` to report how
 * complete the sender rows are where most messages go. Ranked by mobile-cellular
 * subscriptions in 2020 (ITU indicator IT.CEL.SETS), the closest public measure
 * of a country's SMS audience. Taiwan is not in the ITU/World Bank series and so
 * is not ranked.
 */
export const LARGEST_MARKETS_SOURCE =
  'ITU mobile-cellular subscriptions 2020: ranks 1-37 from IndexMundi (https://www.indexmundi.com/facts/indicators/IT.CEL.SETS/rankings), ' +
  'African countries from its Africa ranking, the rest from the Gapminder-style cell_phones_total.csv in GitHub mtoguiyeni/connectivity; merged by value, reviewed 2026-11-23';

/** ISO codes, largest first. */
export const LARGEST_MARKETS: readonly string[] = [
  'CN', 'IN', 'ID', 'US', 'RU', 'BR', 'NG', 'JP', 'BD', 'PK',
  'PH', 'VN', 'IR', 'MX', 'TH', 'DE', 'ZA', 'EG', 'TR', 'GB',
  'MM', 'IT', 'FR', 'KR', 'CO', 'KE', 'ES', 'AR', 'UA', 'TZ',
  'MA', 'PL', 'DZ', 'ET', 'PE', 'MY', 'SA', 'CD', 'GH', 'CI',
  'NP', 'IQ', 'SD', 'UZ', 'CA', 'LK', 'UG', 'AU', 'ML', 'CL',
  'KZ', 'AF', 'RO', 'CM', 'BF', 'HK', 'NL', 'KH', 'GT', 'ZM',
];
