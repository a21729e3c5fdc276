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
import { table } from "./markdown.js";
import { format, median, summarize, type Summary } from "./stats.js";

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

const STUB = /stub fetch/;

/** Per runtime, sequentially: the stub fetch's CPU per call, the client's on it, and the difference, the client's own work. */
function renderStubOverhead(results: RuntimeResult[]): string {
  const rows = results.flatMap((runtime) => {
    const cpu = (name: string) => runtime.results?.find((entry) => entry.contender === name && entry.concurrency === 1)?.cpuPerRequest;
    const stub = cpu("stub fetch alone");
    const client = cpu("@convintel/client (validation on) on the stub fetch");
    if (stub === undefined || client === undefined) return [];
    return [[runtime.runtime, runtime.version ?? "–", format.fixed(stub, 1), format.fixed(client, 1), format.fixed(client - stub, 1)]];
  });
  if (rows.length === 0) return "";
  return [
    "",
    "The client's own work per update, without a network: the same probe, one call at a time, with a `fetch` that answers at once with the server's answer (a new `Response` each call), against that stub called as raw fetch calls the server. CPU µs per call, medians over rounds; the difference is what the client adds (validation, serialization and its check, the URL, headers, the timeout signal, the bounded read, parsing, errors).",
    "",
    table(["runtime", "version", "stub fetch alone, CPU µs", "client on the stub, CPU µs", "the client's own work, µs"], rows),
  ].join("\n");
}

export function renderRuntimes(runtimes: RuntimeOptions & { results?: RuntimeResult[] }): string {
  const results = runtimes.results ?? [];
  const rows: string[][] = [];
  for (const runtime of results) {
    if (!runtime.results) {
      rows.push([runtime.runtime, "–", runtime.transport, `skipped: ${runtime.skipped ?? "no result"}`, "", "", "", "", "", ""]);
      continue;
    }
    const contenders = [...new Set(runtime.results.map((entry) => entry.contender))].filter((contender) => !STUB.test(contender));
    for (const contender of contenders) {
      const at = (concurrency: number) =>
        runtime.results!.find((entry) => entry.contender === contender && entry.concurrency === concurrency);
      const cells = runtimes.concurrencies.flatMap((concurrency) => {
        const entry = at(concurrency);
        return entry
          ? [
              `${format.integer(entry.requestsPerSecond.median)} (${format.percent(entry.requestsPerSecond.relativeMad)})`,
              format.ratio(entry.ratioToFetch),
              `${format.integer(entry.cpuPerRequest)} (${format.ratio(entry.cpuRatioToFetch)})`,
            ]
          : ["–", "–", "–"];
      });
      rows.push([
        runtime.runtime,
        runtime.version ?? "–",
        contender.startsWith("@convintel/client") ? runtime.transport : "",
        contender,
        ...cells,
      ]);
    }
  }
  const [first, second] = runtimes.concurrencies;
  return [
    "## Other runtimes",
    "",
    `How measured: \`bench/probe/runtime-probe.mjs\`, plain JavaScript, runs in each runtime (installed from npm, pinned, into the cache the e2e suite uses) against the same keep-alive server process as above. It imports the built \`@convintel/client\`, warms every contender up with ${runtimes.warmup} updates per concurrency, then runs ${runtimes.rounds} rounds of ${runtimes.requests} updates per contender and concurrency, each round starting with a different contender. Rates are medians over rounds (± the median absolute deviation); a ratio is the median over rounds of the contender's rate ÷ raw fetch's rate in the same round and runtime. On Bun and Deno the client sends through the runtime's own \`fetch\`, as in Workers and browsers, and each attempt carries a timeout signal; "raw fetch + timeout signal" shows what such a signal costs there on its own. CPU µs/req is the probe process's CPU time (user + system, \`process.cpuUsage\`) per request, median over rounds, and in brackets the median over rounds of its ratio to raw fetch's in the same round (lower is cheaper): it counts the client's process only, and moves less with the server's load than the rates do.`,
    "",
    table(
      [
        "runtime",
        "version",
        "client sends through",
        "contender",
        `concurrency ${first} req/s`,
        "ratio",
        "CPU µs/req (vs fetch)",
        `concurrency ${second} req/s`,
        "ratio",
        "CPU µs/req (vs fetch)",
      ],
      rows,
    ),
    renderStubOverhead(results),
  ].join("\n");
}
