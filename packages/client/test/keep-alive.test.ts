import type { Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { ConnectionError } from "../src/index.js";
import { created, createBody, testClient } from "./helpers/fixtures.js";
import { RawServer, type RawRequest } from "./helpers/raw-server.js";
import { refusedUrl } from "./helpers/server.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A server, or a load balancer in front of one, that closes a connection once it has been idle for
 * `idleMs`, without saying so beforehand (no `Keep-Alive: timeout` header): a client that reuses a
 * pooled connection just then writes its request onto a connection that is closing.
 */
async function idleClosingServer(idleMs: number): Promise<{ server: RawServer; creates: RawRequest[] }> {
  const server = await RawServer.start();
  // No timer or hint of Node's own: the server below closes idle connections itself.
  server.server.keepAliveTimeout = 0;
  const idle = new Map<Socket, ReturnType<typeof setTimeout>>();
  const creates: RawRequest[] = [];
  server.server.on("request", (request) => clearTimeout(idle.get(request.socket)));
  server.handler = (request, response) => {
    if (request.method === "POST") creates.push(request);
    response.on("finish", () =>
      idle.set(
        request.socket,
        setTimeout(() => request.socket.destroy(), idleMs),
      ),
    );
    response.writeHead(201, { "content-type": "application/json" });
    response.end(JSON.stringify(created));
  };
  return { server, creates };
}

describe("connections a server closes when idle", () => {
  const servers: RawServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it("never fails a create, nor sends one twice, whether the server closes after 300 ms or after 3 s", async () => {
    const scenarios = [
      { idleMs: 300, creates: 40 },
      { idleMs: 3000, creates: 4 },
    ];
    const results = await Promise.all(
      scenarios.map(async ({ idleMs, creates: count }) => {
        const { server, creates } = await idleClosingServer(idleMs);
        servers.push(server);
        // No retries: a create that fails on a closing connection fails the test outright.
        const client = testClient(server.url, { maxRetries: 0 });
        const failures: unknown[] = [];
        for (let index = 0; index < count; index++) {
          await client.configurations.create(createBody).catch((error: unknown) => failures.push(error));
          // Each next create goes out just as the server gives up on the idle connection.
          await sleep(idleMs);
        }
        return { failures, creates: creates.length, count };
      }),
    );
    for (const { failures, creates, count } of results) {
      expect(failures).toEqual([]);
      expect(creates).toBe(count);
    }
  }, 40_000);

  it("says a create may have reached the server only when it may have: refused is not, a cut after sending is", async () => {
    const refused = (await testClient(await refusedUrl(), { maxRetries: 0 })
      .configurations.create(createBody)
      .catch((caught: unknown) => caught)) as ConnectionError;
    expect(refused).toBeInstanceOf(ConnectionError);
    expect(refused.requestMayHaveReachedServer).toBe(false);
    expect(refused.message).toContain("Nothing was sent");

    const server = await RawServer.start();
    servers.push(server);
    server.handler = (request) => request.socket.destroy();
    const cut = (await testClient(server.url)
      .configurations.create(createBody)
      .catch((caught: unknown) => caught)) as ConnectionError;
    expect(cut).toBeInstanceOf(ConnectionError);
    expect(cut.requestMayHaveReachedServer).toBe(true);
    expect(cut.message).toContain("may have been applied");
    // Not retried: a second create could be a duplicate.
    expect(server.requests).toHaveLength(1);
  });
});
