/**
 * The operator-aware check of a configuration, over HTTP against the fake: each kind of issue at its
 * pointer, nothing written when a write's check fails, DEPRECATED as a warning, and the cache (which
 * serves check() but never a write).
 */
import { examples } from "@convintel/testing";
import { beforeEach, describe, expect, it } from "vitest";
import {
  ClientOptionsError,
  Configurations,
  enableOperatorChecks,
  IntelligenceCore,
  operatorIssues,
  RequestValidationError,
  type CreateConfigurationRequest,
  type LanguageOperator,
} from "../src/index.js";
import { API_KEY, API_SECRET, captureLogger, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer();

const OPERATOR = "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b";
const UNKNOWN = "intelligence_operator_01kcgy1ew0e9x8re6jq542zzzz";
const KNOWLEDGE = "know_knowledgebase_01kcgy1ew0e9x8re6jq542zt8b:know_knowledge_01kcgy1ew0e9x8re6jq542zt8c";

/** An operator with one parameter of every type, in three versions: RETIRED, DEPRECATED, ACTIVE. */
function seedOperator(): void {
  const operator: LanguageOperator = {
    ...structuredClone(examples.CreatedOperator),
    id: OPERATOR,
    version: 3,
    parameters: {
      scale: { type: "INTEGER", required: true },
      label: { type: "STRING", required: false, default: "mood" },
      threshold: { type: "NUMBER" },
      strict: { type: "BOOLEAN" },
      policy: { type: "KNOWLEDGE_BASE_AND_SOURCE_IDS" },
    },
  };
  server.fake.seed.operator({
    ...operator,
    versions: [
      {
        version: 1,
        status: "RETIRED",
        dateCreated: "2026-01-01T00:00:00Z",
        dateDeprecated: "2026-02-01T00:00:00Z",
        dateRetired: "2026-05-01T00:00:00Z",
      },
      {
        version: 2,
        status: "DEPRECATED",
        dateCreated: "2026-02-01T00:00:00Z",
        dateDeprecated: "2026-06-01T00:00:00Z",
        retirementDate: "2027-03-01T00:00:00Z",
      },
      { version: 3, status: "ACTIVE", dateCreated: "2026-06-01T00:00:00Z" },
    ],
  });
}

const body = (...operators: Record<string, unknown>[]): CreateConfigurationRequest => ({
  displayName: "checked",
  rules: [
    {
      operators: operators as never,
      triggers: [{ on: "CONVERSATION_END" }],
      actions: [{ type: "WEBHOOK", method: "POST", url: "https://hooks.example.com/intelligence" }],
    },
  ],
});

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RequestValidationError);
  return (error as RequestValidationError).issues.map(({ pointer, keyword }) => [pointer, keyword]);
};

const writes = () => server.requests.filter((request) => request.method !== "GET");

describe("configurations.check()", () => {
  beforeEach(seedOperator);

  it("passes a rule whose parameters fit the operator's current version, every type included", async () => {
    const client = testClient(server.url);
    const result = await client.configurations.check(
      body({ id: OPERATOR, parameters: { scale: 5, label: "tone", threshold: 0.5, strict: true, policy: KNOWLEDGE } }),
    );
    expect(result).toEqual({ warnings: [] });
    // A required parameter with a default, or an optional one, may be left out.
    await expect(client.configurations.check(body({ id: OPERATOR, parameters: { scale: 3 } }))).resolves.toEqual({ warnings: [] });
  });

  it("reports a wrong type, a missing required parameter and an undeclared one, each at its pointer, in one error", async () => {
    const client = testClient(server.url);
    const issues = await issuesOf(
      client.configurations.check(
        body(
          { id: OPERATOR, parameters: { scale: "5", threshold: "high", strict: 1, policy: "know_knowledgebase_x" } },
          { id: OPERATOR, parameters: { scael: 5 } },
        ),
      ),
    );
    expect(issues).toEqual([
      ["/rules/0/operators/0/parameters/scale", "type"],
      ["/rules/0/operators/0/parameters/threshold", "type"],
      ["/rules/0/operators/0/parameters/strict", "type"],
      ["/rules/0/operators/0/parameters/policy", "type"],
      ["/rules/0/operators/1/parameters/scael", "additionalProperties"],
      ["/rules/0/operators/1/parameters/scale", "required"],
    ]);
    const error = (await client.configurations
      .check(body({ id: OPERATOR, parameters: { scael: 5 } }))
      .catch((caught) => caught)) as RequestValidationError;
    expect(error.issues[0]).toMatchObject({ params: { suggestion: "scale" } });
    expect(error.message).toContain("did you mean scale?");
    expect(error.issues.find((issue) => issue.keyword === "required")!.message).toBe(
      `/rules/0/operators/0/parameters/scale is required by operator ${OPERATOR} (INTEGER, no default)`,
    );
  });

  it("reports an unknown operator, an unknown version and a RETIRED one; DEPRECATED is a warning with its dates", async () => {
    const client = testClient(server.url);
    const issues = await issuesOf(
      client.configurations.check(
        body(
          { id: UNKNOWN },
          { id: OPERATOR, version: 9, parameters: { scale: 5 } },
          { id: OPERATOR, version: 1, parameters: { scale: 5 } },
        ),
      ),
    );
    expect(issues).toEqual([
      ["/rules/0/operators/0/id", "operator"],
      ["/rules/0/operators/1/version", "version"],
      ["/rules/0/operators/2/version", "version"],
    ]);
    const error = (await client.configurations
      .check(body({ id: OPERATOR, version: 1, parameters: { scale: 5 } }))
      .catch((caught) => caught)) as RequestValidationError;
    expect(error.issues[0]!.message).toContain("retired on 2026-05-01T00:00:00Z");

    const { warnings } = await client.configurations.check(body({ id: OPERATOR, version: 2, parameters: { scale: 5 } }));
    expect(warnings).toEqual([
      expect.objectContaining({
        pointer: "/rules/0/operators/0/version",
        operatorId: OPERATOR,
        version: 2,
        status: "DEPRECATED",
        dateDeprecated: "2026-06-01T00:00:00Z",
        retirementDate: "2027-03-01T00:00:00Z",
      }),
    ]);
    expect(warnings[0]!.message).toContain("to be retired on 2027-03-01T00:00:00Z");
  });

  it("checks the body against the spec first, and reads nothing when it breaks it", async () => {
    const client = testClient(server.url);
    const issues = await issuesOf(client.configurations.check({ displayName: "", rules: [] }));
    expect(issues).toEqual([["/displayName", "minLength"]]);
    expect(server.requests).toHaveLength(0);
  });

  it("checks a fetched configuration as it is (its server fields are not rules)", async () => {
    const client = testClient(server.url);
    const created = await client.configurations.create(body({ id: OPERATOR, parameters: { scale: 2 } }));
    await expect(client.configurations.check(created)).resolves.toEqual({ warnings: [] });
  });

  it("reads each operator once per check and serves the next checks from the cache for its TTL", async () => {
    const client = testClient(server.url);
    const twice = body({ id: OPERATOR, parameters: { scale: 1 } }, { id: OPERATOR, parameters: { scale: 2 } });
    await client.configurations.check(twice);
    expect(server.fake.requestsFor("FetchOperator")).toBe(1);
    await client.configurations.check(twice);
    expect(server.fake.requestsFor("FetchOperator")).toBe(1);
    await client.configurations.check(twice, { fresh: true });
    expect(server.fake.requestsFor("FetchOperator")).toBe(2);

    const uncached = testClient(server.url, { operatorCacheTtlMs: 0 });
    await uncached.configurations.check(twice);
    await uncached.configurations.check(twice);
    expect(server.fake.requestsFor("FetchOperator")).toBe(4);
  });

  it("takes the definitions it is given instead of reading them, for an operator about to be written", async () => {
    const client = testClient(server.url);
    const definition = {
      displayName: "Tone",
      prompt: "Rate the tone",
      outputFormat: "TEXT" as const,
      parameters: { level: { type: "INTEGER" as const, required: true } },
    };
    // UNKNOWN is no operator of the account: it is checked against the definition, and never read.
    await expect(
      client.configurations.check(body({ id: UNKNOWN, parameters: { level: 2 } }), { definitions: { [UNKNOWN]: definition } }),
    ).resolves.toEqual({ warnings: [] });
    expect(
      await issuesOf(
        client.configurations.check(body({ id: UNKNOWN, parameters: { level: "high" } }), { definitions: { [UNKNOWN]: definition } }),
      ),
    ).toEqual([["/rules/0/operators/0/parameters/level", "type"]]);
    // A definition replaces what the API has: OPERATOR's scale is no parameter of it.
    expect(
      await issuesOf(
        client.configurations.check(body({ id: OPERATOR, parameters: { scale: 1 } }), { definitions: { [OPERATOR]: definition } }),
      ),
    ).toEqual([
      ["/rules/0/operators/0/parameters/scale", "additionalProperties"],
      ["/rules/0/operators/0/parameters/level", "required"],
    ]);
    expect(server.fake.requestsFor("FetchOperator")).toBe(0);
    // A pinned version is read from the API, definition or not.
    expect(
      await issuesOf(
        client.configurations.check(body({ id: OPERATOR, version: 1, parameters: { scale: 1 } }), {
          definitions: { [OPERATOR]: definition },
        }),
      ),
    ).toEqual([["/rules/0/operators/0/version", "version"]]);
  });

  it("rejects with the error of a read that failed, and keeps no answer from it", async () => {
    const client = testClient(server.url, { maxRetries: 0 });
    server.fake.faults.once({ kind: "serverError", status: 500 });
    await expect(client.configurations.check(body({ id: OPERATOR, parameters: { scale: 1 } }))).rejects.toMatchObject({ status: 500 });
    await expect(client.configurations.check(body({ id: OPERATOR, parameters: { scale: 1 } }))).resolves.toEqual({ warnings: [] });
  });
});

describe("checkOperators on writes", () => {
  beforeEach(seedOperator);

  it("sends nothing when the check fails: create, update and modify", async () => {
    const client = testClient(server.url, { checkOperators: true });
    const wrong = body({ id: OPERATOR, parameters: { scale: "five" } });
    expect(await issuesOf(client.configurations.create(wrong))).toEqual([["/rules/0/operators/0/parameters/scale", "type"]]);
    expect(writes()).toHaveLength(0);

    const created = await client.configurations.create(body({ id: OPERATOR, parameters: { scale: 5 } }));
    expect(await issuesOf(client.configurations.update(created.id, wrong))).toEqual([["/rules/0/operators/0/parameters/scale", "type"]]);
    expect(
      await issuesOf(
        client.configurations.modify(created.id, (current) => ({
          ...current,
          rules: [{ ...current.rules[0]!, operators: [{ id: UNKNOWN }] }],
        })),
      ),
    ).toEqual([["/rules/0/operators/0/id", "operator"]]);
    expect(writes()).toHaveLength(1);
    expect(server.fake.configurations[0]!.version).toBe(1);
  });

  it("refuses each of the five before anything is written: type, missing, undeclared, RETIRED, unknown operator", async () => {
    const client = testClient(server.url, { checkOperators: true });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ id: OPERATOR, parameters: { scale: 2.5 } }, "/rules/0/operators/0/parameters/scale", "type"],
      [{ id: OPERATOR, parameters: {} }, "/rules/0/operators/0/parameters/scale", "required"],
      [{ id: OPERATOR, parameters: { scale: 1, colour: "red" } }, "/rules/0/operators/0/parameters/colour", "additionalProperties"],
      [{ id: OPERATOR, version: 1, parameters: { scale: 1 } }, "/rules/0/operators/0/version", "version"],
      [{ id: UNKNOWN }, "/rules/0/operators/0/id", "operator"],
    ];
    for (const [operator, pointer, keyword] of cases) {
      expect(await issuesOf(client.configurations.create(body(operator)))).toEqual([[pointer, keyword]]);
    }
    expect(writes()).toHaveLength(0);
    expect(server.fake.configurations).toHaveLength(0);
  });

  it("is off by default and can be turned on or off per call", async () => {
    const wrong = body({ id: OPERATOR, parameters: { scale: "five" } });
    const plain = testClient(server.url);
    await expect(plain.configurations.create(wrong)).resolves.toMatchObject({ version: 1 });
    expect(await issuesOf(plain.configurations.create(wrong, { checkOperators: true }))).toHaveLength(1);
    const checking = testClient(server.url, { checkOperators: true });
    await expect(checking.configurations.create(wrong, { checkOperators: false })).resolves.toMatchObject({ version: 1 });
    expect(server.fake.configurations).toHaveLength(2);
  });

  it("reads the operators afresh for every write, whatever the cache holds", async () => {
    const client = testClient(server.url, { checkOperators: true });
    const good = body({ id: OPERATOR, parameters: { scale: 5 } });
    await client.configurations.check(good);
    expect(server.fake.requestsFor("FetchOperator")).toBe(1);
    // The operator changes after the cached read: the write's own read sees it.
    await client.operators.update(OPERATOR, {
      ...structuredClone(examples.OperatorRequest),
      parameters: { scale: { type: "STRING" } },
    } as never);
    expect(await issuesOf(client.configurations.create(good))).toEqual([["/rules/0/operators/0/parameters/scale", "type"]]);
    expect(server.fake.requestsFor("FetchOperator")).toBe(2);
    expect(server.fake.configurations).toHaveLength(0);
  });

  it("checks the spec's rules before reading any operator", async () => {
    const client = testClient(server.url, { checkOperators: true });
    expect(await issuesOf(client.configurations.create({ displayName: "", rules: [] }))).toEqual([["/displayName", "minLength"]]);
    expect(server.requests).toHaveLength(0);
  });

  it("leaves the body's own rules to the client's settings: validateRequests false sends an unknown field", async () => {
    const client = testClient(server.url, { checkOperators: true, validateRequests: false });
    const withExtra = { ...body({ id: OPERATOR, parameters: { scale: 5 } }), labels: ["x"] } as CreateConfigurationRequest;
    const error = await client.configurations.create(withExtra).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(RequestValidationError);
    expect(writes()).toHaveLength(1);
    // The operators are still checked.
    expect(await issuesOf(client.configurations.create(body({ id: OPERATOR, parameters: { scale: "x" } })))).toEqual([
      ["/rules/0/operators/0/parameters/scale", "type"],
    ]);
  });

  it("logs the warning of a DEPRECATED version and writes", async () => {
    const { lines, logger } = captureLogger();
    const client = testClient(server.url, { checkOperators: true, logger, logLevel: "warn" });
    await expect(client.configurations.create(body({ id: OPERATOR, version: 2, parameters: { scale: 5 } }))).resolves.toMatchObject({
      version: 1,
    });
    expect(lines.filter((line) => line.startsWith("warn"))).toEqual([
      expect.stringContaining("DEPRECATED (deprecated on 2026-06-01T00:00:00Z"),
    ]);
  });

  it("on a bare IntelligenceCore, after enableOperatorChecks(core)", async () => {
    const core = new IntelligenceCore({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: server.url, env: {}, checkOperators: true });
    const configurations = new Configurations(core);
    const wrong = body({ id: OPERATOR, parameters: { scale: "five" } });
    await expect(configurations.create(wrong)).rejects.toBeInstanceOf(ClientOptionsError);
    await expect(configurations.check(wrong)).rejects.toBeInstanceOf(ClientOptionsError);
    expect(server.requests).toHaveLength(0);
    enableOperatorChecks(core);
    expect(await issuesOf(configurations.create(wrong))).toHaveLength(1);
    expect(writes()).toHaveLength(0);
  });

  it("refuses a checkOperators option that is not a boolean, for the client and for a call", async () => {
    expect(() => testClient(server.url, { checkOperators: "yes" as never })).toThrow(ClientOptionsError);
    expect(() => testClient(server.url, { operatorCacheTtlMs: -1 })).toThrow(ClientOptionsError);
    const client = testClient(server.url);
    const call = client.configurations.create(body({ id: OPERATOR, parameters: { scale: 1 } }), { checkOperators: "yes" as never });
    expect(await issuesOf(call)).toEqual([["/checkOperators", "option"]]);
    expect(server.requests).toHaveLength(0);
  });
});

describe("operatorIssues() (offline, from what a source knows)", () => {
  it("gives the same issues and warnings without a network, from a catalog", () => {
    const definition = {
      ...structuredClone(examples.OperatorVersion),
      id: OPERATOR,
      parameters: { scale: { type: "INTEGER" as const, required: true } },
    };
    const source = {
      operator: (id: string) => (id === OPERATOR ? { ...definition, status: undefined } : undefined),
      versions: (id: string) =>
        id === OPERATOR
          ? [
              { version: 2, status: "DEPRECATED" as const, dateCreated: "2026-01-01T00:00:00Z", retirementDate: "2027-01-01T00:00:00Z" },
              { version: 1, status: "RETIRED" as const, dateCreated: "2025-01-01T00:00:00Z" },
            ]
          : undefined,
      version: (id: string, version: number) => (id === OPERATOR ? { ...definition, version } : undefined),
    };
    const { issues, warnings } = operatorIssues(
      body({ id: OPERATOR, version: 2, parameters: { scale: "x" } }, { id: OPERATOR, version: 1 }, { id: UNKNOWN }),
      source,
    );
    expect(issues.map(({ pointer, keyword }) => [pointer, keyword])).toEqual([
      ["/rules/0/operators/0/parameters/scale", "type"],
      ["/rules/0/operators/1/version", "version"],
      ["/rules/0/operators/2/id", "operator"],
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ pointer: "/rules/0/operators/0/version", retirementDate: "2027-01-01T00:00:00Z" }),
    ]);
  });
});
