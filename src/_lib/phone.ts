import { Metadata, parsePhoneNumberWithError, type CountryCode, type MetadataJson, type PhoneNumber } from 'libphonenumber-js/core';
import { describe, SendrightError } from './errors';
import { isRecord } from './own';
import type { PhoneResolver } from './table';

const PARSE_ERRORS: Readonly<Record<string, string>> = {
  INVALID_COUNTRY: 'its country calling code is unknown, or it is in national format without `defaultCountry`',
  NOT_A_NUMBER: 'it does not look like a phone number',
  TOO_SHORT: 'it is too short',
  TOO_LONG: 'it is too long',
  INVALID_LENGTH: 'its length is not valid',
};

/**
 * libphonenumber-js options with every option it reads set, so that none is
 * inherited from something added to Object.prototype.
 */
const options = (defaultCountry: CountryCode | undefined): { defaultCountry?: CountryCode; defaultCallingCode?: string; extract?: boolean } =>
  ({ defaultCountry, defaultCallingCode: undefined, extract: undefined }) as { defaultCountry?: CountryCode };

/** The numbering-plan methods libphonenumber-js's own validity check reads (not in its type declarations). */
interface PlanReader {
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): readonly number[] | undefined } | undefined;
}

/** The number types libphonenumber-js tries, in its order: a number is valid when it is of one of them. */
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/** A numbering plan's validity patterns, compiled once. */
interface CompiledPlan {
  readonly general: RegExp;
  /** Null when the plan has no types: then the general pattern alone decides. */
  readonly types: readonly { readonly pattern: RegExp; readonly lengths: readonly number[] | undefined }[] | null;
}

const whole = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

/**
 * A plan's patterns compiled, or null when the metadata object does not offer
 * the methods (the number's own `isValid()` is used then).
 */
function compilePlan(metadata: MetadataJson, key: string): CompiledPlan | null {
  const plan = (new Metadata(metadata).selectNumberingPlan(key as CountryCode) as unknown as { numberingPlan?: Partial<PlanReader> }).numberingPlan;
  if (typeof plan?.nationalNumberPattern !== 'function' || typeof plan.hasTypes !== 'function' || typeof plan.type !== 'function') return null;
  const general = whole(plan.nationalNumberPattern());
  if (!plan.hasTypes()) return { general, types: null };
  const types: { pattern: RegExp; lengths: readonly number[] | undefined }[] = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    const pattern = type?.pattern();
    if (type !== undefined && pattern) types.push({ pattern: whole(pattern), lengths: type.possibleLengths() });
  }
  return { general, types };
}

/**
 * Whether a parsed number is valid, exactly as its `isValid()` says, with the
 * numbering plan's patterns compiled once instead of on every call (which is
 * most of what a validation costs). `test/phone-validity.test.ts` checks the
 * two agree for every region.
 */
export function validator(metadata: MetadataJson): (parsed: PhoneNumber) => boolean {
  const plans = new Map<string, CompiledPlan | null>();
  return (parsed) => {
    const key: string = parsed.country || parsed.countryCallingCode;
    let plan = plans.get(key);
    if (plan === undefined) {
      try {
        plan = compilePlan(metadata, key);
      } catch {
        plan = null;
      }
      // One entry per region and calling code of the metadata: a few hundred.
      plans.set(key, plan);
    }
    if (plan === null) return parsed.isValid();
    const national: string = parsed.nationalNumber;
    if (!plan.general.test(national)) return false;
    if (plan.types === null) return true;
    for (const t of plan.types) if ((t.lengths === undefined || t.lengths.includes(national.length)) && t.pattern.test(national)) return true;
    return false;
  };
}

/**
 * Builds a phone resolver from libphonenumber-js metadata, for tables made
 * with `createTable` in `sendright/core`. The default `sendright` entry uses
 * the `max` metadata, which validates numbers exactly.
 *
 * @param metadata - libphonenumber-js metadata, e.g. `libphonenumber-js/max/metadata`
 * @returns a resolver that turns a valid number into its country and E.164 form
 * @example
 * ```ts
 * import metadata from 'libphonenumber-js/max/metadata';
 * import { createPhoneResolver, createTable } from 'sendright/core';
 * import { US } from 'sendright/rules';
 * const table = createTable([US], { resolvePhone: createPhoneResolver(metadata) });
 * table.resolvePhone?.('+1 123 456 7890', undefined);
 * //=> throws SendrightError INVALID_PHONE_NUMBER (123 is not a US area code)
 * ```
 * @category Core
 */
export function createPhoneResolver(metadata: MetadataJson): PhoneResolver {
  const m: Record<string, unknown> = isRecord(metadata) ? metadata : {};
  if (!isRecord(m.countries) || !isRecord(m.country_calling_codes)) {
    throw new SendrightError('INVALID_INPUT', `createPhoneResolver expects libphonenumber-js metadata, such as the default export of 'libphonenumber-js/max/metadata'; got ${describe(metadata)}.`, 'metadata');
  }
  const isValid = validator(metadata);
  return (text, defaultCountry) => {
    let parsed;
    try {
      parsed = defaultCountry === undefined
        ? parsePhoneNumberWithError(text, options(undefined), metadata)
        : parsePhoneNumberWithError(text, options(defaultCountry), metadata);
    } catch (error) {
      const why = error instanceof Error ? PARSE_ERRORS[error.message] : undefined;
      throw new SendrightError(
        'INVALID_PHONE_NUMBER',
        `\`to\` '${text}' cannot be read as a phone number: ${why ?? 'it could not be parsed'}. Use E.164 (e.g. '+447700900123') or pass \`defaultCountry\` for a national number.`,
        'to',
      );
    }
    if (!isValid(parsed)) {
      const where = parsed.country ? `${parsed.country} ` : `+${parsed.countryCallingCode} `;
      throw new SendrightError('INVALID_PHONE_NUMBER', `\`to\` '${text}' is not a valid ${where}phone number; check the digits.`, 'to');
    }
    if (!parsed.country) {
      throw new SendrightError('INVALID_PHONE_NUMBER', `\`to\` '${text}' belongs to no single country (calling code +${parsed.countryCallingCode}); give a number that does, or pass \`country\`.`, 'to');
    }
    return { country: parsed.country, e164: parsed.number };
  };
}
