import type {
  LanguageOperator,
  LanguageOperatorVersion,
  OperatorRequest,
  OperatorVersionStatus,
  OperatorVersionSummary,
} from "@convintel/types";
import { pageOf, type Page, type Sequenced } from "./paging.js";

/** One version of an operator as the fake keeps it: the definition, and the dates of its lifecycle. */
export interface StoredVersion {
  definition: LanguageOperatorVersion;
  dateDeprecated?: string;
  retirementDate?: string;
  dateRetired?: string;
}

/** An operator to seed: its current definition (an `id` included), and optionally its versions with their statuses and dates. */
export interface OperatorSeed extends LanguageOperator {
  /** Every version, oldest first; by default one version, ACTIVE, the operator as given. */
  versions?: (Omit<OperatorVersionSummary, "version"> & { version: number; definition?: Partial<LanguageOperator> })[];
}

export interface OperatorStoreDependencies {
  newOperatorId: () => string;
  timestamp: () => string;
  /** The time `days` days from now, formatted as the API formats it. */
  timestampIn: (days: number) => string;
}

/** How long a version stays DEPRECATED before its retirement date, in the fake (the provider does not say). */
export const deprecationDays = 90;

interface OperatorEntry {
  versions: StoredVersion[];
}

/**
 * The definition a seeded version serves: the operator, with the version's own `definition` over it,
 * under the version's number, status and date. The seed is checked with it and stored with it.
 */
export function servedDefinition(
  current: LanguageOperator,
  summary: Pick<OperatorVersionSummary, "version" | "status" | "dateCreated">,
  definition: Partial<LanguageOperator> | undefined,
): LanguageOperatorVersion {
  return {
    ...structuredClone(current),
    ...structuredClone(definition ?? {}),
    id: current.id,
    version: summary.version,
    status: summary.status,
    dateCreated: summary.dateCreated,
  };
}

/** The definition fields of an operator, without the server's. */
function definitionOf(body: OperatorRequest | LanguageOperator): Omit<LanguageOperator, "id" | "version" | "author"> {
  const { id: _id, version: _version, author: _author, ...definition } = body;
  return structuredClone(definition);
}

/** A copy of a definition as the API shows it: Twilio's operators do not show their prompt. */
function withoutHiddenPrompt<T extends LanguageOperator>(definition: T): T {
  const copy = structuredClone(definition);
  if (copy.author === "TWILIO") delete copy.prompt;
  return copy;
}

/** The operator, in this version, as the API shows it. */
function shown(version: LanguageOperatorVersion): LanguageOperator {
  const { status: _status, dateCreated: _dateCreated, ...operator } = version;
  return withoutHiddenPrompt(operator);
}

/** The fake's operators, each with its versions: an update makes a new version, the one before it is deprecated. */
export class OperatorStore {
  private readonly entries = new Map<string, Sequenced<OperatorEntry>>();
  private sequence = 0;

  constructor(private readonly dependencies: OperatorStoreDependencies) {}

  create(body: OperatorRequest): LanguageOperator {
    let id = this.dependencies.newOperatorId();
    while (this.entries.has(id)) id = this.dependencies.newOperatorId();
    const definition: LanguageOperatorVersion = {
      ...definitionOf(body),
      id,
      version: 1,
      author: "SELF",
      status: "ACTIVE",
      dateCreated: this.dependencies.timestamp(),
    };
    this.entries.set(id, { sequence: ++this.sequence, value: { versions: [{ definition }] } });
    return shown(definition);
  }

  get(id: string): LanguageOperator | undefined {
    const current = this.entries.get(id)?.value.versions.at(-1);
    return current && shown(current.definition);
  }

  /**
   * A new version from `body`. `ifMatch`, when given, must name the current version (`"3"`, `3`, a
   * weak tag or `*`); otherwise the update is refused as a failed precondition. Twilio's operators
   * cannot be changed.
   */
  update(
    id: string,
    body: OperatorRequest,
    ifMatch: string | null,
  ): { operator: LanguageOperator } | "precondition" | "twilio" | undefined {
    const entry = this.entries.get(id)?.value;
    if (!entry) return undefined;
    const current = entry.versions.at(-1)!;
    if (ifMatch !== null && !matchesVersion(ifMatch, current.definition.version!)) return "precondition";
    if (current.definition.author === "TWILIO") return "twilio";
    const now = this.dependencies.timestamp();
    for (const version of entry.versions) {
      if (version.definition.status !== "ACTIVE" && version.definition.status !== "PREVIEW") continue;
      version.definition.status = "DEPRECATED";
      version.dateDeprecated = now;
      version.retirementDate = this.dependencies.timestampIn(deprecationDays);
    }
    const definition: LanguageOperatorVersion = {
      ...definitionOf(body),
      id,
      version: current.definition.version! + 1,
      author: "SELF",
      status: "ACTIVE",
      dateCreated: now,
    };
    entry.versions.push({ definition });
    return { operator: shown(definition) };
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  page(pageSize: number, pageToken?: string): Page<LanguageOperator> | undefined {
    return pageOf([...this.entries.values()], pageSize, pageToken, (entry) => shown(entry.versions.at(-1)!.definition));
  }

  /** An operator's versions, newest first; undefined for an unknown operator, "token" for a token not issued. */
  versions(id: string, pageSize: number, pageToken?: string): Page<OperatorVersionSummary> | "token" | undefined {
    const entry = this.entries.get(id)?.value;
    if (!entry) return undefined;
    // Keyed by version, not position (newest first: the higher the version, the lower the key), so a version
    // added between two pages shifts no page and none is listed twice.
    const newestFirst = [...entry.versions]
      .reverse()
      .map((value) => ({ sequence: Number.MAX_SAFE_INTEGER - value.definition.version!, value }));
    return pageOf(newestFirst, pageSize, pageToken, summaryOf) ?? "token";
  }

  version(id: string, version: number): LanguageOperatorVersion | undefined {
    const found = this.entries.get(id)?.value.versions.find((stored) => stored.definition.version === version);
    return found && withoutHiddenPrompt(found.definition);
  }

  /** The versions of an operator as stored, oldest first (for the fake's own checks and tests). */
  history(id: string): StoredVersion[] | undefined {
    const entry = this.entries.get(id)?.value;
    return entry && structuredClone(entry.versions);
  }

  seed(operator: OperatorSeed): void {
    const { versions, ...current } = operator;
    const dateCreated = this.dependencies.timestamp();
    const stored: StoredVersion[] = (
      versions ?? [{ version: current.version ?? 1, status: "ACTIVE" as OperatorVersionStatus, dateCreated }]
    ).map(({ dateDeprecated, retirementDate, dateRetired, definition, ...summary }) => ({
      definition: servedDefinition(current, summary, definition),
      ...(dateDeprecated === undefined ? {} : { dateDeprecated }),
      ...(retirementDate === undefined ? {} : { retirementDate }),
      ...(dateRetired === undefined ? {} : { dateRetired }),
    }));
    stored.sort((a, b) => a.definition.version! - b.definition.version!);
    const existing = this.entries.get(current.id!);
    if (existing) existing.value = { versions: stored };
    else this.entries.set(current.id!, { sequence: ++this.sequence, value: { versions: stored } });
  }

  /** Every operator in its current version, in creation order. */
  snapshot(): LanguageOperator[] {
    return [...this.entries.values()].map((entry) => shown(entry.value.versions.at(-1)!.definition));
  }

  clear(): void {
    this.entries.clear();
  }
}

function summaryOf(stored: StoredVersion): OperatorVersionSummary {
  const summary: OperatorVersionSummary = {
    version: stored.definition.version!,
    status: stored.definition.status,
    dateCreated: stored.definition.dateCreated,
  };
  if (stored.dateDeprecated !== undefined) summary.dateDeprecated = stored.dateDeprecated;
  if (stored.retirementDate !== undefined) summary.retirementDate = stored.retirementDate;
  if (stored.dateRetired !== undefined) summary.dateRetired = stored.dateRetired;
  return summary;
}

/** Whether an `If-Match` value names this version: the number itself, as an entity tag (`"3"`, `W/"3"`), or `*`. */
export function matchesVersion(ifMatch: string, version: number): boolean {
  return ifMatch
    .split(",")
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, "")
        .replace(/^"(.*)"$/, "$1"),
    )
    .some((tag) => tag === "*" || tag === String(version));
}
