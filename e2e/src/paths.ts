import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The e2e package folder. */
export const e2eDir = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The repository root. */
export const repoRoot = join(e2eDir, "..");
/** Binaries of e2e's own devDependencies. */
export const binDir = join(e2eDir, "node_modules", ".bin");

/**
 * Downloaded runtimes and tools live outside the repository so a fresh clone reuses them:
 * `CONVINTEL_E2E_CACHE`, else `$XDG_CACHE_HOME/convintel-e2e`, else `~/.cache/convintel-e2e`.
 */
export const cacheDir = process.env.CONVINTEL_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "convintel-e2e");
