/**
 * The few helpers that the generated validators call at run time: string length in code points
 * and the spec's formats. Kept here, small and dependency-free, so validation runs on any runtime.
 */

/** Length of a string in Unicode code points (a surrogate pair counts once), as JSON Schema requires. */
export function ucs2length(value: string): number {
  let length = 0;
  for (let index = 0; index < value.length; index++) {
    length++;
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
  }
  return length;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// RFC 3986 allows no white space, controls, or these characters unescaped anywhere in a URI.
const NOT_URI_CHARACTER = /[\s\u0000-\u001f\u007f<>"{}|\\^`]/;

/** An absolute URI (RFC 3986): a scheme, no characters that must be escaped, and parsable. */
export function isUri(value: string): boolean {
  if (!SCHEME.test(value) || NOT_URI_CHARACTER.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An RFC 3339 date-time with a time zone, checked field by field (leap years, leap seconds). */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, , offsetHour, offsetMinute] = match
    .slice(1)
    .map((part) => (part === undefined || part === "+" || part === "-" ? 0 : Number(part)));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month! - 1];
  return (
    days !== undefined &&
    day! >= 1 &&
    day! <= days &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60 &&
    offsetHour! <= 23 &&
    offsetMinute! <= 59
  );
}

/** A whole number that fits in a signed 32-bit integer. */
export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
}

/** The spec's formats, shaped as the generated validators call them. */
export const formats = {
  uri: { type: "string", validate: isUri },
  "date-time": { type: "string", validate: isDateTime },
  int32: { type: "number", validate: isInt32 },
} as const;
