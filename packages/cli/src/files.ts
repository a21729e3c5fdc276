/**
 * The files `convintel` keeps: one YAML file per configuration (`<dir>/configurations/*.yaml`), the
 * catalog of the operators they name (`<dir>/operators.yaml`) and the configurations as last pulled
 * or applied (`<dir>/.convintel/state.json`), each read with the source positions of its values.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import type {
  IntelligenceConfiguration,
  LanguageOperator,
  LanguageOperatorVersion,
  OperatorVersionSummary,
  UpdateConfigurationRequest,
} from "@convintel/client";
import { schemas } from "@convintel/fetch/spec";
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

/** A place in a file, for messages: `path:line:column`. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export const formatPosition = (position: Position) => `${position.file}:${position.line}:${position.column}`;

/** A problem with the files: where, and what rule it breaks. */
export interface FileProblem extends Position {
  message: string;
}

/** One configuration file, read. */
export interface ConfigurationFile {
  /** Path from the working directory, for messages. */
  path: string;
  absolutePath: string;
  /** The configuration's id, once it was pulled or created. */
  id: string | undefined;
  /** The body to send: every field but `id`. */
  body: UpdateConfigurationRequest;
  /** Where a JSON pointer into the body (or `/id`) is written in the file: the nearest value that exists, or with `key`, its name. */
  positionOf(pointer: string, key?: boolean): Position;
  document: Document;
}

type Schema = {
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly [keyword: string]: unknown;
};
const componentSchemas: Readonly<Record<string, Schema>> = schemas;

function resolve(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 16; hops++) current = componentSchemas[current.$ref.split("/").at(-1)!];
  if (current?.allOf) return { properties: Object.assign({}, ...current.allOf.map((part) => resolve(part)?.properties ?? {})) };
  return current;
}

/**
 * The value with object keys in the spec's order of their schema's properties (keys the schema does
 * not name after them, sorted), so that files written by `pull` read the same way every time and
 * diff cleanly.
 */
export function ordered(value: unknown, schema: Schema | undefined = componentSchemas.UpdateConfigurationRequest): unknown {
  const resolved = resolve(schema);
  if (Array.isArray(value)) return value.map((item) => ordered(item, resolved?.items));
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const named = Object.keys(resolved?.properties ?? {}).filter((key) => key in record);
  const others = Object.keys(record)
    .filter((key) => !named.includes(key))
    .sort();
  return Object.fromEntries([...named, ...others].map((key) => [key, ordered(record[key], resolved?.properties?.[key])]));
}

/** What a file holds of a configuration: its body as an update sends it (rule ids kept). */
export function bodyOf(configuration: IntelligenceConfiguration | UpdateConfigurationRequest): UpdateConfigurationRequest {
  const { displayName, description, rules } = configuration;
  return ordered(description === undefined ? { displayName, rules } : { displayName, description, rules }) as UpdateConfigurationRequest;
}

/**
 * The comment above a file's fields: for people only. What apply checks a change against (the
 * configuration as last pulled or applied) is kept in `.convintel/state.json`, never in a comment.
 */
function header(id: string): string {
  return [
    ` Intelligence Configuration ${id}.`,
    " Written by `convintel pull` or `convintel apply`; edit the fields, then `convintel plan`.",
  ].join("\n");
}

/** A configuration as a file's text: `id`, then its body, under `comment`. */
function configurationText(configuration: IntelligenceConfiguration, comment: string): string {
  const document = new Document({ id: configuration.id, ...bodyOf(configuration) });
  document.commentBefore = comment;
  return document.toString({ lineWidth: 0 });
}

/** The text of a configuration's file. */
export function renderConfiguration(configuration: IntelligenceConfiguration): string {
  return configurationText(configuration, header(configuration.id));
}

/** The text of a backup: the configuration as it was before a write replaced it or a delete removed it, and how to restore it. */
export function renderBackup(configuration: IntelligenceConfiguration, what: "update" | "delete", at: string): string {
  return configurationText(
    configuration,
    [
      ` Intelligence Configuration ${configuration.id}, version ${configuration.version}, as it was live before`,
      ` \`convintel apply\` ${what === "update" ? "replaced it" : "deleted it"} at ${at}.`,
      ` To restore it, copy this file into configurations/ (over the configuration's file, if it has one),`,
      ` then \`convintel plan\` and \`convintel apply\`${what === "delete" ? " (it is created again, with a new id)" : ""}.`,
    ].join("\n"),
  );
}

/** A file name for a display name: lower case, dashes, unique in `taken`. */
export function fileNameFor(displayName: string, taken: Set<string>): string {
  const base =
    displayName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 64) || "configuration";
  let name = `${base}.yaml`;
  for (let index = 2; taken.has(name); index++) name = `${base}-${index}.yaml`;
  taken.add(name);
  return name;
}

function positionAt(document: Document, lines: LineCounter, file: string, segments: (string | number)[], key: boolean): Position {
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  if (key && segments.length > 0) {
    const parent = segments.length === 1 ? document.contents : document.getIn(segments.slice(0, -1), true);
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === segments.at(-1)) : undefined;
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    if (offset !== undefined) return at(offset);
  }
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = document.getIn(segments.slice(0, depth), true) as Node | undefined;
    const offset = depth === 0 ? document.contents?.range?.[0] : node?.range?.[0];
    if (offset !== undefined && (depth === 0 || node)) return at(offset);
  }
  return { file, line: 1, column: 1 };
}

function segmentsOf(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The line and column of a byte offset in bytes that are UTF-8 up to it. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset)).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The offset where the first sequence that is not UTF-8 starts (RFC 3629: no overlong forms, no surrogates), or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    const second = bytes[index + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0)) return index;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return index;
    index += length;
  }
  return -1;
}

/** A file's text, strictly UTF-8; its first bad byte is a problem at its position. Undefined when there is no such file. */
async function readText(absolutePath: string, path: string): Promise<string | FileProblem[] | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    const why = code === "EISDIR" ? "is a directory, not a file" : `cannot be read (${code ?? (error as Error).message})`;
    return [{ file: path, line: 1, column: 1, message: `${basename(path)} ${why}` }];
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    return [
      {
        file: path,
        ...bytePosition(bytes, Math.max(0, offset)),
        message: `the file is not UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")}); save it as UTF-8`,
      },
    ];
  }
}

/** Aliases a file may expand (YAML's `*name`): enough for any real configuration, far too few for an alias bomb. */
const MAX_ALIASES = 100;

/** A YAML document as plain data; an error (an alias bomb) is a problem at the file's start. */
function toData(document: Document, path: string): unknown | FileProblem[] {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return [{ file: path, line: 1, column: 1, message: `the YAML cannot be read: ${(error as Error).message}` }];
  }
}

function yamlProblems(document: Document, path: string): FileProblem[] {
  return document.errors.map((error) => {
    const at = error.linePos?.[0];
    return { file: path, line: at?.line ?? 1, column: at?.col ?? 1, message: error.message.split("\n")[0]! };
  });
}

/** Reads one configuration file; a YAML error or a top level that is not a mapping is a problem at its position. */
export async function readConfigurationFile(absolutePath: string, cwd: string): Promise<ConfigurationFile | FileProblem[]> {
  const path = relative(cwd, absolutePath) || absolutePath;
  // Listed a moment ago: a file gone since is a problem like any other that cannot be read.
  const text = (await readText(absolutePath, path)) ?? [{ file: path, line: 1, column: 1, message: `${basename(path)} is gone` }];
  if (typeof text !== "string") return text;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) return yamlProblems(document, path);
  if (!isMap(document.contents))
    return [{ file: path, line: 1, column: 1, message: "a configuration file holds a mapping (displayName, rules, ...)" }];
  const value = toData(document, path);
  if (Array.isArray(value)) return value as FileProblem[];
  const { id, ...body } = value as Record<string, unknown>;
  const positionOf = (pointer: string, key = false) => positionAt(document, lines, path, segmentsOf(pointer), key);
  if (id !== undefined && typeof id !== "string")
    return [{ ...positionOf("/id"), message: "/id must be a string, the configuration's id" }];
  return {
    path,
    absolutePath,
    id: id as string | undefined,
    body: body as UpdateConfigurationRequest,
    positionOf,
    document,
  };
}

export const configurationsDir = (dir: string) => join(dir, "configurations");
export const catalogPath = (dir: string) => join(dir, "operators.yaml");
export const statePath = (dir: string) => join(dir, ".convintel", "state.json");
export const backupsDir = (dir: string) => join(dir, ".convintel", "backups");

/** Every `*.yaml` / `*.yml` file of `<dir>/configurations`, sorted; none when the directory is missing. */
export async function configurationPaths(dir: string): Promise<string[]> {
  const folder = configurationsDir(dir);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * A new temporary file beside `path`, with a name no one can predict, created exclusively: a file or
 * symlink planted under that name makes the write fail instead of being followed.
 */
async function writeTemporary(path: string, text: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  await writeFile(temporary, text, { flag: "wx", mode: 0o644 });
  return temporary;
}

/** Writes a file whole or not at all (a temporary file renamed over it). */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = await writeTemporary(path, text);
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/**
 * Writes several files as one step, as far as a file system allows: every text goes to its own
 * temporary file first, and only when all are written are they renamed into place. A failure
 * before the renames leaves every file as it was.
 */
export async function writeTogether(files: { path: string; text: string }[]): Promise<void> {
  const written: { temporary: string; path: string }[] = [];
  try {
    for (const file of files) written.push({ temporary: await writeTemporary(file.path, file.text), path: file.path });
  } catch (error) {
    await Promise.all(written.map(({ temporary }) => unlink(temporary).catch(() => {})));
    throw error;
  }
  for (const { temporary, path } of written) await rename(temporary, path);
}

/** After a create or an update: the file's header and `id` say what the API now holds; the rest of the file, comments included, stays. */
export async function recordApplied(file: ConfigurationFile, configuration: IntelligenceConfiguration): Promise<void> {
  const document = file.document;
  if (!document.has("id")) {
    // `id` first, as `pull` writes it.
    const contents = document.contents as { items: unknown[] };
    const pair = document.createPair("id", configuration.id);
    contents.items.unshift(pair);
  } else document.set("id", configuration.id);
  // Rule ids as the API has them now: assigned to new rules, new for every rule of a configuration created again.
  const rules = document.get("rules", true);
  if (isSeq(rules)) {
    configuration.rules.forEach((rule, index) => {
      const node = rules.items[index];
      if (!isMap(node)) return;
      if (node.has("id")) node.set("id", rule.id);
      else (node.items as unknown[]).unshift(document.createPair("id", rule.id));
    });
  }
  document.commentBefore = header(configuration.id);
  await writeAtomically(file.absolutePath, document.toString({ lineWidth: 0 }));
}

/** The operators the configurations name, as pulled: what an offline check reads. */
export interface Catalog {
  pulledAt: string;
  operators: Record<
    string,
    { current?: LanguageOperator; versions?: OperatorVersionSummary[]; definitions?: Record<string, LanguageOperatorVersion> }
  >;
}

export function renderCatalog(catalog: Catalog): string {
  const document = new Document(catalog);
  document.commentBefore =
    " The operators the configurations name, as `convintel pull` read them; `convintel validate` checks\n rules against it. Read-only: the next pull rewrites it.";
  return document.toString({ lineWidth: 0 });
}

/** The pulled catalog; a file that does not read is a problem at its position, never an empty catalog. */
export async function readCatalog(dir: string, cwd: string): Promise<{ catalog: Catalog | undefined; problems: FileProblem[] }> {
  const absolutePath = catalogPath(dir);
  const path = relative(cwd, absolutePath) || absolutePath;
  const text = await readText(absolutePath, path);
  if (text === undefined) return { catalog: undefined, problems: [] };
  if (typeof text !== "string") return { catalog: undefined, problems: text };
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) return { catalog: undefined, problems: yamlProblems(document, path) };
  const value = toData(document, path);
  if (Array.isArray(value)) return { catalog: undefined, problems: value as FileProblem[] };
  const catalog = value as Catalog | null;
  if (!catalog || typeof catalog !== "object" || typeof catalog.operators !== "object" || catalog.operators === null) {
    return {
      catalog: undefined,
      problems: [
        { file: path, line: 1, column: 1, message: "operators.yaml holds no `operators` mapping; `convintel pull` writes it again" },
      ],
    };
  }
  return { catalog, problems: [] };
}

/** The configurations as last pulled or applied, by id: the base that plan and apply tell changes made elsewhere from. */
export type State = Record<string, IntelligenceConfiguration>;

/** The state, and why it could not be read when it could not (a missing file is no problem: no records). */
export async function readState(dir: string): Promise<{ state: State; problem: string | undefined }> {
  let text: string;
  try {
    text = await readFile(statePath(dir), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { state: {}, problem: code === "ENOENT" ? undefined : `it cannot be read: ${code ?? (error as Error).message}` };
  }
  try {
    const value = JSON.parse(text) as { configurations?: unknown };
    const configurations = value?.configurations;
    if (typeof configurations !== "object" || configurations === null || Array.isArray(configurations))
      return { state: {}, problem: "it has no `configurations` record" };
    const state: State = {};
    for (const [id, record] of Object.entries(configurations as Record<string, unknown>)) {
      const configuration = record as IntelligenceConfiguration;
      if (
        typeof configuration === "object" &&
        configuration !== null &&
        configuration.id === id &&
        typeof configuration.version === "number"
      )
        state[id] = configuration;
    }
    return { state, problem: undefined };
  } catch {
    return { state: {}, problem: "it is not JSON" };
  }
}

export async function writeState(dir: string, state: State): Promise<void> {
  await writeAtomically(statePath(dir), stateText(state));
}

export function stateText(state: State): string {
  const sorted = Object.fromEntries(
    Object.keys(state)
      .sort()
      .map((id) => [id, state[id]!]),
  );
  return `${JSON.stringify({ note: "Written by convintel; do not edit.", configurations: sorted }, null, 2)}\n`;
}

/**
 * Keeps a configuration as it was live before apply replaced or deleted it, under
 * `.convintel/backups/`; returns the path written, from the working directory.
 */
export async function writeBackup(
  dir: string,
  cwd: string,
  configuration: IntelligenceConfiguration,
  what: "update" | "delete",
): Promise<string> {
  const at = new Date().toISOString();
  const path = join(backupsDir(dir), `${at.replace(/[:.]/g, "-")}-${what}-${configuration.id}.yaml`);
  await writeAtomically(path, renderBackup(configuration, what, at));
  return relative(cwd, path) || path;
}
