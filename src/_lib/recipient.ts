import { AREA_STATES, PREFIX_ZONES, REGION_ZONES, ZONE_NAMES } from './zones';
import type { CountryCode } from '../rules/types';

/** Parsed on first use. */
let names: readonly string[] | undefined;
let regions: Map<string, readonly string[]> | undefined;
let prefixes: Map<string, Map<string, readonly string[]>> | undefined;

function zoneList(indexes: string): readonly string[] {
  names ??= ZONE_NAMES.split('|');
  return Object.freeze(indexes.split(' ').map((i) => names![parseInt(i, 36)]!));
}

/** Every IANA zone a region's numbers can be in (empty when the data has none). */
export function regionZones(country: CountryCode): readonly string[] {
  if (regions === undefined) {
    regions = new Map();
    for (const entry of REGION_ZONES.split(';')) regions.set(entry.slice(0, 2), zoneList(entry.slice(2)));
  }
  return regions.get(country) ?? [];
}

/** The zones a number (E.164) can be in: its longest listed prefix, or its whole region. */
export function numberZones(country: CountryCode, e164: string): readonly string[] {
  if (prefixes === undefined) {
    prefixes = new Map();
    for (const entry of PREFIX_ZONES.split(';')) {
      const map = new Map<string, readonly string[]>();
      for (const pair of entry.slice(2).split(',')) {
        const [prefix, zones] = pair.split(':') as [string, string];
        map.set(prefix, zoneList(zones));
      }
      prefixes.set(entry.slice(0, 2), map);
    }
  }
  const map = prefixes.get(country);
  if (map !== undefined) {
    const digits = e164.slice(1);
    for (let length = digits.length; length > 0; length--) {
      const zones = map.get(digits.slice(0, length));
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
