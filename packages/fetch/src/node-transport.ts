/**
 * The transport for Node.js, on undici's dispatcher API (the HTTP client that Node's own `fetch` is
 * built on) without the Fetch standard's machinery: no `Request`, no body stream, no `AbortSignal`
 * bookkeeping per call. undici's dispatcher was chosen over `node:http` by measurement
 * (bench/RESULTS.md), and it brings what a hand-written transport would have to grow: proxies
 * (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`), keep-alive hints and pipelining rules.
 *
 * On top of undici it adds what a client of this API needs and `fetch` does not give:
 * - every body is read whole and bounded: decoded bytes are counted while they stream in, and past
 *   `maxResponseBytes` reading and decompression stop at once (a gzip bomb costs the limit, no more);
 * - an abort (the caller's or a timeout) stops the download and the decompression at once;
 * - a request that may not be repeated (POST) never goes on a pooled connection: a server or load
 *   balancer that closes idle connections can close one just as a request is written to it, and
 *   the server may or may not have read it. POST gets a connection of its own instead;
 * - a failure says whether the request may have reached the server (`SendError`): false only when
 *   no connection was ever made for it.
 *
 * undici is loaded on the first call, not on import, and only its dispatchers, not the whole package
 * (which takes several times longer to load). This file is what the `node` export condition of
 * `@convintel/fetch/node-transport` resolves to; other runtimes get node-transport-fallback.ts.
 */
import type * as Zlib from "node:zlib";
import type { Dispatcher } from "undici";
import { BufferedResponse, HeaderMap, abortReason, hasBody } from "./body.js";
import { ResponseTooLargeError, SendError } from "./errors.js";
import { fetchTransport } from "./fetch-transport.js";
import { isIdempotent } from "./http.js";
import type { Cancellation, Transport, WireRequest } from "./transport.js";

export interface NodeTransportOptions {
  /**
   * How long an idle keep-alive connection is kept, in milliseconds, unless the server's
   * `Keep-Alive: timeout` says less. Default 4000.
   */
  keepAliveMs?: number;
  /**
   * Where requests go through a proxy. Default: the `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY`
   * environment variables (either case), read when the transport is made. `false`: never a proxy.
   */
  proxy?: false | ProxyOptions;
}

/** Proxies given in code rather than in the environment. Each falls back to its environment variable. */
export interface ProxyOptions {
  /** Proxy for `http:` URLs, e.g. `http://proxy.internal:3128` (credentials as `http://user:pass@…`). */
  httpProxy?: string;
  /** Proxy for `https:` URLs (tunnelled with CONNECT). */
  httpsProxy?: string;
  /** Hosts reached directly: comma-separated names (a leading `.` or `*.` matches subdomains), `host:port`, or `*`. */
  noProxy?: string;
}

interface Undici {
  Agent: typeof import("undici").Agent;
  /** Loaded only when a proxy is configured. */
  EnvHttpProxyAgent?: typeof import("undici").EnvHttpProxyAgent;
}

interface NodeRuntime {
  zlib: typeof Zlib;
  env: Record<string, string | undefined>;
}

type BuiltinLoader = (id: string) => unknown;

// undici 7 supports Node.js 20.18.1 and later.
const MINIMUM_NODE = [20, 18, 1];

function supported(version: string): boolean {
  const parts = version.split(".").map(Number);
  for (let index = 0; index < MINIMUM_NODE.length; index++) {
    if (parts[index]! !== MINIMUM_NODE[index]!) return parts[index]! > MINIMUM_NODE[index]!;
  }
  return true;
}

/** Node's own modules, found without a static `import` so that no bundler or other runtime trips on them. */
function nodeRuntime(): NodeRuntime | undefined {
  const proc = (
    globalThis as {
      process?: {
        versions?: Record<string, string | undefined>;
        release?: { name?: string };
        getBuiltinModule?: BuiltinLoader;
        env?: Record<string, string | undefined>;
      };
    }
  ).process;
  // Bun and Deno emulate Node's HTTP stack on top of their own fetch; there the global fetch is the fast path.
  if (!proc?.versions?.node || proc.versions.bun || proc.versions.deno || proc.release?.name !== "node") return undefined;
  const builtin = proc.getBuiltinModule;
  if (typeof builtin !== "function" || !supported(proc.versions.node)) return undefined;
  try {
    return { zlib: builtin("node:zlib") as typeof Zlib, env: proc.env ?? {} };
  } catch {
    return undefined;
  }
}

/**
 * undici's dispatchers, imported on the first call (a bundler can follow these imports). undici's
 * entry point loads all of it (fetch, WebSocket, caches: several times the load time of the
 * dispatchers alone), so without a proxy the agent is taken from its own module, with the entry
 * point as the fallback should a release move it. The proxy agents need what the entry point adds
 * to every dispatcher (their CONNECT tunnels use it), so with a proxy it is loaded. Undefined when
 * undici cannot be loaded at all (an application bundled without it): the global fetch is used then.
 */
async function loadUndici(proxied: boolean): Promise<Undici | undefined> {
  if (!proxied) {
    try {
      // The module is CommonJS: its namespace has the class as `default`, unless a bundler hands the class itself.
      const agent: { default: Undici["Agent"] } | Undici["Agent"] = await import("undici/lib/dispatcher/agent.js");
      return { Agent: "default" in agent ? agent.default : agent };
    } catch {
      // A release that moved the module: the entry point has it too.
    }
  }
  try {
    const undici = await import("undici");
    return { Agent: undici.Agent, EnvHttpProxyAgent: undici.EnvHttpProxyAgent };
  } catch {
    return undefined;
  }
}

const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

// More content codings than this in one response is an attack, not an encoding (curl and urllib3 agree).
const MAX_CODINGS = 5;

type Decoder = Zlib.Gunzip | Zlib.Inflate | Zlib.InflateRaw | Zlib.BrotliDecompress;

/**
 * undici's handler of one request: it collects the response body (through decoders when it is
 * compressed), counts decoded bytes against the limit, and settles once, with a response or an error.
 */
class ResponseCollector {
  readonly #zlib: typeof Zlib;
  readonly #url: string;
  readonly #method: string;
  readonly #limit: number;
  readonly #signal: Cancellation | undefined;
  readonly #resolve: (response: BufferedResponse) => void;
  readonly #reject: (error: unknown) => void;
  #controller: Dispatcher.DispatchController | undefined;
  #settled = false;
  #sent = false;
  #status = 0;
  #statusText = "";
  #headers: HeaderMap | undefined;
  #withBody = false;
  #chunks: Buffer[] = [];
  #size = 0;
  /** The decoders, first applied first; the last one's output is the body. */
  #decoders: Decoder[] | undefined;
  /** Set when the body is deflate: which of its two forms is only known from the first byte. */
  #deflatePending = false;
  #pendingCodings: string[] | undefined;

  constructor(
    zlib: typeof Zlib,
    url: string,
    request: WireRequest,
    resolve: (response: BufferedResponse) => void,
    reject: (error: unknown) => void,
  ) {
    this.#zlib = zlib;
    this.#url = url;
    this.#method = request.method;
    this.#limit = request.maxResponseBytes;
    this.#signal = request.signal;
    this.#resolve = resolve;
    this.#reject = reject;
    request.signal?.addEventListener("abort", this);
  }

  /** The caller's signal aborted: stop everything at once. */
  handleEvent(): void {
    this.#fail(abortReason(this.#signal!));
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#settled) {
      controller.abort(new Error("settled"));
      return;
    }
    // From here on bytes of the request may be written: the server may have read it.
    this.#sent = true;
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
    statusText: string,
  ): void {
    // 1xx answers are interim; the final status follows.
    if (statusCode < 200 || this.#settled) return;
    this.#status = statusCode;
    this.#statusText = statusText ?? "";
    this.#headers = new HeaderMap(headers);
    this.#withBody = hasBody(this.#method, statusCode);
    if (!this.#withBody) return;
    const coding = headers["content-encoding"];
    const codings = (Array.isArray(coding) ? coding.join(",") : (coding ?? ""))
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== "" && name !== "identity");
    if (codings.length === 0) return;
    if (codings.length > MAX_CODINGS) {
      this.#fail(
        new SendError(new Error(`The response names ${codings.length} content codings; at most ${MAX_CODINGS} are decoded.`), true),
      );
      return;
    }
    // An encoding this transport did not ask for: the bytes are handed over as they came.
    if (!codings.every((name) => name === "gzip" || name === "x-gzip" || name === "deflate" || name === "br")) return;
    this.#pendingCodings = codings;
    this.#deflatePending = codings.at(-1) === "deflate";
    if (!this.#deflatePending) this.#startDecoders(undefined);
  }

  /** Builds the decoder chain, last coding first; `firstByte` tells zlib-wrapped from raw deflate. */
  #startDecoders(firstByte: number | undefined): void {
    const zlib = this.#zlib;
    const codings = this.#pendingCodings!;
    const decoders: Decoder[] = [];
    for (let index = codings.length - 1; index >= 0; index--) {
      const name = codings[index]!;
      if (name === "br") decoders.push(zlib.createBrotliDecompress());
      else if (name === "deflate") {
        // Servers send either zlib-wrapped or raw deflate under this name; the first byte tells them apart.
        const wrapped = index !== codings.length - 1 || firstByte === undefined || (firstByte & 0x0f) === 8;
        decoders.push(wrapped ? zlib.createInflate() : zlib.createInflateRaw());
      } else decoders.push(zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    }
    for (let index = 0; index < decoders.length; index++) {
      const decoder = decoders[index]!;
      const next = decoders[index + 1];
      decoder.on("error", (error) => this.#fail(new SendError(error, true)));
      if (next) decoder.pipe(next);
    }
    const last = decoders.at(-1)!;
    last.on("data", (chunk: Buffer) => this.#add(chunk));
    last.on("end", () => this.#finish());
    // Backpressure: when the first decoder's input backs up, undici stops reading the socket.
    decoders[0]!.on("drain", () => this.#controller?.resume());
    this.#decoders = decoders;
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#settled || !this.#withBody || chunk.length === 0) return;
    if (this.#deflatePending) {
      this.#deflatePending = false;
      this.#startDecoders(chunk[0]);
    }
    const decoders = this.#decoders;
    if (decoders === undefined) this.#add(chunk);
    else if (!decoders[0]!.write(chunk)) controller.pause();
  }

  onResponseEnd(): void {
    if (this.#settled) return;
    if (this.#deflatePending) {
      // A deflate body with no bytes at all is an empty body.
      this.#deflatePending = false;
      this.#finish();
      return;
    }
    if (this.#decoders) this.#decoders[0]!.end();
    else this.#finish();
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.#fail(new SendError(error, this.#sent));
  }

  /** Ends the request with `error` before anything was dispatched. */
  discard(error: unknown): void {
    if (!this.#settled) this.#settle(error);
  }

  #add(chunk: Buffer): void {
    if (this.#settled) return;
    this.#size += chunk.length;
    if (this.#size > this.#limit) {
      this.#fail(new ResponseTooLargeError(this.#limit, this.#status));
      return;
    }
    this.#chunks.push(chunk);
  }

  #finish(): void {
    if (this.#settled) return;
    const chunks = this.#chunks;
    const body = this.#withBody ? (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.#size)) : null;
    this.#settle(undefined, new BufferedResponse(this.#status, this.#statusText, this.#headers!, this.#url, body));
  }

  #fail(error: unknown): void {
    if (this.#settled) return;
    this.#settle(error);
    this.#controller?.abort(error instanceof Error ? error : new Error(String(error)));
    if (this.#decoders) for (const decoder of this.#decoders) decoder.destroy();
  }

  #settle(error: unknown, response?: BufferedResponse): void {
    this.#settled = true;
    this.#chunks = [];
    this.#signal?.removeEventListener("abort", this);
    if (response) this.#resolve(response);
    else this.#reject(error);
  }
}

/**
 * Creates the Node.js transport, or returns `undefined` where it cannot run (browsers, edge
 * runtimes, Bun, Deno, Node.js before 20.18.1): callers then use `fetchTransport()`. Each call
 * creates its own connection pool: create one per process and share it.
 */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport | undefined {
  const runtime = nodeRuntime();
  if (!runtime) return undefined;
  const keepAliveMs = options.keepAliveMs ?? 4000;
  if (!(Number.isFinite(keepAliveMs) && keepAliveMs > 0)) throw new RangeError("keepAliveMs must be a positive number of milliseconds.");
  const proxy = options.proxy;
  if (proxy !== undefined && proxy !== false && (typeof proxy !== "object" || proxy === null))
    throw new TypeError("proxy must be false or an object.");
  const { zlib } = runtime;
  // Where undici cannot be loaded (an application bundled without it), and for URLs it does not take.
  const viaFetch = fetchTransport();

  interface Dispatchers {
    pooled: Dispatcher;
    fresh: Dispatcher;
  }
  let dispatchers: Dispatchers | null | undefined;
  let loading: Promise<Dispatchers | null> | undefined;
  // Made on the first call, so that importing (or creating) the transport loads nothing. Null when
  // undici cannot be loaded: every call then goes to the global fetch.
  const ready = (): Promise<Dispatchers | null> =>
    (loading ??= (async () => {
      const proxied = proxy === false ? false : proxy !== undefined || PROXY_VARIABLES.some((name) => runtime.env[name]);
      const undici = await loadUndici(proxied);
      if (!undici) return (dispatchers = null);
      const { Agent, EnvHttpProxyAgent } = undici;
      // The request's own signal is its only time limit: undici's inactivity timeouts are off.
      const agentOptions = { keepAliveTimeout: keepAliveMs, headersTimeout: 0, bodyTimeout: 0 };
      const make = (extra: { pipelining?: number }): Dispatcher =>
        proxied && EnvHttpProxyAgent
          ? new EnvHttpProxyAgent({ ...agentOptions, ...extra, ...(proxy || {}) })
          : new Agent({ ...agentOptions, ...extra });
      // pipelining 0: one request per connection, closed after the response.
      return (dispatchers = { pooled: make({}), fresh: make({ pipelining: 0 }) });
    })());

  const dispatch = (request: WireRequest, pool: Dispatchers): Promise<BufferedResponse> => {
    const signal = request.signal;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    let url: URL;
    try {
      url = new URL(request.url);
    } catch (error) {
      return Promise.reject(error instanceof TypeError ? error : new TypeError(String(error)));
    }
    if (url.username || url.password)
      return Promise.reject(new TypeError("Request cannot be constructed from a URL that includes credentials"));
    const { body, method } = request;
    if (body !== undefined && (method === "GET" || method === "HEAD"))
      return Promise.reject(new TypeError("Request with GET/HEAD method cannot have body."));
    // undici takes a flat list of names and values.
    const headers: string[] = [];
    let acceptsEncoding = false;
    for (const [name, value] of request.headers) {
      const lower = name.toLowerCase();
      if (lower === "accept-encoding") acceptsEncoding = true;
      headers.push(lower, value);
    }
    if (!acceptsEncoding) headers.push("accept-encoding", "gzip, deflate, br");
    // Fetch sends a zero length for an empty body of the methods that carry one; undici sends none.
    if (body === undefined && (method === "POST" || method === "PUT" || method === "PATCH")) headers.push("content-length", "0");

    return new Promise<BufferedResponse>((resolve, reject) => {
      const collector = new ResponseCollector(zlib, url.href, request, resolve, reject);
      try {
        (isIdempotent(method) ? pool.pooled : pool.fresh).dispatch(
          { origin: url.origin, path: url.pathname + url.search, method, headers, body: body ?? null, headersTimeout: 0, bodyTimeout: 0 },
          collector,
        );
      } catch (error) {
        // undici refuses some requests at once (a method or header it cannot send): a local mistake, as in fetch.
        collector.discard(new TypeError(error instanceof Error ? error.message : String(error), { cause: error }));
      }
    });
  };

  return {
    roundTrip(request) {
      if (!/^https?:/i.test(request.url) || dispatchers === null) return viaFetch.roundTrip(request);
      if (dispatchers) return dispatch(request, dispatchers);
      return ready().then((pool) => (pool ? dispatch(request, pool) : viaFetch.roundTrip(request)));
    },
  };
}
