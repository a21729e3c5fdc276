/** The errors of the fetch layer: a body over its limit, and a send that failed. */

// The CommonJS build has one copy of this module per entry point (index, node-transport), so an error
// thrown by the transport is recognised by a brand that every copy shares, not by its class.
const TOO_LARGE = Symbol.for("convintel.fetch.ResponseTooLargeError");
const SEND_ERROR = Symbol.for("convintel.fetch.SendError");

function branded(value: unknown, brand: symbol): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/**
 * A response body grew past the limit while it was read (counted after decompression). Reading and
 * decoding stopped there; nothing of it is returned.
 */
export class ResponseTooLargeError extends RangeError {
  /** The limit, in bytes. */
  readonly limit: number;
  /** The HTTP status of the response whose body was too large. */
  readonly status: number;

  constructor(limit: number, status: number) {
    super(
      `The response body (HTTP ${status}) is larger than maxResponseBytes (${limit} bytes, counted after decompression); ` +
        "reading stopped there. Raise maxResponseBytes if such answers are expected.",
    );
    this.name = "ResponseTooLargeError";
    this.limit = limit;
    this.status = status;
    Object.defineProperty(this, TOO_LARGE, { value: true });
  }

  /** True for this error from any copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, TOO_LARGE);
  }
}

/**
 * Sending failed: the connection could not be made, or broke before the whole response arrived.
 * Rejected like `fetch` rejects (a `TypeError` whose message is "fetch failed" and whose `cause` is
 * the system error), and it also says whether the server may have read the request.
 */
export class SendError extends TypeError {
  /**
   * False only when the request provably never left: no connection was made (refused, DNS, TLS
   * handshake, a proxy that refused the tunnel). True once any byte of it may have been written.
   */
  readonly requestMayHaveReachedServer: boolean;

  constructor(cause: unknown, requestMayHaveReachedServer: boolean) {
    super("fetch failed", { cause });
    this.requestMayHaveReachedServer = requestMayHaveReachedServer;
    Object.defineProperty(this, SEND_ERROR, { value: true });
  }

  /** True for this error from any copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, SEND_ERROR);
  }
}
