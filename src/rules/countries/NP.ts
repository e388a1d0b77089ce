import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Nepal. Re-audited 2026-12-06: Twilio guideline page, Bird Asia guide and
// Infobip coverage page (sender tables read in a compiled copy labelled with the
// page URLs). The AWS Asia row for Nepal could not be read.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Nepal', url: 'https://www.twilio.com/en-us/guidelines/np/sms', kind: 'provider', reviewed: R } as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Nepal), from "Choose the right sender: availability and restrictions by country"',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'provider', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Nepal',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'provider', reviewed: R,
} as const;

export const NP: CountryRules = /* @__PURE__ */ region({
  country: 'NP',
  name: 'Nepal',
  reviewed: R,
  timeZones: ['Asia/Katmandu'],
  languages: ['ne'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD],
        note: 'Twilio marks unregistered names as not supported by the operators but delivers them best-effort: Ncell replaces them with a generic name. Bird says Ncell requires registration.',
      },
      restriction: {
        networks: ['Ncell'],
        text: 'Ncell replaces an unregistered name with a generic one and delivery is best-effort only.',
        sources: [S_TW, S_BIRD],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
      ],
      registration: { value: 'required', sources: [S_TW, S_BIRD, S_INFOBIP] },
      programme: 'np.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 7, maxDays: 15 },
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio: 2 weeks; Infobip: 7 to 15 days.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio marks domestic long codes as not supported by the operators; Infobip lists virtual long numbers among the senders available in Nepal (with no two-way option). The two pages disagree.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'infobip', offered: true, twoWay: false, sources: [S_INFOBIP] },
        { provider: 'bird', offered: false, sources: [S_BIRD] },
      ],
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio: the networks do not support numeric senders; Twilio delivers foreign numbers best-effort with a generic name in their place.',
      },
      restriction: {
        text: 'The number is replaced with a generic name and delivery is best-effort only; recipients cannot reply.',
        sources: [S_TW],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: false, sources: [S_BIRD] },
      ],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio marks short codes as not supported by the operators; Infobip lists short codes among the senders available in Nepal. The two pages disagree.',
      },
      offers: [
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
        { provider: 'bird', offered: false, sources: [S_BIRD] },
      ],
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_INFOBIP, S_TW],
      note: 'Infobip requires consent data for promotional content; Twilio lists opt-in as best practice. No law was read.',
    },
  },
  registrations: [
    {
      id: 'np.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; Ncell overwrites unregistered IDs. Infobip lets the generic name "Verify" be used until registration is complete.',
      leadTime: { minDays: 7, maxDays: 15 },
      sources: [S_TW, S_BIRD, S_INFOBIP],
    },
  ],
  content: {
    value: [
      { id: 'content.np.social-invites', topic: 'other', restriction: 'prohibited', text: 'Messages containing social-network invitations are not allowed (Infobip).', sources: [S_INFOBIP] },
    ],
    sources: [S_INFOBIP],
  },
});
