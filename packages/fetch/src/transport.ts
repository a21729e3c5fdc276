/**
 * How `@convintel/fetch` talks to a transport that reads bodies itself (the Node.js one): a function
 * stored on the transport's `fetch` under a shared symbol, which also takes the body limit and says
 * whether a standard `Response` is needed. A `fetch` without it is read through `readResponse()`.
 */
import type { BufferedResponse } from "./body.js";

// Symbol.for: a transport made by another copy of this package is recognised too.
export const SEND = Symbol.for("convintel.fetch.send");

/** The part of an `AbortSignal` a transport listens to. */
export interface Cancellation {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: "abort", listener: EventListenerObject): void;
  removeEventListener(type: "abort", listener: EventListenerObject): void;
}

/**
 * A cancellation lighter than an `AbortSignal`, which a call may pass as `abort` instead of a
 * `signal`: the Node.js transport listens to it as it is, and for any other `fetch` its `signal`
 * makes the standard `AbortSignal` that follows it. (An `AbortController` and its listeners cost
 * more than the rest of a call's bookkeeping together.)
 */
export interface AbortSource extends Cancellation {
  readonly signal: AbortSignal;
}

export interface SendOptions {
  signal: Cancellation | undefined;
  /** Largest decoded body accepted, in bytes. */
  maxResponseBytes: number;
  /** True: a BufferedResponse will do; false: a standard `Response` is needed (middleware sees it). */
  buffered: boolean;
}

/** Sends a call the transport covers; `undefined` (or a promise of it) for one it leaves to `fetch`. */
export type Send = (
  input: string | URL,
  init: RequestInit,
  options: SendOptions,
) => Promise<BufferedResponse | Response | undefined> | undefined;
