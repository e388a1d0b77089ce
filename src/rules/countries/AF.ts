import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Afghanistan. Re-audited 2026-12-06: AWS Asia table, Twilio guideline page,
// Bird Asia guide and Infobip coverage page (the Twilio, Bird and Infobip tables
// read in a compiled copy labelled with the page URLs). Vonage 2024 country page
// (compiled copy, secondary) read 2026-11-23 for sender names.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Afghanistan', url: 'https://www.twilio.com/en-us/guidelines/af/sms', kind: 'provider', reviewed: R } as const;
const S_AWS = {
  title: 'AWS End User Messaging: Supported countries, Asia (Afghanistan row)',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-asia.html',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Afghanistan), from "Choose the right sender: availability and restrictions by country"',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'provider', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Afghanistan',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'provider', reviewed: R,
} as const;

export const AF: CountryRules = /* @__PURE__ */ region({
  country: 'AF',
  name: 'Afghanistan',
  reviewed: R,
  timeZones: ['Asia/Kabul'],
  languages: ['ps', 'fa'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_INFOBIP, S_BIRD, S_VONAGE_2024],
        note: 'Twilio marks unregistered names as supported by the operators and Infobip delivers names on all networks at once; Bird and Vonage (2024, compiled copy) say MTN takes only registered names.',
      },
      restriction: {
        networks: ['MTN'],
        text: 'MTN accepts only registered names; generic names such as INFO or Verify are blocked by the operators.',
        sources: [S_BIRD, S_VONAGE_2024, S_TW],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
      ],
      registration: { value: 'none', sources: [S_TW, S_INFOBIP], note: 'Unregistered names; on MTN register instead (alphanumeric-preregistered).' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      registration: {
        value: 'recommended',
        sources: [S_TW, S_INFOBIP, S_BIRD, S_VONAGE_2024],
        note: 'Twilio: not required by the operators, but recommended; Infobip delivers names without registration. Bird and Vonage (2024): required on MTN. Two of the three major-provider pages see no general requirement; MTN is covered by the restriction on unregistered names.',
      },
      programme: 'af.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 7 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Promotional sender IDs cannot be registered.' },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_BIRD, S_INFOBIP, S_TW],
        note: 'Bird accepts Afghan numbers as senders (replaced on AWCC) and Infobip sets up numeric senders and virtual long numbers for replies; Twilio marks domestic long codes as not supported by the operators and says Etisalat, MTN and Salaam refuse numeric senders.',
      },
      restriction: {
        networks: ['Etisalat', 'MTN', 'Salaam', 'AWCC'],
        text: 'Numeric senders need provider set-up (Infobip: 7 to 14 days); Twilio says Etisalat, MTN and Salaam refuse them, and Bird says AWCC may replace the number.',
        sources: [S_TW, S_BIRD, S_INFOBIP],
      },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
        { provider: 'infobip', offered: true, twoWay: true, sources: [S_INFOBIP] },
      ],
      twoWay: { value: true, sources: [S_INFOBIP], note: 'Infobip sells virtual long numbers for replies, after a use-case review (up to 30 days).' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio delivers foreign numbers but marks them as not supported by the operators and refused by Etisalat, MTN and Salaam; Bird accepts international numbers (replaced on AWCC).',
      },
      restriction: {
        networks: ['Etisalat', 'MTN', 'Salaam'],
        text: 'Etisalat, MTN and Salaam (Afghan Telecom) refuse numeric senders; elsewhere the number is not preserved.',
        sources: [S_TW, S_BIRD],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
        { provider: 'bird', offered: false, sources: [S_BIRD] },
      ],
    },
  },
  registrations: [
    {
      id: 'af.sender-id',
      name: 'Sender ID registration (needed on MTN)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID through your provider: MTN takes only registered names (Bird, Vonage 2024), and Twilio recommends registration on every network. Promotional IDs cannot be registered. Avoid generic IDs such as INFO or Verify, which operators block.',
      leadTime: { minDays: 7, maxDays: 7 },
      sources: [S_TW, S_BIRD, S_VONAGE_2024],
    },
  ],
});
