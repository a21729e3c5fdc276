/**
 * Cold start: the wall time of a fresh `node` process that loads one package and exits, against
 * `node -e 0`, with the process's CPU time and the load's own time as printed by the process; and
 * for the client and twilio-node, a process that loads the package and sends one update (what a
 * serverless function's first call costs). Then the client's load on Node.js 22 and 24, with and
 * without Node's compile cache. Every run spawns a new process; runs interleave the contenders.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { installTool, tools } from "../../e2e/src/install.js";
import { accountSid, authToken, configurationId, updateBody } from "./contenders.js";
import { benchDirectory } from "./paths.js";
import { startServer } from "./requests.js";
import { median, rotate, summarize, type Summary } from "./stats.js";

export interface ColdStartOptions {
  runs: number;
  warmup: number;
}

export interface ColdStartResult {
  name: string;
  command: string;
  milliseconds: Summary;
  /** Median of (this run − the bare Node run of the same round), in milliseconds. */
  aboveBareNode: number;
  /** The load itself, timed inside the process around `import()` / `require()` (undefined for bare Node). */
  loadMilliseconds?: Summary;
  /** Median of (this process's CPU time − the bare Node process's in the same round), in milliseconds. */
  cpuAboveBareNode: number;
  /** Median of (this run's wall time ÷ the bare Node run's in the same round). */
  ratioToBareNode: number;
}

/** The client's cold import on another Node.js release, installed from npm as the e2e suite does. */
export interface ColdStartRelease {
  runtime: string;
  version?: string;
  results?: ColdStartResult[];
  /** Why the release could not be measured. */
  skipped?: string;
}

/** The name of the empty ES module's row, the floor that the import target is read against. */
export const EMPTY_MODULE = "an empty ES module (import)";

interface ColdStartContender {
  name: string;
  /** The command as a reader would type it. */
  shown: string;
  args: string[];
  /** Variables added to the process's environment. */
  env?: Record<string, string>;
}

// Every command ends by printing the process's CPU time so far, and the load is wrapped in two clock
// reads that print its duration; that costs microseconds.
const report = (load: string) => `JSON.stringify({ load: ${load}, cpu: process.cpuUsage() })`;
const timed = (load: string) => `const t = performance.now(); ${load}; process.stdout.write(${report("performance.now() - t")});`;
const bare = `process.stdout.write(${report("undefined")});`;
const esm = (name: string, specifier: string): ColdStartContender => ({
  name,
  shown: `node --input-type=module -e 'import ${JSON.stringify(specifier)}'`,
  args: ["--input-type=module", "-e", timed(`await import(${JSON.stringify(specifier)})`)],
});
const cjs = (name: string, specifier: string): ColdStartContender => ({
  name,
  shown: `node -e 'require(${JSON.stringify(specifier)})'`,
  args: ["-e", timed(`require(${JSON.stringify(specifier)})`)],
});

/**
 * The floor under any package's import: an ES module file with nothing in it, imported by its URL
 * (no package lookup, so it costs a little less than the emptiest package would).
 */
const emptyModule = (): ColdStartContender => {
  const url = pathToFileURL(join(benchDirectory, "probe", "empty-module.mjs")).href;
  return {
    name: EMPTY_MODULE,
    shown: "node --input-type=module -e 'import \"./probe/empty-module.mjs\"'",
    args: ["--input-type=module", "-e", timed(`await import(${JSON.stringify(url)})`)],
  };
};

/** Loading plus one update against the bench server: the load timer covers both. */
function firstUpdate(origin: string): ColdStartContender[] {
  const body = JSON.stringify(updateBody);
  const client =
    `const { IntelligenceClient } = await import("@convintel/client"); ` +
    `await new IntelligenceClient({ accountSid: "${accountSid}", authToken: "${authToken}", baseUrl: "${origin}", env: {} }).configurations.update("${configurationId}", ${body})`;
  const twilio =
    `const client = require("twilio")("${accountSid}", "${authToken}"); client.intelligence.baseUrl = "${origin}"; ` +
    `await client.intelligence.v3.configurations("${configurationId}").update(${body})`;
  return [
    {
      name: "@convintel/client (import + first update)",
      shown: "node --input-type=module -e 'import(\"@convintel/client\") + one update()'",
      args: ["--input-type=module", "-e", timed(client)],
    },
    {
      name: "twilio (require + first update)",
      shown: "node -e 'require(\"twilio\") + one update()'",
      // CommonJS has no top-level await: the timed part runs in an async function.
      args: ["-e", `(async () => { ${timed(twilio)} })()`],
    },
  ];
}

function contendersFor(origin: string): ColdStartContender[] {
  return [
    { name: "bare Node", shown: "node -e 0", args: ["-e", bare] },
    { name: "bare Node, ES module", shown: "node --input-type=module -e 0", args: ["--input-type=module", "-e", bare] },
    emptyModule(),
    esm("openapi-fetch (import)", "openapi-fetch"),
    esm("@convintel/fetch (import)", "@convintel/fetch"),
    esm("@convintel/client (import)", "@convintel/client"),
    cjs("@convintel/client (require)", "@convintel/client"),
    cjs("twilio (require)", "twilio"),
    ...firstUpdate(origin),
  ];
}

/**
 * On the newer releases: bare Node, the client's import and require, and its import with Node's
 * compile cache (`NODE_COMPILE_CACHE`, Node.js 22.1 and later), which the warm-up runs fill.
 */
function releaseContenders(cacheDirectory: string): ColdStartContender[] {
  const cached = esm("@convintel/client (import, NODE_COMPILE_CACHE)", "@convintel/client");
  return [
    { name: "bare Node", shown: "node -e 0", args: ["-e", bare] },
    emptyModule(),
    esm("@convintel/client (import)", "@convintel/client"),
    cjs("@convintel/client (require)", "@convintel/client"),
    { ...cached, shown: `NODE_COMPILE_CACHE=dir ${cached.shown}`, env: { NODE_COMPILE_CACHE: cacheDirectory } },
  ];
}

/** Runs one fresh process; returns its wall time, its CPU time and the load time it printed, if any. */
function timeProcess(node: string, contender: ColdStartContender): { elapsed: number; cpu: number; load?: number } {
  const { args, env } = contender;
  const begin = performance.now();
  const result = spawnSync(node, args, { cwd: benchDirectory, stdio: ["ignore", "pipe", "pipe"], env: env && { ...process.env, ...env } });
  const elapsed = performance.now() - begin;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr.toString().trim()}`);
  const printed = JSON.parse(result.stdout.toString()) as { load?: number; cpu: { user: number; system: number } };
  return { elapsed, cpu: (printed.cpu.user + printed.cpu.system) / 1000, load: printed.load };
}

function canLoad(node: string, contender: ColdStartContender): boolean {
  return spawnSync(node, contender.args, { cwd: benchDirectory, stdio: "ignore" }).status === 0;
}

export async function benchColdStart(options: ColdStartOptions, log: (line: string) => void): Promise<ColdStartResult[]> {
  const server = await startServer();
  try {
    return measure(process.execPath, contendersFor(server.origin), options, log);
  } finally {
    await server.stop();
  }
}

/** The client's cold import on Node.js 22 and 24, each against its own `node -e 0`. */
export async function benchColdStartReleases(options: ColdStartOptions, log: (line: string) => void): Promise<ColdStartRelease[]> {
  const releases: ColdStartRelease[] = [];
  for (const name of ["node22", "node24"] as const) {
    const installed = await installTool(tools[name]);
    if (!installed.ok) {
      releases.push({ runtime: name, skipped: installed.reason });
      log(`cold start: ${name} skipped: ${installed.reason}`);
      continue;
    }
    const version = spawnSync(installed.bin, ["--version"], { encoding: "utf8" }).stdout.trim();
    const cacheDirectory = mkdtempSync(join(tmpdir(), "convintel-compile-cache-"));
    try {
      releases.push({ runtime: "node", version, results: measure(installed.bin, releaseContenders(cacheDirectory), options, log) });
    } finally {
      rmSync(cacheDirectory, { recursive: true, force: true });
    }
  }
  return releases;
}

function measure(
  node: string,
  contenders: ColdStartContender[],
  options: ColdStartOptions,
  log: (line: string) => void,
): ColdStartResult[] {
  const available = contenders.filter((contender) => {
    if (canLoad(node, contender)) return true;
    log(`cold start: skipping ${contender.name}, it does not load (not built yet?)`);
    return false;
  });
  for (let run = 0; run < options.warmup; run++) for (const contender of available) timeProcess(node, contender);

  const times = new Map<string, number[]>(available.map((contender) => [contender.name, []]));
  const overheads = new Map<string, number[]>(available.map((contender) => [contender.name, []]));
  const loads = new Map<string, number[]>(available.map((contender) => [contender.name, []]));
  const cpuOverheads = new Map<string, number[]>(available.map((contender) => [contender.name, []]));
  const ratios = new Map<string, number[]>(available.map((contender) => [contender.name, []]));
  for (let run = 0; run < options.runs; run++) {
    const round = new Map<string, { elapsed: number; cpu: number }>();
    for (const contender of rotate(available, run)) {
      const { elapsed, cpu, load } = timeProcess(node, contender);
      round.set(contender.name, { elapsed, cpu });
      if (load !== undefined) loads.get(contender.name)!.push(load);
    }
    const bareNode = round.get("bare Node")!;
    for (const [name, { elapsed, cpu }] of round) {
      times.get(name)!.push(elapsed);
      overheads.get(name)!.push(elapsed - bareNode.elapsed);
      cpuOverheads.get(name)!.push(cpu - bareNode.cpu);
      ratios.get(name)!.push(elapsed / bareNode.elapsed);
    }
  }
  log(`cold start: ${options.runs} runs of ${available.length} commands`);
  return available.map((contender) => {
    const loadTimes = loads.get(contender.name)!;
    return {
      name: contender.name,
      command: contender.shown,
      milliseconds: summarize(times.get(contender.name)!),
      aboveBareNode: median(overheads.get(contender.name)!),
      loadMilliseconds: loadTimes.length ? summarize(loadTimes) : undefined,
      cpuAboveBareNode: median(cpuOverheads.get(contender.name)!),
      ratioToBareNode: median(ratios.get(contender.name)!),
    };
  });
}
