import { isUri } from "@convintel/fetch";
import { schemas } from "@convintel/fetch/spec";
import fc from "fast-check";

/** The subset of JSON Schema the spec's request bodies use. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: readonly unknown[];
  properties?: Record<string, Schema>;
  required?: readonly string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  readOnly?: boolean;
}

/** A schema of the spec as this subset reads it (its literal type is far narrower than Schema). */
function asSchema(value: unknown): Schema {
  if (typeof value !== "object" || value === null) throw new TypeError("a schema is an object");
  return value;
}

const named: Record<string, Schema> = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, asSchema(schema)]));

/** Follows `$ref`s to the schema they name; every rule below is read from the spec, never restated. */
export function resolve(schema: Schema): Schema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.split("/").pop()!;
  const target = named[name];
  if (!target) throw new Error(`Unknown $ref ${schema.$ref}`);
  return resolve(target);
}

export function schemaNamed(name: string): Schema {
  return named[name]!;
}

const KNOWN = new Set([
  "$ref",
  "type",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "pattern",
  "format",
  "description",
  "examples",
  "default",
  "readOnly",
]);

/**
 * A generator of values valid against `schema`. `full` makes every optional property present and
 * every array non-empty, so that every place a constraint applies exists in the value.
 */
export function arbitraryOf(input: Schema, full = false): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`arbitraryOf does not know the keyword ${key}`);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case "string":
      if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern));
      if (schema.format === "uri") return fc.webUrl({ withQueryParameters: true, withFragments: true }).filter(isUri);
      return fc.string({ unit: "binary", minLength: schema.minLength ?? 0, maxLength: schema.maxLength ?? 40 });
    case "integer":
      return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 - 1 });
    case "boolean":
      return fc.boolean();
    case "array": {
      const minLength = Math.max(schema.minItems ?? 0, full ? 1 : 0);
      return fc.array(arbitraryOf(schema.items!, full), { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 5)) });
    }
    case "object": {
      if (!schema.properties) {
        // A free-form object (`additionalProperties: true`): any JSON values by any names.
        return fc.dictionary(
          fc.string().filter((key) => key !== "__proto__"),
          fc.jsonValue({ maxDepth: 2 }),
          { maxKeys: 4 },
        );
      }
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(schema.properties)) record[name] = arbitraryOf(property, full);
      return fc.record(record, { requiredKeys: full ? Object.keys(record) : [...(schema.required ?? [])] });
    }
    default:
      throw new Error(`arbitraryOf does not know the type ${String(schema.type)}`);
  }
}

/** One rule of the spec at one place in a body: where it applies (`*` for any array item) and how to break it. */
export interface Constraint {
  /** Schema path, e.g. `/rules/* /triggers/* /parameters/count` without the spaces. */
  path: string[];
  keyword: string;
  /** Breaks the rule at `location` of `body` (in place where it can), changing nothing else; returns the body and the pointer a validator must name. */
  breakIn(body: unknown, location: string[]): { body: unknown; pointer: string };
}

const WRONG_TYPE: Record<string, unknown> = {
  string: 42,
  integer: 1.5,
  number: "1",
  boolean: "true",
  object: "an object",
  array: { length: 1 },
};

function pointerOf(location: string[]): string {
  return location.map((segment) => `/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

function parentOf(body: unknown, location: string[]): { parent: Record<string, unknown>; key: string } {
  let parent = body as Record<string, unknown>;
  for (const segment of location.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
  return { parent, key: location.at(-1)! };
}

function replaceWith(value: (current: unknown) => unknown): Constraint["breakIn"] {
  return (body, location) => {
    if (location.length === 0) return { body: value(body), pointer: "" };
    const { parent, key } = parentOf(body, location);
    parent[key] = value(parent[key]);
    return { body, pointer: pointerOf(location) };
  };
}

/** Every constraint of `schema`, found by walking it: types, enums, lengths, item counts, bounds, patterns, formats, required fields. */
export function constraintsOf(input: Schema, path: string[] = []): Constraint[] {
  const schema = resolve(input);
  const found: Constraint[] = [];
  if (schema.type) found.push({ path, keyword: "type", breakIn: replaceWith(() => WRONG_TYPE[schema.type!]) });
  if (schema.enum) found.push({ path, keyword: "enum", breakIn: replaceWith(() => `NOT_${String(schema.enum![0])}`) });
  if (schema.minLength !== undefined && schema.minLength > 0) {
    found.push({ path, keyword: "minLength", breakIn: replaceWith(() => "x".repeat(schema.minLength! - 1)) });
  }
  if (schema.maxLength !== undefined)
    found.push({ path, keyword: "maxLength", breakIn: replaceWith(() => "x".repeat(schema.maxLength! + 1)) });
  if (schema.minimum !== undefined) found.push({ path, keyword: "minimum", breakIn: replaceWith(() => schema.minimum! - 1) });
  if (schema.maximum !== undefined) found.push({ path, keyword: "maximum", breakIn: replaceWith(() => schema.maximum! + 1) });
  if (schema.pattern !== undefined) found.push({ path, keyword: "pattern", breakIn: replaceWith((current) => `${String(current)}!`) });
  if (schema.format === "uri") found.push({ path, keyword: "format", breakIn: replaceWith(() => "not a uri") });
  if (schema.minItems !== undefined && schema.minItems > 0) {
    found.push({ path, keyword: "minItems", breakIn: replaceWith((current) => (current as unknown[]).slice(0, schema.minItems! - 1)) });
  }
  if (schema.maxItems !== undefined) {
    found.push({
      path,
      keyword: "maxItems",
      breakIn: replaceWith((current) => {
        const items = current as unknown[];
        return [...items, ...Array.from({ length: schema.maxItems! + 1 - items.length }, () => structuredClone(items[0]))];
      }),
    });
  }
  for (const name of schema.required ?? []) {
    found.push({
      path: [...path, name],
      keyword: "required",
      breakIn: (body, location) => {
        const { parent, key } = parentOf(body, location);
        delete parent[key];
        return { body, pointer: pointerOf(location) };
      },
    });
  }
  // A read-only property is the server's: the client leaves it out of what it sends, so no rule of it applies.
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    if (property.readOnly !== true) found.push(...constraintsOf(property, [...path, name]));
  if (schema.items) found.push(...constraintsOf(schema.items, [...path, "*"]));
  return found;
}

/** The first concrete place of a schema path in a full body (`*` → item 0). */
export function locate(path: string[]): string[] {
  return path.map((segment) => (segment === "*" ? "0" : segment));
}

export function describeConstraint(constraint: Constraint): string {
  return `${constraint.keyword} at ${pointerOf(constraint.path) || "(root)"}`;
}
