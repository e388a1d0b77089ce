import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Israel. Salesforce and Mapp country guides read 2026-11-23. No Twilio Israel
// page was reachable and the AWS Asia row for Israel could not be read.
const R = '2026-11-23' as const;
const S_SF = { title: 'Salesforce Help: Guide for Sending SMS Messages to Israel', url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_israel.htm&type=5', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Israel', url: 'https://docs.mapp.com/docs/israel.md', kind: 'provider', reviewed: R } as const;

export const IL: CountryRules = /* @__PURE__ */ region({
  country: 'IL',
  name: 'Israel',
  reviewed: R,
  timeZones: ['Asia/Jerusalem'],
  languages: ['he', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SF], note: 'Salesforce requires pre-registration; Mapp lists sender names as accepted.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SF, S_MAPP] },
      registration: { value: 'required', sources: [S_SF] },
      programme: 'il.sender-registration',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_SF] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SF, S_MAPP] },
      registration: { value: 'required', sources: [S_SF] },
      programme: 'il.sender-registration',
      twoWay: { value: true, sources: [S_SF] },
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SF] },
    },
    'international-long-code': { supported: { value: false, sources: [S_SF] } },
    'short-code': {
      supported: { value: false, sources: [S_SF], note: 'Mapp lists short codes on all networks; Salesforce offers none.' },
    },
  },
  registrations: [
    {
      id: 'il.sender-registration',
      name: 'Sender pre-registration',
      senderKinds: ['alphanumeric-preregistered', 'local-long-code'],
      level: 'required',
      text: 'Pre-register the sender name or local number before sending.',
      sources: [S_SF],
    },
  ],
  consent: {
    marketing: {
      value: 'express',
      sources: [S_MAPP],
      note: 'Mapp says sending without opt-in draws a fine of 1,000 NIS; consent may be given by subscribing or electronically.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.il.marketing',
        level: 'best-practice',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '07:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Jerusalem' },
        text: 'No legal sending hours, but avoid promotional SMS between 21:00 and 07:00.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
});
