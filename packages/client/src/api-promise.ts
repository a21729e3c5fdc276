import { isBufferedResponse, responseHeaders, type BufferedResponse } from "@convintel/fetch";
import { header, readRateLimit, readRequestId, type RateLimitInfo } from "./headers.js";

/** Where a result keeps how many earlier attempts of its call may have been applied: internal to the client. */
export const UNCONFIRMED = Symbol("convintel.unconfirmedAttempts");

/** A successful call's data with its HTTP response, from `.withResponse()`. */
export class WithResponse<T> {
  // Declared, not defined: the constructor assigns each one, in this order.
  /** The parsed (and, when enabled, validated) data. */
  declare readonly data: T;
  declare readonly [UNCONFIRMED]: number;
  #response: BufferedResponse | Response;

  constructor(data: T, response: BufferedResponse | Response, unconfirmed = 0) {
    this.data = data;
    this[UNCONFIRMED] = unconfirmed;
    this.#response = response;
  }

  /**
   * The HTTP response, a standard `Response` (made when first asked for: the client reads bodies
   * without one). Its body was parsed into `data`.
   */
  get response(): Response {
    const response = this.#response;
    if (!isBufferedResponse(response)) return response;
    return (this.#response = response.toResponse());
  }

  /** The HTTP status. */
  get status(): number {
    return this.#response.status;
  }

  /** The `ETag` header (operators): the version read, to pass as `ifMatch` to a conditional update. */
  get etag(): string | undefined {
    // Headers and the transport's HeaderMap both read names case-insensitively.
    return header(this.#response.headers, responseHeaders.etag) ?? undefined;
  }

  /** The `Twilio-Request-Id` header: quote it to Twilio support. */
  get requestId(): string | undefined {
    return readRequestId(this.#response.headers);
  }

  /** The X-RateLimit-* values of the response, when the server sent them. */
  get rateLimit(): RateLimitInfo | undefined {
    return readRateLimit(this.#response.headers);
  }

  /** The same response with other data (a page built from this response's body). */
  withData<U>(data: U): WithResponse<U> {
    return new WithResponse(data, this.#response, this[UNCONFIRMED]);
  }

  toJSON(): Record<string, unknown> {
    return { data: this.data, status: this.status, requestId: this.requestId, rateLimit: this.rateLimit };
  }
}

function pending(): void {}

/**
 * The promise every call returns. Await it for the data; call `.withResponse()` for the data with
 * the HTTP response, request id and rate-limit values, or `.asResponse()` for the response alone.
 */
export class ApiPromise<T> extends Promise<T> {
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    // The base promise is never used: `then` reads from `result`.
    super(pending);
    this.#result = result;
  }

  // Promises derived by `then` are plain promises.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The data together with the HTTP response, its status, request id and rate-limit values. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  /** The HTTP response (status, headers). Its body has been read already; use `withResponse()` for both. */
  asResponse(): Promise<Response> {
    return this.#result.then((result) => result.response);
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass is a thenable by definition.
  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#result.then((result) => result.data).then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null): Promise<T | TResult> {
    return this.then(undefined, onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then(
      async (value) => {
        await onfinally?.();
        return value;
      },
      async (reason: unknown) => {
        await onfinally?.();
        throw reason;
      },
    );
  }
}
