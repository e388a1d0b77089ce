// Built-package export test (ESM): imports the four entry points by package
// self-reference, so it exercises package.json "exports" and dist/*.js.
// Run after `npm run build` (or `npm run test:exports`).
import assert from 'node:assert/strict';
import { checkMessage, classifyReply, classifyTraffic, complianceChecklist, countSegments, preflight, isSendrightError, recommendSender, sendWindow } from 'sendright';
import * as core from 'sendright/core';
import * as rules from 'sendright/rules';
import * as keywords from 'sendright/keywords';

assert.equal(classifyTraffic({ country: 'US', origin: 'agent', useCase: 'customer-care' }).traffic, 'A2P');

const sender = recommendSender({ country: 'US', useCase: 'otp' });
const alpha = sender.excluded.find((e) => e.type === 'alphanumeric');
assert.ok(alpha, "recommendSender US/otp should exclude 'alphanumeric'");
assert.equal(alpha.code, 'not-supported');

const checklist = complianceChecklist({ country: 'FR', useCase: 'marketing' });
assert.ok(checklist.items.some((i) => i.category === 'quiet-hours'), "FR marketing checklist should have a 'quiet-hours' item");

assert.equal(classifyTraffic({ to: '+14155552671', origin: 'application' }).country, 'US');

const window = sendWindow({ to: '+33612345678', useCase: 'marketing', at: '2026-12-25T10:00:00Z' });
assert.equal(window.allowed, false);
assert.equal(window.nextAllowedAt, '2026-12-28T07:00:00.000Z');
assert.equal(typeof core.sendWindow, 'function');

assert.equal(countSegments('a'.repeat(161)).segments, 2);
assert.equal(countSegments('Don\u2019t', { smartEncoding: true }).encoding, 'GSM-7');
assert.equal(typeof core.countSegments, 'function');

assert.equal(classifyReply({ text: 'Stop texting me please', country: 'US', at: '2026-12-07T15:00:00Z' }).honourBy, '2026-12-21');
assert.equal(core.classifyReply({ text: 'ARRET', country: 'CA' }, core.createTable([keywords.CA])).intent, 'opt-out');
assert.equal(checkMessage({ text: '[광고] 세일', country: 'KR', useCase: 'marketing' }).findings[0].id, 'identification.kr.advertising-prefix');
assert.equal(preflight({ country: 'US', useCase: 'otp', origin: 'application', sender: { type: 'alphanumeric' } }).verdict, 'block');
assert.equal(core.preflight({ country: 'DE', useCase: 'otp', origin: 'application' }, core.createTable([rules.DE])).country, 'DE');

assert.throws(
  () => classifyTraffic({ country: 'ZZ', origin: 'application' }),
  (err) => {
    assert.equal(err.code, 'INVALID_COUNTRY');
    assert.equal(isSendrightError(err), true);
    return true;
  },
);

const table = core.createTable([rules.DE]);
assert.equal(core.classifyTraffic({ country: 'DE', origin: 'application' }, table).traffic, 'A2P');

assert.ok(rules.ALL_COUNTRIES.length >= 20, `ALL_COUNTRIES has ${rules.ALL_COUNTRIES.length} rows, expected >= 20`);

console.log('esm exports: ok');
