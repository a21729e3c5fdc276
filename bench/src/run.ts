/**
 * `pnpm bench`: runs every benchmark on this machine and writes bench/RESULTS.md.
 *
 * Environment knobs: BENCH_REQUESTS (updates per batch), BENCH_ROUNDS, BENCH_WARMUP,
 * BENCH_CONTENDERS (comma-separated name parts; raw fetch always runs), BENCH_COLD_RUNS,
 * BENCH_VALIDATION_RUNS, BENCH_RUNTIME_ROUNDS, BENCH_ONLY (comma-separated sections: pipeline,
 * size, coldstart, validation, requests, runtimes, cli), BENCH_CLI_CONFIGURATIONS, BENCH_OUTPUT (where to write the report; a run
 * of only some sections prints it instead unless this is set).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchColdStart, benchColdStartReleases } from "./coldstart.js";
import { benchDirectory } from "./paths.js";
import { benchPipeline, buildDependencies } from "./pipeline.js";
import { describeEnvironment, renderReport, type Report } from "./report.js";
import { envInteger } from "./stats.js";

const sections = ["pipeline", "size", "coldstart", "validation", "requests", "runtimes", "cli"] as const;
const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
for (const name of only) if (!(sections as readonly string[]).includes(name)) throw new Error(`unknown BENCH_ONLY section ${name}`);
const enabled = (section: (typeof sections)[number]) => only.length === 0 || only.includes(section);

const begin = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - begin) / 1000).toFixed(0).padStart(3)} s] ${line}`);

const report: Report = { environment: describeEnvironment() };

// First, as it builds every package that the other sections load; those load them afterwards, with
// import(), so that they measure this build and a fresh checkout needs no build beforehand.
if (enabled("pipeline")) report.pipeline = benchPipeline(log);
else buildDependencies(log);
if (enabled("size")) {
  const { benchBreakdown, benchBundles, benchInstalls } = await import("./size.js");
  report.size = { bundles: await benchBundles(log), breakdown: await benchBreakdown(log), installs: benchInstalls(log) };
}
if (enabled("coldstart")) {
  report.coldStart = { runs: envInteger("BENCH_COLD_RUNS", 15), warmup: 3 };
  report.coldStart.results = await benchColdStart(report.coldStart, log);
  report.coldStart.releases = await benchColdStartReleases(report.coldStart, log);
}
if (enabled("validation")) {
  const { benchValidation } = await import("./validation.js");
  report.validation = benchValidation({ runs: envInteger("BENCH_VALIDATION_RUNS", 10), milliseconds: 300 }, log);
}
if (enabled("requests")) {
  const { benchOverhead } = await import("./overhead.js");
  const { benchRequests } = await import("./requests.js");
  report.overhead = { calls: 1000, rounds: 9 };
  report.overhead.results = await benchOverhead(report.overhead, log);
  report.requests = await benchRequests(
    {
      requests: envInteger("BENCH_REQUESTS", 400),
      warmup: envInteger("BENCH_WARMUP", 300),
      rounds: envInteger("BENCH_ROUNDS", 10),
      concurrencies: [1, 16],
      only: (process.env.BENCH_CONTENDERS ?? "").split(",").filter(Boolean),
    },
    log,
  );
}
if (enabled("runtimes")) {
  const { benchRuntimes } = await import("./runtimes.js");
  report.runtimes = {
    requests: envInteger("BENCH_REQUESTS", 400),
    warmup: envInteger("BENCH_WARMUP", 300),
    rounds: envInteger("BENCH_RUNTIME_ROUNDS", 7),
    concurrencies: [1, 16],
  };
  report.runtimes.results = await benchRuntimes(report.runtimes, log);
}
if (enabled("cli")) {
  const { benchCli } = await import("./cli.js");
  report.cli = { configurations: envInteger("BENCH_CLI_CONFIGURATIONS", 200), operators: 50, rounds: 3, concurrency: 8 };
  report.cli.results = await benchCli(report.cli, log);
}
report.seconds = (performance.now() - begin) / 1000;

const markdown = renderReport(report);
const output = process.env.BENCH_OUTPUT ?? (only.length === 0 ? join(benchDirectory, "RESULTS.md") : undefined);
if (output) {
  writeFileSync(output, markdown);
  log(`wrote ${output}`);
} else {
  console.log(`\n${markdown}`);
}
