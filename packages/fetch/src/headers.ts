/**
 * Request headers as plain pairs, checked as a `Headers` object checks them, without making one (a
 * Headers object is the costliest part of a call in some runtimes, Deno's above all).
 */

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// What a Headers object refuses in a value once trimmed: CR, LF, NUL, and anything outside a byte.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const BAD_VALUE = /[\r\n\0]|[^\u0000-\u00ff]/;

/** A header as a Headers object would take it: the value trimmed, and a TypeError for what it refuses. */
export function headerPair(name: string, value: string): [string, string] {
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
        const joined = value.map((item) => headerPair(name, String(item))[1]).join(", ");
        merged.set(key, [name, previous === undefined ? joined : `${previous}, ${joined}`]);
      } else if (value !== undefined) merged.set(key, headerPair(name, String(value)));
    }
  }
  return merged;
}

/** Merged headers as the pairs a WireRequest carries. */
export function headerPairs(headers: ReadonlyMap<string, [string, string]>): [string, string][] {
  return [...headers.values()];
}
