import type { CountryRules } from '../types';

// United States. Researched 2026-11-23 from provider documentation (Twilio, Vonage, AWS,
// Telnyx, Infobip, Salesforce), CTIA material (as reproduced by third parties) and legal
// commentary on the FCC's TCPA rules. Federal rules only: state telemarketing and privacy
// laws are deliberately out of scope for this file.
const REVIEWED = '2026-11-23' as const;

// --- Provider sources -------------------------------------------------------------------
const S_TWILIO_US = {
  title: 'Twilio SMS Guidelines: United States',
  url: 'https://www.twilio.com/guidelines/us/sms',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_TWILIO_US_OLD = {
  title: 'Twilio SMS Guidelines (older edition): United States',
  url: 'https://www.twilio.com/sms/guidelines',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_SC_GUIDE = {
  title: 'Twilio Short Code Guidelines: United States',
  url: 'https://twilio.com/guidelines/us/short-code',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_SC_WHAT = {
  title: 'Twilio Support: What is a short code?',
  url: 'https://support.twilio.com/hc/en-us/articles/223182068-What-is-a-short-code-',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_TF_MPS = {
  title: 'Twilio Support: Toll-Free SMS and MMS messaging throughput (MPS)',
  url: 'https://support.twilio.com/hc/en-us/articles/4411046744987-Toll-Free-SMS-and-MMS-messaging-throughput-MPS',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_TFV = {
  title: 'Twilio Support: Toll-Free Message Verification for US/Canada',
  url: 'https://support.twilio.com/hc/en-us/articles/5377174717595-Toll-Free-Message-Verification-for-US-Canada',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_ERR_ALCOHOL = {
  title: 'Twilio error 30875: Verification rejection - Disallowed: SHAFT - Alcohol',
  url: 'https://www.twilio.com/docs/api/errors/30875',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_TWILIO_ERR_TOBACCO_TF = {
  title: 'Twilio error 30458: Toll Free verification rejection - Disallowed: SHAFT - Tobacco / Vape',
  url: 'https://www.twilio.com/docs/api/errors/30458',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_TWILIO_FORBIDDEN = {
  title: 'Twilio Support: Forbidden message categories for SMS and MMS in the US and Canada',
  url: 'https://support.twilio.com/hc/en-us/articles/360045004974-Forbidden-message-categories-for-SMS-and-MMS-in-the-US-and-Canada',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_ERR_SEX = {
  title: 'Twilio error 30873: Verification rejection - Disallowed: SHAFT - Sex',
  url: 'https://www.twilio.com/docs/api/errors/30873',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_ERR_HATE = {
  title: 'Twilio error 30874: Verification rejection - Disallowed: SHAFT - Hate',
  url: 'https://www.twilio.com/docs/api/errors/30874',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_ERR_CANNABIS = {
  title: 'Twilio error 30459: Toll Free verification rejection - Disallowed: Cannabis/CBD',
  url: 'https://www.twilio.com/docs/api/errors/30459',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_ERR_DOI = {
  title: 'Twilio error 30540: Double opt-in confirmation message is required',
  url: 'https://www.twilio.com/docs/api/errors/30540',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_INTL = {
  title: 'Twilio Docs: What to know before sending international SMS messages',
  url: 'https://www.twilio.com/docs/messaging/guides/sending-international-sms-guide.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_ALPHA = {
  title: 'Twilio Glossary: Alphanumeric Sender ID',
  url: 'https://www.twilio.com/docs/glossary/what-alphanumeric-sender-id.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE_US = {
  title: 'Vonage: US SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017023-US-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_VONAGE_TF = {
  title: 'Vonage: US Toll-Free Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/360049692172-US-Toll-Free-Restrictions-',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_VONAGE_TFV = {
  title: 'Vonage: Verified Toll-Free Number (TFN) - US and Canada',
  url: 'https://api.support.vonage.com/hc/en-us/articles/360055483251-Verified-Toll-Free-US-and-Canada',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE_THROUGHPUT = {
  title: 'Vonage: What is the Throughput Limit for Outbound SMS?',
  url: 'https://api.support.vonage.com/hc/en-us/articles/203993598-What-is-the-Throughput-Limit-for-Outbound-SMS',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE_10DLC = {
  title: 'Vonage Developer: 10 DLC Campaigns Overview',
  url: 'https://developer.vonage.com/en/10-dlc/campaign-overview',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_REG_HELP = {
  title: 'AWS End User Messaging SMS: Registration support',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registration-help.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_IDENTITIES = {
  title: 'AWS End User Messaging: Step 1: Get a phone number',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-sms-get-set-up-identities.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_TFN = {
  title: 'AWS End User Messaging SMS: United States Toll-free number registration process',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-tfn.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_TFN_BLOG = {
  title: 'AWS Messaging Blog: Automate AWS End User Messaging US toll-free Number Registrations',
  url: 'https://aws.amazon.com/blogs/messaging-and-targeting/automate-us-tfn-registrations',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_SENDER_ID = {
  title: 'AWS End User Messaging SMS: Sender IDs',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_P2P_LONGCODE = {
  title: 'Amazon SNS: Requesting 10DLC numbers, toll-free numbers, and P2P long codes',
  url: 'https://docs.amazonaws.cn/en_us/sns/latest/dg/channels-sms-awssupport-long-code.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_KEYWORDS = {
  title: 'AWS End User Messaging SMS: Keywords',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_STOP_FILTERING = {
  title: 'Twilio Help Center: Twilio support for opt-out keywords (SMS STOP filtering)',
  url: 'https://support.twilio.com/hc/en-us/articles/223134027-Twilio-support-for-opt-out-keywords-SMS-STOP-filtering',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_VONAGE_KEYWORDS = {
  title: 'Vonage Developer: Opt-Out Assist, keyword set-up (mandatory short code keywords)',
  url: 'https://developer.vonage.com/en/opt-out-assist/guides/key-word-setup',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_AWS_OPTOUT_KW = {
  title: 'AWS End User Messaging SMS: Required opt-out keywords',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_10DLC_BLOG = {
  title: 'AWS Messaging Blog: AWS End User Messaging 10DLC Campaign Types and Quotas for SMS',
  url: 'https://aws.amazon.com/blogs/messaging-and-targeting/amazon-pinpoint-10dlc-campaign-types-and-quotas-for-sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_10DLC = {
  title: 'Telnyx: 10DLC Rate Limits & Throughput',
  url: 'https://developers.telnyx.com/docs/messaging/10dlc/10dlc-rate-limits.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_RATE = {
  title: 'Telnyx: SMS messaging rate limits',
  url: 'https://developers.telnyx.com/docs/messaging/messages/rate-limiting',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_INFOBIP_10DLC = {
  title: 'Infobip: 10DLC Throughput',
  url: 'https://infobip.com/docs/10dlc/throughput',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SALESFORCE_US = {
  title: 'Salesforce Help: Guide for Sending SMS Messages to the United States (Chinese-language edition)',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_short_code.htm&language=zh_CN&type=5',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VOIPDOCS_10DLC = {
  title: '10DLC Messaging Overview & Registration (voipdocs help center)',
  url: 'https://voipdocs.helpjuice.com/sms-mms/10dlc-messaging-overview?kb_language=en_US',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CLICKSEND_US = {
  title: 'ClickSend Help: SMS delivery issues to USA',
  url: 'https://help.clicksend.com/article/100fxgolxk-sms-delivery-issues-to-usa',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MESSAGEDESK = {
  title: 'MessageDesk: Restricted Messaging Types (SHAFT-C)',
  url: 'https://docs.messagedesk.com/messaging/restrictions.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;

// --- CTIA / industry sources ---------------------------------------------------------------
const S_CTIA_2023 = {
  title: 'CTIA Messaging Principles and Best Practices (May 2023), as reproduced by Signalmash',
  url: 'https://signalmash.com/2023/12/28/ctia-messaging-principles-best-practices-handbook',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CTIA_SC_HANDBOOK = {
  title: 'CTIA Short Code Monitoring Handbook, as reproduced by US Short Code Directory',
  url: 'https://usshortcodedirectory.com/ctia-short-code-monitoring-handbook/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CTIA_SUMMARY = {
  title: 'PoliticalComms Docs: CTIA compliance',
  url: 'https://docs.politicalcomms.com/compliance/ctia',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_10DLCCHECK = {
  title: '10DLC Check: CTIA guidelines explained',
  url: 'https://10dlccheck.com/learn/ctia-guidelines-explained',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_SBT_OPTOUT = {
  title: 'Solutions by Text: Opt-Out Policy',
  url: 'https://solutionsbytext.com/opt-out-policy/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_FLOWROUTE_CONSENT = {
  title: 'Flowroute: Messaging Guidelines - Consumer Consent',
  url: 'https://flowroute.ladesk.com/755975-Messaging-Guidelines---Consumer-Consent',
  kind: 'provider', reviewed: REVIEWED,
} as const;

// --- Law and regulation ----------------------------------------------------------------------
// ---- State laws stricter than the federal rule (sources read 2026-11-23) ----
const S_FL_SB1120 = { title: 'Florida Senate, CS/SB 1120 (2021), enrolled text amending s. 501.616(6) and s. 501.059', url: 'https://flsenate.gov/Session/Bill/2021/1120/BillText/er/HTML', kind: 'law', reviewed: REVIEWED } as const;
const S_FL_JONESDAY = { title: 'Jones Day: Florida Makes Significant Changes to State Telemarketing Laws (July 2021)', url: 'https://www.jonesday.com/en/insights/2021/07/florida-makes-significant-changes-to-telemarketing-laws', kind: 'secondary', reviewed: REVIEWED } as const;
const S_OK_775C2 = { title: 'Okla. Stat. tit. 15, s. 775C.2, definitions (Telephone Solicitation Act of 2022)', url: 'https://self-law.org/code/ok/title-15-contracts/15-775c-2', kind: 'law', reviewed: REVIEWED } as const;
const S_OK_DATAGUIDANCE = { title: 'DataGuidance: Oklahoma Telephone Solicitation Act, what you need to know', url: 'https://www.dataguidance.com/opinion/oklahoma-telephone-solicitation-act-what-you-need', kind: 'secondary', reviewed: REVIEWED } as const;
const S_MD_14_4502 = { title: 'Md. Code, Com. Law s. 14-4502 (Stop the Spam Calls Act of 2023)', url: 'https://lexace.ai/us/statute/maryland/CL-14-4502', kind: 'law', reviewed: REVIEWED } as const;
const S_MD_KELLEYDRYE = { title: "Kelley Drye (JD Supra): Maryland's New Telemarketing Law Now in Effect", url: 'https://www.jdsupra.com/legalnews/maryland-s-new-telemarketing-law-now-in-7567525/', kind: 'secondary', reviewed: REVIEWED } as const;
const S_WA_DWT = { title: 'Davis Wright Tremaine: Washington TCPA telemarketing restrictions law (Aug 2022)', url: 'https://www.dwt.com/blogs/family-business-resource-center/2022/08/washington-tcpa-telemarketing-restrictions-law', kind: 'secondary', reviewed: REVIEWED } as const;
const S_WA_NATLAW = { title: 'National Law Review: Washington Becomes Latest State to Tighten Restrictions on Telemarketing (June 2022)', url: 'https://www.natlawreview.com/article/washington-becomes-latest-state-to-tighten-restrictions-telemarketing', kind: 'secondary', reviewed: REVIEWED } as const;
const S_TX_MORGANLEWIS = { title: 'Morgan Lewis: Texas Telephone Solicitation Law Now Covers Text Messages (2025-09-19)', url: 'https://www.morganlewis.com/pubs/2025/09/texas-telephone-solicitation-law-now-covers-text-messages', kind: 'secondary', reviewed: REVIEWED } as const;
const S_TX_PAULHASTINGS = { title: 'Paul Hastings: Marketing Texts in Texas, SB 140 Broadens State Telemarketing Regulations (2025-08-28)', url: 'https://www.paulhastings.com/insights/ph-privacy/marketing-texts-in-texas-sb-140-broadens-state-telemarketing-regulations', kind: 'secondary', reviewed: REVIEWED } as const;
const S_TX_LEGALCLARITY = { title: 'LegalClarity: What Is the Legal Time to Call Customers in Texas?', url: 'https://legalclarity.org/what-is-the-legal-time-to-call-customers-in-texas', kind: 'secondary', reviewed: REVIEWED } as const;
const S_CT_MANATT = { title: 'Manatt (TCPA Connect): Connecticut Senate Bill 1058', url: 'https://www.manatt.com/insights/newsletters/tcpa-connect/connecticut-senate-bill-1058', kind: 'secondary', reviewed: REVIEWED } as const;
const S_CT_TCPAWORLD = { title: 'TCPAWorld: Connecticut rolls out new telemarketing requirements (2023-06-28)', url: 'https://tcpaworld.com/2023/06/28/connecticut-rolls-out-new-telemarketing-requirements-here-is-what-you-need-to-know/', kind: 'secondary', reviewed: REVIEWED } as const;
const S_OR_TROUTMAN = { title: 'Troutman Pepper Locke (JD Supra): Oregon Passes New Telephone Solicitation Law', url: 'https://production.jdsupra.com/legalnews/oregon-passes-new-telephone-8210765', kind: 'secondary', reviewed: REVIEWED } as const;
const S_OR_POSTSCRIPT = { title: "Postscript: What's Changing in Oregon (HB 3865)", url: 'https://postscript.io/blog/oregon-house-bill-3865', kind: 'provider', reviewed: REVIEWED } as const;
const S_LA_45_844 = { title: 'La. R.S. 45:844.31, telemarketing during a declared state of emergency', url: 'https://casetext.com/statute/louisiana-revised-statutes/revised-statutes/title-45-public-utilities-and-carriers/chapter-8-j-telephonic-solicitation-prohibited-during-state-of-emergency/section-4584431-telemarketing-activities-prohibitions-exceptions', kind: 'law', reviewed: REVIEWED } as const;
const S_LA_DNC_ALERTS = { title: 'DNC.com: Restricted Call Dates 2023 (Louisiana PSC General Order R-29617)', url: 'https://dnc.com/holiday-alerts?year=2023', kind: 'secondary', reviewed: REVIEWED } as const;
const S_MA_201CMR = { title: '201 CMR 12.02, general telephone solicitation regulations (Massachusetts)', url: 'https://regulations.justia.com/states/massachusetts/201-cmr/title-201-cmr-12-00/section-12-02', kind: 'law', reviewed: REVIEWED } as const;
const S_MS_77_3_723 = { title: 'Miss. Code Ann. s. 77-3-723, rules for authorized calls', url: 'https://getpocketlaw.com/law/state_mississippi/section-77-3-723-rules-for-authorized-calls_57b73fa7ff73', kind: 'law', reviewed: REVIEWED } as const;
const S_MS_DNC_2024 = { title: 'DNC.com: No More Holidays for Mississippi Marketers (2024-06-03)', url: 'https://www.dnc.com/blog/no-more-holidays-mississippi-marketers-magnolia-state-lifts-prohibition-telemarketing-legal', kind: 'secondary', reviewed: REVIEWED } as const;
const S_RI_5_61_3_6 = { title: 'R.I. Gen. Laws s. 5-61-3.6, hours of operation (with s. 5-61-2)', url: 'https://webserver.rilegislature.gov/Statutes/TITLE5/5-61/5-61-3.6.htm', kind: 'law', reviewed: REVIEWED } as const;
const S_UT_13_25A_103 = { title: 'Utah Code s. 13-25a-103 (FindLaw, current as of 2025-01-01)', url: 'https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-25a-103/', kind: 'law', reviewed: REVIEWED } as const;
const S_PA_2245 = { title: '73 P.S. s. 2245, unlawful acts (Westlaw, effective 2019-12-03)', url: 'https://govt.westlaw.com/pac/Document/NE4CC77F0E9F711E9BEFE89A994168F89?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)', kind: 'law', reviewed: REVIEWED } as const;
const S_PA_DRIPS = { title: 'Drips: New Dialing Law Goes into Effect on 12/3/19', url: 'https://www.drips.com/blog/new-dialing-law-goes-into-effect-on-12-3-19-what-you-need-to-know/', kind: 'provider', reviewed: REVIEWED } as const;
const S_NM_57_12_22 = { title: 'N.M. Stat. s. 57-12-22, telephone solicitation sales (2006 compilation, Justia)', url: 'https://law.justia.com/codes/new-mexico/2006/nmrc/jd_57-12-22-13117.html', kind: 'law', reviewed: REVIEWED } as const;
const S_NM_STATEREGS = { title: 'StateRegsToday: Telemarketing and Do-Not-Call Lists in New Mexico', url: 'https://stateregstoday.com/?p=13795', kind: 'secondary', reviewed: REVIEWED } as const;
const S_AL_770X517 = { title: 'Ala. Admin. Code r. 770-X-5-.17, live and automated solicitations (current through 2024-11-27)', url: 'https://d1tvxue8o4w0fl.cloudfront.net/regulation/alabama-administrative-code/title-770-alabama-public-service-commission/chapter-770-x-5-telephone-rules/section-770-x-5-17-live-and-automated-solicitations-and-announcements', kind: 'law', reviewed: REVIEWED } as const;

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MON_SAT = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const STATE_MARKETING = ['marketing', 'mixed'] as const;

const S_CFR_64_1200 = {
  title: '47 CFR 64.1200 (FCC rules implementing the Telephone Consumer Protection Act)',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_ROTHJACKSON = {
  title: 'Roth Jackson: The FCC Announces Effective Date for New Consent Revocation Rules (Nov 2024)',
  url: 'https://www.rothjackson.com/blog/2024/11/the-fcc-announces-effective-date-for-new-consent-revocation-rules/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_KELLEYDRYE = {
  title: 'Kelley Drye Ad Law Access: FCC Sets Effective Date for TCPA "Reasonable" Consent Revocation Rules',
  url: 'https://kelleydrye.com/viewpoints/blogs/ad-law-access/fcc-sets-effective-date-for-tcpa-reasonable-consent-revocation-rules',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_JDSUPRA_WAIVER = {
  title: 'JD Supra: FCC Issues One-Year Limited Waiver of TCPA revocation rule (April 2025)',
  url: 'https://jdsupra.com/legalnews/fcc-issues-one-year-limited-waiver-of-9458629',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ABA_REVOKE_ALL = {
  title: 'ABA Banking Journal: FCC grants ABA-requested extension of revoke-all rule\'s effective date (2026-01-06)',
  url: 'https://bankingjournal.aba.com/2026/01/fcc-grants-aba-requested-extension-of-revoke-all-rules-effective-date/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CFSLM_REVOKE_ALL = {
  title: 'Consumer Financial Services Law Monitor: FCC further extends TCPA revoke-all effective date',
  url: 'https://www.consumerfinancialserviceslawmonitor.com/?p=30918',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_COMPLIANCEPOINT = {
  title: 'CompliancePoint: FCC Delays "Revoke-All" Again',
  url: 'https://www.compliancepoint.com/marketing-compliance/fcc-delays-revoke-all-again',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_NWDEBT_QUIET = {
  title: 'NW Debt Resolution: Telephone Consumer Protection Act call time restrictions',
  url: 'https://www.nwdebtresolution.com/post/telephone-consumer-protection-act-call-time-restrictions',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_DWT_RND = {
  title: 'Davis Wright Tremaine: FCC TCPA safe harbor and Reassigned Numbers Database',
  url: 'https://www.dwt.com/blogs/broadband-advisor/2020/07/fcc-tcpa-safe-harbor-reassigned-number-database',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_PANORAMA_RND = {
  title: 'Panorama Legal: The FCC\'s new reassigned number database is live (Nov 2021)',
  url: 'https://panoramalegal.com/2021/11/04/the-fccs-new-recycled-number-spotting-database-is-live-heres-how-to-use-it/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;

// ---- A2P 10DLC brand types, campaign use cases and carrier limits (read 2026-11-23) ----
const S_TELNYX_CAMPAIGNS = { title: 'Telnyx: 10DLC Campaign Registration (use case types, carrier provisioning times)', url: 'https://developers.telnyx.com/docs/messaging/10dlc/campaign-registration', kind: 'provider', reviewed: REVIEWED } as const;
const S_WEBEX_USE_CASES = { title: 'Webex Connect: Types of Campaigns and Terms (10DLC standard and special use cases)', url: 'https://help.webexconnect.io/docs/types-of-campaigns-and-terms', kind: 'provider', reviewed: REVIEWED } as const;
const S_FONESTORM_USE_CASES = { title: 'FoneStorm Developer: Campaign Registration (10DLC use case definitions)', url: 'https://developer.fonestorm.com/docs/campaign-registration', kind: 'provider', reviewed: REVIEWED } as const;
const S_CONVEY_USE_CASES = { title: 'Convey Support: 10DLC Use Cases', url: 'https://support.goconvey.com/hc/en-us/articles/46086533729811-10DLC-Use-Cases', kind: 'provider', reviewed: REVIEWED } as const;
const S_TWILIO_SPECIAL = { title: 'Twilio Support: Special Use Cases for A2P 10DLC (as of July 2021)', url: 'https://support.twilio.com/hc/en-us/articles/4402972441243-Special-Use-Cases-for-A2P-10DLC', kind: 'provider', reviewed: REVIEWED } as const;
const S_TWILIO_GOV_NONPROFIT = { title: 'Twilio Docs: A2P 10DLC Registration for Government and Nonprofit Agencies', url: 'https://www.twilio.com/docs/sms/a2p-10dlc/onboarding-for-government-and-non-profit-agencies', kind: 'provider', reviewed: REVIEWED } as const;
const S_TWILIO_ERR_POLITICAL = { title: 'Twilio error 30542: Political messaging must use the Political use case category (modified 2026-09-14)', url: 'https://www.twilio.com/docs/api/errors/30542', kind: 'provider', reviewed: REVIEWED } as const;
const S_TWILIO_ERR_CV = { title: 'Twilio error 30826: Verification rejection - Political campaigns require a Campaign Verify token', url: 'https://www.twilio.com/docs/api/errors/30826', kind: 'provider', reviewed: REVIEWED } as const;
const S_INFOBIP_POLITICAL = { title: 'Infobip: 10DLC Political use case', url: 'https://www.infobip.com/docs/10dlc/political-use-case', kind: 'provider', reviewed: REVIEWED } as const;
const S_TWILIO_BRAND = { title: 'Twilio Docs: A2P 10DLC Brand Registration', url: 'https://www.twilio.com/docs/trust-hub/registrations/a2p-10dlc-brand', kind: 'provider', reviewed: REVIEWED } as const;
const S_TWILIO_SOLE_PROP = { title: 'Twilio Docs: New Sole Proprietor A2P 10DLC Registration for ISVs', url: 'https://www.twilio.com/docs/messaging/compliance/a2p-10dlc/onboarding-isv-api-sole-prop-new', kind: 'provider', reviewed: REVIEWED } as const;
const S_TELNYX_SOLE_PROP = { title: 'Telnyx: Sole Proprietor 10DLC Registration', url: 'https://developers.telnyx.com/docs/messaging/10dlc/sole-proprietor', kind: 'provider', reviewed: REVIEWED } as const;
const S_TWILIO_TMO_CAPS = { title: 'Twilio Support: T-Mobile daily message limits for long code messaging with A2P 10DLC', url: 'https://support.twilio.com/hc/en-us/articles/1260804800549-T-Mobile-daily-message-limits-for-long-code-messaging-with-A2P-10DLC', kind: 'provider', reviewed: REVIEWED } as const;
const S_BIRD_CAPS = { title: 'Bird Docs: 10DLC Throughput and Daily Caps', url: 'https://docs.bird.com/applications/enable-channels/sms/sms-10dlc/troughput-and-daily-caps', kind: 'provider', reviewed: REVIEWED } as const;
const S_SALESMSG_MPS = { title: 'Salesmessage Help: Message Throughput (MPS) and Trust Scores for A2P 10DLC', url: 'https://help.salesmessage.com/en/articles/6209896-message-throughput-mps-and-trust-scores-for-a2p-10dlc', kind: 'provider', reviewed: REVIEWED } as const;

// Sources for provider offers, read 2026-12-06.
const R_OFFERS = '2026-12-06' as const;
const S_PLIVO_USCA = {
  title: 'Plivo Docs: US and Canada Messaging (long codes, toll-free numbers, short codes)',
  url: 'https://www.plivo.com/docs/sms/concepts/us-ca-messaging/',
  kind: 'provider', reviewed: R_OFFERS,
} as const;
const S_PLIVO_COMPLIANCE = {
  title: 'Plivo Docs: Messaging compliance (Canada: Canadian long codes cannot send to the US)',
  url: 'https://plivo.com/docs/faq/messaging/messaging-compliance',
  kind: 'provider', reviewed: R_OFFERS,
} as const;
const S_BIRD_TF = {
  title: 'Bird: Toll-free numbers for the US and Canada',
  url: 'https://bird.com/en-au/products/sms/numbers/toll-free',
  kind: 'provider', reviewed: R_OFFERS,
} as const;

const NOT_APPLICABLE = 'Not applicable: this sender type is not accepted for A2P SMS to the US.';

export const US: CountryRules = {
  country: 'US',
  name: 'United States',
  status: 'researched',
  reviewed: REVIEWED,
  timeZones: [
    'America/New_York',
    'America/Chicago',
    'America/Los_Angeles',
    'America/Denver',
    'America/Phoenix',
    'America/Detroit',
    'America/Indiana/Indianapolis',
    'America/Kentucky/Louisville',
    'Pacific/Honolulu',
    'America/Anchorage',
    'America/Boise',
    'America/Kentucky/Monticello',
    'America/Indiana/Vincennes',
    'America/Indiana/Winamac',
    'America/Indiana/Marengo',
    'America/Indiana/Petersburg',
    'America/Indiana/Vevay',
    'America/Indiana/Tell_City',
    'America/Indiana/Knox',
    'America/Menominee',
    'America/North_Dakota/Center',
    'America/North_Dakota/New_Salem',
    'America/North_Dakota/Beulah',
    'America/Juneau',
    'America/Sitka',
    'America/Metlakatla',
    'America/Yakutat',
    'America/Nome',
    'America/Adak',
  ],
  languages: ['en', 'es'],

  traffic: {
    regime: {
      value: 'platform-a2p',
      sources: [S_CTIA_2023, S_TWILIO_INTL],
      note:
        'CTIA (May 2023) renamed P2P/A2P to Consumer/Non-Consumer: any message whose sender is a business, or an agent acting for one, is Non-Consumer. Twilio states carriers treat all messages sent through its platform as A2P. Vonage still describes P2P traffic on long virtual numbers, but that does not cover business traffic.',
    },
    a2pOnP2pRoutesFiltered: {
      value: true,
      sources: [S_AWS_P2P_LONGCODE, S_TWILIO_US_OLD],
      note:
        'AWS: since 2021-06-01 US carriers no longer accept A2P traffic over P2P long codes (10DLC registration is the route instead). An older edition of Twilio\'s guideline (pre-10DLC, citing CTIA 2017) already said A2P was not permitted over US long codes and was subject to carrier filtering.',
    },
  },

  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_TWILIO_US, S_TWILIO_SC_GUIDE, S_VONAGE_US],
        note: 'Dedicated short codes only: Vonage reports that T-Mobile and AT&T codes of conduct ended shared short codes (migration deadline 2022-03-01).',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_US, S_TWILIO_SC_GUIDE] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE_US] },
        { provider: 'aws', offered: true, sources: [S_AWS_IDENTITIES] },
        { provider: 'telnyx', offered: true, sources: [S_TELNYX_RATE] },
        { provider: 'plivo', offered: true, sources: [S_PLIVO_USCA] },
      ],
      registration: {
        value: 'required',
        sources: [S_AWS_IDENTITIES, S_TWILIO_SC_WHAT],
        note: 'Each short code program is reviewed and approved by the carriers before it can send.',
      },
      programme: 'us.short-code',
      twoWay: { value: true, sources: [S_SALESFORCE_US] },
      throughput: {
        value: { messagesPerSecond: 100, text: 'About 100 SMS per second per short code by default; more can be bought from the provider.' },
        sources: [S_TWILIO_SC_WHAT, S_TWILIO_SC_GUIDE, S_TELNYX_RATE],
        note: 'Telnyx lists a platform ceiling of 1,000 MPS per short code; 100 MPS is the default Twilio quotes.',
      },
      leadTime: {
        value: { minDays: 56, maxDays: 84 },
        sources: [S_TWILIO_SC_WHAT, S_SALESFORCE_US, S_CLICKSEND_US],
        note: 'Twilio: approval typically 8 to 12 weeks. Salesforce: 10 to 12 weeks, with delays around holidays and carrier freeze periods. A ClickSend help page (not a major provider) quotes 4 to 8 weeks.',
      },
      senderIdPreserved: {
        value: 'unknown',
        note: 'The sender-ID-preserved row of the Twilio US table was not visible in the stored copy.',
        sources: [S_TWILIO_US],
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Twilio lists OTP, marketing, account alerts and reminders as common short code uses; no source states that no use case is restricted. Short codes only reach US carriers that approved the code.',
        sources: [S_TWILIO_SC_GUIDE],
      },
    },

    'toll-free': {
      supported: { value: true, sources: [S_TWILIO_US, S_VONAGE_TF, S_AWS_IDENTITIES] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TWILIO_US, S_TWILIO_TF_MPS] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE_TF] },
        { provider: 'aws', offered: true, sources: [S_AWS_IDENTITIES, S_AWS_TFN] },
        { provider: 'bird', offered: true, twoWay: true, sources: [S_BIRD_TF] },
        { provider: 'telnyx', offered: true, sources: [S_TELNYX_RATE] },
        { provider: 'plivo', offered: true, sources: [S_PLIVO_USCA] },
      ],
      registration: {
        value: 'required',
        sources: [S_TWILIO_TFV, S_AWS_IDENTITIES, S_VONAGE_TFV],
        note: 'Twilio: traffic from unverified ("Restricted") toll-free numbers blocked in the US from 2023-11-08, and from numbers with pending verification from 2024-01-31.',
      },
      programme: 'us.toll-free-verification',
      twoWay: {
        value: true,
        sources: [S_TWILIO_TF_MPS],
        note: 'US toll-free numbers send and receive SMS/MMS with mobile users in the US and Canada.',
      },
      throughput: {
        value: { messagesPerSecond: 3, text: 'Default 3 message segments per second per toll-free number; high-throughput toll-free from 25 up to 150 MPS on request (Twilio).' },
        sources: [S_TWILIO_TF_MPS, S_AWS_TFN_BLOG, S_TELNYX_RATE],
        note: 'Twilio and AWS give 3 MPS as the default per toll-free number; Telnyx lists 20 MPS per toll-free number as its own platform default.',
      },
      leadTime: {
        value: { minDays: 7, maxDays: 21 },
        sources: [S_VONAGE_TFV, S_AWS_TFN],
        note: 'Vonage quotes about one business week; AWS says processing can take up to 15 business days (about 3 calendar weeks).',
      },
      senderIdPreserved: {
        value: 'unknown',
        note: 'The sender-ID-preserved row of the Twilio US table was not visible in the stored copy.',
        sources: [S_TWILIO_US],
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Vonage says marketing on toll-free is allowed only on a limited basis, and AWS registers each toll-free number for one declared use case; no source gives a definitive list of refused use cases.',
        sources: [S_VONAGE_TF, S_AWS_TFN],
      },
    },

    'local-long-code': {
      supported: {
        value: true,
        sources: [S_TWILIO_US, S_VONAGE_US, S_AWS_REG_HELP],
        note: 'Only as registered A2P 10DLC numbers.',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TWILIO_US] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE_US, S_VONAGE_10DLC] },
        { provider: 'aws', offered: true, sources: [S_AWS_IDENTITIES, S_AWS_REG_HELP] },
        { provider: 'telnyx', offered: true, sources: [S_TELNYX_10DLC] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP_10DLC] },
        { provider: 'bird', offered: true, sources: [S_BIRD_CAPS] },
        { provider: 'plivo', offered: true, sources: [S_PLIVO_USCA] },
      ],
      registration: {
        value: 'required',
        sources: [S_AWS_REG_HELP, S_VONAGE_THROUGHPUT, S_VOIPDOCS_10DLC],
        note: 'Brand and campaign must be registered with The Campaign Registry; carriers block unregistered 10DLC traffic (voipdocs reports blocking from 2025-02-01).',
      },
      programme: 'us.10dlc',
      twoWay: { value: true, sources: [S_SALESFORCE_US, S_TWILIO_US] },
      throughput: {
        value: {
          messagesPerSecond: 4,
          messagesPerDay: 2000,
          text:
            'Set per campaign by carriers from the brand type, use case and vetting score (see the us.10dlc limits). The figures given are the low-score AT&T class (240 a minute, about 4 a second) and the T-Mobile cap for a brand that is not vetted (2,000 a day); vetting raises them up to 4,500 a minute and 200,000 a day.',
        },
        sources: [S_TELNYX_10DLC, S_INFOBIP_10DLC, S_AWS_10DLC_BLOG],
        note: 'An older AWS table gives 75/40/4/0.2 MPS with different score bands, and says each AWS number starts at 1 MPS until an increase is requested.',
      },
      leadTime: {
        value: { minDays: 7, maxDays: 28 },
        sources: [S_SALESFORCE_US, S_VONAGE_10DLC],
        note: 'Salesforce: 1 to 4 weeks. Vonage: carrier approval of a campaign can take up to 7 days, on top of brand registration and optional vetting.',
      },
      senderIdPreserved: {
        value: 'unknown',
        note: 'The sender-ID-preserved row of the Twilio US table was not visible in the stored copy.',
        sources: [S_TWILIO_US],
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Campaigns are approved per declared use case; no source gives a list of use cases refused on 10DLC beyond the forbidden content categories.',
      },
    },

    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TWILIO_US, S_VONAGE_US, S_PLIVO_COMPLIANCE],
        note: 'Twilio marks international long codes as not supported by US operators; Vonage says all SMS to the US must come from a US long number, toll-free number, 10DLC or short code. Canadian numbers share the +1 plan; Plivo says Canadian long codes may not text the US.',
      },
      registration: { value: 'unknown', note: NOT_APPLICABLE },
      twoWay: { value: 'unknown', note: NOT_APPLICABLE },
      throughput: { value: 'unknown', note: NOT_APPLICABLE },
      leadTime: { value: 'unknown', note: NOT_APPLICABLE },
      senderIdPreserved: { value: 'unknown', note: NOT_APPLICABLE },
      restrictedUseCases: { value: 'unknown', note: NOT_APPLICABLE },
    },

    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TWILIO_US, S_VONAGE_US, S_AWS_SENDER_ID, S_SALESFORCE_US],
        note: 'Alphanumeric sender IDs are not supported in the US; Salesforce says messages sent with a sender name are blocked.',
      },
      offers: [
        { provider: 'vonage', offered: false, sources: [S_VONAGE_US] },
        { provider: 'aws', offered: false, sources: [S_AWS_SENDER_ID] },
      ],
      registration: { value: 'unknown', note: NOT_APPLICABLE },
      twoWay: {
        value: false,
        sources: [S_TWILIO_ALPHA],
        note: 'Alphanumeric sender IDs are one-way by nature.',
      },
      throughput: { value: 'unknown', note: NOT_APPLICABLE },
      leadTime: { value: 'unknown', note: NOT_APPLICABLE },
      senderIdPreserved: { value: 'unknown', note: NOT_APPLICABLE },
      restrictedUseCases: { value: 'unknown', note: NOT_APPLICABLE },
    },

    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TWILIO_US, S_VONAGE_US, S_SALESFORCE_US],
        note: 'Twilio marks pre-registered alphanumeric IDs as not supported by US operators; there is no US registration route.',
      },
      offers: [
        { provider: 'vonage', offered: false, sources: [S_VONAGE_US] },
      ],
      registration: { value: 'unknown', note: NOT_APPLICABLE },
      twoWay: {
        value: false,
        sources: [S_TWILIO_ALPHA],
        note: 'Alphanumeric sender IDs are one-way by nature.',
      },
      throughput: { value: 'unknown', note: NOT_APPLICABLE },
      leadTime: { value: 'unknown', note: NOT_APPLICABLE },
      senderIdPreserved: { value: 'unknown', note: NOT_APPLICABLE },
      restrictedUseCases: { value: 'unknown', note: NOT_APPLICABLE },
    },
  },

  consent: {
    marketing: {
      value: 'express-written',
      sources: [S_ROTHJACKSON, S_FLOWROUTE_CONSENT, S_CFR_64_1200],
      note: 'TCPA: autodialed texts that advertise or telemarket need prior express written consent (47 CFR 64.1200(a)(2)).',
    },
    transactional: {
      value: 'express',
      sources: [S_ROTHJACKSON, S_FLOWROUTE_CONSENT, S_CFR_64_1200, S_CTIA_2023],
      note: 'TCPA: non-marketing autodialed texts to mobile numbers need prior express consent (47 CFR 64.1200(a)(1)); emergency messages are exempt. CTIA also expects consent for all Non-Consumer messages; a reply to a message the consumer started needs no further consent.',
    },
    laws: {
      value: [
        'Telephone Consumer Protection Act of 1991 (47 U.S.C. 227)',
        'FCC rules on telephone solicitation and robocalls/robotexts (47 CFR 64.1200)',
      ],
      sources: [S_ROTHJACKSON, S_CFR_64_1200],
    },
  },

  optOut: {
    optInKeywords: {
      value: ['START', 'UNSTOP', 'YES', 'JOIN'],
      sources: [S_TWILIO_STOP_FILTERING, S_AWS_OPTOUT_KW, S_VONAGE_KEYWORDS],
      note: 'Twilio opts a number back in on START, YES or UNSTOP; on toll-free numbers the carrier layer takes START and UNSTOP (AWS, Twilio). Vonage registers START and JOIN as the opt-in keywords of every short code.',
    },
    revocation: [
      {
        value: { means: 'reasonable-means', scope: 'replied-to', honourWithinBusinessDays: 10 },
        sources: [S_CFR_64_1200, S_KELLEYDRYE, S_ROTHJACKSON],
        note: '47 CFR 64.1200(a)(10), in force from 2025-04-11: a reply using stop, quit, end, revoke, opt out, cancel or unsubscribe revokes consent even inside a longer reply, any other reasonable means counts too, and the revocation must be honoured within 10 business days.',
        effectiveFrom: '2025-04-11',
        effectiveUntil: '2027-01-31',
      },
      {
        value: { means: 'reasonable-means', scope: 'all', honourWithinBusinessDays: 10 },
        sources: [S_CFR_64_1200, S_ABA_REVOKE_ALL, S_CFSLM_REVOKE_ALL],
        note: 'From 2027-01-31 (after the FCC twice extended the date) a revocation given in reply to one kind of message stops every robocall and robotext from that sender that needs consent, on unrelated topics too.',
        effectiveFrom: '2027-01-31',
      },
    ],
    keywords: {
      value: ['STOP', 'QUIT', 'END', 'REVOKE', 'OPT OUT', 'OPTOUT', 'CANCEL', 'UNSUBSCRIBE', 'STOPALL'],
      sources: [S_KELLEYDRYE, S_SBT_OPTOUT, S_AWS_OPTOUT_KW, S_TWILIO_STOP_FILTERING],
      note: 'FCC (from 2025-04-11): a reply of stop, quit, end, revoke, opt out, cancel or unsubscribe revokes consent by itself, and any other reasonable wording also counts. CTIA-aligned carriers expect STOP, END, CANCEL, UNSUBSCRIBE and QUIT. On US toll-free numbers the carrier handles STOP itself; START or UNSTOP resubscribes.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_CTIA_SC_HANDBOOK, S_CTIA_SUMMARY, S_10DLCCHECK],
      note: 'CTIA requires opt-out instructions in the call-to-action and opt-in confirmation of recurring programs, and carriers review campaign samples for them. Federal law does not put a STOP line in every text, except where replies cannot be received (see obligations).',
    },
    transactionalInstructions: {
      value: 'recommended',
      sources: [S_CTIA_SC_HANDBOOK, S_10DLCCHECK],
      note: 'CTIA-style programs state opt-out in the confirmation message; per-message instructions on informational texts are not mandated by the sources read.',
    },
    wording: {
      value: 'A short line such as "Reply STOP to opt out" naming the keyword; if the sending number cannot take replies, each text must say so and give another way to opt out (web page or phone number).',
      sources: [S_KELLEYDRYE, S_CTIA_SUMMARY],
    },
    deadline: {
      value: 'Honour every reasonable opt-out as soon as practicable and within 10 business days at most; one confirmation text without marketing content may be sent (presumed fine within 5 minutes).',
      sources: [S_KELLEYDRYE, S_ROTHJACKSON, S_COMPLIANCEPOINT],
      note: 'The 10-business-day limit applies from 2025-04-11; the one-confirmation-text rule (47 CFR 64.1200(a)(12)) since 2024-04-04. CTIA-aligned providers act on STOP immediately.',
    },
  },

  help: {
    keywords: {
      value: ['HELP', 'INFO'],
      sources: [S_AWS_KEYWORDS, S_SBT_OPTOUT],
    },
    required: {
      value: 'required',
      sources: [S_AWS_KEYWORDS, S_SBT_OPTOUT, S_CTIA_SUMMARY],
      note: 'US carriers require short codes to answer HELP with customer-support contact details; AWS and industry practice expect the same on 10DLC and other long codes, whether or not the sender is subscribed.',
    },
  },

  quietHours: {
    value: [
      {
        id: 'quiet-hours.us.telephone-solicitation',
        level: 'required',
        useCases: ['marketing', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text:
          'Federal rule: no telephone solicitation before 8 a.m. or after 9 p.m. in the recipient\'s local time (47 CFR 64.1200(c)(1)). The federal definition of telephone solicitation leaves out messages sent with the recipient\'s prior express invitation or permission, to customers with an established business relationship, or by tax-exempt nonprofits; lawsuits apply the rule to texts, so keep promotional texts inside the window.',
        sources: [S_CFR_64_1200, S_NWDEBT_QUIET],
      },
      {
        id: 'quiet-hours.us.fl',
        level: 'required',
        useCases: STATE_MARKETING,
        regions: ['US-FL'],
        allowed: [{ days: WEEK, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Florida: commercial telephone solicitation only from 8 a.m. to 8 p.m. in the recipient\'s time zone (Fla. Stat. 501.616(6)(a), since 2021-07-01). The Florida Telephone Solicitation Act (501.059) names text messages; whether the hours section reaches texts is not settled, so apply it to marketing texts.',
        sources: [S_FL_SB1120, S_FL_JONESDAY],
      },
      {
        id: 'quiet-hours.us.ok',
        level: 'required',
        useCases: STATE_MARKETING,
        regions: ['US-OK'],
        allowed: [{ days: WEEK, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Oklahoma: commercial telephonic sales calls, text messages included, only from 8 a.m. to 8 p.m. in the recipient\'s local time (Telephone Solicitation Act of 2022, 15 O.S. 775C, from 2022-11-01).',
        sources: [S_OK_775C2, S_OK_DATAGUIDANCE],
        effectiveFrom: '2022-11-01',
      },
      {
        id: 'quiet-hours.us.md',
        level: 'required',
        useCases: STATE_MARKETING,
        regions: ['US-MD'],
        allowed: [{ days: WEEK, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Maryland: telephone solicitations, calls or texts, only from 8 a.m. to 8 p.m. in the recipient\'s local time (Stop the Spam Calls Act of 2023, Com. Law 14-4501 et seq., from 2024-01-01).',
        sources: [S_MD_14_4502, S_MD_KELLEYDRYE],
        effectiveFrom: '2024-01-01',
      },
      {
        id: 'quiet-hours.us.wa',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-WA'],
        allowed: [{ days: WEEK, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Washington: telephone solicitation only from 8 a.m. to 8 p.m. at the recipient\'s location (RCW 80.36.390, RCW 19.158.040). The sources speak of calls; applying the hours to marketing texts is the safe course. Commercial texts also need the recipient\'s clear, affirmative prior consent (RCW 19.190).',
        sources: [S_WA_DWT, S_WA_NATLAW],
      },
      {
        id: 'quiet-hours.us.tx',
        level: 'required',
        useCases: STATE_MARKETING,
        regions: ['US-TX'],
        allowed: [
          { days: MON_SAT, start: '09:00', end: '21:00' },
          { days: ['sun'], start: '12:00', end: '21:00' },
        ],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Texas: telephone solicitation only Monday to Saturday 9 a.m. to 9 p.m. and Sunday noon to 9 p.m. (Bus. & Com. Code 301.051); SB 140 brought text messages under the state telemarketing law from 2025-09-01.',
        sources: [S_TX_MORGANLEWIS, S_TX_PAULHASTINGS],
        effectiveFrom: '2025-09-01',
      },
      {
        id: 'quiet-hours.us.tx-central',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-TX'],
        allowed: [
          { days: MON_SAT, start: '09:00', end: '21:00' },
          { days: ['sun'], start: '12:00', end: '21:00' },
        ],
        publicHolidays: 'not-covered',
        timeBasis: { zone: 'America/Chicago' },
        text: 'Texas, second reading: one source counts the same hours in Central Time, which is stricter for recipients in the Mountain-time part of Texas (El Paso); keeping both readings is the safe course.',
        sources: [S_TX_LEGALCLARITY],
        effectiveFrom: '2025-09-01',
      },
      {
        id: 'quiet-hours.us.ct',
        level: 'required',
        useCases: STATE_MARKETING,
        regions: ['US-CT'],
        allowed: [{ days: WEEK, start: '09:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Connecticut: telephonic sales calls, text and media messages included, only from 9 a.m. to 8 p.m. local time (Conn. Gen. Stat. 42-288a as amended by Public Act 23-98, from 2023-10-01); they also need prior express written consent.',
        sources: [S_CT_MANATT, S_CT_TCPAWORLD],
        effectiveFrom: '2023-10-01',
      },
      {
        id: 'quiet-hours.us.or',
        level: 'required',
        useCases: STATE_MARKETING,
        regions: ['US-OR'],
        allowed: [{ days: WEEK, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Oregon: telephone solicitations, text messages included, only from 8 a.m. to 8 p.m. (ORS 646.551 et seq. as amended by HB 3865, from 2026-01-01).',
        sources: [S_OR_TROUTMAN, S_OR_POSTSCRIPT],
        effectiveFrom: '2026-01-01',
      },
      {
        id: 'quiet-hours.us.la',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-LA'],
        allowed: [{ days: MON_SAT, start: '08:00', end: '20:00' }],
        publicHolidays: 'closed',
        timeBasis: 'recipient-local',
        text: 'Louisiana: telephone solicitation only Monday to Saturday 8 a.m. to 8 p.m., never on Sundays or state legal holidays (La. R.S. 45:811; PSC General Order R-29617), and not at all during a declared state of emergency (La. R.S. 45:844.31). Whether texts are covered is not settled; treat marketing texts as covered.',
        sources: [S_LA_45_844, S_LA_DNC_ALERTS],
      },
      {
        id: 'quiet-hours.us.ma',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-MA'],
        allowed: [{ days: WEEK, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Massachusetts: unsolicited telephonic sales calls only from 8 a.m. to 8 p.m. at the consumer\'s location (201 CMR 12.02(2)). The sources do not say whether texts are covered; applying it to marketing texts is the safe course.',
        sources: [S_MA_201CMR],
      },
      {
        id: 'quiet-hours.us.ms',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-MS'],
        allowed: [{ days: MON_SAT, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'Mississippi: telephone solicitation only from 8 a.m. to 8 p.m. and never on Sundays (Miss. Code Ann. 77-3-723); the former ban on legal holidays was lifted in 2024.',
        sources: [S_MS_77_3_723, S_MS_DNC_2024],
      },
      {
        id: 'quiet-hours.us.ms-standard-time',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-MS'],
        allowed: [{ days: MON_SAT, start: '08:00', end: '20:00' }],
        publicHolidays: 'not-covered',
        timeBasis: { zone: 'Etc/GMT+6' },
        text: 'Mississippi, literal reading: the statute counts the hours in Central Standard Time, so during daylight saving the window starts at 9 a.m. on local clocks; keeping both readings is the safe course.',
        sources: [S_MS_77_3_723],
      },
      {
        id: 'quiet-hours.us.ri',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-RI'],
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' },
          { days: ['sat'], start: '10:00', end: '17:00' },
        ],
        publicHolidays: 'closed',
        timeBasis: 'recipient-local',
        text: 'Rhode Island: unsolicited telephonic sales calls to residential or mobile numbers only Monday to Friday 9 a.m. to 6 p.m. and Saturday 10 a.m. to 5 p.m., never on Sundays or state or federal holidays (R.I. Gen. Laws 5-61-3.6 with 5-61-2). Texts are not named; treat marketing texts as covered.',
        sources: [S_RI_5_61_3_6],
      },
      {
        id: 'quiet-hours.us.ut',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-UT'],
        allowed: [{ days: MON_SAT, start: '08:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: 'recipient-local',
        text: 'Utah: telephone solicitation only from 8 a.m. to 9 p.m., and not on Sundays or legal holidays unless the recipient gave prior express consent (Utah Code 13-25a-103). Texts are not named; treat marketing texts as covered.',
        sources: [S_UT_13_25A_103],
      },
      {
        id: 'quiet-hours.us.pa',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-PA'],
        allowed: [{ days: WEEK, start: '08:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: 'recipient-local',
        text: 'Pennsylvania: telemarketing calls only from 8 a.m. to 9 p.m. and not on legal holidays (73 P.S. 2245, as amended from 2019-12-03). A vendor source says the holiday ban reaches texts; the statute speaks of calls.',
        sources: [S_PA_2245, S_PA_DRIPS],
        effectiveFrom: '2019-12-03',
      },
      {
        id: 'quiet-hours.us.nm',
        level: 'recommended',
        useCases: STATE_MARKETING,
        regions: ['US-NM'],
        allowed: [{ days: WEEK, start: '09:00', end: '21:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'New Mexico: no telephone solicitation for goods or services received before 9 a.m. or after 9 p.m. (NMSA 57-12-22(B)(5), Unfair Practices Act). The statute speaks of telephone solicitation and does not name texts; applying it to marketing texts is the safe course.',
        sources: [S_NM_57_12_22, S_NM_STATEREGS],
      },
      {
        id: 'quiet-hours.us.al',
        level: 'best-practice',
        useCases: STATE_MARKETING,
        regions: ['US-AL'],
        allowed: [{ days: MON_SAT, start: '08:00', end: '20:00' }],
        publicHolidays: 'closed',
        timeBasis: 'recipient-local',
        text: 'Alabama: a Public Service Commission rule allows automated solicitation calls only from 8 a.m. to 8 p.m. and not on Sundays or holidays (Ala. Admin. Code r. 770-X-5-.17). One source says it binds only carriers under the Commission; others apply it to all telemarketers.',
        sources: [S_AL_770X517],
      },
    ],
    sources: [S_CFR_64_1200, S_NWDEBT_QUIET, S_FL_SB1120, S_OK_775C2, S_MD_14_4502, S_TX_MORGANLEWIS, S_CT_MANATT, S_OR_TROUTMAN, S_RI_5_61_3_6, S_NM_57_12_22],
    note: 'The federal rule, then state rules stricter than it (each names its state in `regions`). States checked and left out because their rules are not stricter for texts or reach only recorded-voice or autodialer-announcing calls: AZ, GA, IL (securities dealers only), IN, KY, NE, NJ, NY, SC, SD, TN, VA, WI, WY; ME (automated calling devices, weekdays 9 a.m. to 5 p.m.; current wording not confirmed) and NV (automatic dialing-announcing devices, 9 a.m. to 9 p.m.); DC, DE, MO, MT and OH (same hours as the federal rule); HI (hours only in a weak secondary source). No state hours rule found: AK, AR, CO, IA, ID, NH, VT (IA and ID from incomplete statute text). State holiday calendars are not encoded.',
  },

  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'us.10dlc',
      name: 'A2P 10DLC registration (The Campaign Registry)',
      senderKinds: ['local-long-code'],
      level: 'required',
      text:
        'Register the sending business as a brand and each messaging use case as a campaign with The Campaign Registry through your provider, have carriers approve the campaign, then link your local numbers to it. Unregistered 10DLC traffic is blocked by US carriers. Brand vetting score sets AT&T throughput and the T-Mobile daily cap.',
      leadTime: { minDays: 7, maxDays: 28 },
      sources: [S_AWS_REG_HELP, S_VONAGE_10DLC, S_VOIPDOCS_10DLC, S_SALESFORCE_US, S_TELNYX_10DLC],
      // Campaign use cases as TCR and carriers name them. `useCases` is sendright's mapping onto
      // them, from each category's definition; K-12 education is left out (no reliable description found).
      categories: [
        { id: 'us.10dlc.2fa', name: '2FA', kind: 'standard', useCases: ['otp'], text: 'Authentication, verification and one-time passcodes.', sources: [S_WEBEX_USE_CASES, S_TELNYX_CAMPAIGNS] },
        { id: 'us.10dlc.account-notification', name: 'Account Notifications', kind: 'standard', useCases: ['transactional', 'notification', 'reminder'], text: 'Notices to account holders about their account, such as billing, profile changes and booking reminders.', sources: [S_WEBEX_USE_CASES, S_FONESTORM_USE_CASES, S_TELNYX_CAMPAIGNS] },
        { id: 'us.10dlc.delivery-notification', name: 'Delivery Notifications', kind: 'standard', useCases: ['notification'], text: 'Status of the delivery of a product or service, such as shipping updates.', sources: [S_WEBEX_USE_CASES, S_TELNYX_CAMPAIGNS] },
        { id: 'us.10dlc.customer-care', name: 'Customer Care', kind: 'standard', useCases: ['customer-care', 'conversational', 'chatbot'], text: 'Customer support and account management conversations, agent-typed or automated.', sources: [S_WEBEX_USE_CASES, S_FONESTORM_USE_CASES] },
        { id: 'us.10dlc.fraud-alert', name: 'Fraud Alert Messaging', kind: 'standard', useCases: ['alert'], text: 'Warnings about possible fraud on a customer\'s account.', sources: [S_WEBEX_USE_CASES, S_FONESTORM_USE_CASES] },
        { id: 'us.10dlc.security-alert', name: 'Security Alert', kind: 'standard', useCases: ['alert'], text: 'Security notices, such as a new sign-in or a compromised system.', sources: [S_TELNYX_CAMPAIGNS, S_WEBEX_USE_CASES] },
        { id: 'us.10dlc.marketing', name: 'Marketing', kind: 'standard', useCases: ['marketing'], text: 'Any message with marketing or promotional content.', sources: [S_WEBEX_USE_CASES, S_TELNYX_CAMPAIGNS] },
        { id: 'us.10dlc.mixed', name: 'Mixed', kind: 'standard', useCases: ['mixed'], text: 'One campaign covering 2 to 5 standard use cases; if marketing is among them, AT&T rates it as mixed/marketing.', sources: [S_WEBEX_USE_CASES, S_CONVEY_USE_CASES, S_TELNYX_10DLC] },
        { id: 'us.10dlc.low-volume-mixed', name: 'Low Volume Mixed', kind: 'standard', useCases: ['mixed'], text: 'Several use cases at very low volume (test accounts, a single small office); AT&T class T, 75 SMS a minute.', sources: [S_WEBEX_USE_CASES, S_CONVEY_USE_CASES, S_TELNYX_10DLC] },
        { id: 'us.10dlc.polling', name: 'Polling and Voting', kind: 'standard', useCases: ['polling'], text: 'Surveys and polls outside politics; political polling goes under Political.', sources: [S_WEBEX_USE_CASES, S_FONESTORM_USE_CASES] },
        { id: 'us.10dlc.public-service', name: 'Public Service Announcement', kind: 'standard', useCases: ['emergency'], text: 'Informational messages that raise public awareness.', sources: [S_WEBEX_USE_CASES, S_FONESTORM_USE_CASES] },
        { id: 'us.10dlc.higher-education', name: 'Higher Education', kind: 'standard', useCases: [], text: 'Messages on behalf of colleges, universities and school districts; not for free-to-consumer messaging.', sources: [S_WEBEX_USE_CASES, S_FONESTORM_USE_CASES] },
        { id: 'us.10dlc.m2m', name: 'Machine to Machine', kind: 'standard', useCases: [], text: 'Device-to-device traffic with no person reading it.', sources: [S_WEBEX_USE_CASES, S_FONESTORM_USE_CASES] },
        { id: 'us.10dlc.charity', name: 'Charity', kind: 'special', useCases: ['charity'], text: 'Only for 501(c)(3) organisations (Twilio excludes religious ones); carrier fees are discounted.', sources: [S_TWILIO_SPECIAL, S_TWILIO_GOV_NONPROFIT, S_WEBEX_USE_CASES] },
        { id: 'us.10dlc.political', name: 'Political', kind: 'special', useCases: ['political'], text: 'Political messages must use this category, not Marketing or Customer Care. 527 organisations need a Campaign Verify token first; 501(c)(4), (5) and (6) organisations qualify without it.', sources: [S_TWILIO_ERR_POLITICAL, S_INFOBIP_POLITICAL, S_TWILIO_GOV_NONPROFIT] },
        { id: 'us.10dlc.emergency', name: 'Emergency', kind: 'special', useCases: ['emergency'], text: 'Public safety and health notices; special use cases need extra vetting or carrier approval.', sources: [S_WEBEX_USE_CASES, S_VONAGE_10DLC] },
        { id: 'us.10dlc.proxy', name: 'Proxy', kind: 'special', useCases: ['conversational'], text: 'Two end users texting each other through pooled numbers (e.g. rider and driver); needs carrier approval after registration.', sources: [S_WEBEX_USE_CASES, S_TWILIO_SPECIAL] },
        { id: 'us.10dlc.agents-franchises', name: 'Agents and Franchises', kind: 'special', useCases: [], text: 'One local number per agent, franchise or branch of one brand; needs carrier approval after registration.', sources: [S_TWILIO_SPECIAL, S_WEBEX_USE_CASES] },
        { id: 'us.10dlc.sweepstakes', name: 'Sweepstakes', kind: 'special', useCases: [], text: 'Sweepstakes and contests; carriers vet them before approval.', sources: [S_WEBEX_USE_CASES, S_VONAGE_10DLC] },
        { id: 'us.10dlc.carrier-exemptions', name: 'Carrier Exemptions', kind: 'special', useCases: [], text: 'Programs a carrier exempts case by case; needs carrier approval after registration.', sources: [S_WEBEX_USE_CASES] },
      ],
      tiers: [
        { id: 'us.10dlc.brand.sole-proprietor', name: 'Sole Proprietor brand', text: 'For a person or small business in the US or Canada with no tax ID (a US LLC has an EIN and cannot use it). One campaign and one number; the brand\'s mobile number must pass a one-time code check. No vetting score: about 1,000 SMS a day to T-Mobile and 15 a minute to AT&T.', sources: [S_TWILIO_SOLE_PROP, S_TELNYX_SOLE_PROP, S_SALESMSG_MPS] },
        { id: 'us.10dlc.brand.low-volume-standard', name: 'Low Volume Standard brand', text: 'For businesses with a tax ID sending fewer than about 6,000 messages a day; introduced 2022-09-28 in place of Starter brands. No secondary vetting, so throughput is fixed by brand type and use case.', sources: [S_TWILIO_TMO_CAPS, S_SALESMSG_MPS] },
        { id: 'us.10dlc.brand.standard', name: 'Standard brand', text: 'For businesses with a tax ID (EIN, or a Canadian Business Number). Secondary vetting (1 to 7 business days) gives a score from 1 to 100 that sets AT&T throughput per campaign and the T-Mobile daily cap for the whole brand.', sources: [S_TWILIO_BRAND, S_TELNYX_10DLC, S_TELNYX_CAMPAIGNS] },
      ],
      limits: [
        { id: 'us.10dlc.att.class-a-b', setBy: 'AT&T', tier: 'Standard campaign, vetting score 75-100 (class A dedicated, B mixed or marketing; AWS sets the marketing band at 86-100)', messages: 4500, per: 'minute', scope: 'campaign', sources: [S_TELNYX_10DLC, S_AWS_10DLC_BLOG] },
        { id: 'us.10dlc.att.class-c-d', setBy: 'AT&T', tier: 'Standard campaign, vetting score 50-74 (class C dedicated, D mixed or marketing; AWS: 66-85 for marketing)', messages: 2400, per: 'minute', scope: 'campaign', sources: [S_TELNYX_10DLC, S_AWS_10DLC_BLOG] },
        { id: 'us.10dlc.att.class-e-f', setBy: 'AT&T', tier: 'Standard campaign, vetting score 1-49 (class E dedicated, F mixed or marketing)', messages: 240, per: 'minute', scope: 'campaign', sources: [S_TELNYX_10DLC, S_AWS_10DLC_BLOG] },
        { id: 'us.10dlc.att.class-t', setBy: 'AT&T', tier: 'Low Volume Mixed campaign, any score (class T)', messages: 75, per: 'minute', scope: 'campaign', sources: [S_TELNYX_10DLC, S_TELNYX_RATE] },
        { id: 'us.10dlc.att.sole-proprietor', setBy: 'AT&T', tier: 'Sole Proprietor brand', messages: 15, per: 'minute', scope: 'campaign', sources: [S_SALESMSG_MPS] },
        { id: 'us.10dlc.tmobile.top', setBy: 'T-Mobile', tier: 'Brand vetting score 75-100', messages: 200000, per: 'day', scope: 'brand', sources: [S_TELNYX_10DLC, S_INFOBIP_10DLC, S_BIRD_CAPS] },
        { id: 'us.10dlc.tmobile.high', setBy: 'T-Mobile', tier: 'Brand vetting score 50-74', messages: 40000, per: 'day', scope: 'brand', sources: [S_TELNYX_10DLC, S_BIRD_CAPS] },
        { id: 'us.10dlc.tmobile.medium', setBy: 'T-Mobile', tier: 'Brand vetting score 25-49 (AWS gives 10,000 for 1-49)', messages: 10000, per: 'day', scope: 'brand', sources: [S_TELNYX_10DLC, S_AWS_10DLC_BLOG] },
        { id: 'us.10dlc.tmobile.basic', setBy: 'T-Mobile', tier: 'Brand vetting score 1-24, or a brand that skipped vetting', messages: 2000, per: 'day', scope: 'brand', sources: [S_TELNYX_10DLC, S_AWS_10DLC_BLOG, S_INFOBIP_10DLC] },
        { id: 'us.10dlc.tmobile.sole-proprietor', setBy: 'T-Mobile', tier: 'Sole Proprietor brand', messages: 1000, per: 'day', scope: 'brand', sources: [S_TELNYX_10DLC, S_SALESMSG_MPS] },
      ],
    },
    {
      id: 'us.toll-free-verification',
      name: 'Toll-free messaging verification',
      senderKinds: ['toll-free'],
      level: 'required',
      text:
        'Submit each toll-free number for verification with the business details, use case, sample messages and opt-in evidence before sending. Messages from unverified numbers are blocked in the US (from 2023-11-08), and from numbers still pending verification (from 2024-01-31).',
      leadTime: { minDays: 7, maxDays: 21 },
      sources: [S_TWILIO_TFV, S_AWS_TFN, S_VONAGE_TFV],
      limits: [
        { id: 'us.toll-free-verification.default', setBy: 'Twilio', tier: 'Verified toll-free number, default rate', messages: 3, per: 'second', scope: 'number', sources: [S_TWILIO_TF_MPS, S_AWS_TFN_BLOG] },
        { id: 'us.toll-free-verification.high-throughput', setBy: 'Twilio', tier: 'Verified toll-free number with paid high throughput (offered from 25 up to 150 a second)', messages: 150, per: 'second', scope: 'number', sources: [S_TWILIO_TF_MPS] },
      ],
    },
    {
      id: 'us.short-code',
      name: 'US dedicated short code carrier approval',
      senderKinds: ['short-code'],
      level: 'required',
      text:
        'Lease a dedicated short code and submit the program (use case, calls-to-action, HELP/STOP replies, terms and privacy) for review by each US carrier; traffic flows only after carrier approval, and shared short codes are no longer accepted.',
      leadTime: { minDays: 56, maxDays: 84 },
      sources: [S_TWILIO_SC_WHAT, S_AWS_IDENTITIES, S_SALESFORCE_US, S_VONAGE_US],
    },
  ],

  content: {
    value: [
      {
        id: 'content.us.sex',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'Sexual or adult content and sex-related businesses cannot use SMS/MMS in the US.',
        sources: [S_TWILIO_ERR_SEX, S_VONAGE_US],
      },
      {
        id: 'content.us.hate',
        topic: 'hate',
        restriction: 'prohibited',
        text: 'Hate-related content and programs are not allowed on any US sender type.',
        sources: [S_TWILIO_ERR_HATE, S_VONAGE_US],
      },
      {
        id: 'content.us.alcohol',
        topic: 'alcohol',
        restriction: 'restricted',
        text: 'Alcohol programs are accepted only behind a 21+ age gate that collects the full date of birth before any alcohol content or opt-in (a yes/no question is not enough). Vonage bars alcohol on all its US originators.',
        sources: [S_TWILIO_ERR_ALCOHOL, S_VONAGE_US, S_MESSAGEDESK],
      },
      {
        id: 'content.us.firearms',
        topic: 'firearms',
        restriction: 'prohibited',
        text: 'Vonage bars firearms content (SHAFT) on all US originators. Some providers accept it only with age gating; do not send unless your provider has approved an age-gated program.',
        sources: [S_VONAGE_US, S_MESSAGEDESK],
      },
      {
        id: 'content.us.tobacco',
        topic: 'tobacco',
        restriction: 'restricted',
        text: 'Tobacco programs are accepted on long codes and short codes only behind an age gate; tobacco, vape and e-cigarette traffic is refused on toll-free numbers whatever the age gate, and vaping is refused everywhere. Vonage bars tobacco on all its US originators.',
        sources: [S_TWILIO_ERR_TOBACCO_TF, S_VONAGE_US, S_MESSAGEDESK],
      },
      {
        id: 'content.us.tobacco-toll-free',
        topic: 'tobacco',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No tobacco, vape or e-cigarette traffic on toll-free numbers, with or without an age gate.',
        sources: [S_TWILIO_ERR_TOBACCO_TF],
      },
      {
        id: 'content.us.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'Cannabis and CBD businesses and messages are forbidden on US SMS/MMS because cannabis is illegal under federal law, whatever the state law.',
        sources: [S_TWILIO_FORBIDDEN, S_TWILIO_ERR_CANNABIS, S_VONAGE_US],
      },
      {
        id: 'content.us.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'Illegal substances, including prescription drugs, are listed as a forbidden category.',
        sources: [S_TWILIO_FORBIDDEN],
      },
      {
        id: 'content.us.high-risk-financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text:
          'High-risk financial services are forbidden: payday and short-term high-interest loans, third-party auto, mortgage and student loans, cryptocurrency, third-party debt collection, debt consolidation, reduction or forgiveness, and credit repair. A creditor may text its own customers about its own debts with their opt-in; Vonage may consider direct lenders case by case.',
        sources: [S_TWILIO_FORBIDDEN, S_VONAGE_US, S_AWS_TFN],
      },
      {
        id: 'content.us.lead-generation',
        topic: 'lead-generation',
        restriction: 'prohibited',
        text: 'Third-party lead generation (businesses that buy, sell or share consumer data) and affiliate lead or commission generation are forbidden.',
        sources: [S_TWILIO_FORBIDDEN, S_VONAGE_US],
      },
      {
        id: 'content.us.get-rich-quick',
        topic: 'other',
        restriction: 'prohibited',
        text: '"Get rich quick" schemes, work-from-home programs, risky investment opportunities and pyramid schemes are forbidden.',
        sources: [S_TWILIO_FORBIDDEN, S_VONAGE_US],
      },
      {
        id: 'content.us.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'Do not use shared or free public URL shorteners (e.g. bit.ly); carriers filter them. Use links on a domain you own.',
        sources: [S_TWILIO_FORBIDDEN, S_VONAGE_TF],
      },
    ],
    sources: [S_TWILIO_FORBIDDEN, S_VONAGE_US],
    note: 'Carrier and provider rules (CTIA-based), not statute. Providers disagree on SHAFT: Vonage prohibits all of it; Twilio accepts alcohol behind a date-of-birth age gate and tobacco behind an age gate except on toll-free; MessageDesk (another provider) accepts alcohol, firearms and tobacco behind age gates. For alcohol and tobacco the two major providers split and the next level decides (restricted); for firearms only Vonage among the major providers speaks, so it stays prohibited.',
  },

  dataProtection: {
    value: 'unknown',
    note: 'No general federal privacy law applies to SMS data; none of the sources read names one. State privacy laws are out of scope for this file.',
  },

  obligations: [
    {
      id: 'frequency.us.fl',
      category: 'quiet-hours',
      regions: ['US-FL'],
      level: 'required',
      text: 'Florida: no more than 3 commercial telephone solicitations to the same person on the same subject within 24 hours, whatever number they come from (Fla. Stat. 501.616(6)(b)); count marketing texts to Florida numbers against it.',
      useCases: ['marketing', 'mixed'],
      sources: [S_FL_SB1120, S_FL_JONESDAY],
    },
    {
      id: 'frequency.us.ok',
      category: 'quiet-hours',
      regions: ['US-OK'],
      level: 'required',
      text: 'Oklahoma: no more than 3 commercial telephonic sales calls or texts to the same person on the same subject within 24 hours (15 O.S. 775C, from 2022-11-01).',
      useCases: ['marketing', 'mixed'],
      sources: [S_OK_775C2, S_OK_DATAGUIDANCE],
      effectiveFrom: '2022-11-01',
    },
    {
      id: 'frequency.us.md',
      category: 'quiet-hours',
      regions: ['US-MD'],
      level: 'required',
      text: 'Maryland: no more than 3 telephone solicitations, calls or texts, to the same person on the same subject within 24 hours (Stop the Spam Calls Act of 2023, from 2024-01-01).',
      useCases: ['marketing', 'mixed'],
      sources: [S_MD_14_4502, S_MD_KELLEYDRYE],
      effectiveFrom: '2024-01-01',
    },
    {
      id: 'frequency.us.or',
      category: 'quiet-hours',
      regions: ['US-OR'],
      level: 'required',
      text: 'Oregon: no more than 3 telephone solicitations, texts included, to the same person within 24 hours, unless the person bought from you in the last 18 months (HB 3865, from 2026-01-01).',
      useCases: ['marketing', 'mixed'],
      sources: [S_OR_TROUTMAN, S_OR_POSTSCRIPT],
      effectiveFrom: '2026-01-01',
    },
    {
      id: 'consent.us.call-to-action-disclosures',
      category: 'consent',
      level: 'required',
      text:
        'At opt-in, show a clear call-to-action naming the brand/program, what messages will be sent, the message frequency, "Msg & data rates may apply", how to get HELP and opt out (STOP), and links to terms and privacy policy.',
      sources: [S_CTIA_SUMMARY, S_CTIA_SC_HANDBOOK, S_TWILIO_ERR_DOI, S_10DLCCHECK],
    },
    {
      id: 'consent.us.opt-in-confirmation',
      category: 'consent',
      level: 'required',
      text: 'Send a confirmation text when someone joins a recurring program, with brand/program name, frequency, message-and-data-rates notice, HELP and STOP instructions.',
      sources: [S_CTIA_SC_HANDBOOK, S_TWILIO_ERR_DOI],
    },
    {
      id: 'consent.us.no-list-sharing',
      category: 'consent',
      level: 'required',
      text: 'Do not buy, rent, sell or share opt-in lists; consent given to one sender does not carry over to another.',
      sources: [S_10DLCCHECK, S_CTIA_2023, S_TWILIO_FORBIDDEN],
    },
    {
      id: 'optout.us.any-reasonable-method',
      category: 'opt-out',
      level: 'required',
      text: 'Accept opt-outs made by any reasonable means (reply words, calls, e-mail, web form) and do not require one exclusive method.',
      sources: [S_KELLEYDRYE, S_ROTHJACKSON],
    },
    {
      id: 'optout.us.no-reply-disclosure',
      category: 'opt-out',
      level: 'required',
      text: 'If the sending number cannot receive replies, say so in every text and give another clear way to opt out.',
      sources: [S_KELLEYDRYE],
    },
    {
      id: 'optout.us.confirmation-only',
      category: 'opt-out',
      level: 'required',
      text: 'After an opt-out send at most one confirmation text, with no marketing content, then stop messaging that number.',
      sources: [S_COMPLIANCEPOINT, S_CTIA_SC_HANDBOOK],
    },
    {
      id: 'optout.us.revoke-all',
      category: 'opt-out',
      level: 'required',
      text: 'Treat an opt-out given in reply to one kind of message as stopping all your robocalls and robotexts to that person, including on unrelated topics.',
      sources: [S_ABA_REVOKE_ALL, S_CFSLM_REVOKE_ALL, S_JDSUPRA_WAIVER],
      effectiveFrom: '2027-01-31',
    },
    {
      id: 'registration.us.toll-free-political',
      category: 'registration',
      level: 'required',
      text: 'Political messages from a toll-free number must be verified under the Political use case; a 527 political organisation needs a Campaign Verify token, and traffic is blocked until the number is approved.',
      useCases: ['political'],
      senderTypes: ['toll-free'],
      sources: [S_TWILIO_ERR_POLITICAL, S_TWILIO_ERR_CV],
    },
    {
      id: 'help.us.help-reply',
      category: 'help',
      level: 'required',
      text: 'Reply to HELP (and INFO) with the program name and customer-support contact details (phone or e-mail), whether or not the sender is subscribed.',
      sources: [S_AWS_KEYWORDS, S_SBT_OPTOUT],
    },
    {
      id: 'identification.us.brand-in-message',
      category: 'identification',
      level: 'recommended',
      text: 'Name your brand or program in the message body so recipients know who is texting.',
      check: { kind: 'sender-name' },
      sources: [S_10DLCCHECK, S_CTIA_SUMMARY],
    },
    {
      id: 'record-keeping.us.consent-records',
      category: 'record-keeping',
      level: 'recommended',
      text: 'Keep a record of when, where and how each recipient gave consent.',
      sources: [S_10DLCCHECK],
    },
    {
      id: 'record-keeping.us.reassigned-numbers',
      category: 'record-keeping',
      level: 'recommended',
      text: 'Before texting numbers whose consent is old, check them against the FCC Reassigned Numbers Database; using it gives a safe harbor if a reassigned number is still reached because of a database error.',
      sources: [S_DWT_RND, S_PANORAMA_RND],
    },
  ],
};
