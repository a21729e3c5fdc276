import type { IntelligenceConfiguration, ValidationIssue } from "@convintel/fetch";
import { errorCode } from "@convintel/fetch";
import { readRateLimit, readRequestId, toNumber, type RateLimitInfo } from "./headers.js";

// Shared by every copy of this package (ESM and CJS builds, duplicated installs), so `instanceof`
// and the `is*` helpers recognise an error thrown by another copy.
const BRAND = Symbol.for("convintel.client.error");

type Constructor<T> = abstract new (...args: never[]) => T;

// The error classes mark their fields `declare` and assign every one in the constructor, in the
// order declared: a plain field would also be emitted as a class field (defined as undefined, then
// assigned), which adds bytes to every bundle and changes nothing.

function brandsOf(value: unknown): readonly string[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const brands = (value as { [BRAND]?: unknown })[BRAND];
  return Array.isArray(brands) ? brands : undefined;
}

/** Base class of every error this package throws (the caller's own abort reason excepted). */
export class IntelligenceError extends Error {
  /** The name that identifies this class across copies of the package. */
  static readonly brand: string = "IntelligenceError";
  declare readonly [BRAND]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const brands: string[] = [];
    for (let type: unknown = new.target; typeof type === "function" && type !== Error; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, "brand")) brands.push((type as { brand?: string }).brand!);
    }
    Object.defineProperty(this, BRAND, { value: Object.freeze(brands) });
    Object.defineProperty(this, "name", { value: brands[0] ?? "IntelligenceError", configurable: true, writable: true });
  }

  /** `error instanceof ApiError` holds for errors of any copy of this package (ESM, CJS, duplicates). */
  static override [Symbol.hasInstance]<T>(this: Constructor<T>, value: unknown): value is T {
    // `this` is the class `instanceof` asks about, a subclass included, not IntelligenceError itself.
    // biome-ignore lint/complexity/noThisInStatic: see above.
    if (!Object.hasOwn(this, "brand")) return Function.prototype[Symbol.hasInstance].call(this, value);
    // biome-ignore lint/complexity/noThisInStatic: see above.
    return brandsOf(value)?.includes((this as { brand?: string }).brand!) ?? false;
  }

  /** A plain summary: `JSON.stringify(error)` shows the name, message and fields. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** What an ApiError is built from: the response's status, headers and body. */
export interface ApiErrorInit {
  status: number;
  /** Response headers, names in lower case. */
  headers?: Record<string, string>;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body?: unknown;
  /** The operation that failed, e.g. `UpdateConfiguration`. */
  operationId?: string;
  /** How long the server asked to wait before retrying, from `Retry-After` or `X-RateLimit-Reset`. */
  retryAfterMs?: number;
  /** Earlier attempts of the same call that may have been applied although their answers were lost. */
  unconfirmedAttempts?: number;
}

const MAX_TEXT_IN_MESSAGE = 200;

function hintFor(status: number): string {
  if (status === 400) return "Fix the request: the fields it names break a rule of the API.";
  if (status === 401) return "Check the credentials (apiKey + apiSecret, or accountSid + authToken).";
  if (status === 403)
    return "These credentials may not access this resource; use an API key of the owning account with the needed permission.";
  if (status === 404) return "Check the id: it does not exist, or was deleted.";
  if (status === 412) return "It changed since it was read: read it again, or use modify().";
  if (status === 429) return "Slow down: too many requests; wait before retrying (retryAfterMs says how long when known).";
  if (status >= 500 && status <= 599) return "The service failed; try again later. Idempotent calls were retried already (see maxRetries).";
  if (status > 599)
    return "That is not an HTTP status: something between the client and the API (a proxy, a load balancer) is broken. Not retried.";
  return "See the body and status for details.";
}

function summarize(body: unknown): string | undefined {
  if (typeof body === "string") {
    const text = body.trim().replace(/\s+/g, " ");
    if (!text) return undefined;
    return text.length > MAX_TEXT_IN_MESSAGE ? `${text.slice(0, MAX_TEXT_IN_MESSAGE)}…` : text;
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function apiErrorMessage(init: ApiErrorInit, code: number | undefined, serverMessage: string | undefined, url: string | undefined): string {
  if (init.status === 0 || (init.status >= 300 && init.status < 400)) {
    const location = init.headers?.location;
    return (
      `${init.operationId ?? "The request"} was answered with a redirect (HTTP ${init.status})${location ? ` to ${location}` : ""}. ` +
      "Redirects are not followed, as that would re-send the credentials: check baseUrl, region and edge " +
      "(pass the new location as baseUrl if you trust it)."
    );
  }
  return (
    `${init.operationId ? `${init.operationId} failed` : "The request failed"} with HTTP ${init.status}${code !== undefined ? ` (Twilio error ${code})` : ""}: ` +
    `${serverMessage ?? "no error details in the response"}. ${hintFor(init.status)}${url ? ` See ${url}` : ""}`
  );
}

/** The API answered with a status that is not a success. Subclasses name the common statuses. */
export class ApiError extends IntelligenceError {
  static override readonly brand: string = "ApiError";
  /** HTTP status of the response (0 for a browser's opaque redirect). */
  declare readonly status: number;
  /** Twilio error code from the body, e.g. 20404. */
  declare readonly code: number | undefined;
  /** True when the request was at fault, false for a service failure (from the body). */
  declare readonly userError: boolean | undefined;
  /** Extra details from the body, e.g. `twilioErrorCodeUrl`. */
  declare readonly params: Record<string, string> | undefined;
  /** Link to Twilio's page about the error code, when the body gives one. */
  declare readonly twilioErrorCodeUrl: string | undefined;
  /** The status repeated in the body (`httpStatusCode`, or `httpsStatusCode` as some services spell it). */
  declare readonly httpStatusCode: number | undefined;
  /** The `Twilio-Request-Id` response header: quote it to Twilio support. */
  declare readonly requestId: string | undefined;
  /** Response headers, names in lower case. */
  declare readonly headers: Record<string, string>;
  /** The parsed JSON body, or the raw text when the body is not JSON. */
  declare readonly body: unknown;
  /** The operation that failed, e.g. `FetchConfiguration`. */
  declare readonly operationId: string | undefined;
  /** How long the server asked to wait before a retry (`Retry-After`, or `X-RateLimit-Reset` on a 429). */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    const body = init.body;
    const fields = asRecord(body);
    const serverMessage = typeof fields?.message === "string" && fields.message ? fields.message : summarize(body);
    const code = typeof fields?.code === "number" ? fields.code : toNumber(typeof fields?.code === "string" ? fields.code : undefined);
    const params = asRecord(fields?.params) as Record<string, string> | undefined;
    const twilioErrorCodeUrl = typeof params?.twilioErrorCodeUrl === "string" ? params.twilioErrorCodeUrl : undefined;
    super(apiErrorMessage(init, code, serverMessage, twilioErrorCodeUrl));
    const headers = init.headers ?? {};
    const bodyStatus = fields?.httpStatusCode ?? fields?.httpsStatusCode;
    this.status = init.status;
    this.code = code;
    this.userError = typeof fields?.userError === "boolean" ? fields.userError : undefined;
    this.params = params;
    this.twilioErrorCodeUrl = twilioErrorCodeUrl;
    this.httpStatusCode = typeof bodyStatus === "number" ? bodyStatus : undefined;
    this.requestId = readRequestId(headers);
    this.headers = headers;
    this.body = body;
    this.operationId = init.operationId;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 400: the request broke a rule of the API. Not retried. */
export class BadRequestError extends ApiError {
  static override readonly brand: string = "BadRequestError";
}

/** 401: the credentials were not accepted. Not retried. */
export class AuthenticationError extends ApiError {
  static override readonly brand: string = "AuthenticationError";
}

/** 403: the credentials may not do this. Not retried. */
export class PermissionDeniedError extends ApiError {
  static override readonly brand: string = "PermissionDeniedError";
}

/** 404: no resource has this id. Not retried. */
export class NotFoundError extends ApiError {
  static override readonly brand: string = "NotFoundError";
}

/**
 * 412: the `If-Match` sent was not the resource's current `ETag`: someone changed it since it was
 * read. Not retried (the same request would fail again); read it again and decide, or use `modify()`.
 */
export class PreconditionFailedError extends ApiError {
  static override readonly brand: string = "PreconditionFailedError";
  /**
   * Earlier attempts of this call that may have been applied although their answers were lost: when
   * above 0, the `If-Match` may have been made stale by this call's own write. `operators.update()`
   * and `modify()` check for that before they report this error.
   */
  declare readonly unconfirmedAttempts: number;

  constructor(init: ApiErrorInit) {
    super(init);
    this.unconfirmedAttempts = init.unconfirmedAttempts ?? 0;
  }
}

/** 429: rate limited. Retried (with the server's delay when it gives one) until `maxRetries` runs out. */
export class RateLimitError extends ApiError {
  static override readonly brand: string = "RateLimitError";
  /** All X-RateLimit-* values of the response. */
  declare readonly rateLimit: RateLimitInfo | undefined;
  /** `X-RateLimit-Limit`: the request budget of the window. */
  declare readonly limit: number | undefined;
  /** `X-RateLimit-Remaining`: requests left in the window. */
  declare readonly remaining: number | undefined;
  /** `X-RateLimit-Reset`: when the window resets, as the server sent it. */
  declare readonly reset: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init);
    this.rateLimit = readRateLimit(this.headers);
    this.limit = this.rateLimit?.limit;
    this.remaining = this.rateLimit?.remaining;
    this.reset = this.rateLimit?.reset;
  }
}

/** 500 to 599: the service failed. Idempotent calls are retried. */
export class InternalServerError extends ApiError {
  static override readonly brand: string = "InternalServerError";
}

/**
 * The server answered with a redirect (3xx, or a browser's opaque redirect). Redirects are never
 * followed, because following one would send the credentials to another location.
 */
export class RedirectError extends ApiError {
  static override readonly brand: string = "RedirectError";
  /** The `Location` the server pointed to, when visible. */
  declare readonly location: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init);
    this.location = this.headers.location;
  }
}

/** Where an invalid request value sits: the path (`id`), the query, the body, or a client-side option. */
export type RequestIssueLocation = "path" | "query" | "body" | "options";

/** A broken rule in a request, found before anything was sent. */
export interface RequestIssue extends ValidationIssue {
  in: RequestIssueLocation;
}

/** The request broke a rule of the spec. Raised before any network call; nothing was sent. */
export class RequestValidationError extends IntelligenceError {
  static override readonly brand: string = "RequestValidationError";
  /** Every broken rule, each with its JSON pointer and rule (`/rules/0/operators`, `minItems 1`). */
  declare readonly issues: readonly RequestIssue[];
  declare readonly operationId: string | undefined;

  constructor(issues: readonly RequestIssue[], operationId?: string, options?: { cause?: unknown }) {
    const list = issues.map((issue) => `${issue.in} ${issue.message}`).join("; ");
    super(
      `${operationId ?? "The request"} was not sent: ${issues.length === 1 ? "a value breaks" : `${issues.length} values break`} ` +
        `the API's rules: ${list}. Fix ${issues.length === 1 ? "it" : "them"} and call again.`,
      options,
    );
    this.issues = issues;
    this.operationId = operationId;
  }
}

/** What a failed answer means for the caller's data: a read changed nothing; a write may have happened. */
function consequence(method: string | undefined): string {
  return method === "GET" || method === "HEAD"
    ? "This was a read: nothing was changed; try again, and report it if it persists."
    : "The change may have been applied; fetch the resource to check.";
}

/** A successful response did not match the spec (or was not JSON). See `validateResponses`. */
export class ResponseValidationError extends IntelligenceError {
  static override readonly brand: string = "ResponseValidationError";
  declare readonly issues: readonly ValidationIssue[];
  declare readonly status: number;
  declare readonly requestId: string | undefined;
  /** The parsed body, or the raw text when it was not JSON. */
  declare readonly body: unknown;
  declare readonly operationId: string | undefined;

  constructor(init: {
    issues: readonly ValidationIssue[];
    status: number;
    requestId?: string;
    body: unknown;
    operationId?: string;
    method?: string;
  }) {
    const list = init.issues.map((issue) => issue.message).join("; ");
    super(
      `${init.operationId ?? "The request"} got an HTTP ${init.status} response that does not match the API description: ${list}. ` +
        `${consequence(init.method)} Pass validateResponses: "warn" or false to accept such responses.`,
    );
    this.issues = init.issues;
    this.status = init.status;
    this.requestId = init.requestId;
    this.body = init.body;
    this.operationId = init.operationId;
  }
}

/** What a listing that would never end is reported as: a read whose `nextToken` makes no progress. */
function unendingListing(
  init: { status: number; requestId?: string; body: unknown; operationId?: string },
  rule: string,
  message: string,
): ConstructorParameters<typeof ResponseValidationError>[0] {
  return {
    issues: [{ pointer: "/meta/nextToken", keyword: "progress", rule, message, params: {} }],
    status: init.status,
    requestId: init.requestId,
    body: init.body,
    operationId: init.operationId,
    method: "GET",
  };
}

/**
 * A listing handed back a `nextToken` it had already given (or started from): following it would
 * fetch the same pages forever. Raised at the first repeat; the pages before it were yielded.
 */
export class PaginationCycleError extends ResponseValidationError {
  static override readonly brand: string = "PaginationCycleError";
  /** Pages fetched before the repeat was seen, the one that repeated included. */
  declare readonly pages: number;

  constructor(init: { status: number; requestId?: string; body: unknown; operationId?: string; pages: number }) {
    super(
      unendingListing(
        init,
        "a token not seen before in this listing",
        `/meta/nextToken repeats a token this listing already had (page ${init.pages}), so paging would never end`,
      ),
    );
    this.pages = init.pages;
  }
}

/**
 * A listing handed back page after page with no items but a new `nextToken` each time, more of them
 * in a row than `maxEmptyPages`: a server that would keep the caller paging forever. Raised at the
 * page past the bound; the pages before it were yielded.
 */
export class PaginationStalledError extends ResponseValidationError {
  static override readonly brand: string = "PaginationStalledError";
  /** Pages fetched in all, the last empty one included. */
  declare readonly pages: number;
  /** Empty pages in a row that ended the listing. */
  declare readonly emptyPages: number;

  constructor(init: { status: number; requestId?: string; body: unknown; operationId?: string; pages: number; emptyPages: number }) {
    super(
      unendingListing(
        init,
        "at most maxEmptyPages empty pages in a row",
        `/meta/nextToken came with an empty page ${init.emptyPages} times in a row (page ${init.pages}), so paging may never end; raise maxEmptyPages if the API is slow to fill pages`,
      ),
    );
    this.pages = init.pages;
    this.emptyPages = init.emptyPages;
  }
}

/** The request could not be completed: DNS, connection refused or reset, TLS, a body cut short. */
export class ConnectionError extends IntelligenceError {
  static override readonly brand: string = "ConnectionError";
  /** The system error code when known, e.g. `ECONNREFUSED`. */
  declare readonly code: string | undefined;
  /**
   * False only when the failure provably happened before any byte of the request was written (no
   * connection could be made: refused, DNS, TLS, a proxy that refused the tunnel), so the server
   * never saw it. A create (POST) is retried only then.
   */
  declare readonly requestMayHaveReachedServer: boolean;
  declare readonly operationId: string | undefined;
  /** Attempts made, retries included. */
  declare readonly attempts: number;

  /** `message` is for subclasses, which word their own. */
  constructor(init: { cause: unknown; operationId?: string; attempts?: number; requestMayHaveReachedServer?: boolean }, message?: string) {
    const code = errorCode(init.cause);
    const operation = init.operationId ?? "The request";
    const attempts = init.attempts ?? 1;
    const reached = init.requestMayHaveReachedServer ?? true;
    super(
      message ??
        `${operation} ${reached ? "lost its connection to" : "could not reach"} the Intelligence API${code ? ` (${code})` : ""}` +
          `${attempts > 1 ? ` after ${attempts} attempts` : ""}. ` +
          (reached
            ? "The request may have been applied: check before repeating a create. Check the network and proxies, then retry."
            : "Nothing was sent. Check the network, baseUrl, region and edge, then retry."),
      { cause: init.cause },
    );
    this.code = code;
    this.requestMayHaveReachedServer = reached;
    this.operationId = init.operationId;
    this.attempts = attempts;
  }
}

/**
 * An attempt took longer than `timeout` and was abandoned: a kind of ConnectionError, as the answer
 * never came. The request may have reached the server. Idempotent calls are retried.
 * DeadlineExceededError, a subclass, is the whole call running out of `deadline`.
 */
export class TimeoutError extends ConnectionError {
  static override readonly brand: string = "TimeoutError";
  /** `attempt`: one attempt exceeded `timeout`; `deadline`: the whole call ran out of time (a DeadlineExceededError). */
  declare readonly scope: "attempt" | "deadline";
  /** The limit that was exceeded, in milliseconds. */
  declare readonly timeoutMs: number;

  /** `scope` and `message` are set by DeadlineExceededError. */
  constructor(init: { timeoutMs: number; operationId?: string; attempts?: number; scope?: "attempt" | "deadline" }, message?: string) {
    const operation = init.operationId ?? "The request";
    super(
      { cause: undefined, operationId: init.operationId, attempts: init.attempts, requestMayHaveReachedServer: true },
      message ??
        `${operation} timed out: an attempt took longer than timeout (${init.timeoutMs} ms). Raise timeout if the service is slow.`,
    );
    this.scope = init.scope ?? "attempt";
    this.timeoutMs = init.timeoutMs;
  }
}

/** The whole call, retries and waits included, ran out of `deadline`. Not retried. */
export class DeadlineExceededError extends TimeoutError {
  static override readonly brand: string = "DeadlineExceededError";

  constructor(init: { timeoutMs: number; operationId?: string; attempts?: number }) {
    const operation = init.operationId ?? "The request";
    const attempts = init.attempts ?? 1;
    super(
      { ...init, scope: "deadline" },
      `${operation} ran out of time: the deadline (${init.timeoutMs} ms) passed after ${attempts} attempt${attempts === 1 ? "" : "s"}. ` +
        "Raise deadline or try later.",
    );
  }
}

/**
 * The caller's own signal aborted the call. `reason` is the signal's reason as it was given (for
 * `AbortSignal.timeout()`, a DOMException named `TimeoutError`: that is the caller's limit, not ours).
 */
export class AbortError extends IntelligenceError {
  static override readonly brand: string = "AbortError";
  /** The signal's `reason`. */
  declare readonly reason: unknown;
  declare readonly operationId: string | undefined;
  /** Attempts started before the abort (0: nothing was sent). */
  declare readonly attempts: number;
  /** True when an attempt had started, so a write may have been applied. */
  declare readonly requestMayHaveReachedServer: boolean;

  constructor(init: { reason: unknown; operationId?: string; attempts?: number }) {
    const operation = init.operationId ?? "The call";
    const attempts = init.attempts ?? 0;
    super(
      `${operation} was aborted by the caller's signal${attempts === 0 ? " before anything was sent" : ""}` +
        `${describeReason(init.reason)}.${attempts > 0 ? " A change may have been applied: fetch the resource to check." : ""}`,
      { cause: init.reason },
    );
    this.reason = init.reason;
    this.operationId = init.operationId;
    this.attempts = attempts;
    this.requestMayHaveReachedServer = attempts > 0;
  }
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error || (typeof DOMException === "function" && reason instanceof DOMException)) {
    const { name, message } = reason as Error;
    return ` (${name}${message ? `: ${message}` : ""})`;
  }
  return "";
}

/**
 * A response body was larger than `maxResponseBytes` (counted after decompression). Reading and
 * decompressing stopped at the limit; the call is not retried, as the same answer would come again.
 */
export class ResponseTooLargeError extends IntelligenceError {
  static override readonly brand: string = "ResponseTooLargeError";
  /** The limit that was passed, in bytes. */
  declare readonly limit: number;
  /** The HTTP status of the response. */
  declare readonly status: number;
  declare readonly operationId: string | undefined;

  constructor(init: { limit: number; status: number; operationId?: string; method?: string }) {
    const operation = init.operationId ?? "The request";
    super(
      `${operation} got an HTTP ${init.status} response whose body is larger than maxResponseBytes (${init.limit} bytes, counted after decompression); ` +
        `reading stopped there. ${init.status >= 200 && init.status < 300 ? `${consequence(init.method)} ` : ""}` +
        "If answers this large are expected, raise maxResponseBytes (new IntelligenceClient({ maxResponseBytes }) or per call).",
    );
    this.limit = init.limit;
    this.status = init.status;
    this.operationId = init.operationId;
  }
}

function versionList(versions: readonly number[]): string {
  if (versions.length === 1) return `version ${versions[0]}`;
  return `versions ${versions[0]}–${versions.at(-1)}`;
}

/**
 * `modify()` found that someone else wrote the configuration between its fetch and its update: the
 * update returned a version more than one above the fetched one, by more than this call's own
 * earlier attempts (retried after their answers were lost) can explain. The update is a full
 * replacement, so what the others wrote in between is gone: the API keeps no earlier versions.
 * Raised after the write, as a report: the update has been applied.
 */
export class ConcurrentModificationError extends IntelligenceError {
  static override readonly brand: string = "ConcurrentModificationError";
  declare readonly id: string;
  /** The version we fetched and based our change on. */
  declare readonly fetchedVersion: number;
  /** The version the update returned: ours, now stored. */
  declare readonly resultVersion: number;
  /**
   * The versions written after our fetch and replaced by our update, oldest first. Up to
   * `unconfirmedAttempts` of them may be this call's own earlier attempts; the rest were someone else's.
   */
  declare readonly overwrittenVersions: readonly number[];
  /** Earlier attempts of our update that may have been applied although their answers were lost. */
  declare readonly unconfirmedAttempts: number;
  /** The configuration as we fetched it, before our change. */
  declare readonly fetched: IntelligenceConfiguration;
  /** The configuration the update returned: ours, written over whatever came in between. */
  declare readonly result: IntelligenceConfiguration;

  constructor(init: { id: string; fetched: IntelligenceConfiguration; result: IntelligenceConfiguration; unconfirmedAttempts?: number }) {
    const fetchedVersion = init.fetched.version;
    const resultVersion = init.result.version;
    const unconfirmed = init.unconfirmedAttempts ?? 0;
    const overwritten: number[] = [];
    for (let version = fetchedVersion + 1; version < resultVersion; version++) overwritten.push(version);
    super(
      `Configuration ${init.id} was changed by someone else during modify(): we fetched version ${fetchedVersion}, and our update returned ` +
        `version ${resultVersion} instead of ${fetchedVersion + 1}, so ${overwritten.length ? versionList(overwritten) : "a version"}, written after our fetch` +
        `${unconfirmed ? ` (up to ${unconfirmed} of them by our own retried attempts)` : ""}, ${overwritten.length === 1 ? "was" : "were"} replaced by ours. ` +
        "The API keeps no earlier versions: the other writer's change is lost unless it is applied again. Our update is stored; " +
        "compare `fetched` and `result`, and re-apply what was lost. (modify() detects such overwrites; without If-Match on this API it cannot prevent them.)",
    );
    this.id = init.id;
    this.fetchedVersion = fetchedVersion;
    this.resultVersion = resultVersion;
    this.overwrittenVersions = overwritten;
    this.unconfirmedAttempts = unconfirmed;
    this.fetched = init.fetched;
    this.result = init.result;
  }
}

/** The client's options are missing or wrong (no credentials, a non-https baseUrl, ...). */
export class ClientOptionsError extends IntelligenceError {
  static override readonly brand: string = "ClientOptionsError";
}

/** Builds the error class that matches a response's status. */
export function createApiError(init: ApiErrorInit): ApiError {
  const status = init.status;
  if (status === 0 || (status >= 300 && status < 400)) return new RedirectError(init);
  if (status === 400) return new BadRequestError(init);
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 412) return new PreconditionFailedError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500 && status <= 599) return new InternalServerError(init);
  return new ApiError(init);
}
