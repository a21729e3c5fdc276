/**
 * The spec as the generator reads it: loaded from spec/, with every operation reduced to what the
 * renderers emit (method, path, validators, input and result types, response headers). Each
 * renderer (render-*.ts) turns this model into one generated file; none reads the spec itself.
 */
import { buildSpec, loadSources } from "../spec/build.js";
import { NAME_MAPS } from "../spec/facts.js";

export const SPEC_FILE = "spec/intelligence-v3.yaml";
export const HEADER = `// Generated from ${SPEC_FILE} by \`pnpm generate\`; do not edit.\n`;
/** The methods a path item may hold an operation under (OpenAPI 3.1). */
export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/**
 * The `format`s the generated validators may name. The runtime's checker types a schema's `format`
 * by its own table, so a name here that the runtime lacks fails the build of @convintel/fetch.
 */
export const FORMATS = ["uri", "date-time", "int32"] as const;

/** A JSON literal in generated code. */
export const quote = (value: unknown): string => JSON.stringify(value);
/** An object key in generated code: bare when it is an identifier, quoted otherwise. */
export const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));

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
  description: string;
  /** Each path parameter with the named schema that types and checks it. */
  pathParams: { name: string; schema: string; validator: string }[];
  query?: { type: string; validator: string; required: boolean };
  /** `readOnly`: the top-level fields the spec marks read-only (the server's; a request does not send them). */
  requestBody?: { schema: string; validator: string; required: boolean; readOnly: string[] };
  responses: { status: string; schema?: string; validator?: string; headers: string[] }[];
  /** The named schema of the success response's body; undefined when it has none (204). */
  resultSchema: string | undefined;
  /** Request headers the operation declares (`If-Match`), each with the option field a method takes it from (`ifMatch`). */
  headerParams: { name: string; field: string; required: boolean }[];
  /**
   * Where the client's method lives and what it is called: `x-convintel-resource` / `x-convintel-method`
   * on the operation, else from the operationId (`UpdateOperator`: `operators`, `update`).
   */
  resource: string[];
  clientMethod: string;
  /** Pairs of query parameters (date-times) that may be at most `days` apart: `x-convintel-max-range`. */
  ranges: { from: string; to: string; days: number }[];
  /** For a list operation (its result has `items` and `meta`): the named schema of one item. */
  itemSchema: string | undefined;
}

/** A response header that the client reads into a field: `requestId`, `rateLimit.limit`, ... */
export interface HeaderField {
  field: string;
  name: string;
}

/** A request the provider sends (OpenAPI `webhooks`): its name and the schema of its JSON body. */
export interface WebhookModel {
  name: string;
  operationId: string;
  schema: string;
  validator: string;
}

export interface SpecModel {
  document: JsonObject;
  operations: OperationModel[];
  webhooks: WebhookModel[];
  /** Schemas that hand-written code checks values against beyond those of the operations (`x-convintel-validators`). */
  extraValidators: string[];
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
/** A parameter object, checked for the fields the model reads. */
function asParameter(node: JsonObject, where: string): Parameter {
  const { name, schema } = node;
  const location = node.in;
  if (typeof name !== "string" || !(location === "path" || location === "query" || location === "header" || location === "cookie"))
    throw new Error(`${SPEC_FILE}: ${where}: a parameter needs a name and a location (path, query, header or cookie)`);
  return { name, in: location, required: node.required === true, schema: asObject(schema, `${where} parameter ${name}`) };
}

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

const COMPONENT_SCHEMA = "#/components/schemas/";

/**
 * The component schemas as one JSON Schema document: `#/components/schemas/X` becomes `#/$defs/X`
 * (in `$ref`s and in discriminator mappings), and extensions (`x-...`) are left out.
 */
function toJsonSchema(value: Json, namesHere = false): Json {
  if (Array.isArray(value)) return value.map((item) => toJsonSchema(item));
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (!namesHere && key.startsWith("x-")) continue;
    if (!namesHere && key === "$ref" && typeof child === "string") out[key] = child.replace(COMPONENT_SCHEMA, "#/$defs/");
    else if (!namesHere && key === "mapping" && child !== null && typeof child === "object" && !Array.isArray(child)) {
      out[key] = Object.fromEntries(
        Object.entries(child).map(([tag, ref]) => [tag, typeof ref === "string" ? ref.replace(COMPONENT_SCHEMA, "#/$defs/") : ref]),
      );
    } else out[key] = toJsonSchema(child, !namesHere && (NAME_MAPS.has(key) || key === "$defs"));
  }
  return out;
}

/**
 * The headers a client reads into a field, from `x-convintel-field` on a header declared in
 * components/headers or inline on a response: each field names one header wherever it is declared.
 */
function headerFields(document: JsonObject): HeaderField[] {
  const fields: HeaderField[] = [];
  const note = (name: string, header: JsonObject, where: string) => {
    const field = header["x-convintel-field"];
    if (field === undefined) return;
    if (typeof field !== "string" || !/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?$/.test(field)) {
      throw new Error(`${SPEC_FILE}: ${where}: x-convintel-field must be a field name such as requestId or rateLimit.limit`);
    }
    const known = fields.find((entry) => entry.field === field);
    if (known && known.name.toLowerCase() !== name.toLowerCase()) {
      throw new Error(`${SPEC_FILE}: x-convintel-field ${field} names both ${known.name} and ${name}`);
    }
    if (!known) fields.push({ field, name });
  };
  const components = asObject(document.components, "components");
  for (const [name, value] of Object.entries(components.headers === undefined ? {} : asObject(components.headers, "components.headers"))) {
    note(name, asObject(value, `components.headers.${name}`), `components.headers.${name}`);
  }
  for (const [path, item] of Object.entries(asObject(document.paths, "paths"))) {
    for (const method of HTTP_METHODS) {
      const operation = asObject(item, path)[method];
      if (operation === undefined) continue;
      for (const [status, response] of Object.entries(asObject(asObject(operation, path).responses, `${path} responses`))) {
        const headers = asObject(response, status).headers;
        for (const [name, header] of Object.entries(headers === undefined ? {} : asObject(headers, status))) {
          note(name, asObject(header, name), `${path} ${method} ${status} ${name}`);
        }
      }
    }
  }
  return fields;
}

/** The top-level properties of a schema that are `readOnly`, themselves or through the schema they refer to (allOf included). */
function readOnlyFields(defs: JsonObject, name: string): string[] {
  const found = new Set<string>();
  const isReadOnly = (node: Json | undefined): boolean => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return false;
    if (node.readOnly === true) return true;
    return typeof node.$ref === "string" && isReadOnly(defs[node.$ref.slice("#/$defs/".length)]);
  };
  const visit = (node: Json | undefined) => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return;
    if (typeof node.$ref === "string") visit(defs[node.$ref.slice("#/$defs/".length)]);
    for (const part of (node.allOf ?? []) as Json[]) visit(part);
    const properties = node.properties;
    if (properties && typeof properties === "object" && !Array.isArray(properties)) {
      for (const [key, child] of Object.entries(properties)) if (isReadOnly(child)) found.add(key);
    }
  };
  visit(defs[name]);
  return [...found].sort();
}

function rangesOf(operationId: string, operation: JsonObject, queryNames: string[]): OperationModel["ranges"] {
  const value = operation["x-convintel-max-range"];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${SPEC_FILE}: ${operationId}: x-convintel-max-range must be a list`);
  return value.map((entry, index) => {
    const { from, to, days } = asObject(entry, `${operationId} x-convintel-max-range ${index}`);
    if (typeof from !== "string" || typeof to !== "string" || !queryNames.includes(from) || !queryNames.includes(to)) {
      throw new Error(`${SPEC_FILE}: ${operationId}: x-convintel-max-range ${index} must name two of its query parameters`);
    }
    if (typeof days !== "number" || !(days > 0))
      throw new Error(`${SPEC_FILE}: ${operationId}: x-convintel-max-range ${index}: days must be positive`);
    return { from, to, days };
  });
}

const VERBS = ["Create", "List", "Fetch", "Update", "Delete"];

/** `UpdateOperator` → `operators` and `update`; `ListConversations` → `conversations` and `list`. */
function methodOf(operationId: string, operation: JsonObject): { resource: string[]; clientMethod: string } {
  const verb = VERBS.find((candidate) => operationId.startsWith(candidate));
  const named = operation["x-convintel-resource"];
  const method = operation["x-convintel-method"];
  if ((named !== undefined && typeof named !== "string") || (method !== undefined && typeof method !== "string")) {
    throw new Error(`${SPEC_FILE}: ${operationId}: x-convintel-resource and x-convintel-method must be strings`);
  }
  if (verb === undefined && (named === undefined || method === undefined)) {
    throw new Error(
      `${SPEC_FILE}: ${operationId} starts with none of ${VERBS.join(", ")}: give x-convintel-resource and x-convintel-method`,
    );
  }
  const noun = operationId.slice(verb?.length ?? 0);
  const plural = verb === "List" ? noun : `${noun}s`;
  const resource = (named ?? `${plural[0]!.toLowerCase()}${plural.slice(1)}`).split(".");
  return { resource, clientMethod: method ?? verb!.toLowerCase() };
}

/** `If-Match` → `ifMatch`. */
function fieldName(header: string): string {
  const [first = "", ...rest] = header.split("-");
  return first.toLowerCase() + rest.map((part) => part[0]!.toUpperCase() + part.slice(1).toLowerCase()).join("");
}

export function buildModel(document: JsonObject): SpecModel {
  const components = asObject(document.components, "components");
  const defs: JsonObject = { ...asObject(toJsonSchema(asObject(components.schemas, "components.schemas"), true), "schemas") };
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
    const shared = ((pathItem.parameters ?? []) as Json[]).map((p) => asParameter(resolve(document, p, path), path));
    for (const method of HTTP_METHODS) {
      if (!pathItem[method]) continue;
      const operation = asObject(pathItem[method], `${path}.${method}`);
      const operationId = String(operation.operationId);
      const own = ((operation.parameters ?? []) as Json[]).map((p) => asParameter(resolve(document, p, operationId), operationId));
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
        requestBody = { schema, validator: `validate${schema}`, required: body.required === true, readOnly: readOnlyFields(defs, schema) };
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

      const resultSchema = successes[0]!.schema;
      const result = resultSchema === undefined ? undefined : asObject(defs[resultSchema], resultSchema);
      const items = result?.properties === undefined ? undefined : asObject(result.properties, resultSchema!).items;
      const isPage = items !== undefined && "meta" in asObject(result!.properties, resultSchema!);
      let itemSchema: string | undefined;
      if (isPage) {
        const item = asObject(asObject(items, `${resultSchema}.items`).items, `${resultSchema}.items.items`).$ref;
        if (typeof item !== "string") throw new Error(`${SPEC_FILE}: the items of ${resultSchema} must $ref a named schema`);
        itemSchema = item.slice("#/$defs/".length);
      }
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        summary: String(operation.summary ?? ""),
        description: String(operation.description ?? ""),
        pathParams,
        query,
        requestBody,
        responses,
        resultSchema,
        headerParams: parameters
          .filter((p) => p.in === "header")
          .map((p) => ({ name: p.name, field: fieldName(p.name), required: p.required === true })),
        ...methodOf(operationId, operation),
        itemSchema,
        ranges: rangesOf(
          operationId,
          operation,
          queryParams.map((p) => p.name),
        ),
      });
    }
  }
  const servers = (document.servers ?? []) as Json[];
  const serverUrl = String(asObject(servers[0], "servers[0]").url);
  const extra = document["x-convintel-validators"] ?? [];
  if (!Array.isArray(extra) || extra.some((name) => typeof name !== "string" || !(name in defs)))
    throw new Error(`${SPEC_FILE}: x-convintel-validators must list names of component schemas`);
  return {
    document,
    operations,
    webhooks: webhooksOf(document),
    extraValidators: (extra as string[]).map((name) => `validate${name}`),
    defs,
    headerFields: headerFields(document),
    serverUrl,
    exampleSchemas,
  };
}

function webhooksOf(document: JsonObject): WebhookModel[] {
  if (document.webhooks === undefined) return [];
  return Object.entries(asObject(document.webhooks, "webhooks")).map(([name, item]) => {
    const post = asObject(asObject(item, `webhooks.${name}`).post, `webhooks.${name}.post`);
    const body = resolve(document, post.requestBody, `webhooks.${name}.requestBody`);
    const media = asObject(
      asObject(body.content, `webhooks.${name} content`)["application/json"],
      `webhooks.${name} application/json body`,
    );
    const schema = schemaRefName(asObject(media.schema, `webhooks.${name} body schema`), `webhook ${name} body`);
    return { name, operationId: String(post.operationId), schema, validator: `validate${schema}` };
  });
}

/** Every validator the operations (path parameters, query, body, responses) and webhooks use, sorted, each once. */
export function validatorNames(operations: OperationModel[], webhooks: WebhookModel[] = [], extra: string[] = []): string[] {
  const names = new Set<string>([...extra, ...webhooks.map((webhook) => webhook.validator)]);
  for (const operation of operations) {
    for (const p of operation.pathParams) names.add(p.validator);
    if (operation.query) names.add(operation.query.validator);
    if (operation.requestBody) names.add(operation.requestBody.validator);
    for (const r of operation.responses) if (r.validator) names.add(r.validator);
  }
  return [...names].sort();
}

/** The spec, built from its sources in spec/ (see scripts/spec/build.ts); SPEC_FILE is this document as YAML. */
export async function loadSpec(root: string): Promise<JsonObject> {
  return buildSpec(await loadSources(root));
}
