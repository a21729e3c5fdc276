import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "./paths.js";
import { cleanEnv, run } from "./processes.js";

export interface Tool {
  /** Packages to install, e.g. `["node@22.23.3"]`. Pinned, so the cache stays valid. */
  packages: readonly string[];
  /** The binary inside the install folder, e.g. `node_modules/.bin/node`. */
  bin: string;
  /** npm `overrides` for broken transitive ranges. */
  overrides?: Record<string, string>;
  /** About how much the install takes on disk, in MB (measured on linux-x64), for the line printed before it. */
  diskMb: number;
}

export type Installed = { ok: true; bin: string; dir: string; cached: boolean; ms: number } | { ok: false; reason: string };

const toolsDir = join(cacheDir, "tools");

/**
 * Installs npm packages into their own folder of the cache (once; later calls reuse it) and
 * returns the binary. Never throws: a failed install comes back with the reason, so the caller
 * can report the runtime as skipped.
 */
export async function installTool(tool: Tool): Promise<Installed> {
  const started = Date.now();
  const dir = join(toolsDir, tool.packages.join("+").replace(/[^\w.@+-]+/g, "_"));
  const bin = join(dir, tool.bin);
  const marker = join(dir, ".complete");
  if (existsSync(marker) && existsSync(bin)) return { ok: true, bin, dir, cached: true, ms: Date.now() - started };

  // A download of this size should never be a surprise: say what, how much and where, once.
  process.stderr.write(
    `e2e: installing ${tool.packages.join(" ")} from npm (about ${tool.diskMb} MB on disk) into ${dir}; later runs reuse it (CONVINTEL_E2E_CACHE moves the cache)\n`,
  );
  mkdirSync(toolsDir, { recursive: true });
  const staging = mkdtempSync(join(toolsDir, ".staging-"));
  try {
    writeFileSync(
      join(staging, "package.json"),
      JSON.stringify({ private: true, ...(tool.overrides ? { overrides: tool.overrides } : {}) }),
    );
    const result = await run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--loglevel=error", "--registry=https://registry.npmjs.org/", ...tool.packages],
      { cwd: staging, timeoutMs: 8 * 60_000, env: cleanEnv() },
    );
    if (result.code !== 0 || result.timedOut) {
      const why = result.timedOut ? "timed out" : `exited ${result.code}`;
      const tail = `${result.stderr}${result.stdout}`.trim().split("\n").slice(-6).join("\n");
      return { ok: false, reason: `npm install ${tool.packages.join(" ")} ${why}: ${tail}` };
    }
    if (!existsSync(join(staging, tool.bin))) {
      return { ok: false, reason: `npm install ${tool.packages.join(" ")} left no ${tool.bin} (platform package missing?)` };
    }
    writeFileSync(join(staging, ".complete"), `${new Date().toISOString()}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
    return { ok: true, bin, dir, cached: false, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, reason: `install of ${tool.packages.join(" ")} failed: ${String(error)}` };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Every tool the e2e suite downloads, pinned. */
export const tools = {
  node20: { packages: ["node@20.20.2"], bin: "node_modules/.bin/node", diskMb: 180 },
  node22: { packages: ["node@22.23.3"], bin: "node_modules/.bin/node", diskMb: 185 },
  node24: { packages: ["node@24.21.0"], bin: "node_modules/.bin/node", diskMb: 189 },
  bun: { packages: ["bun@1.4.5"], bin: "node_modules/.bin/bun", diskMb: 103 },
  deno: { packages: ["deno@2.9.6"], bin: "node_modules/.bin/deno", diskMb: 92 },
  workerd: { packages: ["workerd@1.20261117.1"], bin: "node_modules/.bin/workerd", diskMb: 160 },
  // 6.8 is the last Verdaccio release that supports Node 20; its audit plugin asks for a dist-tag
  // (node-fetch@cjs) that no longer exists, so node-fetch is overridden to 2.7.0, its last CommonJS line.
  verdaccio: { packages: ["verdaccio@6.8.0"], bin: "node_modules/.bin/verdaccio", overrides: { "node-fetch": "2.7.0" }, diskMb: 58 },
} satisfies Record<string, Tool>;
