import { describe, expect, it } from 'vitest';
import { SendrightError, classifyTraffic, complianceChecklist, getCountryRules, isSendrightError, listChanges, recommendSender } from '../src/index';
import { classifyTraffic as classifyWith, createTable } from '../src/core';
import type { SendrightErrorCode } from '../src/index';

function codeOf(fn: () => unknown): SendrightErrorCode | 'no error' {
  try {
    fn();
  } catch (error) {
    expect(isSendrightError(error)).toBe(true);
    expect(error).toBeInstanceOf(SendrightError);
    expect((error as Error).message.length).toBeGreaterThan(20);
    return (error as SendrightError).code;
  }
  return 'no error';
}

const call = classifyTraffic as (input: unknown) => unknown;
const recommend = recommendSender as (input: unknown) => unknown;
const checklist = complianceChecklist as (input: unknown) => unknown;

describe('errors', () => {
  it('wrong input shapes from JavaScript callers', () => {
    expect(codeOf(() => call(undefined))).toBe('INVALID_INPUT');
    expect(codeOf(() => call('US'))).toBe('INVALID_INPUT');
    expect(codeOf(() => call([]))).toBe('INVALID_INPUT');
    expect(codeOf(() => call({ country: 'US', origin: 'agent', automated: 'yes' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => call({ country: 'US', origin: 'agent', messagesPerDay: -1 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => call({ country: 'US', origin: 'agent', messagesPerDay: Number.NaN }))).toBe('INVALID_INPUT');
  });

  it('destinations', () => {
    expect(codeOf(() => call({ origin: 'agent' }))).toBe('MISSING_DESTINATION');
    // A number and a country that agree are fine; only a real conflict is an error.
    expect(codeOf(() => call({ to: '+14155552671', country: 'us', origin: 'agent' }))).toBe('no error');
    expect(codeOf(() => call({ to: '+14155552671', country: 'CA', origin: 'agent' }))).toBe('CONFLICTING_DESTINATION');
    expect(codeOf(() => call({ country: 'ZZ', origin: 'agent' }))).toBe('INVALID_COUNTRY');
    expect(codeOf(() => call({ country: 'USA', origin: 'agent' }))).toBe('INVALID_COUNTRY');
    expect(codeOf(() => call({ country: 42, origin: 'agent' }))).toBe('INVALID_COUNTRY');
    expect(codeOf(() => call({ to: '4155552671', defaultCountry: 'XX', origin: 'agent' }))).toBe('INVALID_COUNTRY');
    expect(codeOf(() => getCountryRules('zz' as never))).toBe('INVALID_COUNTRY');
  });

  it('invalid phone numbers', () => {
    expect(codeOf(() => call({ to: 'hello', origin: 'agent' }))).toBe('INVALID_PHONE_NUMBER');
    expect(codeOf(() => call({ to: '', origin: 'agent' }))).toBe('INVALID_PHONE_NUMBER');
    expect(codeOf(() => call({ to: 14155552671, origin: 'agent' }))).toBe('INVALID_PHONE_NUMBER');
    expect(codeOf(() => call({ to: '4155552671', origin: 'agent' }))).toBe('INVALID_PHONE_NUMBER');
    expect(codeOf(() => call({ to: '+999123456', origin: 'agent' }))).toBe('INVALID_PHONE_NUMBER');
    expect(codeOf(() => call({ to: '+1 123 456 7890', origin: 'agent' }))).toBe('INVALID_PHONE_NUMBER');
    expect(codeOf(() => call({ to: '+800 1234 5678', origin: 'agent' }))).toBe('INVALID_PHONE_NUMBER');
  });

  it('enumerations', () => {
    expect(codeOf(() => call({ country: 'US' }))).toBe('INVALID_ORIGIN');
    expect(codeOf(() => call({ country: 'US', origin: 'bot' }))).toBe('INVALID_ORIGIN');
    expect(codeOf(() => call({ country: 'US', origin: 'agent', useCase: 'spam' }))).toBe('INVALID_USE_CASE');
    expect(codeOf(() => recommend({ country: 'US' }))).toBe('INVALID_USE_CASE');
    expect(codeOf(() => checklist({ country: 'US', useCase: 'otp', senderType: 'pigeon' }))).toBe('INVALID_SENDER_TYPE');
  });

  it('dates', () => {
    expect(codeOf(() => call({ country: 'US', origin: 'agent', at: 'tomorrow' }))).toBe('INVALID_DATE');
    expect(codeOf(() => call({ country: 'US', origin: 'agent', at: new Date('nope') }))).toBe('INVALID_DATE');
    expect(codeOf(() => call({ country: 'US', origin: 'agent', at: 1700000000000 }))).toBe('INVALID_DATE');
    expect(codeOf(() => listChanges('US', { from: 'soon' }))).toBe('INVALID_DATE');
  });

  it('core tables', () => {
    expect(codeOf(() => classifyWith({ to: '+14155552671', origin: 'agent' }, createTable([])))).toBe('PHONE_PARSER_MISSING');
    expect(codeOf(() => createTable('US' as never))).toBe('INVALID_TABLE');
    expect(codeOf(() => createTable([{} as never]))).toBe('INVALID_TABLE');
  });

  it('error messages say what to fix', () => {
    try {
      call({ country: 'US', origin: 'agent', useCase: 'spam' });
    } catch (error) {
      expect((error as Error).message).toContain("'marketing'");
      expect((error as SendrightError).field).toBe('useCase');
    }
    expect(isSendrightError(new Error('x'))).toBe(false);
    const foreign = Object.assign(new Error('from another bundle'), { name: 'SendrightError', code: 'INVALID_COUNTRY' });
    expect(isSendrightError(foreign)).toBe(true);
  });
});
