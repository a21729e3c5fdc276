import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, killAll, run, runOk } from "../src/processes.js";
import {
  copyRepository,
  createConsumer,
  exportedFiles,
  publish,
  publishedPackages,
  readManifest,
  oldestTsc,
  tsc,
  versionAndBuild,
} from "../src/roundtrip.js";
import { startRegistry, type LocalRegistry } from "../src/verdaccio.js";

// Everything happens in a temporary folder: the real checkout is only read.
const work = mkdtempSync(join(tmpdir(), "convintel-release-"));
const checkout = join(work, "repo");
const consumer = join(work, "consumer");
let registry: LocalRegistry | undefined;
let names: string[] = [];
let previousVersion = "";
let version = "";
const timings: string[] = [];

async function step<T>(label: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await action();
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

beforeAll(async () => {
  await step("copy the repository", () => copyRepository(checkout));
  previousVersion = publishedPackages(checkout)[0]?.manifest.version ?? "";
  await step("install, changeset version, build", () => versionAndBuild(checkout, "minor"));
  const published = publishedPackages(checkout);
  names = published.map(({ manifest }) => manifest.name).sort();
  version = published[0]?.manifest.version ?? "";
  registry = await step("start Verdaccio", () => startRegistry(join(work, "registry")));
  const output = await step("changeset publish", () => publish(checkout, registry!.url, registry!.npmrc));
  console.log(output.trim());
  await step("npm install in an empty project", () => createConsumer(consumer, registry!.url, version));
}, 9 * 60_000);

afterAll(async () => {
  await registry?.stop();
  killAll();
  rmSync(work, { recursive: true, force: true });
  console.log(`release rehearsal ${previousVersion} → ${version}:\n  ${timings.join("\n  ")}`);
});

describe("changeset version", () => {
  it("bumps every published package together, as one fixed group", () => {
    expect(names).toEqual([
      "@convintel/cli",
      "@convintel/client",
      "@convintel/fetch",
      "@convintel/mcp",
      "@convintel/testing",
      "@convintel/types",
    ]);
    for (const { manifest } of publishedPackages(checkout))
      expect(`${manifest.name}@${manifest.version}`).toBe(`${manifest.name}@${version}`);
    // The rehearsal's changeset is a minor of the client alone; pending changesets may ask for more.
    const [major = 0, minor = 0] = previousVersion.split(".").map(Number);
    const next = version.split(".").map(Number);
    const asNumber = ([a = 0, b = 0, c = 0]: number[]) => a * 1e6 + b * 1e3 + c;
    expect(asNumber(next), `${previousVersion} → ${version}`).toBeGreaterThanOrEqual(asNumber([major, minor + 1, 0]));
  });

  it("writes a CHANGELOG entry for the new version in every package", () => {
    for (const { dir, manifest } of publishedPackages(checkout)) {
      const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
      expect(changelog, manifest.name).toContain(`## ${version}`);
    }
  });
});

describe("npm install from the local registry", () => {
  const installed = () => names.map((name) => ({ name, dir: join(consumer, "node_modules", name) }));

  it("installs the six packages at the one released version, depending on each other exactly", () => {
    for (const { name, dir } of installed()) {
      const manifest = readManifest(dir);
      expect(`${name}@${manifest.version}`).toBe(`${name}@${version}`);
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        if (dependency.startsWith("@convintel/")) expect(`${name} → ${dependency}@${range}`).toBe(`${name} → ${dependency}@${version}`);
      }
    }
  });

  it("ships every file the package manifests point at, with README, CHANGELOG and LICENSE", () => {
    const missing: string[] = [];
    for (const { name, dir } of installed()) {
      for (const file of [...exportedFiles(readManifest(dir)), "README.md", "CHANGELOG.md", "LICENSE"]) {
        if (!existsSync(join(dir, file))) missing.push(`${name}/${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("keeps a fresh install of @convintel/client at 6 packages or fewer, itself included", () => {
    // npm installs flat here, so each dependency's manifest sits at node_modules/<name>.
    const tree = new Set<string>();
    const visit = (name: string) => {
      if (tree.has(name)) return;
      tree.add(name);
      for (const dependency of Object.keys(readManifest(join(consumer, "node_modules", name)).dependencies ?? {})) visit(dependency);
    };
    visit("@convintel/client");
    expect([...tree].sort()).toEqual([
      "@convintel/client",
      "@convintel/fetch",
      "@convintel/types",
      "openapi-fetch",
      "openapi-typescript-helpers",
      "undici",
    ]);
    expect(tree.size).toBeLessThanOrEqual(6);
  });

  it("runs the installed convintel binary, which reports the released version", async () => {
    const result = await runOk(join(consumer, "node_modules", ".bin", "convintel"), ["--version"], { cwd: consumer, timeoutMs: 60_000 });
    expect(result.stdout.trim()).toBe(version);
  });

  it("runs the installed MCP server, which lists one tool per operation over stdio", async () => {
    // JSON-RPC as an MCP client speaks it over stdio: initialize, initialized, tools/list; the server ends with its input.
    const messages = [
      {
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "e2e", version } },
      },
      { jsonrpc: "2.0", method: "notifications/initialized" },
      { jsonrpc: "2.0", id: 2, method: "tools/list" },
    ];
    const result = await run(join(consumer, "node_modules", ".bin", "convintel-mcp"), ["--base-url", "http://127.0.0.1:9"], {
      cwd: consumer,
      timeoutMs: 60_000,
      input: `${messages.map((message) => JSON.stringify(message)).join("\n")}\n`,
      env: cleanEnv({ TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`, TWILIO_AUTH_TOKEN: "e2e-token" }),
    });
    const answers = result.stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id?: number; result?: { serverInfo?: { name: string }; tools?: { name: string }[] } });
    expect(answers.find((answer) => answer.id === 1)?.result?.serverInfo?.name, result.stderr).toBe("convintel");
    const tools = answers.find((answer) => answer.id === 2)?.result?.tools ?? [];
    expect(tools).toHaveLength(22);
    expect(tools.map((tool) => tool.name)).toContain("apply_configuration_plan");
    expect(tools.map((tool) => tool.name)).toContain("update_configuration");
  });

  it("resolves a complete dependency tree (npm ls)", async () => {
    await runOk("npm", ["ls", "--all", "--loglevel=error"], { cwd: consumer, timeoutMs: 60_000, env: cleanEnv() });
  });

  it("imports as ESM and runs create → update → fetch against the fake server", async () => {
    const result = await runOk(process.execPath, ["esm.mjs"], { cwd: consumer, timeoutMs: 60_000 });
    expect(result.stdout).toContain("SMOKE_OK");
    expect(result.stdout).toMatch(/"resolved":"file:[^"]*node_modules\/@convintel\/client\/dist\/index\.js"/);
  });

  it("requires as CommonJS and runs create → update → fetch against the fake server", async () => {
    const result = await runOk(process.execPath, ["cjs.cjs"], { cwd: consumer, timeoutMs: 60_000 });
    expect(result.stdout).toContain("SMOKE_OK");
    expect(result.stdout).toMatch(/"resolved":"[^"]*node_modules\/@convintel\/client\/dist\/index\.cjs"/);
  });

  for (const [command, prefix, label] of [
    [tsc, [], "TypeScript 5.9"],
    [process.execPath, [oldestTsc], "TypeScript 5.4, the oldest claimed"],
  ] as const) {
    for (const resolution of ["node16", "bundler"]) {
      it(`type-checks user code with ${label} (moduleResolution ${resolution}, skipLibCheck off, exactOptionalPropertyTypes)`, async () => {
        const result = await run(command, [...prefix, "-p", `tsconfig.${resolution}.json`], { cwd: consumer, timeoutMs: 120_000 });
        expect(`${result.stdout}${result.stderr}`.trim()).toBe("");
        expect(result.code).toBe(0);
      });
    }
  }
});
