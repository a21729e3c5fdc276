/**
 * packages/fetch/src/generated/validators.ts: each schema an operation uses as data for the runtime's
 * checker (validation-runtime.ts), in the subset of JSON Schema that it supports.
 */
import { Ajv } from "ajv";
import { asObject, FORMATS, HEADER, type Json, type JsonObject, SPEC_FILE, type SpecModel, validatorNames } from "./model.js";

const SCHEMA_ID = "intelligence-v3";

// Keywords that the runtime's checker reads, and keywords that only describe (dropped from the data).
const VALIDATION_KEYWORDS = new Set([
  "type",
  "enum",
  "maximum",
  "minimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "maxItems",
  "minItems",
  "items",
  "required",
  "additionalProperties",
  "properties",
  "allOf",
  "oneOf",
  "discriminator",
]);
const ANNOTATION_KEYWORDS = new Set([
  "description",
  "examples",
  "example",
  "default",
  "readOnly",
  "writeOnly",
  "title",
  "deprecated",
  "$comment",
]);
const TYPES = new Set(["string", "number", "integer", "boolean", "null", "array", "object"]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The source of one schema as data for the runtime's checker, in the subset of JSON Schema it
 * supports; anything outside it fails the generation instead of being checked differently.
 */
function schemaSource(node: Json, where: string, refName: (name: string) => string): string {
  const schema = asObject(node, where);
  const fail = (problem: string): never => {
    throw new Error(`${SPEC_FILE}: ${where}: ${problem}`);
  };
  if (typeof schema.$ref === "string") {
    if (!schema.$ref.startsWith("#/$defs/")) fail(`only $refs to named schemas are supported (${schema.$ref})`);
    const { $ref, ...siblings } = schema;
    // In OpenAPI 3.1 (JSON Schema 2020-12) the keywords next to a $ref apply as well: both schemas, as allOf.
    if (Object.keys(siblings).some((key) => !ANNOTATION_KEYWORDS.has(key) && !key.startsWith("x-"))) {
      return schemaSource({ allOf: [{ $ref }, siblings] }, where, refName);
    }
    return refName(schema.$ref.slice("#/$defs/".length));
  }
  const isCount = (value: Json | undefined) => typeof value === "number" && Number.isInteger(value) && value >= 0;
  const parts: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATION_KEYWORDS.has(keyword) || keyword.startsWith("x-")) continue;
    if (!VALIDATION_KEYWORDS.has(keyword)) fail(`the keyword ${keyword} is not supported by the generated validators`);
    const at = `${where}/${keyword}`;
    let source: string;
    switch (keyword) {
      case "type": {
        const types = Array.isArray(value) ? value : [value];
        if (types.length === 0 || types.some((type) => typeof type !== "string" || !TYPES.has(type)))
          fail(`type must be one of ${[...TYPES].join(", ")}, or a list of them`);
        source = JSON.stringify(value);
        break;
      }
      case "allOf":
        if (!Array.isArray(value) || value.length === 0) fail("allOf must list schemas");
        source = `[${(value as Json[]).map((child, index) => schemaSource(child, `${at}/${index}`, refName)).join(", ")}]`;
        break;
      case "oneOf":
        // Checked through the discriminator, which must name every one of these schemas (below).
        if (schema.discriminator === undefined) fail("oneOf is supported only with a discriminator");
        continue;
      case "discriminator":
        source = discriminatorSource(schema, at, refName);
        break;
      case "enum":
        if (!Array.isArray(value) || value.some((item) => item !== null && typeof item === "object"))
          fail("enum values must be strings, numbers, booleans or null");
        source = JSON.stringify(value);
        break;
      case "maximum":
      case "minimum":
        if (typeof value !== "number") fail(`${keyword} must be a number`);
        source = JSON.stringify(value);
        break;
      case "maxLength":
      case "minLength":
      case "maxItems":
      case "minItems":
        if (!isCount(value)) fail(`${keyword} must be a non-negative integer`);
        source = JSON.stringify(value);
        break;
      case "pattern":
        if (typeof value !== "string") fail("pattern must be a string");
        new RegExp(value as string, "u");
        source = JSON.stringify(value);
        break;
      case "format":
        if (typeof value !== "string" || !(FORMATS as readonly string[]).includes(value))
          fail(`format must be one of ${FORMATS.join(", ")}`);
        source = JSON.stringify(value);
        break;
      case "required":
        if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) fail("required must list property names");
        source = JSON.stringify(value);
        break;
      case "items":
        source = schemaSource(value, at, refName);
        break;
      case "additionalProperties":
        source = typeof value === "boolean" ? String(value) : schemaSource(value, at, refName);
        break;
      default: {
        const entries = Object.entries(asObject(value, at)).map(([name, child]) => {
          if (name === "__proto__") fail("a property named __proto__ is not supported");
          return `${IDENTIFIER.test(name) ? name : JSON.stringify(name)}: ${schemaSource(child, `${at}/${name}`, refName)}`;
        });
        source = `{ ${entries.join(", ")} }`;
      }
    }
    parts.push(`${keyword}: ${source}`);
  }
  return `{ ${parts.join(", ")} }`;
}

/**
 * OpenAPI's discriminator as the runtime reads it: the property, and for each of its values the
 * schema that applies. Each `oneOf` schema must be a named one that the mapping reaches, by an explicit
 * entry or, as OpenAPI allows, by its own name.
 */
function discriminatorSource(schema: JsonObject, where: string, refName: (name: string) => string): string {
  const fail = (problem: string): never => {
    throw new Error(`${SPEC_FILE}: ${where}: ${problem}`);
  };
  const discriminator = asObject(schema.discriminator, where);
  if (typeof discriminator.propertyName !== "string") fail("discriminator.propertyName must be a string");
  const oneOf = Array.isArray(schema.oneOf) ? schema.oneOf : fail("a discriminator needs oneOf");
  const named = oneOf.map((branch, index) => {
    const ref = asObject(branch, `${where}/oneOf/${index}`).$ref;
    return typeof ref === "string" && ref.startsWith("#/$defs/") ? ref.slice("#/$defs/".length) : fail("each oneOf schema must be a $ref");
  });
  const mapping = new Map<string, string>();
  for (const [value, ref] of Object.entries(discriminator.mapping === undefined ? {} : asObject(discriminator.mapping, where))) {
    if (typeof ref !== "string" || !ref.startsWith("#/$defs/")) fail(`discriminator mapping ${value} must name a schema`);
    const name = (ref as string).slice("#/$defs/".length);
    if (!named.includes(name)) fail(`discriminator mapping ${value} names ${name}, which is not one of oneOf`);
    mapping.set(value, name);
  }
  for (const name of named) if (![...mapping.values()].includes(name)) mapping.set(name, name);
  const entries = [...mapping].map(([value, name]) => `${IDENTIFIER.test(value) ? value : JSON.stringify(value)}: ${refName(name)}`);
  return `/* @__PURE__ */ discriminated(${JSON.stringify(discriminator.propertyName)}, { ${entries.join(", ")} })`;
}

export function renderValidators({ defs, operations, webhooks, extraValidators }: SpecModel): string {
  // Ajv in strict mode still compiles every schema, so that the spec stays valid JSON Schema as Ajv
  // reads it. Formats are only named here: what each one accepts is the runtime's, and the fetch
  // package's tests compare it with Ajv's verdicts.
  // Union types (`["string", "null"]`, from OpenAPI 3.0's `nullable`) are JSON Schema; so is an
  // `allOf` schema that only adds `required` names without repeating `type: object`, as the
  // provider's operator bodies do (strictTypes and strictRequired would refuse it). `discriminator` is OpenAPI's own
  // keyword, which the runtime reads (discriminatorSource) and Ajv only accepts.
  const ajv = new Ajv({
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: true,
    unicodeRegExp: true,
  });
  ajv.addKeyword({ keyword: "discriminator" });
  for (const name of FORMATS) ajv.addFormat(name, true);
  ajv.addSchema({ $id: SCHEMA_ID, $defs: defs } as never);

  const names = validatorNames(operations, webhooks, extraValidators);
  const constName = (name: string) => `${name}Schema`;
  const declared = new Map<string, string>();
  const visiting = new Set<string>();
  // Each named schema once, after the schemas it refers to, so every reference is a plain const.
  const declare = (name: string): string => {
    if (!declared.has(name)) {
      if (!IDENTIFIER.test(name)) throw new Error(`${SPEC_FILE}: schema name ${name} is not an identifier`);
      if (visiting.has(name)) throw new Error(`${SPEC_FILE}: schema ${name} refers to itself; recursive schemas are not supported`);
      if (!(name in defs)) throw new Error(`${SPEC_FILE}: no schema named ${name}`);
      visiting.add(name);
      const source = schemaSource(defs[name]!, `#/components/schemas/${name}`, declare);
      visiting.delete(name);
      declared.set(name, `const ${constName(name)}: Schema = ${source};`);
    }
    return constName(name);
  };
  const exports = names.map((name) => {
    const schemaName = name.slice("validate".length);
    if (!ajv.getSchema(`${SCHEMA_ID}#/$defs/${schemaName}`)) throw new Error(`Ajv could not compile ${schemaName}`);
    return `export const ${name}: CompiledValidator<Types.${schemaName}> = /* @__PURE__ */ validator(${declare(schemaName)});`;
  });
  const code = [...declared.values(), "", ...exports].join("\n");
  for (const forbidden of ["require(", "new Function", "eval("]) {
    if (code.includes(forbidden)) throw new Error(`generated validators must not contain ${forbidden}`);
  }
  return [
    HEADER,
    "// The spec's schemas as data, reduced to the keywords that validation reads; each $ref is the const it",
    "// names. validator() in validation-runtime.ts checks values against them: no code is built at run time.",
    `import { ${code.includes("discriminated(") ? "discriminated, " : ""}validator, type Schema } from "../validation-runtime.js";`,
    'import type * as Types from "@convintel/types";',
    'import type { CompiledValidator } from "../validation.js";',
    "",
    code,
    "",
    "/** Every validator above, by name: a plain object rather than a module namespace, so that bundlers drop it when it is unused. */",
    `export const validators = { ${names.join(", ")} } as const;`,
    "",
  ].join("\n");
}
