import type { FetchFunction } from "@convintel/fetch";
import type { Engine } from "./engine.js";
import type { BodySource, IncomingRequest, ResponsePlan } from "./wire.js";

const MAX_REDIRECTS = 20;

/** The TypeError undici's fetch rejects with when the network fails, with the low-level cause attached. */
export function networkError(code: string, message: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) });
}

function streamOf(body: BodySource): ReadableStream<Uint8Array> {
  const iterator = body.chunks()[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

/** A body that delivers its first bytes and then nothing more, until the caller aborts or the fake closes. */
function stalledStream(body: BodySource, afterBytes: number, engine: Engine, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  let sent = false;
  let cleanup = (): void => {};
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        const bytes = new Uint8Array(body.length);
        let offset = 0;
        for (const chunk of body.chunks()) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        controller.enqueue(bytes.subarray(0, afterBytes));
        return;
      }
      return new Promise<void>(() => {
        const fail = (reason: unknown) => {
          cleanup();
          controller.error(reason);
        };
        const onAbort = () => fail(signal!.reason);
        signal?.addEventListener("abort", onAbort, { once: true });
        const removeCloser = engine.onClose(() => fail(networkError("UND_ERR_SOCKET", "other side closed")));
        cleanup = () => {
          signal?.removeEventListener("abort", onAbort);
          removeCloser();
        };
        if (signal?.aborted) onAbort();
      });
    },
    cancel() {
      cleanup();
    },
  });
}

/** A body that delivers its first bytes and then fails as a reset connection does. */
function truncatedStream(body: BodySource, afterBytes: number): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) {
        controller.error(networkError("ECONNRESET", "read ECONNRESET"));
        return;
      }
      sent = true;
      const first = [...body.chunks()][0] ?? new Uint8Array();
      controller.enqueue(first.subarray(0, afterBytes));
    },
  });
}

function toResponse(plan: ResponsePlan, engine: Engine, signal: AbortSignal | undefined): Response {
  const nullBody = plan.status === 204 || plan.status === 205 || plan.status === 304;
  let body: BodyInit | null = null;
  if (plan.body && !nullBody) {
    const chunks = plan.body.chunks();
    if (plan.truncateAfterBytes !== undefined) body = truncatedStream(plan.body, plan.truncateAfterBytes);
    else if (plan.stallAfterBytes !== undefined) body = stalledStream(plan.body, plan.stallAfterBytes, engine, signal);
    // A body held whole is handed over as bytes; a generated one (oversizedBody) is streamed as made.
    else body = Array.isArray(chunks) && chunks.length === 1 ? (chunks[0] as Uint8Array<ArrayBuffer>) : streamOf(plan.body);
  }
  const headers = new Headers(plan.headers);
  if (plan.body && !nullBody) headers.set("Content-Length", String(plan.body.length));
  return new Response(body, { status: plan.status, headers });
}

function waitForever(engine: Engine, signal: AbortSignal | undefined): Promise<never> {
  return new Promise<never>((_, reject) => {
    const onAbort = () => {
      removeCloser();
      reject(signal!.reason);
    };
    const removeCloser = engine.onClose(() => {
      signal?.removeEventListener("abort", onAbort);
      reject(networkError("UND_ERR_SOCKET", "other side closed"));
    });
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Turns a body given to fetch into text, and the Content-Type fetch would add for it. */
async function readBody(body: BodyInit): Promise<{ text: string; contentType: string | null }> {
  if (typeof body === "string") return { text: body, contentType: "text/plain;charset=UTF-8" };
  const response = new Response(body);
  return { contentType: response.headers.get("content-type"), text: await response.text() };
}

/** A `fetch` that answers from the fake without a network: no Node-only API, so it runs on any runtime. */
export function createInProcessFetch(engine: Engine): FetchFunction {
  return async function fakeFetch(input, init = {}) {
    const original = typeof Request === "function" && input instanceof Request ? input : undefined;
    let url = new URL(original ? original.url : String(input));
    let method = (init.method ?? original?.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers ?? original?.headers);
    const signal = init.signal ?? original?.signal ?? undefined;
    const redirect = init.redirect ?? original?.redirect ?? "follow";
    signal?.throwIfAborted();

    let body: string | null = null;
    if (init.body !== undefined && init.body !== null) {
      const read = await readBody(init.body);
      body = read.text;
      if (read.contentType && !headers.has("content-type")) headers.set("content-type", read.contentType);
    } else if (original?.body) {
      body = await original.clone().text();
    }

    for (let redirects = 0; ; redirects++) {
      const request: IncomingRequest = { method, url, headers, body, signal };
      const outcome = await engine.handle(request);
      signal?.throwIfAborted();
      if (outcome.type === "reset") throw networkError("ECONNRESET", "read ECONNRESET");
      if (outcome.type === "hang") return await waitForever(engine, signal);

      const plan = outcome.response;
      const location = plan.headers.Location;
      if (plan.status < 300 || plan.status >= 400 || location === undefined || redirect === "manual") {
        return toResponse(plan, engine, signal);
      }
      if (redirect === "error") throw new TypeError("fetch failed", { cause: new Error("unexpected redirect") });
      if (redirects >= MAX_REDIRECTS) throw new TypeError("fetch failed", { cause: new Error("redirect count exceeded") });
      const next = new URL(location, url);
      // Only the fake's own origin is reachable in-process; another host fails as an unresolvable name would.
      if (next.origin !== url.origin) throw networkError("ENOTFOUND", `getaddrinfo ENOTFOUND ${next.hostname}`);
      if (plan.status === 303 || ((plan.status === 301 || plan.status === 302) && method === "POST")) {
        method = "GET";
        body = null;
      }
      url = next;
    }
  };
}
