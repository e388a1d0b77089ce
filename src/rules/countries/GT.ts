import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guatemala. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages). The AWS North America row for
// Guatemala could not be reached.
// Re-audited 2026-12-06: no major provider's Guatemala page could be read
// directly (the AWS row, Vonage's page and the Guatemala part of Bird's Central
// America guide were not reachable in the stored copies). Twilio's table was read
// in a word-for-word copy in a public GitHub compilation of provider pages, which
// names the page's address and keeps Twilio's own field descriptions (no stored
// copy of twilio.com's Guatemala SMS page could be compared). Under policy
// section 5 that copy stands for the page: Twilio is cited at its own address as
// a provider page read in a verbatim copy. The Bird and Infobip Guatemala entries
// in the same file name no address; they stay secondary and, as unlinked
// copies, are mentioned in notes but not cited.
const T = '2026-12-06' as const;
const S_TW = {
  title: 'Twilio SMS Guidelines: Guatemala (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gt/sms',
  kind: 'provider', reviewed: T,
} as const;

export const GT: CountryRules = /* @__PURE__ */ region({
  country: 'GT',
  name: 'Guatemala',
  reviewed: T,
  timeZones: ['America/Guatemala'],
  languages: ['es'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio\'s operator row (page read in a verbatim copy) lists unregistered names as supported, but says the operators do not fully support them and may overwrite them with a local number or short code, and that delivery to Claro is best effort. A Bird entry (uncited copy) says Bird offers no alphanumeric senders, which is an offer, not an operator fact.',
      },
      restriction: {
        text: 'Unregistered names are delivered but usually replaced by a local number or short code, and on Claro their delivery is best effort only.',
        sources: [S_TW],
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Twilio\'s table (page read in a verbatim copy): an unregistered name is not preserved.' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio\'s operator row (page read in a verbatim copy) lists registered names as supported, with pre-registration possible only with Claro Guatemala.',
      },
      restriction: {
        text: 'Names can be registered only with Claro Guatemala; on the other networks a name is not registered and may be replaced by a number.',
        sources: [S_TW],
      },
      registration: { value: 'recommended', sources: [S_TW], note: 'Twilio (page read in a verbatim copy) advises registering with Claro because unregistered IDs reach Claro on a best-effort basis only.' },
      programme: 'gt.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW], note: 'Twilio\'s provisioning time (page read in a verbatim copy): two weeks.' },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Twilio\'s table (page read in a verbatim copy): a registered name is preserved.' },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator row (page read in a verbatim copy, the only major-provider page reachable for Guatemala) lists domestic long codes as not supported by the operators. Against it, only uncited secondary copies: Bird\'s entry offers Guatemalan numbers and Infobip\'s shared and dedicated local numbers, two-way included; a copy that names no address does not override a provider page. Twilio also says other senders may be overwritten with a domestic number outside its platform.',
      },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio\'s operator row (page read in a verbatim copy) lists international long codes as supported, but not fully: the number may be overwritten with a local number or short code. A Bird entry (uncited copy) says Bird sells no international numbers here, an offer only.',
      },
      restriction: {
        text: 'Messages from foreign numbers are delivered, but the number may be replaced by a local number or short code, so replies may not reach the sender.',
        sources: [S_TW],
      },
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Twilio\'s table (page read in a verbatim copy): not preserved.' },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator row (page read in a verbatim copy, the only major-provider page reachable for Guatemala) lists short codes as not supported by the operators. Against it, only uncited secondary copies: Bird\'s entry recommends Guatemalan short codes (two-way included) and Infobip\'s offers them; a copy that names no address does not override a provider page. Twilio also says other senders may be overwritten with a short code outside its platform.',
      },
    },
  },
  registrations: [
    {
      id: 'gt.sender-id',
      name: 'Sender ID pre-registration with Claro Guatemala',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with Claro, the only network that takes registrations; other networks replace IDs.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW],
    },
  ],
});
