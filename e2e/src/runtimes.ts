import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGzip } from "node:zlib";
import { bundleFixture } from "./bundle.js";
import { installTool, tools, type Installed } from "./install.js";
import { e2eDir } from "./paths.js";
import { run } from "./processes.js";

/** What the smoke test needs to reach the fake server, and the server whose answer is a decompression bomb. */
export interface SmokeOptions {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  bombUrl?: string;
}

/** 256 MiB of zeros as one gzip member (about 256 kB): browsers and Deno inflate only the first member of a stream. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => gzip.on("end", resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < 256; index++) if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once("drain", resolve));
  gzip.end();
  await ended;
  return Buffer.concat(chunks);
}

/** A configuration id (valid by the spec's pattern) whose fetch the bomb server never answers. */
const HANG_ID = "intelligence_configuration_7zzzzzzzzzzzzzzzzzzzzzzzzz";

/**
 * A server on 127.0.0.1 whose every answer is a gzip bomb (256 kB that inflates to 256 MiB), but for
 * one configuration id that it never answers (the smoke's timeout and abort cases), with the
 * CORS headers a browser page of another origin needs.
 */
export async function startBombServer(): Promise<{ url: string; close(): Promise<void> }> {
  const bomb = await gzipBomb();
  const cors = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, PUT, DELETE",
    "access-control-allow-headers": "Authorization, Content-Type, Accept, User-Agent",
  };
  const server = createServer((request, response) => {
    request.resume();
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors).end();
      return;
    }
    // The smoke's timeout and abort cases: this configuration's answer never comes.
    if (request.url?.endsWith(`/${HANG_ID}`)) return;
    response.writeHead(200, { ...cors, "content-type": "application/json", "content-encoding": "gzip", "content-length": bomb.length });
    response.end(bomb);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type SmokeOutcome =
  | { status: "passed"; runtime: string; detail: string; ms: number }
  | { status: "failed"; runtime: string; detail: string; ms: number }
  | { status: "skipped"; runtime: string; detail: string; ms: number };

export interface Runtime {
  name: string;
  /** Installs (or finds) the runtime; a failure here means "skipped", with the reason. */
  prepare(): Promise<Installed>;
  smoke(bin: string, options: SmokeOptions): Promise<SmokeOutcome>;
}

const smokeTimeoutMs = 60_000;

/** What the smoke page adds to its window once its bundle has loaded. */
interface SmokePage {
  runSmoke?: (options: unknown) => Promise<unknown>;
}

function outcome(runtime: string, started: number, output: string, ok: boolean): SmokeOutcome {
  const line = output.split("\n").find((text) => text.includes("SMOKE_OK "));
  const passed = ok && line !== undefined;
  return {
    status: passed ? "passed" : "failed",
    runtime,
    detail: passed ? line.slice(line.indexOf("SMOKE_OK ") + 9) : output.trim().split("\n").slice(-25).join("\n"),
    ms: Date.now() - started,
  };
}

/** Node, Bun and Deno run fixtures/node-smoke.mjs, which imports "@convintel/client" from e2e/node_modules. */
function serverRuntime(name: string, tool: keyof typeof tools, args: (script: string, json: string) => string[]): Runtime {
  return {
    name,
    prepare: () => installTool(tools[tool]),
    async smoke(bin, options) {
      const started = Date.now();
      const result = await run(bin, args(join(e2eDir, "fixtures", "node-smoke.mjs"), JSON.stringify(options)), {
        cwd: e2eDir,
        timeoutMs: smokeTimeoutMs,
        env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
      });
      const output = `${result.stdout}\n${result.stderr}${result.timedOut ? "\n(timed out)" : ""}`;
      return outcome(name, started, output, result.code === 0 && !result.timedOut);
    },
  };
}

const nodeArgs = (script: string, json: string) => [script, json];

/** capnp text literal: JSON.stringify's escapes are valid capnp escapes. */
const capnpString = (text: string) => JSON.stringify(text);

const workerd: Runtime = {
  name: "workerd",
  prepare: () => installTool(tools.workerd),
  async smoke(bin, options) {
    const started = Date.now();
    const dir = mkdtempSync(join(tmpdir(), "convintel-workerd-"));
    try {
      await bundleFixture("worker-smoke.mjs", join(dir, "worker.js"), "edge");
      writeFileSync(
        join(dir, "config.capnp"),
        `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smokeWorker),
    # Workers may only reach public addresses by default; the fake server is on loopback.
    (name = "loopback", network = (allow = ["local"])),
  ],
);
const smokeWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  bindings = [(name = "SMOKE_OPTIONS", text = ${capnpString(JSON.stringify(options))})],
  globalOutbound = "loopback",
);
`,
      );
      const result = await run(bin, ["test", join(dir, "config.capnp"), "--verbose"], {
        cwd: dir,
        timeoutMs: smokeTimeoutMs,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      return outcome("workerd", started, output, result.code === 0 && /\[ PASS \] main/.test(output));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Flags from the machine notes: no sandbox as root, and no background traffic to Google's hosts. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const browser: Runtime = {
  name: "chromium",
  async prepare() {
    const started = Date.now();
    const probe = await run(chromiumPath, ["--version"], { timeoutMs: 30_000 }).catch((error: unknown) => ({
      code: 1,
      stdout: "",
      stderr: String(error),
      timedOut: false,
    }));
    if (probe.code !== 0) {
      return {
        ok: false,
        reason: `no Chromium at ${chromiumPath} (install Debian's: apt-get install -y chromium): ${probe.stderr.trim().split("\n")[0]}`,
      };
    }
    return { ok: true, bin: chromiumPath, dir: "", cached: true, ms: Date.now() - started };
  },
  async smoke(bin, options) {
    const started = Date.now();
    const dir = mkdtempSync(join(tmpdir(), "convintel-browser-"));
    let server: Server | undefined;
    const { chromium } = await import("playwright-core");
    const instance = await chromium.launch({ executablePath: bin, headless: true, args: chromiumArgs, timeout: 60_000 });
    try {
      await bundleFixture("browser-smoke.mjs", join(dir, "smoke.js"), "browser");
      const files: Record<string, [string, string]> = {
        "/": ["text/html", '<!doctype html><meta charset="utf-8"><title>smoke</title><script type="module" src="/smoke.js"></script>'],
        "/smoke.js": ["text/javascript", readFileSync(join(dir, "smoke.js"), "utf8")],
      };
      // The page is served from its own origin, so every call to the fake is cross-origin (CORS).
      server = createServer((request, response) => {
        const file = files[request.url ?? ""];
        response.writeHead(file ? 200 : 404, { "content-type": file?.[0] ?? "text/plain" }).end(file?.[1] ?? "");
      });
      await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      const pageUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
      const page = await instance.newPage();
      const consoleLines: string[] = [];
      page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => consoleLines.push(`pageerror: ${error.message}`));
      await page.goto(pageUrl, { timeout: 30_000 });
      await page.waitForFunction(() => typeof (window as Window & SmokePage).runSmoke === "function", undefined, {
        timeout: 30_000,
      });
      try {
        let timer: NodeJS.Timeout | undefined;
        const result = await Promise.race([
          page.evaluate((smokeOptions) => (window as Window & SmokePage).runSmoke!(smokeOptions), options),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer from the page in ${smokeTimeoutMs} ms`)), smokeTimeoutMs);
          }),
        ]).finally(() => clearTimeout(timer));
        return { status: "passed", runtime: "chromium", detail: JSON.stringify(result), ms: Date.now() - started };
      } catch (error) {
        return {
          status: "failed",
          runtime: "chromium",
          detail: `${String(error)}\n${consoleLines.join("\n")}`,
          ms: Date.now() - started,
        };
      }
    } finally {
      await instance.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Node 20 is the runtime running the tests; every other one comes from an npm package or Debian. */
export const runtimes: Runtime[] = [
  {
    ...serverRuntime("node 20", "node20", nodeArgs),
    // The Node running the tests is used when it is a Node 20; otherwise node@20 is downloaded.
    prepare: async () =>
      process.versions.node.startsWith("20.")
        ? { ok: true, bin: process.execPath, dir: "", cached: true, ms: 0 }
        : installTool(tools.node20),
  },
  serverRuntime("node 22", "node22", nodeArgs),
  serverRuntime("node 24", "node24", nodeArgs),
  serverRuntime("bun", "bun", (script, json) => [script, json]),
  serverRuntime("deno", "deno", (script, json) => [
    "run",
    "--no-lock",
    "--no-prompt",
    "--node-modules-dir=manual",
    // Only the network permission: the client must work without env or file access.
    "--allow-net=127.0.0.1",
    script,
    json,
  ]),
  workerd,
  browser,
];
