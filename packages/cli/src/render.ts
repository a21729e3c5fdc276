/** A plan as people read it (colour on a terminal) and as machines do (`--json`). */
import type { Colors } from "./context.js";
import type { Change, Conflict, FieldChange, Plan } from "./plan.js";
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

/** One change, as the plan and apply print it. */
export function changeTitle(change: Change, c: Colors): string {
  if (change.action === "create")
    return `${c.green("+ create")} ${printableLine(change.file.path)} ${quoted(change.body.displayName)}${change.reason ? ` (${printableLine(change.reason)})` : ""}`;
  if (change.action === "update")
    return `${c.yellow("~ update")} ${printableLine(change.file.path)} ${printableLine(change.live.id)} (version ${change.live.version})`;
  return `${c.red("- delete")} ${printableLine(change.live.id)} ${quoted(change.live.displayName)} (version ${change.live.version})`;
}

/** A conflict: both sides, and how to resolve it. */
export function conflictLines(conflict: Conflict, c: Colors): string[] {
  const { file, live } = conflict;
  const lines = [`  ${c.red("! conflict")} ${printableLine(file.path)} ${printableLine(live.id)} (version ${live.version})`];
  if (conflict.reason === "unknown-base") {
    lines.push(
      "      no record of the configuration as this file was pulled or applied (.convintel/state.json), so a change made live cannot be told from yours. The file would change, live:",
    );
    lines.push(...fieldLines(conflict.ours, c, "        "));
  } else {
    lines.push("      changed live since it was pulled:");
    lines.push(...fieldLines(conflict.theirs ?? [], c, "        "));
    lines.push("      and the file would change, live:");
    lines.push(...fieldLines(conflict.ours, c, "        "));
  }
  lines.push(
    `      Nothing is written for a conflict. Keep your edits aside, \`convintel pull --force\` to take the live configuration, redo them, then plan again.`,
  );
  return lines;
}

export function changeCounts(plan: Plan): Record<Change["action"], number> {
  const counts = { create: 0, update: 0, delete: 0 };
  for (const change of plan.changes) counts[change.action]++;
  return counts;
}

export function renderPlan(plan: Plan, c: Colors): string {
  const lines: string[] = [];
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
  const counts = changeCounts(plan);
  const summary =
    `Plan: ${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete; ${plan.unchanged.length} unchanged` +
    `${plan.conflicts.length > 0 ? `; ${plan.conflicts.length} conflict(s), not applied` : ""}` +
    `${plan.drift.length > 0 ? `; ${plan.drift.length} drifted` : ""}.`;
  if (lines.length > 0) lines.push("");
  lines.push(plan.changes.length === 0 && plan.problems.length === 0 && plan.conflicts.length === 0 ? `No changes. ${summary}` : summary);
  if (plan.conflicts.length > 0) lines.push("apply writes nothing while there is a conflict.");
  if (plan.unmanaged.length > 0) {
    lines.push(
      `${plan.unmanaged.length} live configuration(s) have no file: ${plan.unmanaged.map((live) => printableLine(live.id)).join(", ")} (--prune deletes them).`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The version of the JSON that `plan --json`, `apply --json` and `validate --json` print: a field
 * added keeps it, anything removed or changed in meaning raises it.
 */
export const JSON_FORMAT_VERSION = "1.0";

/** One change of a plan, as JSON. */
export function changeJson(change: Change): Record<string, unknown> {
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

export function planJson(plan: Plan): unknown {
  return {
    formatVersion: JSON_FORMAT_VERSION,
    changes: plan.changes.map(changeJson),
    conflicts: plan.conflicts.map((conflict) => ({
      file: conflict.file.path,
      id: conflict.live.id,
      liveVersion: conflict.live.version,
      reason: conflict.reason,
      theirs: conflict.theirs ?? null,
      ours: conflict.ours,
    })),
    drift: plan.drift.map((drift) => ({ file: drift.file.path, id: drift.live.id, liveVersion: drift.live.version, fields: drift.fields })),
    unchanged: plan.unchanged.map((file) => ({ file: file.path, id: file.id })),
    unmanaged: plan.unmanaged.map((live) => ({ id: live.id, displayName: live.displayName, version: live.version })),
    problems: plan.problems.map(({ file, message }) => ({ file: file.path, message })),
    summary: { ...changeCounts(plan), unchanged: plan.unchanged.length, conflicts: plan.conflicts.length, drift: plan.drift.length },
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
  const blocked = plan.problems.length > 0 || plan.conflicts.length > 0;
  return [
    "### convintel plan",
    "",
    `${blocked ? "**Cannot be applied as it is.** " : ""}${summary.replaceAll("`", "'")}`,
    "",
    `${fence}diff`,
    text,
    fence,
    "",
  ].join("\n");
}
