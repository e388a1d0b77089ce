/** A property of an object's own, never one inherited through its prototype. */
export function own<T>(object: object, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? ((object as Record<string, unknown>)[key] as T) : undefined;
}

/** Whether `x` is an object and not an array. */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * `value` (the caller's own read of `object[key]`, written as a named property
 * access so that it stays fast) if the property is the object's own, else
 * undefined: a value inherited through the prototype is never taken as input.
 */
export function ownValue<T>(object: object, key: string, value: T): T | undefined {
  return value === undefined || Object.prototype.hasOwnProperty.call(object, key) ? value : undefined;
}
