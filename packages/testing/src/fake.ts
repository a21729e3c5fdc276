import type { FetchFunction } from "@convintel/fetch";
import type { IntelligenceConfiguration, OperationId } from "@convintel/types";
import { Engine, type Credentials, type DeepReadonly, type EngineOptions, type ReceivedRequest } from "./engine.js";
import type { FaultInjector } from "./faults.js";
import type { FakeServer, ListenOptions } from "./http.js";
import { createInProcessFetch } from "./in-process.js";

export type FakeIntelligenceOptions = EngineOptions;

export interface FakeIntelligence {
  /** A standard `fetch` answered in-process by the fake; any base URL works (the path decides). */
  readonly fetch: FetchFunction;
  /** The credentials the fake accepts; `accountSid` is also the `accountId` of its configurations. */
  readonly credentials: Credentials;
  /** The same credentials as `{ username, password }`, the shape of `createIntelligenceFetch`'s `auth`. */
  readonly auth: { username: string; password: string };
  /** The fault schedule: `faults.add(rule)`, `faults.once(fault)`, `faults.clear()`. */
  readonly faults: FaultInjector;
  /** A copy of every stored configuration, in creation order. */
  readonly configurations: IntelligenceConfiguration[];
  /** Requests routed to an operation so far. */
  readonly requests: number;
  /** Every request received so far, oldest first, when created with `recordRequests: true` (else empty). */
  readonly received: readonly ReceivedRequest[];
  requestsFor(operationId: OperationId): number;
  /** Stores configurations as given (ids, versions and dates included). */
  seed(configurations: readonly DeepReadonly<IntelligenceConfiguration>[]): void;
  /** Back to a fresh fake: no configurations, no faults, counters and generators restarted. */
  reset(): void;
  /** Serves the fake over HTTP (Node.js); see {@link ListenOptions}. */
  listen(options?: ListenOptions): Promise<FakeServer>;
  /** Closes every listener and ends hung requests and stalled bodies. */
  close(): Promise<void>;
}

/** A stateful fake of the Intelligence v3 Configurations API, built on the spec's generated validators. */
export function createFakeIntelligence(options: FakeIntelligenceOptions = {}): FakeIntelligence {
  const engine = new Engine(options);
  const servers = new Set<FakeServer>();
  return {
    fetch: createInProcessFetch(engine),
    credentials: engine.credentials,
    auth: { username: engine.credentials.accountSid, password: engine.credentials.authToken },
    faults: engine.faults,
    get configurations() {
      return engine.store.snapshot();
    },
    get requests() {
      return engine.requests;
    },
    get received() {
      return engine.received;
    },
    requestsFor: (operationId) => engine.requestsFor(operationId),
    seed: (configurations) => engine.seedConfigurations(configurations),
    reset: () => engine.reset(),
    async listen(listenOptions) {
      // Loaded on demand so that the in-process fake never pulls in node:http.
      const { listen } = await import("./http.js");
      const server = await listen(engine, listenOptions);
      servers.add(server);
      return {
        ...server,
        close: async () => {
          servers.delete(server);
          await server.close();
        },
      };
    },
    async close() {
      engine.closeAll();
      await Promise.all([...servers].map((server) => server.close()));
      servers.clear();
    },
  };
}
