/**
 * openapi-fetch middleware around one request of an operation: one loop, with openapi-fetch's order
 * and meaning (`onRequest` in order, and it may replace the request or answer it; `onError` and
 * `onResponse` in reverse order). What a hook throws is marked as a MiddlewareFailure, so that a
 * caller can tell it from a failure of the request.
 */
import { createQuerySerializer, defaultPathSerializer, type Middleware, type MiddlewareCallbackParams } from "openapi-fetch";
import type { BufferedResponse } from "./body.js";
import { SendError } from "./errors.js";
import { standardSignal, toWireRequest } from "./fetch-standard.js";
import type { OperationDescriptor } from "./operation.js";
import type { OperationParams } from "./operation-request.js";
import type { Transport, WireRequest } from "./transport.js";

/** What the caller's middleware threw (or an `onError` returned), as `error`. */
export class MiddlewareFailure extends Error {
  readonly error: unknown;
  constructor(error: unknown) {
    super("middleware failed");
    this.error = error;
  }
}

async function hook<R>(run: () => R | Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    throw new MiddlewareFailure(error);
  }
}

let counter = 0;

/** What the hooks are told of the call besides its request. */
export interface MiddlewareCall {
  readonly operation: OperationDescriptor;
  readonly params: OperationParams;
  readonly baseUrl: string;
}

/**
 * Runs one attempt through the middleware: `request` as a standard `Request`, the hooks, the
 * transport, and the response as a standard `Response` (what middleware reads and returns).
 */
export async function roundTripThrough(
  middleware: readonly Middleware[],
  transport: Transport,
  request: WireRequest,
  call: MiddlewareCall,
): Promise<Response | BufferedResponse> {
  const standard = request.signal === undefined ? undefined : standardSignal(request.signal);
  try {
    const init: RequestInit = { method: request.method, headers: request.headers as [string, string][], redirect: "manual" };
    if (request.body !== undefined) init.body = request.body as BodyInit;
    if (standard) init.signal = standard.signal;
    let current = new Request(request.url, init);
    const context = {
      schemaPath: call.operation.path,
      params: call.params as MiddlewareCallbackParams["params"],
      id: (++counter).toString(36),
      options: Object.freeze({
        baseUrl: call.baseUrl,
        fetch: globalThis.fetch,
        parseAs: "text" as const,
        querySerializer: createQuerySerializer(),
        bodySerializer: (body: unknown) => JSON.stringify(body),
        pathSerializer: defaultPathSerializer,
      }),
    };
    let response: Response | undefined;
    for (const each of middleware) {
      if (!each.onRequest) continue;
      const result = await hook(() => each.onRequest!.call(each, { ...context, request: current }));
      if (result instanceof Request) current = result;
      else if (result instanceof Response) {
        response = result;
        break;
      } else if (result)
        throw new MiddlewareFailure(new Error("onRequest: must return new Request() or Response() when modifying the request"));
    }
    if (!response) {
      try {
        const sent = await transport.roundTrip(await toWireRequest(current, request.maxResponseBytes, request.signal));
        try {
          response = sent.toResponse();
        } catch (failure) {
          // A status that a Response cannot hold (e.g. above 599): the server sent it, so it may have run the request.
          throw new SendError(failure, true);
        }
      } catch (failure) {
        let error: unknown = failure;
        for (let index = middleware.length - 1; index >= 0 && error !== undefined; index--) {
          const each = middleware[index]!;
          if (!each.onError) continue;
          const failed = error;
          const result = await hook(() =>
            each.onError!.call(each, { ...context, request: current, error: failed instanceof MiddlewareFailure ? failed.error : failed }),
          );
          if (result instanceof Response) {
            response = result;
            error = undefined;
          } else if (result instanceof Error) error = new MiddlewareFailure(result);
          else if ((result as unknown) != null)
            throw new MiddlewareFailure(new Error("onError: must return new Response() or instance of Error"));
        }
        if (error !== undefined) throw error;
      }
      for (let index = middleware.length - 1; index >= 0; index--) {
        const each = middleware[index]!;
        if (!each.onResponse) continue;
        const answered = response!;
        const result = await hook(() => each.onResponse!.call(each, { ...context, request: current, response: answered }));
        if (result instanceof Response) response = result;
        else if (result) throw new MiddlewareFailure(new Error("onResponse: must return new Response() when modifying the response"));
      }
    }
    return response!;
  } finally {
    standard?.dispose();
  }
}
