/**
 * The files `convintel` keeps: one YAML file per configuration (`<dir>/configurations/*.yaml`), the
 * catalog of the operators they name (`<dir>/operators.yaml`) and the backups apply keeps, each read
 * with the source positions of its values.
 */
import { readdir } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import type {
  IntelligenceConfiguration,
  LanguageOperator,
  LanguageOperatorVersion,
  OperatorVersionSummary,
  UpdateConfigurationRequest,
} from "@convintel/client";
import { schemas } from "@convintel/fetch/spec";
import { Document, isMap, isSeq, parseDocument } from "yaml";
import { nameReferences } from "./references.js";
import { withoutRuleIds } from "./rule-ids.js";
import { type FileProblem, readText, readYamlMapping, toData, writeAtomically, type YamlMapping, yamlProblems } from "./yaml-files.js";

/** One configuration file, read; `positionOf` finds pointers into the body (or `/id`). */
export interface ConfigurationFile extends Omit<YamlMapping, "data"> {
  /** Its name: `sales-qa` for `configurations/sales-qa.yaml`; the records in `state.json` name files so. */
  name: string;
  /**
   * The id of the configuration a file stands for in one account, when the file carries it (written
   * by earlier versions, and backups); a file without one is found in each account by its record.
   */
  id: string | undefined;
  /**
   * The body to send, every field but `id`, as written: a rule's operator may be named by the name of
   * its operator file (`operator:`), resolved per account by `references.ts`.
   */
  body: UpdateConfigurationRequest;
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

/** The value with its keys in the order of the spec's schema `name`. */
export const orderedAs = (value: unknown, name: string): unknown => ordered(value, componentSchemas[name]);

/** What a file holds of a configuration: its body as an update sends it (rule ids kept). */
export function bodyOf(configuration: IntelligenceConfiguration | UpdateConfigurationRequest): UpdateConfigurationRequest {
  const { displayName, description, rules } = configuration;
  return ordered(description === undefined ? { displayName, rules } : { displayName, description, rules }) as UpdateConfigurationRequest;
}

/**
 * The comment above a file's fields: for people only. What apply checks a change against (the
 * configuration as last pulled or applied) is kept in `.convintel/state.json`, never in a comment.
 */
const HEADER = [
  " An Intelligence Configuration, written by `convintel pull` or `convintel apply`; edit the fields,",
  " then `convintel plan`. Its id in each account, and its rules' ids, are kept in .convintel/state.json.",
].join("\n");

/**
 * The text of a configuration's file: its body without the ids of this account (the configuration's
 * and its rules'), so it plans against every account; rules name the operators in `names` (id → file
 * name) by file.
 */
export function renderConfiguration(
  configuration: IntelligenceConfiguration,
  names: ReadonlyMap<string, string> = new Map(),
  comment = HEADER,
): string {
  const document = new Document(withoutRuleIds(nameReferences(bodyOf(configuration), names)));
  document.commentBefore = comment;
  return document.toString({ lineWidth: 0 });
}

/** The comment above a backup: what it is, when apply replaced or deleted it, and how to restore it from `folder`. */
export function backupComment(
  title: string,
  live: { id?: string | undefined; version?: number | undefined },
  what: "update" | "delete",
  at: string,
  folder: string,
): string {
  return [
    ` ${title} ${live.id}, version ${live.version}, as it was live before`,
    ` \`convintel apply\` ${what === "update" ? "replaced it" : "deleted it"} at ${at}.`,
    ` To restore it, copy this file into ${folder}/ (over its file, if it has one),`,
    ` then \`convintel plan\` and \`convintel apply\`${what === "delete" ? " (it is created again, with a new id)" : ""}.`,
  ].join("\n");
}

/**
 * The text of a backup: the configuration as it was before a write replaced it or a delete removed
 * it, as a file of its own (which plans against its configuration by the record of the file it is
 * copied over), and how to restore it.
 */
export function renderBackup(configuration: IntelligenceConfiguration, what: "update" | "delete", at: string): string {
  return renderConfiguration(
    configuration,
    new Map(),
    backupComment("Intelligence Configuration", configuration, what, at, "configurations"),
  );
}

/** A file name for a display name: lower case, dashes, unique in `taken`. */
export function fileNameFor(displayName: string, taken: Set<string>, fallback = "configuration"): string {
  const base =
    displayName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 64) || fallback;
  let name = `${base}.yaml`;
  for (let index = 2; taken.has(name); index++) name = `${base}-${index}.yaml`;
  taken.add(name);
  return name;
}

/** Reads one configuration file; a YAML error or a top level that is not a mapping is a problem at its position. */
export async function readConfigurationFile(absolutePath: string, cwd: string): Promise<ConfigurationFile | FileProblem[]> {
  const read = await readYamlMapping(absolutePath, cwd, "a configuration file holds a mapping (displayName, rules, ...)");
  if (Array.isArray(read)) return read;
  const { data, ...file } = read;
  const { id, ...body } = data;
  if (id !== undefined && typeof id !== "string")
    return [{ ...file.positionOf("/id"), message: "/id must be a string, the configuration's id" }];
  return { ...file, name: configurationName(absolutePath), id: id as string | undefined, body: body as UpdateConfigurationRequest };
}

export const configurationsDir = (dir: string) => join(dir, "configurations");
/** The name a configuration file is recorded under: `sales-qa` for `configurations/sales-qa.yaml`. */
export const configurationName = (path: string) => basename(path).replace(/\.ya?ml$/, "");
export const catalogPath = (dir: string) => join(dir, "operators.yaml");
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
 * After a create or an update of a file that carries its configuration's id: its `id` and its rules'
 * ids say what the API now holds (new rules have ids now; a configuration created again has new
 * ones); the rest of the file, comments included, stays. A file without an id is left as it is: the
 * record in `state.json` says which configuration it is.
 */
export async function recordApplied(file: ConfigurationFile, configuration: IntelligenceConfiguration): Promise<void> {
  if (file.id === undefined) return;
  const document = file.document;
  document.set("id", configuration.id);
  const rules = document.get("rules", true);
  if (isSeq(rules)) {
    configuration.rules.forEach((rule, index) => {
      const node = rules.items[index];
      if (!isMap(node)) return;
      if (node.has("id")) node.set("id", rule.id);
      else (node.items as unknown[]).unshift(document.createPair("id", rule.id));
    });
  }
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

/**
 * Keeps what apply replaced or deleted (`text`, written at that moment) under `.convintel/backups/`,
 * named by the time, the action and the id; returns the path written, from the working directory.
 */
export async function writeBackup(
  dir: string,
  cwd: string,
  id: string,
  what: "update" | "delete",
  text: (at: string) => string,
): Promise<string> {
  const at = new Date().toISOString();
  const path = join(backupsDir(dir), `${at.replace(/[:.]/g, "-")}-${what}-${id}.yaml`);
  await writeAtomically(path, text(at));
  return relative(cwd, path) || path;
}
