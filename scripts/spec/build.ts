/**
 * Builds the spec the generator reads (spec/intelligence-v3.yaml) from three sources in spec/:
 *
 * - `provider/intelligence-v3.json`: the provider's OpenAPI 3.0 description reduced to its facts
 *   (facts.ts). Never edited by hand; `pnpm spec:sync` replaces it.
 * - `names.yaml`: a name for each schema that the provider writes inline where the generated code
 *   needs a named type (the error body, a page of results, ...).
 * - `overlay.yaml`: an OpenAPI Overlay with this project's own words (descriptions, summaries,
 *   examples) and its deliberate additions, each explained where it is made.
 *
 * The steps: OpenAPI 3.0 becomes 3.1 (`nullable` becomes a `null` type), every inline schema that
 * equals a component becomes a `$ref` to it, the named schemas move to components, and the overlay
 * is applied. Facts are never changed by the steps before the overlay.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { HTTP_METHODS, type Json, type JsonObject } from "../lib/model.js";
import { NAME_MAPS } from "./facts.js";
import { applyOverlay, isObject, select, type Overlay } from "./overlay.js";

export const PROVIDER_FACTS_FILE = "spec/provider/intelligence-v3.json";
export const NAMES_FILE = "spec/names.yaml";
export const OVERLAY_FILE = "spec/overlay.yaml";

export interface SpecSources {
  facts: JsonObject;
  names: { schemas: Record<string, string[]> };
  overlay: Overlay;
}

/** OpenAPI 3.0's `nullable` in 3.1's terms: `nullable: true` adds `null` to the type; `nullable: false` says nothing. */
function upgradeSchemas(value: Json, namesHere = false): Json {
  if (Array.isArray(value)) return value.map((item) => upgradeSchemas(item));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (!namesHere && key === "nullable") continue;
    out[key] = upgradeSchemas(child, !namesHere && NAME_MAPS.has(key));
  }
  if (!namesHere && value.nullable === true) {
    if (typeof value.type !== "string") throw new Error(`${PROVIDER_FACTS_FILE}: nullable without a single type is not supported`);
    out.type = [value.type, "null"];
  }
  return out;
}

/** A canonical text of a JSON value (object keys sorted), so that equal schemas compare equal. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (!isObject(value)) return JSON.stringify(value);
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`)
    .join(",")}}`;
}

function schemasOf(document: JsonObject): JsonObject {
  const components = document.components as JsonObject;
  return components.schemas as JsonObject;
}

/** Moves each named inline schema to components/schemas and refers to it where it was. */
function nameSchemas(document: JsonObject, names: SpecSources["names"]): void {
  const schemas = schemasOf(document);
  for (const [name, targets] of Object.entries(names.schemas)) {
    if (name in schemas) throw new Error(`${NAMES_FILE}: ${name} is already a schema of the provider's description`);
    let named: Json | undefined;
    for (const target of targets) {
      const matches = select(document, target);
      if (matches.length === 0) throw new Error(`${NAMES_FILE}: ${name}: the target ${target} selects nothing`);
      for (const match of matches) {
        if (named === undefined) named = match.value;
        else if (canonical(match.value) !== canonical(named))
          throw new Error(`${NAMES_FILE}: ${name}: ${match.pointer} differs from the other schemas given this name`);
        (match.parent as JsonObject)[match.parentProperty as string] = { $ref: `#/components/schemas/${name}` };
      }
    }
    schemas[name] = named!;
  }
}

/** Where the generated code needs a named schema: each parameter, request body and response body. */
function inlineSchemaSlots(document: JsonObject): { holder: JsonObject; where: string }[] {
  const slots: { holder: JsonObject; where: string }[] = [];
  for (const [path, item] of Object.entries(document.paths as JsonObject)) {
    if (!isObject(item)) continue;
    const parameters = (list: Json | undefined, where: string) => {
      for (const parameter of (list ?? []) as Json[])
        if (isObject(parameter)) slots.push({ holder: parameter, where: `${where} ${parameter.name}` });
    };
    parameters(item.parameters, path);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      parameters(operation.parameters, String(operation.operationId));
      const media = (holder: Json | undefined) =>
        isObject(holder) && isObject(holder.content) ? holder.content["application/json"] : undefined;
      const body = media(operation.requestBody);
      if (isObject(body)) slots.push({ holder: body, where: `${operation.operationId} body` });
      for (const [status, response] of Object.entries((operation.responses ?? {}) as JsonObject)) {
        const json = media(response);
        if (isObject(json)) slots.push({ holder: json, where: `${operation.operationId} ${status}` });
      }
    }
  }
  return slots;
}

/** Replaces each inline schema that equals a component schema with a `$ref` to that component. */
function referComponents(document: JsonObject): void {
  const byText = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemasOf(document))) {
    const text = canonical(schema);
    // The first of several equal components is the one referred to (the provider defines a few twice).
    if (!byText.has(text)) byText.set(text, name);
  }
  for (const { holder } of inlineSchemaSlots(document)) {
    const schema = holder.schema;
    if (!isObject(schema) || "$ref" in schema) continue;
    const name = byText.get(canonical(schema));
    if (name !== undefined) holder.schema = { $ref: `#/components/schemas/${name}` };
  }
}

/** The spec of this project, from its sources (see the module comment). */
export function buildSpec(sources: SpecSources): JsonObject {
  const document = upgradeSchemas(structuredClone(sources.facts)) as JsonObject;
  if (!/^3\.0\.\d+$/.test(String(document.openapi))) throw new Error(`${PROVIDER_FACTS_FILE}: expected an OpenAPI 3.0 description`);
  document.openapi = "3.1.0";
  // Inline copies of components become references first, so that names given to parts of components
  // (names.yaml) apply to every copy; then the inline schemas that equal a newly named one follow.
  referComponents(document);
  nameSchemas(document, sources.names);
  referComponents(document);
  return applyOverlay(document, sources.overlay, OVERLAY_FILE);
}

export async function loadSources(root: string): Promise<SpecSources> {
  const read = (file: string) => readFile(join(root, file), "utf8");
  return {
    facts: JSON.parse(await read(PROVIDER_FACTS_FILE)) as JsonObject,
    names: parse(await read(NAMES_FILE)) as SpecSources["names"],
    overlay: parse(await read(OVERLAY_FILE)) as Overlay,
  };
}
