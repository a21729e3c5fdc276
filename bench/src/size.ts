/**
 * Size: (1) an esbuild bundle of one update call per client, minified and gzipped, for the browser
 * and for Node; (2) what a fresh `npm install` of each client puts in node_modules.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Platform } from "esbuild";
import { accountSid, authToken, configurationId } from "./contenders.js";
import { benchDirectory, repositoryRoot } from "./paths.js";

export interface BundleResult {
  name: string;
  platform: Platform;
  /** Undefined when esbuild could not bundle the entry for this platform. */
  minifiedBytes?: number;
  gzipBytes?: number;
  /** Minified bytes contributed by each package (from esbuild's metafile), largest first. */
  packages?: { name: string; bytes: number }[];
  failure?: string;
}

export interface InstallResult {
  name: string;
  command: string;
  packages: number;
  bytes: number;
  packageNames: string[];
}

const credentials = `${JSON.stringify(accountSid)}, ${JSON.stringify(authToken)}`;
const authorization = JSON.stringify(`Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`);
const id = JSON.stringify(configurationId);

/** One update call per client; the body comes in as an argument, so no fixture is bundled. */
const bundleEntries: { name: string; source: string }[] = [
  {
    name: "raw fetch",
    source: `export async function update(body) {
  const response = await fetch("https://intelligence.twilio.com/v3/ControlPlane/Configurations/" + ${id}, {
    method: "PUT", headers: { Authorization: ${authorization}, "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return response.json();
}`,
  },
  {
    name: "openapi-fetch",
    source: `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://intelligence.twilio.com", headers: { Authorization: ${authorization} } });
export function update(body) { return client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id: ${id} } }, body }); }`,
  },
  {
    name: "@convintel/fetch",
    source: `import { createIntelligenceFetch } from "@convintel/fetch";
const client = createIntelligenceFetch({ auth: { username: ${JSON.stringify(accountSid)}, password: ${JSON.stringify(authToken)} } });
export function update(body) { return client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id: ${id} } }, body }); }`,
  },
  {
    name: "@convintel/fetch + validation",
    source: `import { createIntelligenceFetch, validate, validateUpdateConfigurationRequest } from "@convintel/fetch";
const client = createIntelligenceFetch({ auth: { username: ${JSON.stringify(accountSid)}, password: ${JSON.stringify(authToken)} } });
export function update(body) {
  const checked = validate(validateUpdateConfigurationRequest, body);
  if (!checked.ok) throw new TypeError(checked.issues.map((issue) => issue.message).join("; "));
  return client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id: ${id} } }, body: checked.value });
}`,
  },
  {
    name: "@convintel/client",
    source: `import { Configurations, IntelligenceCore } from "@convintel/client";
const configurations = new Configurations(new IntelligenceCore({ accountSid: ${JSON.stringify(accountSid)}, authToken: ${JSON.stringify(authToken)} }));
export function update(body) { return configurations.update(${id}, body); }`,
  },
  {
    name: "@convintel/client (whole client)",
    source: `import { IntelligenceClient } from "@convintel/client";
const client = new IntelligenceClient({ accountSid: ${JSON.stringify(accountSid)}, authToken: ${JSON.stringify(authToken)} });
export function update(body) { return client.configurations.update(${id}, body); }`,
  },
  {
    name: "twilio-node",
    source: `import twilio from "twilio";
const client = twilio(${credentials});
export function update(body) { return client.intelligence.v3.configurations(${id}).update(body); }`,
  },
];

/**
 * The least a checked update through the client's layers can weigh: openapi-fetch's PUT, the
 * generated validators of the id and the body with their interpreter, and the client's error
 * classes for every outcome, with none of the client's retries, timeouts, options or logging.
 */
const floorEntry = `import { createIntelligenceFetch, validate, validateIntelligenceConfigurationTtid, validateUpdateConfigurationRequest } from "@convintel/fetch";
import { ApiError, AuthenticationError, BadRequestError, ConnectionError, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, RedirectError, RequestValidationError, TimeoutError } from "@convintel/client";
const client = createIntelligenceFetch({ auth: { username: ${JSON.stringify(accountSid)}, password: ${JSON.stringify(authToken)} } });
const byStatus = { 400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 429: RateLimitError };
export async function update(id, body, timeout = 30000) {
  const issues = [...(validate(validateIntelligenceConfigurationTtid, id).issues ?? []).map((issue) => ({ ...issue, in: "path" })),
    ...(validate(validateUpdateConfigurationRequest, body).issues ?? []).map((issue) => ({ ...issue, in: "body" }))];
  if (issues.length) throw new RequestValidationError(issues, "UpdateConfiguration");
  let result;
  try {
    result = await client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body, signal: AbortSignal.timeout(timeout) });
  } catch (cause) {
    throw cause?.name === "TimeoutError" ? new TimeoutError({ scope: "attempt", timeoutMs: timeout, operationId: "UpdateConfiguration" }) : new ConnectionError({ cause, operationId: "UpdateConfiguration" });
  }
  const { data, error, response } = result;
  if (response.ok) return data;
  const status = response.status;
  const Type = status < 400 ? RedirectError : byStatus[status] ?? (status >= 500 ? InternalServerError : ApiError);
  throw new Type({ status, headers: Object.fromEntries(response.headers), body: error, operationId: "UpdateConfiguration" });
}`;

/** Our packages resolved to their TypeScript sources, so that each file shows in esbuild's metafile (browser conditions). */
const sourceAliases = {
  "@convintel/client": join(repositoryRoot, "packages/client/src/index.ts"),
  "@convintel/fetch/node-transport": join(repositoryRoot, "packages/fetch/src/node-transport-fallback.ts"),
  "#node-transport": join(repositoryRoot, "packages/fetch/src/node-transport-fallback.ts"),
  "@convintel/fetch/spec": join(repositoryRoot, "packages/fetch/src/spec.ts"),
  "@convintel/fetch": join(repositoryRoot, "packages/fetch/src/index.ts"),
};

export interface FileBytes {
  name: string;
  bytes: number;
}

export interface BreakdownResult {
  /** The `@convintel/client` entry bundled for the browser from the workspace sources. */
  fromSources: { minifiedBytes: number; gzipBytes: number; files: FileBytes[] };
  /** The floor entry bundled for the browser from the built packages, as an application gets them. */
  floor: { minifiedBytes: number; gzipBytes: number; packages: FileBytes[] };
}

/** The package an input file belongs to: the name after the last node_modules, or the workspace folder. */
function packageOf(path: string): string {
  const parts = path.split("/");
  const index = parts.lastIndexOf("node_modules");
  if (index >= 0) return parts[index + 1]!.startsWith("@") ? `${parts[index + 1]}/${parts[index + 2]}` : parts[index + 1]!;
  const workspace = parts.lastIndexOf("packages");
  if (workspace >= 0) return `@convintel/${parts[workspace + 1]}`;
  return "(entry)";
}

function bytesByPackage(inputs: Record<string, { bytesInOutput: number }>): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const name = packageOf(path);
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

export async function benchBundles(log: (line: string) => void): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const entry of bundleEntries) {
    for (const platform of ["browser", "node"] as const) {
      try {
        const { code, inputs } = await bundle(entry.source, platform);
        results.push({
          name: entry.name,
          platform,
          minifiedBytes: code.length,
          gzipBytes: gzipBytes(code),
          packages: bytesByPackage(inputs),
        });
      } catch (error) {
        const errors = (error as { errors?: { text: string }[] }).errors ?? [];
        const first = errors[0]?.text ?? String(error);
        results.push({ name: entry.name, platform, failure: `${errors.length || 1} error(s), e.g. "${first}"` });
      }
    }
  }
  log(`size: bundled ${bundleEntries.length} entries for browser and node`);
  return results;
}

/** Gzip at level 9, as every size in the report is measured. */
function gzipBytes(code: Uint8Array): number {
  return gzipSync(code, { level: 9 }).length;
}

async function bundle(source: string, platform: Platform, alias?: Record<string, string>) {
  const output = await build({
    stdin: { contents: source, resolveDir: benchDirectory, sourcefile: "entry.mjs", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    alias,
  });
  const code = output.outputFiles[0]!.contents;
  return { code, inputs: Object.values(output.metafile.outputs)[0]!.inputs };
}

/** Where the client's bytes go: each source file's share, and the floor that the layers every call needs set. */
export async function benchBreakdown(log: (line: string) => void): Promise<BreakdownResult> {
  const clientSource = bundleEntries.find((entry) => entry.name === "@convintel/client")!.source;
  const client = await bundle(clientSource, "browser", sourceAliases);
  const files = Object.entries(client.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path, input]) => ({
      name:
        path.includes("packages/") && !path.includes("node_modules")
          ? relative(repositoryRoot, resolve(benchDirectory, path))
          : packageOf(path),
      bytes: input.bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const floor = await bundle(floorEntry, "browser");
  log("size: bundled the client from its sources, and the floor entry");
  return {
    fromSources: { minifiedBytes: client.code.length, gzipBytes: gzipBytes(client.code), files },
    floor: { minifiedBytes: floor.code.length, gzipBytes: gzipBytes(floor.code), packages: bytesByPackage(floor.inputs) },
  };
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Every installed package: each directory under a node_modules that holds a package.json. */
function installedPackages(nodeModules: string): string[] {
  const names: string[] = [];
  const visit = (directory: string, prefix: string) => {
    if (!existsSync(directory)) return;
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const path = join(directory, entry.name);
      if (entry.name.startsWith("@")) {
        visit(path, `${entry.name}/`);
        continue;
      }
      if (existsSync(join(path, "package.json"))) {
        const { version } = JSON.parse(readFileSync(join(path, "package.json"), "utf8")) as { version: string };
        names.push(`${prefix}${entry.name}@${version}`);
      }
      visit(join(path, "node_modules"), "");
    }
  };
  visit(nodeModules, "");
  return names.sort();
}

function directoryBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Installs `specs` into a fresh project with npm and measures its node_modules. */
function measureInstall(name: string, specs: string[], shownSpecs: string[]): InstallResult {
  const project = mkdtempSync(join(tmpdir(), "convintel-bench-install-"));
  try {
    run("npm", ["init", "-y"], project);
    run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", ...specs], project);
    const nodeModules = join(project, "node_modules");
    const packageNames = installedPackages(nodeModules);
    return {
      name,
      command: `npm install ${shownSpecs.join(" ")}`,
      packages: packageNames.length,
      bytes: directoryBytes(nodeModules),
      packageNames,
    };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(benchDirectory, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

/** Packs our workspace packages (`pnpm pack` turns `workspace:*` into versions) into `directory`. */
function packWorkspace(names: string[], directory: string): string[] {
  return names.map((name) => {
    const output = run("pnpm", ["pack", "--pack-destination", directory], join(repositoryRoot, "packages", name)).trim();
    return output.split("\n").at(-1)!.trim();
  });
}

export function benchInstalls(log: (line: string) => void): InstallResult[] {
  const tarballs = mkdtempSync(join(tmpdir(), "convintel-bench-pack-"));
  try {
    const results: InstallResult[] = [];
    const [types, fetchPackage, client] = packWorkspace(["types", "fetch", "client"], tarballs);
    const shown = (path: string) => `./${path.split("/").at(-1)}`;
    results.push(measureInstall("@convintel/fetch", [types!, fetchPackage!], [types!, fetchPackage!].map(shown)));
    if (existsSync(join(repositoryRoot, "packages/client/dist/index.js"))) {
      results.push(measureInstall("@convintel/client", [types!, fetchPackage!, client!], [types!, fetchPackage!, client!].map(shown)));
    } else {
      log("size: skipping the @convintel/client install, it is not built yet");
    }
    for (const name of ["openapi-fetch", "twilio"]) {
      const spec = `${name}@${installedVersion(name)}`;
      results.push(measureInstall(name, [spec], [spec]));
    }
    log(`size: installed ${results.length} clients with npm`);
    return results;
  } finally {
    rmSync(tarballs, { recursive: true, force: true });
  }
}
