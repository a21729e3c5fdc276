/** Facts of HTTP the layers above agree on: the API's methods, which may be repeated, which statuses may pass. */

/** The methods the API's operations use. */
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH";

// Methods whose request, sent twice, has the effect of sending it once (RFC 9110, section 9.2.2).
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * Whether a request with this (upper-case) method may be sent again after an attempt whose outcome is
 * unknown: the client retries only these, and the Node.js transport puts only these on a pooled
 * connection (a request on a connection the server is closing may or may not have been read).
 */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

/**
 * Whether an answer with this status may be different on a later attempt: 408, 429 and 5xx. Every
 * other status (400, 401, 403, 404, 409, 412, ...) will not; a status above 599 is no HTTP status at
 * all (a broken server or proxy).
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
