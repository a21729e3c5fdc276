/**
 * The `convintel` command on many configurations: the real binary, as a child process, against the
 * fake over HTTP on 127.0.0.1, pulling, planning and applying an edit of every one of them; in the
 * same round, the same with operators of the account as files too (each edited, so each gets a new
 * version), the configurations' rules naming them. The ratio of the two is paired within a round.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repositoryRoot } from "./paths.js";
import { median } from "./stats.js";

export interface CliOptions {
  configurations: number;
  /** Operators of the account in the second scenario. */
  operators: number;
  rounds: number;
  concurrency: number;
}

export interface CliResult {
  step: "pull" | "plan" | "apply";
  /** How many operators of the account were managed as files too (0: configurations only). */
  operators: number;
  /** Wall time of the whole command, start of the process included, per round. */
  milliseconds: number[];
}

const BIN = join(repositoryRoot, "packages/cli/bin/convintel.js");

function convintel(args: string[], cwd: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { PATH: process.env.PATH ?? "", CI: "true", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // plan exits 2 when it has changes: that is its success here.
        if (error && !(args[0] === "plan" && error.code === 2)) reject(new Error(`convintel ${args.join(" ")}: ${stderr}`));
        else resolve(performance.now() - started);
      },
    );
  });
}

type Fake = Awaited<ReturnType<typeof import("@convintel/testing")["createFakeIntelligence"]>>;

/** One round of one scenario: seeds the account, then times pull, plan and apply of an edit of every file. */
async function round(fake: Fake, url: string, options: CliOptions, operators: number): Promise<number[]> {
  const { examples } = await import("@convintel/testing");
  const { IntelligenceClient } = await import("@convintel/client");
  fake.reset();
  const client = new IntelligenceClient({ ...fake.credentials, baseUrl: url, env: {} });
  const rule = structuredClone(examples.CreateConfigurationRequest.rules[0]!);
  fake.seed.operator({ ...structuredClone(examples.CreatedOperator), id: rule.operators[0]!.id });
  const own: string[] = [];
  for (let index = 0; index < operators; index++) {
    const created = await client.operators.create({
      displayName: `check-${index}`,
      description: "before",
      prompt: `Check ${index}.`,
      outputFormat: "TEXT",
    });
    own.push(created.id!);
  }
  for (let index = 0; index < options.configurations; index++) {
    const named = own.length === 0 ? rule : { ...rule, operators: [{ id: own[index % own.length]! }] };
    await client.configurations.create({ displayName: `team-${index}`, description: "before", rules: [named] });
  }
  const work = await mkdtemp(join(tmpdir(), "convintel-bench-"));
  const env = { TWILIO_ACCOUNT_SID: fake.credentials.accountSid, TWILIO_AUTH_TOKEN: fake.credentials.authToken, CONVINTEL_BASE_URL: url };
  try {
    const times = [await convintel(["pull"], work, env)];
    for (const kind of ["configurations", "operators"]) {
      const folder = join(work, "intelligence", kind);
      for (const name of await readdir(folder).catch(() => [])) {
        const path = join(folder, name);
        await writeFile(path, (await readFile(path, "utf8")).replace("description: before", "description: after"));
      }
    }
    times.push(await convintel(["plan"], work, env));
    times.push(await convintel(["apply", "--auto-approve", "--concurrency", String(options.concurrency)], work, env));
    if (!fake.configurations.every((configuration) => configuration.description === "after"))
      throw new Error("apply left configurations unchanged");
    if (
      !fake.operators
        .filter((operator) => own.includes(operator.id!))
        .every((operator) => operator.description === "after" && operator.version === 2)
    )
      throw new Error("apply left operators unchanged");
    return times;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function benchCli(options: CliOptions, log: (line: string) => void): Promise<CliResult[]> {
  const { createFakeIntelligence } = await import("@convintel/testing");
  const fake = createFakeIntelligence({ seed: 5 });
  const server = await fake.listen();
  const steps = ["pull", "plan", "apply"] as const;
  const results: CliResult[] = [0, options.operators].flatMap((operators) => steps.map((step) => ({ step, operators, milliseconds: [] })));
  try {
    for (let index = 0; index < options.rounds; index++) {
      // Alternated each round, so a machine that slows down weighs on both alike.
      const order = index % 2 === 0 ? [0, options.operators] : [options.operators, 0];
      for (const operators of order) {
        const times = await round(fake, server.url, options, operators);
        for (const [at, step] of steps.entries())
          results.find((result) => result.step === step && result.operators === operators)!.milliseconds.push(times[at]!);
        log(
          `cli round ${index + 1}/${options.rounds}, ${operators} operators: ${steps.map((step, at) => `${step} ${times[at]!.toFixed(0)} ms`).join(", ")}`,
        );
      }
    }
  } finally {
    await fake.close();
  }
  return results;
}

/** Per step, the median over rounds of (with operators ÷ configurations only) in the same round. */
export function operatorCost(results: readonly CliResult[], step: CliResult["step"]): number | undefined {
  const only = results.find((result) => result.step === step && result.operators === 0);
  const both = results.find((result) => result.step === step && result.operators > 0);
  if (!only || !both || only.milliseconds.length === 0) return undefined;
  return median(both.milliseconds.map((ms, index) => ms / only.milliseconds[index]!));
}

export function renderCli(options: CliOptions & { results?: CliResult[] }): string {
  const rows = (options.results ?? []).map((result) => {
    const ms = median(result.milliseconds);
    const ratio = result.operators === 0 ? "" : `${operatorCost(options.results!, result.step)?.toFixed(2)}×`;
    return `| ${result.step} | ${result.operators} | ${ms.toFixed(0)} ms | ${((options.configurations / ms) * 1000).toFixed(0)} | ${ratio} |`;
  });
  return [
    "## Configurations as code (`convintel`)",
    "",
    `${options.configurations} configurations, each edited, through the real binary against the fake over HTTP on 127.0.0.1; apply with \`--concurrency ${options.concurrency}\`. In the same round, the same with ${options.operators} operators of the account as files too, each edited (a new version each), the configurations' rules naming them. Median of ${options.rounds} rounds, the two scenarios alternated; the time is the whole command, Node's start included; "with operators ÷ without" is the median over rounds of the ratio within a round.`,
    "",
    "| step | operators | time | configurations/s | with operators ÷ without |",
    "|---|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}
