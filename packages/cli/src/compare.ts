/**
 * How a file is told apart from its live object: the fields that differ, and what a file means for
 * the live object given the base (the object as last pulled or applied). Content decides, never
 * versions. Configurations and operators are compared the same way.
 */
import diff from "microdiff";

/** One field that differs: its path in the body (`rules[0].triggers[0].on`), before and after. */
export interface FieldChange {
  kind: "add" | "remove" | "change";
  path: string;
  before?: unknown;
  after?: unknown;
}

/**
 * A file apply will not write: writing it would replace a change made elsewhere, or one it cannot
 * tell from such a change.
 */
export interface Conflict<File, Live> {
  file: File;
  live: Live;
  /** `unknown-base`: no record of the file's pull or apply; `both-changed`: the file and the live object changed the same fields. */
  reason: "unknown-base" | "both-changed";
  /** What changed live since the base (undefined when the base is unknown). */
  theirs: FieldChange[] | undefined;
  /** What writing the file would change in the live object. */
  ours: FieldChange[];
}

/** A live object changed since its base while its file was not: nothing to write; `pull` brings the change into the file. */
export interface Drift<File, Live> {
  file: File;
  live: Live;
  fields: FieldChange[];
}

function pathText(path: (string | number)[]): string {
  return path.map((segment, index) => (typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join("");
}

export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  return diff(before as Record<string, unknown>, after as Record<string, unknown>).map((entry) => {
    const path = pathText(entry.path);
    if (entry.type === "CREATE") return { kind: "add", path, after: entry.value };
    if (entry.type === "REMOVE") return { kind: "remove", path, before: entry.oldValue };
    return { kind: "change", path, before: entry.oldValue, after: entry.value };
  });
}

/** Whether two field paths touch the same value: equal, or one inside the other. */
function overlaps(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long[short.length] === "." || long[short.length] === "[");
}

/** What a file means for the live object it names, from what each side changed since the base. */
export type Comparison =
  | { outcome: "unchanged" }
  | { outcome: "update"; fields: FieldChange[] }
  | { outcome: "conflict"; reason: "unknown-base" | "both-changed"; theirs: FieldChange[] | undefined; ours: FieldChange[] }
  | { outcome: "drift"; fields: FieldChange[] };

/**
 * A file against its live object and the base (the object as last pulled or applied, if recorded),
 * by content: equal to live is unchanged; live unchanged since the base is an update; live changed
 * while the file was not is drift; both changed is an update only when no field overlaps.
 */
export function compare<T>(body: T, live: T, base: T | undefined, changes: (before: T, after: T) => FieldChange[]): Comparison {
  const ours = changes(live, body);
  // A file that reads as the live object needs no write, whatever version it was based on.
  if (ours.length === 0) return { outcome: "unchanged" };
  if (base === undefined) return { outcome: "conflict", reason: "unknown-base", theirs: undefined, ours };
  const theirs = changes(base, live);
  if (theirs.length === 0) return { outcome: "update", fields: ours };
  if (changes(base, body).length === 0) return { outcome: "drift", fields: theirs };
  if (theirs.some((their) => ours.some((our) => overlaps(their.path, our.path))))
    return { outcome: "conflict", reason: "both-changed", theirs, ours };
  return { outcome: "update", fields: ours };
}
