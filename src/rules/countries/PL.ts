import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Poland. Twilio guidelines (locale summary only), SureSMS and Sent.dm read 2026-11-23;
// Twilio locale summary re-read 2026-12-06 (no sender table reachable, neither on the stored
// page nor in the compiled GitHub copy, which has no Poland entry). Re-read 2026-12-06:
// SureSMS re-read; pages of Polish providers (SMSAPI, SerwerSMS, FreshMail) and the 2023
// anti-abuse act (art. 1, in a reproduction of the text) read. No Vonage, Infobip, Bird,
// Sinch, Plivo, Telnyx or AWS page for Poland could be reached, so no major provider's
// sender table speaks for Poland.
// 2026-12-06: Twilio's Poland sender tables were found after all in the compiled
// GitHub copy (nevetsagetro/OKR-warranted, data/raw/poland_pl.md), which names the page's address and
// keeps Twilio's own field descriptions; it is cited as S_TW_COPY for the international-long-code and
// short-code rows.
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Poland', url: 'https://www.twilio.com/en/guidelines/pl/sms', kind: 'provider', reviewed: R } as const;
const S_TW_COPY = { title: 'Twilio SMS Guidelines: Poland, sender tables (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pl/sms', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS standards for Poland', url: 'https://suresms.com/en/reglas-por-pais/poland/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Poland SMS guide', url: 'https://sent.dm/resources/poland-sms-guide', kind: 'secondary', reviewed: R0 } as const;
const S_SMSAPI = {
  title: 'SMSAPI: Two-way SMS communication (short codes and 9-digit reply numbers)',
  url: 'https://www.smsapi.pl/dwukierunkowa-komunikacja-sms',
  kind: 'provider', reviewed: R,
} as const;
const S_SERWER = { title: 'SerwerSMS: SMS attributes (sender name, reply number as sender)', url: 'https://cms.serwersms.pl/en/functions/sms-attributes/', kind: 'provider', reviewed: R } as const;
const S_FRESH = { title: 'FreshMail developer API: SMS messages (ECO from a nine-digit number, PRO with a sender name)', url: 'https://freshmail.com/developer-api/sms-messages', kind: 'provider', reviewed: R } as const;
const S_ABUSE_ACT = {
  title: 'Act of 28 July 2023 on combating abuse in electronic communications (Dz.U. 2023 poz. 1703), art. 1 (reproduction of the text in LEX)',
  url: 'https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/zwalczanie-naduzyc-w-komunikacji-elektronicznej-21866002',
  kind: 'law', reviewed: R,
} as const;

export const PL: CountryRules = /* @__PURE__ */ region({
  country: 'PL',
  name: 'Poland',
  reviewed: R,
  timeZones: ['Europe/Warsaw'],
  languages: ['pl'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SERWER, S_FRESH, S_SENT] },
      registration: {
        value: 'none',
        sources: [S_ABUSE_ACT, S_SURE, S_FRESH, S_SENT],
        note: 'No operator or regulator registration of business sender names is reported. The 2023 anti-abuse act sets up a sender-name scheme only for public bodies (art. 1 pt 4). SureSMS lists names as accepted without a registration step; Polish providers (FreshMail, SMSAPI) approve a name themselves before first use, which is a provider step. Sent (secondary) says no pre-registration is needed. No major-provider page for Poland could be read.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE], note: 'SureSMS says carriers do not change the sender ID.' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_SURE, S_FRESH, S_ABUSE_ACT],
        note: 'Operators accept brand names (SureSMS, FreshMail); a name announced in advance is such a name. No operator pre-registration scheme for businesses is reported; the 2023 act covers sender names of public bodies only. No major-provider page for Poland could be read.',
      },
      registration: { value: 'none', sources: [S_ABUSE_ACT, S_SURE, S_SENT], note: 'See alphanumeric-dynamic: no registration for business names is reported (Sent, secondary, says none is needed).' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: {
        value: true,
        sources: [S_SMSAPI, S_SERWER, S_FRESH, S_SURE, S_TW],
        note: 'Polish providers use Polish numbers as senders: SMSAPI rents 9-digit reply numbers from the operators for two-way SMS, SerwerSMS puts its reply number in the sender field, FreshMail sends its ECO messages from nine-digit numbers. SureSMS lists local numbers as accepted (numbers in general only as part of a two-way service). Twilio says two-way SMS works in Poland. No major-provider sender table for Poland could be read; these are other providers\' pages.',
      },
      twoWay: { value: true, sources: [S_TW, S_SMSAPI, S_SERWER, S_SENT], note: 'Twilio says two-way SMS works in Poland; SMSAPI and SerwerSMS receive replies on Polish numbers; Sent names long codes as the two-way sender.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW_COPY, S_SURE],
        note: 'Twilio\'s operator row (page read in a verbatim copy; the only major-provider page that speaks) marks international long codes as not supported by the operators, and its best-practice text says Polish operators do not take numeric senders: Twilio still sells them, but delivers them only with the number overwritten by a generic name, which is Twilio\'s workaround, not operator acceptance. Its compliance text says the overwriting happens on some networks; it names none and no source at its level says any network shows the number. SureSMS (another provider, a lower level) lists foreign numbers as accepted, numeric senders generally only within a two-way service; it does not override Twilio.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_COPY] }],
      senderIdPreserved: { value: false, sources: [S_TW_COPY], note: 'Twilio overwrites a foreign number with a generic name before delivery.' },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW_COPY],
        note: 'Twilio\'s operator-capability row (read 2026-12-06 in a verbatim copy that names the page) marks short codes as not supported by Polish operators. SMSAPI (a smaller provider) rents Polish short codes as reply numbers for two-way services, which does not say A2P messages may be sent from them.',
      },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.pl.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'Public URL shorteners are banned; use the full link.', sources: [S_TW] },
      { id: 'content.pl.gambling', topic: 'gambling', restriction: 'prohibited', text: 'Gambling and betting messages are rejected (SureSMS notes an exception only for licensed operators with consent).', sources: [S_SURE] },
      { id: 'content.pl.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.pl.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.pl.premium', topic: 'other', restriction: 'prohibited', text: 'No ads for premium services, and no premium-rate or card numbers in the text.', sources: [S_SURE] },
    ],
    sources: [S_TW, S_SURE],
  },
  obligations: [
    {
      id: 'identification.pl.sender-name',
      category: 'identification',
      level: 'required',
      text: 'Use a brand sender ID; generic IDs (INFO, SMS) and IDs naming operators or authorities are blocked.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
