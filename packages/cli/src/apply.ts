/**
 * `apply`: the plan carried out, each write only onto what the plan read, what it replaces or
 * deletes kept in `.convintel/backups/`, a new configuration created once, and a summary of every
 * change made or not.
 */
import { relative } from "node:path";
import { ConcurrentModificationError, type IntelligenceClient, type IntelligenceConfiguration } from "@convintel/client";
import pLimit from "p-limit";
import { type DirOptions, liveConfigurations, planFor } from "./commands.js";
import { colorsFor, CommandError, type Io } from "./context.js";
import { readSavedPlan } from "./saved-plan.js";
import { backupsDir, recordApplied, type State, statePath, writeBackup, writeState } from "./files.js";
import { type Change, contentChanges, type FieldChange, type Plan } from "./plan.js";
import { printableLine } from "./printable.js";
import { changeJson, changeTitle, JSON_FORMAT_VERSION, planJson, renderPlan } from "./render.js";

/** Why a change was not made: the configuration is no longer as the plan read it. */
class Refused extends Error {
  constructor(
    message: string,
    readonly theirs: FieldChange[] = [],
  ) {
    super(message);
  }
}

type Outcome = {
  change: Change;
  /** `taken`: someone else made the same change first (a create), and the file now names theirs. */
  state: "applied" | "taken" | "refused" | "failed";
  detail?: string;
  result?: IntelligenceConfiguration;
  /** Where what the change replaced or deleted is kept. */
  backup?: string;
};

/** A change the API took: its file says so now, or the outcome says that it could not. */
async function recorded(outcome: Outcome & { change: { action: "create" | "update" } }): Promise<Outcome> {
  const result = outcome.result!;
  try {
    await recordApplied(outcome.change.file, result);
    return outcome;
  } catch (error) {
    const note = `${outcome.change.file.path} could not be updated (${(error as Error).message}); add \`id: ${result.id}\` to it by hand, or pull again`;
    return { ...outcome, detail: outcome.detail ? `${outcome.detail}; ${note}` : `written (${result.id}), but ${note}` };
  }
}

const describeChanges = (fields: FieldChange[]) => fields.map((field) => field.path).join(", ");

/** The refusal of a write onto a configuration that is no longer what the plan read. */
const changedSincePlan = (planned: IntelligenceConfiguration, current: IntelligenceConfiguration, theirs: FieldChange[]) =>
  new Refused(`changed live after the plan read it (version ${planned.version} → ${current.version})`, theirs);

interface Context {
  client: IntelligenceClient;
  dir: string;
  cwd: string;
  /** The live configurations listed right before the writes began. */
  fresh: IntelligenceConfiguration[];
  /** The ids the plan read live: a configuration not among them was created since. */
  planned: Set<string>;
}

async function create(context: Context, change: Change & { action: "create" }): Promise<Outcome> {
  // Created by someone else since the plan (another apply of the same files): not created twice.
  const other = context.fresh.find((live) => !context.planned.has(live.id) && live.displayName === change.body.displayName);
  if (other) return adoptOrRefuse(change, other, "created since the plan read the live configurations");
  // A file of a configuration that is gone (restored from a backup) names rule ids of the old one: a create takes none.
  const body = { ...change.body, rules: change.body.rules.map(({ id: _id, ...rule }) => rule) };
  const created = await context.client.configurations.create(body, { checkOperators: true });
  return recorded({ change, state: "applied", result: created });
}

/** A configuration someone else created with this file's name: taken when it is what the file says, refused otherwise. */
function adoptOrRefuse(change: Change & { action: "create" }, other: IntelligenceConfiguration, when: string): Promise<Outcome> | Outcome {
  const differences = contentChanges(other, change.body);
  if (differences.length > 0) {
    return {
      change,
      state: "refused",
      detail: `${other.id} "${other.displayName}" was ${when} by someone else, and differs from the file (${describeChanges(differences)}); add \`id: ${other.id}\` to the file to plan an update of it, or rename the file's displayName`,
    };
  }
  return recorded({
    change,
    state: "taken",
    result: other,
    detail: `created by someone else (${other.id}, ${when}) as the file says; the file now names it`,
  });
}

async function update(context: Context, change: Change & { action: "update" }): Promise<Outcome> {
  let backup: string | undefined;
  try {
    const updated = await context.client.configurations.modify(
      change.live.id,
      async (current) => {
        // Read right before the write: anything changed since the plan read it is someone else's, and is kept.
        const theirs = contentChanges(change.live, current);
        if (theirs.length > 0) throw changedSincePlan(change.live, current, theirs);
        backup = await writeBackup(context.dir, context.cwd, current, "update");
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

async function remove(context: Context, change: Change & { action: "delete" }): Promise<Outcome> {
  const current = await context.client.configurations.fetch(change.live.id);
  const theirs = contentChanges(change.live, current);
  if (current.version !== change.live.version || theirs.length > 0) throw changedSincePlan(change.live, current, theirs);
  const backup = await writeBackup(context.dir, context.cwd, current, "delete");
  await context.client.configurations.delete(change.live.id);
  return { change, state: "applied", backup };
}

async function carryOut(context: Context, change: Change): Promise<Outcome> {
  try {
    if (change.action === "create") return await create(context, change);
    if (change.action === "update") return await update(context, change);
    return await remove(context, change);
  } catch (error) {
    if (error instanceof Refused) {
      const what = describeChanges(error.theirs);
      return { change, state: "refused", detail: `${error.message}${what ? `; changed: ${what}` : ""}` };
    }
    return { change, state: "failed", detail: (error as Error).message };
  }
}

/**
 * After the creates: two applies that created the same new configuration at once each see both. The
 * earlier one (by creation date, then the listing's order, the same for every observer) is kept; the
 * other deletes its own, and names the kept one in the file.
 */
async function settleTwins(context: Context, outcomes: Outcome[]): Promise<Outcome[]> {
  const created = outcomes.filter((outcome) => outcome.change.action === "create" && outcome.state === "applied" && outcome.result);
  if (created.length === 0) return outcomes;
  const listed = await liveConfigurations(context.client);
  const settled = new Map<Outcome, Outcome>();
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
  const { plan, live, client, dir, state } = planned;
  return applyPlan(io, options, { plan, liveIds: live.map((configuration) => configuration.id), client, dir, state });
}

/** A plan to carry out, and what it was made on. */
export interface PlanToApply {
  plan: Plan;
  /** Every live configuration the plan read: one not among them was created since. */
  liveIds: string[];
  client: IntelligenceClient;
  dir: string;
  state: State;
}

async function applyPlan(io: Io, options: ApplyOptions, { plan, liveIds, client, dir, state }: PlanToApply): Promise<number> {
  const c = colorsFor(io);
  // With --json, stdout carries one JSON document at the end and nothing else.
  const say = options.json ? () => {} : (text: string) => io.stdout.write(text);
  const stop = (code: number) => {
    if (options.json) io.stdout.write(`${JSON.stringify(applyJson(plan, [], undefined, io.cwd), null, 2)}\n`);
    return code;
  };
  say(renderPlan(plan, c));
  if (plan.problems.length > 0) {
    say("Nothing was applied.\n");
    return stop(1);
  }
  if (plan.conflicts.length > 0) {
    say("Nothing was applied: resolve the conflicts first.\n");
    return stop(1);
  }
  if (plan.changes.length === 0) return stop(0);
  if (!options.autoApprove) {
    if (!io.confirm) throw new CommandError("apply asks before it writes, and there is no terminal to ask on: pass --auto-approve.");
    if (!(await io.confirm(`Apply ${plan.changes.length} change(s)? Only "yes" applies: `))) {
      io.stdout.write("Nothing was applied.\n");
      return 1;
    }
  }
  const context: Context = {
    client,
    dir,
    cwd: io.cwd,
    fresh: await liveConfigurations(client),
    planned: new Set(liveIds),
  };
  const limit = pLimit(options.concurrency ?? 4);
  let done = 0;
  const total = plan.changes.length;
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
  const carried = await Promise.all(
    plan.changes.map((change) =>
      limit(async () => {
        const outcome = await carryOut(context, change);
        done++;
        report(outcome);
        return outcome;
      }),
    ),
  );
  const outcomes = await settleTwins(context, carried);
  for (const outcome of outcomes) if (outcome.state === "taken" && !carried.includes(outcome)) report(outcome);
  const next: State = { ...state };
  for (const outcome of outcomes) {
    if (outcome.state !== "applied" && outcome.state !== "taken") continue;
    if (outcome.change.action === "delete") delete next[outcome.change.live.id];
    else if (outcome.result) next[outcome.result.id] = outcome.result;
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
      `What apply replaced or deleted is kept in ${printableLine(relative(io.cwd, backupsDir(dir)))}/ (${backups.length} file(s)); to undo a change, copy its file into configurations/, then plan and apply.\n`,
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
