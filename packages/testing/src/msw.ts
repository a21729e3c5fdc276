/**
 * `@convintel/testing/msw`: Mock Service Worker handlers answered by the fake, for test suites that
 * already mock their HTTP with msw (`setupServer` in Node.js, `setupWorker` in a browser). Every
 * request to the API's paths under `baseUrl` goes to the fake, with its state, its checks against the
 * spec and its faults; every other request is left to the suite's own handlers.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { serverUrl } from "@convintel/fetch";
import type { FakeIntelligence } from "./fake.js";

export interface IntelligenceHandlersOptions {
  /** The origin (and path prefix) the client under test sends to. Default: Twilio's, as the client's default. */
  baseUrl?: string;
}

/**
 * The handlers: `setupServer(...intelligenceHandlers(fake))`. A connection reset or a hang the fake
 * is told to produce (`fake.faults`) reaches the client as msw's network error, or as a request that
 * never answers until it is aborted.
 */
export function intelligenceHandlers(fake: Pick<FakeIntelligence, "fetch">, options: IntelligenceHandlersOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? serverUrl).replace(/\/+$/, "");
  const prefix = new URL(base).pathname.replace(/\/+$/, "");
  return [
    http.all(`${base}/v3/*`, async ({ request }) => {
      // The fake routes by the API's own paths: a baseUrl's path prefix (a proxy's) is taken off.
      const url = new URL(request.url);
      url.pathname = url.pathname.slice(prefix.length);
      const hasBody = request.method !== "GET" && request.method !== "HEAD";
      try {
        return await fake.fetch(url, {
          method: request.method,
          headers: request.headers,
          ...(hasBody ? { body: await request.text() } : {}),
          signal: request.signal,
        });
      } catch (error) {
        // The caller's abort goes back as it is; a reset the fake was told to produce is a network error.
        if (request.signal.aborted) throw error;
        return HttpResponse.error();
      }
    }),
  ];
}
