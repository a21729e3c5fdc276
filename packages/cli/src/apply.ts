/**
 * `apply`: the plan carried out, each write only onto what the plan read, what it replaces or
 * deletes kept in `.convintel/backups/`, a new configuration created once, and a summary of every
 * change made or not.
 */
import { relative } from "node:path";
import { ConcurrentModificationError, type IntelligenceClient, type IntelligenceConfiguration } from "@convintel/client";
import pLimit from "p-limit";
import { changedSincePlan, describeChanges, notMade, type Outcome as OutcomeOf, Refused } from "./apply-outcome.js";
import { type DirOptions, liveConfigurations, liveOperators, planFor } from "./commands.js";
import { colorsFor, CommandError, type Io } from "./context.js";
import { backupsDir, recordApplied, renderBackup, writeBackup } from "./files.js";
import { carryOutOperator, type OperatorOutcome } from "./operator-apply.js";
import { blocked, type Change, changeCount, contentChanges, type Plan } from "./plan.js";
import { printableLine } from "./printable.js";
import { fillPending } from "./references.js";
import { changeJson, changeTitle, JSON_FORMAT_VERSION, planJson, renderPlan } from "./render.js";
import { readSavedPlan } from "./saved-plan.js";
import { type State, statePath, writeState } from "./state.js";

type ConfigurationOutcome = OutcomeOf<Change, IntelligenceConfiguration>;
type Outcome = ConfigurationOutcome | OperatorOutcome;

/** A change the API took: a file that carries its id says so now, or the outcome says that it could not. */
async function recorded(outcome: ConfigurationOutcome & { change: { action: "create" | "update" } }): Promise<ConfigurationOutcome> {
  const result = outcome.result!;
  try {
    await recordApplied(outcome.change.file, result);
    return outcome;
  } catch (error) {
    const note = `${outcome.change.file.path} could not be updated (${(error as Error).message}); add \`id: ${result.id}\` to it by hand, or pull again`;
    return { ...outcome, detail: outcome.detail ? `${outcome.detail}; ${note}` : `written (${result.id}), but ${note}` };
  }
}

interface Context {
  client: IntelligenceClient;
  dir: string;
  cwd: string;
  /** The live configurations listed right before the writes began. */
  fresh: IntelligenceConfiguration[];
  /** The ids the plan read live: a configuration not among them was created since. */
  planned: Set<string>;
  /** The id of each operator file in this account, those created by this apply included. */
  operatorIds: Map<string, string>;
}

async function create(context: Context, change: Change & { action: "create" }): Promise<ConfigurationOutcome> {
  // Created by someone else since the plan (another apply of the same files): not created twice.
  const other = context.fresh.find((live) => !context.planned.has(live.id) && live.displayName === change.body.displayName);
  if (other) return adoptOrRefuse(change, other, "created since the plan read the live configurations");
  // A file of a configuration that is gone (restored from a backup) names rule ids of the old one: a create takes none.
  const body = { ...change.body, rules: change.body.rules.map(({ id: _id, ...rule }) => rule) };
  const created = await context.client.configurations.create(body, { checkOperators: true });
  return recorded({ change, state: "applied", result: created });
}

/** A configuration someone else created with this file's name: taken when it is what the file says, refused otherwise. */
function adoptOrRefuse(
  change: Change & { action: "create" },
  other: IntelligenceConfiguration,
  when: string,
): Promise<ConfigurationOutcome> | ConfigurationOutcome {
  const differences = contentChanges(other, change.body);
  if (differences.length > 0) {
    return {
      change,
      state: "refused",
      detail: `${other.id} "${other.displayName}" was ${when} by someone else, and differs from the file (${describeChanges(differences)}): rename the file's displayName, or move the file aside and \`convintel import ${other.id}\``,
    };
  }
  return recorded({
    change,
    state: "taken",
    result: other,
    detail: `created by someone else (${other.id}, ${when}) as the file says; it is recorded as the file's`,
  });
}

async function update(context: Context, change: Change & { action: "update" }): Promise<ConfigurationOutcome> {
  let backup: string | undefined;
  try {
    const updated = await context.client.configurations.modify(
      change.live.id,
      async (current) => {
        // Read right before the write: anything changed since the plan read it is someone else's, and is kept.
        const theirs = contentChanges(change.live, current);
        if (theirs.length > 0) throw changedSincePlan(change.live, current, theirs);
        backup = await writeBackup(context.dir, context.cwd, current.id, "update", (at) => renderBackup(current, "update", at));
        return change.body;
      },
      { checkOperators: true },
    );
    return recorded({ change, state: "applied", result: updated, backup });
  } catch (error) {
    if (!(error instanceof ConcurrentModificationError)) throw error;
    // Someone wrote between our read and our write, and the API kept ours over theirs: applied, and said.
    return recorded({
      change,
      state: "applied",
      result: error.result,
      backup,
      detail: `written, but someone else wrote in the moment between apply's read and its write (versions ${error.overwrittenVersions.join(", ")}), and the API keeps no earlier versions: their change is replaced. What apply read before writing is in ${backup}; compare it with the configuration now`,
    });
  }
}

async function remove(context: Context, change: Change & { action: "delete" }): Promise<ConfigurationOutcome> {
  const current = await context.client.configurations.fetch(change.live.id);
  const theirs = contentChanges(change.live, current);
  if (current.version !== change.live.version || theirs.length > 0) throw changedSincePlan(change.live, current, theirs);
  const backup = await writeBackup(context.dir, context.cwd, current.id, "delete", (at) => renderBackup(current, "delete", at));
  await context.client.configurations.delete(change.live.id);
  return { change, state: "applied", backup };
}

async function carryOut(context: Context, planned: Change): Promise<ConfigurationOutcome> {
  try {
    if (planned.action === "delete") return await remove(context, planned);
    // A rule naming an operator this apply creates gets its new id now.
    const body = fillPending(planned.body, context.operatorIds);
    if (typeof body === "string")
      throw new Refused(`operator "${body}" of operators/${body}.yaml, which its rules name, was not created (see above)`);
    const change = { ...planned, body };
    return change.action === "create" ? await create(context, change) : await update(context, change);
  } catch (error) {
    return notMade(planned, error);
  }
}

/**
 * After the creates: two applies that created the same new configuration at once each see both. The
 * earlier one (by creation date, then the listing's order, the same for every observer) is kept; the
 * other deletes its own, and names the kept one in the file.
 */
async function settleTwins(context: Context, outcomes: ConfigurationOutcome[]): Promise<ConfigurationOutcome[]> {
  const created = outcomes.filter((outcome) => outcome.change.action === "create" && outcome.state === "applied" && outcome.result);
  if (created.length === 0) return outcomes;
  const listed = await liveConfigurations(context.client);
  const settled = new Map<ConfigurationOutcome, ConfigurationOutcome>();
  for (const outcome of created) {
    const ours = outcome.result!;
    const twins = listed.filter(
      (live) => !context.planned.has(live.id) && live.displayName === ours.displayName && contentChanges(live, ours).length === 0,
    );
    const keeper = twins.reduce<IntelligenceConfiguration | undefined>(
      (first, live) => (first === undefined || live.dateCreated < first.dateCreated ? live : first),
      undefined,
    );
    if (!keeper || keeper.id === ours.id) continue;
    await context.client.configurations.delete(ours.id);
    settled.set(
      outcome,
      await adoptOrRefuse(
        outcome.change as Change & { action: "create" },
        keeper,
        `created at the same time as this apply's ${ours.id}, which was removed again`,
      ),
    );
  }
  return outcomes.map((outcome) => settled.get(outcome) ?? outcome);
}

/** What `apply --json` prints: the plan, then what became of each change. */
function applyJson(plan: Plan, outcomes: readonly Outcome[], stateError: Error | undefined, cwd: string): unknown {
  return {
    formatVersion: JSON_FORMAT_VERSION,
    plan: planJson(plan),
    outcomes: outcomes.map((outcome) => ({
      ...changeJson(outcome.change),
      state: outcome.state,
      ...(outcome.detail === undefined ? {} : { detail: outcome.detail }),
      ...(outcome.result ? { id: outcome.result.id, version: outcome.result.version } : {}),
      ...(outcome.backup ? { backup: relative(cwd, outcome.backup) } : {}),
    })),
    stateWritten: stateError === undefined,
  };
}

export interface ApplyOptions extends DirOptions {
  prune?: boolean;
  autoApprove?: boolean;
  concurrency?: number;
  json?: boolean;
  /** A plan saved by `plan --out`: applied as it is, without planning again. */
  planFile?: string;
}

export async function applyCommand(io: Io, options: ApplyOptions): Promise<number> {
  if (options.json && !options.autoApprove)
    throw new CommandError("apply --json does not ask before it writes: pass --auto-approve with it.");
  if (options.planFile !== undefined) return applyPlan(io, options, await readSavedPlan(io, options, options.planFile));
  const planned = await planFor(io, options);
  if (typeof planned === "number") return planned;
  const { plan, live, liveOperators: operators, client, dir, state } = planned;
  const liveIds = live.map((configuration) => configuration.id);
  return applyPlan(io, options, { plan, liveIds, liveOperatorIds: operators.map((operator) => operator.id!), client, dir, state });
}

/** A plan to carry out, and what it was made on. */
export interface PlanToApply {
  plan: Plan;
  /** Every live configuration the plan read: one not among them was created since. */
  liveIds: string[];
  /** Every operator of the account the plan read. */
  liveOperatorIds: string[];
  client: IntelligenceClient;
  dir: string;
  state: State;
}

async function applyPlan(
  io: Io,
  options: ApplyOptions,
  { plan, liveIds, liveOperatorIds, client, dir, state }: PlanToApply,
): Promise<number> {
  const c = colorsFor(io);
  // With --json, stdout carries one JSON document at the end and nothing else.
  const say = options.json ? () => {} : (text: string) => io.stdout.write(text);
  const stop = (code: number) => {
    if (options.json) io.stdout.write(`${JSON.stringify(applyJson(plan, [], undefined, io.cwd), null, 2)}\n`);
    return code;
  };
  say(renderPlan(plan, c));
  if (plan.problems.length + plan.operators.problems.length > 0) {
    say("Nothing was applied.\n");
    return stop(1);
  }
  if (blocked(plan)) {
    say("Nothing was applied: resolve the conflicts first.\n");
    return stop(1);
  }
  const total = changeCount(plan);
  if (total === 0) return stop(0);
  if (!options.autoApprove) {
    if (!io.confirm) throw new CommandError("apply asks before it writes, and there is no terminal to ask on: pass --auto-approve.");
    if (!(await io.confirm(`Apply ${total} change(s)? Only "yes" applies: `))) {
      io.stdout.write("Nothing was applied.\n");
      return 1;
    }
  }
  const [fresh, freshOperators] = await Promise.all([liveConfigurations(client), liveOperators(client)]);
  const context: Context = { client, dir, cwd: io.cwd, fresh, planned: new Set(liveIds), operatorIds: new Map(plan.operators.ids) };
  const operatorContext = { client, dir, cwd: io.cwd, fresh: freshOperators, planned: new Set(liveOperatorIds) };
  const limit = pLimit(options.concurrency ?? 4);
  let done = 0;
  const report = (outcome: Outcome) => {
    const mark =
      outcome.state === "applied"
        ? c.green("✓")
        : outcome.state === "taken"
          ? c.cyan("=")
          : outcome.state === "refused"
            ? c.yellow("!")
            : c.red("✗");
    say(`[${done}/${total}] ${mark} ${changeTitle(outcome.change, c)}${outcome.detail ? `: ${printableLine(outcome.detail)}` : ""}\n`);
  };
  const run = <C, O extends Outcome>(changes: C[], carry: (change: C) => Promise<O>) =>
    Promise.all(
      changes.map((change) =>
        limit(async () => {
          const outcome = await carry(change);
          done++;
          report(outcome);
          return outcome;
        }),
      ),
    );
  // Operators first, so a configuration can name one this apply creates; an operator's delete last, once no configuration names it.
  const operatorWrites = await run(
    plan.operators.changes.filter((change) => change.action !== "delete"),
    (change) => carryOutOperator(operatorContext, change),
  );
  for (const outcome of operatorWrites)
    if (outcome.change.action === "create" && outcome.result && (outcome.state === "applied" || outcome.state === "taken"))
      context.operatorIds.set(outcome.change.file.name, outcome.result.id!);
  const carried = await run(plan.changes, (change) => carryOut(context, change));
  const configurationOutcomes = await settleTwins(context, carried);
  for (const outcome of configurationOutcomes) if (outcome.state === "taken" && !carried.includes(outcome)) report(outcome);
  const operatorDeletes = await run(
    plan.operators.changes.filter((change) => change.action === "delete"),
    (change) => carryOutOperator(operatorContext, change),
  );
  const outcomes: Outcome[] = [...operatorWrites, ...configurationOutcomes, ...operatorDeletes];
  const next: State = { configurations: { ...state.configurations }, operators: { ...state.operators } };
  for (const outcome of configurationOutcomes) {
    if (outcome.state !== "applied" && outcome.state !== "taken") continue;
    if (outcome.change.action === "delete") delete next.configurations[outcome.change.live.id];
    else if (outcome.result) next.configurations[outcome.result.id] = { name: outcome.change.file.name, configuration: outcome.result };
  }
  for (const outcome of [...operatorWrites, ...operatorDeletes]) {
    if (outcome.state !== "applied" && outcome.state !== "taken") continue;
    if (outcome.change.action === "delete") delete next.operators[outcome.change.live.id!];
    else if (outcome.result) next.operators[outcome.result.id!] = { name: outcome.change.file.name, operator: outcome.result };
  }
  const stateError = await writeState(dir, next).then(
    () => undefined,
    (error: Error) => error,
  );
  const applied = outcomes.filter((outcome) => outcome.state === "applied");
  const taken = outcomes.filter((outcome) => outcome.state === "taken");
  const warned = applied.filter((outcome) => outcome.detail !== undefined);
  const notApplied = outcomes.filter((outcome) => outcome.state === "refused" || outcome.state === "failed");
  say(`\nApplied ${applied.length} of ${total} change(s).\n`);
  for (const outcome of warned) say(`  ${changeTitle(outcome.change, c)}: ${printableLine(outcome.detail!)}\n`);
  if (taken.length > 0) {
    say("Already done by someone else:\n");
    for (const outcome of taken) say(`  ${changeTitle(outcome.change, c)}: ${printableLine(outcome.detail!)}\n`);
  }
  if (notApplied.length > 0) {
    // A refused change sent nothing; a failed one says in its error whether it may have been written.
    say("Not applied as planned:\n");
    for (const outcome of notApplied) say(`  ${outcome.state} ${changeTitle(outcome.change, c)}: ${printableLine(outcome.detail ?? "")}\n`);
  }
  const backups = outcomes.flatMap((outcome) => (outcome.backup ? [outcome.backup] : []));
  if (backups.length > 0) {
    say(
      `What apply replaced or deleted is kept in ${printableLine(relative(io.cwd, backupsDir(dir)))}/ (${backups.length} file(s)); to undo a change, copy its file into configurations/ (an operator's into operators/), then plan and apply.\n`,
    );
  }
  if (stateError) {
    io.stderr.write(
      `convintel: the changes above were made, but ${printableLine(relative(io.cwd, statePath(dir)))} could not be written (${printableLine(stateError.message)}): run \`convintel pull\` to record them before the next plan.\n`,
    );
  }
  if (options.json) io.stdout.write(`${JSON.stringify(applyJson(plan, outcomes, stateError, io.cwd), null, 2)}\n`);
  return notApplied.length > 0 || warned.length > 0 || stateError ? 1 : 0;
}
