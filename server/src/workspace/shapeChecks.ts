// Checks of values read back from Crosscheck's own files (the facts cache, findings snapshots), which
// may hold anything: each check says whether a value has the shape the code is about to trust.

export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString: Check = (value) => typeof value === 'string';
export const isBoolean: Check = (value) => typeof value === 'boolean';
export const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
export const isOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
export const orNull = (check: Check): Check => (value) => value === null || check(value);
export const orAbsent = (check: Check): Check => (value) => value === undefined || check(value);
export const listOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
/**
 * One of a string type's values. The values come as the keys of a record written with
 * `satisfies Record<T, true>`, so a value added to the type and not here fails to compile instead of
 * silently refusing every file that holds it.
 */
export const oneOf = <T extends string>(values: Record<T, true>): Check => (value) => typeof value === 'string' && Object.hasOwn(values, value);
/** An index into a list of `size` items. */
export const indexBelow = (size: number): Check => (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < size;
/** A check for every field of `T`, so a field added to the type cannot go unchecked. */
export type Fields<T> = { [K in keyof T]-?: Check };
export const shaped =
  <T>(fields: Fields<T>): Check =>
  (value) =>
    isRecord(value) && Object.entries<Check>(fields).every(([key, check]) => check(value[key]));
