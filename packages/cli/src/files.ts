/**
 * The files `convintel` keeps: one YAML file per configuration (`<dir>/configurations/*.yaml`), the
 * catalog of the operators they name (`<dir>/operators.yaml`) and the configurations as last pulled
 * or applied (`<dir>/.convintel/state.json`), each read with the source positions of its values.
 */
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
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
  /** The version the file was pulled at or last applied as (from its header); undefined for a new file. */
  baseVersion: number | undefined;
  /** The body to send: every field but `id`. */
  body: UpdateConfigurationRequest;
  /** Where a JSON pointer into the body (or `/id`) is written in the file: the nearest value that exists, or with `key`, its name. */
  positionOf(pointer: string, key?: boolean): Position;
  document: Document;
}

const HEADER = /^ ?Intelligence Configuration (\S+), version (\d+)\b/;

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[] };
const componentSchemas = schemas as unknown as Record<string, Schema>;

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

function header(id: string, version: number): string {
  return [
    ` Intelligence Configuration ${id}, version ${version}.`,
    " Written by `convintel pull` or `convintel apply`; edit the fields, then `convintel plan`.",
  ].join("\n");
}

/** The text of a configuration's file. */
export function renderConfiguration(configuration: IntelligenceConfiguration): string {
  const document = new Document({ id: configuration.id, ...bodyOf(configuration) });
  document.commentBefore = header(configuration.id, configuration.version);
  return document.toString({ lineWidth: 0 });
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

/** Reads one configuration file; a YAML error or a top level that is not a mapping is a problem at its position. */
export async function readConfigurationFile(absolutePath: string, cwd: string): Promise<ConfigurationFile | FileProblem[]> {
  const path = relative(cwd, absolutePath) || absolutePath;
  const text = await readFile(absolutePath, "utf8");
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return document.errors.map((error) => {
      const at = error.linePos?.[0];
      return { file: path, line: at?.line ?? 1, column: at?.col ?? 1, message: error.message.split("\n")[0]! };
    });
  }
  if (!isMap(document.contents))
    return [{ file: path, line: 1, column: 1, message: "a configuration file holds a mapping (displayName, rules, ...)" }];
  const value = document.toJS() as Record<string, unknown>;
  const { id, ...body } = value;
  const match = HEADER.exec(document.commentBefore ?? "");
  const positionOf = (pointer: string, key = false) => positionAt(document, lines, path, segmentsOf(pointer), key);
  if (id !== undefined && typeof id !== "string")
    return [{ ...positionOf("/id"), message: "/id must be a string, the configuration's id" }];
  if (match && id !== undefined && match[1] !== id) {
    return [{ ...positionOf("/id"), message: `/id is ${id}, but the header says the file was written for ${match[1]}` }];
  }
  return {
    path,
    absolutePath,
    id: id as string | undefined,
    baseVersion: match && id !== undefined ? Number(match[2]) : undefined,
    body: body as UpdateConfigurationRequest,
    positionOf,
    document,
  };
}

export const configurationsDir = (dir: string) => join(dir, "configurations");
export const catalogPath = (dir: string) => join(dir, "operators.yaml");
export const statePath = (dir: string) => join(dir, ".convintel", "state.json");

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

/** Writes a file whole or not at all (a temporary file renamed over it). */
export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
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
  // Rule ids the API assigned to new rules, so the next update keeps them.
  const rules = document.get("rules", true);
  if (isSeq(rules)) {
    configuration.rules.forEach((rule, index) => {
      const node = rules.items[index];
      if (isMap(node) && !node.has("id")) (node.items as unknown[]).unshift(document.createPair("id", rule.id));
    });
  }
  document.commentBefore = header(configuration.id, configuration.version);
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

export async function readCatalog(dir: string): Promise<Catalog | undefined> {
  const text = await readFile(catalogPath(dir), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const value = parseDocument(text).toJS() as Catalog | null;
  return value && typeof value === "object" && value.operators ? value : undefined;
}

/** The configurations as last pulled or applied, by id: the base a plan tells drift from. */
export type State = Record<string, IntelligenceConfiguration>;

export async function readState(dir: string): Promise<State> {
  const text = await readFile(statePath(dir), "utf8").catch(() => undefined);
  if (text === undefined) return {};
  try {
    const value = JSON.parse(text) as { configurations?: State };
    return value.configurations ?? {};
  } catch {
    return {};
  }
}

export async function writeState(dir: string, state: State): Promise<void> {
  const sorted = Object.fromEntries(
    Object.keys(state)
      .sort()
      .map((id) => [id, state[id]!]),
  );
  await writeAtomically(
    statePath(dir),
    `${JSON.stringify({ note: "Written by convintel; do not edit.", configurations: sorted }, null, 2)}\n`,
  );
}
