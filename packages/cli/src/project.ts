/**
 * The files of a directory read and checked offline, as `validate`, `plan` and `apply` all need
 * them: YAML, the spec's rules (unknown fields refused), the operator parameters against the pulled
 * catalog, ids unique, new files told apart. Each problem with its file:line:column.
 */
import { type IntelligenceClient, operatorIssues, type OperatorWarning, RequestValidationError } from "@convintel/client";
import { validate, validateIntelligenceConfigurationTtid, validateUpdateConfigurationRequest } from "@convintel/fetch";
import { type Catalog, type ConfigurationFile, configurationPaths, type FileProblem, readCatalog, readConfigurationFile } from "./files.js";

export interface Project {
  files: ConfigurationFile[];
  problems: FileProblem[];
  warnings: (OperatorWarning & { file: string; line: number; column: number })[];
  catalog: Catalog | undefined;
}

/** An offline operator source over the catalog. */
function sourceOf(catalog: Catalog | undefined) {
  const entry = (id: string) => catalog?.operators[id];
  return {
    operator: (id: string) => entry(id)?.current,
    versions: (id: string) => entry(id)?.versions,
    version: (id: string, version: number) => entry(id)?.definitions?.[String(version)],
  };
}

/**
 * Reads and checks the files. The operators are checked against the pulled catalog, or with
 * `operators: "live"` not here: the caller checks them against the API (`checkOperatorsLive`).
 */
export async function loadProject(dir: string, cwd: string, operators: "catalog" | "live" = "catalog"): Promise<Project> {
  const problems: FileProblem[] = [];
  const warnings: Project["warnings"] = [];
  const files: ConfigurationFile[] = [];
  const { catalog, problems: catalogProblems } = await readCatalog(dir, cwd);
  problems.push(...catalogProblems);
  const source = sourceOf(catalog);
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
    const shape = validate(validateUpdateConfigurationRequest, read.body, "", { closed: true });
    const reported: string[] = [];
    if (!shape.ok) {
      for (const issue of shape.issues) {
        // An unknown field is shown at its name; any other issue at its value.
        problems.push({ ...read.positionOf(issue.pointer, issue.keyword === "additionalProperties"), message: issue.message });
        reported.push(issue.pointer);
      }
    }
    // The operators are checked too, but not where the spec's rules already found something.
    if (catalog === undefined || operators === "live") continue;
    const checked = operatorIssues(read.body, source);
    for (const issue of checked.issues.filter(
      (found) => !reported.some((pointer) => found.pointer === pointer || found.pointer.startsWith(`${pointer}/`)),
    )) {
      const hint = issue.keyword === "operator" ? " in the pulled catalog (`convintel pull` refreshes it)" : "";
      problems.push({ ...read.positionOf(issue.pointer), message: `${issue.message}${hint}` });
    }
    for (const warning of checked.warnings) warnings.push({ ...warning, ...read.positionOf(warning.pointer) });
  }
  // Identity: an id in one file only; a new file is matched by its displayName, which must then be unique among new files.
  const byId = new Map<string, ConfigurationFile>();
  const newByName = new Map<string, ConfigurationFile>();
  for (const file of files) {
    if (file.id !== undefined) {
      const other = byId.get(file.id);
      if (other) problems.push({ ...file.positionOf("/id"), message: `/id ${file.id} is also the id of ${other.path}` });
      else byId.set(file.id, file);
    } else if (typeof file.body.displayName === "string") {
      const other = newByName.get(file.body.displayName);
      if (other) {
        problems.push({
          ...file.positionOf("/displayName"),
          message: `/displayName "${file.body.displayName}" is also that of ${other.path}, and neither has an id: they cannot be told apart`,
        });
      } else newByName.set(file.body.displayName, file);
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { files, problems, warnings, catalog };
}

/**
 * The operator check of every file against the operators as the API has them now (each operator read
 * once for all files, through the client's cache): what plan and apply rely on, as a catalog pulled
 * earlier may miss an operator added since.
 */
export async function checkOperatorsLive(client: IntelligenceClient, project: Project): Promise<void> {
  for (const file of project.files) {
    try {
      const { warnings } = await client.configurations.check(file.body);
      for (const warning of warnings) project.warnings.push({ ...warning, ...file.positionOf(warning.pointer) });
    } catch (error) {
      if (!(error instanceof RequestValidationError)) throw error;
      for (const issue of error.issues) project.problems.push({ ...file.positionOf(issue.pointer), message: issue.message });
    }
  }
  project.problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
