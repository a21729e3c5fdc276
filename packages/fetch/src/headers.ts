/**
 * Request headers as plain pairs, checked as a `Headers` object checks them: for the calls that are
 * sent without one (a Headers object is the costliest part of a call in some runtimes, Deno's above all).
 */

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// What a Headers object refuses in a value once trimmed: CR, LF, NUL, and anything outside a byte.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const BAD_VALUE = /[\r\n\0]|[^\u0000-\u00ff]/;

/** A header as a Headers object would take it: the value trimmed, and a TypeError for what it refuses. */
export function checkedHeader(name: string, value: string): [string, string] {
  const trimmed = value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
  if (!TOKEN.test(name)) throw new TypeError(`Headers: invalid header name ${JSON.stringify(name)}`);
  if (BAD_VALUE.test(trimmed)) throw new TypeError(`Headers: invalid value for the header ${name}`);
  return [name, trimmed];
}

/**
 * Headers merged as openapi-fetch's mergeHeaders does (later sources win, names case-insensitive,
 * `null` removes, an array appends), as pairs keyed by the lower-case name.
 */
export function mergeHeaderPairs(
  base: ReadonlyMap<string, [string, string]>,
  ...sources: (Record<string, unknown> | undefined)[]
): Map<string, [string, string]> {
  const merged = new Map(base);
  for (const source of sources) {
    if (!source) continue;
    for (const name in source) {
      const value = source[name];
      const key = name.toLowerCase();
      if (value === null) merged.delete(key);
      else if (Array.isArray(value)) {
        const previous = merged.get(key)?.[1];
        const joined = value.map((item) => checkedHeader(name, String(item))[1]).join(", ");
        merged.set(key, [name, previous === undefined ? joined : `${previous}, ${joined}`]);
      } else if (value !== undefined) merged.set(key, checkedHeader(name, String(value)));
    }
  }
  return merged;
}

// Lists of pairs that mergeHeaderPairs built, each name once and every header checked already.
const merged = new WeakSet<object>();

/** The merged headers as a list of pairs, which `headerList` takes without checking them again. */
export function mergedPairs(headers: Map<string, [string, string]>): [string, string][] {
  const pairs = [...headers.values()];
  merged.add(pairs);
  return pairs;
}

/**
 * Header pairs for undici's dispatcher: names in lower case, each checked. A `Headers` object (or a
 * record) goes through `Headers`, which also joins repeated names.
 */
export function headerList(headers: HeadersInit | undefined): string[] {
  const list: string[] = [];
  if (headers === undefined) return list;
  if (Array.isArray(headers) && merged.has(headers)) {
    for (const [name, value] of headers as [string, string][]) list.push(name.toLowerCase(), value);
    return list;
  }
  if (Array.isArray(headers)) {
    for (const [name, value] of headers as [string, string][]) {
      const [checkedName, checkedValue] = checkedHeader(name, value);
      list.push(checkedName.toLowerCase(), checkedValue);
    }
    return list;
  }
  // Headers validates names and values as fetch does, and joins repeated names.
  const normalized = headers instanceof Headers ? headers : new Headers(headers);
  for (const [name, value] of normalized) list.push(name, value);
  return list;
}
