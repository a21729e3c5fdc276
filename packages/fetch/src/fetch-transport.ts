/**
 * The transport over any `fetch`: the global one (browsers, workers, Bun, Deno) or one the caller
 * passes (a test double, a fetch with its own agent). Its response body is read whole by
 * `readResponse()` (body.ts), bounded; its failures become `SendError`s.
 */
import { readResponse } from "./body.js";
import { ResponseTooLargeError, SendError } from "./errors.js";
import { standardSignal } from "./fetch-standard.js";
import type { Cancellation, Transport, WireRequest } from "./transport.js";

/** The standard `fetch` signature; any conforming implementation (undici, a test double, a polyfill) fits. */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

// Codes of failures that happen before a connection exists, so the request cannot have been sent.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** The first `code` along an error's chain of causes, e.g. `ECONNRESET`. */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * What a `fetch` failure becomes: a SendError, which says whether the request may have reached the
 * server. The caller's abort reason and a body over the limit pass as they are. A `fetch` does not
 * say how far it got, so only a failure to connect (refused, DNS) counts as unsent.
 */
function asSendError(error: unknown, signal: Cancellation | undefined): unknown {
  if (error instanceof SendError || error instanceof ResponseTooLargeError) return error;
  if (signal?.aborted && error === signal.reason) return error;
  const code = errorCode(error);
  return new SendError(error, code === undefined || !NOT_SENT_CODES.has(code));
}

/** A transport that sends through `fetch`; without one, through the global `fetch` as it is when each call is made. */
export function fetchTransport(fetch?: FetchFunction): Transport {
  return {
    async roundTrip(request: WireRequest) {
      const cancellation = request.signal;
      const standard = cancellation === undefined ? undefined : standardSignal(cancellation);
      try {
        const signal = standard?.signal;
        const init: RequestInit = { method: request.method, headers: request.headers as [string, string][], redirect: "manual" };
        if (request.body !== undefined) init.body = request.body as BodyInit;
        if (signal) init.signal = signal;
        const response = await (fetch ?? globalThis.fetch)(request.url, init);
        return await readResponse(response, request.method, request.maxResponseBytes, signal);
      } catch (error) {
        throw asSendError(error, cancellation);
      } finally {
        standard?.dispose();
      }
    },
  };
}
