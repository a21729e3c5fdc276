import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConcurrentModificationError, RequestValidationError, NotFoundError, toUpdateRequest, type IntelligenceConfiguration } from "../src/index.js";
import { configuration, configurationWith, testClient } from "./helpers/fixtures.js";
import { TestServer } from "./helpers/server.js";
import { ConfigurationStore } from "./helpers/store.js";

let server: TestServer;
let store: ConfigurationStore;
let id: string;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());
beforeEach(async () => {
  await server.reset();
  store = new ConfigurationStore();
  const item = { ...configurationWith(1, 3), rules: configuration.rules };
  store.items.set(item.id, item);
  id = item.id;
  server.otherwise(store.handler);
});

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
    store.beforeUpdate = (updated) => {
      store.beforeUpdate = undefined;
      store.writeAsSomeoneElse(updated, "their change");
    };
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
    expect(error.message).toContain("version 3 when fetched");
    expect(error.message).toContain("returned version 5 instead of 4");
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
    await expect(testClient(server.url).configurations.modify("intelligence_configuration_0aaaaaaaaaaaaaaaaaaaaaaaaa", (current) => current)).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests.map((request) => request.method)).toEqual(["GET", "GET"]);
  });

  it("returns the update's response with withResponse()", async () => {
    const { data, requestId, status } = await testClient(server.url).configurations.modify(id, (current) => current).withResponse();
    expect(data.version).toBe(4);
    expect(status).toBe(200);
    expect(requestId).toBe("RQ4");
  });
});

describe("toUpdateRequest()", () => {
  it("drops exactly the server's fields", () => {
    const stored: IntelligenceConfiguration = configuration;
    expect(toUpdateRequest(stored)).toEqual({ displayName: stored.displayName, description: stored.description, rules: stored.rules });
  });
});
