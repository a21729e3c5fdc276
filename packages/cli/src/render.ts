/** A plan as people read it (colour on a terminal) and as machines do (`--json`). */
import type { Colors } from "./context.js";
import type { Change, FieldChange, Plan } from "./plan.js";

const MAX_VALUE = 100;

function valueText(value: unknown): string {
  const text = value === undefined ? "(none)" : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function fieldLines(fields: FieldChange[], c: Colors, indent: string): string[] {
  return fields.map((field) => {
    if (field.kind === "add") return `${indent}${c.green("+")} ${field.path}: ${valueText(field.after)}`;
    if (field.kind === "remove") return `${indent}${c.red("-")} ${field.path}: ${valueText(field.before)}`;
    return `${indent}${c.yellow("~")} ${field.path}: ${valueText(field.before)} → ${valueText(field.after)}`;
  });
}

/** One change, as the plan and apply print it. */
export function changeTitle(change: Change, c: Colors): string {
  if (change.action === "create")
    return `${c.green("+ create")} ${change.file.path} "${change.body.displayName}"${change.reason ? ` (${change.reason})` : ""}`;
  if (change.action === "update") return `${c.yellow("~ update")} ${change.file.path} ${change.live.id} (version ${change.live.version})`;
  return `${c.red("- delete")} ${change.live.id} "${change.live.displayName}" (version ${change.live.version})`;
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
    if (change.action === "update") {
      lines.push(...fieldLines(change.fields, c, "      "));
      if (change.drift) {
        lines.push(
          `    ${c.magenta("! drift")}: changed live since it was pulled (version ${change.drift.from} → ${change.drift.to}); apply refuses it until it is pulled again`,
        );
        if (change.drift.fields) lines.push(...fieldLines(change.drift.fields, c, "      "));
      }
    }
  }
  for (const { file, message } of plan.problems) lines.push(`  ${c.red("✗")} ${file.path}: ${message}`);
  const counts = changeCounts(plan);
  const summary = `Plan: ${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete; ${plan.unchanged.length} unchanged.`;
  if (lines.length > 0) lines.push("");
  lines.push(plan.changes.length === 0 && plan.problems.length === 0 ? `No changes. ${summary}` : summary);
  if (plan.unmanaged.length > 0) {
    lines.push(
      `${plan.unmanaged.length} live configuration(s) have no file: ${plan.unmanaged.map((live) => live.id).join(", ")} (--prune deletes them).`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function planJson(plan: Plan): unknown {
  return {
    changes: plan.changes.map((change) =>
      change.action === "delete"
        ? { action: "delete", id: change.live.id, displayName: change.live.displayName, liveVersion: change.live.version }
        : change.action === "create"
          ? {
              action: "create",
              file: change.file.path,
              displayName: change.body.displayName,
              ...(change.reason ? { reason: change.reason } : {}),
            }
          : {
              action: "update",
              file: change.file.path,
              id: change.live.id,
              baseVersion: change.baseVersion,
              liveVersion: change.live.version,
              fields: change.fields,
              drift: change.drift ?? null,
            },
    ),
    unchanged: plan.unchanged.map((file) => ({ file: file.path, id: file.id })),
    unmanaged: plan.unmanaged.map((live) => ({ id: live.id, displayName: live.displayName, version: live.version })),
    problems: plan.problems.map(({ file, message }) => ({ file: file.path, message })),
    summary: { ...changeCounts(plan), unchanged: plan.unchanged.length },
  };
}
