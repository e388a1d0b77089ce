import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mali. SureSMS country rules and sent.dm guide read 2026-11-23. On 2026-12-06 SureSMS was re-read;
// no Twilio, Bird, Infobip, AWS, Vonage, Sinch, Telnyx or Plivo page for Mali (nor a copy of one) could
// be reached in the search tool, so the row as a whole keeps its 2026-11-23 review date.
const R = '2026-11-23' as const;
const NOW = '2026-12-06' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Mali', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/mali/', kind: 'provider', reviewed: NOW } as const;
const S_SENT = { title: 'Sent: Mali SMS Guide', url: 'https://www.sent.dm/resources/ml-sms-guidance', kind: 'secondary', reviewed: NOW } as const;
// Re-read 2026-12-06: searched again for Twilio, Vonage, Bird, Infobip, Sinch, Telnyx, Plivo, AWS and
// AMRTP pages on Mali; none was found in the stored corpora (the compilation of Twilio/Bird/Infobip pages
// on GitHub has no Mali entry). Only sent.dm's FAQ (re-read) and SureSMS speak.
const SHORT_OPEN = 'Only sent.dm (a digest, secondary) speaks: its FAQ lists short codes among the sender types Mali supports, but the section that would detail them could not be read, and the same guide says two-way SMS is not available on standard A2P routes. SureSMS does not mention short codes. No major-provider, operator or regulator page was found, so the digest\'s one-line claim is not taken to settle the cell.';
const PREREG_OPEN = 'SureSMS lists alphanumeric names as supported if they carry the brand, and names no registration step; sent.dm (secondary) mentions sender ID registration with Orange Mali, but its details could not be read. No major-provider, operator or regulator page was found, so whether a registration route exists is open.';

const NUMERIC_TWO_WAY_ONLY = 'SureSMS lists local and foreign numeric senders as supported, but says numeric senders are allowed only for a two-way service; one-way A2P traffic should use a brand name.';

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: { value: true, sources: [S_SURE] },
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: { value: true, sources: [S_SURE] },
  },
  'local-long-code': {
    supported: { value: 'restricted', sources: [S_SURE, S_SENT] },
    restriction: { text: NUMERIC_TWO_WAY_ONLY, sources: [S_SURE] },
    twoWay: {
      value: 'unknown',
      sources: [S_SURE, S_SENT],
      note: 'sent.dm (a digest) says two-way SMS is not offered on standard A2P routes; SureSMS allows numeric senders precisely for two-way services.',
    },
  },
  'international-long-code': {
    supported: { value: 'restricted', sources: [S_SURE] },
    restriction: { text: NUMERIC_TWO_WAY_ONLY, sources: [S_SURE] },
  },
  'short-code': {
    supported: { value: 'unknown', sources: [S_SENT, S_SURE], note: SHORT_OPEN },
  },
  'alphanumeric-preregistered': {
    supported: { value: 'unknown', sources: [S_SURE, S_SENT], note: PREREG_OPEN },
  },
};

export const ML: CountryRules = /* @__PURE__ */ region({
  country: 'ML',
  name: 'Mali',
  reviewed: R,
  timeZones: ['Africa/Bamako'],
  languages: ['fr', 'bm'],
  senders: SENDERS,
  consent: { marketing: { value: 'express', sources: [S_SURE, S_SENT] } },
  content: {
    value: [
      { id: 'content.ml.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.ml.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.ml.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.ml.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.ml.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender name that contains your brand; generic names such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
