/**
 * packages/fetch/src/generated/validators.ts: each schema an operation uses as data for the runtime's
 * checker (validation-runtime.ts), in the subset of JSON Schema that it supports.
 */
import { Ajv } from "ajv";
import { asObject, FORMATS, HEADER, type Json, SPEC_FILE, type SpecModel, validatorNames } from "./model.js";

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
    const extra = Object.keys(schema).filter((key) => key !== "$ref" && !ANNOTATION_KEYWORDS.has(key));
    if (extra.length > 0) fail(`a $ref with other keywords (${extra.join(", ")}) is not supported`);
    return refName(schema.$ref.slice("#/$defs/".length));
  }
  const isCount = (value: Json | undefined) => typeof value === "number" && Number.isInteger(value) && value >= 0;
  const parts: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATION_KEYWORDS.has(keyword)) continue;
    if (!VALIDATION_KEYWORDS.has(keyword)) fail(`the keyword ${keyword} is not supported by the generated validators`);
    const at = `${where}/${keyword}`;
    let source: string;
    switch (keyword) {
      case "type":
        if (typeof value !== "string" || !TYPES.has(value)) fail(`type must be one of ${[...TYPES].join(", ")}`);
        source = JSON.stringify(value);
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

export function renderValidators({ defs, operations }: SpecModel): string {
  // Ajv in strict mode still compiles every schema, so that the spec stays valid JSON Schema as Ajv
  // reads it. Formats are only named here: what each one accepts is the runtime's, and the fetch
  // package's tests compare it with Ajv's verdicts.
  const ajv = new Ajv({ strict: true, allErrors: true, unicodeRegExp: true });
  for (const name of FORMATS) ajv.addFormat(name, true);
  ajv.addSchema({ $id: SCHEMA_ID, $defs: defs } as never);

  const names = validatorNames(operations);
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
    'import { validator, type Schema } from "../validation-runtime.js";',
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
