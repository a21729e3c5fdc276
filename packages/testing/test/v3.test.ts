import { examples } from "@convintel/fetch/spec";
import { describe, expect, it } from "vitest";
import { createFakeIntelligence } from "../src/index.js";

function setup() {
  const fake = createFakeIntelligence({ seed: 3 });
  const authorization = `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`;
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fake.fetch(`https://fake.test${path}`, {
      method,
      headers: { authorization, "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { fake, call };
}

describe("operators in the fake", () => {
  it("take If-Match as a number, an entity tag, a weak tag or *, and refuse a stale one with 412", async () => {
    const { call } = setup();
    const created = await call("POST", "/v3/ControlPlane/Operators", examples.OperatorRequest);
    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe("1");
    const { id } = (await created.json()) as { id: string };
    for (const [ifMatch, status] of [
      ['"1"', 200],
      ['W/"2"', 200],
      ["*", 200],
      ["1", 412],
      ["4, 3", 200],
    ] as const) {
      const response = await call("PUT", `/v3/ControlPlane/Operators/${id}`, examples.OperatorRequest, { "if-match": ifMatch });
      expect([ifMatch, response.status]).toEqual([ifMatch, status]);
    }
    const stale = await call("PUT", `/v3/ControlPlane/Operators/${id}`, examples.OperatorRequest, { "if-match": "1" });
    expect(await stale.json()).toMatchObject({ httpStatusCode: 412, code: examples.PreconditionFailedError.code });
  });

  it("keep every version, the earlier ones deprecated with a retirement date", async () => {
    const { fake, call } = setup();
    const { id } = (await (await call("POST", "/v3/ControlPlane/Operators", examples.OperatorRequest)).json()) as { id: string };
    await call("PUT", `/v3/ControlPlane/Operators/${id}`, examples.OperatorRequest);
    const history = fake.operatorVersions(id)!;
    expect(history.map((version) => version.definition.status)).toEqual(["DEPRECATED", "ACTIVE"]);
    expect(history[0]!.retirementDate).toBeDefined();
    const page = (await (await call("GET", `/v3/ControlPlane/Operators/${id}/Versions?pageSize=1`)).json()) as {
      items: { version: number }[];
      meta: { nextToken?: string };
    };
    expect(page.items.map((item) => item.version)).toEqual([2]);
    const next = (await (await call("GET", `/v3/ControlPlane/Operators/${id}/Versions?pageToken=${page.meta.nextToken}`)).json()) as {
      items: { version: number }[];
    };
    expect(next.items.map((item) => item.version)).toEqual([1]);
    expect((await call("GET", `/v3/ControlPlane/Operators/${id}/Versions/1`)).status).toBe(200);
    expect((await call("GET", `/v3/ControlPlane/Operators/${id}/Versions/x`)).status).toBe(400);
  });
});

describe("operator versions, paged", () => {
  it("list each version once when a version is added between two pages", async () => {
    const { call } = setup();
    const { id } = (await (await call("POST", "/v3/ControlPlane/Operators", examples.OperatorRequest)).json()) as { id: string };
    for (let update = 0; update < 3; update++) await call("PUT", `/v3/ControlPlane/Operators/${id}`, examples.OperatorRequest);
    type VersionPage = { items: { version: number }[]; meta: { nextToken?: string } };
    const listed: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const query = token === undefined ? "pageSize=2" : `pageSize=2&pageToken=${token}`;
      const page = (await (await call("GET", `/v3/ControlPlane/Operators/${id}/Versions?${query}`)).json()) as VersionPage;
      listed.push(...page.items.map((item) => item.version));
      token = page.meta.nextToken;
      // A new version lands after the first page.
      if (++pages === 1) await call("PUT", `/v3/ControlPlane/Operators/${id}`, examples.OperatorRequest);
    } while (token !== undefined);
    expect(listed).toEqual([4, 3, 2, 1]);
  });
});

describe("seeds", () => {
  it("are checked against the spec", () => {
    const { fake } = setup();
    expect(() => fake.seed.conversation({ ...examples.Conversation, status: "OPEN" } as never)).toThrow(/status must be one of/);
    expect(() => fake.seed.operatorResult({ ...examples.TextOperatorResult, outputFormat: "AUDIO" } as never)).toThrow(/outputFormat/);
    expect(() => fake.seed.operator({ ...examples.CreatedOperator, id: "x" } as never)).toThrow(
      /seed: the operator breaks the spec: \/id must match the pattern/,
    );
    expect(() =>
      fake.seed.operator({
        ...examples.CreatedOperator,
        versions: [{ version: 1, status: "GONE", dateCreated: "2026-01-01T00:00:00Z" }],
      } as never),
    ).toThrow(/versions breaks the spec/);
  });

  it("check each version's definition as a fetched version shows it, and serve it", async () => {
    const { fake, call } = setup();
    const versions = [
      { version: 1, status: "DEPRECATED", dateCreated: "2026-01-01T00:00:00Z", definition: { displayName: "" } },
      { version: 2, status: "ACTIVE", dateCreated: "2026-02-01T00:00:00Z" },
    ];
    expect(() => fake.seed.operator({ ...examples.CreatedOperator, versions } as never)).toThrow(
      "seed: the operator's version 1 breaks the spec: /displayName must have at least 1 character",
    );
    versions[0]!.definition = { displayName: "first words" };
    fake.seed.operator({ ...examples.CreatedOperator, versions } as never);
    const first = (await (await call("GET", `/v3/ControlPlane/Operators/${examples.CreatedOperator.id}/Versions/1`)).json()) as {
      displayName: string;
      status: string;
    };
    expect(first).toMatchObject({ displayName: "first words", status: "DEPRECATED" });
  });

  it("take a conversation's memoryStore as true or false, and no other option", () => {
    const conversation = { ...examples.Conversation, operatorResultIds: [] };
    expect(() => createFakeIntelligence({ data: { conversations: [{ conversation, memoryStore: "no" } as never] } })).toThrow(
      "seed data: conversations[0]: memoryStore must be true or false",
    );
    expect(() => createFakeIntelligence({ data: { conversations: [{ conversation, memorystore: false } as never] } })).toThrow(
      "seed data: conversations[0]: memorystore is not an option of a seeded conversation (memoryStore)",
    );
    expect(() => createFakeIntelligence({ data: { conversations: [{ conversation, memoryStore: false }] } })).not.toThrow();
  });

  it("conversations filter by the operators that ran on them", async () => {
    const { fake, call } = setup();
    fake.seed.conversation({ ...examples.Conversation, operatorResultIds: [] });
    fake.seed.operatorResult(examples.TextOperatorResult);
    const by = async (operatorId: string) =>
      ((await (await call("GET", `/v3/Conversations?operatorIds=${operatorId}`)).json()) as { items: unknown[] }).items.length;
    expect(await by(examples.TextOperatorResult.operator.id)).toBe(1);
    expect(await by(`intelligence_operator_${"0".repeat(26)}`)).toBe(0);
  });
});

describe("faults", () => {
  it("apply to every operation, such as UpdateOperator", async () => {
    const { fake, call } = setup();
    const { id } = (await (await call("POST", "/v3/ControlPlane/Operators", examples.OperatorRequest)).json()) as { id: string };
    fake.faults.add({ operationId: "UpdateOperator", times: 1, fault: { kind: "serverError", status: 503 } });
    expect((await call("PUT", `/v3/ControlPlane/Operators/${id}`, examples.OperatorRequest)).status).toBe(503);
    expect((await call("PUT", `/v3/ControlPlane/Operators/${id}`, examples.OperatorRequest)).status).toBe(200);
  });
});
