/** A property of an object's own, never one inherited through its prototype. */
export function own<T>(object: object, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? ((object as Record<string, unknown>)[key] as T) : undefined;
}

/** Whether `x` is an object and not an array. */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
