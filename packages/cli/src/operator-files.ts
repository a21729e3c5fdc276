/**
 * The account's own Language Operators as files: `<dir>/operators/<name>.yaml`, one per operator the
 * account authored, holding what an update sends (display name, description, the prompt as a block,
 * output format and schema, parameters, context, training examples). A file carries no id: ids differ
 * per account, and `<name>` (the file's name without `.yaml`) is what rules name the operator by and
 * what the state records per account, so one folder serves every account.
 */
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { type LanguageOperator, type OperatorRequest, UpdateOperatorOperation } from "@convintel/fetch";
import { Document } from "yaml";
import { backupComment, orderedAs } from "./files.js";
import { isRecord } from "./records.js";
import { type FileProblem, readYamlMapping, type YamlMapping } from "./yaml-files.js";

/** One operator file, read; `positionOf` finds pointers into the body. */
export interface OperatorFile extends Omit<YamlMapping, "data"> {
  /** The file's name without its extension: what a rule's `operator:` names. */
  name: string;
  body: OperatorRequest;
}

export const operatorsDir = (dir: string) => join(dir, "operators");

/** The file name of an operator file's name. */
export const operatorFileName = (name: string) => `${name}.yaml`;

/** The fields the API sets itself (`id`, `version`, `author`): never in a file, never sent. */
const READ_ONLY_FIELDS: readonly string[] = UpdateOperatorOperation.requestBody.readOnly;

/** What a file holds of an operator: the fields an update sends, in the spec's order. */
export function operatorBodyOf(operator: LanguageOperator | OperatorRequest): OperatorRequest {
  const body = Object.fromEntries(
    Object.entries(operator).filter(([key, value]) => !READ_ONLY_FIELDS.includes(key) && value !== undefined),
  );
  return orderedAs(body, "OperatorRequest") as OperatorRequest;
}

const isEmpty = (value: unknown) => (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);

/** An operator body as compared: an empty list or mapping reads as the field left out. */
export function comparableOperator(operator: LanguageOperator | OperatorRequest): OperatorRequest {
  return Object.fromEntries(Object.entries(operatorBodyOf(operator)).filter(([, value]) => !isEmpty(value))) as OperatorRequest;
}

function operatorText(operator: LanguageOperator | OperatorRequest, comment: string): string {
  const document = new Document(operatorBodyOf(operator));
  document.commentBefore = comment;
  return document.toString({ lineWidth: 0 });
}

/** The text of an operator's file. */
export function renderOperator(operator: LanguageOperator, name: string): string {
  return operatorText(
    operator,
    [
      ` Language Operator "${operator.displayName ?? name}", authored by this account. Rules name it \`operator: ${name}\`.`,
      " Written by `convintel pull` or `convintel apply`; edit the fields, then `convintel plan` (an update makes a new version).",
    ].join("\n"),
  );
}

/** The text of an operator's backup: as it was before apply replaced or deleted it, and how to restore it. */
export function renderOperatorBackup(operator: LanguageOperator, what: "update" | "delete", at: string): string {
  return operatorText(operator, backupComment("Language Operator", operator, what, at, "operators"));
}

/** Every `*.yaml` / `*.yml` file of `<dir>/operators`, sorted; undefined when there is no such folder (operators are not managed there). */
export async function operatorPaths(dir: string): Promise<string[] | undefined> {
  const folder = operatorsDir(dir);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  return names
    ?.filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** Reads one operator file; the server's fields are a problem at their name (the file is the same in every account). */
export async function readOperatorFile(absolutePath: string, cwd: string): Promise<OperatorFile | FileProblem[]> {
  const read = await readYamlMapping(absolutePath, cwd, "an operator file holds a mapping (displayName, prompt, outputFormat, ...)");
  if (Array.isArray(read)) return read;
  const { data, ...file } = read;
  const problems = READ_ONLY_FIELDS.filter((field) => field in data).map((field) => ({
    ...file.positionOf(`/${field}`, true),
    message: `/${field} is set by the API and differs per account: leave it out (the file is found by its name, ${basename(file.path)})`,
  }));
  if (problems.length > 0) return problems;
  return { ...file, name: basename(file.path).replace(/\.ya?ml$/, ""), body: data as OperatorRequest };
}
