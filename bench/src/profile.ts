/**
 * `pnpm --filter @convintel/bench bench:profile [contender]`: sends updates with one contender (default
 * `@convintel/client (validation on)`) under V8's CPU profiler, prints the functions with the most
 * self time and writes the profile to bench/profiles/ for DevTools. BENCH_REQUESTS sets the number
 * of updates (default 20,000), BENCH_CONCURRENCY how many are in flight (default 16).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session, type Profiler } from "node:inspector";
import { join } from "node:path";
import { createContenders } from "./contenders.js";
import { benchDirectory } from "./paths.js";
import { runBatch, startServer } from "./requests.js";
import { envInteger } from "./stats.js";

const name = process.argv[2] ?? "@convintel/client (validation on)";
const requests = envInteger("BENCH_REQUESTS", 20_000);
const concurrency = envInteger("BENCH_CONCURRENCY", 16);
const server = await startServer();
const contender = createContenders(server.origin).find((candidate) => candidate.name === name);
if (!contender) throw new Error(`no contender named ${JSON.stringify(name)}`);

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
  );

await runBatch(contender, 2_000, concurrency);
await post("Profiler.enable");
await post("Profiler.setSamplingInterval", { interval: 100 });
await post("Profiler.start");
const batch = await runBatch(contender, requests, concurrency);
const { profile } = await post<{ profile: Profiler.Profile }>("Profiler.stop");
session.disconnect();
await server.stop();

// Self time per function, from the samples.
const nodeTime = new Map<number, number>();
for (const [index, id] of profile.samples!.entries()) nodeTime.set(id, (nodeTime.get(id) ?? 0) + (profile.timeDeltas![index] ?? 0));
const byFunction = new Map<string, number>();
const byArea = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const time = nodeTime.get(node.id) ?? 0;
  total += time;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\//, "").replace(/.*\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "");
  const label = `${functionName || "(anonymous)"}  ${where}${where ? `:${lineNumber + 1}` : ""}`;
  byFunction.set(label, (byFunction.get(label) ?? 0) + time);
  const area = areaOf(url, functionName);
  byArea.set(area, (byArea.get(area) ?? 0) + time);
}

/** Groups a frame: a package, Node's fetch (undici and web streams), other Node internals, or V8. */
function areaOf(url: string, functionName: string): string {
  const workspace = /\/packages\/([^/]+)\//.exec(url);
  if (workspace && !url.includes("node_modules")) return `@convintel/${workspace[1]}`;
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1]!;
  if (/undici|webstreams|abort_controller|event_target|worker\/js_transferable/.test(url))
    return "Node's fetch (undici, web streams, abort signals)";
  if (url.startsWith("node:")) return "other Node internals";
  if (url.includes("/bench/")) return "bench harness";
  return `V8 / native: ${functionName || "(anonymous)"}`;
}

console.log(`${name}: ${Math.round(batch.requestsPerSecond)} req/s, ${Math.round(batch.cpuMicrosecondsPerRequest)} µs CPU per update`);
const perUpdate = (time: number) => `${(time / requests).toFixed(1).padStart(6)} µs/update`;
const share = (time: number) => `${((time / total) * 100).toFixed(1).padStart(5)} %`;
console.log("\nby area:");
for (const [area, time] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${share(time)}  ${perUpdate(time)}  ${area}`);
console.log("\nby function (self time):");
for (const [label, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${share(time)}  ${perUpdate(time)}  ${label}`);
}
const directory = join(benchDirectory, "profiles");
mkdirSync(directory, { recursive: true });
const file = join(directory, `${name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));
console.log(`wrote ${file}`);
