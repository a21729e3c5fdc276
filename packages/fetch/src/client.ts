import type { paths } from "@convintel/types";
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { serverUrl } from "./generated/operations.js";

/** The standard `fetch` signature; any conforming implementation (undici, a test double, a polyfill) fits. */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface IntelligenceFetchOptions {
  /** Origin of the API. Defaults to the spec's server, `https://intelligence.twilio.com`. */
  baseUrl?: string;
  /** The `fetch` that sends requests. Defaults to `globalThis.fetch`, looked up at call time. */
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

  /** The same request as a standard `Request`, for code that needs one. */
  toRequest(): Request {
    return new Request(this.url, this.requestInit());
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

/** Creates a typed client for the Intelligence API on top of openapi-fetch. */
export function createIntelligenceFetch(options: IntelligenceFetchOptions = {}): IntelligenceFetch {
  const send: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth) headers.Authorization = basicAuthHeader(options.auth);

  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl ?? serverUrl,
    Request: LightRequest as unknown as typeof Request,
    fetch: ((request: LightRequest | Request, extra?: RequestInit) =>
      isLightRequest(request) ? send(request.url, request.requestInit(extra)) : send(request, extra)) as never,
    headers,
    redirect: options.redirect ?? "manual",
  });
  if (options.middleware?.length) client.use(...options.middleware);
  return client;
}
