/**
 * `tsx scripts/check-packages.ts [name...]`: packs every published package (packages/*, not private)
 * exactly as `pnpm publish` would, then checks each tarball with publint (strict, suggestions
 * count too) and @arethetypeswrong/cli, and checks that the fixed group shares one version, that
 * every tarball carries the LICENSE, and that each manifest points at the repository (its own
 * directory), its homepage and the issue tracker, as the root manifest names them.
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
  license?: string;
  dependencies?: Record<string, string>;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
}

const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
const rootLicense = readFileSync(join(root, "LICENSE"), "utf8");

/** What a published manifest must say about where the package lives, from the root manifest. */
function linkProblems(manifest: Manifest, folder: string): string[] {
  const problems: string[] = [];
  const repository = rootManifest.repository?.url;
  if (!repository || !rootManifest.bugs?.url || !rootManifest.homepage) return ["the root package.json lacks repository, bugs or homepage"];
  if (manifest.license !== rootManifest.license) problems.push(`license is ${manifest.license}, not ${rootManifest.license}`);
  if (manifest.repository?.url !== repository) problems.push(`repository.url is ${manifest.repository?.url}, not ${repository}`);
  if (manifest.repository?.directory !== folder) problems.push(`repository.directory is ${manifest.repository?.directory}, not ${folder}`);
  if (manifest.bugs?.url !== rootManifest.bugs.url) problems.push(`bugs.url is ${manifest.bugs?.url}, not ${rootManifest.bugs.url}`);
  if (!manifest.homepage?.startsWith(rootManifest.homepage.replace(/#readme$/, "")))
    problems.push(`homepage ${manifest.homepage} is not under the repository`);
  return problems;
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

    for (const problem of linkProblems(manifest, `packages/${dir.split("/").at(-1)}`)) problems.push(`${name}: ${problem}`);
    const listing = run("tar", ["-tzf", tarballPath], packDir).output.split("\n");
    for (const required of ["package/package.json", "package/README.md", "package/LICENSE"]) {
      if (!listing.includes(required)) problems.push(`${name}: ${required.slice(8)} missing from the tarball`);
    }
    if (
      listing.includes("package/LICENSE") &&
      run("tar", ["-xzOf", tarballPath, "package/LICENSE"], packDir).output !== rootLicense.trim()
    ) {
      problems.push(`${name}: its LICENSE differs from the repository's`);
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
