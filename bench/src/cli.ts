/**
 * The `convintel` command on many configurations: the real binary, as a child process, against the
 * fake over HTTP on 127.0.0.1, pulling, planning and applying an edit of every one of them.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repositoryRoot } from "./paths.js";
import { median } from "./stats.js";

export interface CliOptions {
  configurations: number;
  rounds: number;
  concurrency: number;
}

export interface CliResult {
  step: "pull" | "plan" | "apply";
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

export async function benchCli(options: CliOptions, log: (line: string) => void): Promise<CliResult[]> {
  const { createFakeIntelligence, examples } = await import("@convintel/testing");
  const { IntelligenceClient } = await import("@convintel/client");
  const fake = createFakeIntelligence({ seed: 5 });
  const server = await fake.listen();
  const results: CliResult[] = [
    { step: "pull", milliseconds: [] },
    { step: "plan", milliseconds: [] },
    { step: "apply", milliseconds: [] },
  ];
  try {
    for (let round = 0; round < options.rounds; round++) {
      fake.reset();
      const client = new IntelligenceClient({ ...fake.credentials, baseUrl: server.url, env: {} });
      const rule = structuredClone(examples.CreateConfigurationRequest.rules[0]!);
      fake.seed.operator({ ...structuredClone(examples.CreatedOperator), id: rule.operators[0]!.id });
      for (let index = 0; index < options.configurations; index++) {
        await client.configurations.create({ displayName: `team-${index}`, description: "before", rules: [rule] });
      }
      const work = await mkdtemp(join(tmpdir(), "convintel-bench-"));
      const env = {
        TWILIO_ACCOUNT_SID: fake.credentials.accountSid,
        TWILIO_AUTH_TOKEN: fake.credentials.authToken,
        CONVINTEL_BASE_URL: server.url,
      };
      try {
        results[0]!.milliseconds.push(await convintel(["pull"], work, env));
        const folder = join(work, "intelligence", "configurations");
        for (const name of await readdir(folder)) {
          const path = join(folder, name);
          await writeFile(path, (await readFile(path, "utf8")).replace("description: before", "description: after"));
        }
        results[1]!.milliseconds.push(await convintel(["plan"], work, env));
        results[2]!.milliseconds.push(
          await convintel(["apply", "--auto-approve", "--concurrency", String(options.concurrency)], work, env),
        );
        if (!fake.configurations.every((configuration) => configuration.description === "after"))
          throw new Error("apply left configurations unchanged");
      } finally {
        await rm(work, { recursive: true, force: true });
      }
      log(
        `cli round ${round + 1}/${options.rounds}: ${results.map((result) => `${result.step} ${result.milliseconds.at(-1)!.toFixed(0)} ms`).join(", ")}`,
      );
    }
  } finally {
    await fake.close();
  }
  return results;
}

export function renderCli(options: CliOptions & { results?: CliResult[] }): string {
  const rows = (options.results ?? []).map((result) => {
    const ms = median(result.milliseconds);
    return `| ${result.step} | ${ms.toFixed(0)} ms | ${((options.configurations / ms) * 1000).toFixed(0)} |`;
  });
  return [
    "## Configurations as code (`convintel`)",
    "",
    `${options.configurations} configurations, each edited, through the real binary against the fake over HTTP on 127.0.0.1; apply with \`--concurrency ${options.concurrency}\`. Median of ${options.rounds} rounds; the time is the whole command, Node's start included.`,
    "",
    "| step | time | configurations/s |",
    "|---|---:|---:|",
    ...rows,
  ].join("\n");
}
