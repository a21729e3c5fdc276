import type { Environment } from "./auth.js";

// Replaced at build time from package.json (tsup and vitest `define`), so the version lives in one place.
declare const __CLIENT_PACKAGE_NAME__: string;
declare const __CLIENT_PACKAGE_VERSION__: string;

export const packageName = typeof __CLIENT_PACKAGE_NAME__ === "string" ? __CLIENT_PACKAGE_NAME__ : "@convintel/client";
export const packageVersion = typeof __CLIENT_PACKAGE_VERSION__ === "string" ? __CLIENT_PACKAGE_VERSION__ : "0.0.0-development";

interface RuntimeGlobals {
  process?: { env?: Environment; versions?: { node?: string; bun?: string } };
  Deno?: { version?: { deno?: string } };
  navigator?: { userAgent?: string };
  EdgeRuntime?: unknown;
}

/** The process environment where one exists (Node, Bun, Deno with --allow-env); undefined in Workers and browsers. */
export function processEnv(): Environment | undefined {
  try {
    const env = (globalThis as RuntimeGlobals).process?.env;
    return typeof env === "object" && env !== null ? env : undefined;
  } catch {
    // Deno without --allow-env throws on access.
    return undefined;
  }
}

/**
 * One variable of `env`: undefined when it is unset, empty, or may not be read (Deno without
 * `--allow-env` throws on the access of a variable).
 */
export function envValue(env: Environment | undefined, name: string): string | undefined {
  try {
    return env?.[name] || undefined;
  } catch {
    return undefined;
  }
}

/** `node/20.11.1`, `bun/1.1.0`, `deno/1.44.0`, `workerd`, `edge-runtime`, `browser` or `unknown`. */
export function runtimeName(): string {
  const runtime = globalThis as RuntimeGlobals;
  if (runtime.Deno?.version?.deno) return `deno/${runtime.Deno.version.deno}`;
  const versions = runtime.process?.versions;
  if (versions?.bun) return `bun/${versions.bun}`;
  if (typeof runtime.EdgeRuntime === "string") return "edge-runtime";
  if (versions?.node) return `node/${versions.node}`;
  if (runtime.navigator?.userAgent === "Cloudflare-Workers") return "workerd";
  if (runtime.navigator) return "browser";
  return "unknown";
}

/** `convintel-client/0.1.0 node/20.20.2`: the package, its version and the runtime. */
export function userAgent(): string {
  return `${packageName.replace(/^@/, "").replace("/", "-")}/${packageVersion} ${runtimeName()}`;
}
