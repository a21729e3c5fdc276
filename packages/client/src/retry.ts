import { ApiError, ConnectionError, RESET_HEADER, TimeoutError } from "./errors.js";

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

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

/** 408, 429 and 5xx may succeed later; every other status (400, 401, 403, 404, 409, 412, ...) will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Whether a failed attempt may be sent again. Idempotent calls retry connection failures, attempt
 * timeouts and retryable statuses. A non-idempotent call (create) retries only what provably did
 * nothing: a connection that never reached the server, or a 429 (the request was refused, not run).
 */
export function shouldRetry(error: unknown, idempotent: boolean): error is ApiError | ConnectionError | TimeoutError {
  if (error instanceof ConnectionError) return idempotent || !error.requestMayHaveReachedServer;
  if (!idempotent) return error instanceof ApiError && error.status === 429;
  if (error instanceof TimeoutError) return error.scope === "attempt";
  if (error instanceof ApiError) return isRetryableStatus(error.status);
  return false;
}

/** Exponential backoff with full jitter: a random delay in [0, min(max, initial * 2^(attempt-1))). */
export function backoffDelay(attempt: number, settings: RetrySettings, random: () => number = Math.random): number {
  const ceiling = Math.min(settings.maxRetryDelayMs, settings.initialRetryDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` in milliseconds: delay-seconds (fractions accepted) or an HTTP date; undefined if unusable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long the server asked us to wait: `Retry-After` first, then `X-RateLimit-Reset` on a 429. */
export function serverRetryDelay(status: number, headers: Record<string, string>): { delayMs: number; source: "retry-after" | "rate-limit-reset" } | undefined {
  const retryAfter = parseRetryAfter(headers["retry-after"]);
  if (retryAfter !== undefined) return { delayMs: retryAfter, source: "retry-after" };
  if (status === 429) {
    const delay = parseRateLimitReset(headers[RESET_HEADER]);
    if (delay !== undefined) return { delayMs: delay, source: "rate-limit-reset" };
  }
  return undefined;
}

/**
 * The wait before the next attempt, or undefined when the server asked for longer than
 * `maxRetryDelayMs`: retrying earlier would only fail again, so the call fails at once and the
 * error's `retryAfterMs` says when to try.
 */
export function retryDelay(
  attempt: number,
  settings: RetrySettings,
  server: { delayMs: number; source: "retry-after" | "rate-limit-reset" } | undefined,
): { delayMs: number; source: RetryEvent["delaySource"] } | undefined {
  if (server) return server.delayMs > settings.maxRetryDelayMs ? undefined : server;
  return { delayMs: backoffDelay(attempt, settings), source: "backoff" };
}
