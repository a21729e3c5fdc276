/**
 * A delete through this server keeps what it deletes. The API has no undo, so the object is read
 * first and the answer to the delete carries it as it was, with the call that creates it again where
 * the API has one (`recreate`: its tool and arguments): the agent, and the person reading its
 * transcript, can restore it from there.
 */
import { callOperation, type IntelligenceClient } from "@convintel/client";
import { CreateConfigurationOperation, type OperationId, operations } from "@convintel/fetch";
import { type ToolDescriptor, tools } from "./generated/tools.js";
import { ToolRefused } from "./refusals.js";

const byOperation = new Map(tools.map((tool) => [tool.operationId, tool]));

/** The read of the object a delete tool removes, and the tool that creates one (undefined where the API has none). */
function companions(tool: ToolDescriptor): { read: ToolDescriptor | undefined; create: ToolDescriptor | undefined } {
  const resource = tool.operationId.replace(/^Delete/, "");
  return { read: byOperation.get(`Fetch${resource}`), create: byOperation.get(`Create${resource}`) };
}

export async function deleteKeeping(
  client: IntelligenceClient,
  tool: ToolDescriptor,
  input: { path?: Record<string, unknown> },
): Promise<unknown> {
  const { read, create } = companions(tool);
  if (!read)
    throw new ToolRefused(
      `${tool.name} is refused: the API has no way to read the object first, so it could not be kept. Nothing was deleted.`,
    );
  const kept: unknown = await callOperation(client, read.operationId, { path: input.path });
  await callOperation(client, tool.operationId, input);
  if (!create) return { deleted: input.path, kept, restore: "The API has no undo and cannot create it again: `kept` is the only copy." };
  return {
    deleted: input.path,
    kept,
    recreate: { tool: create.name, arguments: { body: creationBody(create, kept) } },
    restore: `The API has no undo: ${create.name} with the arguments of \`recreate\` creates it again, under a new id${create.operationId === CreateConfigurationOperation.operationId ? " (its rules under new ids too)" : ""}.`,
  };
}

/**
 * `kept` as the body of the call that creates it again: without the fields the server sets, and,
 * for a configuration, without its rules' ids (a rule id names a rule of an existing configuration;
 * a create gives each rule a new one).
 */
function creationBody(create: ToolDescriptor, kept: unknown): unknown {
  if (typeof kept !== "object" || kept === null) return kept;
  const body: Record<string, unknown> = { ...kept };
  const requestBody = operations[create.operationId as OperationId].requestBody;
  for (const field of requestBody && "readOnly" in requestBody ? requestBody.readOnly : []) delete body[field];
  if (create.operationId === CreateConfigurationOperation.operationId && Array.isArray(body.rules))
    body.rules = body.rules.map((rule: unknown) => {
      if (typeof rule !== "object" || rule === null) return rule;
      const { id: _id, ...rest } = rule as Record<string, unknown>;
      return rest;
    });
  return body;
}
