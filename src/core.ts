/**
 * `sendright/core`: the same functions as `sendright`, taking the rules table
 * explicitly, so a bundle carries only the countries (and the phone metadata)
 * it needs.
 *
 * @example
 * ```ts
 * import { classifyTraffic, createTable } from 'sendright/core';
 * import { GB } from 'sendright/rules';
 * const table = createTable([GB]);
 * classifyTraffic({ country: 'GB', origin: 'proxy', useCase: 'conversational' }, table).traffic;
 * //=> 'P2P'
 * ```
 * @module core
 */
export { classifyTraffic } from './classifyTraffic/classifyTraffic';
export type { ClassifyTrafficInput, ClassifyTrafficResult, CtiaTrafficClass, TrafficClass, TrafficFlag } from './classifyTraffic/classifyTraffic';
export { recommendSender } from './recommendSender/recommendSender';
export type { CategoryRef, ExcludedSender, ExclusionCode, OptionRestriction, ProgrammeRef, RecommendSenderInput, RecommendSenderResult, SenderOption } from './recommendSender/recommendSender';
export { complianceChecklist } from './complianceChecklist/complianceChecklist';
export type { ChecklistItem, ComplianceChecklistInput, ComplianceChecklistResult } from './complianceChecklist/complianceChecklist';
export { sendWindow } from './sendWindow/sendWindow';
export type { AppliedTimeRule, SendWindowInput, SendWindowResult } from './sendWindow/sendWindow';
export { getCountryRules } from './getCountryRules/getCountryRules';
export { listChanges } from './listChanges/listChanges';
export type { ListChangesOptions, ListChangesResult, RuleChange } from './listChanges/listChanges';
export { createTable } from './_lib/table';
export type { CreateTableOptions, PhoneResolution, PhoneResolver, RulesTable } from './_lib/table';
export { createPhoneResolver } from './_lib/phone';
export { SendrightError, isSendrightError } from './_lib/errors';
export type { SendrightErrorCode } from './_lib/errors';
export { USE_CASES, SENDER_TYPES, ORIGINS } from './_lib/input';
export { countSegments } from './countSegments/countSegments';
export { classifyReply } from './classifyReply/classifyReply';
export { checkMessage } from './checkMessage/checkMessage';
export { preflight } from './preflight/preflight';
export type { HeldConsent, IntendedSender, PreflightCode, PreflightInput, PreflightProblem, PreflightResult, PreflightSender, Verdict } from './preflight/preflight';
export type { CheckMessageInput, CheckMessageResult, FindingCertainty, MessageFinding, TextSpan, UncheckedDuty } from './checkMessage/checkMessage';
export type { ClassifyReplyInput, ClassifyReplyResult, ReplyConfidence, ReplyIntent } from './classifyReply/classifyReply';
export type { CharacterAt, CountSegmentsOptions, Replacement, SegmentCount, SmsEncoding } from './countSegments/countSegments';
export type * from './types';
export type * from './rules/types';
