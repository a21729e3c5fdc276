import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { binDir, e2eDir, repoRoot } from "./paths.js";
import { cleanEnv, runOk } from "./processes.js";

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  exports?: unknown;
}

export const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;

const quietEnv = cleanEnv();

/**
 * A throwaway copy of the repository as git sees it (tracked and untracked-but-not-ignored files:
 * no node_modules, no dist), with a fresh git history so changesets and turbo behave as in CI.
 */
export async function copyRepository(destination: string): Promise<void> {
  const listing = await runOk("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    timeoutMs: 60_000,
  });
  for (const file of new Set(listing.stdout.split("\0").filter(Boolean))) {
    const source = join(repoRoot, file);
    if (!existsSync(source)) continue; // deleted in the work tree
    mkdirSync(dirname(join(destination, file)), { recursive: true });
    copyFileSync(source, join(destination, file));
  }
  const git = (...args: string[]) =>
    runOk("git", ["-c", "user.name=convintel e2e", "-c", "user.email=e2e@convintel.invalid", ...args], {
      cwd: destination,
      timeoutMs: 60_000,
    });
  await git("init", "--quiet", "--initial-branch=main");
  await git("add", "--all");
  await git("commit", "--quiet", "--no-verify", "--message", "snapshot for the release rehearsal");
}

/** Published packages (packages/*, not private) of a checkout. */
export function publishedPackages(root: string): { dir: string; manifest: Manifest }[] {
  return readdirSync(join(root, "packages"))
    .map((folder) => join(root, "packages", folder))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: readManifest(dir) }))
    .filter(({ manifest }) => !manifest.private);
}

/** `pnpm install`, then a test changeset and `changeset version`, then `pnpm build`: the release branch. */
export async function versionAndBuild(root: string, bump: "patch" | "minor" | "major"): Promise<void> {
  await runOk("pnpm", ["install", "--prefer-offline", "--reporter=append-only"], { cwd: root, timeoutMs: 5 * 60_000, env: quietEnv });
  writeFileSync(
    join(root, ".changeset", "e2e-release-rehearsal.md"),
    `---\n"@convintel/client": ${bump}\n---\n\nRelease rehearsal by the end-to-end test.\n`,
  );
  await runOk("pnpm", ["exec", "changeset", "version"], { cwd: root, timeoutMs: 2 * 60_000, env: quietEnv });
  await runOk("pnpm", ["exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], {
    cwd: root,
    timeoutMs: 6 * 60_000,
    env: quietEnv,
  });
}

/** `pnpm release`'s publishing half, pointed at the local registry. */
export async function publish(root: string, registryUrl: string, npmrc: string): Promise<string> {
  writeFileSync(join(root, ".npmrc"), npmrc);
  const result = await runOk("pnpm", ["exec", "changeset", "publish", "--no-git-tag"], {
    cwd: root,
    timeoutMs: 4 * 60_000,
    env: cleanEnv({ npm_config_registry: `${registryUrl}/` }),
  });
  return `${result.stdout}\n${result.stderr}`;
}

/** An empty project outside the repository that installs the packages from the registry. */
export async function createConsumer(dir: string, registryUrl: string, version: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
  // Only the registry under test: @convintel/* must come from it, the rest is proxied by it.
  writeFileSync(join(dir, ".npmrc"), `registry=${registryUrl}/\n`);
  for (const file of readdirSync(join(e2eDir, "fixtures", "consumer"))) {
    copyFileSync(join(e2eDir, "fixtures", "consumer", file), join(dir, file));
  }
  copyFileSync(join(e2eDir, "fixtures", "smoke.mjs"), join(dir, "smoke.mjs"));
  await runOk(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `--registry=${registryUrl}/`,
      // A cache of its own: the same version number is republished with new contents every run.
      `--cache=${join(dir, ".npm-cache")}`,
      `@convintel/client@${version}`,
      `@convintel/testing@${version}`,
      `@convintel/cli@${version}`,
      `@convintel/mcp@${version}`,
      "@types/node@^20.19.0",
    ],
    { cwd: dir, timeoutMs: 5 * 60_000, env: quietEnv },
  );
}

/** Every file that a package's `exports`, `main`, `module` and `types` name, relative to the package. */
export function exportedFiles(manifest: Manifest & { main?: string; module?: string; types?: string }): string[] {
  const files = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === "string") files.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  for (const field of [manifest.main, manifest.module, manifest.types]) if (field) files.add(field);
  return [...files].filter((file) => !file.includes("*"));
}

export const tsc = join(binDir, "tsc");
/** The oldest TypeScript the packages claim (package.json `typescript-oldest`): what the README promises is what is run. */
export const oldestTsc = join(e2eDir, "node_modules", "typescript-oldest", "bin", "tsc");
