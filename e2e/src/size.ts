/**
 * `pnpm --filter @convintel/e2e size [--record]`: bundles one `update()` call through the built
 * @convintel/client (a core with the Configurations resource only) for the browser and for edge
 * runtimes, the whole client (every resource) for the browser, and a module that only imports error
 * classes and guards (esbuild, minified), gzips them, and fails when a bundle is larger than
 * size-budget.json allows. The last one fails when tree shaking stops dropping the client.
 * `--record` writes the measured sizes plus headroom as the new budget (a reviewed change, like
 * any other).
 */
import { operations } from "@convintel/fetch";
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { targets } from "./bundle.js";
import { e2eDir } from "./paths.js";

/** What is measured: a fixture bundled for a target. */
const bundles = {
  browser: { fixture: "size-update.mjs", target: "browser" },
  edge: { fixture: "size-update.mjs", target: "edge" },
  "errors-only": { fixture: "size-errors.mjs", target: "browser" },
  "whole-client": { fixture: "size-client.mjs", target: "browser" },
} satisfies Record<string, { fixture: string; target: keyof typeof targets }>;
type BundleName = keyof typeof bundles;

interface Budget {
  /** Largest allowed gzip size in bytes, per bundle. */
  gzipBytes: Record<BundleName, number>;
  note?: string;
}

const budgetFile = join(e2eDir, "size-budget.json");
const record = process.argv.includes("--record");

const measured = {} as Record<BundleName, { minified: number; gzip: number }>;
const inputs = new Map<string, number>();
for (const [name, { fixture, target }] of Object.entries(bundles) as [BundleName, (typeof bundles)[BundleName]][]) {
  const result = await build({
    ...targets[target],
    entryPoints: [join(e2eDir, "fixtures", fixture)],
    absWorkingDir: e2eDir,
    bundle: true,
    minify: true,
    write: false,
    logLevel: "error",
    metafile: true,
  });
  const code = result.outputFiles[0]!.contents;
  measured[name] = { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  if (fixture !== "size-update.mjs") continue;
  // One update through Configurations must leave every other resource's operations out (their
  // paths stand in their descriptors, so a path in the bundle is an operation kept).
  const text = new TextDecoder().decode(code);
  const kept = Object.values(operations)
    .filter((operation) => !operation.path.startsWith(operations.ListConfigurations.path))
    .filter((operation) => text.includes(JSON.stringify(operation.path)))
    .map((operation) => operation.operationId);
  if (kept.length > 0) {
    console.error(`size: the ${name} bundle of one update keeps operations it never calls: ${kept.join(", ")}`);
    process.exit(1);
  }
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      inputs.set(input.replace(/^.*node_modules\//, ""), Math.max(inputs.get(input) ?? 0, bytesInOutput));
    }
  }
}

if (record) {
  // 5% headroom, rounded up to 100 bytes, so that small honest changes pass and growth is noticed.
  const gzipBytes = Object.fromEntries(
    Object.entries(measured).map(([target, size]) => [target, Math.ceil((size.gzip * 1.05) / 100) * 100]),
  ) as Budget["gzipBytes"];
  const budget: Budget = {
    gzipBytes,
    note: "browser, edge: one update() through @convintel/client (IntelligenceCore + Configurations); whole-client: the same through IntelligenceClient, every resource included; errors-only: a module importing only error classes. Bundled by esbuild (minified) and gzipped at level 9. Raise it only on purpose: `pnpm --filter @convintel/e2e size --record`.",
  };
  writeFileSync(budgetFile, `${JSON.stringify(budget, null, 2)}\n`);
}

const budget = JSON.parse(readFileSync(budgetFile, "utf8")) as Budget;
let over = false;
for (const [name, size] of Object.entries(measured) as [BundleName, { minified: number; gzip: number }][]) {
  const limit = budget.gzipBytes[name];
  if (limit === undefined) throw new Error(`size-budget.json has no budget for ${name}: record one with --record.`);
  const ok = size.gzip <= limit;
  over ||= !ok;
  console.log(
    `${ok ? "ok  " : "OVER"} ${name.padEnd(11)} ${(size.minified / 1024).toFixed(1).padStart(6)} kB minified  ${(size.gzip / 1024).toFixed(2).padStart(6)} kB gzip  (budget ${(limit / 1024).toFixed(2)} kB)`,
  );
}
console.log(
  `largest parts of update() (minified): ${[...inputs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([input, bytes]) => `${input} ${(bytes / 1024).toFixed(1)} kB`)
    .join(", ")}`,
);
if (over) {
  console.error("size: over budget. Find what grew (esbuild --analyze) or, if the growth is wanted, re-record the budget.");
  process.exit(1);
}
