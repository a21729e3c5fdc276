import { inspect } from "node:util";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  AbortError,
  ConcurrentModificationError,
  IntelligenceClient,
  RequestValidationError,
  NotFoundError,
  toUpdateRequest,
  type IntelligenceConfiguration,
} from "../src/index.js";
import { API_KEY, API_SECRET, configuration, configurationWith, testClient } from "./helpers/fixtures.js";
import { type Reply, useTestServer } from "./helpers/server.js";
const server = useTestServer();
let id: string;
beforeEach(() => {
  const item = { ...configurationWith(1, 3), rules: configuration.rules };
  server.fake.seed([item]);
  id = item.id;
});

/** Someone else writes the configuration just before the first PUT of ours reaches the fake. */
function writeBeforeOurUpdate(displayName: string, reply?: Reply): void {
  let done = false;
  server.otherwise((request) => {
    if (request.method !== "PUT" || done) return undefined;
    done = true;
    server.writeAsSomeoneElse(id, displayName);
    return reply;
  });
}

describe("modify()", () => {
  it("fetches, applies the change and PUTs the full body without server fields, keeping rule ids", async () => {
    const result = await testClient(server.url).configurations.modify(id, (current) => ({ ...current, displayName: "renamed" }));
    expect(result.displayName).toBe("renamed");
    expect(result.version).toBe(4);
    expect(server.requests.map((request) => request.method)).toEqual(["GET", "PUT"]);
    const sent = JSON.parse(server.requests[1]!.body) as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(["description", "displayName", "rules"]);
    expect((sent.rules as Array<{ id: string }>)[0]!.id).toBe(configuration.rules[0]!.id);
  });

  it("accepts an async change that returns a plain update body", async () => {
    const result = await testClient(server.url).configurations.modify(id, async (current) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { displayName: current.displayName, rules: [] };
    });
    expect(result.rules).toEqual([]);
  });

  it("detects a write that happened between its fetch and its update", async () => {
    writeBeforeOurUpdate("their change");
    const error = (await testClient(server.url)
      .configurations.modify(id, (current) => {
        current.rules[0]!.operators[0]!.id = "intelligence_operator_01kcgy1ew0e9x8re6jq542zzzz";
        return { ...current, description: "our change" };
      })
      .catch((caught: unknown) => caught)) as ConcurrentModificationError;
    expect(error).toBeInstanceOf(ConcurrentModificationError);
    expect(error.id).toBe(id);
    expect(error.fetchedVersion).toBe(3);
    expect(error.resultVersion).toBe(5);
    expect(error.fetched.version).toBe(3);
    // The change callback got a deep copy: what we fetched is untouched.
    expect(error.fetched.rules[0]!.operators[0]!.id).toBe(configuration.rules[0]!.operators[0]!.id);
    expect(error.result.description).toBe("our change");
    expect(error.overwrittenVersions).toEqual([4]);
    expect(error.unconfirmedAttempts).toBe(0);
    expect(error.message).toContain("we fetched version 3");
    expect(error.message).toContain("returned version 5 instead of 4, so version 4, written after our fetch, was replaced by ours");
  });

  it("never interleaves modify() calls on one configuration within a process: 64 concurrent markers all land", async () => {
    const client = testClient(server.url);
    const other = testClient(server.url);
    const results = await Promise.allSettled(
      Array.from({ length: 64 }, (_, index) =>
        // Half through a second client of the same account: the guarantee is per process, not per client object.
        (index % 2 ? other : client).configurations.modify(id, async (current) => {
          // Give the others every chance to interleave.
          await new Promise((resolve) => setTimeout(resolve, index % 3));
          return { ...current, description: `${current.description ?? ""}|m${index}` };
        }),
      ),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const stored = server.stored(id);
    const markers = stored.description!.split("|").filter(Boolean);
    expect(markers.filter((marker) => /^m\d+$/.test(marker)).sort()).toEqual(Array.from({ length: 64 }, (_, index) => `m${index}`).sort());
    expect(stored.version).toBe(3 + 64);
  });

  it("lets a call that waits its turn be cancelled without holding up the ones behind it", async () => {
    const client = testClient(server.url);
    let release!: () => void;
    const first = client.configurations.modify(id, async (current) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { ...current, description: "first" };
    });
    const controller = new AbortController();
    const second = client.configurations.modify(id, (current) => ({ ...current, description: "second" }), { signal: controller.signal });
    const third = client.configurations.modify(id, (current) => ({ ...current, description: `${current.description}+third` }));
    const reason = new Error("gave up waiting");
    controller.abort(reason);
    const aborted = (await second.catch((caught: unknown) => caught)) as AbortError;
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted.reason).toBe(reason);
    await vi.waitFor(() => expect(release).toBeTypeOf("function"));
    release();
    await first;
    expect((await third).description).toBe("first+third");
    expect(server.requests.filter((request) => request.method === "PUT")).toHaveLength(2);
  });

  it("takes a version jump its own retried attempt explains as its own: applied, answer lost, retried", async () => {
    let puts = 0;
    // The first PUT is applied, then the connection drops before the answer: the client cannot know.
    server.otherwise((request) => (request.method === "PUT" && ++puts === 1 ? { destroy: true, afterCommit: true } : undefined));
    const result = await testClient(server.url).configurations.modify(id, (current) => ({ ...current, description: "ours" }));
    expect(result.description).toBe("ours");
    expect(result.version).toBe(5);
    expect(server.requests.map((request) => request.method)).toEqual(["GET", "PUT", "PUT"]);
  });

  it("still reports someone else's write when a lost attempt explains only part of the jump", async () => {
    // Someone else writes, our first PUT is applied over it, and its answer is lost.
    writeBeforeOurUpdate("theirs", { destroy: true, afterCommit: true });
    const error = (await testClient(server.url)
      .configurations.modify(id, (current) => ({ ...current, description: "ours" }))
      .catch((caught: unknown) => caught)) as ConcurrentModificationError;
    expect(error).toBeInstanceOf(ConcurrentModificationError);
    expect(error.fetchedVersion).toBe(3);
    expect(error.resultVersion).toBe(6);
    expect(error.overwrittenVersions).toEqual([4, 5]);
    expect(error.unconfirmedAttempts).toBe(1);
    expect(error.message).toContain(
      "versions 4–5, written after our fetch (up to 1 of them by our own retried attempts), were replaced by ours",
    );
  });

  it("keeps the credentials out of the configurations it reports, even when the server echoes them", async () => {
    const echo = `Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString("base64")}`;
    writeBeforeOurUpdate("theirs");
    server.fake.seed([{ ...server.stored(id), description: `echo ${encodeURIComponent(echo)} ${API_SECRET}` }]);
    const error = (await new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: server.url, env: {} }).configurations
      .modify(id, (current) => current)
      .catch((caught: unknown) => caught)) as ConcurrentModificationError;
    expect(error).toBeInstanceOf(ConcurrentModificationError);
    const shown = JSON.stringify(error) + inspect(error, { depth: 10, showHidden: true });
    expect(shown).not.toContain(API_SECRET);
    expect(shown).not.toContain(encodeURIComponent(echo.slice(6)));
    expect(error.fetched.description).toBe("echo Basic%20[REDACTED] [REDACTED]");
  });

  it("validates the changed configuration and sends nothing when it breaks a rule", async () => {
    const error = await testClient(server.url)
      .configurations.modify(id, (current) => ({ ...current, displayName: "" }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]).toMatchObject({ in: "body", pointer: "/displayName", rule: "minLength 1" });
    expect(server.requests.map((request) => request.method)).toEqual(["GET"]);
  });

  it("passes on an error thrown by the change, and a failed fetch, without writing", async () => {
    const oops = new Error("oops");
    await expect(testClient(server.url).configurations.modify(id, () => Promise.reject(oops))).rejects.toBe(oops);
    await expect(
      testClient(server.url).configurations.modify("intelligence_configuration_0aaaaaaaaaaaaaaaaaaaaaaaaa", (current) => current),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests.map((request) => request.method)).toEqual(["GET", "GET"]);
  });

  it("returns the update's response with withResponse()", async () => {
    const { data, requestId, status } = await testClient(server.url)
      .configurations.modify(id, (current) => current)
      .withResponse();
    expect(data.version).toBe(4);
    expect(status).toBe(200);
    expect(requestId).toMatch(/^RQ[0-9a-f]{32}$/);
  });
});

describe("toUpdateRequest()", () => {
  it("drops exactly the server's fields", () => {
    const stored: IntelligenceConfiguration = configuration;
    expect(toUpdateRequest(stored)).toEqual({ displayName: stored.displayName, description: stored.description, rules: stored.rules });
  });
});
