/**
 * `npm start`: the answers (traffic class, senders, checklist, send window) for a handful of realistic scenarios.
 * Imports the library source directly, so it runs on a fresh clone without a build.
 */
import { classifyTraffic, complianceChecklist, dataAsOf, recommendSender, sendWindow } from '../src/index';
import type { Origin, UseCase } from '../src/index';

interface Scenario {
  readonly title: string;
  readonly destination: { readonly to: string } | { readonly country: string };
  readonly origin: Origin;
  readonly useCase: UseCase;
  readonly twoWay?: boolean;
}

const SCENARIOS: readonly Scenario[] = [
  { title: 'Login codes to a US mobile', destination: { to: '+1 415 555 2671' }, origin: 'application', useCase: 'otp' },
  { title: 'Promotion to a Florida mobile', destination: { to: '+1 305 555 0123' }, origin: 'application', useCase: 'marketing' },
  { title: 'Support agents chatting with UK customers', destination: { country: 'GB' }, origin: 'agent', useCase: 'customer-care', twoWay: true },
  { title: 'Same support chat, to Canada', destination: { country: 'CA' }, origin: 'agent', useCase: 'customer-care', twoWay: true },
  { title: 'Weekend promotion to French customers', destination: { to: '+33 6 12 34 56 78' }, origin: 'application', useCase: 'marketing' },
  { title: 'Delivery updates in India', destination: { country: 'IN' }, origin: 'application', useCase: 'notification' },
  { title: 'Rider and driver through a masked number in Brazil', destination: { country: 'BR' }, origin: 'proxy', useCase: 'conversational', twoWay: true },
];

const at = new Date();
console.log(`sendright — rules current as of ${dataAsOf}; answers for ${at.toISOString().slice(0, 10)}\n`);
for (const s of SCENARIOS) {
  const base = { ...s.destination, at };
  const traffic = classifyTraffic({ ...base, origin: s.origin, useCase: s.useCase, ...(s.twoWay === undefined ? {} : { twoWay: s.twoWay }) });
  const senders = recommendSender({ ...base, useCase: s.useCase, ...(s.twoWay === undefined ? {} : { twoWay: s.twoWay }) });
  const best = senders.options[0];
  const checklist = complianceChecklist({ ...base, useCase: s.useCase, ...(best ? { senderType: best.type } : {}) });

  console.log(`■ ${s.title} (${traffic.country})`);
  console.log(`  Traffic: ${traffic.traffic} — ${traffic.reasons[0]?.text}`);
  if (traffic.flags.length > 0) console.log(`  Flags: ${traffic.flags.join(', ')}`);
  console.log(`  Senders, best first: ${senders.options.map((o) => `${o.type} (registration ${o.registration})`).join(' > ') || 'none established'}`);
  for (const e of senders.excluded) console.log(`    not ${e.type}: ${e.code}`);
  const required = checklist.items.filter((i) => i.level === 'required');
  console.log(`  Checklist${best ? ` for ${best.type}` : ''}: ${checklist.items.length} items, ${required.length} required`);
  for (const item of required.slice(0, 5)) console.log(`    [${item.category}] ${item.id}: ${item.text.length > 110 ? `${item.text.slice(0, 107)}...` : item.text}`);
  if (required.length > 5) console.log(`    … and ${required.length - 5} more required items`);
  const window = sendWindow({ ...base, useCase: s.useCase });
  const when = window.allowed ? 'may go now' : `not now; next allowed ${window.nextAllowedAt ?? 'not found within a year'}`;
  console.log(`  Send window: ${when} (local time ${window.localTime ?? 'unknown'}${window.timeZones.length > 1 ? `, checked in ${window.timeZones.length} zones` : ''}; ${window.rules.length} time rule(s))`);
  console.log('');
}
