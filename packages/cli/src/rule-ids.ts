/**
 * Rule ids for a configuration file that names none. A rule's id belongs to one account, so a file
 * that plans against several leaves it out; an update must still name each rule it keeps, or the API
 * makes it a new rule with a new id (and rule executions and webhooks name rules by id). So each rule
 * of the file takes the id of a live rule: first a live rule it reads as exactly, then, among the
 * rest, the one it shares the most parts with (operators, triggers, actions, context), the nearest in
 * order on a tie; a rule that shares no part with any is new.
 */
import type { IntelligenceConfiguration, UpdateConfigurationRequest } from "@convintel/client";
import { isRecord } from "./records.js";

type FileRule = UpdateConfigurationRequest["rules"][number];
type LiveRule = IntelligenceConfiguration["rules"][number];

const PARTS = ["operators", "triggers", "actions", "context"] as const;

/** A rule's part as text for comparing, keys sorted; undefined when the rule has none (no trigger, no context). */
function partText(rule: FileRule | LiveRule, part: (typeof PARTS)[number]): string | undefined {
  const value: unknown = rule[part];
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return undefined;
  return JSON.stringify(value, (_key, item: unknown) =>
    isRecord(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
}

/** How many parts two rules have in common, each present in both; one more when they read as the same rule. */
function shared(a: FileRule | LiveRule, b: FileRule | LiveRule): number {
  const texts = PARTS.map((part) => [partText(a, part), partText(b, part)] as const);
  const common = texts.filter(([x, y]) => x !== undefined && x === y).length;
  return texts.every(([x, y]) => x === y) ? common + 1 : common;
}

/** For each rule of the file, in order, the id of the live rule it stands for, or undefined for a new rule. */
export function matchRules(rules: readonly FileRule[], live: readonly LiveRule[]): (string | undefined)[] {
  const ids: (string | undefined)[] = rules.map(() => undefined);
  const taken = new Set<number>();
  const pairs: { file: number; live: number; score: number }[] = [];
  for (const [file, rule] of rules.entries())
    for (const [index, candidate] of live.entries()) {
      const score = shared(rule, candidate);
      if (score > 0) pairs.push({ file, live: index, score });
    }
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.file - a.live) - Math.abs(b.file - b.live) || a.file - b.file);
  for (const pair of pairs) {
    if (ids[pair.file] !== undefined || taken.has(pair.live)) continue;
    ids[pair.file] = live[pair.live]!.id;
    taken.add(pair.live);
  }
  return ids;
}

/** The body with each rule given the id of the live rule it stands for (a new rule, none). */
export function withRuleIds(body: UpdateConfigurationRequest, live: IntelligenceConfiguration): UpdateConfigurationRequest {
  const ids = matchRules(body.rules, live.rules);
  return { ...body, rules: body.rules.map((rule, index) => (ids[index] === undefined ? rule : { id: ids[index], ...rule })) };
}

/** The body without rule ids: what a file that names none is compared as. */
export function withoutRuleIds<T extends { rules?: readonly (FileRule | LiveRule)[] }>(body: T): T {
  return body.rules === undefined ? body : { ...body, rules: body.rules.map(({ id: _id, ...rule }) => rule) };
}
