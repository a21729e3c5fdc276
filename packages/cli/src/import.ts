/**
 * `import <id>`: one live configuration or operator of the account into a new file, and its record
 * into the state, so that the files take it over without a pull of everything. Nothing else changes;
 * an object a file already stands for is refused.
 */
import { mkdir } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { NotFoundError } from "@convintel/client";
import { validateIntelligenceConfigurationTtid, validateOperatorTtid } from "@convintel/fetch";
import type { DirOptions } from "./commands.js";
import { clientFor, CommandError, type Io } from "./context.js";
import { configurationName, configurationsDir, fileNameFor, renderConfiguration } from "./files.js";
import { operatorFileName, operatorsDir, renderOperator } from "./operator-files.js";
import { printableLine } from "./printable.js";
import { loadProject } from "./project.js";
import { readState, statePath, stateText } from "./state.js";
import { writeTogether } from "./yaml-files.js";

const missing = (what: string, id: string) => (error: unknown) => {
  if (error instanceof NotFoundError) throw new CommandError(`no ${what} ${printableLine(id)} in this account.`);
  throw error;
};

export async function importCommand(io: Io, options: DirOptions & { id: string }): Promise<number> {
  const { id } = options;
  const isConfiguration = validateIntelligenceConfigurationTtid(id);
  if (!isConfiguration && !validateOperatorTtid(id))
    throw new CommandError(
      `${printableLine(id)} is neither a configuration id (intelligence_configuration_…) nor an operator id (intelligence_operator_…).`,
    );
  const dir = resolve(io.cwd, options.dir);
  const project = await loadProject(dir, io.cwd);
  if (project.problems.length > 0)
    throw new CommandError(
      `${project.problems.length} problem(s) in ${printableLine(options.dir)} (\`convintel validate\` lists them): fix them before importing.`,
    );
  const { state } = await readState(dir);
  const client = await clientFor(io, options);
  const operatorFiles = project.operatorFiles ?? [];
  // The operators that have a file, by id: rules the imported configuration has name them by file.
  const named = new Map(
    Object.entries(state.operators).flatMap(([operatorId, record]) =>
      operatorFiles.some((file) => file.name === record.name) ? [[operatorId, record.name] as const] : [],
    ),
  );
  let path: string;
  let text: string;
  if (isConfiguration) {
    const configuration = await client.configurations.fetch(id).catch(missing("configuration", id));
    const recorded = state.configurations[id]?.name;
    const holder = project.files.find(
      (file) =>
        file.id === id || (file.id === undefined && (file.name === recorded || file.body.displayName === configuration.displayName)),
    );
    if (holder)
      throw new CommandError(`${printableLine(holder.path)} already stands for ${printableLine(id)}: \`convintel plan\` compares them.`);
    const taken = new Set(project.files.map((file) => basename(file.absolutePath)));
    path = join(configurationsDir(dir), fileNameFor(configuration.displayName, taken));
    text = renderConfiguration(configuration, named);
    state.configurations[id] = { name: configurationName(path), configuration };
  } else {
    const operator = await client.operators.fetch(id).catch(missing("operator", id));
    if (operator.author !== "SELF")
      throw new CommandError(
        `${printableLine(id)} is one of Twilio's operators, which are read-only: \`convintel pull\` refreshes their catalog.`,
      );
    const holder = operatorFiles.find((file) => named.get(id) === file.name || file.body.displayName === operator.displayName);
    if (holder)
      throw new CommandError(`${printableLine(holder.path)} already stands for ${printableLine(id)}: \`convintel plan\` compares them.`);
    const taken = new Set(operatorFiles.map((file) => operatorFileName(file.name)));
    const name = fileNameFor(operator.displayName ?? "", taken, "operator").replace(/\.yaml$/, "");
    path = join(operatorsDir(dir), operatorFileName(name));
    text = renderOperator(operator, name);
    state.operators[id] = { name, operator };
  }
  await mkdir(dir, { recursive: true });
  await writeTogether([
    { path, text },
    { path: statePath(dir), text: stateText(state) },
  ]);
  io.stdout.write(`Imported ${printableLine(id)} into ${printableLine(relative(io.cwd, path))}.\n`);
  return 0;
}
