/**
 * `npm start`: the answers (traffic class, senders, checklist, send window) for a handful of realistic scenarios,
 * then what sample texts cost, what rules sample messages break, and what sample replies mean.
 * Imports the library source directly, so it runs on a fresh clone without a build.
 */
import { checkMessage, classifyReply, classifyTraffic, complianceChecklist, countSegments, dataAsOf, preflight, recommendSender, sendWindow } from '../src/index';
import type { Origin, RegionCode, UseCase } from '../src/index';

interface Scenario {
  readonly title: string;
  readonly destination: { readonly to: string } | { readonly country: RegionCode };
  readonly origin: Origin;
  readonly useCase: UseCase;
  readonly twoWay?: boolean;
  /** What the sender needs, weighed by recommendSender. */
  readonly needs?: { readonly messagesPerDay?: number; readonly launchWithinDays?: number };
  /** The traffic goes out on a local long code that is not registered. */
  readonly unregisteredLongCode?: boolean;
}

const SCENARIOS: readonly Scenario[] = [
  { title: 'Login codes to a US mobile', destination: { to: '+1 415 555 2671' }, origin: 'application', useCase: 'otp' },
  { title: 'Promotion to a Florida mobile, 50,000 texts a day, launch in 30 days', destination: { to: '+1 305 555 0123' }, origin: 'application', useCase: 'marketing', needs: { messagesPerDay: 50_000, launchWithinDays: 30 } },
  { title: 'Appointment reminders from an unregistered US long code', destination: { to: '+1 212 555 0100' }, origin: 'application', useCase: 'reminder', unregisteredLongCode: true },
  { title: 'Support agents chatting with UK customers', destination: { country: 'GB' }, origin: 'agent', useCase: 'customer-care', twoWay: true },
  { title: 'Same support chat, to Canada', destination: { country: 'CA' }, origin: 'agent', useCase: 'customer-care', twoWay: true },
  { title: 'Weekend promotion to French customers', destination: { to: '+33 6 12 34 56 78' }, origin: 'application', useCase: 'marketing' },
  { title: 'Delivery updates in India', destination: { country: 'IN' }, origin: 'application', useCase: 'notification' },
  { title: 'Rider and driver through a masked number in Brazil', destination: { country: 'BR' }, origin: 'proxy', useCase: 'conversational', twoWay: true },
  { title: 'Login codes to a Kenyan mobile', destination: { to: '+254 712 345678' }, origin: 'application', useCase: 'otp' },
];

const at = new Date();
console.log(`sendright — rules current as of ${dataAsOf}; answers for ${at.toISOString().slice(0, 10)}\n`);
for (const s of SCENARIOS) {
  const base = { ...s.destination, at };
  const twoWay = s.twoWay === undefined ? {} : { twoWay: s.twoWay };
  const traffic = classifyTraffic({ ...base, origin: s.origin, useCase: s.useCase, ...twoWay, ...(s.unregisteredLongCode ? { unregisteredLongCode: true } : {}) });
  const senders = recommendSender({ ...base, useCase: s.useCase, origin: s.origin, ...twoWay, ...s.needs });
  const verdict = preflight({ ...base, useCase: s.useCase, origin: s.origin, ...twoWay, ...(s.unregisteredLongCode ? { sender: { type: 'local-long-code', registered: false } } : {}) });
  const best = senders.options[0];
  const checklist = complianceChecklist({ ...base, useCase: s.useCase, ...(best ? { senderType: best.type } : {}) });

  console.log(`■ ${s.title} (${traffic.country})`);
  const blocking = verdict.problems.filter((p) => p.level === 'required');
  console.log(`  Preflight: ${verdict.verdict.toUpperCase()}${verdict.sender ? ` from ${verdict.sender.type}${verdict.sender.assumed ? ' (assumed)' : ''}` : ''}${verdict.nextAllowedAt ? ` until ${verdict.nextAllowedAt}` : ''}${blocking.length > 0 ? ` — ${blocking.map((p) => `${p.code}: ${p.fix}`).join(' ')}` : ''}`);
  console.log(`  Traffic: ${traffic.traffic} — ${traffic.reasons[0]?.text}`);
  if (traffic.flags.length > 0) console.log(`  Flags: ${traffic.flags.join(', ')} — ${traffic.reasons.find((r) => r.id === 'traffic.a2p-over-p2p-route')?.text}`);
  console.log(`  Senders, best first: ${senders.options.map((o) => `${o.type} (registration ${o.registration}${o.restriction ? ', restricted' : ''})`).join(' > ') || 'none established'}`);
  for (const o of senders.options) {
    if (o.restriction) console.log(`    ${o.type}: accepted with limits${o.restriction.networks ? ` (${o.restriction.networks.join(', ')})` : ''}: ${o.restriction.text}`);
    if (o.providers.length > 0) console.log(`    ${o.type}: sold by ${o.providers.join(', ')}`);
    for (const p of o.programmes) if (p.categories?.length) console.log(`    ${o.type}: register under ${p.name} as ${p.categories.map((c) => `'${c.name}'${c.kind === 'special' ? ' (special)' : ''}`).join(' or ')}`);
    const cap = o.reasons.find((r) => r.id.endsWith('.daily-cap'));
    if (cap) console.log(`    ${o.type}: ${cap.text}`);
  }
  for (const e of senders.excluded) console.log(`    not ${e.type}: ${e.code}`);
  const tradeOff = senders.reasons.find((r) => r.id === 'sender.trade-off');
  if (tradeOff) console.log(`    ${tradeOff.text}`);
  const required = checklist.items.filter((i) => i.level === 'required');
  console.log(`  Checklist${best ? ` for ${best.type}` : ''}: ${checklist.items.length} items, ${required.length} required`);
  for (const item of required.slice(0, 5)) console.log(`    [${item.category}] ${item.id}: ${item.text.length > 110 ? `${item.text.slice(0, 107)}...` : item.text}`);
  if (required.length > 5) console.log(`    … and ${required.length - 5} more required items`);
  const window = sendWindow({ ...base, useCase: s.useCase });
  const when = window.allowed ? 'may go now' : `not now; next allowed ${window.nextAllowedAt ?? 'not found within a year'}`;
  console.log(`  Send window: ${when} (local time ${window.localTime ?? 'unknown'}${window.timeZones.length > 1 ? `, checked in ${window.timeZones.length} zones` : ''}; ${window.rules.length} time rule(s))`);
  console.log('');
}

// What a text costs: encoding and segments, with and without Smart Encoding.
console.log('■ What a text costs');
for (const text of ['Your code is 482913. Reply STOP to opt out.', 'Don’t miss our “Summer Sale” – up to 50% off… 🎉']) {
  const plain = countSegments(text);
  const smart = countSegments(text, { smartEncoding: true });
  console.log(`  ${JSON.stringify(text)}: ${plain.encoding}, ${plain.segments} segment(s), ${plain.characters} units${plain.nonGsm.length > 0 ? `; forced to UCS-2 by ${plain.nonGsm.map((c) => c.char).join(' ')}` : ''}`);
  if (plain.replacements.length > 0) console.log(`    with Smart Encoding: ${smart.encoding}, ${smart.segments} segment(s), ${smart.characters} units${smart.nonGsm.length > 0 ? `; still UCS-2 because of ${smart.nonGsm.map((c) => c.char).join(' ')}` : ''}`);
}

// What rules a message breaks: the destination's format duties, content and the text's own form.
console.log('');
console.log('■ What rules a message breaks');
const MESSAGES: readonly { readonly text: string; readonly country: RegionCode; readonly useCase: UseCase; readonly brand: string; readonly templates?: readonly string[] }[] = [
  { text: '[광고] 가나다 봄 세일 20% 할인 문의 02-123-4567', country: 'KR', useCase: 'marketing', brand: '가나다' },
  { text: 'Acme: 20% off CBD gummies this weekend! bit.ly/3xYz', country: 'US', useCase: 'marketing', brand: 'Acme' },
  { text: 'Promo -20% chez Acme ce week-end !', country: 'FR', useCase: 'marketing', brand: 'Acme' },
  { text: 'Hi {{first_name}}, your order has shipped. Reply STOP to opt out.', country: 'US', useCase: 'transactional', brand: 'Acme' },
  { text: 'Your OTP for login is 483920. - Acme', country: 'IN', useCase: 'otp', brand: 'Acme', templates: ['Your OTP for {#var#} is {#var#}. Do not share it. - Acme'] },
  { text: 'Acme: your order has shipped. Reply STOP to opt out.', country: 'US', useCase: 'transactional', brand: 'Acme' },
];
for (const m of MESSAGES) {
  const r = checkMessage({ ...m, at });
  console.log(`  ${m.country} ${m.useCase} ${JSON.stringify(m.text)}: ${r.segments.segments} segment(s), ${r.findings.length === 0 ? 'no findings' : `${r.findings.length} finding(s)`}`);
  for (const f of r.findings) console.log(`    ${f.level}${f.certainty === 'likely' ? ' (likely)' : ''} ${f.id}${f.span ? ` at ${JSON.stringify(m.text.slice(f.span.start, f.span.end))}` : ''}: ${f.text.length > 120 ? `${f.text.slice(0, 117)}...` : f.text}`);
}

// What a reply means.
console.log('');
console.log('■ What a reply means');
for (const [text, country] of [['STOP', 'US'], ['Stop texting me please', 'US'], ["Don't stop the reminders", 'US'], ['arrêt', 'CA'], ['Sair', 'BR'], ['UNSUBSCRIBE', 'DE'], ['help', 'GB']] as const) {
  const r = classifyReply({ text, country, at });
  const law = r.honourBy ? `; honour by ${r.honourBy}${r.scope ? `, stops ${r.scope === 'all' ? 'all messages' : 'the kind replied to'}` : ''}` : '';
  console.log(`  ${country} ${JSON.stringify(text)}: ${r.intent ?? 'none'}${r.confidence ? ` (${r.confidence})` : ''}${law} — ${r.reasons[0]?.text}`);
}
