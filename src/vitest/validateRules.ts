/**
 * Runtime validation of a country rules row against the schema in
 * src/rules/types.ts. Returns a list of problems (empty when valid). Used by
 * the table test; not part of the published bundle.
 */
import type { CountryRules } from '../rules/types';

const SENDER_KINDS = ['short-code', 'toll-free', 'local-long-code', 'international-long-code', 'alphanumeric-dynamic', 'alphanumeric-preregistered'] as const;
const SENDER_FIELDS = ['supported', 'registration', 'twoWay', 'throughput', 'leadTime', 'senderIdPreserved', 'restrictedUseCases'] as const;
const USE_CASES = ['otp', 'transactional', 'notification', 'reminder', 'alert', 'customer-care', 'conversational', 'chatbot', 'marketing', 'polling', 'charity', 'political', 'emergency', 'mixed'];
const SENDER_TYPES = ['short-code', 'toll-free', 'local-long-code', 'international-long-code', 'alphanumeric'];
const CATEGORIES = ['consent', 'opt-out', 'help', 'identification', 'quiet-hours', 'registration', 'content', 'data-protection', 'record-keeping'];
const LEVELS = ['required', 'recommended', 'best-practice'];
const REQUIREMENTS = [...LEVELS, 'not-required'];
const CONSENT = ['express-written', 'express', 'implied-or-express', 'opt-out', 'none'];
const TOPICS = ['sex', 'hate', 'alcohol', 'firearms', 'tobacco', 'cannabis', 'drugs', 'gambling', 'high-risk-financial', 'lead-generation', 'political', 'religious', 'url-shorteners', 'language', 'other'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SOURCE_KINDS = ['law', 'regulator', 'carrier', 'provider', 'secondary'];
const PROVIDERS = ['twilio', 'vonage', 'sinch', 'infobip', 'bird', 'telnyx', 'plivo', 'aws'];
const CHECKS = ['starts-with', 'contains', 'signature', 'sender-name', 'contact', 'opt-out', 'registered-template'];

/**
 * Pages that list what one provider sells per country (a product table), not
 * what the country's operators accept: a `false` resting only on them is a
 * provider-offer statement.
 */
export const PRODUCT_TABLES: readonly RegExp[] = [/^https:\/\/docs\.aws\.amazon\.com\/end-user-messaging\/latest\/userguide\/nx-supported-countries-/];

/** Whether a source is a provider's product table. */
export const isProductTable = (url: string | undefined): boolean => url !== undefined && PRODUCT_TABLES.some((re) => re.test(url));

type SourceLike = { readonly title?: unknown; readonly url?: unknown; readonly kind?: unknown };
const sourceKey = (x: SourceLike): string => `${String(x.title)}|${String(x.url)}`;

/**
 * Whether a fact's sources are all secondary, product tables or sources that
 * the sender's `offers` cite for `offered: false`: then it says nothing about
 * the operators (research policy, section 1).
 */
export function restsOnOffers(sources: readonly SourceLike[], offers: readonly { readonly offered?: unknown; readonly sources?: readonly SourceLike[] }[] | undefined): boolean {
  const offered = new Set((offers ?? []).filter((o) => o.offered === false).flatMap((o) => (o.sources ?? []).map(sourceKey)));
  return sources.every((x) => x.kind === 'secondary' || isProductTable(typeof x.url === 'string' ? x.url : undefined) || offered.has(sourceKey(x)));
}

type Check = (value: unknown, path: string) => void;

/** Validates one row; `today` (YYYY-MM-DD) bounds review dates. */
export function validateRules(row: CountryRules, today: string): string[] {
  const problems: string[] = [];
  const fail = (path: string, message: string): void => {
    problems.push(`${row.country ?? '?'} ${path}: ${message}`);
  };
  const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

  const source = (s: unknown, path: string): void => {
    if (typeof s !== 'object' || s === null) return fail(path, 'source is not an object');
    const { title, url, reviewed, kind, published, updated } = s as Record<string, unknown>;
    if (typeof title !== 'string' || title.trim().length < 5) fail(path, 'source needs a title');
    if (!SOURCE_KINDS.includes(kind as string)) fail(path, `source kind must be one of ${SOURCE_KINDS.join(', ')}: ${String(kind)}`);
    for (const [key, d] of [['published', published], ['updated', updated]] as const) {
      if (d === undefined) continue;
      if (!isDate(d)) fail(path, `source ${key} date invalid: ${String(d)}`);
      else if (d > today) fail(path, `source ${key} in the future: ${d}`);
    }
    if (typeof published === 'string' && typeof updated === 'string' && updated < published) fail(path, 'source updated before it was published');
    if (url !== undefined && (typeof url !== 'string' || !/^https:\/\/[^\s]+$/.test(url))) fail(path, `source url must be https: ${String(url)}`);
    if (!isDate(reviewed)) fail(path, `source reviewed date invalid: ${String(reviewed)}`);
    else if (reviewed > today) fail(path, `source reviewed in the future: ${reviewed}`);
  };
  const sources = (list: unknown, path: string, required: boolean): void => {
    if (list === undefined && !required) return;
    if (!Array.isArray(list)) return fail(path, 'sources must be an array');
    if (required && list.length === 0) fail(path, 'a known fact needs at least one source');
    list.forEach((s, i) => source(s, `${path}[${i}]`));
  };
  const dated = (item: Record<string, unknown>, path: string): void => {
    for (const key of ['effectiveFrom', 'effectiveUntil']) {
      if (item[key] !== undefined && !isDate(item[key])) fail(path, `${key} is not a date`);
    }
    if (typeof item.effectiveFrom === 'string' && typeof item.effectiveUntil === 'string' && item.effectiveFrom >= item.effectiveUntil) fail(path, 'effectiveFrom must be before effectiveUntil');
  };
  const programmeIds = new Set((row.registrations ?? []).map((r) => r.id));
  type Entry = Record<string, unknown> & { sources?: readonly Record<string, unknown>[] };
  const facts = (t: unknown): Entry[] => (Array.isArray(t) ? t : typeof t === 'object' && t !== null ? [t] : []) as Entry[];
  const overlaps = (a: Entry, b: Entry): boolean => String(a.effectiveFrom ?? '') < String(b.effectiveUntil ?? '9999') && String(b.effectiveFrom ?? '') < String(a.effectiveUntil ?? '9999');
  // Section 1 of docs/research-policy.md: a row never contradicts itself, and a
  // `false` needs evidence about the operators, not about one provider's offer.
  const consistency = (kind: string, sender: Record<string, unknown>): void => {
    const p = `senders.${kind}`;
    const all = facts(sender.supported);
    const no = all.filter((f) => f.value === false);
    for (const f of no) {
      const contradicts = (field: string, what: (e: Entry) => boolean): void => {
        if (facts(sender[field]).some((e) => what(e) && overlaps(f, e))) fail(p, `not supported, yet ${field} is given`);
      };
      contradicts('twoWay', (e) => e.value === true);
      contradicts('throughput', (e) => e.value !== 'unknown');
      contradicts('leadTime', (e) => e.value !== 'unknown');
      if (restsOnOffers(f.sources ?? [], sender.offers as Entry[] | undefined)) fail(`${p}.supported`, 'a false resting only on provider-offer statements or secondary sources');
    }
    if (all.length > 0 && no.length === all.length && sender.programme !== undefined) fail(p, 'not supported, yet a registration programme is given');
  };
  const fact = (check: Check) => (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || !('value' in value)) return fail(path, 'not a fact');
    const f = value as Record<string, unknown>;
    dated(f, path);
    if (f.note !== undefined && (typeof f.note !== 'string' || f.note.trim() === '')) fail(path, 'note must be a non-empty string');
    if (f.value === 'unknown') return sources(f.sources, `${path}.sources`, false);
    sources(f.sources, `${path}.sources`, true);
    check(f.value, `${path}.value`);
  };
  const timeline = (check: Check) => (value: unknown, path: string): void => {
    if (!Array.isArray(value)) return fact(check)(value, path);
    if (value.length === 0) return fail(path, 'empty timeline');
    let previousUntil: string | undefined;
    value.forEach((entry, i) => {
      fact(check)(entry, `${path}[${i}]`);
      const e = entry as Record<string, unknown>;
      if (i > 0 && typeof e.effectiveFrom !== 'string') fail(`${path}[${i}]`, 'later timeline entries need effectiveFrom');
      if (i < value.length - 1 && typeof e.effectiveUntil !== 'string') fail(`${path}[${i}]`, 'earlier timeline entries need effectiveUntil');
      if (previousUntil !== undefined && typeof e.effectiveFrom === 'string' && e.effectiveFrom < previousUntil) fail(`${path}[${i}]`, 'timeline entries overlap');
      previousUntil = typeof e.effectiveUntil === 'string' ? e.effectiveUntil : previousUntil;
    });
  };
  const oneOf = (allowed: readonly unknown[]): Check => (v, p) => {
    if (!allowed.includes(v)) fail(p, `unexpected value ${JSON.stringify(v)}`);
  };
  const bool: Check = (v, p) => {
    if (typeof v !== 'boolean') fail(p, 'expected a boolean');
  };
  const text: Check = (v, p) => {
    if (typeof v !== 'string' || v.trim().length < 3) fail(p, 'expected text');
  };
  const list = (item: Check): Check => (v, p) => {
    if (!Array.isArray(v)) return fail(p, 'expected a list');
    v.forEach((x, i) => item(x, `${p}[${i}]`));
  };
  const throughput: Check = (v, p) => {
    const t = v as Record<string, unknown>;
    if (typeof t?.messagesPerSecond !== 'number' || !(t.messagesPerSecond > 0)) fail(p, 'messagesPerSecond must be a positive number');
    if (t?.messagesPerDay !== undefined && !(Number.isInteger(t.messagesPerDay) && (t.messagesPerDay as number) > 0)) fail(p, 'messagesPerDay must be a positive whole number');
    text(t?.text, `${p}.text`);
  };
  const leadTime: Check = (v, p) => {
    const t = v as Record<string, unknown>;
    if (typeof t?.minDays !== 'number' || typeof t?.maxDays !== 'number' || t.minDays < 0 || t.minDays > t.maxDays) fail(p, 'lead time needs 0 <= minDays <= maxDays');
  };
  const clock = (v: unknown): boolean => typeof v === 'string' && /^([01]\d|2[0-4]):[0-5]\d$/.test(v) && v <= '24:00';
  const item = (extra: (i: Record<string, unknown>, p: string) => void): Check => (v, p) => {
    if (typeof v !== 'object' || v === null) return fail(p, 'expected an object');
    const i = v as Record<string, unknown>;
    if (typeof i.id !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(i.id)) fail(p, `bad id ${String(i.id)}`);
    sources(i.sources, `${p}.sources`, true);
    dated(i, p);
    extra(i, p);
  };
  const subdivisions = list((v, rp) => {
    if (typeof v !== 'string' || !v.startsWith(`${row.country}-`) || !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v)) fail(rp, `not an ISO 3166-2 code of ${row.country}: ${String(v)}`);
  });
  const quietRule = item((r, p) => {
    oneOf(LEVELS)(r.level, `${p}.level`);
    list(oneOf(USE_CASES))(r.useCases, `${p}.useCases`);
    if (!Array.isArray(r.useCases) || r.useCases.length === 0) fail(p, 'a quiet-hours rule must cover at least one use case');
    oneOf(['closed', 'not-covered', 'unknown'])(r.publicHolidays, `${p}.publicHolidays`);
    if (r.senderTypes !== undefined) list(oneOf(SENDER_TYPES))(r.senderTypes, `${p}.senderTypes`);
    if (r.regions !== undefined) subdivisions(r.regions, `${p}.regions`);
    if (r.timeBasis !== 'recipient-local' && !(typeof r.timeBasis === 'object' && r.timeBasis !== null && typeof (r.timeBasis as { zone?: unknown }).zone === 'string')) fail(p, 'bad timeBasis');
    text(r.text, `${p}.text`);
    list((w, wp) => {
      const win = w as Record<string, unknown>;
      list(oneOf(WEEKDAYS))(win.days, `${wp}.days`);
      if (!clock(win.start) || !clock(win.end) || !((win.start as string) < (win.end as string))) fail(wp, `bad window ${String(win.start)}-${String(win.end)}`);
    })(r.allowed, `${p}.allowed`);
  });
  const holiday: Check = (v, p) => {
    const h = (v ?? {}) as Record<string, unknown>;
    text(h.name, `${p}.name`);
    if (h.regional !== undefined) text(h.regional, `${p}.regional`);
    const hasFixed = h.month !== undefined || h.day !== undefined;
    const hasEaster = h.easterOffset !== undefined;
    if (hasFixed === hasEaster) return fail(p, 'a holiday needs either month and day, or easterOffset');
    const fixedOk = Number.isInteger(h.month) && Number.isInteger(h.day) && (h.month as number) >= 1 && (h.month as number) <= 12 && (h.day as number) >= 1 && (h.day as number) <= 31;
    const easterOk = Number.isInteger(h.easterOffset) && Math.abs(h.easterOffset as number) < 120;
    if (hasFixed ? !fixedOk : !easterOk) fail(p, 'bad holiday date');
  };
  const closesHolidays = (r: CountryRules): boolean =>
    r.quietHours?.value !== 'unknown' && (r.quietHours?.value ?? []).some((rule) => rule.publicHolidays === 'closed');
  const withPrefix = (prefix: string): ((v: Record<string, unknown>, p: string) => void) => (v, p) => {
    if (typeof v.id === 'string' && !v.id.startsWith(`${prefix}.`)) fail(p, `id must start with ${prefix}.`);
  };
  const programme = item((r, p) => {
    text(r.name, `${p}.name`);
    list(oneOf(SENDER_KINDS))(r.senderKinds, `${p}.senderKinds`);
    oneOf(['required', 'recommended'])(r.level, `${p}.level`);
    text(r.text, `${p}.text`);
    if (r.leadTime !== undefined) leadTime(r.leadTime, `${p}.leadTime`);
    const own = withPrefix(String(r.id));
    if (r.categories !== undefined) {
      list(item((c, cp) => {
        own(c, cp);
        text(c.name, `${cp}.name`);
        oneOf(['standard', 'special'])(c.kind, `${cp}.kind`);
        list(oneOf(USE_CASES))(c.useCases, `${cp}.useCases`);
        text(c.text, `${cp}.text`);
      }))(r.categories, `${p}.categories`);
    }
    if (r.tiers !== undefined) {
      list(item((t, tp) => {
        own(t, tp);
        text(t.name, `${tp}.name`);
        text(t.text, `${tp}.text`);
      }))(r.tiers, `${p}.tiers`);
    }
    if (r.limits !== undefined) {
      list(item((l, lp) => {
        own(l, lp);
        text(l.setBy, `${lp}.setBy`);
        text(l.tier, `${lp}.tier`);
        if (typeof l.messages !== 'number' || !(l.messages > 0)) fail(lp, 'messages must be a positive number');
        oneOf(['second', 'minute', 'day'])(l.per, `${lp}.per`);
        oneOf(['number', 'campaign', 'brand'])(l.scope, `${lp}.scope`);
      }))(r.limits, `${p}.limits`);
    }
    const nested = [...((r.categories as { id: string }[]) ?? []), ...((r.tiers as { id: string }[]) ?? []), ...((r.limits as { id: string }[]) ?? [])].map((x) => x.id);
    if (new Set(nested).size !== nested.length) fail(p, 'category, tier and limit ids must be unique');
  });
  const contentRule = item((r, p) => {
    oneOf(TOPICS)(r.topic, `${p}.topic`);
    oneOf(['prohibited', 'restricted'])(r.restriction, `${p}.restriction`);
    if (r.useCases !== undefined) list(oneOf(USE_CASES))(r.useCases, `${p}.useCases`);
    if (r.senderKinds !== undefined) list(oneOf(SENDER_KINDS))(r.senderKinds, `${p}.senderKinds`);
    text(r.text, `${p}.text`);
  });
  const messageCheck: Check = (v, p) => {
    const c = (v ?? {}) as Record<string, unknown>;
    oneOf(CHECKS)(c.kind, `${p}.kind`);
    const keys: Record<string, readonly string[]> = {
      'starts-with': ['text'],
      contains: ['text'],
      signature: ['open', 'close'],
      'registered-template': ['programme'],
    };
    for (const key of keys[c.kind as string] ?? []) if (typeof c[key] !== 'string' || (c[key] as string).length === 0) fail(`${p}.${key}`, 'expected text');
    if (c.kind === 'opt-out' && c.numberPrefix !== undefined && !(typeof c.numberPrefix === 'string' && /^\d+$/.test(c.numberPrefix))) fail(`${p}.numberPrefix`, 'expected digits');
    if (c.kind === 'registered-template' && !programmeIds.has(c.programme as string)) fail(`${p}.programme`, `no registration programme ${String(c.programme)}`);
  };
  const obligation = item((r, p) => {
    if (r.regions !== undefined) subdivisions(r.regions, `${p}.regions`);
    oneOf(CATEGORIES)(r.category, `${p}.category`);
    oneOf(LEVELS)(r.level, `${p}.level`);
    text(r.text, `${p}.text`);
    if (r.useCases !== undefined) list(oneOf(USE_CASES))(r.useCases, `${p}.useCases`);
    if (r.senderTypes !== undefined) list(oneOf(SENDER_TYPES))(r.senderTypes, `${p}.senderTypes`);
    if (r.check !== undefined) messageCheck(r.check, `${p}.check`);
    // sendWindow reports quiet-hours rules by id; an obligation must not look like one.
    if (typeof r.id === 'string' && r.id.startsWith('quiet-hours.')) fail(`${p}.id`, 'the quiet-hours. prefix is for quietHours rules; use another prefix for an obligation');
  });

  if (!/^[A-Z]{2}$/.test(row.country)) fail('country', 'must be two upper-case letters');
  if (typeof row.name !== 'string' || row.name.trim().length < 2) fail('name', 'expected a name');
  oneOf(['researched', 'not-researched'])(row.status, 'status');
  if (!isDate(row.reviewed) || row.reviewed > today) fail('reviewed', 'must be a past date');
  list(text)(row.timeZones, 'timeZones');
  for (const zone of row.timeZones ?? []) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      fail('timeZones', `unknown IANA zone ${zone}`);
    }
  }
  list((v, p) => {
    if (typeof v !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v)) fail(p, `not a BCP 47 tag: ${String(v)}`);
  })(row.languages, 'languages');
  timeline(oneOf(['platform-a2p', 'application-mediated-p2p']))(row.traffic?.regime, 'traffic.regime');
  timeline(bool)(row.traffic?.a2pOnP2pRoutesFiltered, 'traffic.a2pOnP2pRoutesFiltered');
  for (const kind of SENDER_KINDS) {
    const sender = row.senders?.[kind] as unknown as Record<string, unknown> | undefined;
    if (!sender) {
      fail(`senders.${kind}`, 'missing');
      continue;
    }
    for (const key of Object.keys(sender)) if (![...SENDER_FIELDS, 'programme', 'restriction', 'offers'].includes(key)) fail(`senders.${kind}.${key}`, 'unknown field');
    timeline(oneOf([true, false, 'restricted']))(sender.supported, `senders.${kind}.supported`);
    const restricted = facts(sender.supported).some((f) => f.value === 'restricted');
    if (restricted !== (sender.restriction !== undefined)) fail(`senders.${kind}.restriction`, restricted ? 'a restricted sender needs a restriction' : 'a restriction without a restricted support value');
    if (sender.restriction !== undefined) {
      const r = sender.restriction as Record<string, unknown>;
      if (r.networks !== undefined) list(text)(r.networks, `senders.${kind}.restriction.networks`);
      text(r.text, `senders.${kind}.restriction.text`);
      sources(r.sources, `senders.${kind}.restriction.sources`, true);
    }
    if (sender.offers !== undefined) {
      list((o, op) => {
        const offer = (o ?? {}) as Record<string, unknown>;
        oneOf(PROVIDERS)(offer.provider, `${op}.provider`);
        bool(offer.offered, `${op}.offered`);
        if (offer.twoWay !== undefined) bool(offer.twoWay, `${op}.twoWay`);
        sources(offer.sources, `${op}.sources`, true);
        if (Array.isArray(offer.sources) && offer.sources.length > 0 && offer.sources.every((x) => (x as SourceLike)?.kind === 'secondary')) fail(op, 'an offer must cite the provider\'s own page, not only secondary sources');
      })(sender.offers, `senders.${kind}.offers`);
      const providers = (sender.offers as { provider: string }[]).map((o) => o.provider);
      if (new Set(providers).size !== providers.length) fail(`senders.${kind}.offers`, 'one entry per provider');
    }
    consistency(kind, sender);
    timeline(oneOf(['none', 'required', 'recommended']))(sender.registration, `senders.${kind}.registration`);
    timeline(bool)(sender.twoWay, `senders.${kind}.twoWay`);
    timeline(throughput)(sender.throughput, `senders.${kind}.throughput`);
    timeline(leadTime)(sender.leadTime, `senders.${kind}.leadTime`);
    timeline(bool)(sender.senderIdPreserved, `senders.${kind}.senderIdPreserved`);
    timeline(list(oneOf(USE_CASES)))(sender.restrictedUseCases, `senders.${kind}.restrictedUseCases`);
    if (sender.programme !== undefined && !programmeIds.has(sender.programme as string)) fail(`senders.${kind}.programme`, `no registration programme ${String(sender.programme)}`);
  }
  // A programme the row calls required must not cover a sender whose registration the row says is not required.
  for (const p of row.registrations ?? []) {
    if (p.level !== 'required') continue;
    for (const kind of p.senderKinds ?? []) {
      const reg = facts((row.senders?.[kind] as unknown as Record<string, unknown> | undefined)?.registration);
      if (reg.some((f) => (f.value === 'none' || f.value === 'recommended') && overlaps(f, p as unknown as Entry))) fail(`registrations.${p.id}`, `required, yet senders.${kind}.registration says ${reg.map((f) => String(f.value)).join(' then ')}`);
    }
  }
  timeline(oneOf(CONSENT))(row.consent?.marketing, 'consent.marketing');
  timeline(oneOf(CONSENT))(row.consent?.transactional, 'consent.transactional');
  fact(list(text))(row.consent?.laws, 'consent.laws');
  const keyword = (v: unknown, p: string): void => {
    if (typeof v !== 'string' || v !== v.toUpperCase() || v.trim() === '' || v !== v.trim()) fail(p, `keyword must be upper case, without surrounding spaces: ${String(v)}`);
  };
  fact(list(keyword))(row.optOut?.keywords, 'optOut.keywords');
  fact(list(keyword))(row.optOut?.optInKeywords, 'optOut.optInKeywords');
  timeline((v: unknown, p: string) => {
    const r = v as Record<string, unknown>;
    if (typeof r !== 'object' || r === null) return fail(p, 'a revocation rule must be an object');
    if (r.means !== undefined && r.means !== 'keywords' && r.means !== 'reasonable-means') fail(`${p}.means`, `unknown means: ${String(r.means)}`);
    if (r.scope !== undefined && r.scope !== 'replied-to' && r.scope !== 'all') fail(`${p}.scope`, `unknown scope: ${String(r.scope)}`);
    if (r.means === undefined && r.scope === undefined && r.honourWithinBusinessDays === undefined) fail(p, 'a revocation rule says nothing: make the fact unknown');
    const days = r.honourWithinBusinessDays;
    if (days !== undefined && !(Number.isInteger(days) && (days as number) > 0)) fail(`${p}.honourWithinBusinessDays`, `must be a positive whole number: ${String(days)}`);
  })(row.optOut?.revocation, 'optOut.revocation');
  const optIn = row.optOut?.optInKeywords;
  const optOut = row.optOut?.keywords;
  if (optIn && optOut && optIn.value !== 'unknown' && optOut.value !== 'unknown') {
    const both = (optIn.value as readonly string[]).filter((k) => (optOut.value as readonly string[]).includes(k));
    if (both.length > 0) fail('optOut.optInKeywords', `a keyword cannot both opt out and opt in: ${both.join(', ')}`);
  }
  timeline(oneOf(REQUIREMENTS))(row.optOut?.marketingInstructions, 'optOut.marketingInstructions');
  timeline(oneOf(REQUIREMENTS))(row.optOut?.transactionalInstructions, 'optOut.transactionalInstructions');
  fact(text)(row.optOut?.wording, 'optOut.wording');
  fact(text)(row.optOut?.deadline, 'optOut.deadline');
  fact(list(keyword))(row.help?.keywords, 'help.keywords');
  timeline(oneOf(REQUIREMENTS))(row.help?.required, 'help.required');
  fact(list(quietRule))(row.quietHours, 'quietHours');
  fact(list(holiday))(row.holidays, 'holidays');
  if (closesHolidays(row) && row.holidays?.value !== 'unknown' && (row.holidays?.value ?? []).length === 0) fail('holidays', 'a quiet-hours rule closes public holidays, but the calendar is empty');
  list(programme)(row.registrations, 'registrations');
  fact(list(contentRule))(row.content, 'content');
  fact(list(text))(row.dataProtection, 'dataProtection');
  list(obligation)(row.obligations, 'obligations');

  // Ids that become checklist items must be unique within the row, unless
  // the entries sharing an id apply on different dates.
  type Dated = { id: string; effectiveFrom?: string; effectiveUntil?: string };
  const items: Dated[] = [
    ...(row.quietHours?.value === 'unknown' ? [] : (row.quietHours?.value ?? [])),
    ...(row.registrations ?? []).map((r) => ({ ...r, id: `registration.${r.id}` })),
    ...(row.registrations ?? []).flatMap((r) => (r.categories ?? []).map((c) => ({ id: `registration.${c.id}` }))),
    ...(row.content?.value === 'unknown' ? [] : (row.content?.value ?? [])),
    ...(row.obligations ?? []),
  ];
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) {
      if (a.id !== b.id) continue;
      const overlap = (a.effectiveFrom ?? '') < (b.effectiveUntil ?? '9999') && (b.effectiveFrom ?? '') < (a.effectiveUntil ?? '9999');
      if (overlap) fail('ids', `duplicate id ${a.id} on overlapping dates`);
    }
  });
  return problems;
}
