/**
 * A compact way to write a country row. A region file lists only the facts its
 * sources establish; every fact it leaves out becomes an explicit `unknown`
 * (with the note below) in the full {@link CountryRules} row, so the row the
 * engine and the docs see is always complete.
 *
 * @module
 */
import type {
  ConsentRules,
  CountryCode,
  CountryRules,
  Fact,
  HelpRules,
  IsoDate,
  Obligation,
  OptOutRules,
  PublicHoliday,
  QuietHoursRule,
  ContentRule,
  RegistrationProgramme,
  RuleSource,
  SenderKind,
  SenderRules,
  TrafficRules,
  UnknownFact,
} from './types';

/** Every fact a region file leaves out. */
const UNKNOWN: UnknownFact = { value: 'unknown', note: 'The sources consulted do not establish this.' };

/** The facts a region file gives; anything left out is unknown. */
export interface RegionBrief {
  readonly country: CountryCode;
  readonly name: string;
  readonly reviewed: IsoDate;
  readonly timeZones: readonly string[];
  readonly languages: readonly string[];
  readonly traffic?: Partial<TrafficRules>;
  readonly senders: { readonly [K in SenderKind]?: Partial<SenderRules> };
  readonly consent?: Partial<ConsentRules>;
  readonly optOut?: Partial<OptOutRules>;
  readonly help?: Partial<HelpRules>;
  readonly quietHours?: Fact<readonly QuietHoursRule[]>;
  readonly holidays?: Fact<readonly PublicHoliday[]>;
  readonly registrations?: readonly RegistrationProgramme[];
  readonly content?: Fact<readonly ContentRule[]>;
  readonly dataProtection?: Fact<readonly string[]>;
  readonly obligations?: readonly Obligation[];
  readonly consulted?: readonly RuleSource[];
}

function sender(given: Partial<SenderRules> = {}): SenderRules {
  return {
    supported: given.supported ?? UNKNOWN,
    ...(given.restriction === undefined ? {} : { restriction: given.restriction }),
    ...(given.offers === undefined ? {} : { offers: given.offers }),
    registration: given.registration ?? UNKNOWN,
    ...(given.programme === undefined ? {} : { programme: given.programme }),
    twoWay: given.twoWay ?? UNKNOWN,
    throughput: given.throughput ?? UNKNOWN,
    leadTime: given.leadTime ?? UNKNOWN,
    senderIdPreserved: given.senderIdPreserved ?? UNKNOWN,
    restrictedUseCases: given.restrictedUseCases ?? UNKNOWN,
  };
}

/** Builds a complete, researched country row from a region brief. */
export function region(b: RegionBrief): CountryRules {
  const s = b.senders;
  const o = b.optOut ?? {};
  return {
    country: b.country,
    name: b.name,
    status: 'researched',
    reviewed: b.reviewed,
    timeZones: b.timeZones,
    languages: b.languages,
    traffic: { regime: b.traffic?.regime ?? UNKNOWN, a2pOnP2pRoutesFiltered: b.traffic?.a2pOnP2pRoutesFiltered ?? UNKNOWN },
    senders: {
      'short-code': sender(s['short-code']),
      'toll-free': sender(s['toll-free']),
      'local-long-code': sender(s['local-long-code']),
      'international-long-code': sender(s['international-long-code']),
      'alphanumeric-dynamic': sender(s['alphanumeric-dynamic']),
      'alphanumeric-preregistered': sender(s['alphanumeric-preregistered']),
    },
    consent: {
      marketing: b.consent?.marketing ?? UNKNOWN,
      transactional: b.consent?.transactional ?? UNKNOWN,
      laws: b.consent?.laws ?? UNKNOWN,
    },
    optOut: {
      keywords: o.keywords ?? UNKNOWN,
      optInKeywords: o.optInKeywords ?? UNKNOWN,
      revocation: o.revocation ?? UNKNOWN,
      marketingInstructions: o.marketingInstructions ?? UNKNOWN,
      transactionalInstructions: o.transactionalInstructions ?? UNKNOWN,
      wording: o.wording ?? UNKNOWN,
      deadline: o.deadline ?? UNKNOWN,
    },
    help: { keywords: b.help?.keywords ?? UNKNOWN, required: b.help?.required ?? UNKNOWN },
    quietHours: b.quietHours ?? UNKNOWN,
    holidays: b.holidays ?? UNKNOWN,
    registrations: b.registrations ?? [],
    content: b.content ?? UNKNOWN,
    dataProtection: b.dataProtection ?? UNKNOWN,
    obligations: b.obligations ?? [],
    ...(b.consulted === undefined ? {} : { consulted: b.consulted }),
  };
}
