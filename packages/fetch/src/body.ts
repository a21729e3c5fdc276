/**
 * Response bodies read whole and bounded: the response shape that `@convintel/fetch` hands to
 * openapi-fetch, the limit on decoded bytes, and the reader that enforces it on any `fetch`'s
 * `Response`. Runtime-neutral: no Node.js module is used here.
 */
import { ResponseTooLargeError } from "./errors.js";
import { readLimited, streamChunks } from "./limited-read.js";

/** The largest decoded response body accepted by default: 16 MiB. See `defaultMaxResponseBytes`. */
export const defaultMaxResponseBytes = 16 * 1024 * 1024;

/** Whether a value is a limit in bytes: a positive whole number. */
export function isByteLimit(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

// Statuses whose responses never carry a body (the Fetch standard's "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Whether a response to `method` with `status` has a body at all. */
export function hasBody(method: string, status: number): boolean {
  return method !== "HEAD" && !NULL_BODY_STATUSES.has(status);
}

/** What a BufferedResponse's headers offer: the reading half of `Headers`. */
export interface ResponseHeaders extends Iterable<[string, string]> {
  get(name: string): string | null;
  has(name: string): boolean;
  getSetCookie(): string[];
  forEach(callback: (value: string, name: string, parent: ResponseHeaders) => void, thisArg?: unknown): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
}

/**
 * Response headers held as the transport parsed them (lower-case names; a repeated name as a list),
 * read like `Headers`. Building a `Headers` checks and copies every value, which costs more than a
 * JSON client's whole use of them: two or three lookups.
 */
export class HeaderMap implements ResponseHeaders {
  readonly #values: Record<string, string | string[] | undefined>;

  /** `values` must have lower-case names, as undici's parsed headers have. */
  constructor(values: Record<string, string | string[] | undefined>) {
    this.#values = values;
  }

  #value(name: string): string | string[] | undefined {
    const key = name.toLowerCase();
    return Object.hasOwn(this.#values, key) ? this.#values[key] : undefined;
  }

  get(name: string): string | null {
    const value = this.#value(name);
    if (value === undefined) return null;
    return typeof value === "string" ? value : value.join(", ");
  }

  has(name: string): boolean {
    return this.#value(name) !== undefined;
  }

  getSetCookie(): string[] {
    const value = this.#value("set-cookie");
    return value === undefined ? [] : typeof value === "string" ? [value] : [...value];
  }

  forEach(callback: (value: string, name: string, parent: ResponseHeaders) => void, thisArg?: unknown): void {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#values).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** A standard `Headers` with the same entries, a repeated name's values kept apart. */
  toHeaders(): Headers {
    const headers = new Headers();
    for (const name of Object.keys(this.#values)) {
      const value = this.#values[name];
      if (typeof value === "string") headers.append(name, value);
      else if (value !== undefined) for (const item of value) headers.append(name, item);
    }
    return headers;
  }
}

const decoder = /* @__PURE__ */ new TextDecoder();
const BUFFERED = Symbol.for("convintel.fetch.BufferedResponse");

/**
 * A response whose body has been read into memory: status, headers and bytes, with the methods of a
 * `Response` that a JSON client uses (`text`, `json`, `arrayBuffer`, `bytes`, `clone`). It is what
 * `@convintel/fetch` hands to openapi-fetch when no middleware sees the response; `toResponse()` makes
 * a standard `Response` of it for code that needs one. Unlike a `Response` it can hold any status a
 * server sends, 600 included.
 */
export class BufferedResponse {
  // Declared, not defined: the constructor assigns each one, in this order. The brand too: a field
  // with a computed key would keep this class in bundles that never use it.
  declare readonly [BUFFERED]: true;
  declare readonly status: number;
  declare readonly statusText: string;
  declare readonly headers: Headers | HeaderMap;
  declare readonly url: string;
  declare bodyUsed: boolean;
  readonly #bytes: Uint8Array | null;

  constructor(status: number, statusText: string, headers: Headers | HeaderMap, url: string, body: Uint8Array | null) {
    this[BUFFERED] = true;
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.url = url;
    this.bodyUsed = false;
    this.#bytes = body;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get redirected(): boolean {
    return false;
  }

  get type(): ResponseType {
    return "basic";
  }

  /** The body as a stream, as `Response.body` gives it (null for a response without one). */
  get body(): ReadableStream<Uint8Array> | null {
    const bytes = this.#bytes;
    if (bytes === null) return null;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  #take(): Uint8Array {
    if (this.bodyUsed) throw new TypeError("Body is unusable: Body has already been read");
    this.bodyUsed = true;
    return this.#bytes ?? new Uint8Array(0);
  }

  /** The body decoded as UTF-8, as `Response.text()` does (a leading byte-order mark is dropped). */
  text(): Promise<string> {
    try {
      return Promise.resolve(decoder.decode(this.#take()));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  json(): Promise<unknown> {
    return this.text().then((text) => JSON.parse(text) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    try {
      const bytes = this.#take();
      return Promise.resolve(bytes.slice().buffer as ArrayBuffer);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  bytes(): Promise<Uint8Array> {
    try {
      return Promise.resolve(this.#take().slice());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  clone(): BufferedResponse {
    if (this.bodyUsed) throw new TypeError("Response.clone: Body has already been consumed.");
    const headers = this.headers;
    return new BufferedResponse(
      this.status,
      this.statusText,
      "toHeaders" in headers ? headers : new Headers(headers),
      this.url,
      this.#bytes,
    );
  }

  /**
   * The same response as a standard `Response` (a copy; this one's body is left unread). Throws a
   * RangeError for a status a `Response` cannot hold (below 200 or above 599).
   */
  toResponse(): Response {
    const bytes = this.#bytes;
    const response = new Response(bytes === null ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status: this.status,
      statusText: this.statusText,
      // Checked by shape, not class, so that a bundle without the Node.js transport leaves HeaderMap out.
      headers: "toHeaders" in this.headers ? this.headers.toHeaders() : this.headers,
    });
    // A constructed Response has an empty url; fetch's carries the address it came from.
    if (this.url) Object.defineProperty(response, "url", { value: this.url, enumerable: true });
    return response;
  }
}

/** Whether a value is a BufferedResponse (of any copy of this package). */
export function isBufferedResponse(value: unknown): value is BufferedResponse {
  return typeof value === "object" && value !== null && (value as { [BUFFERED]?: boolean })[BUFFERED] === true;
}

/** What a call aborted by `signal` rejects with: its reason, or an AbortError as fetch makes one. */
export function abortReason(signal: { readonly reason: unknown }): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/**
 * Reads a `fetch` response whole, counting decoded bytes as they stream in and cancelling the body
 * (which stops the download and the decompression) once there are more than `limit`. Used for every
 * `fetch` but the Node.js transport, which counts as it decodes. A body whose length is known and not
 * compressed is read in one go: it cannot grow past its `Content-Length`.
 */
export async function readResponse(
  response: Response,
  method: string,
  limit: number,
  signal: AbortSignal | undefined,
): Promise<BufferedResponse> {
  const { status } = response;
  let bytes: Uint8Array | null = null;
  if (response.body !== null && hasBody(method, status)) {
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    // In a browser a cross-origin response hides Content-Encoding, so there its length says nothing about the decoded size.
    const plain = response.type !== "cors" && !response.headers.has("content-encoding");
    if (plain && length <= limit) bytes = new Uint8Array(await response.arrayBuffer());
    else if (plain && length > limit) {
      const error = new ResponseTooLargeError(limit, status);
      response.body.cancel(error).catch(() => {});
      throw error;
    } else {
      const stop = signal === undefined ? undefined : stopOn(signal);
      try {
        const tooLarge = () => new ResponseTooLargeError(limit, status);
        bytes = await readLimited(streamChunks(response.body), { limit, tooLarge, stopped: stop?.stopped });
      } finally {
        stop?.dispose();
      }
    }
  }
  return new BufferedResponse(status, response.statusText, response.headers, response.url, bytes);
}

/** A promise that rejects with the signal's reason when it aborts, until `dispose()` removes its listener. */
function stopOn(signal: AbortSignal): { stopped: Promise<never>; dispose(): void } {
  let onAbort = () => {};
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortReason(signal));
  });
  stopped.catch(() => {});
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  return { stopped, dispose: () => signal.removeEventListener("abort", onAbort) };
}
