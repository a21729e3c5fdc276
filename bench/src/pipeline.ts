/**
 * Pipeline: the wall time of `pnpm generate && pnpm build` from the repository root, first with
 * turbo's cache bypassed (`--force`), then again with the cache warm, where every task must hit.
 */
import { spawnSync } from "node:child_process";
import { repositoryRoot } from "./paths.js";

export interface PipelineRun {
  label: string;
  command: string;
  seconds: number;
  ok: boolean;
  /** From turbo's summary line `Cached: X cached, Y total`. */
  cached?: number;
  total?: number;
  /** Tasks that turbo ran rather than replayed (`cache miss` lines). */
  misses: string[];
  failure?: string;
}

// Strips the colour codes that turbo and pnpm may print.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function runPipeline(label: string, buildArgs: string): PipelineRun {
  const command = `pnpm generate && pnpm build${buildArgs}`;
  const begin = performance.now();
  const result = spawnSync("sh", ["-c", command], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", TURBO_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - begin) / 1000;
  const output = `${result.stdout}\n${result.stderr}`.replace(ansi, "");
  const summary = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  const ok = result.status === 0;
  const misses = [...output.matchAll(/^(\S+): cache (?:miss|bypass)/gm)].map((match) => match[1]!);
  return {
    label,
    command,
    seconds,
    ok,
    cached: summary ? Number(summary[1]) : undefined,
    total: summary ? Number(summary[2]) : undefined,
    misses,
    failure: ok ? undefined : failureLines(output),
  };
}

/** The lines that say why a run failed: errors first, then turbo's summary. */
function failureLines(output: string): string {
  const lines = output.trim().split("\n");
  const errors = lines.filter((line) => /error/i.test(line) && !/ELIFECYCLE|run failed|exited \(/.test(line)).slice(0, 6);
  return [...errors, ...lines.slice(-4)].join("\n");
}

export function benchPipeline(log: (line: string) => void): PipelineRun[] {
  const cold = runPipeline("cold (turbo cache bypassed)", " --force");
  log(`pipeline: cold ${cold.seconds.toFixed(1)} s${cold.ok ? "" : " (failed)"}`);
  const warm = runPipeline("warm (turbo cache)", "");
  const missed = warm.misses.length ? ` (ran: ${warm.misses.join(", ")})` : "";
  log(
    `pipeline: warm ${warm.seconds.toFixed(1)} s, ${warm.cached ?? "?"}/${warm.total ?? "?"} cached${missed}${warm.ok ? "" : " (failed)"}`,
  );
  return [cold, warm];
}

/** Builds the packages the benchmarks load (cache hits when nothing changed), for runs without the pipeline section. */
export function buildDependencies(log: (line: string) => void): void {
  const result = spawnSync("pnpm", ["turbo", "run", "build", "--filter=@convintel/bench^...", "--output-logs=errors-only"], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`building the benchmarked packages failed:\n${result.stdout}\n${result.stderr}`);
  log("built the benchmarked packages");
}
