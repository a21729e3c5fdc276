/**
 * The operator changes of an apply: each update conditional on the version the plan read (the API's
 * `If-Match`, through `operators.modify()`), what it replaces or deletes kept in `.convintel/backups/`,
 * a new operator created once.
 */
import type { IntelligenceClient, LanguageOperator } from "@convintel/client";
import { changedSincePlan, describeChanges, notMade, type Outcome, Refused } from "./apply-outcome.js";
import { writeBackup } from "./files.js";
import { renderOperatorBackup } from "./operator-files.js";
import { type OperatorChange, operatorChanges } from "./operator-plan.js";

export type OperatorOutcome = Outcome<OperatorChange, LanguageOperator>;

export interface OperatorContext {
  client: IntelligenceClient;
  dir: string;
  cwd: string;
  /** The account's own operators, listed right before the writes began. */
  fresh: LanguageOperator[];
  /** The ids the plan read live: an operator not among them was created since. */
  planned: Set<string>;
}

const backupOf = (context: OperatorContext, operator: LanguageOperator, what: "update" | "delete") =>
  writeBackup(context.dir, context.cwd, operator.id!, what, (at) => renderOperatorBackup(operator, what, at));

async function create(context: OperatorContext, change: OperatorChange & { action: "create" }): Promise<OperatorOutcome> {
  // Created by someone else since the plan (another apply of the same files): not created twice.
  const other = context.fresh.find((live) => !context.planned.has(live.id!) && live.displayName === change.body.displayName);
  if (other) {
    const differences = operatorChanges(other, change.body);
    if (differences.length > 0)
      throw new Refused(
        `${other.id} "${other.displayName}" was created since the plan read the operators, by someone else, and differs from the file (${describeChanges(differences)}): pull, or rename the file's displayName`,
      );
    return {
      change,
      state: "taken",
      result: other,
      detail: `created by someone else (${other.id}) as the file says; it is this file's now`,
    };
  }
  return { change, state: "applied", result: await context.client.operators.create(change.body) };
}

async function update(context: OperatorContext, change: OperatorChange & { action: "update" }): Promise<OperatorOutcome> {
  let backup: string | undefined;
  const result = await context.client.operators.modify(change.live.id!, async (current) => {
    // Read right before the write, which names this version (If-Match): a change since the plan is someone else's, and is kept.
    const theirs = operatorChanges(change.live, current);
    if (current.version !== change.live.version || theirs.length > 0) throw changedSincePlan(change.live, current, theirs);
    backup = await backupOf(context, current, "update");
    return change.body;
  });
  return { change, state: "applied", result, ...(backup === undefined ? {} : { backup }) };
}

async function remove(context: OperatorContext, change: OperatorChange & { action: "delete" }): Promise<OperatorOutcome> {
  const current = await context.client.operators.fetch(change.live.id!);
  const theirs = operatorChanges(change.live, current);
  if (current.version !== change.live.version || theirs.length > 0) throw changedSincePlan(change.live, current, theirs);
  const backup = await backupOf(context, current, "delete");
  await context.client.operators.delete(change.live.id!);
  return { change, state: "applied", backup };
}

export async function carryOutOperator(context: OperatorContext, change: OperatorChange): Promise<OperatorOutcome> {
  try {
    if (change.action === "create") return await create(context, change);
    if (change.action === "update") return await update(context, change);
    return await remove(context, change);
  } catch (error) {
    return notMade(change, error);
  }
}
