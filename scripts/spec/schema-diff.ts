/**
 * The comparison of two schemas of the spec, one pair at a time: each difference classified by
 * direction (a request's schema gets wider without breaking callers, a response's narrower), as
 * `diff.ts` asks for it. Also the vocabulary of a difference (`Level`, `SpecChange`).
 */
import type { Json, JsonObject } from "../lib/model.js";
import { isObject } from "./overlay.js";

export type Level = "major" | "minor" | "patch";
export type Direction = "request" | "response";

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

export const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
export const text = (value: Json | undefined) => JSON.stringify(value);

export function at(document: JsonObject, pointer: string): Json | undefined {
  let node: Json | undefined = document;
  for (const segment of pointer.split("/").slice(1)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, Json>)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

export class Differ {
  readonly changes: SpecChange[] = [];
  /** Pointers (of either side) whose differences are classified; the text pass leaves them alone. */
  readonly classified = new Set<string>();
  readonly #seen = new Set<string>();
  readonly #reached = new Set<string>();

  constructor(
    readonly before: JsonObject,
    readonly after: JsonObject,
  ) {}

  add(level: Level, operation: string, pointer: string, rule: string, before: Json | undefined, after: Json | undefined): void {
    this.classified.add(pointer);
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
