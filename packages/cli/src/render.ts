/** A plan as people read it (colour on a terminal) and as machines do (`--json`). */
import type { Colors } from "./context.js";
import type { Conflict, Drift, FieldChange } from "./compare.js";
import type { OperatorChange, OperatorPlan } from "./operator-plan.js";
import { blocked, type Change, changeCount, type Plan } from "./plan.js";
import { printableLine } from "./printable.js";

const MAX_VALUE = 100;

function valueText(value: unknown): string {
  const text = value === undefined ? "(none)" : printableLine(JSON.stringify(value));
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export function fieldLines(fields: FieldChange[], c: Colors, indent: string): string[] {
  return fields.map((field) => {
    const path = printableLine(field.path);
    if (field.kind === "add") return `${indent}${c.green("+")} ${path}: ${valueText(field.after)}`;
    if (field.kind === "remove") return `${indent}${c.red("-")} ${path}: ${valueText(field.before)}`;
    return `${indent}${c.yellow("~")} ${path}: ${valueText(field.before)} → ${valueText(field.after)}`;
  });
}

/** A name from the account or a file, quoted and safe to print. */
const quoted = (text: unknown) => `"${printableLine(String(text))}"`;

/** One change of an operator, as the plan and apply print it. */
function operatorChangeTitle(change: OperatorChange, c: Colors): string {
  if (change.action === "create")
    return `${c.green("+ create")} ${printableLine(change.file.path)} ${quoted(change.body.displayName)} (a new operator, version 1)`;
  if (change.action === "update")
    return `${c.yellow("~ update")} ${printableLine(change.file.path)} ${printableLine(change.live.id ?? "")} (version ${change.live.version} → ${(change.live.version ?? 0) + 1}: a new version)`;
  return `${c.red("- delete")} operator ${printableLine(change.live.id ?? "")} ${quoted(change.live.displayName)} (version ${change.live.version})`;
}

/** One change, as the plan and apply print it. */
export function changeTitle(change: Change | OperatorChange, c: Colors): string {
  if ("kind" in change) return operatorChangeTitle(change, c);
  if (change.action === "create")
    return `${c.green("+ create")} ${printableLine(change.file.path)} ${quoted(change.body.displayName)}${change.reason ? ` (${printableLine(change.reason)})` : ""}`;
  if (change.action === "update")
    return `${c.yellow("~ update")} ${printableLine(change.file.path)} ${printableLine(change.live.id)} (version ${change.live.version})`;
  return `${c.red("- delete")} ${printableLine(change.live.id)} ${quoted(change.live.displayName)} (version ${change.live.version})`;
}

/** A conflict: both sides, and how to resolve it. */
export function conflictLines(conflict: Conflict<{ path: string }, Live>, c: Colors, noun = "configuration"): string[] {
  const { file, live } = conflict;
  const lines = [`  ${c.red("! conflict")} ${printableLine(file.path)} ${printableLine(live.id ?? "")} (version ${live.version})`];
  if (conflict.reason === "unknown-base") {
    lines.push(
      `      no record of the ${noun} as this file was pulled or applied (.convintel/state.json), so a change made live cannot be told from yours. The file would change, live:`,
    );
    lines.push(...fieldLines(conflict.ours, c, "        "));
  } else {
    lines.push("      changed live since it was pulled:");
    lines.push(...fieldLines(conflict.theirs ?? [], c, "        "));
    lines.push("      and the file would change, live:");
    lines.push(...fieldLines(conflict.ours, c, "        "));
  }
  lines.push(
    `      Nothing is written for a conflict. Keep your edits aside, \`convintel pull --force\` to take the live ${noun}, redo them, then plan again.`,
  );
  return lines;
}

/** How many changes of each action: of the configurations (`plan.changes`) or of the operators. */
export function changeCounts(changes: readonly (Change | OperatorChange)[]): Record<Change["action"], number> {
  const counts = { create: 0, update: 0, delete: 0 };
  for (const change of changes) counts[change.action]++;
  return counts;
}

/** The operators' part of a plan: what `apply` does before the configurations (and, for deletes, after them). */
function operatorLines(operators: OperatorPlan, c: Colors): string[] {
  const lines: string[] = [];
  for (const change of operators.changes) {
    lines.push(`  ${changeTitle(change, c)}`);
    if (change.action !== "update") continue;
    lines.push(...fieldLines(change.fields, c, "      "));
    for (const pin of change.pins)
      lines.push(
        `      note: ${printableLine(pin.configuration)} ${pin.at} pins version ${pin.version}, and keeps running it (name the new version there to move it)`,
      );
  }
  for (const conflict of operators.conflicts) lines.push(...conflictLines(conflict, c, "operator"));
  for (const drift of operators.drift) {
    lines.push(
      `  ${c.magenta("! drift")} ${printableLine(drift.file.path)} ${printableLine(drift.live.id ?? "")} (version ${drift.live.version}): changed live since it was pulled, the file not; nothing to write (\`convintel pull\` brings the change into the file):`,
    );
    lines.push(...fieldLines(drift.fields, c, "      "));
  }
  for (const { path, message } of operators.problems) lines.push(`  ${c.red("✗")} ${printableLine(path)}: ${printableLine(message)}`);
  return lines;
}

export function renderPlan(plan: Plan, c: Colors): string {
  const lines: string[] = operatorLines(plan.operators, c);
  for (const change of plan.changes) {
    lines.push(`  ${changeTitle(change, c)}`);
    if (change.action === "update") lines.push(...fieldLines(change.fields, c, "      "));
  }
  for (const conflict of plan.conflicts) lines.push(...conflictLines(conflict, c));
  for (const drift of plan.drift) {
    lines.push(
      `  ${c.magenta("! drift")} ${printableLine(drift.file.path)} ${printableLine(drift.live.id)} (version ${drift.live.version}): changed live since it was pulled, the file not; nothing to write (\`convintel pull\` brings the change into the file):`,
    );
    lines.push(...fieldLines(drift.fields, c, "      "));
  }
  for (const { file, message } of plan.problems) lines.push(`  ${c.red("✗")} ${printableLine(file.path)}: ${printableLine(message)}`);
  const counts = changeCounts(plan.changes);
  const { operators } = plan;
  const ops = changeCounts(operators.changes);
  const conflicts = plan.conflicts.length + operators.conflicts.length;
  const drift = plan.drift.length + operators.drift.length;
  const summary =
    `Plan: ${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete; ${plan.unchanged.length} unchanged` +
    `${operators.managed || operators.changes.length > 0 ? `; operators: ${ops.create} to create, ${ops.update} to update, ${ops.delete} to delete, ${operators.unchanged.length} unchanged` : ""}` +
    `${conflicts > 0 ? `; ${conflicts} conflict(s), not applied` : ""}` +
    `${drift > 0 ? `; ${drift} drifted` : ""}.`;
  if (lines.length > 0) lines.push("");
  const problems = plan.problems.length + operators.problems.length;
  lines.push(changeCount(plan) === 0 && problems === 0 && conflicts === 0 ? `No changes. ${summary}` : summary);
  if (conflicts > 0) lines.push("apply writes nothing while there is a conflict.");
  if (plan.unmanaged.length > 0) {
    lines.push(
      `${plan.unmanaged.length} live configuration(s) have no file: ${plan.unmanaged.map((live) => printableLine(live.id)).join(", ")} (--prune deletes them).`,
    );
  }
  if (operators.managed && operators.unmanaged.length > 0) {
    lines.push(
      `${operators.unmanaged.length} operator(s) of the account have no file: ${operators.unmanaged.map((live) => printableLine(live.id ?? "")).join(", ")} (--prune deletes them; \`convintel pull\` writes their files).`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The version of the JSON that `plan --json`, `apply --json` and `validate --json` print: a field
 * added keeps it, anything removed or changed in meaning raises it.
 */
export const JSON_FORMAT_VERSION = "1.0";

/** One change of an operator, as JSON. */
function operatorChangeJson(change: OperatorChange): Record<string, unknown> {
  if (change.action === "delete")
    return {
      kind: "operator",
      action: "delete",
      id: change.live.id,
      displayName: change.live.displayName,
      liveVersion: change.live.version,
    };
  if (change.action === "create")
    return { kind: "operator", action: "create", file: change.file.path, displayName: change.body.displayName };
  return {
    kind: "operator",
    action: "update",
    file: change.file.path,
    id: change.live.id,
    liveVersion: change.live.version,
    fields: change.fields,
    pins: change.pins,
  };
}

/** One change of a plan, as JSON. */
export function changeJson(change: Change | OperatorChange): Record<string, unknown> {
  if ("kind" in change) return operatorChangeJson(change);
  if (change.action === "delete")
    return { action: "delete", id: change.live.id, displayName: change.live.displayName, liveVersion: change.live.version };
  if (change.action === "create")
    return {
      action: "create",
      file: change.file.path,
      displayName: change.body.displayName,
      ...(change.reason ? { reason: change.reason } : {}),
    };
  return { action: "update", file: change.file.path, id: change.live.id, liveVersion: change.live.version, fields: change.fields };
}

type Live = { id?: string | undefined; version?: number | undefined };

const conflictJson = (conflict: Conflict<{ path: string }, Live>) => ({
  file: conflict.file.path,
  id: conflict.live.id,
  liveVersion: conflict.live.version,
  reason: conflict.reason,
  theirs: conflict.theirs ?? null,
  ours: conflict.ours,
});

const driftJson = (drift: Drift<{ path: string }, Live>) => ({
  file: drift.file.path,
  id: drift.live.id,
  liveVersion: drift.live.version,
  fields: drift.fields,
});

export function planJson(plan: Plan): unknown {
  return {
    formatVersion: JSON_FORMAT_VERSION,
    changes: plan.changes.map(changeJson),
    conflicts: plan.conflicts.map(conflictJson),
    drift: plan.drift.map(driftJson),
    unchanged: plan.unchanged.map(({ file, live }) => ({ file: file.path, id: live.id })),
    unmanaged: plan.unmanaged.map((live) => ({ id: live.id, displayName: live.displayName, version: live.version })),
    problems: plan.problems.map(({ file, message }) => ({ file: file.path, message })),
    summary: {
      ...changeCounts(plan.changes),
      unchanged: plan.unchanged.length,
      conflicts: plan.conflicts.length,
      drift: plan.drift.length,
    },
    operators: operatorsJson(plan.operators),
  };
}

function operatorsJson(operators: OperatorPlan): unknown {
  return {
    managed: operators.managed,
    changes: operators.changes.map(operatorChangeJson),
    conflicts: operators.conflicts.map(conflictJson),
    drift: operators.drift.map(driftJson),
    unchanged: operators.unchanged.map((file) => ({ file: file.path, id: operators.ids.get(file.name) })),
    unmanaged: operators.unmanaged.map((live) => ({ id: live.id, displayName: live.displayName, version: live.version })),
    problems: operators.problems.map(({ path, message }) => ({ file: path, message })),
    summary: {
      ...changeCounts(operators.changes),
      unchanged: operators.unchanged.length,
      conflicts: operators.conflicts.length,
      drift: operators.drift.length,
    },
  };
}

/**
 * The plan as a Markdown comment for a pull request: a heading, the summary, and the plan as it reads
 * on a terminal in a code block (fenced with more backticks than any run in it, so no name can close it).
 */
export function planMarkdown(plan: Plan, plain: Colors): string {
  const text = renderPlan(plan, plain).trimEnd();
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  const summary = text.split("\n").at(-1) ?? "";
  return [
    "### convintel plan",
    "",
    `${blocked(plan) ? "**Cannot be applied as it is.** " : ""}${summary.replaceAll("`", "'")}`,
    "",
    `${fence}diff`,
    text,
    fence,
    "",
  ].join("\n");
}
