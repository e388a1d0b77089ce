/**
 * `sendright/rules`: the researched country rows as named constants, the
 * cross-country facts, and the schema types. Pair them with `sendright/core`
 * to ship only the countries you need.
 *
 * @example
 * ```ts
 * import { DE } from 'sendright/rules';
 * DE.senders['alphanumeric-dynamic'].twoWay.value;
 * //=> false
 * ```
 * @module rules
 */
export * from './table/index';
export * from './global';
export type * from './types';
