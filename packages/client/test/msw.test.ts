/**
 * The client in a suite that mocks HTTP with Mock Service Worker (msw 2 here, the major that runs
 * on Node.js 20; `@convintel/testing/msw` is tested with msw 3 in its own package). msw replaces
 * `globalThis.fetch`, which the client's Node.js transport never uses: a client meant to be seen by
 * msw (or nock, or `vi.stubGlobal("fetch")`) sends through the global `fetch` as it is at each call.
 */
import { intelligenceHandlers } from "@convintel/testing/msw";
import { createFakeIntelligence } from "@convintel/testing";
import { setupServer } from "msw2/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ConnectionError, IntelligenceClient, NotFoundError } from "../src/index.js";

vi.mock("msw", () => import("msw2"));

const fake = createFakeIntelligence({ seed: 3 });
// The handlers carry the types of the msw @convintel/testing is built with (3); msw 2 runs them here.
const server = setupServer(...(intelligenceHandlers(fake) as never[]));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  fake.reset();
});
afterAll(() => server.close());

describe("a client under msw", () => {
  it("goes through msw's handlers, answered by the fake, with fetch: the global fetch at each call", async () => {
    // The wrapper reads the global fetch at each call, so it finds msw's whenever the client was made.
    const client = new IntelligenceClient({ ...fake.credentials, env: {}, fetch: (input, init) => fetch(input, init) });
    const created = await client.configurations.create({ displayName: "mocked", rules: [] });
    expect(fake.configurations).toEqual([created]);
    await expect(client.configurations.fetch("intelligence_configuration_00000000000000000000000000")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // A fault of the fake reaches the client through msw: a reset is retried like any other.
    fake.faults.add({ operationId: "ListConfigurations", fault: { kind: "connectionReset" }, times: 1 });
    expect((await client.configurations.list()).items).toHaveLength(1);
  });

  it("is not seen by msw with the default Node.js transport, which the README says", async () => {
    // A closed port on this machine: nothing leaves it, whoever answers or does not.
    const baseUrl = "http://127.0.0.1:9";
    server.use(...(intelligenceHandlers(fake, { baseUrl }) as never[]));
    const direct = new IntelligenceClient({ ...fake.credentials, env: {}, baseUrl, maxRetries: 0 });
    await expect(direct.configurations.create({ displayName: "unseen", rules: [] })).rejects.toBeInstanceOf(ConnectionError);
    expect(fake.configurations).toEqual([]);
    const seen = new IntelligenceClient({ ...fake.credentials, env: {}, baseUrl, fetch: (input, init) => fetch(input, init) });
    await seen.configurations.create({ displayName: "seen", rules: [] });
    expect(fake.configurations.map((configuration) => configuration.displayName)).toEqual(["seen"]);
  });
});
