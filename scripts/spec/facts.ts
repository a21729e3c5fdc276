/**
 * The facts of the provider's OpenAPI description, without its prose: every path, operation,
 * parameter, schema, limit, pattern, enum, format, header and status code stays; every description,
 * summary, title and example goes (this project writes its own, in spec/overlay.yaml). What is left
 * is what spec/provider/ holds and what `pnpm spec:sync` refreshes from a new provider release.
 */
import type { Json, JsonObject } from "../lib/model.js";

/** Keys whose values are the provider's words (or its sample data), not facts about the API. */
const PROSE = new Set(["description", "summary", "title", "example", "examples", "termsOfService"]);

/** Maps whose keys are names chosen by the API, never OpenAPI keywords: a property called `description` stays. */
export const NAME_MAPS = new Set(["properties", "patternProperties"]);

function strip(value: Json, namesHere: boolean): Json {
  if (Array.isArray(value)) return value.map((item) => strip(item, false));
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (!namesHere && PROSE.has(key)) continue;
    out[key] = strip(child, !namesHere && NAME_MAPS.has(key));
  }
  return out;
}

/** The provider's document reduced to its facts (see the module comment). */
export function providerFacts(document: JsonObject): JsonObject {
  const facts = strip(document, false) as JsonObject;
  // The named examples are sample data as a whole; their references went with `examples` above.
  const components = facts.components as JsonObject | undefined;
  if (components) delete components.examples;
  return facts;
}
