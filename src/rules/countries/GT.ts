import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guatemala. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages). The AWS North America row for
// Guatemala could not be reached.
// Re-audited 2026-12-06: no major provider's Guatemala page could be read
// directly (the AWS row and Vonage's page were not reachable); Twilio's table and
// Bird's and Infobip's notes were read again in the stored compilation, so they
// are cited as a secondary copy and only fill facts nothing better speaks to.
const R = '2026-11-23' as const;
const T = '2026-12-06' as const;
const S_TW = {
  title: 'Twilio SMS Guidelines: Guatemala, with Bird\'s and Infobip\'s Guatemala notes, as read in a stored compilation of provider country pages (copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gt/sms',
  kind: 'secondary', reviewed: T,
} as const;
const S_VONAGE_TFN = { title: 'Vonage Developer: TFN Registration API technical details', url: 'https://developer.vonage.com/en/tfn-registration/technical-details', kind: 'provider', reviewed: R } as const;

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
        note: 'Filled from a secondary copy only: Twilio\'s table lists unregistered names as supported by the operators, but not fully, and overwritten with a local number or short code; Bird says it offers no alphanumeric senders.',
      },
      restriction: {
        text: 'Unregistered names are delivered but usually replaced by a local number or short code, and on Claro their delivery is best effort only.',
        sources: [S_TW],
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW], note: 'From a secondary copy of Twilio\'s table; nothing better speaks.' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Filled from a secondary copy only: Twilio\'s table lists registered names as supported by the operators, with registration possible only with Claro.',
      },
      restriction: {
        text: 'Names can be registered only with Claro Guatemala; on the other networks a name is not registered and may be replaced by a number.',
        sources: [S_TW],
      },
      registration: { value: 'recommended', sources: [S_TW], note: 'Unregistered IDs on Claro are best effort.' },
      programme: 'gt.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW],
        note: 'Secondary copies disagree and no provider page was read directly: Twilio\'s table lists domestic long codes as not supported by the operators, while Bird offers Guatemalan numbers and Infobip shared and dedicated local numbers, two-way included.',
      },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Filled from a secondary copy only: Twilio\'s table lists international long codes as supported by the operators, overwritten with a local number or short code; Bird says it sells no international numbers here.',
      },
      restriction: {
        text: 'Messages from foreign numbers are delivered, but the number may be replaced by a local number or short code, so replies may not reach the sender.',
        sources: [S_TW],
      },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW],
        note: 'Secondary copies disagree and no provider page was read directly: Twilio\'s table lists short codes as not supported by the operators, while Bird recommends Guatemalan short codes (two-way included) and Infobip offers them.',
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
