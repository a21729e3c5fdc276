import { beforeEach, describe, expect, it } from "vitest";
import {
  PaginationCycleError,
  PaginationStalledError,
  RequestValidationError,
  ResponseValidationError,
  type IntelligenceConfiguration,
} from "../src/index.js";
import { configuration, configurationWith, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer();
beforeEach(() => {
  // Seven configurations in the fake, listed in this order.
  server.fake.seed(Array.from({ length: 7 }, (_, index) => configurationWith(index)));
});

/** The pageSize and pageToken of every request from the `from`-th on. */
const queries = (from = 0) => server.requests.slice(from).map((request) => [request.query.get("pageSize"), request.query.get("pageToken")]);
/** The fake's own page tokens for a listing with this pageSize, and how many requests that took. */
async function tokensOf(pageSize: number): Promise<{ tokens: (string | undefined)[]; requests: number }> {
  const tokens: (string | undefined)[] = [];
  for await (const page of testClient(server.url).configurations.list({ pageSize }).pages()) tokens.push(page.nextToken);
  return { tokens, requests: server.requests.length };
}

const names = (items: IntelligenceConfiguration[]) => items.map((item) => item.displayName);
const all = ["config-0", "config-1", "config-2", "config-3", "config-4", "config-5", "config-6"];

describe("list()", () => {
  it("iterates every item across pages, following meta.nextToken", async () => {
    const seen: IntelligenceConfiguration[] = [];
    const {
      tokens: [first, second],
      requests,
    } = await tokensOf(3);
    for await (const item of testClient(server.url).configurations.list({ pageSize: 3 })) seen.push(item);
    expect(names(seen)).toEqual(all);
    expect(queries(requests)).toEqual([
      ["3", null],
      ["3", first],
      ["3", second],
    ]);
  });

  it("can be awaited for its first page, once however often it is awaited, and still iterated", async () => {
    const listing = testClient(server.url).configurations.list({ pageSize: 3 });
    const first = await listing;
    expect(names(first.items)).toEqual(all.slice(0, 3));
    expect(first.meta.pageSize).toBe(3);
    expect((await listing).items).toBe(first.items);
    expect(first.nextToken).toEqual(expect.any(String));
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
    expect(page.nextToken).toEqual(expect.any(String));
    expect(server.requests).toHaveLength(1);
  });

  it("awaited, rejects with the same errors as iteration", async () => {
    await expect(testClient(server.url).configurations.list({ limit: -1 })).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("ends on a last page whose nextToken is null", async () => {
    const page = (from: number, to: number, nextToken: string | null) => ({
      status: 200,
      json: {
        items: Array.from({ length: to - from }, (_, index) => configurationWith(from + index)),
        meta: { key: "items", pageSize: 4, nextToken },
      },
    });
    server.reply(page(0, 4, "next"), page(4, 7, null));
    expect(names(await testClient(server.url).configurations.list({ pageSize: 4 }).toArray())).toEqual(all);
    expect(server.requests).toHaveLength(2);
  });

  it("yields whole pages with pages(), each with its meta and response", async () => {
    const pages = [];
    for await (const page of testClient(server.url).configurations.list({ pageSize: 3 }).pages()) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
    expect(pages.map((page) => typeof page.nextToken)).toEqual(["string", "string", "undefined"]);
    expect(pages[1]!.meta).toMatchObject({ key: "items", pageSize: 3, nextToken: pages[1]!.nextToken });
    expect(pages[1]!.meta.previousToken).toEqual(expect.any(String));
    expect(pages[2]!.response.status).toBe(200);
    expect(pages[2]!.response.headers.get("twilio-request-id")).toMatch(/^RQ/);
  });

  it("stops after limit items and asks only for what is still wanted", async () => {
    const {
      tokens: [first],
      requests,
    } = await tokensOf(3);
    const items = await testClient(server.url).configurations.list({ pageSize: 3, limit: 5 }).toArray();
    expect(names(items)).toEqual(all.slice(0, 5));
    expect(queries(requests)).toEqual([
      ["3", null],
      ["2", first],
    ]);
  });

  it("sends nothing for limit: 0, and starts at pageToken when given", async () => {
    expect(await testClient(server.url).configurations.list({ limit: 0 }).toArray()).toEqual([]);
    expect(server.requests).toHaveLength(0);
    const {
      tokens: [afterFive],
    } = await tokensOf(5);
    expect(names(await testClient(server.url).configurations.list({ pageToken: afterFive!, pageSize: 10 }).toArray())).toEqual([
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
      { status: 200, json: { items: [configurationWith(6)], meta: { key: "items", pageSize: 1 } } },
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

  it("pages by hand with hasNextPage() and getNextPage(), under the listing's limit", async () => {
    let page = await testClient(server.url).configurations.list({ pageSize: 3 });
    const seen = [...page.items];
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      seen.push(...page.items);
    }
    expect(names(seen)).toEqual(all);
    await expect(page.getNextPage()).rejects.toThrow("check hasNextPage() before getNextPage()");
    // A page can be asked for its next page more than once, and with a limit the last page asks only for what is left.
    const first = await testClient(server.url).configurations.list({ pageSize: 3, limit: 4 });
    const from = server.requests.length;
    const [again, once] = await Promise.all([first.getNextPage(), first.getNextPage()]);
    expect(names(again.items)).toEqual(["config-3"]);
    expect(once.items).toEqual(again.items);
    expect(again.hasNextPage()).toBe(false);
    expect(queries(from).map(([pageSize]) => pageSize)).toEqual(["1", "1"]);
  });

  it("refuses a cycle of tokens when paging by hand too", async () => {
    let pages = 0;
    server.otherwise(() => ({
      status: 200,
      json: { items: [configuration], meta: { key: "items", pageSize: 1, nextToken: ++pages % 2 ? "A" : "B" } },
    }));
    const first = await testClient(server.url).configurations.list();
    const second = await first.getNextPage();
    await expect(second.getNextPage()).rejects.toBeInstanceOf(PaginationCycleError);
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

  it("ends a listing of empty pages with ever-new tokens, on every list, after maxEmptyPages", async () => {
    let page = 0;
    server.otherwise(() => ({ status: 200, json: { items: [], meta: { key: "items", pageSize: 50, nextToken: `token-${++page}` } } }));
    // Paging options are checked by the client; the tokens this server makes up are not the spec's.
    const client = testClient(server.url, { validateRequests: false, maxRetries: 0 });
    const lists = [
      () => client.configurations.list(),
      () => client.operators.list(),
      () => client.operators.versions.list("intelligence_operator_01kcgy1ew0e9x8re6jq542abcd"),
      () => client.conversations.list(),
      () => client.operatorResults.list(),
    ];
    for (const list of lists) {
      const before = server.requests.length;
      const error = (await list()
        .toArray()
        .catch((caught: unknown) => caught)) as PaginationStalledError;
      expect(error).toBeInstanceOf(PaginationStalledError);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error).toMatchObject({ pages: 21, emptyPages: 21 });
      expect(server.requests.length - before).toBe(21);
    }
    const before = server.requests.length;
    await expect(client.configurations.list({ maxEmptyPages: 2 }).toArray()).rejects.toMatchObject({ emptyPages: 3 });
    expect(server.requests.length - before).toBe(3);
    await expect(client.configurations.list({ maxEmptyPages: -1 }).toArray()).rejects.toBeInstanceOf(RequestValidationError);
    // The bound is on the option, never sent as a query parameter.
    expect(server.requests.at(-2)!.query.has("maxEmptyPages")).toBe(false);
  });

  it("counts empty pages in a row only: a listing with a few empty pages between full ones ends normally", async () => {
    let page = 0;
    server.otherwise(() => {
      page++;
      const items = page % 3 === 0 ? [configuration] : [];
      return { status: 200, json: { items, meta: { key: "items", pageSize: 1, ...(page < 12 ? { nextToken: `token-${page}` } : {}) } } };
    });
    const items = await testClient(server.url, { validateRequests: false }).configurations.list({ maxEmptyPages: 2 }).toArray();
    expect(items).toHaveLength(4);
  });

  it("collects a page of 200,000 items with toArray()", async () => {
    const items = Array.from({ length: 200_000 }, (_, index) => ({ i: index }));
    server.reply({ status: 200, json: { items, meta: { key: "items", pageSize: 200_000 } } });
    const all = await testClient(server.url, { validateResponses: false }).configurations.list().toArray();
    expect(all).toHaveLength(200_000);
    expect(all.at(-1)).toEqual({ i: 199_999 });
  });
});
