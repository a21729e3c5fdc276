export type { components, operations, paths, webhooks, $defs } from "./generated/schema.js";
export type * from "./generated/aliases.js";
