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
export const S_AWS_AFRICA: RuleSource = { title: 'AWS End User Messaging: Supported countries, Africa', url: `${AWS_COUNTRIES}africa.html`, reviewed: REVIEWED };
/** AWS End User Messaging channel table for Asia (the Middle East included). */
export const S_AWS_ASIA: RuleSource = { title: 'AWS End User Messaging: Supported countries, Asia', url: `${AWS_COUNTRIES}asia.html`, reviewed: REVIEWED };
/** AWS End User Messaging channel table for North America and the Caribbean. */
export const S_AWS_NORTH_AMERICA: RuleSource = { title: 'AWS End User Messaging: Supported countries, North America', url: `${AWS_COUNTRIES}north-america.html`, reviewed: REVIEWED };
/** AWS End User Messaging channel table for South America. */
export const S_AWS_SOUTH_AMERICA: RuleSource = { title: 'AWS End User Messaging: Supported countries, South America', url: `${AWS_COUNTRIES}south-america.html`, reviewed: REVIEWED };
/** AWS End User Messaging channel table for Oceania. */
export const S_AWS_OCEANIA: RuleSource = { title: 'AWS End User Messaging: Supported countries, Oceania', url: `${AWS_COUNTRIES}oceania.html`, reviewed: REVIEWED };

/** AWS: sender IDs cannot receive replies. */
export const S_AWS_TWO_WAY: RuleSource = {
  title: 'AWS End User Messaging SMS: Two-way SMS messaging',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/two-way-sms.html',
  reviewed: REVIEWED,
};

/** Twilio: an alphanumeric sender ID is for one-way messaging. */
export const S_TWILIO_ALPHA: RuleSource = {
  title: 'Twilio Glossary: Alphanumeric Sender ID',
  url: 'https://www.twilio.com/docs/glossary/what-alphanumeric-sender-id',
  reviewed: REVIEWED,
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
  reviewed: REVIEWED,
};

/** Toll-free numbers cannot send SMS outside the US and Canada (for regions outside the +1 numbering plan). */
export const TOLL_FREE_VOICE_ONLY: KnownFact<boolean> = {
  value: false,
  sources: [S_VONAGE_TFN],
  note: 'Vonage offers toll-free numbers in about 140 countries; only US and Canadian ones can send text messages.',
};
