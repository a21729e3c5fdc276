import { isRetryableStatus } from "@convintel/fetch";
import { ApiError, ConnectionError, DeadlineExceededError, type TimeoutError } from "./errors.js";
import { RESET_HEADER } from "./headers.js";

/** What `onRetry` is told before each retry. */
export interface RetryEvent {
  operationId: string;
  method: string;
  /** The attempt that just failed, from 1. The next one is `attempt + 1`. */
  attempt: number;
  maxRetries: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** `backoff`: exponential with full jitter; `retry-after` / `rate-limit-reset`: the server's own delay. */
  delaySource: "backoff" | "retry-after" | "rate-limit-reset";
  /** Why the attempt failed. */
  error: ApiError | ConnectionError | TimeoutError;
  /** The HTTP status when the server answered. */
  status: number | undefined;
}

export interface RetrySettings {
  maxRetries: number;
  initialRetryDelayMs: number;
  maxRetryDelayMs: number;
}

/**
 * Whether a failed attempt may still have been carried out by the server: its answer was lost (a
 * connection that broke after sending, a timeout) or was a failure the server may have reached
 * after doing the work (5xx, 408). A 429 was refused before running; a request that never left did
 * nothing.
 */
export function maybeApplied(error: unknown): boolean {
  if (error instanceof ConnectionError) return error.requestMayHaveReachedServer;
  if (error instanceof ApiError) return error.status === 408 || (error.status >= 500 && error.status <= 599);
  return false;
}

/**
 * Whether a failed attempt may be sent again. Idempotent calls retry connection failures, attempt
 * timeouts and retryable statuses. A non-idempotent call (create) retries only what provably did
 * nothing: a connection that never reached the server, or a 429 (the request was refused, not run).
 */
export function shouldRetry(error: unknown, idempotent: boolean): error is ApiError | ConnectionError | TimeoutError {
  // A timeout is a ConnectionError whose request may have arrived: retried when idempotent, and never
  // once the deadline has passed.
  if (error instanceof DeadlineExceededError) return false;
  if (error instanceof ConnectionError) return idempotent || !error.requestMayHaveReachedServer;
  if (!idempotent) return error instanceof ApiError && error.status === 429;
  if (error instanceof ApiError) return isRetryableStatus(error.status);
  return false;
}

/** Exponential backoff with full jitter: a random delay in [0, min(max, initial * 2^(attempt-1))). */
export function backoffDelay(attempt: number, settings: RetrySettings, random: () => number = Math.random): number {
  const ceiling = Math.min(settings.maxRetryDelayMs, settings.initialRetryDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

// The three forms of an HTTP-date (RFC 9110, 5.6.7), each starting with the day's name: IMF-fixdate
// ("Sun, 06 Nov 1994 08:49:37 GMT"), the obsolete RFC 850 form and asctime. Anything else (a
// negative number, "soon") is no date, whatever Date.parse makes of it.
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? +[\dA-Za-z -]+\d{2}:\d{2}:\d{2}(?: +GMT| +\d{4})$/;

/** A date from an HTTP header, in milliseconds since the epoch; undefined when it is not an HTTP-date. */
function parseHttpDate(text: string): number | undefined {
  if (!HTTP_DATE.test(text)) return undefined;
  // asctime names no zone; HTTP means GMT by it, where Date.parse would take the local zone.
  const date = Date.parse(text.endsWith("GMT") ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : date;
}

/**
 * `Retry-After` in milliseconds: delay-seconds (fractions accepted) or an HTTP-date; undefined when
 * it is neither (a negative number included), so the computed backoff applies.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = parseHttpDate(text);
  return date === undefined ? undefined : Math.max(0, date - now);
}

// Values above this are Unix times in seconds; below it, seconds to wait.
const EPOCH_SECONDS_THRESHOLD = 1_000_000_000;

/** `X-RateLimit-Reset` in milliseconds from now: seconds to wait, a Unix time in seconds, or an HTTP date. */
export function parseRateLimitReset(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    const number = Number(text);
    return number >= EPOCH_SECONDS_THRESHOLD ? Math.max(0, Math.round(number * 1000 - now)) : Math.round(number * 1000);
  }
  const date = parseHttpDate(text);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/** How long the server asked us to wait: `Retry-After` first, then `X-RateLimit-Reset` on a 429. */
export function serverRetryDelay(
  status: number,
  headers: Record<string, string>,
): { delayMs: number; source: "retry-after" | "rate-limit-reset" } | undefined {
  const retryAfter = parseRetryAfter(headers["retry-after"]);
  if (retryAfter !== undefined) return { delayMs: retryAfter, source: "retry-after" };
  if (status === 429) {
    const delay = parseRateLimitReset(headers[RESET_HEADER]);
    if (delay !== undefined) return { delayMs: delay, source: "rate-limit-reset" };
  }
  return undefined;
}

/**
 * The wait before the next attempt, or undefined when there is no use in one: the server asked for
 * longer than `maxRetryDelayMs` or than the time left before the deadline (retrying earlier would
 * only fail again, so the call fails at once and the error's `retryAfterMs` says when to try). A
 * computed backoff is ours to shorten: it never takes more than half the time left before the
 * deadline, so that the retry gets at least the other half.
 */
export function retryDelay(
  attempt: number,
  settings: RetrySettings,
  server: { delayMs: number; source: "retry-after" | "rate-limit-reset" } | undefined,
  remainingMs = Infinity,
): { delayMs: number; source: RetryEvent["delaySource"] } | undefined {
  if (server) return server.delayMs > settings.maxRetryDelayMs || server.delayMs >= remainingMs ? undefined : server;
  return { delayMs: Math.min(backoffDelay(attempt, settings), Math.floor(remainingMs / 2)), source: "backoff" };
}
