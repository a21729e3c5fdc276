import { IntelligenceClient, RequestValidationError } from "../../src/index.js";
import { schemas } from "@convintel/fetch/spec";
import type { CreateConfigurationRequest, IntelligenceConfiguration, UpdateConfigurationRequest } from "@convintel/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFakeIntelligence } from "@convintel/testing";
import { arbitraryOf, constraintsOf, describeConstraint, locate, schemaNamed } from "./arbitraries.js";
import { fixtures } from "../helpers/fixtures.js";

// Property runs per suite; together with the invalid-body runs below, well over 10,000 cases per `pnpm test`.
const VALID_RUNS = 2500;
const INVALID_RUNS_TOTAL = 6000;

const createSchema = schemaNamed("CreateConfigurationRequest");
const updateSchema = schemaNamed("UpdateConfigurationRequest");
const ruleIdPattern = new RegExp(schemas.IntelligenceConfigurationRuleTtid.pattern);
const configurationIdPattern = new RegExp(schemas.IntelligenceConfigurationTtid.pattern);
const ID_RUNS = 500;

function setup() {
  const fake = createFakeIntelligence();
  let networkCalls = 0;
  const client = new IntelligenceClient({
    ...fake.credentials,
    env: {},
    maxRetries: 0,
    fetch: (input, init) => {
      networkCalls++;
      return fake.fetch(input, init);
    },
  });
  return { fake, client, networkCalls: () => networkCalls };
}

/** What the API stores for a sent rule: the same fields, an id, and `triggers` even when none were sent. */
function storedRules(sent: { rules: Record<string, unknown>[] }, ids: string[]): Record<string, unknown>[] {
  return sent.rules.map(({ id: _sentId, ...rule }, index) => ({ id: ids[index], ...rule, triggers: rule.triggers ?? [] }));
}

/** The body as the server receives it: JSON has no undefined, no -0. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("valid bodies round-trip through the fake unchanged", () => {
  it(`create: ${VALID_RUNS} generated bodies are accepted, stored and fetched back as sent`, async () => {
    const { fake, client } = setup();
    await fc.assert(
      fc.asyncProperty(arbitraryOf(createSchema), async (generated) => {
        const body = generated as CreateConfigurationRequest;
        const sent = asJson(body);
        const created = await client.configurations.create(body);
        expect(created.rules.every((rule) => ruleIdPattern.test(rule.id))).toBe(true);
        const expected: IntelligenceConfiguration = {
          ...sent,
          accountId: fake.credentials.accountSid,
          id: created.id,
          version: 1,
          rules: storedRules(
            sent as never,
            created.rules.map((rule) => rule.id),
          ) as never,
          dateCreated: created.dateCreated,
          dateUpdated: created.dateCreated,
        };
        expect(created).toEqual(expected);
        expect(await client.configurations.fetch(created.id)).toEqual(expected);
        await client.configurations.delete(created.id);
      }),
      { numRuns: VALID_RUNS },
    );
  }, 120_000);

  it(`update: ${VALID_RUNS} generated bodies replace the configuration, keeping the rule ids sent and minting the others`, async () => {
    const { fake, client } = setup();
    const base = fixtures.updatedConfiguration();
    const template = base.rules[0]!;
    base.rules = Array.from({ length: 5 }, (_, index) => ({ ...template, id: `${template.id.slice(0, -1)}${index}` }));
    const existing = base.rules.map((rule) => rule.id);
    await fc.assert(
      fc.asyncProperty(arbitraryOf(updateSchema), fc.array(fc.nat(7), { minLength: 5, maxLength: 5 }), async (generated, picks) => {
        fake.seed([base]);
        const body = generated as UpdateConfigurationRequest;
        // Each rule keeps an existing id (each at most once) or has none; a random id would be a 400.
        const used = new Set<string>();
        body.rules.forEach((rule, index) => {
          const candidate = existing[picks[index]!];
          delete rule.id;
          if (candidate !== undefined && !used.has(candidate)) {
            rule.id = candidate;
            used.add(candidate);
          }
        });
        const sent = asJson(body);
        const updated = await client.configurations.update(base.id, body);
        updated.rules.forEach((rule, index) => {
          const kept = body.rules[index]!.id;
          if (kept !== undefined) expect(rule.id).toBe(kept);
          else expect(rule.id).toMatch(ruleIdPattern);
        });
        expect(new Set(updated.rules.map((rule) => rule.id)).size).toBe(updated.rules.length);
        const expected = {
          ...sent,
          accountId: base.accountId,
          id: base.id,
          version: base.version + 1,
          rules: storedRules(
            sent as never,
            updated.rules.map((rule) => rule.id),
          ),
          dateCreated: base.dateCreated,
          dateUpdated: updated.dateUpdated,
        };
        expect(updated).toEqual(expected);
        expect(await client.configurations.fetch(base.id)).toEqual(expected);
      }),
      { numRuns: VALID_RUNS },
    );
  }, 120_000);
});

describe("invalid bodies are rejected client-side, naming the broken rule, and never sent", () => {
  const suites = [
    {
      name: "create",
      schema: createSchema,
      send: (client: IntelligenceClient, body: unknown) => client.configurations.create(body as never),
    },
    {
      name: "update",
      schema: updateSchema,
      send: (client: IntelligenceClient, body: unknown) => client.configurations.update(fixtures.updatedConfiguration().id, body as never),
    },
  ];
  const constraintCount = suites.reduce((total, suite) => total + constraintsOf(suite.schema).length, 0);
  const runsPerConstraint = Math.ceil(INVALID_RUNS_TOTAL / constraintCount);

  it("the walk finds the spec's constraints, each kind of them", () => {
    const keywords = new Set(suites.flatMap((suite) => constraintsOf(suite.schema).map((constraint) => constraint.keyword)));
    expect([...keywords].sort()).toEqual([
      "enum",
      "format",
      "maxItems",
      "maxLength",
      "maximum",
      "minItems",
      "minLength",
      "minimum",
      "required",
      "type",
    ]);
    expect(constraintsOf(updateSchema).map(describeConstraint)).toContain("maximum at /rules/*/triggers/*/parameters/count");
    expect(constraintsOf(createSchema).map(describeConstraint)).toContain("minItems at /rules/*/context/knowledge/bases");
  });

  describe.each(suites)("$name", ({ schema, send }) => {
    it.each(constraintsOf(schema).map((constraint) => ({ constraint, label: describeConstraint(constraint) })))(
      `$label: ${runsPerConstraint} generated bodies`,
      async ({ constraint }) => {
        const { client, networkCalls } = setup();
        await fc.assert(
          fc.asyncProperty(arbitraryOf(schema, true), async (valid) => {
            const { body, pointer } = constraint.breakIn(structuredClone(valid), locate(constraint.path));
            const error = await send(client, body).then(
              () => undefined,
              (caught: unknown) => caught,
            );
            expect(error).toBeInstanceOf(RequestValidationError);
            const issues = (error as RequestValidationError).issues;
            expect(issues.map((issue) => issue.pointer)).toEqual(issues.map(() => pointer));
            expect(issues.map((issue) => issue.keyword)).toContain(constraint.keyword);
            expect(issues.every((issue) => issue.in === "body")).toBe(true);
            expect(networkCalls()).toBe(0);
          }),
          { numRuns: runsPerConstraint },
        );
      },
      60_000,
    );
  });
});

describe("ids that break the spec's pattern are rejected client-side and never sent", () => {
  const calls = [
    { name: "fetch", send: (client: IntelligenceClient, id: string) => client.configurations.fetch(id) },
    { name: "update", send: (client: IntelligenceClient, id: string) => client.configurations.update(id, fixtures.updateRequest()) },
    { name: "delete", send: (client: IntelligenceClient, id: string) => client.configurations.delete(id) },
  ];
  // Near misses of a valid id as well as arbitrary text.
  const invalidIds = fc
    .oneof(
      fc.string({ unit: "binary" }),
      fc
        .tuple(fc.stringMatching(configurationIdPattern), fc.nat(40), fc.string({ minLength: 1, maxLength: 2 }))
        .map(([id, at, insert]) => id.slice(0, at) + insert + id.slice(at + 1)),
    )
    .filter((id) => !configurationIdPattern.test(id));

  it.each(calls)(
    `$name: ${ID_RUNS} generated ids`,
    async ({ send }) => {
      const { client, networkCalls } = setup();
      await fc.assert(
        fc.asyncProperty(invalidIds, async (id) => {
          const error = await send(client, id).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(error).toBeInstanceOf(RequestValidationError);
          expect((error as RequestValidationError).issues).toContainEqual(expect.objectContaining({ in: "path", pointer: "/id" }));
          expect(networkCalls()).toBe(0);
        }),
        { numRuns: ID_RUNS },
      );
    },
    60_000,
  );
});
