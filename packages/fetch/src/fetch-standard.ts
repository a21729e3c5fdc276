/**
 * Where the wire meets the Fetch standard's objects: a `Cancellation` followed by a standard
 * `AbortSignal` (for a `fetch`, or a `Request` that middleware sees), and a standard `Request` read
 * into a `WireRequest`. The way back, a response as a standard `Response`, is
 * `BufferedResponse.toResponse()` (body.ts).
 */
import type { Cancellation, WireRequest } from "./transport.js";

/** A standard `AbortSignal` that follows a cancellation until `dispose()`. */
export interface StandardSignal {
  readonly signal: AbortSignal;
  /** Stops following: the listener on the cancellation is removed. */
  dispose(): void;
}

const NOTHING_TO_DISPOSE = () => {};

/** The cancellation itself when it is an `AbortSignal`; otherwise a signal that aborts with it, with its reason. */
export function standardSignal(cancellation: Cancellation): StandardSignal {
  if (typeof AbortSignal === "function" && cancellation instanceof AbortSignal)
    return { signal: cancellation, dispose: NOTHING_TO_DISPOSE };
  const controller = new AbortController();
  if (cancellation.aborted) {
    controller.abort(cancellation.reason);
    return { signal: controller.signal, dispose: NOTHING_TO_DISPOSE };
  }
  const listener = { handleEvent: () => controller.abort(cancellation.reason) };
  cancellation.addEventListener("abort", listener);
  return { signal: controller.signal, dispose: () => cancellation.removeEventListener("abort", listener) };
}

/** A standard `Request` (as middleware may make or change one) as the transport takes it; its body is read whole. */
export async function toWireRequest(request: Request, maxResponseBytes: number, signal: Cancellation | undefined): Promise<WireRequest> {
  const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
  return { url: request.url, method: request.method, headers: [...request.headers], body, signal, maxResponseBytes };
}
