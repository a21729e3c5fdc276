/**
 * `tsx scripts/check-packages.ts [name...]`: packs every published package (packages/*, not private)
 * exactly as `pnpm publish` would, then checks each tarball with publint (strict, suggestions
 * count too) and @arethetypeswrong/cli, and checks that the fixed group shares one version.
 * Fails on any problem. Needs `pnpm build` first; the linters are devDependencies of e2e/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => join(root, "e2e", "node_modules", ".bin", name);
const only = process.argv.slice(2);

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  return { status: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

for (const tool of ["publint", "attw"]) {
  if (!existsSync(bin(tool))) {
    console.error(`check-packages: ${bin(tool)} is missing; run \`pnpm install\` first.`);
    process.exit(1);
  }
}

const published = readdirSync(join(root, "packages"))
  .map((folder) => join(root, "packages", folder))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest }))
  .filter(({ manifest }) => !manifest.private)
  .filter(({ manifest }) => only.length === 0 || only.includes(manifest.name));

const problems: string[] = [];
const versions = new Set(published.map(({ manifest }) => manifest.version));
if (versions.size > 1) problems.push(`published packages carry different versions: ${[...versions].join(", ")}`);

const packDir = mkdtempSync(join(tmpdir(), "convintel-pack-"));
try {
  for (const { dir, manifest } of published) {
    const name = manifest.name;
    if (!existsSync(join(dir, "dist"))) {
      problems.push(`${name}: no dist/ (run \`pnpm build\` first)`);
      continue;
    }
    const before = new Set(readdirSync(packDir));
    const pack = run("pnpm", ["pack", "--pack-destination", packDir], dir);
    const tarball = readdirSync(packDir).find((file) => file.endsWith(".tgz") && !before.has(file));
    if (pack.status !== 0 || !tarball) {
      problems.push(`${name}: pnpm pack failed\n${pack.output}`);
      continue;
    }
    const tarballPath = join(packDir, tarball);

    const listing = run("tar", ["-tzf", tarballPath], packDir).output.split("\n");
    for (const required of ["package/package.json", "package/README.md"]) {
      if (!listing.includes(required)) problems.push(`${name}: ${required.slice(8)} missing from the tarball`);
    }
    const packed = JSON.parse(run("tar", ["-xzOf", tarballPath, "package/package.json"], packDir).output) as Manifest;
    for (const [dependency, range] of Object.entries(packed.dependencies ?? {})) {
      if (range.startsWith("workspace:")) problems.push(`${name}: dependency ${dependency} left as ${range}`);
    }

    const publint = run(bin("publint"), ["run", tarballPath, "--strict", "--level", "suggestion", "--pack", "false"], root);
    const publintClean = publint.status === 0 && publint.output.includes("All good!");
    if (!publintClean) problems.push(`${name}: publint\n${publint.output}`);

    const attw = run(bin("attw"), [tarballPath, "--format", "ascii", "--no-emoji", "--no-color"], root);
    if (attw.status !== 0) problems.push(`${name}: @arethetypeswrong/cli\n${attw.output}`);

    console.log(`${publintClean && attw.status === 0 ? "ok  " : "FAIL"} ${name}@${manifest.version} (${listing.length} files)`);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

if (published.length === 0) problems.push(`no published package matched ${only.join(", ")}`);
if (problems.length > 0) {
  console.error(`\ncheck-packages: ${problems.length} problem(s)\n\n${problems.join("\n\n")}`);
  process.exit(1);
}
console.log(`check-packages: ${published.length} packages pass publint and attw`);
