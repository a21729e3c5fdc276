/**
 * The "Targets" table of bench/RESULTS.md: each target the project has set, what this run measured
 * and whether it is met. Ratios are paired within a round (see each section), so load that changes
 * between rounds cancels out.
 */
import { operatorCost } from "./cli.js";
import { EMPTY_MODULE, type ColdStartResult } from "./coldstart.js";
import { status, table } from "./markdown.js";
import { poolReference, twilioReference, undiciReference } from "./references.js";
import type { Report } from "./report.js";
import { format } from "./stats.js";

/** One update() through @convintel/client, bundled for the browser: at most 16 kB gzip. */
export const CLIENT_BUNDLE_TARGET_BYTES = 16 * 1024;
/** One update() through @convintel/fetch alone: under 8 kB gzip. */
const FETCH_BUNDLE_TARGET_BYTES = 8 * 1024;
/** Bun and Deno: the client's CPU per call at most this many times raw fetch's. */
const RUNTIME_CPU_TARGET = 1.15;
/** Node.js, 16 in flight: at least this share of undici Pool.request's rate. */
const POOL_RATE_TARGET = 0.9;
/** `convintel` plan and apply with operators as files too: at most this many times the configurations alone. */
const OPERATORS_AS_CODE_TARGET = 1.5;
/** Cold import of @convintel/client: at most this many times a bare `node -e 0`. */
const IMPORT_TARGET = 1.15;

const CLIENT = "@convintel/client (validation on)";
const mode = (concurrency: number) => (concurrency === 1 ? "one at a time" : `${concurrency} in flight`);

export function renderTargets(report: Report): string {
  const rows: string[][] = [];
  const clientRequests = (concurrency: number) =>
    report.requests?.results.find((result) => result.contender === CLIENT && result.concurrency === concurrency);

  for (const runtime of ["bun", "deno"]) {
    const measured = report.runtimes?.results?.find((result) => result.runtime === runtime);
    for (const concurrency of [1, 16]) {
      const result = measured?.results?.find((entry) => entry.contender === CLIENT && entry.concurrency === concurrency);
      rows.push([
        `${runtime === "bun" ? "Bun" : "Deno"}: ${CLIENT} CPU per call ≤ ${RUNTIME_CPU_TARGET}× raw fetch's, ${mode(concurrency)}`,
        result ? `${result.cpuRatioToFetch.toFixed(2)}× (${format.fixed(result.cpuPerRequest)} µs)` : "–",
        status(result && result.cpuRatioToFetch <= RUNTIME_CPU_TARGET),
      ]);
    }
  }
  const pooled = clientRequests(16);
  rows.push([
    `Node.js: ${CLIENT} ≥ ${POOL_RATE_TARGET}× ${poolReference}'s requests/s, 16 in flight`,
    pooled?.ratioToPool === undefined ? "–" : `${pooled.ratioToPool.toFixed(3)}×`,
    status(pooled?.ratioToPool === undefined ? undefined : pooled.ratioToPool >= POOL_RATE_TARGET),
  ]);
  for (const [concurrency, times] of [
    [16, 2],
    [1, 1.5],
  ] as const) {
    const result = clientRequests(concurrency);
    rows.push([
      `Node.js: ${CLIENT} ≥ ${times}× ${twilioReference}'s requests/s, ${mode(concurrency)}`,
      result?.ratioToTwilio === undefined ? "–" : `${result.ratioToTwilio.toFixed(3)}×`,
      status(result?.ratioToTwilio === undefined ? undefined : result.ratioToTwilio >= times),
    ]);
  }
  for (const concurrency of [1, 16]) {
    const result = clientRequests(concurrency);
    rows.push([
      `Node.js: ${CLIENT} CPU per update against ${undiciReference}'s, ${mode(concurrency)}`,
      result?.cpuRatioToUndici === undefined ? "–" : `${result.cpuRatioToUndici.toFixed(2)}×`,
      "reported",
    ]);
  }
  // The import target, on this process's Node.js and on each release the bench installed.
  // Beside it, what importing an empty ES module costs on the same release: the floor no package goes under.
  const importRow = (results: ColdStartResult[] | undefined, release: string) => {
    const imported = results?.find((entry) => entry.name === "@convintel/client (import)");
    const empty = results?.find((entry) => entry.name === EMPTY_MODULE);
    const floor = empty ? `; an empty ES module: ${empty.ratioToBareNode.toFixed(3)}×` : "";
    rows.push([
      `cold import of @convintel/client ≤ ${IMPORT_TARGET}× \`node -e 0\`${release}`,
      imported ? `${imported.ratioToBareNode.toFixed(3)}× (${format.fixed(imported.aboveBareNode)} ms above${floor})` : "–",
      status(imported && imported.ratioToBareNode <= IMPORT_TARGET),
    ]);
  };
  importRow(report.coldStart?.results, "");
  for (const release of report.coldStart?.releases ?? []) importRow(release.results, `, Node.js ${release.version ?? release.runtime}`);
  const bundle = (name: string) => report.size?.bundles.find((entry) => entry.name === name && entry.platform === "browser");
  const client = bundle("@convintel/client");
  rows.push([
    `@convintel/client: one update() bundled for the browser ≤ ${format.kilobytes(CLIENT_BUNDLE_TARGET_BYTES)} gzip`,
    client?.gzipBytes === undefined ? "–" : format.kilobytes(client.gzipBytes),
    status(client?.gzipBytes === undefined ? undefined : client.gzipBytes <= CLIENT_BUNDLE_TARGET_BYTES),
  ]);
  for (const name of ["@convintel/fetch", "@convintel/fetch + validation"]) {
    const result = bundle(name);
    rows.push([
      `${name}: one update() bundled for the browser < ${format.kilobytes(FETCH_BUNDLE_TARGET_BYTES)} gzip`,
      result?.gzipBytes === undefined ? "–" : format.kilobytes(result.gzipBytes),
      status(result?.gzipBytes === undefined ? undefined : result.gzipBytes < FETCH_BUNDLE_TARGET_BYTES),
    ]);
  }
  const install = report.size?.installs.find((entry) => entry.name === "@convintel/client");
  rows.push([
    "@convintel/client installs ≤ 6 packages",
    install ? String(install.packages) : "–",
    status(install && install.packages <= 6),
  ]);
  const warm = report.pipeline?.[1];
  rows.push([
    "warm `pnpm generate && pnpm build`: all turbo tasks cached",
    warm?.cached === undefined ? "–" : `${warm.cached}/${warm.total} cached`,
    status(warm?.cached === undefined ? undefined : warm.ok && warm.cached === warm.total),
  ]);
  for (const step of ["plan", "apply"] as const) {
    const cost = report.cli?.results ? operatorCost(report.cli.results, step) : undefined;
    rows.push([
      `\`convintel ${step}\`, ${report.cli?.configurations ?? 200} configurations and ${report.cli?.operators ?? 50} operators ≤ ${OPERATORS_AS_CODE_TARGET}× the configurations alone`,
      cost === undefined ? "–" : `${cost.toFixed(2)}×`,
      status(cost === undefined ? undefined : cost <= OPERATORS_AS_CODE_TARGET),
    ]);
  }
  return table(["target", "measured", "status"], rows);
}
