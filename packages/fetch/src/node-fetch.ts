/**
 * A `fetch` for Node.js built on `node:http` and `node:https` with keep-alive agents. Node's global
 * `fetch` (undici) pays for the whole Fetch standard on every call: a `Request` with its own
 * `Headers` and `AbortController`, a body stream, and on any `AbortSignal` a finalization registry
 * entry. This one sends the string body and headers as they are, reads the answer into memory and
 * hands back a standard `Response`, so a JSON API call costs a fraction of the CPU.
 *
 * It covers what a JSON API client sends: `http:`/`https:` URLs, a string, bytes or no body, any
 * method and headers, `redirect: "manual"` and `AbortSignal`. Anything else (a `Request` object, a
 * stream or form body, redirects to follow) goes to `globalThis.fetch` unchanged. Failures reject
 * like `fetch` does: a `TypeError("fetch failed")` whose `cause` is the system error, or the
 * signal's reason on abort.
 *
 * This file is what the `node` export condition of `@convintel/fetch/node-fetch` resolves to; other
 * runtimes get node-fetch-fallback.ts, which offers no transport.
 */
import type * as Http from "node:http";
import type * as Https from "node:https";
import type * as Zlib from "node:zlib";
import type { FetchFunction } from "./client.js";

export interface NodeFetchOptions {
  /**
   * How long an idle keep-alive connection is kept, in milliseconds, unless the server's
   * `Keep-Alive: timeout` says less. Default 4000.
   */
  keepAliveMs?: number;
}

interface NodeModules {
  http: typeof Http;
  https: typeof Https;
  zlib: typeof Zlib;
}

type BuiltinLoader = (id: string) => unknown;

/** Node's own modules, found without a static `import` so that no bundler or other runtime trips on them. */
function nodeModules(): NodeModules | undefined {
  const proc = (globalThis as { process?: { versions?: Record<string, string | undefined>; release?: { name?: string }; getBuiltinModule?: BuiltinLoader } }).process;
  // Bun and Deno emulate node:http on top of their own fetch; there the global fetch is the fast path.
  if (!proc?.versions?.node || proc.versions.bun || proc.versions.deno || proc.release?.name !== "node") return undefined;
  const load = proc.getBuiltinModule;
  if (typeof load !== "function") return undefined;
  try {
    return { http: load("node:http") as typeof Http, https: load("node:https") as typeof Https, zlib: load("node:zlib") as typeof Zlib };
  } catch {
    return undefined;
  }
}

// Statuses whose responses never carry a body (the Fetch standard's "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

// Methods that fetch upper-cases; any other is sent as written (Fetch standard, "normalize a method").
// node:http upper-cases every method, so a method in another case is left to the global fetch.
const NORMALIZED_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);

function fetchFailed(cause: unknown): TypeError {
  return new TypeError("fetch failed", { cause });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Whether this transport can send the call itself; otherwise it goes to the global fetch. */
function handles(input: unknown, init: RequestInit | undefined): input is string | URL {
  if (typeof input !== "string" && !(input instanceof URL)) return false;
  if (init?.redirect !== "manual") return false;
  const method = init.method ?? "GET";
  if (method !== method.toUpperCase() && !NORMALIZED_METHODS.has(method.toUpperCase())) return false;
  const body = init.body;
  return body === undefined || body === null || typeof body === "string" || body instanceof Uint8Array;
}

function headerObject(headers: HeadersInit | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (headers === undefined) return result;
  // Headers validates names and values the way fetch does, and joins repeated names.
  const normalized = headers instanceof Headers ? headers : new Headers(headers);
  for (const [name, value] of normalized) result[name] = value;
  return result;
}

function decode(zlib: typeof Zlib, encoding: string | undefined, body: Buffer, done: (error: Error | null, result: Buffer) => void): void {
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case "":
    case "identity":
      return done(null, body);
    case "gzip":
    case "x-gzip":
      return zlib.gunzip(body, { finishFlush: zlib.constants.Z_SYNC_FLUSH }, done);
    case "deflate":
      // Servers send either zlib-wrapped or raw deflate under this name; the first byte tells them apart.
      return (body.length > 0 && (body[0]! & 0x0f) === 8 ? zlib.inflate : zlib.inflateRaw)(body, done);
    case "br":
      return zlib.brotliDecompress(body, done);
    default:
      // An encoding this transport did not ask for: hand the bytes over as they came.
      return done(null, body);
  }
}

/** Reads a whole response, decodes it and settles the call with a standard `Response`. */
function receive(
  incoming: Http.IncomingMessage,
  href: string,
  method: string,
  zlib: typeof Zlib,
  settle: (error: unknown, response?: Response) => void,
): void {
  const chunks: Buffer[] = [];
  incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
  incoming.on("error", (error) => settle(fetchFailed(error)));
  incoming.on("close", () => {
    if (!incoming.complete) settle(fetchFailed(new Error("The connection closed before the response ended.")));
  });
  incoming.on("end", () => {
    const status = incoming.statusCode ?? 0;
    const hasBody = !NULL_BODY_STATUSES.has(status) && method !== "HEAD";
    decode(zlib, hasBody ? incoming.headers["content-encoding"] : undefined, Buffer.concat(chunks), (error, decoded) => {
      if (error) return settle(fetchFailed(error));
      try {
        const headers = new Headers();
        const raw = incoming.rawHeaders;
        for (let index = 0; index < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
        const body = hasBody ? new Uint8Array(decoded.buffer as ArrayBuffer, decoded.byteOffset, decoded.byteLength) : null;
        const response = new Response(body, { status, statusText: incoming.statusMessage ?? "", headers });
        // A constructed Response has an empty url; fetch's carries the address it came from.
        Object.defineProperty(response, "url", { value: href, enumerable: true });
        settle(undefined, response);
      } catch (failure) {
        // A status or header value that a Response cannot hold (e.g. a status above 599).
        settle(fetchFailed(failure));
      }
    });
  });
}

/**
 * Creates the Node.js transport, or returns `undefined` where it cannot run (browsers, edge
 * runtimes, Bun, Deno, Node releases without `process.getBuiltinModule`): callers then use the
 * global `fetch`. Each call creates its own keep-alive agents: create one per process and share it.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchFunction | undefined {
  const modules = nodeModules();
  if (!modules) return undefined;
  const { http, https, zlib } = modules;
  const keepAliveMs = options.keepAliveMs ?? 4000;
  if (!(Number.isFinite(keepAliveMs) && keepAliveMs > 0)) throw new RangeError("keepAliveMs must be a positive number of milliseconds.");
  // The agents' `timeout` only closes idle pooled connections (and lets a server's shorter
  // Keep-Alive hint win); a request in flight is limited by its AbortSignal, never by this.
  const agents = {
    "http:": new http.Agent({ keepAlive: true, timeout: keepAliveMs, scheduling: "lifo" }),
    "https:": new https.Agent({ keepAlive: true, timeout: keepAliveMs, scheduling: "lifo" }),
  };

  return function nodeFetch(input, init) {
    if (!handles(input, init)) return globalThis.fetch(input, init);
    const signal = init!.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    let url: URL;
    let headers: Record<string, string>;
    try {
      url = new URL(input);
      headers = headerObject(init!.headers);
    } catch (error) {
      return Promise.reject(error instanceof TypeError ? error : new TypeError(String(error)));
    }
    const protocol = url.protocol as keyof typeof agents;
    if (!(protocol in agents)) return globalThis.fetch(input, init);
    if (url.username || url.password) return Promise.reject(new TypeError("Request cannot be constructed from a URL that includes credentials"));
    const body = init!.body as string | Uint8Array | null | undefined;
    const method = (init!.method ?? "GET").toUpperCase();
    if (body != null && (method === "GET" || method === "HEAD")) return Promise.reject(new TypeError("Request with GET/HEAD method cannot have body."));
    const payload = typeof body === "string" ? Buffer.from(body) : body ?? undefined;
    if (payload !== undefined) headers["content-length"] = String(payload.byteLength);
    else if (method === "POST" || method === "PUT" || method === "PATCH") headers["content-length"] = "0";
    headers["accept-encoding"] ??= "gzip, deflate, br";

    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const settle = (error: unknown, response?: Response) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        if (response) resolve(response);
        else reject(error);
      };
      const onAbort = () => {
        settle(abortReason(signal!));
        request?.destroy();
      };

      let request: Http.ClientRequest | undefined;
      try {
        request = (protocol === "https:" ? https : http).request(url, { method, headers, agent: agents[protocol] }, (incoming) =>
          receive(incoming, url.href, method, zlib, settle),
        );
      } catch (error) {
        // node:http refuses some requests at once (a method or header it cannot send): a local mistake, as in fetch.
        return settle(new TypeError(error instanceof Error ? error.message : String(error), { cause: error }));
      }
      request.on("error", (error) => settle(fetchFailed(error)));
      signal?.addEventListener("abort", onAbort);
      request.end(payload);
    });
  };
}
