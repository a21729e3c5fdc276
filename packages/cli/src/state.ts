/**
 * `<dir>/.convintel/state.json`: each configuration and operator as last pulled or applied, by id —
 * the base that plan and apply tell a change made elsewhere from. Ids are unique across accounts, so
 * one folder planned against several accounts keeps the records of each side by side; a record also
 * names its file, which is how a file finds its object in each account.
 */
import { join } from "node:path";
import type { IntelligenceConfiguration, LanguageOperator } from "@convintel/client";
import { readProjectFile } from "./file-reads.js";
import { writeAtomically } from "./yaml-files.js";
import { isRecord } from "./records.js";

/** An operator as last pulled or applied, and the name of its file (`operators/<name>.yaml`). */
export interface OperatorRecord {
  name: string;
  operator: LanguageOperator;
}

/**
 * A configuration as last pulled or applied, and the name of its file (`configurations/<name>.yaml`);
 * no name for a file that carries the configuration's `id` itself (and for records written before
 * files named none).
 */
export interface ConfigurationRecord {
  name?: string;
  configuration: IntelligenceConfiguration;
}

export interface State {
  configurations: Record<string, ConfigurationRecord>;
  operators: Record<string, OperatorRecord>;
}

export const emptyState = (): State => ({ configurations: {}, operators: {} });

export const statePath = (dir: string) => join(dir, ".convintel", "state.json");

/** The records of a kind that are well formed (the id they are filed under is theirs); others are left out. */
function wellFormed<T>(records: unknown, keep: (id: string, record: Record<string, unknown>) => T | undefined): Record<string, T> {
  const kept: Record<string, T> = {};
  if (!isRecord(records)) return kept;
  for (const [id, record] of Object.entries(records)) {
    const value = isRecord(record) ? keep(id, record) : undefined;
    if (value !== undefined) kept[id] = value;
  }
  return kept;
}

/** The state, and why it could not be read when it could not (a missing file is no problem: no records). */
export async function readState(dir: string): Promise<{ state: State; problem: string | undefined }> {
  const read = await readProjectFile(statePath(dir));
  if ("missing" in read) return { state: emptyState(), problem: undefined };
  if ("refused" in read) return { state: emptyState(), problem: read.refused };
  const text = new TextDecoder().decode(read.bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: emptyState(), problem: "it is not JSON" };
  }
  if (!isRecord(value) || !isRecord(value.configurations)) return { state: emptyState(), problem: "it has no `configurations` record" };
  const isConfiguration = (id: string, value: unknown): value is IntelligenceConfiguration =>
    isRecord(value) && value.id === id && typeof value.version === "number";
  const configurations = wellFormed(value.configurations, (id, record): ConfigurationRecord | undefined => {
    // Written before records named their files: the configuration itself.
    if (isConfiguration(id, record)) return { configuration: record };
    if (!isConfiguration(id, record.configuration) || (record.name !== undefined && typeof record.name !== "string")) return undefined;
    return { ...(record.name === undefined ? {} : { name: record.name }), configuration: record.configuration };
  });
  // Written by versions that kept no operators: none recorded yet.
  const operators = wellFormed(value.operators, (id, record) => {
    const operator = record.operator;
    return typeof record.name === "string" && isRecord(operator) && operator.id === id && typeof operator.version === "number"
      ? { name: record.name, operator: operator as LanguageOperator }
      : undefined;
  });
  return { state: { configurations, operators }, problem: undefined };
}

const sortedById = <T>(records: Record<string, T>) =>
  Object.fromEntries(
    Object.keys(records)
      .sort()
      .map((id) => [id, records[id]!]),
  );

export function stateText(state: State): string {
  const document = {
    note: "Written by convintel; do not edit.",
    configurations: sortedById(state.configurations),
    operators: sortedById(state.operators),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function writeState(dir: string, state: State): Promise<void> {
  await writeAtomically(statePath(dir), stateText(state));
}
