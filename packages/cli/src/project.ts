/**
 * The files of a directory read and checked offline, as `validate`, `plan` and `apply` all need
 * them: YAML, the spec's rules (unknown fields refused), the operator parameters against the pulled
 * catalog, ids unique, new files told apart. Each problem with its file:line:column.
 */
import { dirname } from "node:path";
import {
  type IntelligenceClient,
  type LanguageOperator,
  operatorIssues,
  type OperatorWarning,
  RequestValidationError,
} from "@convintel/client";
import {
  validate,
  validateIntelligenceConfigurationTtid,
  validateOperatorRequest,
  validateUpdateConfigurationRequest,
} from "@convintel/fetch";
import {
  backupsDir,
  type Catalog,
  type ConfigurationFile,
  configurationPaths,
  configurationsDir,
  readCatalog,
  readConfigurationFile,
} from "./files.js";
import { firstLinkedFolder } from "./file-reads.js";
import { CommandError } from "./context.js";
import { printableLine } from "./printable.js";
import { statePath } from "./state.js";
import { type OperatorFile, operatorPaths, operatorsDir, readOperatorFile } from "./operator-files.js";
import { checkingId, referenceIssues, referencesOf, resolveReferences } from "./references.js";
import type { FileProblem } from "./yaml-files.js";

export interface Project {
  files: ConfigurationFile[];
  /** The account's own operators, one file each; undefined when there is no `operators/` folder. */
  operatorFiles: OperatorFile[] | undefined;
  problems: FileProblem[];
  warnings: (OperatorWarning & { file: string; line: number; column: number })[];
  catalog: Catalog | undefined;
}

/** The operator files' definitions, by the id that stands for each while the files are checked. */
function definitionsOf(operatorFiles: readonly OperatorFile[] | undefined): Record<string, LanguageOperator> {
  return Object.fromEntries((operatorFiles ?? []).map((file) => [checkingId(file.name), file.body]));
}

/** A message of the check with the id that stands for an operator file replaced by the file's name. */
function named(message: string, operatorFiles: readonly OperatorFile[] | undefined): string {
  let text = message;
  for (const file of operatorFiles ?? []) text = text.replaceAll(checkingId(file.name), `"${file.name}" (operators/${file.name}.yaml)`);
  return text;
}

/** An offline operator source: the operator files (by the ids that stand for them), then the pulled catalog. */
function sourceOf(catalog: Catalog | undefined, definitions: Record<string, LanguageOperator>) {
  const entry = (id: string) => catalog?.operators[id];
  return {
    operator: (id: string) => definitions[id] ?? entry(id)?.current,
    versions: (id: string) => entry(id)?.versions,
    version: (id: string, version: number) => entry(id)?.definitions?.[String(version)],
  };
}

const byPosition = (a: FileProblem, b: FileProblem) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

/** Reads and checks the operator files: the API's rules for an operator, one file per name, one per display name. */
async function loadOperatorFiles(dir: string, cwd: string, problems: FileProblem[]): Promise<OperatorFile[] | undefined> {
  const paths = await operatorPaths(dir);
  if (paths === undefined) return undefined;
  const files: OperatorFile[] = [];
  const byName = new Map<string, OperatorFile>();
  const byDisplayName = new Map<unknown, OperatorFile>();
  for (const path of paths) {
    const read = await readOperatorFile(path, cwd);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    const shape = validate(validateOperatorRequest, read.body, "", { closed: true });
    if (!shape.ok)
      for (const issue of shape.issues)
        problems.push({ ...read.positionOf(issue.pointer, issue.keyword === "additionalProperties"), message: issue.message });
    const sameName = byName.get(read.name);
    if (sameName) {
      problems.push({
        file: read.path,
        line: 1,
        column: 1,
        message: `${read.path} and ${sameName.path} are both the operator "${read.name}": keep one`,
      });
      continue;
    }
    const sameDisplayName = byDisplayName.get(read.body.displayName);
    if (sameDisplayName)
      problems.push({
        ...read.positionOf("/displayName"),
        message: `/displayName "${read.body.displayName}" is also that of ${sameDisplayName.path}: an operator is found by it in an account that has no record of the file`,
      });
    byName.set(read.name, read);
    byDisplayName.set(read.body.displayName, read);
    files.push(read);
  }
  return files;
}

/**
 * Reads and checks the files. The operators rules name are checked against the operator files and
 * the pulled catalog, or with `operators: "live"` not here: the caller checks them against the API
 * (`checkOperatorsLive`).
 */
export async function loadProject(dir: string, cwd: string, operators: "catalog" | "live" = "catalog"): Promise<Project> {
  const linked = await firstLinkedFolder([configurationsDir(dir), operatorsDir(dir), dirname(statePath(dir)), backupsDir(dir)], cwd);
  if (linked !== undefined)
    throw new CommandError(
      `${printableLine(linked)} is a symbolic link; convintel reads and writes only the project's own folders (a link could read from, and write into, anywhere). Nothing was read or written.`,
    );
  const problems: FileProblem[] = [];
  const warnings: Project["warnings"] = [];
  const files: ConfigurationFile[] = [];
  const { catalog, problems: catalogProblems } = await readCatalog(dir, cwd);
  problems.push(...catalogProblems);
  const operatorFiles = await loadOperatorFiles(dir, cwd, problems);
  const names = new Set((operatorFiles ?? []).map((file) => file.name));
  const source = sourceOf(catalog, definitionsOf(operatorFiles));
  for (const path of await configurationPaths(dir)) {
    const read = await readConfigurationFile(path, cwd);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    files.push(read);
    if (read.id !== undefined && !validateIntelligenceConfigurationTtid(read.id)) {
      problems.push({
        ...read.positionOf("/id"),
        message: "/id must be an Intelligence Configuration id (intelligence_configuration_...)",
      });
    }
    const reported: string[] = [];
    if (read.id === undefined) {
      for (const [index, rule] of (Array.isArray(read.body.rules) ? read.body.rules : []).entries()) {
        if (typeof rule !== "object" || rule === null || !("id" in rule)) continue;
        const pointer = `/rules/${index}/id`;
        problems.push({
          ...read.positionOf(pointer, true),
          message: `${pointer}: a rule's id belongs to one account, and a file without \`id\` plans against each account by finding its rules there: remove it (or give the file the configuration's \`id:\`, for one account only)`,
        });
        reported.push(pointer);
      }
    }
    const references = referenceIssues(read.body, names);
    for (const issue of references) {
      problems.push({ ...read.positionOf(issue.pointer, true), message: issue.message });
      reported.push(issue.pointer.replace(/\/(operator|id|version)$/, ""));
    }
    // Checked as the API would check it, each operator file standing in for the id it has in an account.
    const checked = resolveReferences(read.body, checkingId);
    const shape = validate(validateUpdateConfigurationRequest, checked, "", { closed: true });
    if (!shape.ok) {
      for (const issue of shape.issues) {
        // An unknown field is shown at its name; any other issue at its value.
        problems.push({ ...read.positionOf(issue.pointer, issue.keyword === "additionalProperties"), message: issue.message });
        reported.push(issue.pointer);
      }
    }
    // The operators are checked too, but not where the rules above already found something; without
    // a catalog, only those named by file.
    if (operators === "live") continue;
    const byFile = referencesOf(read.body).map((reference) => reference.at);
    const covered = (pointer: string) => catalog !== undefined || byFile.some((at) => pointer.startsWith(`${at}/`));
    const fresh = (pointer: string) => !reported.some((done) => pointer === done || pointer.startsWith(`${done}/`));
    const found = operatorIssues(checked, source);
    for (const issue of found.issues.filter((candidate) => covered(candidate.pointer) && fresh(candidate.pointer))) {
      const hint = issue.keyword === "operator" ? " in the pulled catalog (`convintel pull` refreshes it)" : "";
      problems.push({ ...read.positionOf(issue.pointer), message: `${named(issue.message, operatorFiles)}${hint}` });
    }
    for (const warning of found.warnings.filter((candidate) => covered(candidate.pointer)))
      warnings.push({ ...warning, message: named(warning.message, operatorFiles), ...read.positionOf(warning.pointer) });
  }
  // Identity: one file per name and per id; a file without an id is found by its displayName in an
  // account that has no record of it, which must then be unique among such files.
  const byName = new Map<string, ConfigurationFile>();
  const byId = new Map<string, ConfigurationFile>();
  const newByName = new Map<string, ConfigurationFile>();
  for (const file of files) {
    const sameName = byName.get(file.name);
    if (sameName)
      problems.push({
        file: file.path,
        line: 1,
        column: 1,
        message: `${file.path} and ${sameName.path} are both the configuration "${file.name}": keep one`,
      });
    byName.set(file.name, file);
    if (file.id !== undefined) {
      const other = byId.get(file.id);
      if (other) problems.push({ ...file.positionOf("/id"), message: `/id ${file.id} is also the id of ${other.path}` });
      else byId.set(file.id, file);
    } else if (typeof file.body.displayName === "string") {
      const other = newByName.get(file.body.displayName);
      if (other) {
        problems.push({
          ...file.positionOf("/displayName"),
          message: `/displayName "${file.body.displayName}" is also that of ${other.path}: a configuration is found by it in an account that has no record of the file`,
        });
      } else newByName.set(file.body.displayName, file);
    }
  }
  problems.sort(byPosition);
  return { files, operatorFiles, problems, warnings, catalog };
}

/**
 * The operator check of every file against the operators as the API has them now (each operator read
 * once for all files, through the client's cache), and those named by file against their files: what
 * plan and apply rely on, as a catalog pulled earlier may miss an operator added since.
 */
export async function checkOperatorsLive(client: IntelligenceClient, project: Project): Promise<void> {
  // An operator named by file is checked against its file: what it is once apply has run.
  const definitions = definitionsOf(project.operatorFiles);
  for (const file of project.files) {
    try {
      const { warnings } = await client.configurations.check(resolveReferences(file.body, checkingId), { definitions });
      for (const warning of warnings)
        project.warnings.push({ ...warning, message: named(warning.message, project.operatorFiles), ...file.positionOf(warning.pointer) });
    } catch (error) {
      if (!(error instanceof RequestValidationError)) throw error;
      for (const issue of error.issues)
        project.problems.push({ ...file.positionOf(issue.pointer), message: named(issue.message, project.operatorFiles) });
    }
  }
  project.problems.sort(byPosition);
}
