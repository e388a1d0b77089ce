import { factAt, isKnown } from '../_lib/facts';
import { inputRecord, parseBoolean, parseCount, parseOrigin, parseUseCase, resolveDestination } from '../_lib/input';
import { noteOf, notResearchedReason, reason, sourcesOf } from '../_lib/reasons';
import { own } from '../_lib/own';
import type { RulesTable } from '../_lib/table';
import { A2P_USE_CASES, BUSINESS_IS_NON_CONSUMER, S_TWILIO_A2P_P2P, TYPICAL_CONSUMER_OPERATION, type ConsumerOperationLimits } from '../rules/global';
import type { TrafficRegime, UseCase } from '../rules/types';
import type { DestinationInput, Origin, Reason, ResultBase } from '../types';

/** Input of {@link classifyTraffic}. */
export interface ClassifyTrafficInput extends DestinationInput {
  /**
   * Who originates the messages: `application` (software sends), `agent` (a
   * person types through a business platform), `personal` (a person on their
   * own phone, no platform), `proxy` (two end users talk through a masked number).
   */
  readonly origin: Origin;
  /** What the messages are for. */
  readonly useCase?: UseCase;
  /** Whether software writes or triggers the messages (templates, bots, schedules). */
  readonly automated?: boolean;
  /** Whether the exchange is a back-and-forth conversation (`false`: one-way). */
  readonly twoWay?: boolean;
  /** Recipients one send goes to (1 for a single recipient). */
  readonly recipientsPerSend?: number;
  /** Messages per minute from one number at peak. */
  readonly messagesPerMinute?: number;
  /** Messages per day from one number. */
  readonly messagesPerDay?: number;
  /** Distinct recipients per day from one number. */
  readonly uniqueRecipientsPerDay?: number;
  /**
   * The traffic goes out on a local long code that is not registered (in the
   * US: not in an A2P 10DLC campaign). Where the country requires long codes
   * to be registered, such a number is a P2P route, and A2P on it is flagged.
   */
  readonly unregisteredLongCode?: boolean;
}

/** A2P (application-to-person) or P2P (person-to-person). */
export type TrafficClass = 'A2P' | 'P2P';

/** The same split in CTIA's current vocabulary: Non-Consumer (A2P) or Consumer (P2P). */
export type CtiaTrafficClass = 'non-consumer' | 'consumer';

/**
 * Warnings attached to a classification: `a2p-over-p2p-route` is A2P traffic
 * on a person-to-person route (a personal phone, or an unregistered long code
 * where long codes must be registered).
 */
export type TrafficFlag = 'a2p-over-p2p-route';

/** Result of {@link classifyTraffic}. */
export interface ClassifyTrafficResult extends ResultBase {
  /** The traffic class. */
  readonly traffic: TrafficClass;
  /** The same answer in CTIA's Consumer / Non-Consumer terms. */
  readonly ctiaClass: CtiaTrafficClass;
  /** The country's A2P/P2P regime, or `unknown` when the sources do not establish it. */
  readonly regime: TrafficRegime | 'unknown';
  /** Warnings, e.g. `a2p-over-p2p-route`: A2P traffic planned on a person-to-person route. */
  readonly flags: readonly TrafficFlag[];
  /** Why, deciding reason first. */
  readonly reasons: readonly Reason[];
}

/**
 * Tells whether traffic is A2P or P2P in the destination country, and which rule decided it.
 *
 * OTP, notifications, reminders, alerts, chatbots, marketing and other
 * software-originated traffic is A2P everywhere. A human conversation is P2P
 * when a person on their own phone has it, or, outside the US and Canada, when
 * an application relays it (agent chat, masked numbers); US and Canadian
 * carriers treat all platform traffic as A2P. Volumes beyond typical human
 * operation make traffic A2P; A2P from a personal phone is flagged
 * `a2p-over-p2p-route`. Where the country's regime is unknown, relayed
 * conversations are classed A2P (the safe side) and the reasons say so.
 *
 * @param input - destination, origin and traffic signals
 * @param table - the rules table (the default entry binds the full table)
 * @returns the class, regime, flags and reasons
 * @throws SendrightError for invalid input (codes `INVALID_ORIGIN`, `INVALID_USE_CASE`, `INVALID_COUNTRY`, …)
 * @example
 * ```ts
 * classifyTraffic({ country: 'US', origin: 'agent', useCase: 'customer-care' }).traffic;
 * //=> 'A2P'
 * classifyTraffic({ country: 'GB', origin: 'agent', useCase: 'customer-care' }).traffic;
 * //=> 'P2P'
 * ```
 * @category Functions
 */
export function classifyTraffic(input: ClassifyTrafficInput, table: RulesTable): ClassifyTrafficResult {
  const i = inputRecord(input, 'classifyTraffic');
  input = { to: own(i, 'to'), country: own(i, 'country'), defaultCountry: own(i, 'defaultCountry'), at: own(i, 'at'), origin: own(i, 'origin'), useCase: own(i, 'useCase'), automated: own(i, 'automated'), twoWay: own(i, 'twoWay'), unregisteredLongCode: own(i, 'unregisteredLongCode'), messagesPerMinute: own(i, 'messagesPerMinute'), messagesPerDay: own(i, 'messagesPerDay'), uniqueRecipientsPerDay: own(i, 'uniqueRecipientsPerDay'), recipientsPerSend: own(i, 'recipientsPerSend') } as unknown as ClassifyTrafficInput;
  const origin = parseOrigin(input.origin);
  const useCase = parseUseCase(input.useCase, false);
  const automated = parseBoolean(input.automated, 'automated');
  const twoWay = parseBoolean(input.twoWay, 'twoWay');
  const unregisteredLongCode = parseBoolean(input.unregisteredLongCode, 'unregisteredLongCode');
  const limits = TYPICAL_CONSUMER_OPERATION.value;
  const volume = volumeExcess(input, limits);
  const dest = resolveDestination(input, table);
  const { rules, day } = dest;

  const regimeFact = factAt(rules.traffic.regime, day);
  const regime = isKnown(regimeFact) ? regimeFact.value : 'unknown';
  const reasons: Reason[] = [];

  // Signals that make traffic A2P whatever the country.
  if (origin === 'application') {
    reasons.push(reason('traffic.origin-application', 'Software sends the messages: A2P.', [S_TWILIO_A2P_P2P]));
  }
  if (useCase !== undefined && A2P_USE_CASES.value.includes(useCase)) {
    reasons.push(reason('traffic.use-case-a2p', `The use case '${useCase}' is A2P in every country.`, A2P_USE_CASES.sources));
  }
  if (automated === true) {
    reasons.push(reason('traffic.automated', 'Software writes or triggers the messages: A2P.', [S_TWILIO_A2P_P2P]));
  }
  if (volume !== undefined) {
    reasons.push(reason('traffic.volume', `${volume} exceeds typical human operation (${limits.messagesPerMinute}/minute, ${limits.messagesPerDay}/day, ${limits.uniqueRecipientsPerDay} recipients/day): A2P.`, TYPICAL_CONSUMER_OPERATION.sources));
  }
  if (twoWay === false && origin !== 'application') {
    reasons.push(reason('traffic.one-way', 'One-way sending is A2P; P2P is a conversation between people.', [S_TWILIO_A2P_P2P]));
  }

  let traffic: TrafficClass;
  if (reasons.length > 0) {
    traffic = 'A2P';
  } else if (origin === 'personal') {
    if (regime === 'platform-a2p' && useCase === 'customer-care') {
      traffic = 'A2P';
      reasons.push(reason('traffic.business-sender', `In ${dest.country}, a business's messages are Non-Consumer (A2P), even from a personal phone.`, [...BUSINESS_IS_NON_CONSUMER.sources, ...sourcesOf(regimeFact)]));
    } else {
      traffic = 'P2P';
      reasons.push(reason('traffic.personal-conversation', 'A person on their own phone in a conversation at human volume: P2P.', [S_TWILIO_A2P_P2P]));
    }
  } else if (regime === 'platform-a2p') {
    // Only agents and masked numbers get here: software and personal phones are decided above.
    traffic = 'A2P';
    reasons.push(reason('traffic.platform-rule', `In ${dest.country}, carriers treat all traffic through a messaging platform as A2P, even ${relay(origin)}.`, sourcesOf(regimeFact)));
  } else if (regime === 'application-mediated-p2p') {
    traffic = 'P2P';
    reasons.push(reason('traffic.application-mediated-p2p', `In ${dest.country}, a human conversation relayed by an application (${relay(origin)}) may be P2P.${noteOf(regimeFact)}`, sourcesOf(regimeFact)));
  } else {
    traffic = 'A2P';
    reasons.push(reason('traffic.regime-unknown', `The sources do not say if ${dest.country} lets relayed conversations be P2P: A2P, the safe side.`, [...sourcesOf(regimeFact), S_TWILIO_A2P_P2P]));
  }

  const flags: TrafficFlag[] = [];
  // The long-code registration rule is read only when the caller says the long code is unregistered.
  const longCodeRegistration = rules.senders['local-long-code'].registration;
  const unregisteredRoute = unregisteredLongCode && factAt(longCodeRegistration, day).value === 'required';
  if (traffic === 'A2P' && (origin === 'personal' || unregisteredRoute)) {
    flags.push('a2p-over-p2p-route');
    const filtered = factAt(rules.traffic.a2pOnP2pRoutesFiltered, day);
    const filteredText = isKnown(filtered) && filtered.value ? ` Carriers in ${dest.country} filter or block it.` : '';
    const personal = origin === 'personal';
    reasons.push(
      reason(
        'traffic.a2p-over-p2p-route',
        `A2P traffic ${personal ? 'from a personal phone' : 'on a long code not yet registered as required'}, a P2P route: move it to an A2P sender.${filteredText}`,
        [S_TWILIO_A2P_P2P, ...(personal ? [] : sourcesOf(factAt(longCodeRegistration, day))), ...sourcesOf(filtered)],
      ),
    );
  }
  if (rules.status === 'not-researched') reasons.push(notResearchedReason(dest.country));

  return {
    country: dest.country,
    status: rules.status,
    date: day,
    ...(dest.e164 === undefined ? {} : { e164: dest.e164 }),
    traffic,
    ctiaClass: traffic === 'A2P' ? 'non-consumer' : 'consumer',
    regime,
    flags,
    reasons,
  };
}

function relay(origin: Origin): string {
  return origin === 'agent' ? 'an agent on a platform' : 'a masked number';
}

function volumeExcess(input: ClassifyTrafficInput, limits: ConsumerOperationLimits): string | undefined {
  const perMinute = parseCount(input.messagesPerMinute, 'messagesPerMinute');
  const perDay = parseCount(input.messagesPerDay, 'messagesPerDay');
  const unique = parseCount(input.uniqueRecipientsPerDay, 'uniqueRecipientsPerDay');
  const perSend = parseCount(input.recipientsPerSend, 'recipientsPerSend');
  if (perMinute !== undefined && perMinute > limits.messagesPerMinute) return `${perMinute} messages a minute`;
  if (perDay !== undefined && perDay > limits.messagesPerDay) return `${perDay} messages a day`;
  if (unique !== undefined && unique > limits.uniqueRecipientsPerDay) return `${unique} recipients a day`;
  if (perSend !== undefined && perSend > limits.uniqueRecipientsPerDay) return `One send to ${perSend} recipients`;
  return undefined;
}
