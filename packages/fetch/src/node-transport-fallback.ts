/**
 * What `@convintel/fetch/node-transport` resolves to outside Node.js (browsers, workers, edge
 * runtimes): no transport of its own, so callers use `fetchTransport()`. Same signature as
 * node-transport.ts.
 */
import type { NodeTransportOptions } from "./node-transport.js";
import type { Transport } from "./transport.js";

export type { NodeTransportOptions, ProxyOptions } from "./node-transport.js";

/** Returns `undefined`: this runtime's global `fetch` is the transport. */
export function createNodeTransport(_options: NodeTransportOptions = {}): Transport | undefined {
  return undefined;
}
