/** Renders the measurements as bench/RESULTS.md. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import type { ColdStartOptions, ColdStartRelease, ColdStartResult } from "./coldstart.js";
import { benchDirectory, repositoryRoot } from "./paths.js";
import type { OverheadOptions, OverheadResult } from "./overhead.js";
import type { PipelineRun } from "./pipeline.js";
import { table } from "./markdown.js";
import { fetchReference, signalReference, twilioReference, undiciReference } from "./references.js";
import type { RequestReport, RequestResult } from "./requests.js";
import { renderRuntimes, type RuntimeOptions, type RuntimeResult } from "./runtimes.js";
import type { BreakdownResult, BundleResult, InstallResult } from "./size.js";
import { format, type Summary } from "./stats.js";
import type { ValidationResult } from "./validation.js";
import { renderCli, type CliOptions, type CliResult } from "./cli.js";
import { CLIENT_BUNDLE_TARGET_BYTES, renderTargets } from "./targets.js";

export interface Environment {
  date: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  nodeFetchUndici: string;
  loadAverage: number[];
  commit: string;
  versions: Record<string, string>;
}

export interface Report {
  environment: Environment;
  pipeline?: PipelineRun[];
  size?: { bundles: BundleResult[]; breakdown?: BreakdownResult; installs: InstallResult[] };
  coldStart?: ColdStartOptions & { results?: ColdStartResult[]; releases?: ColdStartRelease[] };
  validation?: ValidationResult;
  requests?: RequestReport;
  overhead?: OverheadOptions & { results?: OverheadResult[] };
  runtimes?: RuntimeOptions & { results?: RuntimeResult[] };
  cli?: CliOptions & { results?: CliResult[] };
  seconds?: number;
}

function versionOf(directory: string): string {
  try {
    return (JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

export function describeEnvironment(): Environment {
  const processors = cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repositoryRoot, encoding: "utf8" }).trim();
    // The run measures the working tree: say when measured sources differ from the commit.
    const changed = execFileSync("git", ["status", "--porcelain", "--", "packages", "spec", "scripts"], {
      cwd: repositoryRoot,
      encoding: "utf8",
    })
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3).split("/").slice(0, 2).join("/"));
    if (changed.length) commit += ` plus uncommitted changes in ${[...new Set(changed)].join(", ")}`;
  } catch {
    // Not a git checkout: the report says "unknown".
  }
  const dependency = (name: string) => versionOf(join(benchDirectory, "node_modules", name));
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: processors[0]?.model ?? "unknown",
    cores: processors.length,
    memoryBytes: totalmem(),
    os: `${type()} ${release()}`,
    node: process.version,
    nodeFetchUndici: process.versions.undici ?? "unknown",
    loadAverage: loadavg(),
    commit,
    versions: {
      "@convintel/client": dependency("@convintel/client"),
      "@convintel/fetch": dependency("@convintel/fetch"),
      "openapi-fetch": dependency("openapi-fetch"),
      undici: dependency("undici"),
      twilio: dependency("twilio"),
      esbuild: dependency("esbuild"),
    },
  };
}

const spread = (summary: Summary) =>
  `${format.percent(summary.relativeMad)} (${format.integer(summary.min)}–${format.integer(summary.max)})`;

function renderRequests(requests: RequestReport): string {
  const { options } = requests;
  const names = [...new Set(requests.results.map((result) => result.contender))];
  const find = (name: string, concurrency: number) =>
    requests.results.find((result) => result.contender === name && result.concurrency === concurrency) as RequestResult;
  const rows = names.map((name) => {
    const sequential = find(name, 1);
    const concurrent = find(name, 16);
    return [
      name,
      format.integer(sequential.requestsPerSecond.median),
      format.ratio(sequential.ratioToFetch),
      spread(sequential.requestsPerSecond),
      `${format.integer(sequential.cpuMicrosecondsPerRequest.median)} (${format.ratio(sequential.cpuRatioToFetch)})`,
      format.integer(concurrent.requestsPerSecond.median),
      format.ratio(concurrent.ratioToFetch),
      spread(concurrent.requestsPerSecond),
      `${format.integer(concurrent.cpuMicrosecondsPerRequest.median)} (${format.ratio(concurrent.cpuRatioToFetch)})`,
    ];
  });
  const descriptions = names.map((name) => `- **${name}**: ${find(name, 1).description}`);
  const likeForLike = names
    .filter((name) => find(name, 1).ratioToFetchWithSignal !== undefined)
    .map(
      (name) =>
        `${name} ${format.ratio(find(name, 1).ratioToFetchWithSignal!)} sequential, ${format.ratio(find(name, 16).ratioToFetchWithSignal!)} at concurrency 16`,
    );
  return [
    "## Request overhead",
    "",
    `Each contender sends the same call, \`PUT /v3/ControlPlane/Configurations/{id}\` with the spec's \`UpdateConfigurationRequest\` example, HTTP basic auth and a JSON body, and reads and parses the JSON response. The server is \`node:http\` with keep-alive on 127.0.0.1, in a separate process (\`child_process.fork\`), answering with the spec's \`UpdatedConfiguration\` example.`,
    "",
    `How measured: ${format.integer(options.warmup)} warm-up updates per contender and mode, then ${options.rounds} rounds; each round runs every contender once per mode (${format.integer(options.requests)} updates one at a time, then ${format.integer(options.requests)} updates with 16 in flight), in an order rotated each round, with one full GC before the warm-up and none between batches (a forced full collection slows every contender for thousands of calls after it: about twice the CPU per call here, a state no application runs in). Rate = median requests/second over the rounds. Ratio = median over rounds of (contender's rate ÷ raw fetch's rate in the same round), so load that changes between rounds cancels out. Spread = median absolute deviation of the rates, as a fraction of the median (min–max in brackets). CPU µs/req = the median of the client process's CPU time (user + system, \`process.cpuUsage\`) per update, and in brackets the median over rounds of (contender's CPU time ÷ raw fetch's in the same round), where lower is cheaper; it counts the client process only, not the server, and moves less with other load than the rates do. Section time: ${format.fixed(requests.seconds, 0)} s.`,
    "",
    table(
      [
        "client",
        "sequential req/s",
        "ratio",
        "spread",
        "CPU µs/req (vs fetch)",
        "concurrency 16 req/s",
        "ratio",
        "spread",
        "CPU µs/req (vs fetch)",
      ],
      rows,
    ),
    "",
    ...(likeForLike.length
      ? [
          `On Node.js \`@convintel/client\` sends through the transport of \`@convintel/fetch/node-transport\` (undici's dispatcher) unless given a \`fetch\`; "node:http request" and "undici dispatch" are the floors of the two transports it was chosen between, with nothing on top; the rows marked "global fetch" and the plain \`@convintel/fetch\` rows use Node's global \`fetch\`, as raw fetch does. Through it, \`@convintel/client\` also gives \`fetch\` an \`AbortSignal\` on every attempt (its per-attempt timeout), which raw fetch does not. Against "${signalReference}", paired the same way: ${likeForLike.join("; ")}.`,
          "",
        ]
      : []),
    ...descriptions,
    "",
    ...againstTwilio(names, find),
  ].join("\n");
}

/** Each contender's rate against twilio-node's and its CPU per update against undici request's, paired per round. */
function againstTwilio(names: string[], find: (name: string, concurrency: number) => RequestResult): string[] {
  const rows = names
    .filter((name) => find(name, 1).ratioToTwilio !== undefined && find(name, 1).cpuRatioToUndici !== undefined)
    .map((name) => [
      name,
      format.ratio(find(name, 1).ratioToTwilio!),
      format.ratio(find(name, 16).ratioToTwilio!),
      format.ratio(find(name, 1).cpuRatioToUndici!),
      format.ratio(find(name, 16).cpuRatioToUndici!),
    ]);
  if (rows.length === 0) return [];
  return [
    `Against ${twilioReference} and ${undiciReference}, paired the same way (median over rounds of the ratio within a round):`,
    "",
    table(
      [
        "client",
        `rate ÷ ${twilioReference}, sequential`,
        "concurrency 16",
        `CPU per update ÷ ${undiciReference}, sequential`,
        "concurrency 16",
      ],
      rows,
    ),
  ];
}

function renderOverhead(overhead: OverheadOptions & { results?: OverheadResult[] }, requests: RequestReport | undefined): string {
  const fetchCpu = requests?.results.find((result) => result.contender === fetchReference && result.concurrency === 1)
    ?.cpuMicrosecondsPerRequest.median;
  const rows = (overhead.results ?? []).map((result) => [
    result.name,
    format.fixed(result.cpuMicrosecondsPerCall.median),
    format.percent(result.cpuMicrosecondsPerCall.relativeMad),
    format.fixed(result.aboveStub),
    fetchCpu ? `${format.fixed((result.aboveStub / fetchCpu) * 100)} %` : "–",
  ]);
  return [
    "### Layer overhead without a network",
    "",
    `How measured: the same update through each layer, but with a stub \`fetch\` that answers at once with the seed response (a new \`Response\` per call), so only the layers' own work is timed: client-process CPU time per call (\`process.cpuUsage\`) over ${format.integer(overhead.calls)} sequential calls, ${overhead.rounds} rounds in rotated order after one warm-up round, one full GC before the warm-up and none between rounds. "Above the stub" is the median over rounds of (layer − stub alone in the same round); the last column sets it against raw fetch's CPU time per real update from the table above (sequential), which is roughly the share of speed the layer costs when the client's CPU is the bottleneck. What this leaves out: the cost inside Node's \`fetch\` of what a layer passes to it (for example an \`AbortSignal\`), which the real requests above include.`,
    "",
    table(["layer", "CPU µs per call", "spread", "above the stub, µs", "vs raw fetch's CPU per update"], rows),
  ].join("\n");
}

function renderColdStart(coldStart: NonNullable<Report["coldStart"]>): string {
  const results = coldStart.results ?? [];
  // Loads are compared with twilio's load, and a load with its first update with twilio's.
  const twilioFor = (name: string) =>
    results.find((result) => result.name === (name.endsWith("first update)") ? "twilio (require + first update)" : "twilio (require)"));
  const rows = results.map((result) => [
    result.name,
    `\`${result.command}\``,
    format.fixed(result.milliseconds.median),
    format.percent(result.milliseconds.relativeMad),
    format.fixed(result.aboveBareNode),
    twilioFor(result.name) ? format.fixed(result.milliseconds.median - twilioFor(result.name)!.milliseconds.median) : "–",
    format.fixed(result.cpuAboveBareNode),
    result.loadMilliseconds
      ? `${format.fixed(result.loadMilliseconds.median)} (${format.percent(result.loadMilliseconds.relativeMad)})`
      : "–",
  ]);
  return [
    "## Cold start",
    "",
    `How measured: each command runs in a fresh \`node\` process (\`spawnSync\`, cwd \`bench/\`, so packages resolve as an application's would), timed from spawn to exit. ${coldStart.warmup} warm-up runs of every command (file cache), then ${coldStart.runs} runs, the commands rotated each run. "Above bare Node" is the median over runs of (command − \`node -e 0\` in the same run); the empty ES module's row is the floor under any package's import (ES module loading itself), so a package's own cost is what it adds above that row; "vs twilio" compares medians. Spread = median absolute deviation ÷ median. Each command ends by printing \`process.cpuUsage()\`: "CPU above bare Node" is the median over runs of (its CPU time − \`node -e 0\`'s in the same run), which moves less with other load than wall time. Each import or require runs between two \`performance.now()\` reads whose difference the process prints: "load, in process" is that figure, free of process start-up noise. The two "first update" rows load the package and send one update to the request section's server within that timer, so they add what the first call costs (the client's HTTP layer is loaded on its first call); their "vs twilio" is against twilio's own first update. For the client these rows' wall time includes an exit that waits for V8 to finish optimizing undici's WebAssembly HTTP parser in background threads (a process started with \`--liftoff-only\` exits without that wait); what the first call costs in the process is the "load, in process" column.`,
    "",
    table(
      [
        "loads",
        "command",
        "median ms",
        "spread",
        "above bare Node, ms",
        "vs twilio, ms",
        "CPU above bare Node, ms",
        "load, in process, ms (spread)",
      ],
      rows,
    ),
    renderColdStartReleases(coldStart.releases ?? []),
  ].join("\n");
}

/** The client's cold import on the newer Node.js releases, each against its own bare start. */
function renderColdStartReleases(releases: ColdStartRelease[]): string {
  if (releases.length === 0) return "";
  const rows = releases.flatMap((release) =>
    release.skipped !== undefined
      ? [[release.runtime, "–", `skipped: ${release.skipped}`, "–", "–", "–", "–", "–"]]
      : (release.results ?? []).map((result) => [
          release.runtime,
          release.version ?? "–",
          result.name,
          format.fixed(result.milliseconds.median),
          format.percent(result.milliseconds.relativeMad),
          format.fixed(result.aboveBareNode),
          `${result.ratioToBareNode.toFixed(3)}×`,
          result.loadMilliseconds ? format.fixed(result.loadMilliseconds.median) : "–",
        ]),
  );
  return [
    "",
    "### On Node.js 22 and 24",
    "",
    "The same way, with each release installed from npm (pinned, into the cache the e2e suite uses) and compared with its own `node -e 0` in the same run. The NODE_COMPILE_CACHE row imports the client with Node's compile cache (Node.js 22.1 and later) in a directory that the warm-up runs filled: what a deployment that keeps that directory between starts pays. The empty ES module's row is, as above, what loading any ES module costs on that release.",
    "",
    table(["runtime", "version", "loads", "median ms", "spread", "above bare Node, ms", "vs bare Node", "load, in process, ms"], rows),
  ].join("\n");
}

function renderSize(size: NonNullable<Report["size"]>): string {
  const names = [...new Set(size.bundles.map((bundle) => bundle.name))];
  const cell = (name: string, platform: string, key: "minifiedBytes" | "gzipBytes") => {
    const bundle = size.bundles.find((entry) => entry.name === name && entry.platform === platform)!;
    return bundle.failure ? "fails" : format.kilobytes(bundle[key]!);
  };
  const failures = size.bundles
    .filter((bundle) => bundle.failure)
    .map((bundle) => `- ${bundle.name}, ${bundle.platform}: ${bundle.failure}`);
  const contents = (name: string) => {
    const bundle = size.bundles.find((entry) => entry.name === name && entry.platform === "browser" && entry.packages);
    const packages = bundle?.packages ?? size.bundles.find((entry) => entry.name === name && entry.packages)?.packages ?? [];
    const shown = packages.slice(0, 4).map((entry) => `${entry.name} ${format.kilobytes(entry.bytes)}`);
    return packages.length > 4 ? `${shown.join(", ")}, … (${packages.length - 4} more)` : shown.join(", ");
  };
  const bundleRows = names.map((name) => [
    name,
    cell(name, "browser", "gzipBytes"),
    cell(name, "browser", "minifiedBytes"),
    cell(name, "node", "gzipBytes"),
    cell(name, "node", "minifiedBytes"),
    contents(name),
  ]);
  const installRows = size.installs.map((install) => [
    install.name,
    `\`${install.command}\``,
    String(install.packages),
    format.megabytes(install.bytes),
    install.packages <= 12
      ? install.packageNames.join(", ")
      : `${install.packageNames.slice(0, 10).join(", ")}, … (${install.packages - 10} more)`,
  ]);
  return [
    "## Size",
    "",
    "### Bundle of one update call",
    "",
    "How measured: an entry module per client that creates the client and exports one function making the update call (the body is its argument, so no fixture is bundled), bundled by esbuild (`bundle`, `minify`, `format: esm`, `target: es2022`, tree shaking on) for each platform; gzip is Node's zlib at level 9. One build each: the output is deterministic.",
    "",
    table(["client", "browser gzip", "browser minified", "node gzip", "node minified", "minified bytes by package"], bundleRows),
    "",
    "`@convintel/fetch + validation` is the smallest way to send a checked update: the typed fetch layer with the generated validator of the update body (`validate(validateUpdateConfigurationRequest, body)` before `client.PUT`), without the ergonomic client's retries, timeouts and error classes. For Node the `@convintel/client` bundle also carries the Node.js transport, which the `node` export condition selects, and the part of undici it imports on its first call.",
    ...(failures.length ? ["", "Bundles that esbuild could not build:", "", ...failures] : []),
    ...(size.breakdown ? ["", renderBreakdown(size.breakdown, size.bundles)] : []),
    "",
    "### Fresh install",
    "",
    "How measured: `npm install --ignore-scripts` into an empty project in a temporary directory. Our packages are not published, so they are installed from `pnpm pack` tarballs of the workspace (which turns `workspace:*` into versions); third-party packages come from the npm registry. Packages = directories with a `package.json` under `node_modules` (nested ones included); size = the sum of the file sizes under `node_modules`.",
    "",
    table(["client", "command", "packages", "installed size", "packages installed"], installRows),
  ].join("\n");
}

function renderBreakdown(breakdown: BreakdownResult, bundles: BundleResult[]): string {
  const built = bundles.find((entry) => entry.name === "@convintel/client" && entry.platform === "browser");
  const { fromSources, floor } = breakdown;
  const rows = fromSources.files.map((file) => [
    file.name.startsWith("packages/") ? `\`${file.name}\`` : file.name,
    format.kilobytes(file.bytes),
    `${((100 * file.bytes) / fromSources.minifiedBytes).toFixed(1)} %`,
  ]);
  return [
    "### Where the client's bytes go",
    "",
    `How measured: the \`@convintel/client\` entry above, bundled for the browser the same way, but with our packages resolved to their TypeScript sources, so that esbuild's metafile shows the minified bytes of each file. This build is ${format.kilobytes(fromSources.minifiedBytes)} minified, ${format.kilobytes(fromSources.gzipBytes)} gzip${built?.minifiedBytes ? `, against ${format.kilobytes(built.minifiedBytes)} minified from the built packages` : ""}. Shares are of the minified bytes; gzip does not split by file.`,
    "",
    table(["file", "minified", "share"], rows),
    "",
    `**Floor.** Every checked update goes through the same layers: openapi-fetch's \`PUT\`, the generated validators of the id and the body with the interpreter that runs them, and the error classes that give each outcome its type. An entry with only those (the built packages, \`validate()\` of id and body, \`client.PUT\` with \`AbortSignal.timeout\`, and each status mapped to its error class) and none of the client's retries, deadline, options, credentials from the environment, regions, redaction or logging bundles to ${floor.gzipBytes.toLocaleString("en-US")} bytes gzip (${format.kilobytes(floor.minifiedBytes)} minified: ${floor.packages.map((entry) => `${entry.name} ${format.kilobytes(entry.bytes)}`).join(", ")}). ${floor.gzipBytes >= CLIENT_BUNDLE_TARGET_BYTES ? `That alone is over the 16 kB (${CLIENT_BUNDLE_TARGET_BYTES.toLocaleString("en-US")} bytes) target, before any of the rest of the client.` : `That leaves ${(CLIENT_BUNDLE_TARGET_BYTES - floor.gzipBytes).toLocaleString("en-US")} bytes of the 16 kB target for the rest of the client.`}`,
  ].join("\n");
}

function renderValidation(validation: ValidationResult): string {
  const summary = validation.validationsPerSecond;
  return [
    "## Validation",
    "",
    `How measured: \`${validation.validator}\` (the generated validator exported by \`@convintel/fetch\`) called on the spec's \`UpdateConfigurationRequest\` example in a tight loop for ${validation.options.milliseconds} ms per run; one warm-up run, then ${validation.options.runs} runs, a full GC before each.`,
    "",
    table(
      ["validator", "median validations/s", "µs per validation", "spread"],
      [[`\`${validation.validator}\``, format.integer(summary.median), format.fixed(1e6 / summary.median, 2), spread(summary)]],
    ),
  ].join("\n");
}

function renderPipeline(pipeline: PipelineRun[]): string {
  const rows = pipeline.map((run) => [
    run.label,
    `\`${run.command}\``,
    format.fixed(run.seconds),
    run.cached === undefined
      ? "–"
      : `${run.cached}/${run.total}${run.cached !== run.total && run.misses.length ? ` (ran: ${run.misses.join(", ")})` : ""}`,
    run.ok ? "ok" : "failed",
  ]);
  const failures = pipeline
    .filter((run) => run.failure)
    .map((run) => `${run.label} failed; the end of its output:\n\n\`\`\`\n${run.failure}\n\`\`\``);
  return [
    "## Pipeline",
    "",
    "How measured: the command runs once from the repository root through `sh -c` and is timed from spawn to exit. The cold run passes `--force` to `turbo run build`, so every task runs; the warm run follows it at once with the same inputs, so every task should be a cache hit. Cached = turbo's own summary line. One run each: each takes tens of seconds and the warm one depends on the cold one. If the working tree changes during the run, a task whose sources changed in between misses the cache for that reason; the table names the tasks that ran.",
    "",
    table(["run", "command", "seconds", "cached", "result"], rows),
    ...(failures.length ? ["", ...failures] : []),
  ].join("\n");
}

export function renderReport(report: Report): string {
  const { environment } = report;
  const sections = [
    "# Benchmark results",
    "",
    `Written by \`pnpm bench\` (\`bench/src/run.ts\`) on ${environment.date}, commit ${environment.commit}${report.seconds ? `, in ${format.fixed(report.seconds, 0)} s` : ""}. Never asserted in tests: rerun it to check a claim.`,
    "",
    `This ran on ${environment.cores} logical CPUs with a load average at start of ${environment.loadAverage.map((value) => value.toFixed(2)).join(", ")} (1, 5 and 15 minutes; a value near or above the CPU count means other work competed for them). Absolute figures move with such load; the ratios, taken within each round, are the figures to compare.`,
    "",
    "## Machine and versions",
    "",
    table(
      ["", ""],
      [
        ["CPU", `${environment.cpu} × ${environment.cores}`],
        ["memory", `${(environment.memoryBytes / 1024 ** 3).toFixed(1)} GiB`],
        ["OS", environment.os],
        ["Node", `${environment.node} (its \`fetch\` is undici ${environment.nodeFetchUndici})`],
        ...Object.entries(environment.versions).map(([name, version]) => [name, version]),
      ],
    ),
    "",
    "## Targets",
    "",
    renderTargets(report),
  ];
  if (report.requests) sections.push("", renderRequests(report.requests));
  if (report.overhead) sections.push("", renderOverhead(report.overhead, report.requests));
  if (report.runtimes) sections.push("", renderRuntimes(report.runtimes));
  if (report.coldStart) sections.push("", renderColdStart(report.coldStart));
  if (report.size) sections.push("", renderSize(report.size));
  if (report.validation) sections.push("", renderValidation(report.validation));
  if (report.pipeline) sections.push("", renderPipeline(report.pipeline));
  if (report.cli) sections.push("", renderCli(report.cli));
  return `${sections.join("\n")}\n`;
}
