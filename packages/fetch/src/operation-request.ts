/**
 * What an operation's call puts on the wire besides its body: the URL (openapi-fetch's own path and
 * query serializers, so it is the URL openapi-fetch would build) and the merged headers.
 */
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { headerPairs, mergeHeaderPairs } from "./headers.js";
import type { OperationDescriptor } from "./operation.js";

/** The parts of an operation's input that go into its URL and headers. */
export interface OperationParams {
  path?: Record<string, unknown>;
  query?: object;
  header?: Record<string, unknown>;
}

const querySerializer = /* @__PURE__ */ createQuerySerializer();

/** The absolute URL of a call: `baseUrl` (no trailing slash) and the operation's path, parameters percent-encoded, and query. */
export function operationUrl(baseUrl: string, operation: OperationDescriptor, params: OperationParams): string {
  return createFinalURL(operation.path, {
    baseUrl,
    params: { path: params.path, query: params.query as Record<string, unknown> | undefined },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}

/**
 * A call's headers: the client's (checked once, see `mergeHeaderPairs`), then the call's own, then the
 * operation's header parameters, later ones winning; `Content-Type: application/json` when there is a
 * body and none is set. Throws a TypeError for a name or value a `Headers` object refuses.
 */
export function operationHeaders(
  base: ReadonlyMap<string, [string, string]>,
  callHeaders: Record<string, unknown> | undefined,
  params: OperationParams,
  hasBody: boolean,
): [string, string][] {
  const merged = mergeHeaderPairs(base, callHeaders, params.header);
  if (hasBody && !merged.has("content-type")) merged.set("content-type", ["Content-Type", "application/json"]);
  return headerPairs(merged);
}
