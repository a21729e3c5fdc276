/**
 * The contract between a client and what carries its requests: one request out, one whole response
 * back, its body read and bounded. Two implementations: `fetchTransport()` (fetch-transport.ts, any
 * `fetch`) and, on Node.js, `createNodeTransport()` (node-transport.ts, undici's dispatcher).
 */
import type { BufferedResponse } from "./body.js";

/** The part of an `AbortSignal` a transport listens to; an `AbortSignal` is one. */
export interface Cancellation {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: "abort", listener: EventListenerObject): void;
  removeEventListener(type: "abort", listener: EventListenerObject): void;
}

/** One HTTP request, as it goes on the wire. */
export interface WireRequest {
  /** An absolute `http:` or `https:` URL. */
  readonly url: string;
  /** Upper case, as sent. */
  readonly method: string;
  /** Name and value pairs, each name once, checked as a `Headers` object checks them (headers.ts). */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string | Uint8Array | undefined;
  /** Stops the request, its download and its decoding at once. */
  readonly signal: Cancellation | undefined;
  /** Largest response body accepted, in bytes, counted after decompression. */
  readonly maxResponseBytes: number;
}

/**
 * Carries one request at a time. `roundTrip()` resolves with the whole response (a 3xx is returned
 * as it is, never followed, so credentials never go to another location); it rejects with the
 * signal's reason when aborted, a `ResponseTooLargeError` once the decoded body passes
 * `maxResponseBytes`, or a `SendError`, which says whether the request may have reached the server.
 */
export interface Transport {
  roundTrip(request: WireRequest): Promise<BufferedResponse>;
}
