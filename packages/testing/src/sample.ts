import type { Random } from "./random.js";
import { isRecord } from "./records.js";

// A value that fits an operator's `outputSchema`, drawn from the fake's seeded generator. Written
// here rather than taken from a JSON Schema faker: the provider limits output schemas to a small set
// of keywords (object, array, string, number, integer, boolean, enum, anyOf, $defs/$ref; at most 10
// levels), and this covers them on every runtime the fake runs on, where json-schema-faker 0.5.9
// unpacks to 1.4 MB before its dependencies and draws from Math.random unless it is given a generator.

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema of any shape, read keyword by keyword.
type Schema = any;

const WORDS = ["account", "billing", "refund", "order", "delivery", "password", "upgrade", "warranty", "invoice", "appointment"];
const MAX_DEPTH = 10;

/** Follows a local `$ref` (`#/$defs/x`, `#/definitions/x`) inside the root schema. */
function resolve(schema: Schema, root: Schema): Schema {
  let current = schema;
  for (let hops = 0; typeof current?.$ref === "string" && hops < 32; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith("#")) return {};
    current = ref
      .slice(1)
      .split("/")
      .filter((segment) => segment !== "")
      .reduce((node, segment) => node?.[segment.replace(/~1/g, "/").replace(/~0/g, "~")], root);
  }
  return current ?? {};
}

function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type: string) => type !== "null") ?? "null";
  if (typeof schema.type === "string") return schema.type;
  if (schema.properties !== undefined) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
}

/** A value of `schema` (relative to `root`, for its references). */
export function sampleOf(schema: Schema, random: Random, root: Schema = schema, depth = 0): unknown {
  const node = resolve(schema, root);
  if (node.const !== undefined) return structuredClone(node.const);
  if (Array.isArray(node.enum) && node.enum.length > 0) return structuredClone(node.enum[random.below(node.enum.length)]);
  const choices = node.anyOf ?? node.oneOf;
  if (Array.isArray(choices) && choices.length > 0) return sampleOf(choices[random.below(choices.length)], random, root, depth + 1);
  if (Array.isArray(node.allOf) && node.allOf.length > 0) {
    const parts = node.allOf.map((part: Schema) => sampleOf(part, random, root, depth + 1));
    return parts.every(isRecord) ? Object.assign({}, ...parts) : parts[0];
  }
  switch (typeOf(node)) {
    case "object": {
      const out: Record<string, unknown> = {};
      if (depth >= MAX_DEPTH) return out;
      for (const [name, property] of Object.entries(node.properties ?? {})) out[name] = sampleOf(property, random, root, depth + 1);
      return out;
    }
    case "array": {
      if (depth >= MAX_DEPTH || node.items === undefined) return [];
      const least = Number.isInteger(node.minItems) ? node.minItems : 1;
      const most = Math.max(least, Number.isInteger(node.maxItems) ? Math.min(node.maxItems, least + 2) : least + 2);
      return Array.from({ length: least + random.below(most - least + 1) }, () => sampleOf(node.items, random, root, depth + 1));
    }
    case "integer": {
      const low = typeof node.minimum === "number" ? Math.ceil(node.minimum) : 0;
      const high = typeof node.maximum === "number" ? Math.floor(node.maximum) : low + 100;
      return low + random.below(Math.max(1, high - low + 1));
    }
    case "number": {
      const low = typeof node.minimum === "number" ? node.minimum : 0;
      const high = typeof node.maximum === "number" ? node.maximum : low + 1;
      return Math.round((low + random.next() * (high - low)) * 1000) / 1000;
    }
    case "boolean":
      return random.below(2) === 1;
    case "null":
      return null;
    default:
      return WORDS[random.below(WORDS.length)];
  }
}
