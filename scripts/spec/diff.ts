/**
 * Every difference between two builds of the spec (spec/intelligence-v3.yaml), each classified by
 * the README's semantic-versioning table: what it does to the generated types and to calls.
 *
 * Written here rather than taken from an OpenAPI diff library: openapi-diff 0.24 (the npm package
 * most used for this) reads OpenAPI 3.0 only (this spec is 3.1), installs 63 packages (22 MB), and
 * classifies changes as breaking or not without our table's distinctions (a new response enum
 * value is minor here; a narrower request limit is major, a narrower response limit a patch).
 *
 * Direction matters: a schema a request uses gets wider without breaking callers and narrower by
 * breaking them; a schema a response uses the other way round. A schema both use is compared both
 * ways. Webhook bodies are what callers receive, so they are compared as responses.
 */
import { HTTP_METHODS, type Json, type JsonObject } from "../lib/model.js";
import { isObject } from "./overlay.js";
import { at, Differ, escapeSegment, LEVELS, text, type Level, type SpecChange } from "./schema-diff.js";

export { LEVELS, type Level, type SpecChange } from "./schema-diff.js";

export interface OperationAt {
  path: string;
  method: string;
  pointer: string;
  operation: JsonObject;
  parameters: JsonObject[];
}

/** Every operation of a spec by operationId, with its path, method and parameters (the path's included). */
export function operationsOf(document: JsonObject): Map<string, OperationAt> {
  const found = new Map<string, OperationAt>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as JsonObject)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== "string") continue;
      const resolveParameter = (parameter: Json) =>
        isObject(parameter) && typeof parameter.$ref === "string"
          ? (at(document, parameter.$ref.slice(1)) as JsonObject)
          : (parameter as JsonObject);
      const own = ((operation.parameters ?? []) as Json[]).map(resolveParameter);
      const shared = ((item.parameters ?? []) as Json[])
        .map(resolveParameter)
        .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      found.set(operation.operationId, {
        path,
        method,
        pointer: `/paths/${escapeSegment(path)}/${method}`,
        operation,
        parameters: [...shared, ...own],
      });
    }
  }
  return found;
}

function mediaSchema(holder: Json | undefined): Json | undefined {
  if (!isObject(holder) || !isObject(holder.content)) return undefined;
  const json = holder.content["application/json"];
  return isObject(json) ? json.schema : undefined;
}

function resolved(document: JsonObject, value: Json | undefined): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  return typeof value.$ref === "string" ? (at(document, value.$ref.slice(1)) as JsonObject | undefined) : value;
}

function compareOperation(differ: Differ, id: string, before: OperationAt, after: OperationAt): void {
  const { before: documentBefore, after: documentAfter } = differ;
  const key = (parameter: JsonObject) => `${parameter.in} ${parameter.name}`;
  const parametersAfter = new Map(after.parameters.map((parameter) => [key(parameter), parameter]));
  for (const parameter of before.parameters) {
    const where = `${after.pointer}/parameters/${escapeSegment(key(parameter))}`;
    const partner = parametersAfter.get(key(parameter));
    if (!partner) {
      differ.add("major", id, where, "a parameter removed", parameter, null);
      continue;
    }
    if (parameter.required !== true && partner.required === true)
      differ.add("major", id, where, "a request field becomes required", false, true);
    if (parameter.required === true && partner.required !== true)
      differ.add("minor", id, where, "a request field becomes optional", true, false);
    differ.schema(parameter.schema, partner.schema, `${where}/schema`, "request", id);
  }
  for (const parameter of after.parameters) {
    if (before.parameters.some((candidate) => key(candidate) === key(parameter))) continue;
    const where = `${after.pointer}/parameters/${escapeSegment(key(parameter))}`;
    differ.add(
      parameter.required === true ? "major" : "minor",
      id,
      where,
      parameter.required === true ? "a new required request field" : "a new optional request field",
      null,
      parameter,
    );
  }

  const bodyBefore = resolved(documentBefore, before.operation.requestBody);
  const bodyAfter = resolved(documentAfter, after.operation.requestBody);
  const bodyPointer = `${after.pointer}/requestBody`;
  if (bodyBefore && !bodyAfter) differ.add("major", id, bodyPointer, "the request body removed", bodyBefore, null);
  else if (!bodyBefore && bodyAfter)
    differ.add(bodyAfter.required === true ? "major" : "minor", id, bodyPointer, "a request body added", null, bodyAfter);
  else if (bodyBefore && bodyAfter) {
    if (bodyBefore.required !== true && bodyAfter.required === true)
      differ.add("major", id, `${bodyPointer}/required`, "a request field becomes required", false, true);
    differ.schema(mediaSchema(bodyBefore), mediaSchema(bodyAfter), `${bodyPointer}/content/application~1json/schema`, "request", id);
  }

  const responsesBefore = (before.operation.responses ?? {}) as JsonObject;
  const responsesAfter = (after.operation.responses ?? {}) as JsonObject;
  for (const [status, value] of Object.entries(responsesBefore)) {
    const where = `${after.pointer}/responses/${status}`;
    const partner = resolved(documentAfter, responsesAfter[status]);
    const response = resolved(documentBefore, value);
    if (!partner) {
      differ.add(status.startsWith("2") ? "major" : "minor", id, where, "a response removed", response ?? null, null);
      continue;
    }
    differ.schema(mediaSchema(response), mediaSchema(partner), `${where}/content/application~1json/schema`, "response", id);
    const headersAfter = (partner.headers ?? {}) as JsonObject;
    for (const name of Object.keys((response?.headers ?? {}) as JsonObject)) {
      if (!(name in headersAfter))
        differ.add("major", id, `${where}/headers/${escapeSegment(name)}`, "a response header removed", name, null);
    }
  }
  for (const status of Object.keys(responsesAfter)) {
    if (!(status in responsesBefore))
      differ.add(
        "minor",
        id,
        `${after.pointer}/responses/${status}`,
        "a response added",
        null,
        resolved(documentAfter, responsesAfter[status]) ?? null,
      );
  }
}

/** Leaf differences no classified change covers: descriptions, examples, extensions. */
function textChanges(differ: Differ, before: Json | undefined, after: Json | undefined, pointer: string): void {
  if (text(before) === text(after)) return;
  if ([...differ.classified].some((done) => pointer === done || pointer.startsWith(`${done}/`))) return;
  // Into both objects; into one that the other lacks only where a classified change lies beneath.
  const beneath = () => [...differ.classified].some((done) => done.startsWith(`${pointer}/`));
  if (
    (isObject(before) && isObject(after)) ||
    ((isObject(before) || isObject(after)) && (before === undefined || after === undefined) && beneath())
  ) {
    const b = (before ?? {}) as JsonObject;
    const a = (after ?? {}) as JsonObject;
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)]))
      textChanges(differ, b[key], a[key], `${pointer}/${escapeSegment(key)}`);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, index) => {
      textChanges(differ, item, after[index], `${pointer}/${index}`);
    });
    return;
  }
  const operation = pointer.startsWith("/paths/") ? "paths" : "components";
  differ.changes.push({
    level: "patch",
    operation,
    pointer,
    rule: "descriptions, examples and other text",
    before: before ?? null,
    after: after ?? null,
  });
}

export function diffSpecs(before: JsonObject, after: JsonObject): SpecChange[] {
  const differ = new Differ(before, after);
  const operationsBefore = operationsOf(before);
  const operationsAfter = operationsOf(after);
  for (const [id, operation] of operationsBefore) {
    const partner = operationsAfter.get(id);
    if (!partner)
      differ.add("major", id, operation.pointer, "an operation removed", `${operation.method.toUpperCase()} ${operation.path}`, null);
    else if (partner.path !== operation.path || partner.method !== operation.method) {
      differ.add(
        "major",
        id,
        partner.pointer,
        "an operation's path or method changed",
        `${operation.method.toUpperCase()} ${operation.path}`,
        `${partner.method.toUpperCase()} ${partner.path}`,
      );
      differ.classified.add(operation.pointer);
    } else compareOperation(differ, id, operation, partner);
  }
  for (const [id, operation] of operationsAfter) {
    if (!operationsBefore.has(id))
      differ.add("minor", id, operation.pointer, "a new operation", null, `${operation.method.toUpperCase()} ${operation.path}`);
  }
  // What callers receive from the provider: compared as responses.
  const webhooksBefore = (before.webhooks ?? {}) as JsonObject;
  const webhooksAfter = (after.webhooks ?? {}) as JsonObject;
  for (const name of new Set([...Object.keys(webhooksBefore), ...Object.keys(webhooksAfter)])) {
    const pointer = `/webhooks/${escapeSegment(name)}`;
    const schemaBefore = mediaSchema(
      resolved(
        before,
        (webhooksBefore[name] as JsonObject | undefined)?.post && ((webhooksBefore[name] as JsonObject).post as JsonObject).requestBody,
      ),
    );
    const schemaAfter = mediaSchema(
      resolved(
        after,
        (webhooksAfter[name] as JsonObject | undefined)?.post && ((webhooksAfter[name] as JsonObject).post as JsonObject).requestBody,
      ),
    );
    if (schemaBefore === undefined && schemaAfter !== undefined)
      differ.add("minor", `webhook ${name}`, pointer, "a new webhook", null, name);
    else if (schemaBefore !== undefined && schemaAfter === undefined)
      differ.add("major", `webhook ${name}`, pointer, "a webhook removed", name, null);
    else if (schemaBefore !== undefined)
      differ.schema(
        schemaBefore,
        schemaAfter,
        `${pointer}/post/requestBody/content/application~1json/schema`,
        "response",
        `webhook ${name}`,
      );
  }
  // Every component schema is a public type (an alias in @convintel/types).
  const schemasBefore = ((before.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  const schemasAfter = ((after.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  for (const name of Object.keys(schemasBefore)) {
    const pointer = `/components/schemas/${escapeSegment(name)}`;
    if (!(name in schemasAfter)) differ.add("major", "components", pointer, "a schema renamed or removed", name, null);
    else if (!differ.reached.has(pointer))
      differ.schema({ $ref: `#${pointer}` }, { $ref: `#${pointer}` }, pointer, "response", "components");
  }
  for (const name of Object.keys(schemasAfter)) {
    if (!(name in schemasBefore))
      differ.add("minor", "components", `/components/schemas/${escapeSegment(name)}`, "a new schema", null, name);
  }
  textChanges(differ, before, after, "");
  return differ.changes;
}

/** The highest level among the changes; undefined when there are none. */
export function highestLevel(changes: readonly SpecChange[]): Level | undefined {
  let highest: Level | undefined;
  for (const change of changes) if (highest === undefined || LEVELS[change.level] > LEVELS[highest]) highest = change.level;
  return highest;
}

/** The bump a level asks for at a version: before 1.0.0 a major change is released as a minor and the rest as a patch (the README). */
export function bumpFor(level: Level, version: string): Level {
  if (!version.startsWith("0.")) return level;
  return level === "major" ? "minor" : "patch";
}
