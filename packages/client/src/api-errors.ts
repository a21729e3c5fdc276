/** The API's answers that are not a success: one class per common status, and the one that builds them. */
import { readRateLimit, readRequestId, toNumber, type RateLimitInfo } from "./headers.js";
import { IntelligenceError } from "./error-base.js";

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
  if (status === 409) return "It conflicts with the resource as it is now: read it again and decide.";
  if (status === 412) return "It changed since it was read: read it again, or use modify().";
  if (status === 422) return "The request is well formed, but cannot be carried out as things are: the message says why.";
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

/** 409: the request conflicts with the resource as it is now. Not retried. */
export class ConflictError extends ApiError {
  static override readonly brand: string = "ConflictError";
}

/** 422: well formed, but not possible as things are (a rule execution on a conversation without a memory store). Not retried. */
export class UnprocessableEntityError extends ApiError {
  static override readonly brand: string = "UnprocessableEntityError";
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

/** Builds the error class that matches a response's status. */
export function createApiError(init: ApiErrorInit): ApiError {
  const status = init.status;
  if (status === 0 || (status >= 300 && status < 400)) return new RedirectError(init);
  if (status === 400) return new BadRequestError(init);
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 412) return new PreconditionFailedError(init);
  if (status === 422) return new UnprocessableEntityError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500 && status <= 599) return new InternalServerError(init);
  return new ApiError(init);
}
