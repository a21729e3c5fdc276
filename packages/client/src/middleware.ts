/** The caller's middleware, guarded so that what it throws is told from a failure of the call, and the debug log's own. */
import type { Middleware } from "@convintel/fetch";
import { readRequestId } from "./headers.js";
import { headersForLog, type Log } from "./logger.js";

/** Marks an error thrown by the caller's middleware, so it is rethrown as it is and never retried. */
export class MiddlewareFailure extends Error {
  readonly error: unknown;
  constructor(error: unknown) {
    super("middleware failed");
    this.error = error;
  }
}

/** Runs one hook of the caller's middleware, marking what it throws as a MiddlewareFailure. */
function guardHook<P, R>(middleware: Middleware, hook: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params) => {
    try {
      return await hook.call(middleware, params);
    } catch (error) {
      throw new MiddlewareFailure(error);
    }
  };
}

export function guardMiddleware(middleware: Middleware): Middleware {
  const guarded: { -readonly [K in "onRequest" | "onResponse" | "onError"]?: Middleware[K] } = {};
  const { onRequest, onResponse, onError } = middleware;
  if (onRequest) guarded.onRequest = guardHook(middleware, onRequest);
  if (onResponse) guarded.onResponse = guardHook(middleware, onResponse);
  if (onError) {
    guarded.onError = async (params) => {
      const error = params.error instanceof MiddlewareFailure ? params.error.error : params.error;
      let result: Response | Error | undefined;
      try {
        result = (await onError.call(middleware, { ...params, error })) ?? undefined;
      } catch (thrown) {
        throw new MiddlewareFailure(thrown);
      }
      return result instanceof Error ? new MiddlewareFailure(result) : result;
    };
  }
  return guarded as Middleware;
}

export function debugMiddleware(log: Log): Middleware {
  return {
    onRequest({ request }) {
      log.debug(`request ${request.method} ${request.url}`, { headers: headersForLog(request.headers) });
      return undefined;
    },
    onResponse({ request, response }) {
      log.debug(`response ${response.status} ${request.method} ${request.url}`, {
        requestId: readRequestId(response.headers),
      });
      return undefined;
    },
  };
}
