import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PaginationCycleError, RequestValidationError, ResponseValidationError, type IntelligenceConfiguration } from "../src/index.js";
import { configuration, testClient } from "./helpers/fixtures.js";
import { TestServer } from "./helpers/server.js";
import { ConfigurationStore } from "./helpers/store.js";

let server: TestServer;
let store: ConfigurationStore;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());
beforeEach(async () => {
  await server.reset();
  store = new ConfigurationStore(7);
  server.otherwise(store.handler);
});

const names = (items: IntelligenceConfiguration[]) => items.map((item) => item.displayName);
const all = ["config-0", "config-1", "config-2", "config-3", "config-4", "config-5", "config-6"];

describe("list()", () => {
  it("iterates every item across pages, following meta.nextToken", async () => {
    const seen: IntelligenceConfiguration[] = [];
    for await (const item of testClient(server.url).configurations.list({ pageSize: 3 })) seen.push(item);
    expect(names(seen)).toEqual(all);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/v3/ControlPlane/Configurations?pageSize=3",
      "/v3/ControlPlane/Configurations?pageSize=3&pageToken=3",
      "/v3/ControlPlane/Configurations?pageSize=3&pageToken=6",
    ]);
  });

  it("can be awaited for its first page, once however often it is awaited, and still iterated", async () => {
    const listing = testClient(server.url).configurations.list({ pageSize: 3 });
    const first = await listing;
    expect(names(first.items)).toEqual(all.slice(0, 3));
    expect(first.nextToken).toBe("3");
    expect(first.meta.pageSize).toBe(3);
    expect((await listing).items).toBe(first.items);
    expect(server.requests).toHaveLength(1);
    const { data, status, requestId, response } = await listing.withResponse();
    expect(data.items).toBe(first.items);
    expect(status).toBe(200);
    expect(requestId).toBe(response.headers.get("twilio-request-id") ?? undefined);
    expect(server.requests).toHaveLength(1);
    expect(names(await listing.toArray())).toEqual(all);
    expect(server.requests).toHaveLength(4);
  });

  it("awaited with limit: 0, fetches the first page and keeps none of its items", async () => {
    const page = await testClient(server.url).configurations.list({ pageSize: 3, limit: 0 });
    expect(page.items).toEqual([]);
    expect(page.nextToken).toBe("3");
    expect(server.requests).toHaveLength(1);
  });

  it("awaited, rejects with the same errors as iteration", async () => {
    await expect(testClient(server.url).configurations.list({ limit: -1 })).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("ends on a last page whose nextToken is null", async () => {
    store.lastPage = "null";
    expect(names(await testClient(server.url).configurations.list({ pageSize: 3 }).toArray())).toEqual(all);
    expect(server.requests).toHaveLength(3);
  });

  it("yields whole pages with pages(), each with its meta and response", async () => {
    const pages = [];
    for await (const page of testClient(server.url).configurations.list({ pageSize: 3 }).pages()) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
    expect(pages.map((page) => page.nextToken)).toEqual(["3", "6", undefined]);
    expect(pages[1]!.meta).toEqual({ key: "items", pageSize: 3, previousToken: "0", nextToken: "6" });
    expect(pages[2]!.response.status).toBe(200);
  });

  it("stops after limit items and asks only for what is still wanted", async () => {
    const items = await testClient(server.url).configurations.list({ pageSize: 3, limit: 5 }).toArray();
    expect(names(items)).toEqual(all.slice(0, 5));
    expect(server.requests.map((request) => request.url)).toEqual([
      "/v3/ControlPlane/Configurations?pageSize=3",
      "/v3/ControlPlane/Configurations?pageSize=2&pageToken=3",
    ]);
  });

  it("sends nothing for limit: 0, and starts at pageToken when given", async () => {
    expect(await testClient(server.url).configurations.list({ limit: 0 }).toArray()).toEqual([]);
    expect(server.requests).toHaveLength(0);
    expect(names(await testClient(server.url).configurations.list({ pageToken: "5", pageSize: 10 }).toArray())).toEqual([
      "config-5",
      "config-6",
    ]);
  });

  it("fetches nothing more when the loop stops early", async () => {
    for await (const item of testClient(server.url).configurations.list({ pageSize: 3 })) {
      if (item.displayName === "config-1") break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it("starts again from the first page on each iteration", async () => {
    const list = testClient(server.url).configurations.list({ pageSize: 4 });
    expect(await list.toArray()).toHaveLength(7);
    expect(await list.toArray()).toHaveLength(7);
    expect(server.requests).toHaveLength(4);
  });

  it("retries a failed page like any GET", async () => {
    server.reply(
      { status: 200, json: { items: [configuration], meta: { key: "items", pageSize: 1, nextToken: "6" } } },
      { status: 503, json: { code: 1, message: "busy", httpStatusCode: 503 } },
    );
    const items = await testClient(server.url).configurations.list({ pageSize: 1 }).toArray();
    expect(items).toHaveLength(2);
    expect(server.requests.map((request) => request.query.get("pageToken"))).toEqual([null, "6", "6"]);
  });

  it("validates pageSize before any request", async () => {
    for (const pageSize of [0, 1001, 2.5]) {
      const error = await testClient(server.url)
        .configurations.list({ pageSize })
        .toArray()
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues[0]).toMatchObject({ in: "query", pointer: "/pageSize" });
    }
    const error = await testClient(server.url)
      .configurations.list({ limit: -1 })
      .toArray()
      .catch((caught: unknown) => caught);
    expect((error as RequestValidationError).issues[0]).toMatchObject({ in: "options", pointer: "/limit" });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a server that repeats the token, instead of looping forever", async () => {
    server.reply(
      { status: 200, json: { items: [configuration], meta: { key: "items", pageSize: 1, nextToken: "again" } } },
      { status: 200, json: { items: [configuration], meta: { key: "items", pageSize: 1, nextToken: "again" } } },
    );
    const error = await testClient(server.url)
      .configurations.list()
      .toArray()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]!.pointer).toBe("/meta/nextToken");
    expect(server.requests).toHaveLength(2);
  });

  it("refuses a cycle of tokens (A, B, A, ...) at the first repeat, as a failed read", async () => {
    let pages = 0;
    server.otherwise(() => ({
      status: 200,
      json: { items: [configuration], meta: { key: "items", pageSize: 1, nextToken: ++pages % 2 ? "A" : "B" } },
    }));
    const seen: string[] = [];
    const error = (await (async () => {
      for await (const page of testClient(server.url).configurations.list().pages()) seen.push(page.nextToken!);
    })().catch((caught: unknown) => caught)) as PaginationCycleError;
    expect(error).toBeInstanceOf(PaginationCycleError);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.pages).toBe(3);
    expect(error.issues[0]).toMatchObject({ pointer: "/meta/nextToken", keyword: "progress" });
    expect(error.message).toContain("This was a read: nothing was changed");
    expect(error.message).not.toContain("may have been applied");
    expect(seen).toEqual(["A", "B"]);
    expect(server.requests.map((request) => request.query.get("pageToken"))).toEqual([null, "A", "B"]);
  });

  it("refuses a token that leads back to the page it started from", async () => {
    server.otherwise({ status: 200, json: { items: [configuration], meta: { key: "items", pageSize: 1, nextToken: "start" } } });
    const error = await testClient(server.url)
      .configurations.list({ pageToken: "start" })
      .toArray()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PaginationCycleError);
    expect(server.requests).toHaveLength(1);
  });
});
