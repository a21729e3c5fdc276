/** `pull`: the live configurations and the operators they name, into the files, all or nothing. */
import { mkdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { type IntelligenceClient, type IntelligenceConfiguration, type LanguageOperator, NotFoundError } from "@convintel/client";
import { validateOperatorTtid } from "@convintel/fetch";
import pLimit from "p-limit";
import { liveConfigurations, type DirOptions } from "./commands.js";
import { clientFor, CommandError, type Io } from "./context.js";
import {
  type Catalog,
  catalogPath,
  configurationsDir,
  fileNameFor,
  readState,
  renderCatalog,
  renderConfiguration,
  type State,
  statePath,
  stateText,
  writeTogether,
} from "./files.js";
import { contentChanges } from "./plan.js";
import { printableLine } from "./printable.js";
import { loadProject } from "./project.js";

/** The operators the configurations name, each with its versions and the definitions rules use; ids that are no operator's are left out. */
async function pullCatalog(client: IntelligenceClient, configurations: IntelligenceConfiguration[]): Promise<Catalog> {
  const wanted = new Map<string, Set<number>>();
  for (const configuration of configurations)
    for (const rule of configuration.rules)
      for (const operator of rule.operators) {
        // The API stores any string here; only an operator id can be read.
        if (!validateOperatorTtid(operator.id)) continue;
        const versions = wanted.get(operator.id) ?? new Set<number>();
        if (operator.version !== undefined) versions.add(operator.version);
        wanted.set(operator.id, versions);
      }
  const catalog: Catalog = { pulledAt: new Date().toISOString(), operators: {} };
  const limit = pLimit(4);
  const missing = (error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  };
  await Promise.all(
    [...wanted]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, pinned]) =>
        limit(async () => {
          const current: LanguageOperator | undefined = await client.operators.fetch(id).catch(missing);
          if (!current) return;
          const versions = [];
          for await (const version of client.operators.versions.list(id)) versions.push(version);
          const definitions: Record<string, NonNullable<Catalog["operators"][string]["definitions"]>[string]> = {};
          for (const version of [...pinned].sort((a, b) => a - b)) {
            const definition = await client.operators.versions.fetch(id, version).catch(missing);
            if (definition) definitions[String(version)] = definition;
          }
          catalog.operators[id] = { current, versions, definitions };
        }),
      ),
  );
  catalog.operators = Object.fromEntries(Object.entries(catalog.operators).sort(([a], [b]) => a.localeCompare(b)));
  return catalog;
}

export async function pull(io: Io, options: DirOptions & { force?: boolean }): Promise<number> {
  const dir = resolve(io.cwd, options.dir);
  const project = await loadProject(dir, io.cwd);
  const { state } = await readState(dir);
  const client = await clientFor(io, options);
  const live = await liveConfigurations(client);
  const byId = new Map(live.map((configuration) => [configuration.id, configuration]));
  // Work in the files would be lost: refused unless --force. With a record of the file's pull, any edit
  // since; without one, any difference from the live configuration.
  const edited = project.files.flatMap((file) => {
    if (file.id === undefined) return [];
    const record = state[file.id];
    if (record) return contentChanges(record, file.body).length > 0 ? [`  ${file.path}: changed since it was pulled`] : [];
    const current = byId.get(file.id);
    return current && contentChanges(current, file.body).length > 0
      ? [`  ${file.path}: differs from the live configuration, and there is no record of its pull to tell whose change that is`]
      : [];
  });
  const fresh = project.files.filter((file) => file.id === undefined);
  if (!options.force && (edited.length > 0 || fresh.length > 0 || project.problems.length > 0)) {
    const lines = [
      ...edited,
      ...fresh.map((file) => `  ${file.path}: new, not applied yet`),
      ...[...new Set(project.problems.map((problem) => problem.file))].map((file) => `  ${file}: does not read`),
    ];
    throw new CommandError(
      `pull would overwrite work in ${options.dir}:\n${lines.map(printableLine).join("\n")}\nApply or move them first, or pass --force to overwrite.`,
    );
  }
  const catalog = await pullCatalog(client, live);
  // Everything is read before anything is written; then every file is written in one step.
  const paths = new Map(project.files.flatMap((file) => (file.id === undefined ? [] : [[file.id, file.absolutePath] as const])));
  const taken = new Set(project.files.map((file) => basename(file.absolutePath)));
  const next: State = {};
  const writes: { path: string; text: string }[] = [];
  for (const configuration of [...live].sort((a, b) => a.dateCreated.localeCompare(b.dateCreated) || a.id.localeCompare(b.id))) {
    const path = paths.get(configuration.id) ?? join(configurationsDir(dir), fileNameFor(configuration.displayName, taken));
    writes.push({ path, text: renderConfiguration(configuration) });
    next[configuration.id] = configuration;
  }
  writes.push({ path: catalogPath(dir), text: renderCatalog(catalog) });
  writes.push({ path: statePath(dir), text: stateText(next) });
  await writeTogether(writes);
  await mkdir(configurationsDir(dir), { recursive: true });
  const gone = project.files.filter((file) => file.id !== undefined && !next[file.id]);
  io.stdout.write(
    `Pulled ${live.length} configuration(s) into ${printableLine(options.dir)}/configurations and ${Object.keys(catalog.operators).length} operator(s) into ${printableLine(options.dir)}/operators.yaml.\n`,
  );
  for (const file of gone)
    io.stdout.write(
      `  ${printableLine(file.path)}: ${printableLine(file.id!)} is no longer live (plan would create it again; delete the file to drop it)\n`,
    );
  return 0;
}
