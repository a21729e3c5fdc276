/** HTTP methods: those of the API's operations, and which of them may be repeated. */

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
