import { parsePhoneNumberWithError, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
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
    if (!parsed.isValid()) {
      const where = parsed.country ? `${parsed.country} ` : `+${parsed.countryCallingCode} `;
      throw new SendrightError('INVALID_PHONE_NUMBER', `\`to\` '${text}' is not a valid ${where}phone number; check the digits.`, 'to');
    }
    if (!parsed.country) {
      throw new SendrightError('INVALID_PHONE_NUMBER', `\`to\` '${text}' belongs to no single country (calling code +${parsed.countryCallingCode}); give a number that does, or pass \`country\`.`, 'to');
    }
    return { country: parsed.country, e164: parsed.number };
  };
}
