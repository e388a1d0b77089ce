/**
 * The schema of the country-rules table.
 *
 * Every fact carries its sources and the date it was reviewed. Where the
 * sources do not establish a fact, the value is the literal `'unknown'`.
 * Facts that change on known dates are written as a timeline: a list of
 * facts, each with the date it takes effect and, if known, the date it ends.
 *
 * @module
 */
import type { CountryCode } from 'libphonenumber-js/core';

export type { CountryCode };

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/** A local wall-clock time written `HH:MM` (24-hour clock). */
export type ClockTime = `${number}:${number}`;

/**
 * What kind of source a fact rests on, from the strongest to the weakest
 * (see docs/research-policy.md):
 * - `law`: a statute or regulation, or its official text;
 * - `regulator`: a telecom, consumer or data-protection authority's own page or decision;
 * - `carrier`: a mobile operator, or the operators' body (CTIA, GSMA, a national operators' association);
 * - `provider`: a messaging provider's own page about its service or the rules it applies;
 * - `secondary`: anything else: digests, aggregators, law-firm summaries, news, blogs,
 *   translations and archived copies.
 */
export type SourceKind = 'law' | 'regulator' | 'carrier' | 'provider' | 'secondary';

/** Where a fact comes from. */
export interface RuleSource {
  /** Title of the page, document or regulation. */
  readonly title: string;
  /** Where the source can be read (https). Omitted only for a named regulation with no canonical page. */
  readonly url?: string;
  /** What kind of source it is; decides which source wins when sources disagree. */
  readonly kind: SourceKind;
  /** The date the page or document shows as its publication date, when it shows one. */
  readonly published?: IsoDate;
  /** The date the page shows as its last update, when it shows one. */
  readonly updated?: IsoDate;
  /** The date the fact was last reviewed against this source. */
  readonly reviewed: IsoDate;
}

/** One or more sources: the type rejects a fact with none. */
export type Sources = readonly [RuleSource, ...RuleSource[]];

/** A fact the sources establish. */
export interface KnownFact<T> {
  /** The value the sources establish. */
  readonly value: T;
  /** Where the value comes from. */
  readonly sources: Sources;
  /** A short remark in our own words: caveats, disagreements between sources. */
  readonly note?: string;
  /** First day the value applies; omitted when it already applied before the table was reviewed. */
  readonly effectiveFrom?: IsoDate;
  /** First day the value no longer applies; omitted when no end is known. */
  readonly effectiveUntil?: IsoDate;
}

/** A fact the sources do not establish. */
export interface UnknownFact {
  /** The sources consulted do not establish this fact. */
  readonly value: 'unknown';
  /** What was looked at, or why the fact is open. */
  readonly note?: string;
  /** Sources consulted that were silent or inconclusive. */
  readonly sources?: readonly RuleSource[];
  /** First day this state applies. */
  readonly effectiveFrom?: IsoDate;
  /** First day this state no longer applies. */
  readonly effectiveUntil?: IsoDate;
}

/** A sourced value, or an explicit `unknown`. */
export type Fact<T> = KnownFact<T> | UnknownFact;

/** A fact, or a list of facts ordered by `effectiveFrom` for a value that changes on known dates. */
export type Timeline<T> = Fact<T> | readonly [Fact<T>, ...Fact<T>[]];

/** What a message is for. */
export type UseCase =
  | 'otp'
  | 'transactional'
  | 'notification'
  | 'reminder'
  | 'alert'
  | 'customer-care'
  | 'conversational'
  | 'chatbot'
  | 'marketing'
  | 'polling'
  | 'charity'
  | 'political'
  | 'emergency'
  | 'mixed';

/** The sender types a message can be sent from. */
export type SenderType =
  | 'short-code'
  | 'toll-free'
  | 'local-long-code'
  | 'international-long-code'
  | 'alphanumeric';

/**
 * The sender rows kept per country. Alphanumeric sender IDs are split in two:
 * dynamic (any ID, no registration) and pre-registered (the ID is registered
 * with carriers or a national register before use).
 */
export type SenderKind =
  | 'short-code'
  | 'toll-free'
  | 'local-long-code'
  | 'international-long-code'
  | 'alphanumeric-dynamic'
  | 'alphanumeric-preregistered';

/** How strongly something is demanded: by law or carrier rule, strongly recommended, or good practice. */
export type Level = 'required' | 'recommended' | 'best-practice';

/** Whether registration is needed before a sender type may be used. */
export type RegistrationNeed = 'none' | 'required' | 'recommended';

/** Typical throughput of a sender type. */
export interface Throughput {
  /** Typical messages per second, as the source states or converts it. */
  readonly messagesPerSecond: number;
  /**
   * A cap on messages per day that applies by default (before any vetting or
   * upgrade), when the sources give one. Higher tiers are in the programme's `limits`.
   */
  readonly messagesPerDay?: number;
  /** What the figure applies to and any tiers, in our own words. */
  readonly text: string;
}

/** Typical provisioning lead time, in calendar days. */
export interface LeadTime {
  /** Shortest typical lead time, in calendar days. */
  readonly minDays: number;
  /** Longest typical lead time, in calendar days. */
  readonly maxDays: number;
}

/**
 * Whether the country's operators accept a sender type for A2P traffic:
 * `true`, `false`, or `'restricted'`: accepted, but filtered, limited to some
 * networks, or discouraged for A2P (the sender's `restriction` says how).
 */
export type SenderSupport = boolean | 'restricted';

/** How an accepted sender type is limited, when its support is `'restricted'`. */
export interface SenderRestriction {
  /** The networks the limit concerns, when it concerns only some (operator names). */
  readonly networks?: readonly string[];
  /** What the limit is and what it risks, in our own words. */
  readonly text: string;
  /** Where the limit is described. */
  readonly sources: Sources;
}

/** The major messaging providers whose offers the table records. */
export type Provider = 'twilio' | 'vonage' | 'sinch' | 'infobip' | 'bird' | 'telnyx' | 'plivo' | 'aws';

/**
 * What one provider's own page says it sells in a country. A provider not
 * selling a sender type is a fact about that provider, not about the
 * country's operators.
 */
export interface ProviderOffer {
  /** The provider. */
  readonly provider: Provider;
  /** Whether the provider sells this sender type for SMS to the country. */
  readonly offered: boolean;
  /** Whether the provider's offer receives replies, when its page says. */
  readonly twoWay?: boolean;
  /** The provider's page. */
  readonly sources: Sources;
}

/** What is known about one sender type in one country. */
export interface SenderRules {
  /** Whether the country's operators accept this sender type for A2P traffic at all. */
  readonly supported: Timeline<SenderSupport>;
  /** How the sender type is limited, when `supported` is `'restricted'`. */
  readonly restriction?: SenderRestriction;
  /** Which of the major providers say they sell this sender type here (only those whose pages say). */
  readonly offers?: readonly ProviderOffer[];
  /** Whether the sender must be registered before use. */
  readonly registration: Timeline<RegistrationNeed>;
  /** Id of the registration programme (in `CountryRules.registrations`) that applies, if any. */
  readonly programme?: string;
  /** Whether recipients can reply to this sender. */
  readonly twoWay: Timeline<boolean>;
  /** Typical throughput. */
  readonly throughput: Timeline<Throughput>;
  /** Typical provisioning lead time. */
  readonly leadTime: Timeline<LeadTime>;
  /** Whether the sender ID reaches the handset unchanged (not overwritten by a carrier). */
  readonly senderIdPreserved: Timeline<boolean>;
  /** Use cases carriers do not accept on this sender type (empty list: none known). */
  readonly restrictedUseCases: Timeline<readonly UseCase[]>;
}

/**
 * How a country draws the line between A2P and P2P.
 * - `platform-a2p`: all traffic passing through a messaging platform is A2P,
 *   even a human agent typing replies (US and Canadian carrier rule).
 * - `application-mediated-p2p`: a conversation between humans remains P2P
 *   when an application relays it (agent support chat, masked numbers,
 *   driver and rider).
 */
export type TrafficRegime = 'platform-a2p' | 'application-mediated-p2p';

/** What the A2P/P2P split looks like in a country. */
export interface TrafficRules {
  /** The regime that decides whether application-mediated conversations are A2P or P2P. */
  readonly regime: Timeline<TrafficRegime>;
  /** Whether A2P traffic must not be sent over P2P (person-to-person) long-code routes. */
  readonly a2pOnP2pRoutesFiltered: Timeline<boolean>;
}

/**
 * The kind of consent the law or carrier rules require before sending.
 * - `express-written`: signed or electronic written agreement (e.g. TCPA prior express written consent).
 * - `express`: an explicit opt-in.
 * - `implied-or-express`: an existing relationship may imply consent, within limits.
 * - `opt-out`: no prior consent, but recipients must be able to opt out.
 * - `none`: no consent requirement established for this use.
 */
export type ConsentKind = 'express-written' | 'express' | 'implied-or-express' | 'opt-out' | 'none';

/** Consent rules for promotional and for non-promotional messages. */
export interface ConsentRules {
  /** Consent needed for marketing and promotional messages. */
  readonly marketing: Timeline<ConsentKind>;
  /** Consent needed for transactional, account, OTP and service messages. */
  readonly transactional: Timeline<ConsentKind>;
  /** The laws or codes that govern consent for SMS, named in full. */
  readonly laws: Fact<readonly string[]>;
}

/** Whether something is demanded at a given level, or not at all. */
export type Requirement = Level | 'not-required';

/** Opt-out conventions. */
export interface OptOutRules {
  /** Keywords that must be honoured as opt-outs, upper case, local languages included. */
  readonly keywords: Fact<readonly string[]>;
  /** Keywords that opt a recipient back in after an opt-out (resubscribe), upper case. */
  readonly optInKeywords: Fact<readonly string[]>;
  /** How a reply revokes consent under the law, and how fast it must be honoured. */
  readonly revocation: Timeline<RevocationRule>;
  /** Whether marketing messages must state how to opt out. */
  readonly marketingInstructions: Timeline<Requirement>;
  /** Whether non-marketing messages must state how to opt out. */
  readonly transactionalInstructions: Timeline<Requirement>;
  /** Required or customary opt-out wording, in our own words. */
  readonly wording: Fact<string>;
  /** How fast an opt-out must be honoured, in our own words. */
  readonly deadline: Fact<string>;
}

/**
 * What the law says about revoking consent by a reply. A field is absent when
 * the sources do not settle it.
 */
export interface RevocationRule {
  /**
   * What counts as a revocation: `keywords`, a reply that is one of the opt-out
   * keywords; `reasonable-means`, the keywords even inside a short reply, and any
   * other wording a reasonable person would read as a request to stop.
   */
  readonly means?: 'keywords' | 'reasonable-means';
  /**
   * What a revocation stops: `replied-to`, the kind of messages replied to;
   * `all`, every message from the sender that needs consent, on any topic.
   */
  readonly scope?: 'replied-to' | 'all';
  /** Business days within which a revocation must be honoured at the latest. */
  readonly honourWithinBusinessDays?: number;
}

/** HELP conventions. */
export interface HelpRules {
  /** Keywords that must get a help reply, upper case. */
  readonly keywords: Fact<readonly string[]>;
  /** Whether a HELP reply is demanded. */
  readonly required: Timeline<Requirement>;
}

/** A day of the week. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A window of local time in which sending is allowed, on the given days. */
export interface AllowedWindow {
  /** The days this window applies to. */
  readonly days: readonly Weekday[];
  /** Start of the window, local time, inclusive. */
  readonly start: ClockTime;
  /** End of the window, local time, exclusive. */
  readonly end: ClockTime;
}

/** One fixed time zone whose clock a rule follows, whatever the recipient's zone. */
export interface FixedZone {
  /** IANA time-zone name, e.g. `Africa/Nairobi`. */
  readonly zone: string;
}

/** A time-of-day restriction on sending. Outside its allowed windows, sending is not allowed. */
export interface QuietHoursRule {
  /** Stable id, e.g. `quiet-hours.fr.marketing`. */
  readonly id: string;
  /** How strongly the restriction is demanded. */
  readonly level: Level;
  /** The use cases the restriction covers. */
  readonly useCases: readonly UseCase[];
  /** Only for these sender types (all when absent). */
  readonly senderTypes?: readonly SenderType[];
  /**
   * Only for recipients in these subdivisions (ISO 3166-2, e.g. `US-FL`); the
   * whole country when absent. When the recipient's subdivision is not known,
   * every such rule applies (the safe side).
   */
  readonly regions?: readonly string[];
  /** When sending is allowed; a day that appears in no window is closed all day. */
  readonly allowed: readonly AllowedWindow[];
  /** Whether public holidays are closed all day. */
  readonly publicHolidays: 'closed' | 'not-covered' | 'unknown';
  /** Whose clock counts: the recipient's local time, or one fixed national zone (IANA name). */
  readonly timeBasis: 'recipient-local' | FixedZone;
  /** The rule in our own words. */
  readonly text: string;
  /** Where the rule comes from. */
  readonly sources: Sources;
  /** First day the rule applies. */
  readonly effectiveFrom?: IsoDate;
  /** First day the rule no longer applies. */
  readonly effectiveUntil?: IsoDate;
}

/**
 * A public holiday, by rule: a fixed date, or a number of days after Western
 * (Gregorian) Easter Sunday, so any year can be computed.
 */
export type PublicHoliday = FixedHoliday | EasterHoliday;

/** A public holiday on the same calendar date every year. */
export interface FixedHoliday {
  /** Name of the holiday. */
  readonly name: string;
  /** Month, 1 to 12. */
  readonly month: number;
  /** Day of the month, 1 to 31. */
  readonly day: number;
  /** The part of the country that observes it, when not the whole country. */
  readonly regional?: string;
}

/** A public holiday a fixed number of days after Western (Gregorian) Easter Sunday. */
export interface EasterHoliday {
  /** Name of the holiday. */
  readonly name: string;
  /** Days after Easter Sunday (negative: before). */
  readonly easterOffset: number;
  /** The part of the country that observes it, when not the whole country. */
  readonly regional?: string;
}

/**
 * A category a registration programme files traffic under, such as a US A2P
 * 10DLC campaign use case. `useCases` maps sendright's use cases onto it.
 */
export interface ProgrammeCategory {
  /** Stable id, e.g. `us.10dlc.2fa`. */
  readonly id: string;
  /** The programme's own name for it, e.g. `2FA`. */
  readonly name: string;
  /** `standard`, or `special`: it needs extra vetting, proof of eligibility or carrier approval. */
  readonly kind: 'standard' | 'special';
  /** The sendright use cases that belong under it; a use case may fit more than one category. */
  readonly useCases: readonly UseCase[];
  /** What it covers and what it takes, in our own words. */
  readonly text: string;
  /** Where the category is described. */
  readonly sources: Sources;
}

/** A kind of registrant a programme distinguishes, such as a 10DLC brand type. */
export interface ProgrammeTier {
  /** Stable id, e.g. `us.10dlc.brand.sole-proprietor`. */
  readonly id: string;
  /** Name of the tier. */
  readonly name: string;
  /** Who may use it and what it allows, in our own words. */
  readonly text: string;
  /** Where the tier is described. */
  readonly sources: Sources;
}

/** A throughput limit a carrier or programme sets for one tier of senders. */
export interface ProgrammeLimit {
  /** Stable id, e.g. `us.10dlc.att.class-a-b`. */
  readonly id: string;
  /** Who sets it: a carrier's name, or the programme. */
  readonly setBy: string;
  /** Which senders get it (brand type, vetting score band, use case), in our own words. */
  readonly tier: string;
  /** How many messages are allowed per `per`. */
  readonly messages: number;
  /** The period the limit counts over. */
  readonly per: 'second' | 'minute' | 'day';
  /** What the limit counts: one number, one campaign, or the whole brand. */
  readonly scope: 'number' | 'campaign' | 'brand';
  /** Where the limit comes from. */
  readonly sources: Sources;
}

/** A registration programme senders must (or should) go through. */
export interface RegistrationProgramme {
  /** Stable id, e.g. `us.10dlc`, `in.dlt`. */
  readonly id: string;
  /** Name of the programme. */
  readonly name: string;
  /** Sender kinds it covers. */
  readonly senderKinds: readonly SenderKind[];
  /** Whether it is demanded or recommended. */
  readonly level: Exclude<Level, 'best-practice'>;
  /** What must be registered and with whom, in our own words. */
  readonly text: string;
  /** Typical time to complete, when the sources give it. */
  readonly leadTime?: LeadTime;
  /** The categories traffic is registered under, with sendright's use cases mapped onto them. */
  readonly categories?: readonly ProgrammeCategory[];
  /** Kinds of registrant (e.g. brand types) and what each allows. */
  readonly tiers?: readonly ProgrammeTier[];
  /** Throughput limits per tier, as carriers or the programme set them. */
  readonly limits?: readonly ProgrammeLimit[];
  /** Where the programme is described. */
  readonly sources: Sources;
  /** First day the programme applies. */
  readonly effectiveFrom?: IsoDate;
  /** First day it no longer applies. */
  readonly effectiveUntil?: IsoDate;
}

/** Subjects content rules are about. */
export type ContentTopic =
  | 'sex'
  | 'hate'
  | 'alcohol'
  | 'firearms'
  | 'tobacco'
  | 'cannabis'
  | 'drugs'
  | 'gambling'
  | 'high-risk-financial'
  | 'lead-generation'
  | 'political'
  | 'religious'
  | 'url-shorteners'
  | 'language'
  | 'other';

/** A restriction on what messages may say. */
export interface ContentRule {
  /** Stable id, e.g. `content.us.cannabis`. */
  readonly id: string;
  /** What the rule is about. */
  readonly topic: ContentTopic;
  /** `prohibited`: not allowed at all; `restricted`: allowed only under conditions the text states. */
  readonly restriction: 'prohibited' | 'restricted';
  /** Use cases it applies to; omitted when it applies to all. */
  readonly useCases?: readonly UseCase[];
  /** Sender kinds it applies to; omitted when it applies to all. */
  readonly senderKinds?: readonly SenderKind[];
  /** The rule in our own words. */
  readonly text: string;
  /** Where the rule comes from. */
  readonly sources: Sources;
  /** First day the rule applies. */
  readonly effectiveFrom?: IsoDate;
  /** First day the rule no longer applies. */
  readonly effectiveUntil?: IsoDate;
}

/** Categories of checklist items. */
export type ChecklistCategory =
  | 'consent'
  | 'opt-out'
  | 'help'
  | 'identification'
  | 'quiet-hours'
  | 'registration'
  | 'content'
  | 'data-protection'
  | 'record-keeping';

/** A country-specific duty that becomes a checklist item when it applies. */
export interface Obligation {
  /** Stable id, e.g. `identification.fr.sender-name`. */
  readonly id: string;
  /** What kind of duty it is. */
  readonly category: ChecklistCategory;
  /** How strongly it is demanded. */
  readonly level: Level;
  /** The duty in our own words, as an instruction. */
  readonly text: string;
  /** Use cases it applies to; omitted when it applies to all. */
  readonly useCases?: readonly UseCase[];
  /** Sender types it applies to; omitted when it applies to all. */
  readonly senderTypes?: readonly SenderType[];
  /** Only for recipients in these subdivisions (ISO 3166-2, e.g. `US-FL`); the whole country when absent. */
  readonly regions?: readonly string[];
  /** What a message must contain for the duty to be met, when the text of a message can show it. */
  readonly check?: MessageCheck;
  /** Where the duty comes from. */
  readonly sources: Sources;
  /** First day it applies. */
  readonly effectiveFrom?: IsoDate;
  /** First day it no longer applies. */
  readonly effectiveUntil?: IsoDate;
}

/**
 * A format rule the text of a message can be checked against.
 * - `starts-with`: the message must begin with `text` exactly (e.g. South Korea's `(광고)`);
 * - `contains`: the message must contain `text`;
 * - `signature`: the message must carry the sender's name between `open` and `close` (e.g. China's 【】);
 * - `sender-name`: the message must name the sender;
 * - `contact`: the message must give the sender's contact details;
 * - `opt-out`: the message must say how to opt out; `numberPrefix`, when given, is the prefix of the free number to use (e.g. `080`);
 * - `registered-template`: the message must match a template registered with the programme named in `programme`.
 */
export type MessageCheck = TextCheck | SignatureCheck | PresenceCheck | OptOutCheck | TemplateCheck;

/** The message must start with, or contain, a given text. */
export interface TextCheck {
  /** `starts-with` or `contains`. */
  readonly kind: 'starts-with' | 'contains';
  /** The exact text, e.g. `(광고)`. */
  readonly text: string;
}

/** The message must carry the sender's name between two marks. */
export interface SignatureCheck {
  /** Always `signature`. */
  readonly kind: 'signature';
  /** The opening mark, e.g. `【`. */
  readonly open: string;
  /** The closing mark, e.g. `】`. */
  readonly close: string;
}

/** The message must name the sender, or give the sender's contact details. */
export interface PresenceCheck {
  /** `sender-name` or `contact`. */
  readonly kind: 'sender-name' | 'contact';
}

/** The message must say how to opt out. */
export interface OptOutCheck {
  /** Always `opt-out`. */
  readonly kind: 'opt-out';
  /** The prefix of the free number to opt out with, when one is required (e.g. `080`). */
  readonly numberPrefix?: string;
}

/** The message must match a template registered with a programme. */
export interface TemplateCheck {
  /** Always `registered-template`. */
  readonly kind: 'registered-template';
  /** Id of the registration programme (in `CountryRules.registrations`), e.g. `in.dlt`. */
  readonly programme: string;
}

/** What is known about each sender kind in a country. */
export interface SendersByKind {
  /** Short codes. */
  readonly 'short-code': SenderRules;
  /** Toll-free numbers. */
  readonly 'toll-free': SenderRules;
  /** Local long codes (in the US: A2P 10DLC). */
  readonly 'local-long-code': SenderRules;
  /** International long codes (a number from another country). */
  readonly 'international-long-code': SenderRules;
  /** Alphanumeric sender IDs used without registration. */
  readonly 'alphanumeric-dynamic': SenderRules;
  /** Alphanumeric sender IDs registered before use. */
  readonly 'alphanumeric-preregistered': SenderRules;
}

/** Everything sendright knows about sending SMS to one country. */
export interface CountryRules {
  /** ISO 3166-1 alpha-2 code, upper case. */
  readonly country: CountryCode;
  /** English short name. */
  readonly name: string;
  /** `researched`: the row was built from sources; `not-researched`: a conservative placeholder. */
  readonly status: 'researched' | 'not-researched';
  /** The date the row as a whole was last reviewed. */
  readonly reviewed: IsoDate;
  /** IANA time zones in use in the country (from the IANA time zone database), most populous first. */
  readonly timeZones: readonly string[];
  /** Languages (BCP 47) recipients may be addressed in, for opt-out and help wording. */
  readonly languages: readonly string[];
  /** The A2P/P2P split. */
  readonly traffic: TrafficRules;
  /** One row per sender kind. */
  readonly senders: SendersByKind;
  /** Consent rules. */
  readonly consent: ConsentRules;
  /** Opt-out conventions. */
  readonly optOut: OptOutRules;
  /** HELP conventions. */
  readonly help: HelpRules;
  /** Time-of-day restrictions; an empty list means the sources establish there are none. */
  readonly quietHours: Fact<readonly QuietHoursRule[]>;
  /**
   * The public holidays that quiet-hours rules with `publicHolidays: 'closed'`
   * close. Holidays observed only in part of the country name that part in
   * `regional`; they are applied everywhere, as the recipient's region is rarely known.
   */
  readonly holidays: Fact<readonly PublicHoliday[]>;
  /** Registration programmes. */
  readonly registrations: readonly RegistrationProgramme[];
  /** Content restrictions; an empty list means the sources establish there are none beyond the general law. */
  readonly content: Fact<readonly ContentRule[]>;
  /** Data-protection laws that govern the phone numbers and messages, named in full. */
  readonly dataProtection: Fact<readonly string[]>;
  /** Further country-specific duties, each a checklist item. */
  readonly obligations: readonly Obligation[];
  /**
   * Every source consulted for the row, once each: the union of the sources
   * its facts cite. A reason about a fact the sources leave open cites these.
   * The rows in `sendright/rules` carry it; for a row without it, it is
   * gathered from the facts.
   */
  readonly consulted?: readonly RuleSource[];
}
