/**
 * Sources shared by many region files: the providers' country tables that
 * cover most of the world in one page each. Region-specific sources live in
 * the region's own file.
 *
 * @module
 */
import type { KnownFact, RuleSource } from './types';

const REVIEWED = '2026-11-23';
const AWS_COUNTRIES = 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-';

/** AWS End User Messaging channel table for Africa. */
export const S_AWS_AFRICA: RuleSource = { title: 'AWS End User Messaging: Supported countries, Africa', url: `${AWS_COUNTRIES}africa.html`, kind: 'provider', reviewed: REVIEWED };
/** AWS End User Messaging channel table for Asia (the Middle East included). */
export const S_AWS_ASIA: RuleSource = { title: 'AWS End User Messaging: Supported countries, Asia', url: `${AWS_COUNTRIES}asia.html`, kind: 'provider', reviewed: REVIEWED };
/** AWS End User Messaging channel table for North America and the Caribbean. */
export const S_AWS_NORTH_AMERICA: RuleSource = { title: 'AWS End User Messaging: Supported countries, North America', url: `${AWS_COUNTRIES}north-america.html`, kind: 'provider', reviewed: REVIEWED };
/** AWS End User Messaging channel table for South America. */
export const S_AWS_SOUTH_AMERICA: RuleSource = { title: 'AWS End User Messaging: Supported countries, South America', url: `${AWS_COUNTRIES}south-america.html`, kind: 'provider', reviewed: REVIEWED };
/** AWS End User Messaging channel table for Oceania. */
export const S_AWS_OCEANIA: RuleSource = { title: 'AWS End User Messaging: Supported countries, Oceania', url: `${AWS_COUNTRIES}oceania.html`, kind: 'provider', reviewed: REVIEWED };

/** AWS: sender IDs cannot receive replies. */
export const S_AWS_TWO_WAY: RuleSource = {
  title: 'AWS End User Messaging SMS: Two-way SMS messaging',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/two-way-sms.html',
  kind: 'provider', reviewed: REVIEWED,
};

/** Twilio: an alphanumeric sender ID is for one-way messaging. */
export const S_TWILIO_ALPHA: RuleSource = {
  title: 'Twilio Glossary: Alphanumeric Sender ID',
  url: 'https://www.twilio.com/docs/glossary/what-alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
};

/** Alphanumeric sender IDs are one-way everywhere: recipients cannot reply to a name. */
export const ALPHA_ONE_WAY: KnownFact<boolean> = {
  value: false,
  sources: [S_AWS_TWO_WAY, S_TWILIO_ALPHA],
  note: 'A sender name cannot receive replies.',
};

/** Vonage: of the about 140 countries with toll-free numbers, only US and Canadian ones can text. */
export const S_VONAGE_TFN: RuleSource = {
  title: 'Vonage Developer: TFN Registration API technical details',
  url: 'https://developer.vonage.com/en/tfn-registration/technical-details',
  kind: 'provider', reviewed: REVIEWED,
};

/**
 * Toll-free numbers cannot send SMS outside the US and Canada (for regions
 * outside the +1 numbering plan). Vonage's page says this of the countries'
 * toll-free numbers, not only of its own offer.
 */
export const TOLL_FREE_VOICE_ONLY: KnownFact<boolean> = {
  value: false,
  sources: [S_VONAGE_TFN],
  note: 'Vonage sells toll-free voice numbers in about 140 countries and says only the US and Canada have toll-free numbers that can send text: a statement about those countries\' numbers, not only about what Vonage sells.',
};

/**
 * Vonage's per-country "SMS Features and Restrictions" pages, as compiled (in
 * Chinese, one row per country with the page's URL and the date it was copied,
 * March to July 2024) in a public GitHub table; the Vonage pages themselves were
 * not read. Vonage marks every network that needs a registered name.
 */
export const S_VONAGE_2024: RuleSource = {
  title: 'Vonage "SMS Features and Restrictions" country pages, 2024, as compiled in whaleal/guide (JMC/5.SenderID.md)',
  url: 'https://github.com/whaleal/guide/blob/461bd15811401144368284c97411ea72c5ff1245/zh/JMC/5.SenderID.md',
  kind: 'secondary', reviewed: REVIEWED,
};

/** An older AWS SNS country table (archived copy); older than the current AWS tables. */
export const S_AWS_SNS_ARCHIVE: RuleSource = {
  title: 'AWS SNS Developer Guide, archived copy: Supported Regions and countries',
  url: 'https://github.com/awsdocs/amazon-sns-developer-guide/blob/09c315366915637a4368d3bd0479b284aba02ec8/doc_source/sns-supported-regions-countries.md',
  kind: 'secondary', reviewed: REVIEWED,
};

/** A 2017 copy of Twilio's list of countries accepting alphanumeric sender IDs, with its pre-registration column. */
export const S_TWILIO_ALPHA_2017: RuleSource = {
  title: 'Twilio "International support for Alphanumeric Sender ID", 2017 copy (eGullGolf/countries-alphanumeric-sms-sender-support)',
  url: 'https://github.com/eGullGolf/countries-alphanumeric-sms-sender-support/blob/06f901cb487d6cbb721147a20792597bf0c83df9/data/twilio/country_alpha_support.csv',
  kind: 'secondary', reviewed: REVIEWED,
};

/** Vonage (2024) accepts sender names here and marks no network as needing registration. */
export const VONAGE_NAMES_ACCEPTED: KnownFact<boolean> = {
  value: true,
  sources: [S_VONAGE_2024],
  note: "Vonage's 2024 page (read in a compiled copy) accepts names and marks no network as needing registration.",
};

/** No registration needed for a sender name, as Vonage (2024) marks none. */
export const VONAGE_NO_REGISTRATION: KnownFact<'none'> = { value: 'none', sources: [S_VONAGE_2024] };

/** Twilio: alphanumeric sender IDs send at its default rate; higher throughput is its own product option. */
export const S_TWILIO_MPS_ALPHA: RuleSource = {
  title: 'Twilio Help Center: Can I increase message throughput (MPS) for an Alphanumeric Sender ID?',
  url: 'https://support.twilio.com/hc/en-us/articles/360057082693-Can-I-increase-message-throughput-MPS-for-an-Alphanumeric-Sender-ID',
  kind: 'provider',
  reviewed: '2026-12-06',
};

/** Twilio's default sending rates: 10 messages a second to every destination outside the US and Canada (its product limit, not the operators'). */
export const S_TWILIO_RATE_LIMITS: RuleSource = {
  title: 'Twilio Help Center: Understanding Twilio Rate Limits and Message Queues (rate table read only in a copy)',
  url: 'https://support.twilio.com/hc/en-us/articles/115002943027-Understanding-Twilio-Rate-Limits-and-Message-Queues',
  kind: 'provider',
  reviewed: '2026-12-06',
};
