/**
 * The spec as the generator reads it: loaded from spec/, with every operation reduced to what the
 * renderers emit (method, path, validators, input and result types, response headers). Each
 * renderer (render-*.ts) turns this model into one generated file; none reads the spec itself.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

export const SPEC_FILE = "spec/intelligence-v3.yaml";
export const HEADER = `// Generated from ${SPEC_FILE} by \`pnpm generate\`; do not edit.\n`;
const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/**
 * The `format`s the generated validators may name. The runtime's checker types a schema's `format`
 * by its own table, so a name here that the runtime lacks fails the build of @convintel/fetch.
 */
export const FORMATS = ["uri", "date-time", "int32"] as const;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

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
  /** Each path parameter with the named schema that types and checks it. */
  pathParams: { name: string; schema: string; validator: string }[];
  query?: { type: string; validator: string; required: boolean };
  requestBody?: { schema: string; validator: string; required: boolean };
  responses: { status: string; schema?: string; validator?: string; headers: string[] }[];
  /** The named schema of the success response's body; undefined when it has none (204). */
  resultSchema: string | undefined;
}

/** A response header that the client reads into a field: `requestId`, `rateLimit.limit`, ... */
export interface HeaderField {
  field: string;
  name: string;
}

export interface SpecModel {
  document: JsonObject;
  operations: OperationModel[];
  /** The component schemas and the operations' query schemas, as one JSON Schema `$defs`. */
  defs: JsonObject;
  headerFields: HeaderField[];
  serverUrl: string;
  /** The named schema each named example illustrates (from the media types that use it). */
  exampleSchemas: Map<string, string>;
}

export function asObject(value: Json | undefined, where: string): JsonObject {
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

function headerFields(components: JsonObject): HeaderField[] {
  const headers = components.headers === undefined ? {} : asObject(components.headers, "components.headers");
  const fields: HeaderField[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const field = asObject(value, `components.headers.${name}`)["x-convintel-field"];
    if (field === undefined) continue;
    if (typeof field !== "string" || !/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?$/.test(field)) {
      throw new Error(
        `${SPEC_FILE}: components.headers.${name}: x-convintel-field must be a field name such as requestId or rateLimit.limit`,
      );
    }
    if (fields.some((known) => known.field === field)) throw new Error(`${SPEC_FILE}: two headers have x-convintel-field ${field}`);
    fields.push({ field, name });
  }
  return fields;
}

export function buildModel(document: JsonObject): SpecModel {
  const components = asObject(document.components, "components");
  const defs: JsonObject = { ...asObject(toJsonSchema(asObject(components.schemas, "components.schemas")), "schemas") };
  const operations: OperationModel[] = [];
  const exampleSchemas = new Map<string, string>();
  const noteExamples = (media: JsonObject, schema: string, where: string) => {
    if (media.examples === undefined) return;
    for (const [key, example] of Object.entries(asObject(media.examples, `${where} examples`))) {
      const ref = asObject(example, `${where} example ${key}`).$ref;
      if (typeof ref !== "string" || !ref.startsWith("#/components/examples/")) continue;
      const name = ref.slice("#/components/examples/".length);
      const known = exampleSchemas.get(name);
      if (known !== undefined && known !== schema) throw new Error(`${SPEC_FILE}: example ${name} illustrates both ${known} and ${schema}`);
      exampleSchemas.set(name, schema);
    }
  };
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
        .map((p) => {
          const schema = schemaRefName(p.schema, `${operationId} path parameter ${p.name}`);
          return { name: p.name, schema, validator: `validate${schema}` };
        });

      const queryParams = parameters.filter((p) => p.in === "query");
      let query: OperationModel["query"];
      if (queryParams.length > 0) {
        const name = `${operationId}Query`;
        const required = queryParams.filter((p) => p.required).map((p) => p.name);
        defs[name] = {
          type: "object",
          description: `Query parameters of ${operationId}.`,
          properties: Object.fromEntries(queryParams.map((p) => [p.name, toJsonSchema(p.schema)])),
          required,
          additionalProperties: false,
        };
        query = { type: name, validator: `validate${name}`, required: required.length > 0 };
      }

      let requestBody: OperationModel["requestBody"];
      if (operation.requestBody) {
        const body = resolve(document, operation.requestBody, `${operationId}.requestBody`);
        const media = asObject(
          asObject(body.content, `${operationId}.requestBody.content`)["application/json"],
          `${operationId} application/json body`,
        );
        const schema = schemaRefName(asObject(media.schema, `${operationId} body schema`), `${operationId} request body`);
        noteExamples(media, schema, `${operationId} request body`);
        requestBody = { schema, validator: `validate${schema}`, required: body.required === true };
      }

      const responses = Object.entries(asObject(operation.responses, `${operationId}.responses`)).map(([status, value]) => {
        const response = resolve(document, value, `${operationId}.responses.${status}`);
        const json = response.content ? asObject(response.content, status)["application/json"] : undefined;
        const headers = Object.keys(response.headers ? asObject(response.headers, status) : {});
        if (!json) return { status, headers };
        const media = asObject(json, status);
        const schema = schemaRefName(asObject(media.schema, status), `${operationId} ${status} response`);
        noteExamples(media, schema, `${operationId} ${status} response`);
        return { status, schema, validator: `validate${schema}`, headers };
      });
      const successes = responses.filter((r) => r.status.startsWith("2"));
      if (successes.length !== 1) throw new Error(`${SPEC_FILE}: ${operationId} must declare exactly one success (2xx) response`);

      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        summary: String(operation.summary ?? ""),
        pathParams,
        query,
        requestBody,
        responses,
        resultSchema: successes[0]!.schema,
      });
    }
  }
  const servers = (document.servers ?? []) as Json[];
  const serverUrl = String(asObject(servers[0], "servers[0]").url);
  return { document, operations, defs, headerFields: headerFields(components), serverUrl, exampleSchemas };
}

/** Every validator the operations use (path parameters, query, body, responses), sorted, each once. */
export function validatorNames(operations: OperationModel[]): string[] {
  const names = new Set<string>();
  for (const operation of operations) {
    for (const p of operation.pathParams) names.add(p.validator);
    if (operation.query) names.add(operation.query.validator);
    if (operation.requestBody) names.add(operation.requestBody.validator);
    for (const r of operation.responses) if (r.validator) names.add(r.validator);
  }
  return [...names].sort();
}

export async function loadSpec(root: string): Promise<JsonObject> {
  return asObject(parse(await readFile(join(root, SPEC_FILE), "utf8")) as Json, "the document");
}
