import type { CountryCode, CountryRules, SenderRules, UnknownFact } from '../rules/types';

const NOT_RESEARCHED: UnknownFact = { value: 'unknown', note: 'Not researched yet.' };

const UNKNOWN_SENDER: SenderRules = {
  supported: NOT_RESEARCHED,
  registration: NOT_RESEARCHED,
  twoWay: NOT_RESEARCHED,
  throughput: NOT_RESEARCHED,
  leadTime: NOT_RESEARCHED,
  senderIdPreserved: NOT_RESEARCHED,
  restrictedUseCases: NOT_RESEARCHED,
};

const UNKNOWN_SENDERS: CountryRules['senders'] = {
  'short-code': UNKNOWN_SENDER,
  'toll-free': UNKNOWN_SENDER,
  'local-long-code': UNKNOWN_SENDER,
  'international-long-code': UNKNOWN_SENDER,
  'alphanumeric-dynamic': UNKNOWN_SENDER,
  'alphanumeric-preregistered': UNKNOWN_SENDER,
};

/**
 * The placeholder row for a region whose rules are not researched yet: every
 * fact is an explicit unknown, so every answer built on it is conservative.
 */
export function notResearchedRules(country: CountryCode, dataAsOf: CountryRules['reviewed']): CountryRules {
  return {
    country,
    name: country,
    status: 'not-researched',
    reviewed: dataAsOf,
    timeZones: [],
    languages: [],
    traffic: { regime: NOT_RESEARCHED, a2pOnP2pRoutesFiltered: NOT_RESEARCHED },
    senders: UNKNOWN_SENDERS,
    consent: { marketing: NOT_RESEARCHED, transactional: NOT_RESEARCHED, laws: NOT_RESEARCHED },
    optOut: {
      keywords: NOT_RESEARCHED,
      optInKeywords: NOT_RESEARCHED,
      revocation: NOT_RESEARCHED,
      marketingInstructions: NOT_RESEARCHED,
      transactionalInstructions: NOT_RESEARCHED,
      wording: NOT_RESEARCHED,
      deadline: NOT_RESEARCHED,
    },
    help: { keywords: NOT_RESEARCHED, required: NOT_RESEARCHED },
    quietHours: NOT_RESEARCHED,
    holidays: NOT_RESEARCHED,
    registrations: [],
    content: NOT_RESEARCHED,
    dataProtection: NOT_RESEARCHED,
    obligations: [],
  };
}
