import { AREA_STATES, PREFIX_ZONES, REGION_ZONES, ZONE_NAMES } from './zones';
import type { CountryCode } from '../rules/types';

/** Parsed on first use. */
let names: readonly string[] | undefined;
let regions: Map<string, readonly string[]> | undefined;
/** Per region: its prefixes' zones, and the length of its longest prefix. */
let prefixes: Map<string, { readonly zones: Map<string, readonly string[]>; readonly longest: number }> | undefined;

function zoneList(indexes: string): readonly string[] {
  names ??= ZONE_NAMES.split('|');
  return Object.freeze(indexes.split(' ').map((i) => names![parseInt(i, 36)]!));
}

const NO_ZONES: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** Every IANA zone a region's numbers can be in (empty when the data has none); the same list for every call. */
export function regionZones(country: CountryCode): readonly string[] {
  if (regions === undefined) {
    regions = new Map();
    for (const entry of REGION_ZONES.split(';')) regions.set(entry.slice(0, 2), zoneList(entry.slice(2)));
  }
  return regions.get(country) ?? NO_ZONES;
}

/** The zones a number (E.164) can be in: its longest listed prefix, or its whole region. */
export function numberZones(country: CountryCode, e164: string): readonly string[] {
  if (prefixes === undefined) {
    prefixes = new Map();
    for (const entry of PREFIX_ZONES.split(';')) {
      const zones = new Map<string, readonly string[]>();
      let longest = 0;
      for (const pair of entry.slice(2).split(',')) {
        const [prefix, list] = pair.split(':') as [string, string];
        zones.set(prefix, zoneList(list));
        longest = Math.max(longest, prefix.length);
      }
      prefixes.set(entry.slice(0, 2), { zones, longest });
    }
  }
  const table = prefixes.get(country);
  if (table !== undefined) {
    // Digits after the '+', longest prefix first.
    for (let length = Math.min(e164.length - 1, table.longest); length > 0; length--) {
      const zones = table.zones.get(e164.slice(1, 1 + length));
      if (zones !== undefined) return zones;
    }
  }
  return regionZones(country);
}

let areas: Map<string, readonly string[]> | undefined;

/** The US states (ISO 3166-2, e.g. `US-FL`) a US number's area code is in; undefined when the table has no entry. */
export function usStates(e164: string): readonly string[] | undefined {
  if (areas === undefined) {
    areas = new Map();
    for (const entry of AREA_STATES.split(',')) {
      const states: string[] = [];
      for (let i = 3; i < entry.length; i += 2) states.push(`US-${entry.slice(i, i + 2)}`);
      areas.set(entry.slice(0, 3), Object.freeze(states));
    }
  }
  return e164.startsWith('+1') ? areas.get(e164.slice(2, 5)) : undefined;
}
