/**
 * packages/mcp/src/generated/tools.ts: one MCP tool per operation of the spec, as data. Each tool's
 * input schema is made of the schemas the generated validators check (the operation's path
 * parameters, its query's properties, its request headers and its body), naming the `$defs` it
 * reaches (the server takes them from @convintel/fetch/spec); its description is the spec's summary
 * and description, in this project's words. A new operation in the spec is a new tool with no
 * hand-written code.
 */
import { HEADER, type Json, type JsonObject, type OperationModel, type SpecModel } from "./model.js";

/** `UpdateConfiguration` → `update_configuration`. */
export const toolName = (operationId: string) => operationId.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "_").toLowerCase();

/** Every `#/$defs/<name>` a schema reaches, transitively. */
function reachable(schema: Json, defs: JsonObject, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) reachable(item, defs, found);
  else if (schema !== null && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) {
        const name = value.slice("#/$defs/".length);
        if (!found.has(name)) {
          found.add(name);
          reachable(defs[name] ?? null, defs, found);
        }
      } else reachable(value, defs, found);
    }
  }
  return found;
}

/** What the server reads of a tool's arguments, and the schema an agent fills them in by. */
function toolOf(operation: OperationModel, defs: JsonObject) {
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const parameter of operation.pathParams) {
    properties[parameter.name] = { $ref: `#/$defs/${parameter.schema}` };
    required.push(parameter.name);
  }
  const queryParams: string[] = [];
  if (operation.query) {
    const query = defs[operation.query.type] as JsonObject | undefined;
    for (const [name, schema] of Object.entries((query?.properties as JsonObject | undefined) ?? {})) {
      properties[name] = schema;
      queryParams.push(name);
    }
    for (const name of (query?.required as string[] | undefined) ?? []) required.push(name);
  }
  for (const header of operation.headerParams) {
    properties[header.field] = { type: "string", description: `Sent as the ${header.name} header.` };
    if (header.required) required.push(header.field);
  }
  if (operation.requestBody) {
    properties.body = { $ref: `#/$defs/${operation.requestBody.schema}` };
    if (operation.requestBody.required) required.push("body");
  }
  const inputShape: JsonObject = { type: "object", properties, required, additionalProperties: false };
  // The `$defs` it reaches are named, not copied: the server takes them from @convintel/fetch/spec.
  const defNames = [...reachable(inputShape, defs)].sort();
  const access = operation.method === "GET" ? "read" : operation.method === "DELETE" ? "delete" : "write";
  return {
    name: toolName(operation.operationId),
    operationId: operation.operationId,
    title: operation.summary,
    description: [
      operation.summary,
      operation.description,
      operation.itemSchema === undefined
        ? ""
        : "This tool answers `{ items, nextCursor }`: pass nextCursor back as pageToken for the next page (it is null on the last).",
    ]
      .filter(Boolean)
      .join("\n\n"),
    access,
    pathParams: operation.pathParams.map((parameter) => parameter.name),
    queryParams,
    headerParams: operation.headerParams.map(({ field, name }) => ({ field, name })),
    paged: operation.itemSchema !== undefined,
    inputShape,
    defNames,
  };
}

export function renderMcpTools({ operations, defs }: SpecModel): string {
  const tools = operations.map((operation) => toolOf(operation, defs));
  return [
    HEADER,
    "",
    "/** How a tool touches the account: `read` (GET), `write` (POST, PUT) or `delete`. */",
    'export type ToolAccess = "read" | "write" | "delete";',
    "",
    "/** One tool: what it calls, how its arguments map to the call, and the schema an agent fills them in by. */",
    "export interface ToolDescriptor {",
    "  readonly name: string;",
    "  readonly operationId: string;",
    "  readonly title: string;",
    "  readonly description: string;",
    "  readonly access: ToolAccess;",
    "  readonly pathParams: readonly string[];",
    "  readonly queryParams: readonly string[];",
    "  readonly headerParams: readonly { readonly field: string; readonly name: string }[];",
    "  /** A list: its page's `meta.nextToken` is given back as the cursor an agent passes as `pageToken`. */",
    "  readonly paged: boolean;",
    "  /** The input schema without its `$defs`, which `defNames` names in `validationSchema` of @convintel/fetch/spec. */",
    '  readonly inputShape: { readonly type: "object"; readonly properties: Readonly<Record<string, unknown>>; readonly required: readonly string[]; readonly additionalProperties: false };',
    "  readonly defNames: readonly string[];",
    "}",
    "",
    "/** Every operation of the spec as a tool, in the spec's order. */",
    `export const tools: readonly ToolDescriptor[] = ${JSON.stringify(tools, null, 2)};`,
    "",
  ].join("\n");
}
