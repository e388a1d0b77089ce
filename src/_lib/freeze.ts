/**
 * Freezes `x` and every object and array reachable from it, including those
 * inside an object that is already frozen; returns `x`.
 */
export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    Object.freeze(x);
    for (const key of Object.keys(x)) deepFreeze((x as Record<string, unknown>)[key]);
  }
  return x;
}
