/**
 * What `@convintel/fetch/node-fetch` resolves to outside Node.js (browsers, workers, edge runtimes):
 * no transport of its own, so callers use the global `fetch`. Same signature as node-fetch.ts.
 */
import type { FetchFunction } from "./client.js";
import type { NodeFetchOptions } from "./node-fetch.js";

export type { NodeFetchOptions } from "./node-fetch.js";

/** Returns `undefined`: this runtime's global `fetch` is the transport. */
export function createNodeFetch(_options: NodeFetchOptions = {}): FetchFunction | undefined {
  return undefined;
}
