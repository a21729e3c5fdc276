/**
 * A rule's operator named by its file instead of an account's id: `operator: script-adherence` in
 * an entry of `rules[].operators[]` names `operators/script-adherence.yaml`. The name is resolved in
 * each account (the operator's id there, or one an apply is about to create), so the same files plan
 * against every account. Such an entry runs the operator's current version: a version is pinned by
 * `id` and `version`, which belong to one account.
 */
import { createHash } from "node:crypto";
import type { UpdateConfigurationRequest } from "@convintel/client";
import { nearestName } from "@convintel/fetch";
import { isRecord } from "./records.js";

/** An entry of a rule's operators that names its operator by file name. */
export interface Reference {
  /** `/rules/R/operators/O`. */
  at: string;
  name: unknown;
  entry: Record<string, unknown>;
}

/** Every entry of the body's rules that has an `operator:`. */
export function referencesOf(body: unknown): Reference[] {
  const found: Reference[] = [];
  const rules = isRecord(body) && Array.isArray(body.rules) ? body.rules : [];
  rules.forEach((rule, r) => {
    const operators = isRecord(rule) && Array.isArray(rule.operators) ? rule.operators : [];
    operators.forEach((entry, o) => {
      if (isRecord(entry) && "operator" in entry) found.push({ at: `/rules/${r}/operators/${o}`, name: entry.operator, entry });
    });
  });
  return found;
}

/** What is wrong with the body's references, each at its pointer: a name that is no operator file's, an entry with an id too, a pinned version. */
export function referenceIssues(body: unknown, names: ReadonlySet<string>): { pointer: string; message: string }[] {
  const issues: { pointer: string; message: string }[] = [];
  for (const { at, name, entry } of referencesOf(body)) {
    const pointer = `${at}/operator`;
    if (typeof name !== "string") issues.push({ pointer, message: `${pointer} must be the name of an operator file (a string)` });
    else if (!names.has(name)) {
      const suggestion = nearestName(name, [...names]);
      issues.push({
        pointer,
        message: `${pointer} names no operator file: operators/${name}.yaml does not exist${suggestion === undefined ? "" : ` (did you mean ${suggestion}?)`}`,
      });
    }
    if ("id" in entry)
      issues.push({ pointer: `${at}/id`, message: `${at} names its operator twice, by \`id\` and by \`operator\`: keep one` });
    if ("version" in entry)
      issues.push({
        pointer: `${at}/version`,
        message: `${at}/version: an operator named by file runs its current version; to pin a version, name the operator by \`id\` with \`version\``,
      });
  }
  return issues;
}

/** The body with each `operator: name` replaced by `id: idOf(name)` (first, where an id is written), nothing else changed. */
export function resolveReferences(body: UpdateConfigurationRequest, idOf: (name: string) => string): UpdateConfigurationRequest {
  if (referencesOf(body).length === 0) return body;
  return {
    ...body,
    rules: body.rules.map((rule) => ({
      ...rule,
      operators: rule.operators.map((entry) => {
        const { operator, id: _id, ...rest } = entry as typeof entry & { operator?: unknown };
        return typeof operator === "string" ? { id: idOf(operator), ...rest } : entry;
      }),
    })),
  };
}

/**
 * An operator id that stands for an operator file while the files are checked: the same for a name
 * every time, and of the API's pattern, so the body can be checked as the API would check it. It is
 * never sent.
 */
export function checkingId(name: string): string {
  return `intelligence_operator_0${createHash("sha256").update(name).digest("hex").slice(0, 25)}`;
}

/** The id a plan writes for an operator that the same apply creates first; apply replaces it with the new id. */
export const pendingId = (name: string) => `<operator ${name}, created by this apply>`;

const PENDING = /^<operator (.+), created by this apply>$/;

/** The name in a pending id, or undefined. */
export const pendingName = (id: string): string | undefined => PENDING.exec(id)?.[1];

/** The body with each pending id replaced by the id of the operator created for it; or the name of an operator that was not created. */
export function fillPending(body: UpdateConfigurationRequest, created: ReadonlyMap<string, string>): UpdateConfigurationRequest | string {
  let missing: string | undefined;
  const rules = body.rules.map((rule) => ({
    ...rule,
    operators: rule.operators.map((entry) => {
      const name = pendingName(entry.id);
      if (name === undefined) return entry;
      const id = created.get(name);
      if (id === undefined) missing = name;
      return { ...entry, id: id ?? entry.id };
    }),
  }));
  return missing === undefined ? { ...body, rules } : missing;
}

/**
 * A configuration body as `pull` writes it: each rule entry that runs the current version of an
 * operator with a file (`names`: id → file name) names it by that file, so the file promotes to
 * another account; an entry that pins a version keeps its id.
 */
export function nameReferences<T extends UpdateConfigurationRequest>(body: T, names: ReadonlyMap<string, string>): T {
  return {
    ...body,
    rules: body.rules.map((rule) => ({
      ...rule,
      operators: rule.operators.map((entry) => {
        const name = names.get(entry.id);
        if (name === undefined || entry.version !== undefined) return entry;
        const { id: _id, ...rest } = entry;
        return { operator: name, ...rest };
      }),
    })),
  };
}
