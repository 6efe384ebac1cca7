/**
 * Reading objects from the page (the page config, `configure()` arguments,
 * options) and building the ones the elements read, immune to a polluted
 * `Object.prototype`: a bug in another script on the page (an old deep
 * `$.extend`, a query-string parser) may have left `bookingUrl` or `locale`
 * there, and every plain object would then seem to have it.
 */

/** Own properties only: a key inherited from a prototype (polluted or not) is not there. */
export function own<T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined;
export function own(object: object, key: PropertyKey): unknown;
export function own(object: object, key: PropertyKey): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<PropertyKey, unknown>)[key] : undefined;
}

/**
 * A copy of `fields` without a prototype, so an optional field left out reads
 * `undefined` rather than whatever `Object.prototype` carries; frozen, since
 * the elements share it.
 */
export function record<T extends object>(fields: T): Readonly<T> {
  return Object.freeze(Object.assign(Object.create(null) as T, fields));
}
