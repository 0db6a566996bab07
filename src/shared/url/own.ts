/**
 * `record[key]` only when the record itself holds the key: filter names and attribute names come
 * from files and users, and `constructor` or `toString` must not find Object.prototype's.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}
