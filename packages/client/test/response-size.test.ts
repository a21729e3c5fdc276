import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ClientOptionsError,
  RequestValidationError,
  ResponseTooLargeError,
  defaultMaxResponseBytes,
  type ClientOptions,
} from "../src/index.js";
import { configuration, configurationId, testClient } from "./helpers/fixtures.js";
import { RawServer, writeRepeated } from "./helpers/raw-server.js";

const run = promisify(execFile);
const MiB = 1024 * 1024;

// 1 GiB of zeros as 1,024 gzip members of 1 MiB each: 1 MiB on the wire. Any gunzip reads them as one stream.
const member = gzipSync(Buffer.alloc(MiB), { level: 9 });
const bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));

let server: RawServer;
beforeAll(async () => {
  server = await RawServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** Answers every request with the 1 GiB gzip bomb, as a success. */
function serveBomb(): void {
  server.handler = (_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": bomb.length });
    response.end(bomb);
  };
}

const unpadded = JSON.stringify({ ...configuration, description: "" });

/** A JSON configuration padded to `size` bytes with its description, sent plain. */
function padded(size: number): Buffer {
  return Buffer.from(unpadded.replace('"description":""', `"description":"${"x".repeat(size - unpadded.length)}"`));
}

const transports: Array<{ name: string; options: ClientOptions }> = [
  { name: "the Node.js transport", options: {} },
  { name: "the global fetch", options: { fetch: (input, init) => globalThis.fetch(input, init) } },
];

describe.each(transports)("response size over $name", ({ options }) => {
  it("stops a gzip bomb at the limit: ResponseTooLargeError after one attempt, no retry", async () => {
    serveBomb();
    const startedAt = Date.now();
    const error = (await testClient(server.url, options)
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.limit).toBe(defaultMaxResponseBytes);
    expect(error.status).toBe(200);
    expect(error.operationId).toBe("FetchConfiguration");
    expect(error.message).toContain(`maxResponseBytes (${defaultMaxResponseBytes} bytes, counted after decompression)`);
    expect(error.message).toContain("raise maxResponseBytes");
    expect(error.message).toContain("This was a read: nothing was changed");
    expect(server.requests).toHaveLength(1);
    // Inflating the whole gigabyte takes seconds; stopping at 16 MiB takes a fraction of one.
    expect(Date.now() - startedAt).toBeLessThan(2000);
  });

  it("refuses 300 MiB of plain JSON, and stops the download", async () => {
    let written: Promise<number> | undefined;
    server.handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"padding":"');
      written = writeRepeated(response, Buffer.alloc(64 * 1024, "x"), 300 * MiB);
    };
    const error = await testClient(server.url, options)
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    // The server could push what the socket buffers held when the client hung up, not 300 MiB.
    expect(await written).toBeLessThan(100 * MiB);
  });

  it("takes the limit from the client, and per call", async () => {
    const body = padded(2 * MiB);
    server.handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(body);
    };
    const small = testClient(server.url, { ...options, maxResponseBytes: MiB });
    const error = (await small.configurations.fetch(configurationId).catch((caught: unknown) => caught)) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.limit).toBe(MiB);
    expect((await small.configurations.fetch(configurationId, { maxResponseBytes: 4 * MiB })).description).toHaveLength(
      2 * MiB - unpadded.length,
    );
    const lowered = await testClient(server.url, options)
      .configurations.fetch(configurationId, { maxResponseBytes: 2 * MiB - 1 })
      .catch((caught: unknown) => caught);
    expect(lowered).toBeInstanceOf(ResponseTooLargeError);
    expect(await testClient(server.url, { ...options, maxResponseBytes: 2 * MiB }).configurations.fetch(configurationId)).toMatchObject({
      id: configuration.id,
    });
  });

  it("applies to error answers too", async () => {
    server.handler = (_request, response) => {
      response.writeHead(500, { "content-type": "text/html" });
      void writeRepeated(response, Buffer.alloc(64 * 1024, "<"), 64 * MiB);
    };
    const error = (await testClient(server.url, { ...options, maxResponseBytes: MiB })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });
});

describe("maxResponseBytes", () => {
  it("must be a positive whole number, on the client and per call", async () => {
    expect(() => testClient(server.url, { maxResponseBytes: 0 })).toThrow(ClientOptionsError);
    expect(() => testClient(server.url, { maxResponseBytes: 1.5 })).toThrow(ClientOptionsError);
    const error = await testClient(server.url)
      .configurations.fetch(configurationId, { maxResponseBytes: -1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]).toMatchObject({ in: "options", pointer: "/maxResponseBytes" });
    expect(server.requests).toHaveLength(0);
  });
});

/** Runs a script in a fresh Node.js process that imports the built client; resolves with what it printed. */
async function inChild(script: string): Promise<Record<string, unknown>> {
  const client = JSON.stringify(fileURLToPath(new URL("../dist/index.js", import.meta.url)));
  const source = `const { IntelligenceClient } = await import(${client});\n${script}`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", source], { encoding: "utf8", timeout: 60_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
}

const childClient = (options: string) =>
  `new IntelligenceClient({ apiKey: "SK0123456789", apiSecret: "secret0123456789", baseUrl: ${JSON.stringify("BASE")}, env: {}, maxRetries: 0, ${options} })`;

describe.each([
  { name: "the Node.js transport", fetch: "" },
  { name: "the global fetch", fetch: "fetch: (input, init) => globalThis.fetch(input, init)," },
])("in a process of its own, over $name", ({ fetch }) => {
  it("ends the 1 GiB gzip bomb with peak memory under 100 MB above where it started", async () => {
    serveBomb();
    const result = await inChild(`
      const client = ${childClient(fetch).replace('"BASE"', JSON.stringify(server.url))};
      const before = process.memoryUsage().rss;
      const error = await client.configurations.fetch(${JSON.stringify(configurationId)}).catch((caught) => caught);
      console.log(JSON.stringify({ name: error.name, before, peak: process.resourceUsage().maxRSS * 1024 }));`);
    expect(result.name).toBe("ResponseTooLargeError");
    expect((result.peak as number) - (result.before as number)).toBeLessThan(100 * 1000 * 1000);
  });

  it("stops decompressing at once when the attempt times out", async () => {
    serveBomb();
    // A limit above the bomb, so that only the timeout can stop it; then the CPU the process uses in
    // the next three seconds shows whether inflating went on after the call gave up: inflating 1 GiB
    // keeps a core busy for seconds, while a stopped stream leaves a constant remainder (the chunk in
    // hand, a collection) however busy the machine.
    const result = await inChild(`
      const client = ${childClient(`${fetch} timeout: 150, maxResponseBytes: 2 ** 31`).replace('"BASE"', JSON.stringify(server.url))};
      const startedAt = performance.now();
      const error = await client.configurations.fetch(${JSON.stringify(configurationId)}).catch((caught) => caught);
      const settledAfter = performance.now() - startedAt;
      const cpu = process.cpuUsage();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const used = process.cpuUsage(cpu);
      console.log(JSON.stringify({ name: error.name, scope: error.scope, settledAfter, cpuAfterMs: (used.user + used.system) / 1000 }));`);
    expect(result.name).toBe("TimeoutError");
    expect(result.scope).toBe("attempt");
    expect(result.settledAfter as number).toBeLessThan(1000);
    expect(result.cpuAfterMs as number).toBeLessThan(750);
  });
});
