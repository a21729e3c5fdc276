/**
 * The generated validators against Ajv: Ajv compiles the spec's schemas here, at test time, with the
 * options the validators follow (strict, allErrors, the runtime's formats), and both must give the
 * same verdict and the same errors, in the same order, on valid bodies, mutated bodies and arbitrary
 * values, for every schema that an operation uses.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validators, type CompiledValidator } from "../src/index.js";
import { validationSchema } from "../src/spec.js";
import { formats } from "../src/validation-runtime.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = { [keyword: string]: Json };

// The schemas the validators were generated from, as the generator handed them to its own Ajv check.
const defs = JSON.parse(JSON.stringify(validationSchema.$defs)) as Record<string, Json>;

// The options of the generator's own Ajv check (scripts/lib/render-validators.ts): OpenAPI's
// discriminator is a keyword Ajv accepts and leaves to `oneOf`, whose schemas the spec pins apart.
const ajv = new Ajv({
  strict: true,
  strictTypes: false,
  strictRequired: false,
  allowUnionTypes: true,
  allErrors: true,
  messages: false,
  unicodeRegExp: true,
});
ajv.addKeyword({ keyword: "discriminator" });
for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as never);
ajv.addSchema({ $id: "reference", $defs: defs } as never);

function schemaOf(node: Json): JsonSchema {
  const schema = node as JsonSchema;
  return typeof schema.$ref === "string" ? schemaOf(defs[schema.$ref.slice("#/$defs/".length)]!) : schema;
}

/** Values that each satisfy the schema. */
function valid(node: Json): fc.Arbitrary<unknown> {
  // An enum next to a $ref narrows it (JSON Schema 2020-12): its values are the valid ones.
  if (Array.isArray((node as JsonSchema).enum)) return fc.constantFrom(...((node as JsonSchema).enum as Json[]));
  const schema = schemaOf(node);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => valid({ ...schema, type })));
  const discriminator = schema.discriminator as { mapping: Record<string, string> } | undefined;
  if (discriminator) return fc.oneof(...Object.values(discriminator.mapping).map((ref) => valid({ $ref: ref })));
  if (Array.isArray(schema.allOf)) {
    // The schemas of an allOf merged into one: their properties, required names and type.
    const parts = schema.allOf.map(schemaOf);
    const merged: JsonSchema = { type: parts.find((part) => part.type !== undefined)?.type ?? "object" };
    const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {}));
    if (Object.keys(properties).length > 0) merged.properties = properties;
    const required = parts.flatMap((part) => (part.required ?? []) as Json[]);
    if (required.length > 0) merged.required = required;
    if (parts.length === 1) return valid(schema.allOf[0]!);
    return valid(merged);
  }
  const number = (key: string) => (typeof schema[key] === "number" ? (schema[key] as number) : undefined);
  switch (schema.type) {
    case "string": {
      if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern, "u"));
      if (schema.format === "uri") return fc.webUrl({ withQueryParameters: true, withFragments: true });
      if (schema.format === "date-time") {
        return fc
          .date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2199-12-31T23:59:59Z"), noInvalidDate: true })
          .map((d) => d.toISOString());
      }
      return fc.string({ unit: "binary", minLength: number("minLength") ?? 0, maxLength: number("maxLength") ?? 40 });
    }
    case "integer":
      return fc.integer({ min: number("minimum") ?? -(2 ** 31), max: number("maximum") ?? 2 ** 31 - 1 });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: number("minimum"), max: number("maximum") });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(valid(schema.items ?? {}), { minLength: number("minItems") ?? 0, maxLength: Math.min(number("maxItems") ?? 3, 3) });
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const record = fc.record(Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, valid(child)])), {
        requiredKeys: (schema.required ?? []) as string[],
      });
      const extra = schema.additionalProperties;
      if (extra === undefined || extra === false) return record;
      const others = fc.dictionary(
        fc.string().filter((key) => !Object.hasOwn(properties, key) && key !== "__proto__"),
        extra === true ? fc.jsonValue() : valid(extra),
        { maxKeys: 3 },
      );
      return fc.tuple(record, others).map(([known, more]) => ({ ...more, ...known }));
    }
    default:
      return fc.jsonValue();
  }
}

/** Values near every limit, enum and pattern of the spec, gathered from its schemas. */
function edgeValues(): unknown[] {
  const values = new Set<unknown>([
    0,
    -0,
    1,
    -1,
    0.5,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    NaN,
    Infinity,
    -Infinity,
    "",
    " ",
    null,
    true,
    false,
    [],
    {},
  ]);
  values
    .add("😀".repeat(3))
    .add("\ud83d")
    .add("https://example.com/")
    .add("not a uri")
    .add("2026-01-12T08:18:17Z")
    .add("2026-02-30T08:18:17Z");
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const key of ["minimum", "maximum"]) {
      const limit = node[key];
      if (typeof limit === "number") for (const value of [limit - 1, limit - 0.5, limit, limit + 0.5, limit + 1]) values.add(value);
    }
    for (const key of ["minLength", "maxLength"]) {
      const limit = node[key];
      if (typeof limit === "number") {
        for (const length of [limit - 1, limit, limit + 1].filter((n) => n >= 0)) values.add("x".repeat(length)).add("😀".repeat(length));
      }
    }
    if (Array.isArray(node.enum)) for (const value of node.enum) values.add(value).add(String(value).toLowerCase());
    if (typeof node.pattern === "string") {
      const sample = fc.sample(fc.stringMatching(new RegExp(node.pattern, "u")), { numRuns: 1, seed: 1 })[0]!;
      values.add(sample).add(sample.slice(0, -1)).add(sample.toUpperCase()).add(`${sample}/x`);
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(defs);
  return [...values];
}

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) for (const [index, item] of value.entries()) pathsOf(item, [...path, index], out);
  else if (value !== null && typeof value === "object")
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "replace", "edge", "edge", "delete", "add", "grow", "empty"),
  replacement: fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true }),
  edge: fc.constantFrom(...edgeValues()),
  key: fc.oneof(fc.string(), fc.constantFrom("a/b~c", "constructor", "toString", "id", "on", "url", "pageSize", "enabled")),
});

/** A deep copy that keeps what structuredClone cannot copy (functions, symbols) as it is. */
function copy<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies mutations to a copy of a valid value: wrong types, values at and beyond the limits, missing and unknown properties, arrays too long or empty. */
function mutate(value: unknown, mutations: Mutation[]): unknown {
  const box = { value: copy(value) as unknown };
  for (const { at, kind, replacement, edge, key } of mutations) {
    const paths = pathsOf(box.value, ["value"]);
    const path = paths[at % paths.length]!;
    const parent = path.slice(0, -1).reduce<any>((node, step) => node[step], box);
    const last = path[path.length - 1]!;
    const target = parent[last];
    // Copies, so that no generated value is shared between runs or becomes cyclic.
    if (kind === "replace") parent[last] = copy(replacement);
    else if (kind === "edge") parent[last] = copy(edge);
    else if (kind === "delete" && path.length > 1 && !Array.isArray(parent)) delete parent[last];
    else if (kind === "add" && target !== null && typeof target === "object" && !Array.isArray(target)) target[key] = copy(edge);
    else if (kind === "grow" && Array.isArray(target)) target.push(...Array.from({ length: 6 }, () => structuredClone(target[0] ?? edge)));
    else if (kind === "empty" && Array.isArray(target)) target.length = 0;
  }
  return box.value;
}

function comparable(errors: ErrorObject[] | { instancePath: string; keyword: string; params: unknown }[] | null | undefined) {
  return errors?.map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params })) ?? null;
}

/** Whether a schema, or one it refers to, has a discriminator: Ajv reads its oneOf, so only verdicts compare. */
function discriminated(node: Json, seen = new Set<Json>()): boolean {
  if (node === null || typeof node !== "object" || seen.has(node)) return false;
  seen.add(node);
  const schema = node as JsonSchema;
  if (schema.discriminator !== undefined) return true;
  if (typeof schema.$ref === "string" && discriminated(defs[schema.$ref.slice("#/$defs/".length)]!, seen)) return true;
  return Object.values(schema).some((child) => discriminated(child, seen));
}

function expectSame(ours: CompiledValidator, reference: ValidateFunction, value: unknown, verdictOnly = false): void {
  const expected = reference(value);
  if (verdictOnly) {
    expect(ours(value)).toBe(expected);
    return;
  }
  const expectedErrors = comparable(reference.errors);
  expect(ours(value)).toBe(expected);
  expect(comparable(ours.errors)).toEqual(expectedErrors);
}

const names = Object.keys(validators) as (keyof typeof validators)[];

describe.each(names)("%s agrees with Ajv compiled from the spec", (name) => {
  const ours = validators[name];
  const reference = ajv.getSchema(`reference#/$defs/${name.slice("validate".length)}`)!;
  const schema = defs[name.slice("validate".length)]!;
  // OpenAPI's discriminator picks one schema and reports its failures only; Ajv's oneOf reports
  // every schema's. With the spec's pins they reach the same verdict, which is what is compared.
  const verdictOnly = discriminated(schema);

  it("on valid values", () => {
    fc.assert(
      fc.property(valid(schema), (value) => {
        expectSame(ours, reference, value, verdictOnly);
        expect(ours(value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("on valid values after mutations", () => {
    let invalid = 0;
    fc.assert(
      fc.property(valid(schema), fc.array(mutation, { minLength: 1, maxLength: 4 }), (value, mutations) => {
        const mutated = mutate(value, mutations);
        expectSame(ours, reference, mutated, verdictOnly);
        if (!reference(mutated)) invalid++;
      }),
      { numRuns: 1500 },
    );
    expect(invalid).toBeGreaterThan(300);
  });

  it("on arbitrary values", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true }), (value) =>
        expectSame(ours, reference, value, verdictOnly),
      ),
      { numRuns: 300 },
    );
  });
});

describe("the generated validators and Ajv on values that generated data does not cover", () => {
  const reference = (name: string) => ajv.getSchema(`reference#/$defs/${name}`)!;

  it("see inherited enumerable properties as properties, like Ajv's for-in", () => {
    const query = Object.create({ inherited: 1, pageSize: 0 }) as Record<string, unknown>;
    query.pageToken = "t";
    expectSame(validators.validateListConfigurationsQuery, reference("ListConfigurationsQuery"), query);
    expect(validators.validateListConfigurationsQuery.errors?.map((e) => e.keyword)).toEqual(["additionalProperties", "minimum"]);
    const error = { code: 1, message: "m", httpStatusCode: 400, params: Object.create({ inherited: 5 }) as unknown };
    expectSame(validators.validateError, reference("Error"), error);
  });

  it("report a type and an enum failure together, and every failure of a body at once", () => {
    const trigger = { on: 5, parameters: { count: 20.5 } };
    const body = {
      displayName: "",
      description: 1,
      rules: [{ id: "x", operators: [], triggers: [trigger, trigger], actions: [{}], context: { knowledge: {} } }],
      extra: true,
    };
    expectSame(validators.validateUpdateConfigurationRequest, reference("UpdateConfigurationRequest"), body);
    expect(validators.validateUpdateConfigurationRequest.errors!.length).toBeGreaterThan(10);
  });
});
