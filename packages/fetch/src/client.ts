import type { paths } from "@convintel/types";
import createClient, { createFinalURL, createQuerySerializer, defaultPathSerializer, type Client, type Middleware } from "openapi-fetch";
import { defaultMaxResponseBytes, isBufferedResponse, readResponse, type BufferedResponse } from "./body.js";
import { ResponseTooLargeError, SendError } from "./errors.js";
import { createNodeFetch } from "#node-fetch";
import { mergeHeaderPairs, mergedPairs } from "./headers.js";
import { serverUrl } from "./generated/operations.js";
import { SEND, type AbortSource, type Cancellation, type Send } from "./transport.js";

/** The standard `fetch` signature; any conforming implementation (undici, a test double, a polyfill) fits. */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface IntelligenceFetchOptions {
  /** Origin of the API. Defaults to the spec's server, `https://intelligence.twilio.com`. */
  baseUrl?: string;
  /**
   * The `fetch` that sends requests. Default: on Node.js, the transport of
   * `@convintel/fetch/node-fetch` (undici's dispatcher, keep-alive, proxies from `HTTPS_PROXY` /
   * `HTTP_PROXY` / `NO_PROXY`), one for the whole process; elsewhere `globalThis.fetch`, looked up at
   * call time.
   */
  fetch?: FetchFunction;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** HTTP basic credentials sent with every request (API key SID + secret, or Account SID + Auth Token). */
  auth?: BasicCredentials;
  /** openapi-fetch middleware, run in order on every request. */
  middleware?: Middleware[];
  /**
   * How redirects are handled. Defaults to `"manual"`: a 3xx is returned as it is, so credentials are
   * never re-sent to another location without the caller deciding to.
   */
  redirect?: RequestRedirect;
  /**
   * Largest response body accepted, in bytes, counted after decompression; a call may pass its own
   * `maxResponseBytes`. Every body is read whole before the call returns, and one that grows past
   * the limit rejects with a `ResponseTooLargeError`, its download and decoding stopped at once.
   * Default {@link defaultMaxResponseBytes} (16 MiB).
   */
  maxResponseBytes?: number;
}

export interface BasicCredentials {
  username: string;
  password: string;
}

/** An openapi-fetch client typed by the spec's `paths`: paths, parameters, bodies and responses are checked at compile time. */
export type IntelligenceFetch = Client<paths, "application/json">;

const LIGHT = Symbol.for("convintel.fetch.LightRequest");

/**
 * What openapi-fetch builds for each call in place of a `Request`. A real `Request` (with its own
 * `Headers` copy, body stream and `AbortSignal`) would be built twice, once here and once inside
 * `fetch`; this records the same fields and hands them to `fetch(url, init)` as plain arguments.
 * Middleware sees the usual shape: `url`, `method`, a mutable `headers`, `signal`, `body`, `clone()`.
 */
class LightRequest {
  // Declared, not defined: the constructor assigns each one, in this order. The brand too: a field
  // with a computed key would keep this class in bundles that never use it.
  declare readonly [LIGHT]: true;
  declare readonly url: string;
  declare readonly method: string;
  declare readonly headers: Headers;
  declare readonly body: BodyInit | null;
  declare readonly signal: AbortSignal | undefined;
  declare readonly redirect: RequestRedirect;
  declare readonly init: RequestInit;

  constructor(input: string | URL | LightRequest, init: RequestInit = {}) {
    const base = isLightRequest(input) ? input.init : {};
    const merged: RequestInit = { ...base, ...init };
    this[LIGHT] = true;
    this.url = isLightRequest(input) ? input.url : String(input);
    this.method = (merged.method ?? "GET").toUpperCase();
    this.headers = merged.headers instanceof Headers ? merged.headers : new Headers(merged.headers);
    this.body = merged.body ?? null;
    this.signal = merged.signal ?? undefined;
    this.redirect = merged.redirect ?? "follow";
    this.init = merged;
  }

  /** Accepts real `Request` objects too, so middleware may return either. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isLightRequest(value) || (typeof Request === "function" && value instanceof Request);
  }

  clone(): LightRequest {
    return new LightRequest(this, { headers: new Headers(this.headers) });
  }

  async text(): Promise<string> {
    return this.body === null ? "" : await new Response(this.body).text();
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  requestInit(extra?: RequestInit): RequestInit {
    return { ...this.init, ...extra, method: this.method, headers: this.headers, body: this.body, redirect: this.redirect };
  }
}

// openapi-fetch builds each request with `new Request(url, init)` and then reads only the fields
// LightRequest has (url, method, headers, body, signal, redirect, clone); no other part of the
// standard Request is touched. The narrowing below says so to the compiler.
const RequestLike = LightRequest as typeof LightRequest & typeof Request;

/**
 * The `fetch` openapi-fetch is given: it resolves a BufferedResponse where no middleware needs a
 * standard Response (see `registered`), which openapi-fetch reads through the same members.
 */
type OpenapiFetchTransport = (input: Request) => Promise<Response>;

/** The options of a call that the direct path takes; any other option goes through openapi-fetch. */
interface DirectInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  bodySerializer?: (body: unknown) => unknown;
  headers?: Record<string, unknown>;
  parseAs?: string;
  signal?: AbortSignal | null;
  abort?: AbortSource;
  maxResponseBytes?: number;
}

const PASSED_THROUGH = new Set(["params", "body", "bodySerializer", "headers", "parseAs", "signal", "abort", "maxResponseBytes"]);

function isDirect(init: DirectInit | undefined): boolean {
  if (init === undefined) return true;
  for (const key in init) if (!PASSED_THROUGH.has(key)) return false;
  const { parseAs, headers } = init;
  return (
    (parseAs === undefined || parseAs === "json" || parseAs === "text") &&
    (headers === undefined || (typeof headers === "object" && !Array.isArray(headers) && !(headers instanceof Headers)))
  );
}

function isLightRequest(value: unknown): value is LightRequest {
  return typeof value === "object" && value !== null && (value as { [LIGHT]?: boolean })[LIGHT] === true;
}

function encodeBase64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The `Authorization` header value for HTTP basic authentication. */
export function basicAuthHeader({ username, password }: BasicCredentials): string {
  return `Basic ${encodeBase64(`${username}:${password}`)}`;
}

/** Middleware that sets HTTP basic authentication on each request (use the `auth` option for a fixed pair). */
export function basicAuthMiddleware(credentials: BasicCredentials | (() => BasicCredentials)): Middleware {
  return {
    onRequest({ request }) {
      const current = typeof credentials === "function" ? credentials() : credentials;
      request.headers.set("Authorization", basicAuthHeader(current));
      return undefined;
    },
  };
}

function checkLimit(limit: unknown, name: string): number {
  if (!(typeof limit === "number" && Number.isInteger(limit) && limit > 0))
    throw new RangeError(`${name} must be a positive whole number of bytes.`);
  return limit;
}

/** The init a call of openapi-fetch carries, with the fields of ours that it passes through untouched. */
interface CallInit extends RequestInit {
  maxResponseBytes?: number;
  /** A lighter cancellation than `signal` (see AbortSource); a call passes one or the other. */
  abort?: AbortSource;
}

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
 * What a transport's failure becomes: a SendError, which says whether the request may have reached
 * the server. The caller's abort reason and a body over the limit pass as they are. For a `fetch`
 * that does not say, only a failure to connect (refused, DNS) counts as unsent.
 */
function asSendError(error: unknown, signal: Cancellation | undefined): unknown {
  if (error instanceof SendError || error instanceof ResponseTooLargeError) return error;
  if (signal?.aborted && error === signal.reason) return error;
  const code = errorCode(error);
  return new SendError(error, code === undefined || !NOT_SENT_CODES.has(code));
}

// One Node.js transport for every client of the process, so that they share keep-alive connections.
// Creating it loads nothing: it loads undici on its first call. Undefined outside Node.js.
let nodeTransport: FetchFunction | undefined | null = null;

/** The transport a client without a `fetch` of its own uses (see IntelligenceFetchOptions.fetch). */
export function defaultFetch(): FetchFunction {
  if (nodeTransport === null) nodeTransport = createNodeFetch();
  return nodeTransport ?? ((input, init) => globalThis.fetch(input, init));
}

/** Creates a typed client for the Intelligence API on top of openapi-fetch. */
export function createIntelligenceFetch(options: IntelligenceFetchOptions = {}): IntelligenceFetch {
  const send: FetchFunction = options.fetch ?? defaultFetch();
  const sendBuffered = (send as { [SEND]?: Send })[SEND];
  const defaultLimit =
    options.maxResponseBytes === undefined ? defaultMaxResponseBytes : checkLimit(options.maxResponseBytes, "maxResponseBytes");
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth) headers.Authorization = basicAuthHeader(options.auth);
  // Middleware is handed the response as openapi-fetch gets it, so with middleware it is a standard
  // Response; without, the cheaper BufferedResponse. This mirrors openapi-fetch's own list.
  const registered: Middleware[] = [];

  const exchange = async (input: string | Request, init: CallInit): Promise<BufferedResponse | Response> => {
    const limit = init.maxResponseBytes === undefined ? defaultLimit : checkLimit(init.maxResponseBytes, "maxResponseBytes");
    const buffered = registered.length === 0;
    const { abort } = init;
    const cancellation = abort ?? init.signal ?? (typeof input === "string" ? undefined : input.signal) ?? undefined;
    try {
      if (typeof input === "string" && sendBuffered) {
        const sent = await sendBuffered(input, init, { signal: cancellation, maxResponseBytes: limit, buffered });
        if (sent) return sent;
      }
      // Any other fetch takes a standard AbortSignal.
      if (abort) init = { ...init, signal: abort.signal };
      const signal = init.signal ?? undefined;
      const response = await send(input, init);
      if (isBufferedResponse(response)) return buffered ? response : response.toResponse();
      const read = await readResponse(
        response,
        typeof input === "string" ? (init.method ?? "GET").toUpperCase() : input.method,
        limit,
        signal,
      );
      return buffered ? read : read.toResponse();
    } catch (error) {
      throw asSendError(error, cancellation);
    }
  };

  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl ?? serverUrl,
    Request: RequestLike,
    fetch: ((request: LightRequest | Request, extra?: RequestInit) =>
      isLightRequest(request)
        ? exchange(request.url, request.requestInit(extra))
        : exchange(request, { ...extra })) as OpenapiFetchTransport,
    headers,
    redirect: options.redirect ?? "manual",
  });
  // Without middleware, a call whose options openapi-fetch would only pass through is sent here
  // directly: the same URL (openapi-fetch's own serializers), the same merged headers and body, the
  // same result, without the two Headers objects and the request that openapi-fetch builds per call.
  // Measured in Deno, whose Headers cost most, with a stub fetch: see bench/RESULTS.md.
  const baseUrl = (options.baseUrl ?? serverUrl).replace(/\/$/, "");
  const redirect = options.redirect ?? "manual";
  const querySerializer = createQuerySerializer();
  // Checked once; headers a Headers object would refuse leave every call to openapi-fetch, which refuses them per call.
  let baseHeaders: Map<string, [string, string]> | undefined;
  try {
    baseHeaders = mergeHeaderPairs(new Map(), headers);
  } catch {
    baseHeaders = undefined;
  }
  const direct = async (method: string, schemaPath: string, init: DirectInit) => {
    const { params = {}, body, bodySerializer, headers: callHeaders, parseAs = "json", ...rest } = init;
    const merged = mergeHeaderPairs(baseHeaders!, callHeaders, params.header);
    const serialized = body === undefined ? undefined : ((bodySerializer ? bodySerializer(body) : JSON.stringify(body)) as string);
    if (serialized !== undefined && !merged.has("content-type")) merged.set("content-type", ["Content-Type", "application/json"]);
    const url = createFinalURL(schemaPath, { baseUrl, params, querySerializer, pathSerializer: defaultPathSerializer });
    const response = await exchange(url, { redirect, ...rest, method, headers: mergedPairs(merged), body: serialized });
    const contentLength = response.headers.get("Content-Length");
    if (
      response.status === 204 ||
      method === "HEAD" ||
      (contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))
    ) {
      return response.ok ? { data: undefined, response } : { error: undefined, response };
    }
    if (response.ok) {
      if (parseAs === "text") return { data: await response.text(), response };
      const raw = await response.text();
      return { data: raw ? JSON.parse(raw) : undefined, response };
    }
    let error: unknown = await response.text();
    try {
      error = JSON.parse(error as string);
    } catch {}
    return { error, response };
  };
  for (const method of ["GET", "PUT", "POST", "DELETE", "PATCH"] as const) {
    const viaOpenapiFetch = client[method] as (url: string, init?: DirectInit) => Promise<unknown>;
    (client as unknown as Record<string, unknown>)[method] = (url: string, init?: DirectInit) =>
      registered.length === 0 && baseHeaders && isDirect(init) ? direct(method, url, init ?? {}) : viaOpenapiFetch(url, init);
  }
  const { use, eject } = client;
  client.use = (...added) => {
    use(...added);
    for (const middleware of added) if (middleware) registered.push(middleware);
  };
  client.eject = (...removed) => {
    eject(...removed);
    for (const middleware of removed) {
      const index = registered.indexOf(middleware);
      if (index !== -1) registered.splice(index, 1);
    }
  };
  if (options.middleware?.length) client.use(...options.middleware);
  return client;
}
