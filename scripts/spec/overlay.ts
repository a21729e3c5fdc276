/**
 * OpenAPI Overlay 1.0 (https://spec.openapis.org/overlay/v1.0.0.html): an ordered list of actions,
 * each a JSONPath `target` with an `update` (merged into every node it selects) or `remove: true`.
 * JSONPath is jsonpath-plus's. The applier is ours, in about forty lines, because the one JavaScript
 * implementation (openapi-overlays-js 0.2) reports a failing action on stderr and goes on, and says
 * nothing when a target selects nothing. Here both are errors: when a provider release renames
 * what an action describes, the build stops and names the action, instead of dropping our words.
 */
import { JSONPath } from "jsonpath-plus";
import type { Json, JsonObject } from "../lib/model.js";

export interface OverlayAction {
  target: string;
  description?: string;
  update?: Json;
  remove?: boolean;
}

export interface Overlay {
  overlay: string;
  info: { title: string; version: string };
  actions: OverlayAction[];
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The Overlay merge: objects merge key by key, arrays are appended to, anything else is replaced. */
function merge(target: Json, update: Json): Json {
  if (Array.isArray(target) && Array.isArray(update)) return [...target, ...structuredClone(update)];
  if (!isObject(target) || !isObject(update)) return structuredClone(update);
  for (const [key, value] of Object.entries(update)) target[key] = key in target ? merge(target[key]!, value) : structuredClone(value);
  return target;
}

interface Match {
  value: Json;
  parent: JsonObject | Json[] | null;
  parentProperty: string | number | null;
  pointer: string;
}

/** Applies `overlay` to `document` in place and returns it. Throws on an action that selects nothing. */
export function applyOverlay(document: JsonObject, overlay: Overlay, source: string): JsonObject {
  if (!/^1\.0\.\d+$/.test(String(overlay.overlay))) throw new Error(`${source}: overlay must be version 1.0.x`);
  overlay.actions.forEach((action, index) => {
    const where = `${source}: action ${index + 1} (target ${action.target})`;
    if ((action.update === undefined) === (action.remove !== true)) throw new Error(`${where}: give either update or remove: true`);
    const matches = select(document, action.target);
    if (matches.length === 0) throw new Error(`${where}: the target selects nothing`);
    // Removed from the last match back, so that removing an array item leaves the others' indices as they were.
    for (const match of action.remove ? [...matches].reverse() : matches) {
      const { parent, parentProperty } = match;
      if (action.remove) {
        if (parent === null || parentProperty === null) throw new Error(`${where}: the document root cannot be removed`);
        if (Array.isArray(parent)) parent.splice(Number(parentProperty), 1);
        else delete parent[parentProperty];
      } else if (!isObject(match.value)) {
        throw new Error(`${where}: an update must target objects; ${match.pointer} is not one`);
      } else merge(match.value, action.update!);
    }
  });
  return document;
}

/** The matches of a JSONPath in a document, with their JSON pointers. */
export function select(document: JsonObject, path: string): Match[] {
  return JSONPath({ path, json: document, resultType: "all", wrap: true }) as Match[];
}
