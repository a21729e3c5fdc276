/**
 * The built package as users load it: each build (Node.js, and browsers/workers/edge) is one module
 * per format, carrying the fetch layer and openapi-fetch's URL functions inside it (see tsup.config.ts);
 * a transport made by @convintel/fetch, the fetch layer's other copy, still works with it; and the
 * notice of the bundled code's license ships with it.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { API_KEY, API_SECRET, configuration, configurationId, createBody } from "./helpers/fixtures.js";
import { refusedUrl, useTestServer } from "./helpers/server.js";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));

/** The imports of one built file, by kind: what loads with it, and what it loads later, on demand. */
async function importsOf(file: string): Promise<{ atLoad: string[]; onDemand: string[] }> {
  const { metafile } = await build({
    entryPoints: [join(packageDir, file)],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    format: file.endsWith(".cjs") ? "cjs" : "esm",
    platform: "neutral",
    // Every import is left as it is, so the metafile lists what the file itself asks for.
    plugins: [
      {
        name: "all-external",
        setup: (b) =>
          b.onResolve({ filter: /.*/ }, (args) => (args.kind === "entry-point" ? undefined : { path: args.path, external: true })),
      },
    ],
  });
  const records = Object.values(metafile.inputs).flatMap((input) => input.imports);
  return {
    atLoad: records.filter((record) => record.kind !== "dynamic-import").map((record) => record.path),
    onDemand: records.filter((record) => record.kind === "dynamic-import").map((record) => record.path),
  };
}

describe("the built package", () => {
  it.each(["dist/index.js", "dist/index.cjs"])(
    "%s (Node.js, Bun, Deno) loads as one module, and undici on the first call",
    async (file) => {
      expect(await importsOf(file)).toEqual({ atLoad: [], onDemand: ["undici/lib/dispatcher/agent.js", "undici"] });
    },
  );

  it.each(["dist/web/index.js", "dist/web/index.cjs"])(
    "%s (browsers, workers, edge) loads as one module and nothing of Node.js",
    async (file) => {
      expect(await importsOf(file)).toEqual({ atLoad: [], onDemand: [] });
    },
  );

  it("resolves to the Node.js build under the node condition, and to the other build elsewhere", () => {
    expect(manifest.exports["."].node.import.default).toBe("./dist/index.js");
    expect(manifest.exports["."].node.require.default).toBe("./dist/index.cjs");
    expect(manifest.exports["."].import.default).toBe("./dist/web/index.js");
    expect(manifest.exports["."].require.default).toBe("./dist/web/index.cjs");
  });

  it("ships the license of the openapi-fetch code it includes, word for word", () => {
    const fetchRequire = createRequire(createRequire(join(packageDir, "package.json")).resolve("@convintel/fetch/package.json"));
    const license = readFileSync(join(dirname(fetchRequire.resolve("openapi-fetch/package.json")), "LICENSE"), "utf8");
    const notices = readFileSync(join(packageDir, "THIRD_PARTY_NOTICES.md"), "utf8");
    expect(notices).toContain(license.trim());
    expect(manifest.files).toContain("THIRD_PARTY_NOTICES.md");
  });
});

describe("the built client with a transport of @convintel/fetch/node-transport (the fetch layer's other copy)", () => {
  const server = useTestServer({ status: 200, json: configuration });

  it("reads its responses, and knows its errors: a refused connection never reached the server; a body over the limit", async () => {
    const refused = await refusedUrl();
    const client = (baseUrl: string, extra = "") =>
      `new IntelligenceClient({ apiKey: ${JSON.stringify(API_KEY)}, apiSecret: ${JSON.stringify(API_SECRET)}, baseUrl: ${JSON.stringify(baseUrl)}, env: {}, maxRetries: 0, transport: createNodeTransport({ proxy: false }), ${extra} })`;
    const outcome = (call: string) =>
      `await ${call}.then((value) => value.id, (error) => [error.name, error.requestMayHaveReachedServer].join(" "))`;
    const script = `
      const { IntelligenceClient } = await import(${JSON.stringify(join(packageDir, "dist/index.js"))});
      const { createNodeTransport } = await import("@convintel/fetch/node-transport");
      const id = ${JSON.stringify(configurationId)};
      console.log(JSON.stringify({
        fetched: ${outcome(`${client(server.url)}.configurations.fetch(id)`)},
        refused: ${outcome(`${client(refused)}.configurations.create(${JSON.stringify(createBody)})`)},
        tooLarge: ${outcome(`${client(server.url, "maxResponseBytes: 16")}.configurations.fetch(id)`)},
      }));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: packageDir,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(JSON.parse(stdout.trim())).toEqual({
      fetched: configurationId,
      refused: "ConnectionError false",
      tooLarge: "ResponseTooLargeError ",
    });
  });
});
