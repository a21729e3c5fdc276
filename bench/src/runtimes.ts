/**
 * Request overhead in other runtimes: probe/runtime-probe.mjs runs under Node 22 and 24, Bun and
 * Deno (installed from npm into the cache the e2e suite uses) against the same server in its own
 * process, and compares @convintel/client with raw fetch in that runtime. On Bun and Deno the
 * client sends through the runtime's own fetch, as it does in Workers and browsers.
 */
import { join } from "node:path";
import { installTool, tools } from "../../e2e/src/install.js";
import { run } from "../../e2e/src/processes.js";
import { accountSid, authToken, configurationId, updateBody } from "./contenders.js";
import { benchDirectory } from "./paths.js";
import { startServer } from "./requests.js";
import { median, summarize, type Summary } from "./stats.js";

export interface RuntimeOptions {
  requests: number;
  warmup: number;
  rounds: number;
  concurrencies: number[];
}

export interface RuntimeContenderResult {
  contender: string;
  concurrency: number;
  requestsPerSecond: Summary;
  /** Median over rounds of (this contender's rate / raw fetch's rate in the same round and runtime). */
  ratioToFetch: number;
  /** Median CPU time of the probe's process per request, in microseconds (user + system). */
  cpuPerRequest: number;
  /** Median over rounds of (this contender's CPU per request / raw fetch's in the same round): lower is cheaper. */
  cpuRatioToFetch: number;
}

export interface RuntimeResult {
  runtime: string;
  /** The version the runtime reported. */
  version?: string;
  /** What the client sends through there. */
  transport: string;
  results?: RuntimeContenderResult[];
  /** Why the runtime could not be measured. */
  skipped?: string;
}

const probe = join(benchDirectory, "probe", "runtime-probe.mjs");

const runtimes: { name: keyof typeof tools; transport: string; args: (json: string) => string[] }[] = [
  {
    name: "node22",
    transport: "the Node.js transport, undici's dispatcher (the client's default on Node.js)",
    args: (json) => [probe, json],
  },
  {
    name: "node24",
    transport: "the Node.js transport, undici's dispatcher (the client's default on Node.js)",
    args: (json) => [probe, json],
  },
  { name: "bun", transport: "Bun's fetch", args: (json) => [probe, json] },
  {
    name: "deno",
    transport: "Deno's fetch",
    args: (json) => ["run", "--no-lock", "--no-prompt", "--node-modules-dir=manual", "--allow-net=127.0.0.1", probe, json],
  },
];

export async function benchRuntimes(options: RuntimeOptions, log: (line: string) => void): Promise<RuntimeResult[]> {
  const server = await startServer();
  const results: RuntimeResult[] = [];
  try {
    const json = JSON.stringify({ ...options, origin: server.origin, body: updateBody, configurationId, accountSid, authToken });
    for (const runtime of runtimes) {
      const installed = await installTool(tools[runtime.name]);
      if (!installed.ok) {
        results.push({ runtime: runtime.name, transport: runtime.transport, skipped: installed.reason });
        log(`runtimes: ${runtime.name} skipped: ${installed.reason}`);
        continue;
      }
      const probeRun = await run(installed.bin, runtime.args(json), {
        cwd: benchDirectory,
        timeoutMs: 10 * 60_000,
        env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
      });
      const line = probeRun.stdout.trim().split("\n").at(-1) ?? "";
      if (probeRun.code !== 0 || probeRun.timedOut || !line.startsWith("{")) {
        const why = `${probeRun.timedOut ? "timed out" : `exited ${probeRun.code}`}: ${`${probeRun.stderr}${probeRun.stdout}`.trim().split("\n").slice(-4).join(" ")}`;
        results.push({ runtime: runtime.name, transport: runtime.transport, skipped: why });
        log(`runtimes: ${runtime.name} failed, ${why}`);
        continue;
      }
      const output = JSON.parse(line) as {
        runtime: { name: string; version: string };
        rates: Record<string, Record<string, number[]>>;
        cpu: Record<string, Record<string, number[]>>;
      };
      const measured: RuntimeContenderResult[] = [];
      for (const [concurrency, byContender] of Object.entries(output.rates)) {
        const reference = byContender["raw fetch"]!;
        const cpuReference = output.cpu[concurrency]!["raw fetch"]!;
        for (const [contender, rates] of Object.entries(byContender)) {
          const cpu = output.cpu[concurrency]![contender]!;
          measured.push({
            contender,
            concurrency: Number(concurrency),
            requestsPerSecond: summarize(rates),
            ratioToFetch: median(rates.map((rate, round) => rate / reference[round]!)),
            cpuPerRequest: median(cpu),
            cpuRatioToFetch: median(cpu.map((value, round) => value / cpuReference[round]!)),
          });
        }
      }
      results.push({ runtime: output.runtime.name, version: output.runtime.version, transport: runtime.transport, results: measured });
      log(`runtimes: ${output.runtime.name} ${output.runtime.version} measured`);
    }
  } finally {
    await server.stop();
  }
  return results;
}
