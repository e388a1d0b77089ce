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

/**
 * Freezes `x` and every object and array reachable from it that is not frozen
 * yet, and stops at one that is: for values built from rows and cached answers,
 * whose frozen parts are frozen throughout. Returns `x`.
 */
export function freezeNew<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const key of Object.keys(x)) freezeNew((x as Record<string, unknown>)[key]);
  }
  return x;
}
