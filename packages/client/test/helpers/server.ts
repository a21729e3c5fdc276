/**
 * The fake of @convintel/testing over HTTP, with a vocabulary for scripting its answers per test:
 * queued replies are used in order, then the fallback, then the fake's own answer (its stored
 * configurations, its validation and error bodies). Every reply is one of the fake's faults, so the
 * client's tests run on the one fake the project has; a reply that the API never gives (a 418, a
 * body of the wrong shape) is its `respond` fault.
 */
import {
  createFakeIntelligence,
  type FakeIntelligence,
  type FakeServer,
  type Fault,
  type FaultRequest,
  type ReceivedRequest,
} from "@convintel/testing";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { IntelligenceConfiguration } from "../../src/index.js";
import { ACCOUNT_SID, API_KEY, API_SECRET, AUTH_TOKEN } from "./fixtures.js";

/** A request as the fake saw it. */
export type RecordedRequest = ReceivedRequest;

/** What the fake does with one request. */
export type Reply = (
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string>; delayMs?: number }
  /** Never answer (until the client gives up or the fake closes). */
  | { hang: true }
  /** Read the request, then reset the connection without a response. */
  | { destroy: true }
  /** Send the status line, headers and the start of a JSON body, then reset the connection. */
  | { truncate: true; status: number }
) & {
  /** Carry out the operation first, then answer so: a write that happened but whose answer was lost. */
  afterCommit?: boolean;
};

/** Decides the reply to one request; `undefined` lets the fake answer as the API would. */
export type Handler = (request: RecordedRequest) => Reply | undefined;

function faultOf(reply: Reply): Fault {
  const afterCommit = reply.afterCommit ?? false;
  if ("hang" in reply) return { kind: "hang", afterCommit };
  if ("destroy" in reply) return { kind: "connectionReset", afterCommit };
  if ("truncate" in reply) return { kind: "truncateBody", status: reply.status, afterCommit };
  return { kind: "respond", ...reply, afterCommit };
}

function recordOf(request: FaultRequest): RecordedRequest {
  const url = new URL(request.path, "http://fake.invalid");
  return {
    method: request.method,
    url: request.path,
    path: url.pathname,
    query: url.searchParams,
    headers: Object.fromEntries(request.headers),
    body: request.body ?? "",
    operationId: request.operationId,
    remotePort: undefined,
  };
}

export class TestServer {
  readonly fake: FakeIntelligence;
  url = "";
  #listener: FakeServer | undefined;
  #queue: Array<Reply | Handler> = [];
  #fallback: Handler | undefined;

  /** Made without listening: `listen()` starts it (`TestServer.start()` does both). */
  constructor() {
    this.fake = createFakeIntelligence({
      credentials: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN },
      apiKeys: [{ sid: API_KEY, secret: API_SECRET }],
      recordRequests: true,
    });
    this.#script();
  }

  static async start(): Promise<TestServer> {
    const server = new TestServer();
    await server.listen();
    return server;
  }

  async listen(): Promise<void> {
    this.#listener = await this.fake.listen();
    this.url = this.#listener.url;
  }

  /** Every request received since the last reset, oldest first. */
  get requests(): readonly RecordedRequest[] {
    return this.fake.received;
  }

  /** Queues replies for the next requests, in order. */
  reply(...replies: Array<Reply | Handler>): this {
    this.#queue.push(...replies);
    return this;
  }

  /** What every request gets once the queue is empty (by default, the fake's own answer). */
  otherwise(handler: Handler | Reply): this {
    this.#fallback = typeof handler === "function" ? handler : () => handler;
    return this;
  }

  /**
   * Forgets requests, replies and stored configurations: a fresh fake at a new address (`url`). The
   * last test's address is closed with its connections, so a request that one of its calls sends
   * late (on a busy machine, a retry or an abort that loses its race with the send) is refused
   * there and never counted as the next test's. Before that, one turn of the event loop lets the
   * server read what has already reached it, which the records then drop.
   */
  async reset(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const previous = this.#listener;
    await this.listen();
    await previous?.close();
    this.fake.reset();
    this.#queue = [];
    this.#fallback = undefined;
    this.#script();
  }

  /** The stored configuration with this id. */
  stored(id: string): IntelligenceConfiguration {
    const found = this.fake.configurations.find((configuration) => configuration.id === id);
    if (!found) throw new Error(`the fake stores no configuration ${id}`);
    return found;
  }

  /** Another writer's update, as the service would apply it: the version goes up by one. */
  writeAsSomeoneElse(id: string, displayName: string): void {
    const current = this.stored(id);
    this.fake.seed([{ ...current, displayName, version: current.version + 1 }]);
  }

  async close(): Promise<void> {
    await this.fake.close();
  }

  /** The one fault rule that plays the queue and the fallback. */
  #script(): void {
    this.fake.faults.add({
      fault: (request) => {
        const next = this.#queue.shift() ?? this.#fallback;
        if (next === undefined) return undefined;
        const reply = typeof next === "function" ? next(recordOf(request)) : next;
        return reply === undefined ? undefined : faultOf(reply);
      },
    });
  }
}

/**
 * The server of a test file: listening before its first test, reset before each (a fresh fake at a
 * new address: a test reads `server.url` when it runs), closed after the last. `otherwise`, when
 * given, is what every request gets after each reset once no reply is queued; a file that prepares
 * more does so in a `beforeEach` of its own, which runs after the reset.
 */
export function useTestServer(otherwise?: Handler | Reply): TestServer {
  const server = new TestServer();
  beforeAll(() => server.listen());
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    if (otherwise !== undefined) server.otherwise(otherwise);
  });
  return server;
}

/** A URL on which nothing listens: a server is started on a free port and closed again. */
export async function refusedUrl(): Promise<string> {
  const fake = createFakeIntelligence();
  const { url } = await fake.listen();
  await fake.close();
  return url;
}
