/**
 * A delete through this server keeps what it deletes. The API has no undo, so the object is read
 * first and the answer to the delete carries it as it was, with the tool that creates it again where
 * the API has one: the agent, and the person reading its transcript, can restore it from there.
 */
import { callOperation, type IntelligenceClient } from "@convintel/client";
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
  return {
    deleted: input.path,
    kept,
    restore: create
      ? `The API has no undo: ${create.name} with the fields of \`kept\` creates it again (under a new id).`
      : "The API has no undo and cannot create it again: `kept` is the only copy.",
  };
}
