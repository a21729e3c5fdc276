/**
 * `createIntelligenceFetch()`: openapi-fetch's client as it is, typed by the spec's `paths`, whose
 * `fetch` hands each request to a Transport. And the transport a client gets when it names none.
 */
import type { paths } from "@convintel/types";
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { basicAuthHeader, type BasicCredentials } from "./basic-auth.js";
import { defaultMaxResponseBytes, isByteLimit } from "./body.js";
import { toWireRequest } from "./fetch-standard.js";
import { fetchTransport, type FetchFunction } from "./fetch-transport.js";
import { serverUrl } from "./generated/operations.js";
import { createNodeTransport } from "#node-transport";
import type { Transport } from "./transport.js";

export interface IntelligenceFetchOptions {
  /** Origin of the API. Defaults to the spec's server, `https://intelligence.twilio.com`. */
  baseUrl?: string;
  /** What carries the requests. Default: {@link defaultTransport}, or `fetch` when that is given. */
  transport?: Transport;
  /** A `fetch` to send requests through (a test double, a fetch with its own agent), instead of the default transport. */
  fetch?: FetchFunction;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** HTTP basic credentials sent with every request (API key SID + secret, or Account SID + Auth Token). */
  auth?: BasicCredentials;
  /** openapi-fetch middleware, run in order on every request. */
  middleware?: Middleware[];
  /**
   * Largest response body accepted, in bytes, counted after decompression; a call may pass its own
   * `maxResponseBytes`. Every body is read whole before the call returns, and one that grows past
   * the limit rejects with a `ResponseTooLargeError`, its download and decoding stopped at once.
   * Default {@link defaultMaxResponseBytes} (16 MiB).
   */
  maxResponseBytes?: number;
}

/** An openapi-fetch client typed by the spec's `paths`: paths, parameters, bodies and responses are checked at compile time. */
export type IntelligenceFetch = Client<paths, "application/json">;

/** A positive whole number of bytes, or a RangeError naming the option. */
function byteLimit(limit: unknown, name: string): number {
  if (!isByteLimit(limit)) throw new RangeError(`${name} must be a positive whole number of bytes.`);
  return limit;
}

// One Node.js transport for every client of the process, so that they share keep-alive connections.
// Creating it loads nothing: it loads undici on its first call. Undefined outside Node.js.
let sharedTransport: Transport | undefined;

/**
 * The transport of a client that names none: on Node.js the one of `createNodeTransport()` (undici's
 * dispatcher, keep-alive, proxies from the environment), one for the whole process; elsewhere
 * `fetchTransport()` over the global `fetch`.
 */
export function defaultTransport(): Transport {
  return (sharedTransport ??= createNodeTransport() ?? fetchTransport());
}

/** Creates a typed client for the Intelligence API: openapi-fetch's, sending through a Transport. */
export function createIntelligenceFetch(options: IntelligenceFetchOptions = {}): IntelligenceFetch {
  const transport = options.transport ?? (options.fetch ? fetchTransport(options.fetch) : defaultTransport());
  const defaultLimit =
    options.maxResponseBytes === undefined ? defaultMaxResponseBytes : byteLimit(options.maxResponseBytes, "maxResponseBytes");
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth) headers.Authorization = basicAuthHeader(options.auth);
  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl ?? serverUrl,
    headers,
    // openapi-fetch copies an option it does not know (a call's `maxResponseBytes`) onto the request.
    fetch: async (request: Request & { maxResponseBytes?: number }) => {
      const limit = request.maxResponseBytes === undefined ? defaultLimit : byteLimit(request.maxResponseBytes, "maxResponseBytes");
      const response = await transport.roundTrip(await toWireRequest(request, limit, request.signal));
      return response.toResponse();
    },
  });
  if (options.middleware?.length) client.use(...options.middleware);
  return client;
}
