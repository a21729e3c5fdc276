/**
 * Cold start: the wall time of a fresh `node` process that loads one package and exits, against
 * `node -e 0`. Every run spawns a new process; runs interleave the contenders.
 */
import { spawnSync } from "node:child_process";
import { benchDirectory } from "./paths.js";
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
}

interface ColdStartContender {
  name: string;
  args: string[];
}

const esm = (specifier: string): string[] => ["--input-type=module", "-e", `import ${JSON.stringify(specifier)};`];
const cjs = (specifier: string): string[] => ["-e", `require(${JSON.stringify(specifier)});`];

const contenders: ColdStartContender[] = [
  { name: "bare Node", args: ["-e", "0"] },
  { name: "bare Node, ES module", args: ["--input-type=module", "-e", "0"] },
  { name: "openapi-fetch (import)", args: esm("openapi-fetch") },
  { name: "@convintel/fetch (import)", args: esm("@convintel/fetch") },
  { name: "@convintel/client (import)", args: esm("@convintel/client") },
  { name: "@convintel/client (require)", args: cjs("@convintel/client") },
  { name: "twilio (require)", args: cjs("twilio") },
];

function describeCommand(args: string[]): string {
  return ["node", ...args.map((arg) => (arg.startsWith("-") ? arg : `'${arg}'`))].join(" ");
}

function timeProcess(args: string[]): number {
  const begin = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: benchDirectory, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = performance.now() - begin;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr.toString().trim()}`);
  return elapsed;
}

function loads(contender: ColdStartContender): boolean {
  return spawnSync(process.execPath, contender.args, { cwd: benchDirectory, stdio: "ignore" }).status === 0;
}

export function benchColdStart(options: ColdStartOptions, log: (line: string) => void): ColdStartResult[] {
  const available = contenders.filter((contender) => {
    if (loads(contender)) return true;
    log(`cold start: skipping ${contender.name}, it does not load (not built yet?)`);
    return false;
  });
  for (let run = 0; run < options.warmup; run++) for (const contender of available) timeProcess(contender.args);

  const times = new Map<string, number[]>(available.map((contender) => [contender.name, []]));
  const overheads = new Map<string, number[]>(available.map((contender) => [contender.name, []]));
  for (let run = 0; run < options.runs; run++) {
    const round = new Map<string, number>();
    for (const contender of rotate(available, run)) round.set(contender.name, timeProcess(contender.args));
    const bare = round.get("bare Node")!;
    for (const [name, elapsed] of round) {
      times.get(name)!.push(elapsed);
      overheads.get(name)!.push(elapsed - bare);
    }
  }
  log(`cold start: ${options.runs} runs of ${available.length} commands`);
  return available.map((contender) => ({
    name: contender.name,
    command: describeCommand(contender.args),
    milliseconds: summarize(times.get(contender.name)!),
    aboveBareNode: median(overheads.get(contender.name)!),
  }));
}
