/**
 * Every operation beyond Configurations, over HTTP against the fake: operators and their versions
 * (ETag, If-Match, 412, modify), conversations (filters, the 31-day window), operator results (the
 * union by outputFormat) and rule executions (202, 404, 422).
 */
import { examples } from "@convintel/testing";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  Configurations,
  IntelligenceCore,
  NotFoundError,
  PreconditionFailedError,
  RequestValidationError,
  UnprocessableEntityError,
  type Conversation,
  type OperatorResultsResponseV1,
  type OperatorRequest,
} from "../src/index.js";
import { API_KEY, API_SECRET, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer();

const operatorBody = (): OperatorRequest => structuredClone(examples.OperatorRequest) as OperatorRequest;
const conversation = (overrides: Partial<Conversation> = {}): Conversation => ({
  ...(structuredClone(examples.Conversation) as Conversation),
  ...overrides,
});
const textResult = (): OperatorResultsResponseV1 => structuredClone(examples.TextOperatorResult) as OperatorResultsResponseV1;
const ids = (n: number, prefix: string) => `${prefix}${String(n).padStart(26, "0")}`;

describe("operators", () => {
  it("create, fetch, list, update and delete, with the ETag of each version", async () => {
    const client = testClient(server.url);
    const created = await client.operators.create(operatorBody()).withResponse();
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ displayName: "customer-sentiment", version: 1, author: "SELF" });
    expect(created.etag).toBe("1");
    const id = created.data.id!;

    const fetched = await client.operators.fetch(id).withResponse();
    expect(fetched.data).toEqual(created.data);
    expect(fetched.etag).toBe("1");

    const updated = await client.operators.update(id, { ...fetched.data, description: "v2" }, { ifMatch: fetched.etag }).withResponse();
    expect(updated.data).toMatchObject({ version: 2, description: "v2" });
    expect(updated.etag).toBe("2");
    // The fetched operator was sent back as it is: its read-only fields (id, version, author) stayed home.
    const sent = JSON.parse(server.requests.at(-1)!.body) as Record<string, unknown>;
    expect(sent).not.toHaveProperty("id");
    expect(sent).not.toHaveProperty("version");
    expect(sent).not.toHaveProperty("author");
    expect(server.requests.at(-1)!.headers["if-match"]).toBe("1");

    const page = await client.operators.list();
    expect(page.items.map((operator) => operator.id)).toEqual([id]);

    await client.operators.delete(id);
    await expect(client.operators.fetch(id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuse a stale If-Match with a PreconditionFailedError, and send no If-Match unless asked", async () => {
    const client = testClient(server.url);
    const { id } = await client.operators.create(operatorBody());
    await client.operators.update(id!, operatorBody());
    expect(server.requests.at(-1)!.headers).not.toHaveProperty("if-match");
    const error = await client.operators.update(id!, operatorBody(), { ifMatch: "1" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect(error).toMatchObject({ status: 412 });
    expect(server.fake.operators[0]!.version).toBe(2);
  });

  it("modify() is a compare-and-swap: on 412 it reads again and re-applies the change", async () => {
    const client = testClient(server.url);
    const { id } = await client.operators.create(operatorBody());
    let calls = 0;
    const result = await client.operators.modify(id!, async (current) => {
      calls++;
      // Someone else writes between the first read and its write.
      if (calls === 1) await testClient(server.url).operators.update(id!, { ...operatorBody(), description: "theirs" });
      return { ...current, displayName: `${current.displayName}-mine` };
    });
    expect(calls).toBe(2);
    expect(result).toMatchObject({ version: 3, description: "theirs", displayName: "customer-sentiment-mine" });
    const ifMatches = server.requests.filter((request) => request.method === "PUT").map((request) => request.headers["if-match"]);
    // Theirs (unconditional), ours refused on the stale "1", ours again on "2".
    expect(ifMatches).toEqual([undefined, "1", "2"]);
  });

  it("modify() gives up after maxAttempts with the last PreconditionFailedError", async () => {
    const client = testClient(server.url);
    const { id } = await client.operators.create(operatorBody());
    const other = testClient(server.url);
    const attempt = client.operators.modify(
      id!,
      async (current) => {
        await other.operators.update(id!, operatorBody());
        return current;
      },
      { maxAttempts: 2 },
    );
    await expect(attempt).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(client.operators.modify(id!, (current) => current, { maxAttempts: 0 })).rejects.toBeInstanceOf(RequestValidationError);
  });

  it("update() with ifMatch: an attempt applied whose answer was lost is the call's success, not a 412", async () => {
    const client = testClient(server.url);
    const { id } = await client.operators.create(operatorBody());
    let puts = 0;
    server.otherwise((request) => (request.method === "PUT" && ++puts === 1 ? { destroy: true, afterCommit: true } : undefined));
    const updated = await client.operators.update(id!, { ...operatorBody(), description: "ours" }, { ifMatch: "1" }).withResponse();
    expect(updated.data).toMatchObject({ version: 2, description: "ours" });
    expect(server.fake.operators[0]).toMatchObject({ version: 2, description: "ours" });
    // Sent twice with If-Match 1 (the second refused), then read to see whose write it was.
    expect(server.requests.filter((request) => request.method === "PUT").map((request) => request.headers["if-match"])).toEqual(["1", "1"]);
  });

  it("update() with ifMatch still refuses with 412 when the write in between was someone else's", async () => {
    const client = testClient(server.url);
    const created = await client.operators.create(operatorBody());
    let puts = 0;
    server.otherwise((request) => {
      if (request.method !== "PUT") return undefined;
      puts++;
      // Our first attempt is lost before it is applied, and someone else writes before the retry.
      if (puts === 1) {
        server.fake.seed.operator({ ...created, description: "theirs", version: 2 });
        return { destroy: true };
      }
      return undefined;
    });
    const error = await client.operators
      .update(created.id!, { ...operatorBody(), description: "ours" }, { ifMatch: "1" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect(server.fake.operators[0]).toMatchObject({ description: "theirs" });
  });

  it("modify() applies a change once when its write landed, its answer was lost, and someone else wrote before the retry", async () => {
    const client = testClient(server.url);
    const created = await client.operators.create(operatorBody());
    let puts = 0;
    server.otherwise((request) => {
      if (request.method !== "PUT") return undefined;
      puts++;
      if (puts === 1) return { destroy: true, afterCommit: true };
      // Before our retry arrives, someone else writes over our version 2.
      if (puts === 2) {
        const ours = server.fake.operators[0]!;
        server.fake.seed.operator({
          ...ours,
          description: "theirs",
          version: 3,
          versions: [
            { version: 1, status: "DEPRECATED", dateCreated: "2026-01-01T00:00:00Z", definition: created },
            { version: 2, status: "DEPRECATED", dateCreated: "2026-01-01T00:00:00Z", definition: ours },
            { version: 3, status: "ACTIVE", dateCreated: "2026-01-01T00:00:00Z", definition: { ...ours, description: "theirs" } },
          ],
        });
      }
      return undefined;
    });
    let calls = 0;
    const result = await client.operators.modify(created.id!, (current) => {
      calls++;
      return { ...current, displayName: `${current.displayName}-mine` };
    });
    expect(calls).toBe(1);
    expect(result).toMatchObject({ version: 3, displayName: "customer-sentiment-mine", description: "theirs" });
  });

  it("modify() from 30 writers, a fifth of whose answers are lost after the write, applies each change exactly once", async () => {
    const { id } = await testClient(server.url).operators.create({ ...operatorBody(), description: "" });
    let puts = 0;
    server.otherwise((request) => (request.method === "PUT" && ++puts % 5 === 1 ? { destroy: true, afterCommit: true } : undefined));
    const writers = Array.from({ length: 30 }, (_, index) =>
      testClient(server.url).operators.modify(id!, (current) => ({ ...current, description: `${current.description ?? ""}|${index}` }), {
        maxAttempts: 40,
      }),
    );
    await Promise.all(writers);
    const stored = server.fake.operators[0]!;
    const markers = stored.description!.split("|").filter(Boolean);
    expect(markers.toSorted((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 30 }, (_, index) => String(index)));
    expect(stored.version).toBe(31);
    expect(puts).toBeGreaterThan(30);
  });

  it("list and fetch an operator's versions, an update deprecating the one before", async () => {
    const client = testClient(server.url);
    const { id } = await client.operators.create(operatorBody());
    await client.operators.update(id!, { ...operatorBody(), prompt: "Rate it from 1 to 10." });
    const versions = [];
    for await (const version of client.operators.versions.list(id!)) versions.push(version);
    expect(versions.map((version) => [version.version, version.status])).toEqual([
      [2, "ACTIVE"],
      [1, "DEPRECATED"],
    ]);
    expect(versions[1]!.retirementDate).toBeDefined();
    const first = await client.operators.versions.fetch(id!, 1);
    expect(first).toMatchObject({ version: 1, status: "DEPRECATED", prompt: operatorBody().prompt });
    await expect(client.operators.versions.fetch(id!, 9)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hide the prompt of Twilio's operators and refuse to update them", async () => {
    const twilioOperator = {
      ...structuredClone(examples.CreatedOperator),
      id: ids(1, "intelligence_operator_"),
      author: "TWILIO" as const,
    };
    server.fake.seed.operator({ ...twilioOperator, versions: [{ version: 1, status: "RETIRED", dateCreated: "2026-01-01T00:00:00Z" }] });
    const client = testClient(server.url);
    const fetched = await client.operators.fetch(twilioOperator.id);
    expect(fetched).not.toHaveProperty("prompt");
    await expect(client.operators.update(twilioOperator.id, operatorBody())).rejects.toMatchObject({ status: 400 });
    const [version] = (await client.operators.versions.list(twilioOperator.id)).items;
    expect(version).toMatchObject({ status: "RETIRED" });
  });

  it("check the body before anything is sent: an operator needs a prompt", async () => {
    const { prompt: _prompt, ...withoutPrompt } = operatorBody();
    const error = await testClient(server.url)
      .operators.create(withoutPrompt as OperatorRequest)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]).toMatchObject({ pointer: "/prompt", keyword: "required" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("conversations", () => {
  const seed = () => {
    server.fake.seed.conversation(conversation());
    server.fake.seed.conversation(
      conversation({
        id: ids(2, "conv_conversation_"),
        status: "ACTIVE",
        channels: ["SMS"],
        channelIds: ["SM1"],
        createdAt: "2026-03-20T10:00:00Z",
      }),
    );
  };

  it("fetch one with its communications, and list them without", async () => {
    seed();
    const client = testClient(server.url);
    const one = await client.conversations.fetch(examples.Conversation.id);
    expect(one.communications).toHaveLength(1);
    const all = [];
    for await (const item of client.conversations.list({ pageSize: 1 })) all.push(item);
    expect(all.map((item) => item.id)).toEqual([examples.Conversation.id, ids(2, "conv_conversation_")]);
    expect(all[0]).not.toHaveProperty("communications");
  });

  it("filter by status, channels (any of them) and time, the filters kept on every page", async () => {
    seed();
    const client = testClient(server.url);
    expect((await client.conversations.list({ status: "ACTIVE" })).items.map((item) => item.id)).toEqual([ids(2, "conv_conversation_")]);
    expect((await client.conversations.list({ channels: ["SMS", "EMAIL"] })).items).toHaveLength(1);
    const window = { createdAtAfter: "2026-03-01T00:00:00Z", createdAtBefore: "2026-03-10T00:00:00Z" };
    expect((await client.conversations.list(window)).items.map((item) => item.id)).toEqual([examples.Conversation.id]);
    const query = new URL(server.requests.at(-1)!.url, "http://x").searchParams;
    expect(query.get("createdAtAfter")).toBe(window.createdAtAfter);
  });

  it("refuse, before sending, a window of more than 31 days, and an unknown status", async () => {
    const client = testClient(server.url);
    const error = await client.conversations.list({ createdAtAfter: "2026-01-01T00:00:00Z", createdAtBefore: "2026-02-15T00:00:00Z" }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]).toMatchObject({
      in: "query",
      pointer: "/createdAtBefore",
      rule: "at most 31 days after createdAtAfter",
    });
    await expect(client.conversations.list({ status: "OPEN" as never })).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("the fake refuses the same window when a client does not check it", async () => {
    const client = testClient(server.url, { validateRequests: false });
    const error = await client.conversations.list({ createdAtAfter: "2026-01-01T00:00:00Z", createdAtBefore: "2026-02-15T00:00:00Z" }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ status: 400 });
  });
});

describe("operator results", () => {
  it("fetch, list by conversation and delete, typed by outputFormat", async () => {
    server.fake.seed.conversation(conversation({ operatorResultIds: [] }));
    server.fake.seed.operatorResult(textResult());
    server.fake.seed.operatorResult({
      ...textResult(),
      id: ids(2, "intelligence_operatorresult_"),
      outputFormat: "CLASSIFICATION",
      result: { label: "happy" },
    });
    const client = testClient(server.url);
    const result = await client.operatorResults.fetch(examples.TextOperatorResult.id);
    if (result.outputFormat === "TEXT") expectTypeOf(result.result.text).toEqualTypeOf<string>();
    expect(result).toMatchObject({ outputFormat: "TEXT", result: { text: expect.any(String) } });
    const listed = await client.operatorResults.list({ conversationId: examples.Conversation.id });
    expect(listed.items.map((item) => item.outputFormat)).toEqual(["TEXT", "CLASSIFICATION"]);
    expect((await client.conversations.fetch(examples.Conversation.id)).operatorResultIds).toHaveLength(2);
    await client.operatorResults.delete(examples.TextOperatorResult.id);
    expect((await client.operatorResults.list()).items).toHaveLength(1);
    expect((await client.conversations.fetch(examples.Conversation.id)).operatorResultIds).toEqual([
      ids(2, "intelligence_operatorresult_"),
    ]);
    await expect(client.operatorResults.fetch(examples.TextOperatorResult.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("filter by operator and configuration", async () => {
    server.fake.seed.operatorResult(textResult());
    const client = testClient(server.url);
    expect((await client.operatorResults.list({ operatorId: examples.TextOperatorResult.operator.id })).items).toHaveLength(1);
    expect((await client.operatorResults.list({ operatorId: ids(9, "intelligence_operator_") })).items).toHaveLength(0);
    expect(
      (await client.operatorResults.list({ intelligenceConfigurationId: examples.TextOperatorResult.intelligenceConfiguration.id })).items,
    ).toHaveLength(1);
  });
});

describe("rule executions", () => {
  it("accept a known rule on a known conversation with 202, and refuse the others as the provider states", async () => {
    const client = testClient(server.url);
    const configuration = await client.configurations.create(examples.CreateConfigurationRequest as never);
    server.fake.seed.conversation(conversation());
    const body = {
      intelligenceConfigurationId: configuration.id,
      ruleId: configuration.rules[0]!.id,
      conversationId: examples.Conversation.id,
    };
    const accepted = await client.ruleExecutions.create(body).withResponse();
    expect(accepted.status).toBe(202);
    expect(accepted.data).toBeUndefined();
    expect(server.fake.ruleExecutions).toMatchObject([body]);

    const unknownRule = await client.ruleExecutions
      .create({ ...body, ruleId: ids(7, "intelligence_configurationrule_") })
      .catch((e: unknown) => e);
    expect(unknownRule).toBeInstanceOf(NotFoundError);
    await expect(client.ruleExecutions.create({ ...body, conversationId: ids(7, "conv_conversation_") })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    server.fake.seed.conversation(conversation({ id: ids(8, "conv_conversation_") }), { memoryStore: false });
    const unprocessable = client.ruleExecutions.create({ ...body, conversationId: ids(8, "conv_conversation_") });
    await expect(unprocessable).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(unprocessable).rejects.toMatchObject({ status: 422 });
    expect(server.fake.ruleExecutions).toHaveLength(1);
  });
});

describe("rule executions with parameters for one run", () => {
  it("send the override, which the run lays over the rule's parameters, and refuse a malformed one before sending", async () => {
    const client = testClient(server.url);
    const configuration = await client.configurations.create(examples.CreateConfigurationRequest as never);
    server.fake.seed.conversation(conversation());
    const rule = configuration.rules[0]!;
    const operatorId = rule.operators[0]!.id;
    const body = {
      intelligenceConfigurationId: configuration.id,
      ruleId: rule.id,
      conversationId: examples.Conversation.id,
      rule: { operators: [{ id: operatorId, parameters: { forThisRun: "yes" } }] },
    };
    const sent = server.fake.ruleExecutions.length;
    await expect(client.ruleExecutions.create(body)).resolves.toBeUndefined();
    expect(server.fake.ruleExecutions.slice(sent)).toMatchObject([body]);
    // The stored rule is unchanged.
    expect((await client.configurations.fetch(configuration.id)).rules[0]).toEqual(rule);
    const missingParameters = { ...body, rule: { operators: [{ id: operatorId }] } };
    const refused = await client.ruleExecutions.create(missingParameters as never).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RequestValidationError);
    expect((refused as RequestValidationError).issues[0]).toMatchObject({ pointer: "/rule/operators/0/parameters" });
    expect(server.fake.ruleExecutions.length).toBe(sent + 1);
  });
});

describe("a core with only the resources a program uses", () => {
  it("sends through the core's settings", async () => {
    const core = new IntelligenceCore({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: server.url, env: {} });
    const configurations = new Configurations(core);
    expect((await configurations.list()).items).toEqual([]);
    expect(() => new Configurations({} as IntelligenceCore)).toThrow(TypeError);
  });
});

describe("the client's resources", () => {
  it("are one per resource of the spec, and show nothing of the settings", async () => {
    const { inspect } = await import("node:util");
    const client = testClient(server.url);
    const names = ["configurations", "conversations", "operatorResults", "operators", "ruleExecutions"] as const;
    expect(
      Object.keys(client)
        .filter((key) => !["authType", "baseUrl"].includes(key))
        .sort(),
    ).toEqual(names);
    for (const resource of names.map((name) => client[name])) {
      expect(JSON.stringify(resource)).not.toContain(API_SECRET);
      expect(inspect(resource, { showHidden: true })).not.toContain(API_SECRET);
    }
    expect(client.operators.versions).toBeDefined();
  });
});
