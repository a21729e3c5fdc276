import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv } from "ajv";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { formats } from "../../packages/fetch/src/validation-runtime.js";

export const SPEC_FILE = "spec/intelligence-v3.yaml";
const HEADER = `// Generated from ${SPEC_FILE} by \`pnpm generate\`; do not edit.\n`;
const SCHEMA_ID = "intelligence-v3";
const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonObject;
}

export interface OperationModel {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  pathParams: { name: string; validator: string }[];
  query?: { validator: string };
  requestBody?: { validator: string; required: boolean };
  responses: { status: string; validator?: string; headers: string[] }[];
}

function asObject(value: Json | undefined, where: string): JsonObject {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`${SPEC_FILE}: expected an object at ${where}`);
  }
  return value;
}

/** Follows one local `$ref` ("#/components/...") inside the document. */
function resolve(document: JsonObject, value: Json | undefined, where: string): JsonObject {
  const node = asObject(value, where);
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  if (!ref.startsWith("#/")) throw new Error(`${SPEC_FILE}: only local $refs are supported (${ref})`);
  let target: Json | undefined = document;
  for (const segment of ref.slice(2).split("/")) target = asObject(target, ref)[decodeURIComponent(segment)];
  return resolve(document, target, ref);
}

function schemaRefName(schema: JsonObject, where: string): string {
  const ref = schema.$ref;
  const prefix = "#/components/schemas/";
  if (typeof ref !== "string" || !ref.startsWith(prefix)) {
    throw new Error(`${SPEC_FILE}: ${where} must $ref a named schema in components/schemas`);
  }
  return ref.slice(prefix.length);
}

/** `#/components/schemas/X` becomes `#/$defs/X`, so the component schemas form one JSON Schema document. */
function toJsonSchema(value: Json): Json {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === "$ref" && typeof child === "string" ? child.replace("#/components/schemas/", "#/$defs/") : toJsonSchema(child);
  }
  return out;
}

export function buildModel(document: JsonObject): { operations: OperationModel[]; defs: JsonObject } {
  const components = asObject(document.components, "components");
  const defs: JsonObject = { ...asObject(toJsonSchema(asObject(components.schemas, "components.schemas")), "schemas") };
  const operations: OperationModel[] = [];
  for (const [path, pathItemValue] of Object.entries(asObject(document.paths, "paths"))) {
    const pathItem = asObject(pathItemValue, path);
    const shared = ((pathItem.parameters ?? []) as Json[]).map((p) => resolve(document, p, path) as unknown as Parameter);
    for (const method of HTTP_METHODS) {
      if (!pathItem[method]) continue;
      const operation = asObject(pathItem[method], `${path}.${method}`);
      const operationId = String(operation.operationId);
      const own = ((operation.parameters ?? []) as Json[]).map((p) => resolve(document, p, operationId) as unknown as Parameter);
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];

      const pathParams = parameters
        .filter((p) => p.in === "path")
        .map((p) => ({ name: p.name, validator: `validate${schemaRefName(p.schema, `${operationId} path parameter ${p.name}`)}` }));

      const queryParams = parameters.filter((p) => p.in === "query");
      let query: OperationModel["query"];
      if (queryParams.length > 0) {
        const name = `${operationId}Query`;
        defs[name] = {
          type: "object",
          description: `Query parameters of ${operationId}.`,
          properties: Object.fromEntries(queryParams.map((p) => [p.name, toJsonSchema(p.schema)])),
          required: queryParams.filter((p) => p.required).map((p) => p.name),
          additionalProperties: false,
        };
        query = { validator: `validate${name}` };
      }

      let requestBody: OperationModel["requestBody"];
      if (operation.requestBody) {
        const body = resolve(document, operation.requestBody, `${operationId}.requestBody`);
        const media = asObject(
          asObject(body.content, `${operationId}.requestBody.content`)["application/json"],
          `${operationId} application/json body`,
        );
        const name = schemaRefName(asObject(media.schema, `${operationId} body schema`), `${operationId} request body`);
        requestBody = { validator: `validate${name}`, required: body.required === true };
      }

      const responses = Object.entries(asObject(operation.responses, `${operationId}.responses`)).map(([status, value]) => {
        const response = resolve(document, value, `${operationId}.responses.${status}`);
        const json = response.content ? asObject(response.content, status)["application/json"] : undefined;
        const headers = Object.keys(response.headers ? asObject(response.headers, status) : {});
        if (!json) return { status, headers };
        const name = schemaRefName(asObject(asObject(json, status).schema, status), `${operationId} ${status} response`);
        return { status, validator: `validate${name}`, headers };
      });

      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        summary: String(operation.summary ?? ""),
        pathParams,
        query,
        requestBody,
        responses,
      });
    }
  }
  return { operations, defs };
}

/** Every validator the operations use (path parameters, query, body, responses), sorted, each once. */
function validatorNames(operations: OperationModel[]): string[] {
  const names = new Set<string>();
  for (const operation of operations) {
    for (const p of operation.pathParams) names.add(p.validator);
    if (operation.query) names.add(operation.query.validator);
    if (operation.requestBody) names.add(operation.requestBody.validator);
    for (const r of operation.responses) if (r.validator) names.add(r.validator);
  }
  return [...names].sort();
}

async function renderTypes(document: JsonObject): Promise<string> {
  const ast = await openapiTS(document as never, { silent: true });
  return `${HEADER}${astToString(ast)}`;
}

function renderAliases(document: JsonObject, operations: OperationModel[]): string {
  const components = asObject(document.components, "components");
  const lines = [HEADER, 'import type { components, operations } from "./schema.js";', ""];
  for (const name of Object.keys(asObject(components.schemas, "components.schemas"))) {
    const schema = asObject(asObject(components.schemas, "schemas")[name], name);
    if (typeof schema.description === "string") lines.push(`/** ${schema.description.trim().replace(/\s+/g, " ")} */`);
    lines.push(`export type ${name} = components["schemas"]["${name}"];`);
  }
  lines.push("");
  for (const operation of operations) {
    if (operation.query) {
      lines.push(`/** Query parameters of ${operation.operationId}. */`);
      lines.push(`export type ${operation.operationId}Query = NonNullable<operations["${operation.operationId}"]["parameters"]["query"]>;`);
    }
  }
  lines.push("");
  lines.push("/** The operationIds of the API. */");
  lines.push(`export type OperationId = ${operations.map((o) => JSON.stringify(o.operationId)).join(" | ")};`);
  return `${lines.join("\n")}\n`;
}

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
        if (typeof value !== "string" || !Object.hasOwn(formats, value)) fail(`format must be one of ${Object.keys(formats).join(", ")}`);
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

function renderValidators(defs: JsonObject, operations: OperationModel[]): string {
  // Ajv in strict mode still compiles every schema, so that the spec stays valid JSON Schema as Ajv reads it.
  const ajv = new Ajv({ strict: true, allErrors: true, unicodeRegExp: true });
  for (const name of Object.keys(formats)) ajv.addFormat(name, formats[name as keyof typeof formats] as never);
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

function renderOperations(document: JsonObject, operations: OperationModel[]): string {
  const servers = (document.servers ?? []) as Json[];
  const serverUrl = String(asObject(servers[0], "servers[0]").url);
  const entries = operations.map((operation) => {
    const pathParams = operation.pathParams.map((p) => `${JSON.stringify(p.name)}: ${p.validator}`);
    const responses = operation.responses.map(
      (r) => `${JSON.stringify(r.status)}: { validate: ${r.validator ?? "undefined"}, headers: ${JSON.stringify(r.headers)} }`,
    );
    return [
      `  ${operation.operationId}: {`,
      `    operationId: ${JSON.stringify(operation.operationId)},`,
      `    method: ${JSON.stringify(operation.method)},`,
      `    path: ${JSON.stringify(operation.path)},`,
      `    summary: ${JSON.stringify(operation.summary)},`,
      `    pathParams: {${pathParams.length ? ` ${pathParams.join(", ")} ` : ""}},`,
      `    query: ${operation.query ? operation.query.validator : "undefined"},`,
      `    requestBody: ${operation.requestBody ? `{ validate: ${operation.requestBody.validator}, required: ${operation.requestBody.required} }` : "undefined"},`,
      `    responses: {`,
      ...responses.map((r) => `      ${r},`),
      `    },`,
      `  },`,
    ].join("\n");
  });
  const rateLimitHeaders = [...new Set(operations.flatMap((o) => o.responses.filter((r) => r.status === "429").flatMap((r) => r.headers)))];
  return [
    HEADER,
    `import { ${validatorNames(operations).join(", ")} } from "./validators.js";`,
    "",
    "/** The API's default server. */",
    `export const serverUrl = ${JSON.stringify(serverUrl)};`,
    "",
    "/** Headers that a rate-limited (429) response carries. */",
    `export const rateLimitHeaderNames = ${JSON.stringify(rateLimitHeaders)} as const;`,
    "",
    "/** Every operation of the spec: its method, path and the validators of its inputs and outputs. */",
    "export const operations = {",
    ...entries,
    "} as const;",
    "",
  ].join("\n");
}

function renderSpecData(document: JsonObject): string {
  const components = asObject(document.components, "components");
  const examples = Object.fromEntries(
    Object.entries(asObject(components.examples, "components.examples")).map(([name, example]) => [
      name,
      asObject(example, name).value ?? null,
    ]),
  );
  return [
    HEADER,
    "/** The spec's component schemas (OpenAPI 3.1 / JSON Schema 2020-12), for tools that derive data from them. */",
    `export const schemas = ${JSON.stringify(components.schemas, null, 2)} as const;`,
    "",
    "/** The spec's reusable parameters (path and query), with their schemas, limits and defaults. */",
    `export const parameters = ${JSON.stringify(components.parameters, null, 2)} as const;`,
    "",
    "/** The spec's named examples, by component name. */",
    `export const examples = ${JSON.stringify(examples, null, 2)} as const;`,
    "",
  ].join("\n");
}

export async function loadSpec(root: string): Promise<JsonObject> {
  return asObject(parse(await readFile(join(root, SPEC_FILE), "utf8")) as Json, "the document");
}

/** Every generated file, by path from the repository root. */
export async function renderAll(root: string): Promise<Map<string, string>> {
  const document = await loadSpec(root);
  const { operations, defs } = buildModel(document);
  return new Map([
    ["packages/types/src/generated/schema.ts", await renderTypes(document)],
    ["packages/types/src/generated/aliases.ts", renderAliases(document, operations)],
    ["packages/fetch/src/generated/validators.ts", renderValidators(defs, operations)],
    ["packages/fetch/src/generated/operations.ts", renderOperations(document, operations)],
    ["packages/fetch/src/generated/spec.ts", renderSpecData(document)],
  ]);
}
