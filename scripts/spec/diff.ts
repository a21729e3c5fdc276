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

export type Level = "major" | "minor" | "patch";
type Direction = "request" | "response";

/** One difference: how it is released, where (operation, JSON pointer into the spec), and before → after. */
export interface SpecChange {
  level: Level;
  /** The operation (operationId) through which it is reached first; `components` for a schema no operation uses. */
  operation: string;
  pointer: string;
  /** What kind of change, in the README table's words. */
  rule: string;
  before: Json | undefined;
  after: Json | undefined;
}

export const LEVELS: Record<Level, number> = { patch: 0, minor: 1, major: 2 };

const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
const text = (value: Json | undefined) => JSON.stringify(value);

function at(document: JsonObject, pointer: string): Json | undefined {
  let node: Json | undefined = document;
  for (const segment of pointer.split("/").slice(1)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, Json>)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

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

class Differ {
  readonly changes: SpecChange[] = [];
  /** Pointers (of either side) whose differences are classified; the text pass leaves them alone. */
  readonly covered = new Set<string>();
  readonly #seen = new Set<string>();
  readonly #reached = new Set<string>();

  constructor(
    readonly before: JsonObject,
    readonly after: JsonObject,
  ) {}

  add(level: Level, operation: string, pointer: string, rule: string, before: Json | undefined, after: Json | undefined): void {
    this.covered.add(pointer);
    if (this.changes.some((change) => change.pointer === pointer && change.rule === rule)) return;
    this.changes.push({ level, operation, pointer, rule, before, after });
  }

  /** Compares two schemas, following `$ref`s (each pair of component schemas once per direction). */
  schema(b: Json | undefined, a: Json | undefined, pointer: string, direction: Direction, operation: string): void {
    if (!isObject(b) || !isObject(a)) {
      if (text(b) !== text(a)) this.add(direction === "request" ? "major" : "minor", operation, pointer, "schema replaced", b, a);
      return;
    }
    let before = b;
    let after = a;
    let where = pointer;
    if (typeof b.$ref === "string" || typeof a.$ref === "string") {
      const refBefore = typeof b.$ref === "string" ? b.$ref : undefined;
      const refAfter = typeof a.$ref === "string" ? a.$ref : undefined;
      if (refBefore) before = (at(this.before, refBefore.slice(1)) as JsonObject) ?? {};
      if (refAfter) after = (at(this.after, refAfter.slice(1)) as JsonObject) ?? {};
      if (refBefore && refAfter && refBefore === refAfter) where = refAfter.slice(1);
      else if (refBefore !== refAfter)
        this.add("patch", operation, `${pointer}/$ref`, "the schema named here changed", refBefore ?? null, refAfter ?? null);
      const key = `${direction} ${refBefore} ${refAfter}`;
      if (this.#seen.has(key)) return;
      this.#seen.add(key);
      if (refAfter) this.#reached.add(refAfter.slice(1));
      if (refBefore) this.#reached.add(refBefore.slice(1));
    }
    this.#compare(before, after, where, direction, operation);
  }

  #compare(b: JsonObject, a: JsonObject, pointer: string, direction: Direction, operation: string): void {
    const request = direction === "request";
    const types = (schema: JsonObject) => new Set(([] as Json[]).concat(schema.type ?? []).map(String));
    const typesBefore = types(b);
    const typesAfter = types(a);
    const added = [...typesAfter].filter((type) => !typesBefore.has(type));
    const removed = [...typesBefore].filter((type) => !typesAfter.has(type));
    if (typesBefore.size > 0 && (added.length > 0 || removed.length > 0)) {
      const wider = removed.length === 0;
      const level = request ? (wider ? "minor" : "major") : wider ? "major" : "minor";
      this.add(
        level,
        operation,
        `${pointer}/type`,
        wider ? `${direction} type wider (${added.join(", ")})` : `${direction} type changed`,
        b.type,
        a.type,
      );
    }

    if (Array.isArray(b.enum) || Array.isArray(a.enum)) {
      const before = new Set(((b.enum ?? []) as Json[]).map(text));
      const after = new Set(((a.enum ?? []) as Json[]).map(text));
      const gone = [...before].filter((value) => !after.has(value));
      const fresh = [...after].filter((value) => !before.has(value));
      if (!Array.isArray(b.enum))
        this.add(request ? "major" : "minor", operation, `${pointer}/enum`, `${direction} enum added`, null, a.enum);
      else if (!Array.isArray(a.enum))
        this.add(request ? "minor" : "major", operation, `${pointer}/enum`, `${direction} enum removed`, b.enum, null);
      else {
        if (gone.length > 0) this.add("major", operation, `${pointer}/enum`, `${direction} enum value removed`, b.enum, a.enum);
        if (fresh.length > 0) this.add("minor", operation, `${pointer}/enum`, `new value of a ${direction} enum`, b.enum, a.enum);
      }
    }

    // Limits: in a request, narrower breaks callers; in a response, they change what is checked, not a type.
    const limit = (key: string, upper: boolean) => {
      const before = b[key] as number | undefined;
      const after = a[key] as number | undefined;
      if (before === after) return;
      if (!request) {
        this.add("patch", operation, `${pointer}/${key}`, "response constraint changed", before ?? null, after ?? null);
        return;
      }
      const narrower = after !== undefined && (before === undefined || (upper ? after < before : after > before));
      this.add(
        narrower ? "major" : "minor",
        operation,
        `${pointer}/${key}`,
        narrower ? "request constraint narrower" : "request constraint wider",
        before ?? null,
        after ?? null,
      );
    };
    for (const key of ["maxLength", "maximum", "maxItems", "exclusiveMaximum"]) limit(key, true);
    for (const key of ["minLength", "minimum", "minItems", "exclusiveMinimum"]) limit(key, false);
    for (const key of ["pattern", "format"]) {
      if (text(b[key]) === text(a[key])) continue;
      const level = !request ? "patch" : a[key] === undefined ? "minor" : "major";
      this.add(
        level,
        operation,
        `${pointer}/${key}`,
        request ? (a[key] === undefined ? "request constraint wider" : "request constraint narrower") : "response constraint changed",
        b[key] ?? null,
        a[key] ?? null,
      );
    }

    const propertiesBefore = (isObject(b.properties) ? b.properties : {}) as JsonObject;
    const propertiesAfter = (isObject(a.properties) ? a.properties : {}) as JsonObject;
    const requiredBefore = new Set(((b.required ?? []) as Json[]).map(String));
    const requiredAfter = new Set(((a.required ?? []) as Json[]).map(String));
    for (const name of Object.keys(propertiesBefore)) {
      const where = `${pointer}/properties/${escapeSegment(name)}`;
      if (!(name in propertiesAfter)) this.add("major", operation, where, "a field removed from a schema", propertiesBefore[name], null);
      else this.schema(propertiesBefore[name], propertiesAfter[name], where, direction, operation);
    }
    for (const name of Object.keys(propertiesAfter)) {
      if (name in propertiesBefore) continue;
      const where = `${pointer}/properties/${escapeSegment(name)}`;
      if (!request) this.add("minor", operation, where, "a new response field", null, propertiesAfter[name]);
      else if (requiredAfter.has(name)) this.add("major", operation, where, "a new required request field", null, propertiesAfter[name]);
      else this.add("minor", operation, where, "a new optional request field", null, propertiesAfter[name]);
    }
    for (const name of requiredAfter) {
      if (requiredBefore.has(name) || !(name in propertiesBefore)) continue;
      this.add(
        request ? "major" : "minor",
        operation,
        `${pointer}/required`,
        request ? "a request field becomes required" : "a response field becomes required",
        b.required,
        a.required,
      );
    }
    for (const name of requiredBefore) {
      if (requiredAfter.has(name) || !(name in propertiesAfter)) continue;
      this.add(
        request ? "minor" : "major",
        operation,
        `${pointer}/required`,
        request ? "a request field becomes optional" : "a response field becomes optional",
        b.required,
        a.required,
      );
    }

    const extraBefore = b.additionalProperties;
    const extraAfter = a.additionalProperties;
    if (isObject(extraBefore) && isObject(extraAfter))
      this.schema(extraBefore, extraAfter, `${pointer}/additionalProperties`, direction, operation);
    else if (text(extraBefore) !== text(extraAfter)) {
      const closes = extraAfter === false;
      const level = request ? (closes ? "major" : "minor") : "minor";
      this.add(
        level,
        operation,
        `${pointer}/additionalProperties`,
        closes ? `${direction} schema closed to other fields` : `${direction} schema opened to other fields`,
        extraBefore ?? null,
        extraAfter ?? null,
      );
    }

    if (b.items !== undefined || a.items !== undefined) this.schema(b.items, a.items, `${pointer}/items`, direction, operation);

    for (const key of ["allOf", "oneOf", "anyOf"]) {
      const before = (b[key] ?? []) as Json[];
      const after = (a[key] ?? []) as Json[];
      if (before.length === 0 && after.length === 0) continue;
      const name = (member: Json) => (isObject(member) && typeof member.$ref === "string" ? member.$ref : undefined);
      const matched = new Set<number>();
      before.forEach((member, index) => {
        const ref = name(member);
        const partner =
          ref === undefined
            ? index < after.length && name(after[index]!) === undefined
              ? index
              : -1
            : after.findIndex((candidate) => name(candidate) === ref);
        if (partner < 0) {
          // One schema fewer in allOf is wider; in oneOf/anyOf, narrower.
          const wider = key === "allOf";
          this.add(
            request === wider ? "minor" : "major",
            operation,
            `${pointer}/${key}/${index}`,
            `${direction} ${key} member removed`,
            member,
            null,
          );
        } else {
          matched.add(partner);
          this.schema(member, after[partner], `${pointer}/${key}/${index}`, direction, operation);
        }
      });
      after.forEach((member, index) => {
        if (matched.has(index)) return;
        const narrower = key === "allOf";
        this.add(
          request === narrower ? "major" : "minor",
          operation,
          `${pointer}/${key}/${index}`,
          `${direction} ${key} member added`,
          null,
          member,
        );
      });
    }
  }

  get reached(): ReadonlySet<string> {
    return this.#reached;
  }
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
  if ([...differ.covered].some((covered) => pointer === covered || pointer.startsWith(`${covered}/`))) return;
  // Into both objects; into one that the other lacks only where a classified change lies beneath.
  const beneath = () => [...differ.covered].some((covered) => covered.startsWith(`${pointer}/`));
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
      differ.covered.add(operation.pointer);
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
