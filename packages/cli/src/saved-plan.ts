/**
 * `plan --out FILE` and `apply FILE`: a plan written down, and read back to be applied exactly as it
 * was reviewed, without planning again. The file records what the plan read (every live
 * configuration and operator it saw, each update's and delete's object as it was, a digest of each
 * file it would write from) and whom it was made for (the origin, and the API key or Account SID, never a
 * secret). Applying it refuses a plan made for another account, a plan whose files changed since,
 * and, as every apply does, each write onto a configuration that changed since the plan read it and
 * each create whose name appeared since.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { IntelligenceConfiguration, LanguageOperator, OperatorRequest, UpdateConfigurationRequest } from "@convintel/client";
import type { ApplyOptions, PlanToApply } from "./apply.js";
import type { Planned } from "./commands.js";
import type { FieldChange } from "./compare.js";
import { clientFor, CommandError, type Io, principalFor } from "./context.js";
import { readConfigurationFile } from "./files.js";
import { readOperatorFile } from "./operator-files.js";
import { emptyOperatorPlan, type OperatorChange, type Pin } from "./operator-plan.js";
import { blocked, type Change, type Plan } from "./plan.js";
import { printableLine } from "./printable.js";
import { JSON_FORMAT_VERSION } from "./render.js";
import { readState } from "./state.js";
import { writeAtomically, type YamlMapping } from "./yaml-files.js";

const KIND = "convintel-plan";

type SavedChange =
  | { action: "create"; file: string; digest: string; body: UpdateConfigurationRequest; reason?: string }
  | {
      action: "update";
      file: string;
      digest: string;
      body: UpdateConfigurationRequest;
      live: IntelligenceConfiguration;
      fields: FieldChange[];
    }
  | { action: "delete"; live: IntelligenceConfiguration };

type SavedOperatorChange =
  | { kind: "operator"; action: "create"; file: string; digest: string; body: OperatorRequest }
  | {
      kind: "operator";
      action: "update";
      file: string;
      digest: string;
      body: OperatorRequest;
      live: LanguageOperator;
      fields: FieldChange[];
      pins: Pin[];
    }
  | { kind: "operator"; action: "delete"; live: LanguageOperator };

interface SavedPlan {
  kind: typeof KIND;
  formatVersion: string;
  createdAt: string;
  /** The API origin the plan read. */
  baseUrl: string;
  /** SHA-256 of the API key SID or Account SID the plan was made with. */
  principal: string;
  /** The files' folder, from the working directory the plan was made in. */
  dir: string;
  liveIds: string[];
  changes: SavedChange[];
  /** The operators of the account the plan read, and its operator changes (none in plans saved before operators were managed). */
  liveOperatorIds?: string[];
  operatorChanges?: SavedOperatorChange[];
  /** The id of each operator file in the account, as the plan found it. */
  operatorIds?: Record<string, string>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A digest of a file's text as it was read: a file edited since no longer matches. */
export function fileDigest(file: Pick<YamlMapping, "document">): string {
  return sha256(file.document.toString({ lineWidth: 0 }));
}

/** Writes the plan to `path`: only a plan with neither a problem nor a conflict, as only such a plan can be applied. */
export async function savePlan(
  io: Io,
  options: { dir: string; profile?: string | undefined; envFile?: string | undefined },
  planned: Pick<Planned, "plan" | "live" | "liveOperators" | "client">,
  path: string,
): Promise<void> {
  const { plan } = planned;
  if (blocked(plan))
    throw new CommandError(`${printableLine(path)} was not written: a plan with a problem or a conflict cannot be applied.`);
  const saved: SavedPlan = {
    kind: KIND,
    formatVersion: JSON_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    baseUrl: planned.client.baseUrl,
    principal: sha256(await principalFor(io, options)),
    dir: options.dir,
    liveIds: planned.live.map((configuration) => configuration.id),
    changes: plan.changes.map((change): SavedChange => {
      if (change.action === "delete") return { action: "delete", live: change.live };
      const digest = fileDigest(change.file);
      if (change.action === "create")
        return { action: "create", file: change.file.path, digest, body: change.body, ...(change.reason ? { reason: change.reason } : {}) };
      return { action: "update", file: change.file.path, digest, body: change.body, live: change.live, fields: change.fields };
    }),
    liveOperatorIds: planned.liveOperators.map((operator) => operator.id!),
    operatorChanges: plan.operators.changes.map((change): SavedOperatorChange => {
      if (change.action === "delete") return change;
      const saved = { kind: "operator" as const, file: change.file.path, digest: fileDigest(change.file), body: change.body };
      if (change.action === "create") return { ...saved, action: "create" };
      return { ...saved, action: "update", live: change.live, fields: change.fields, pins: change.pins };
    }),
    operatorIds: Object.fromEntries(plan.operators.ids),
  };
  await writeAtomically(resolve(io.cwd, path), `${JSON.stringify(saved, null, 2)}\n`);
}

function parseSaved(text: string, path: string): SavedPlan {
  let saved: Partial<SavedPlan>;
  try {
    saved = JSON.parse(text) as Partial<SavedPlan>;
  } catch {
    throw new CommandError(`${printableLine(path)} is not a saved plan: it is not JSON.`);
  }
  if (saved?.kind !== KIND || !Array.isArray(saved.changes) || !Array.isArray(saved.liveIds) || typeof saved.dir !== "string")
    throw new CommandError(`${printableLine(path)} is not a saved plan of convintel (\`convintel plan --out FILE\` writes one).`);
  if (saved.formatVersion?.split(".")[0] !== JSON_FORMAT_VERSION.split(".")[0])
    throw new CommandError(
      `${printableLine(path)} was saved in format ${printableLine(String(saved.formatVersion))}; this convintel reads ${JSON_FORMAT_VERSION}: plan again.`,
    );
  return saved as SavedPlan;
}

/** Reads a saved plan back as a plan to apply; refuses one made for another account or origin, or whose files changed since. */
export async function readSavedPlan(io: Io, options: ApplyOptions, path: string): Promise<PlanToApply> {
  const text = await readFile(resolve(io.cwd, path), "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`cannot read the saved plan ${printableLine(path)} (${error.code ?? error.message}).`);
  });
  const saved = parseSaved(text, path);
  const client = await clientFor(io, options);
  if (saved.baseUrl !== client.baseUrl || saved.principal !== sha256(await principalFor(io, options)))
    throw new CommandError(
      `${printableLine(path)} was made for another account or origin (${printableLine(saved.baseUrl)}): apply it with the credentials it was planned with, or plan again.`,
    );
  const dir = resolve(io.cwd, saved.dir);
  const stale: string[] = [];
  const changes: Change[] = [];
  for (const change of saved.changes) {
    if (change.action === "delete") {
      changes.push(change);
      continue;
    }
    const file = await readConfigurationFile(resolve(io.cwd, change.file), io.cwd);
    if (Array.isArray(file) || fileDigest(file) !== change.digest) {
      stale.push(change.file);
      continue;
    }
    changes.push({ ...change, file });
  }
  const operatorChanges: OperatorChange[] = [];
  for (const change of saved.operatorChanges ?? []) {
    if (change.action === "delete") {
      operatorChanges.push(change);
      continue;
    }
    const file = await readOperatorFile(resolve(io.cwd, change.file), io.cwd);
    if (Array.isArray(file) || fileDigest(file) !== change.digest) {
      stale.push(change.file);
      continue;
    }
    operatorChanges.push({ ...change, file });
  }
  if (stale.length > 0)
    throw new CommandError(
      `the saved plan ${printableLine(path)} is stale: ${stale.map(printableLine).join(", ")} changed after it was saved. Nothing was applied; plan again.`,
    );
  const { state } = await readState(dir);
  const operators = {
    ...emptyOperatorPlan(),
    managed: true,
    changes: operatorChanges,
    ids: new Map(Object.entries(saved.operatorIds ?? {})),
  };
  const plan: Plan = { changes, unchanged: [], conflicts: [], drift: [], unmanaged: [], problems: [], operators };
  io.stderr.write(`Applying the plan saved in ${printableLine(relative(io.cwd, resolve(io.cwd, path)))} at ${saved.createdAt}.\n`);
  return { plan, liveIds: saved.liveIds, liveOperatorIds: saved.liveOperatorIds ?? [], client, dir, state };
}
