/**
 * `pnpm generate`: turns spec/intelligence-v3.yaml into the generated layer of every package.
 * `pnpm generate:check`: renders the same files in memory and fails when the committed ones differ.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { renderAll } from "./lib/render.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const files = await renderAll(root);
const drifted: string[] = [];
for (const [path, content] of files) {
  const absolute = join(root, path);
  if (check) {
    const current = await readFile(absolute, "utf8").catch(() => undefined);
    if (current !== content) drifted.push(path);
  } else {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, content);
  }
}

if (check) {
  if (drifted.length > 0) {
    console.error(
      `Generated files differ from spec/ (run \`pnpm generate\` and commit the result):\n${drifted.map((path) => `  ${path}`).join("\n")}`,
    );
    process.exit(1);
  }
  console.log(`generate:check: ${files.size} generated files match spec/`);
} else {
  for (const path of files.keys()) console.log(`wrote ${relative(root, join(root, path))}`);
}
