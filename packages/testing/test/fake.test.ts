import { operations, validate, validators, type CompiledValidator } from "@convintel/fetch";
import { examples, schemas } from "@convintel/fetch/spec";
import type { CreateConfigurationRequest, IntelligenceConfiguration, PaginatedConfigurationResponse } from "@convintel/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFakeIntelligence, FakeResponseError } from "../src/index.js";
import { fixtures } from "./fixtures.js";
import { steppingClock, transports, type Harness } from "./transports.js";

const configurationId = new RegExp(schemas.IntelligenceConfigurationTtid.pattern);
const ruleId = new RegExp(schemas.IntelligenceConfigurationRuleTtid.pattern);
const collection = operations.ListConfigurations.path;
const instance = (id: string) => operations.FetchConfiguration.path.replace("{id}", id);

function expectValid(validator: CompiledValidator | undefined, value: unknown): void {
  const result = validate(validator!, value);
  expect(result.ok ? [] : result.issues).toEqual([]);
}

describe.each(transports)("the fake over the $name", (transport) => {
  let h: Harness;
  beforeEach(async () => {
    h = await transport.start({ now: steppingClock() });
  });
  afterEach(async () => {
    await h.close();
  });

  async function raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return h.fetch(`${h.baseUrl}${path}`, {
      method,
      headers: { Authorization: h.authorization, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  async function create(body: CreateConfigurationRequest = fixtures.createRequest()): Promise<IntelligenceConfiguration> {
    const { data, response } = await h.api.POST("/v3/ControlPlane/Configurations", { body });
    expect(response.status).toBe(201);
    return data!;
  }

  async function expectError(response: Response, status: number, code: number): Promise<Record<string, unknown>> {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as Record<string, unknown>;
    expectValid(validators.validateError, body);
    expect(body).toMatchObject({ code, httpStatusCode: status, userError: status < 500 });
    expect((body.params as Record<string, string>).twilioErrorCodeUrl).toBe(`https://www.twilio.com/docs/errors/${code}`);
    return body;
  }

  describe("CreateConfiguration", () => {
    it("stores the spec's example and answers 201 with server-assigned ids, version 1 and dates", async () => {
      const { data, response } = await h.api.POST("/v3/ControlPlane/Configurations", { body: fixtures.createRequest() });
      expect(response.status).toBe(201);
      expect(response.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
      expectValid(operations.CreateConfiguration.responses["201"].validate, data);
      expect(data!.id).toMatch(configurationId);
      expect(data!.rules[0]!.id).toMatch(ruleId);
      expect(data).toMatchObject({
        accountId: h.fake.credentials.accountSid,
        version: 1,
        dateCreated: "2026-01-12T08:18:17Z",
        dateUpdated: "2026-01-12T08:18:17Z",
      });
      // Everything but the assigned fields is what was sent; the example's shape is the documented answer.
      const { id: _id, accountId: _account, dateCreated: _created, dateUpdated: _updated, ...rest } = examples.CreatedConfiguration;
      expect({ ...data!, rules: data!.rules.map(({ id: _rule, ...rule }) => rule) }).toMatchObject({
        ...rest,
        rules: rest.rules.map(({ id: _rule, ...rule }) => rule),
      });
      expect(h.fake.configurations).toEqual([data]);
    });

    it("accepts an empty rules list and stores a description", async () => {
      const data = await create({ displayName: "no rules yet", description: "later", rules: [] });
      expect(data).toMatchObject({ displayName: "no rules yet", description: "later", rules: [] });
    });

    it("stores a rule sent without triggers with an empty triggers list, as responses require one", async () => {
      const { triggers: _triggers, ...rule } = fixtures.createRequest().rules[0]!;
      const data = await create({ displayName: "no trigger", rules: [rule] });
      expect(data.rules[0]!.triggers).toEqual([]);
    });

    it("assigns unique ids and the same ids for the same seed", async () => {
      const ids = new Set<string>();
      for (let index = 0; index < 20; index++) ids.add((await create()).id);
      expect(ids.size).toBe(20);
      const twin = createFakeIntelligence();
      const response = await twin.fetch(`https://intelligence.twilio.com${collection}`, {
        method: "POST",
        headers: { Authorization: `Basic ${btoa(`${twin.auth.username}:${twin.auth.password}`)}`, "Content-Type": "application/json" },
        body: JSON.stringify(examples.CreateConfigurationRequest),
      });
      const first = [...ids][0];
      expect(((await response.json()) as IntelligenceConfiguration).id).toBe(first);
    });
  });

  describe("FetchConfiguration", () => {
    it("returns the stored configuration", async () => {
      const created = await create();
      const { data, response } = await h.api.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id: created.id } } });
      expect(response.status).toBe(200);
      expect(data).toEqual(created);
    });

    it("answers 404 with the spec's not-found body for an unknown id", async () => {
      const body = await expectError(await raw("GET", instance(examples.UpdatedConfiguration.id)), 404, 20404);
      expect(body.message).toBe(examples.NotFoundError.message);
    });

    it("answers 400 naming the path parameter when the id breaks its pattern", async () => {
      const body = await expectError(await raw("GET", instance("not-a-configuration")), 400, 20001);
      expect(body.params).toMatchObject({ pointer: "/id", rule: `pattern ${schemas.IntelligenceConfigurationTtid.pattern}`, in: "path" });
    });
  });

  describe("UpdateConfiguration", () => {
    beforeEach(() => h.fake.seed([fixtures.updatedConfiguration()]));

    it("runs the spec's example request verbatim against the documented configuration", async () => {
      const { data, response } = await h.api.PUT("/v3/ControlPlane/Configurations/{id}", {
        params: { path: { id: examples.UpdatedConfiguration.id } },
        body: fixtures.updateRequest(),
      });
      expect(response.status).toBe(200);
      expectValid(operations.UpdateConfiguration.responses["200"].validate, data);
      expect(data).toEqual({ ...examples.UpdatedConfiguration, version: 2, dateUpdated: "2026-01-12T08:18:17Z" });
    });

    it("adds one to version on every update and keeps dateCreated", async () => {
      let latest: IntelligenceConfiguration | undefined;
      for (let update = 0; update < 3; update++) {
        const response = await raw("PUT", instance(examples.UpdatedConfiguration.id), examples.UpdateConfigurationRequest);
        expect(response.status).toBe(200);
        latest = (await response.json()) as IntelligenceConfiguration;
      }
      expect(latest).toMatchObject({
        version: 4,
        dateCreated: examples.UpdatedConfiguration.dateCreated,
        dateUpdated: "2026-01-12T08:18:19Z",
      });
    });

    it("keeps a rule sent with its id, creates a rule sent without one and drops rules left out", async () => {
      const created = await create({
        displayName: "three rules",
        rules: [0, 1, 2].map(() => fixtures.createRequest().rules[0]!),
      });
      const [, second] = created.rules;
      const { id: _id, ...fresh } = fixtures.updateRequest().rules[0]!;
      const body = { displayName: "two rules", rules: [{ ...second!, triggers: [{ on: "CONVERSATION_INACTIVE" }] }, fresh] };
      const response = await raw("PUT", instance(created.id), body);
      expect(response.status).toBe(200);
      const updated = (await response.json()) as IntelligenceConfiguration;
      expect(updated.rules).toHaveLength(2);
      expect(updated.rules[0]).toEqual({ ...second, triggers: [{ on: "CONVERSATION_INACTIVE" }] });
      expect(updated.rules[1]!.id).toMatch(ruleId);
      expect(created.rules.map((rule) => rule.id)).not.toContain(updated.rules[1]!.id);
      expect(updated).not.toHaveProperty("description");
    });

    it("rejects a rule id the configuration does not have, with 400 naming the field", async () => {
      const other = await create();
      const body = fixtures.updateRequest();
      body.rules[0]!.id = other.rules[0]!.id;
      const error = await expectError(await raw("PUT", instance(examples.UpdatedConfiguration.id), body), 400, 20001);
      expect(error.params).toMatchObject({ pointer: "/rules/0/id" });
      expect(String(error.message)).toContain("/rules/0/id");
    });

    it("rejects the same rule id twice", async () => {
      const body = fixtures.updateRequest();
      body.rules = [body.rules[0]!, fixtures.updateRequest().rules[0]!];
      const error = await expectError(await raw("PUT", instance(examples.UpdatedConfiguration.id), body), 400, 20001);
      expect(error.params).toMatchObject({ pointer: "/rules/1/id" });
    });

    it("answers 404 for an unknown configuration", async () => {
      await expectError(await raw("PUT", instance(examples.CreatedConfiguration.id), examples.UpdateConfigurationRequest), 404, 20404);
    });
  });

  describe("DeleteConfiguration", () => {
    it("answers 204 with no body, after which the configuration is gone", async () => {
      const created = await create();
      const response = await raw("DELETE", instance(created.id));
      expect(response.status).toBe(204);
      expect(await response.text()).toBe("");
      expect(response.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
      await expectError(await raw("GET", instance(created.id)), 404, 20404);
      await expectError(await raw("DELETE", instance(created.id)), 404, 20404);
      expect(h.fake.configurations).toEqual([]);
    });
  });

  describe("ListConfigurations", () => {
    async function page(query: string): Promise<PaginatedConfigurationResponse> {
      const response = await raw("GET", `${collection}${query}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as PaginatedConfigurationResponse;
      expectValid(operations.ListConfigurations.responses["200"].validate, body);
      expect(body.meta).toMatchObject({ key: "items", pageSize: body.items.length });
      return body;
    }

    it("pages with opaque tokens; the last page has no nextToken; previousToken goes back", async () => {
      const created: string[] = [];
      for (let index = 0; index < 7; index++) created.push((await create({ displayName: `c${index}`, rules: [] })).id);
      const first = await page("?pageSize=3");
      expect(first.meta.previousToken).toBeUndefined();
      const second = await page(`?pageSize=3&pageToken=${encodeURIComponent(first.meta.nextToken!)}`);
      const third = await page(`?pageSize=3&pageToken=${encodeURIComponent(second.meta.nextToken!)}`);
      expect(third.meta.nextToken).toBeUndefined();
      expect([...first.items, ...second.items, ...third.items].map((item) => item.id)).toEqual(created);
      expect(third.items).toHaveLength(1);
      const back = await page(`?pageSize=3&pageToken=${encodeURIComponent(third.meta.previousToken!)}`);
      expect(back.items.map((item) => item.id)).toEqual(second.items.map((item) => item.id));
    });

    it("keeps pages stable while configurations are deleted", async () => {
      const ids: string[] = [];
      for (let index = 0; index < 4; index++) ids.push((await create({ displayName: `c${index}`, rules: [] })).id);
      const first = await page("?pageSize=2");
      await raw("DELETE", instance(ids[2]!));
      const second = await page(`?pageSize=2&pageToken=${encodeURIComponent(first.meta.nextToken!)}`);
      expect(second.items.map((item) => item.id)).toEqual([ids[3]]);
      expect(second.meta.nextToken).toBeUndefined();
    });

    it("returns an empty first page with no tokens when there is nothing", async () => {
      expect(await page("")).toEqual({ items: [], meta: { key: "items", pageSize: 0 } });
    });

    it("uses the spec's default page size when pageSize is absent", async () => {
      h.fake.seed(
        Array.from({ length: 51 }, (_, index) => ({
          ...fixtures.updatedConfiguration(),
          id: `intelligence_configuration_0${String(index).padStart(25, "0")}`,
          rules: [],
        })),
      );
      const first = await page("");
      expect(first.items).toHaveLength(50);
      expect(first.meta.nextToken).toBeDefined();
    });

    it.each([
      ["?pageSize=0", "/pageSize", "minimum 1"],
      ["?pageSize=1001", "/pageSize", "maximum 1000"],
      ["?pageSize=ten", "/pageSize", "type integer"],
      ["?pageSize=2.5", "/pageSize", "type integer"],
      ["?page=2", "/page", "additionalProperties false"],
      ["?pageToken=not-a-token", "/pageToken", "token"],
    ])("answers 400 for %s, naming %s and the rule", async (query, pointer, rule) => {
      const body = await expectError(await raw("GET", `${collection}${query}`), 400, 20001);
      expect(body.params).toMatchObject({ pointer, rule, in: "query" });
      expect(String(body.message)).toContain(pointer);
    });
  });

  describe("authentication", () => {
    it.each([
      ["no credentials", undefined],
      ["a wrong token", `Basic ${btoa("ACnobody:wrong")}`],
      ["a non-basic scheme", "Bearer token"],
    ])("answers 401 with code 20003 for %s", async (_, authorization) => {
      const response = await h.fetch(`${h.baseUrl}${collection}`, { headers: authorization ? { Authorization: authorization } : {} });
      await expectError(response, 401, 20003);
      expect(response.headers.get("www-authenticate")).toMatch(/^Basic/);
      expect(response.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
    });

    it("accepts configured credentials and API keys", async () => {
      const fake = createFakeIntelligence({
        credentials: { accountSid: "AC11111111111111111111111111111111", authToken: "token" },
        apiKeys: [{ sid: "SK22222222222222222222222222222222", secret: "secret" }],
      });
      for (const [user, password] of [
        ["AC11111111111111111111111111111111", "token"],
        ["SK22222222222222222222222222222222", "secret"],
      ]) {
        const response = await fake.fetch(`https://intelligence.twilio.com${collection}`, {
          headers: { Authorization: `Basic ${btoa(`${user}:${password}`)}` },
        });
        expect(response.status).toBe(200);
      }
    });
  });

  describe("request validation", () => {
    const base = () => fixtures.createRequest() as Record<string, unknown> & { rules: Record<string, unknown>[] };

    it.each([
      ["an empty displayName", (body: ReturnType<typeof base>) => void (body.displayName = ""), "/displayName", "minLength 1"],
      [
        "a 129-character displayName",
        (body: ReturnType<typeof base>) => void (body.displayName = "x".repeat(129)),
        "/displayName",
        "maxLength 128",
      ],
      ["no rules", (body: ReturnType<typeof base>) => void delete (body as Record<string, unknown>).rules, "/rules", "required"],
      [
        "six rules",
        (body: ReturnType<typeof base>) => void (body.rules = Array.from({ length: 6 }, () => body.rules[0]!)),
        "/rules",
        "maxItems 5",
      ],
      [
        "a trigger count of 21",
        (body: ReturnType<typeof base>) => void (body.rules[0]!.triggers = [{ on: "COMMUNICATION", parameters: { count: 21 } }]),
        "/rules/0/triggers/0/parameters/count",
        "maximum 20",
      ],
      [
        "an unknown trigger",
        (body: ReturnType<typeof base>) => void (body.rules[0]!.triggers = [{ on: "SOMETIMES" }]),
        "/rules/0/triggers/0/on",
        "enum COMMUNICATION | CONVERSATION_END | CONVERSATION_INACTIVE",
      ],
      [
        "a relative webhook url",
        (body: ReturnType<typeof base>) => void ((body.rules[0]!.actions as Record<string, unknown>[])[0]!.url = "/hook"),
        "/rules/0/actions/0/url",
        "format uri",
      ],
    ])("rejects %s with 400 naming the field and the rule", async (_, breakIt, pointer, rule) => {
      const body = base();
      breakIt(body);
      const error = await expectError(await raw("POST", collection, body), 400, 20001);
      expect(error.params).toMatchObject({ pointer, rule, in: "body" });
      expect(String(error.message)).toContain(pointer);
      expect(h.fake.configurations).toEqual([]);
    });

    it("rejects a body that is not JSON", async () => {
      const error = await expectError(await raw("POST", collection, "{ nope"), 400, 20001);
      expect(String(error.message)).toContain("not valid JSON");
    });

    it("rejects a missing body", async () => {
      await expectError(await raw("POST", collection, undefined, { "Content-Type": "application/json" }), 400, 20001);
    });

    it("accepts a body as large as the spec allows: a 2 MB description", async () => {
      const description = "d".repeat(2_000_000);
      const response = await raw("POST", collection, { ...fixtures.createRequest(), description });
      expect(response.status).toBe(201);
      expect(((await response.json()) as IntelligenceConfiguration).description).toHaveLength(2_000_000);
    });

    it("answers 400, not 500, to a body nested 100,000 levels deep", async () => {
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      const body = `{"displayName":"deep","rules":[{"operators":[{"id":"op","parameters":{"a":${deep}}}],"actions":[]}]}`;
      const error = await expectError(await raw("POST", collection, body), 400, 20001);
      expect(error.params).toMatchObject({ pointer: "", rule: "depth 1000", in: "body" });
      expect(h.fake.configurations).toEqual([]);
    });

    it("answers 415 to a form-encoded body", async () => {
      const response = await h.fetch(`${h.baseUrl}${collection}`, {
        method: "POST",
        headers: { Authorization: h.authorization },
        body: new URLSearchParams({ displayName: "form" }),
      });
      await expectError(response, 415, 20422);
    });
  });

  describe("routing", () => {
    it("answers 404 to an unknown path and 405 with Allow to an unknown method", async () => {
      await expectError(await raw("GET", "/v3/ControlPlane/Nothing"), 404, 20404);
      const response = await raw("PATCH", instance(examples.UpdatedConfiguration.id), {});
      await expectError(response, 405, 20004);
      expect(response.headers.get("allow")).toBe("GET, PUT, DELETE");
    });
  });

  it("refuses to seed a configuration that breaks the spec", () => {
    expect(() => h.fake.seed([{ ...fixtures.updatedConfiguration(), version: "1" as never }])).toThrow(/\/version/);
    expect(() => h.fake.seed([{ ...fixtures.updatedConfiguration(), id: "nope" }])).toThrow(/pattern/);
  });

  it("reset() forgets configurations and counters", async () => {
    await create();
    expect(h.fake.requests).toBe(1);
    expect(h.fake.requestsFor("CreateConfiguration")).toBe(1);
    h.fake.reset();
    expect(h.fake.configurations).toEqual([]);
    expect(h.fake.requests).toBe(0);
  });
});

describe("a request body over the listener's limit", () => {
  const fake = createFakeIntelligence();
  let url = "";
  beforeEach(async () => {
    url = (await fake.listen({ maxBodyBytes: 1000 })).url;
  });
  afterEach(() => fake.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${collection}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body });
  const authorization = `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`;
  const large = JSON.stringify({ ...examples.CreateConfigurationRequest, description: "x".repeat(2000) });

  it("gets 413 with the API's error body and a Twilio-Request-Id", async () => {
    const response = await post(large, { Authorization: authorization });
    expect(response.status).toBe(413);
    expect(response.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
    const body = (await response.json()) as Record<string, unknown>;
    expectValid(validators.validateError, body);
    expect(body).toMatchObject({ httpStatusCode: 413, userError: true, params: { limit: "1000" } });
    expect(fake.configurations).toEqual([]);
  });

  it("checks the credentials first: without them, 401", async () => {
    const response = await post(large);
    expect(response.status).toBe(401);
    expect(response.headers.get("twilio-request-id")).toMatch(/^RQ/);
  });

  it("is counted on what arrives when no length is declared", async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(large));
        controller.close();
      },
    });
    const response = await fetch(`${url}${collection}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: authorization },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expectValid(validators.validateError, await response.json());
  });
});

describe("an outgoing response that breaks the spec", () => {
  // Year 10000 formats as +010000-..., which is no RFC 3339 date-time: the fake must refuse to send it.
  const brokenClock = () => new Date("+010000-01-01T00:00:00Z");

  it("rejects the in-process call with FakeResponseError", async () => {
    const fake = createFakeIntelligence({ now: brokenClock });
    const call = fake.fetch(`https://intelligence.twilio.com${collection}`, {
      method: "POST",
      headers: { Authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`, "Content-Type": "application/json" },
      body: JSON.stringify(examples.CreateConfigurationRequest),
    });
    await expect(call).rejects.toBeInstanceOf(FakeResponseError);
    await expect(call).rejects.toThrow(/\/dateCreated/);
  });

  it("answers 500 over HTTP and says why", async () => {
    const fake = createFakeIntelligence({ now: brokenClock });
    const server = await fake.listen();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      const response = await fetch(`${server.url}${collection}`, {
        method: "POST",
        headers: { Authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`, "Content-Type": "application/json" },
        body: JSON.stringify(examples.CreateConfigurationRequest),
      });
      expect(response.status).toBe(500);
      expect(await response.text()).toMatch(/breaks the spec.*\/dateCreated/);
      expect(errors[0]).toBeInstanceOf(FakeResponseError);
    } finally {
      console.error = original;
      await fake.close();
    }
  });
});
