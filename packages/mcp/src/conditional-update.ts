/**
 * `update_configuration` as the API cannot send it: conditional. A configuration's update takes no
 * `If-Match`, so a plain PUT would write over whatever someone changed after the agent read it. This
 * server sends it only with the version the agent read (`body.version`, as `fetch_configuration`
 * answers it): the configuration is read again, through `configurations.modify()` with the operator
 * check, and the write is refused, nothing written, when it is at another version now. What it writes
 * over is in its answer (kept-updates.ts).
 */
import type { IntelligenceClient, UpdateConfigurationRequest } from "@convintel/client";
import { toUpdateRequest } from "@convintel/client";
import { UpdateConfigurationOperation } from "@convintel/fetch";
import { type KeptUpdate, modifyKeeping } from "./kept-updates.js";
import { changedFields } from "./plans.js";
import { ToolRefused } from "./refusals.js";

/** Whether a tool is the configuration update this module sends conditional. */
export const isConfigurationUpdate = (tool: { readonly operationId: string }): boolean =>
  tool.operationId === UpdateConfigurationOperation.operationId;

/** What the tool's description adds, so that an agent knows before it calls. */
export const CONDITIONAL_UPDATE =
  "This server sends it only with body.version, the version of the configuration you read (fetch_configuration answers it): when the configuration is at another version now, the update is refused and nothing is written. The answer carries the configuration as it was before (replaced), with how to put it back.";

/** Why an update cannot be sent conditional, or undefined when it names the version it was read at. */
export function missingVersion(body: unknown): string | undefined {
  const version = typeof body === "object" && body !== null && "version" in body ? body.version : undefined;
  if (Number.isInteger(version)) return undefined;
  return "Refused before sending (nothing was sent): /body/version is required here: pass the configuration's version as you read it (fetch_configuration answers it), so that a change made since is never written over. plan_configuration_change and apply_configuration_plan do the same from a partial edit.";
}

export function updateIfUnchanged(
  client: IntelligenceClient,
  id: string,
  body: UpdateConfigurationRequest & { version: number },
): Promise<KeptUpdate> {
  return modifyKeeping(client, id, (current) => {
    if (current.version === body.version) return body;
    const differing = changedFields(body, toUpdateRequest(current)).map(({ field, after }) => ({ field, now: after }));
    throw new ToolRefused(
      `${id} is at version ${current.version} now, not version ${body.version} as you read it: someone changed it since. Nothing was written. Fetch it again and decide; the fields where it now differs from your body: ${JSON.stringify(differing)}`,
    );
  });
}
