/** The `convintel` command line: its commands and options, parsed by commander. */
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { IntelligenceError } from "@convintel/client";
import { type ApplyOptions, applyCommand } from "./apply.js";
import { planCommand, validateCommand } from "./commands.js";
import { importCommand } from "./import.js";
import { pull } from "./pull.js";
import { CommandError, type Io } from "./context.js";
import { printable } from "./printable.js";

/** This package's version, from its manifest (one directory up from dist/ and src/). */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError("must be a whole number of 1 or more.");
  return number;
}

/** Runs `convintel` with the arguments after the program name; resolves with the exit code. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command("convintel")
    .description("Twilio Conversation Intelligence configurations as code: pull, validate, plan, apply.")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError();
  const dir = () => new Option("--dir <dir>", "where the files are").default("intelligence");
  const connection = (command: Command) =>
    command
      .addOption(new Option("--base-url <url>", "the API origin (default: CONVINTEL_BASE_URL, else Twilio's)"))
      .addOption(
        new Option(
          "--profile <name>",
          "read credentials from the profile's env file (CONVINTEL_PROFILES_DIR, default ~/.config/convintel/profiles/<name>.env)",
        ),
      )
      .addOption(new Option("--env-file <path>", "read credentials and settings from this env file"));
  const action =
    <T>(command: (options: T) => Promise<number>) =>
    async (options: T) => {
      code = await command(options);
    };

  connection(
    program
      .command("pull")
      .description(
        "write one YAML file per live configuration and per operator the account authored, and the catalog of the operators they name",
      ),
  )
    .addOption(dir())
    .argument("[file-or-id]", "pull only this configuration or operator file (or the file of this id)")
    .option("--force", "overwrite files changed since they were pulled")
    .action(async (target: string | undefined, options: { dir: string; force?: boolean }) => {
      code = await pull(io, { ...options, ...(target === undefined ? {} : { target }) });
    });
  connection(program.command("import").description("write one live configuration or operator of the account into a new file"))
    .argument("<id>", "a configuration id (intelligence_configuration_…) or an operator id (intelligence_operator_…)")
    .addOption(dir())
    .action(async (id: string, options: { dir: string }) => {
      code = await importCommand(io, { ...options, id });
    });
  program
    .command("validate")
    .description("check the files offline: the spec's rules, and rule parameters against the pulled operators")
    .addOption(dir())
    .option("--json", "print the problems and warnings as JSON")
    .action(action((options: { dir: string; json?: boolean }) => validateCommand(io, options)));
  connection(
    program
      .command("plan")
      .description("show what apply would do; exit 0 with or without changes, 1 on an error or a conflict (see --detailed-exitcode)"),
  )
    .addOption(dir())
    .option("--prune", "delete live configurations and operators that no file names")
    .option("--json", "print the plan as JSON (--format json)")
    .addOption(new Option("--format <format>", "text, json, or markdown (a pull request comment)").choices(["text", "json", "markdown"]))
    .option("--detailed-exitcode", "exit 2 when the plan has changes (0 without, 1 on an error or a conflict)")
    .option("--out <file>", "also save the plan to this file, for `convintel apply <file>`")
    .action(
      action((options: { dir: string; prune?: boolean; json?: boolean; format?: string; detailedExitcode?: boolean; out?: string }) =>
        planCommand(io, options),
      ),
    );
  connection(
    program
      .command("apply")
      .description(
        "carry out the plan: nothing while there is a conflict, each write only onto what the plan read, what it replaces kept in .convintel/backups",
      ),
  )
    .addOption(dir())
    .option("--prune", "delete live configurations and operators that no file names")
    .argument("[plan-file]", "a plan saved by `plan --out`: applied exactly, without planning again")
    .option("--auto-approve", "apply without asking")
    .option("--json", "print the plan and what became of each change as one JSON document (with --auto-approve)")
    .addOption(new Option("--concurrency <n>", "changes in flight at once").argParser(positiveInteger).default(4))
    .action(async (planFile: string | undefined, options: Omit<ApplyOptions, "planFile">) => {
      code = await applyCommand(io, { ...options, ...(planFile === undefined ? {} : { planFile }) });
    });

  try {
    await program.parseAsync([...args], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (error instanceof CommandError || error instanceof IntelligenceError) {
      io.stderr.write(`convintel: ${printable(error.message)}\n`);
      return 1;
    }
    io.stderr.write(
      `convintel: unexpected failure: ${printable(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return 1;
  }
}
