/** Reading the response headers the client exposes, by the names the spec gives them (`responseHeaders`). */
import { responseHeaders } from "@convintel/fetch";

/** The X-RateLimit-* values of a response, as numbers (undefined when absent or not numeric). */
export interface RateLimitInfo {
  limit: number | undefined;
  remaining: number | undefined;
  reset: number | undefined;
}

/** Response headers: a `Headers` (or anything with its `get`), or a plain object with lower-case names. */
export type HeaderSource = { get(name: string): string | null } | Record<string, string>;

const lower = (name: string) => name.toLowerCase();
const REQUEST_ID = /* @__PURE__ */ lower(responseHeaders.requestId);
const LIMIT = /* @__PURE__ */ lower(responseHeaders.rateLimit.limit);
const REMAINING = /* @__PURE__ */ lower(responseHeaders.rateLimit.remaining);
/** The rate-limit reset header's name in lower case. */
export const RESET_HEADER = /* @__PURE__ */ lower(responseHeaders.rateLimit.reset);

/** A header's value as a finite number; undefined when absent, blank or not a number. */
export function toNumber(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** One header, by lower-case name. */
export function header(headers: HeaderSource, name: string): string | null | undefined {
  const get = headers.get;
  return typeof get === "function" ? get.call(headers, name) : (headers as Record<string, string>)[name];
}

/** Reads the X-RateLimit-* headers; undefined when none is present. */
export function readRateLimit(headers: HeaderSource): RateLimitInfo | undefined {
  const limit = header(headers, LIMIT);
  const remaining = header(headers, REMAINING);
  const reset = header(headers, RESET_HEADER);
  if (limit == null && remaining == null && reset == null) return undefined;
  return { limit: toNumber(limit), remaining: toNumber(remaining), reset: toNumber(reset) };
}

/** The `Twilio-Request-Id` of a response, to quote to Twilio support. */
export function readRequestId(headers: HeaderSource): string | undefined {
  return header(headers, REQUEST_ID) ?? undefined;
}
