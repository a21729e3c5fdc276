/**
 * The MCP server: the generated tools (one per operation of the spec) answered through
 * `@convintel/client`, so an agent's call is checked as any call of the client is (the spec's rules,
 * unknown fields refused, configuration writes checked against their operators) and nothing is sent
 * when a check fails. Read-only unless it is started to allow writes; deletes need their own flag.
 * A configuration's update is sent only at the version the agent read (conditional-update.ts); an
 * update answers what it wrote over, or where that is kept (kept-updates.ts); a delete answers what it
 * deleted (kept-deletes.ts).
 */
import {
  ApiError,
  callOperation,
  IntelligenceError,
  type IntelligenceClient,
  type Operator,
  RequestValidationError,
  type UpdateConfigurationRequest,
} from "@convintel/client";
import { validationSchema } from "@convintel/fetch/spec";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, type CallToolResult, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { type ToolDescriptor, tools } from "./generated/tools.js";
import { CONDITIONAL_UPDATE, isConfigurationUpdate, missingVersion, updateIfUnchanged } from "./conditional-update.js";
import { deleteKeeping } from "./kept-deletes.js";
import { isOperatorUpdate, keptOperatorUpdate } from "./kept-updates.js";
import { PlanSession, planTools } from "./plans.js";
import { ToolRefused } from "./refusals.js";

export interface ServerOptions {
  /** The client every tool calls through (its credentials, base URL, retries). */
  client: IntelligenceClient;
  /** Allow the tools that create and update (POST, PUT). Default false: read-only. */
  allowWrites?: boolean;
  /** Allow the tools that delete, on top of `allowWrites`. Default false. */
  allowDeletes?: boolean;
  /** The name and version the server reports to its clients. */
  name?: string;
  version?: string;
}

// Configuration writes are checked against the operators their rules name, as `checkOperators` does.
const CHECKED_WRITES = new Set(["CreateConfiguration", "UpdateConfiguration"]);

const text = (value: string, isError = false): CallToolResult => ({
  content: [{ type: "text", text: value }],
  ...(isError ? { isError } : {}),
});

const definitions: Readonly<Record<string, unknown>> = validationSchema.$defs;

/** A tool's whole input schema: its shape, with the `$defs` it names, as the validators have them. */
function inputSchemaOf(tool: ToolDescriptor) {
  if (tool.defNames.length === 0) return tool.inputShape;
  return { ...tool.inputShape, $defs: Object.fromEntries(tool.defNames.map((name) => [name, definitions[name]])) };
}

/**
 * A write the API can make conditional (`If-Match`: an operator's update) is only sent conditional,
 * and a configuration's update, which it cannot, only with the version the agent read: an agent
 * never writes over a change made since. Why a call is refused for it, or undefined.
 */
function unconditional(tool: ToolDescriptor, args: Record<string, unknown>): string | undefined {
  // The API cannot make this one conditional: the server does, from the version the agent read.
  if (isConfigurationUpdate(tool)) return missingVersion(args.body);
  const condition = tool.access === "write" ? tool.headerParams.find(({ name }) => name === "If-Match") : undefined;
  if (!condition || args[condition.field] !== undefined) return undefined;
  return `Refused before sending (nothing was sent): /${condition.field} is required here: pass the version the operator had when you read it (its ETag), so that a change made since is never written over.`;
}

/** Why a tool may not run on this server, or undefined when it may. */
function refusal(tool: Pick<ToolDescriptor, "name" | "access">, options: ServerOptions): string | undefined {
  if (tool.access === "read") return undefined;
  if (!options.allowWrites)
    return `${tool.name} changes the account, and this server is read-only: start it with --allow-writes${tool.access === "delete" ? " and --allow-deletes" : ""}. Nothing was sent.`;
  if (tool.access === "delete" && !options.allowDeletes)
    return `${tool.name} deletes, and this server does not allow deletes: start it with --allow-deletes too. Nothing was sent.`;
  return undefined;
}

/** The call's input from the tool's arguments; an argument the tool does not take is refused by name. */
function inputOf(tool: ToolDescriptor, args: Record<string, unknown>): { input: Record<string, unknown> } | { unknown: string } {
  const properties = Object.keys(tool.inputShape.properties);
  const unknown = Object.keys(args).find((name) => !properties.includes(name));
  if (unknown !== undefined) return { unknown };
  const pick = (names: readonly string[]) =>
    Object.fromEntries(names.filter((name) => args[name] !== undefined).map((name) => [name, args[name]]));
  const header = Object.fromEntries(
    tool.headerParams.filter(({ field }) => args[field] !== undefined).map(({ field, name }) => [name, String(args[field])]),
  );
  const input: Record<string, unknown> = {};
  if (tool.pathParams.length) input.path = pick(tool.pathParams);
  if (tool.queryParams.length) input.query = pick(tool.queryParams);
  if (Object.keys(header).length) input.header = header;
  if (args.body !== undefined) input.body = args.body;
  return { input };
}

/** A failed call as the agent reads it: this server's refusal, each broken rule at its JSON pointer, or the API's answer. */
function failure(error: unknown): CallToolResult {
  if (error instanceof ToolRefused) return text(error.message, true);
  if (error instanceof RequestValidationError) {
    // Each message starts with its JSON pointer.
    const lines = error.issues.map((issue) => `${issue.in}: ${issue.message}`);
    return text(`Refused before sending (nothing was sent):\n${lines.join("\n")}`, true);
  }
  if (error instanceof ApiError) return text(`The API answered ${error.status}: ${error.message}`, true);
  if (error instanceof IntelligenceError) return text(error.message, true);
  throw error;
}

/** Runs one of the plan tools (plans.ts) with its arguments. */
function runPlanTool(session: PlanSession, name: string, args: Record<string, unknown>): Promise<unknown> {
  if (name === "plan_configuration_change") return session.plan(String(args.id), (args.change ?? {}) as Record<string, never>);
  if (name === "apply_configuration_plan") return session.apply(String(args.planId));
  if (name === "check_rule") return session.checkRule(args.rule);
  return session.summarize(String(args.conversationId));
}

/** An MCP server with the tools of every operation, and the plan tools; connect it to a transport (stdio: `StdioServerTransport`). */
export function createIntelligenceMcpServer(options: ServerOptions): Server {
  const server = new Server({ name: options.name ?? "convintel", version: options.version ?? "0.0.0" }, { capabilities: { tools: {} } });
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const plans = new Map(planTools.map((tool) => [tool.name, tool]));
  const session = new PlanSession(options.client);
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      ...planTools.map((tool) => ({
        name: tool.name,
        title: tool.title,
        description:
          tool.description +
          (refusal({ name: tool.name, access: tool.writes ? "write" : "read" }, options)
            ? "\n\nNot allowed on this server as it was started."
            : ""),
        inputSchema: tool.inputSchema,
        annotations: {
          title: tool.title,
          readOnlyHint: !tool.writes,
          destructiveHint: tool.writes,
          idempotentHint: true,
          openWorldHint: false,
        },
      })),
      ...tools.map((tool) => ({
        name: tool.name,
        title: tool.title,
        description:
          tool.description +
          (isConfigurationUpdate(tool) ? `\n\n${CONDITIONAL_UPDATE}` : "") +
          (refusal(tool, options) ? "\n\nNot allowed on this server as it was started." : ""),
        inputSchema: inputSchemaOf(tool),
        annotations: {
          title: tool.title,
          readOnlyHint: tool.access === "read",
          destructiveHint: tool.access !== "read",
          idempotentHint: tool.access !== "write" || tool.operationId.startsWith("Update"),
          openWorldHint: false,
        },
      })),
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    const planTool = plans.get(request.params.name);
    if (planTool) {
      const refused = refusal({ name: planTool.name, access: planTool.writes ? "write" : "read" }, options);
      if (refused) return text(refused, true);
      const unknown = Object.keys(args).find((name) => !(name in planTool.inputSchema.properties));
      if (unknown !== undefined)
        return text(`Refused before sending (nothing was sent): /${unknown} is not an argument of ${planTool.name}.`, true);
      const missing = planTool.inputSchema.required.find((name) => args[name] === undefined);
      if (missing !== undefined)
        return text(`Refused before sending (nothing was sent): /${missing} is required by ${planTool.name}.`, true);
      try {
        return text(JSON.stringify(await runPlanTool(session, planTool.name, args), null, 2));
      } catch (error) {
        return failure(error);
      }
    }
    const tool = byName.get(request.params.name);
    if (!tool) return text(`No tool ${request.params.name}: list the tools to see their names.`, true);
    const refused = refusal(tool, options);
    if (refused) return text(refused, true);
    const condition = unconditional(tool, args);
    if (condition) return text(condition, true);
    const read = inputOf(tool, args);
    if ("unknown" in read)
      return text(`Refused before sending (nothing was sent): /${read.unknown} is not an argument of ${tool.name}.`, true);
    try {
      if (tool.access === "delete") return text(JSON.stringify(await deleteKeeping(options.client, tool, read.input), null, 2));
      if (isConfigurationUpdate(tool)) {
        const body = args.body as UpdateConfigurationRequest & { version: number };
        return text(JSON.stringify(await updateIfUnchanged(options.client, String(args.id), body), null, 2));
      }
      const checks = CHECKED_WRITES.has(tool.operationId) ? { checkOperators: true } : undefined;
      const data: unknown = await callOperation(options.client, tool.operationId, read.input, checks);
      if (tool.paged) {
        const page = data as { items?: unknown[]; meta?: { nextToken?: string | null } };
        return text(JSON.stringify({ items: page.items ?? [], nextCursor: page.meta?.nextToken ?? null }, null, 2));
      }
      if (isOperatorUpdate(tool)) return text(JSON.stringify(keptOperatorUpdate(data as Operator), null, 2));
      return text(data === undefined ? `Done: ${tool.title}.` : JSON.stringify(data, null, 2));
    } catch (error) {
      return failure(error);
    }
  });
  return server;
}
