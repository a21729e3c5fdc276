/**
 * An update through this server says where what it wrote over is kept. The API keeps no earlier
 * versions of a configuration, so the answer to its update carries the configuration as it was, with
 * how to put it back: the agent, and the person reading its transcript, can restore it from there.
 * An operator's earlier versions stay in the API, and the answer to its update says where.
 */
import {
  type IntelligenceClient,
  type IntelligenceConfiguration,
  type Operator,
  toUpdateRequest,
  type UpdateConfigurationRequest,
} from "@convintel/client";
import { UpdateOperatorOperation } from "@convintel/fetch";

/** What an update through this server answers: the configuration written, and the one it replaced. */
export interface KeptUpdate {
  updated: IntelligenceConfiguration;
  /** The configuration's fields as they were before this update, as an update body that puts them back. */
  replaced: { version: number; body: UpdateConfigurationRequest };
  restore: string;
}

/**
 * Writes a configuration through `configurations.modify()` with the operator check (`change` decides
 * from the configuration as it is now, or throws to write nothing), and answers what it replaced.
 */
export async function modifyKeeping(
  client: IntelligenceClient,
  id: string,
  change: (current: IntelligenceConfiguration) => UpdateConfigurationRequest,
): Promise<KeptUpdate> {
  let replaced: IntelligenceConfiguration | undefined;
  const updated = await client.configurations.modify(
    id,
    (current) => {
      replaced = current;
      return change(current);
    },
    { checkOperators: true },
  );
  // modify() calls back before it writes: the configuration replaced is the one it read last.
  return keptUpdate(updated, replaced!);
}

/**
 * The answer to an update that wrote `updated` over `replaced`, with `replaced` as an update body that
 * puts it back: a rule that `updated` still has keeps its id; one it no longer has loses it (an update
 * naming a rule the configuration does not have is refused), so it comes back as a new rule.
 */
function keptUpdate(updated: IntelligenceConfiguration, replaced: IntelligenceConfiguration): KeptUpdate {
  const present = new Set(updated.rules.map((rule) => rule.id));
  const body = toUpdateRequest(replaced);
  let removed = 0;
  const rules = body.rules.map(({ id, ...rule }) => {
    if (id !== undefined && present.has(id)) return { id, ...rule };
    removed++;
    return rule;
  });
  return {
    updated,
    replaced: { version: replaced.version, body: { ...body, rules } },
    restore: `The API keeps no earlier versions of a configuration: update_configuration with the fields of \`replaced.body\` and body.version ${updated.version} puts version ${replaced.version} back${removed ? ` (the ${removed === 1 ? "rule" : `${removed} rules`} this update removed coming back under new ids)` : ""}.`,
  };
}

/** Whether a tool is the operator update whose answer says where the version it replaced is kept. */
export const isOperatorUpdate = (tool: { readonly operationId: string }): boolean =>
  tool.operationId === UpdateOperatorOperation.operationId;

/** The answer to an operator's update: the operator written, and where the version it replaced is read. */
export function keptOperatorUpdate(updated: Operator): { updated: Operator; restore: string } {
  return {
    updated,
    restore: `The API keeps the operator's earlier versions: list_operator_versions with id ${updated.id} lists them, and fetch_operator_version reads the one this update replaced (the version before ${updated.version}); update_operator with its fields puts it back as a new version.`,
  };
}
