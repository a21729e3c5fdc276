import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { connect, type AddressInfo, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createIntelligenceFetch, defaultMaxResponseBytes, type BufferedResponse, type Transport } from "../src/index.js";
import { createNodeTransport as fallback } from "../src/node-transport-fallback.js";
import { createNodeTransport } from "../src/node-transport.js";
import { examples } from "../src/spec.js";

const run = promisify(execFile);

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  socket: Socket;
}

let server: Server;
let origin: string;
let seen: Seen[] = [];
let reply: (req: IncomingMessage, res: ServerResponse) => void;
type Send = (url: string, init?: RequestInit & { maxResponseBytes?: number }) => Promise<BufferedResponse>;
let nodeFetch: Send;

/** A transport called with fetch's arguments, so that each case reads as the request it sends. */
function viaTransport(transport: Transport): Send {
  return async (url, init = {}) =>
    transport.roundTrip({
      url,
      method: init.method ?? "GET",
      headers: [...new Headers(init.headers)],
      body: (init.body ?? undefined) as string | Uint8Array | undefined,
      signal: init.signal ?? undefined,
      maxResponseBytes: init.maxResponseBytes ?? defaultMaxResponseBytes,
    });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString(), socket: req.socket });
      reply(req, res);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  nodeFetch = viaTransport(createNodeTransport()!);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

beforeEach(() => {
  seen = [];
  reply = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"ok":true}');
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const manual = { redirect: "manual" } as const;

describe("createNodeTransport on Node.js", () => {
  it("exists here, and the fallback entry offers none", () => {
    expect(typeof createNodeTransport()?.roundTrip).toBe("function");
    expect(fallback()).toBeUndefined();
  });

  it("sends the method, headers and body as given, with the body's length in bytes", async () => {
    const response = await nodeFetch(`${origin}/v3/x?a=1&b=%20`, {
      ...manual,
      method: "PUT",
      headers: { Authorization: "Basic abc", "Content-Type": "application/json", "X-Many": "one" },
      body: JSON.stringify({ name: "é😀" }),
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${origin}/v3/x?a=1&b=%20`);
    expect(await response.json()).toEqual({ ok: true });
    const [request] = seen;
    expect(request!.method).toBe("PUT");
    expect(request!.url).toBe("/v3/x?a=1&b=%20");
    expect(request!.body).toBe('{"name":"é😀"}');
    expect(request!.headers).toMatchObject({
      authorization: "Basic abc",
      "content-type": "application/json",
      "x-many": "one",
      "content-length": String(Buffer.byteLength('{"name":"é😀"}')),
    });
  });

  it("sends bytes, an empty PUT with a zero length, and a GET with no length", async () => {
    await nodeFetch(`${origin}/bytes`, { ...manual, method: "POST", body: new TextEncoder().encode("raw") });
    await nodeFetch(`${origin}/empty`, { ...manual, method: "PUT" });
    await nodeFetch(`${origin}/get`, manual);
    expect(seen.map((request) => [request.body, request.headers["content-length"]])).toEqual([
      ["raw", "3"],
      ["", "0"],
      ["", undefined],
    ]);
  });

  it("keeps repeated response headers and the status text", async () => {
    reply = (_req, res) => {
      res.writeHead(418, "Short and stout", [
        ["Set-Cookie", "a=1"],
        ["Set-Cookie", "b=2"],
        ["X-Twilio-Thing", "v"],
      ] as never);
      res.end("teapot");
    };
    const response = await nodeFetch(`${origin}/`, manual);
    expect(response.status).toBe(418);
    expect(response.statusText).toBe("Short and stout");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(response.headers.get("x-twilio-thing")).toBe("v");
    expect(await response.text()).toBe("teapot");
  });

  it("asks for compressed answers and decodes gzip, deflate (both forms) and br", async () => {
    const text = JSON.stringify({ items: Array.from({ length: 200 }, (_, index) => `item ${index}`) });
    const encoders: Record<string, (input: Buffer) => Buffer> = {
      gzip: gzipSync,
      deflate: deflateSync,
      "deflate-raw": deflateRawSync,
      br: brotliCompressSync,
    };
    reply = (req, res) => {
      const name = req.url!.slice(1);
      res.writeHead(200, { "content-encoding": name === "deflate-raw" ? "deflate" : name });
      res.end(encoders[name]!(Buffer.from(text)));
    };
    for (const name of Object.keys(encoders)) {
      const response = await nodeFetch(`${origin}/${name}`, manual);
      expect(await response.text(), name).toBe(text);
    }
    expect(seen[0]!.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("leaves the caller's Accept-Encoding alone, and passes an unknown encoding through", async () => {
    reply = (_req, res) => {
      res.writeHead(200, { "content-encoding": "zstd-not-really" });
      res.end("as sent");
    };
    const response = await nodeFetch(`${origin}/`, { ...manual, headers: { "Accept-Encoding": "identity" } });
    expect(await response.text()).toBe("as sent");
    expect(seen[0]!.headers["accept-encoding"]).toBe("identity");
  });

  it("rejects a body that claims gzip but is not", async () => {
    reply = (_req, res) => {
      res.writeHead(200, { "content-encoding": "gzip" });
      res.end("not gzip at all");
    };
    const failure = await nodeFetch(`${origin}/`, manual).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe("fetch failed");
    expect((failure as { cause: { code: string } }).cause.code).toBe("Z_DATA_ERROR");
  });

  it("gives 204, 304 and HEAD answers no body", async () => {
    reply = (req, res) => {
      res.writeHead(req.url === "/304" ? 304 : req.method === "HEAD" ? 200 : 204, { "content-length": req.method === "HEAD" ? "5" : "0" });
      res.end();
    };
    for (const [path, method] of [
      ["/204", "DELETE"],
      ["/304", "GET"],
      ["/head", "HEAD"],
    ] as const) {
      const response = await nodeFetch(`${origin}${path}`, { ...manual, method });
      expect(response.body, path).toBeNull();
      expect(await response.text()).toBe("");
    }
  });

  it("returns a redirect as it is, without following it", async () => {
    reply = (_req, res) => {
      res.writeHead(302, { location: "https://elsewhere.example/" });
      res.end();
    };
    const response = await nodeFetch(`${origin}/`, manual);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://elsewhere.example/");
    expect(seen).toHaveLength(1);
  });

  it("reuses keep-alive connections for calls one after another", async () => {
    for (let index = 0; index < 6; index++) await (await nodeFetch(`${origin}/`, manual)).text();
    // undici lets a connection rest one turn of the event loop after a response before reusing it,
    // so back-to-back calls may take turns on two connections; they never open one each.
    expect(new Set(seen.map((request) => request.socket)).size).toBeLessThanOrEqual(2);
  });

  it("never cuts a slow answer short: the keep-alive time applies to idle connections only", async () => {
    reply = (_req, res) => {
      setTimeout(() => res.end("late but whole"), 300);
    };
    const quick = viaTransport(createNodeTransport({ keepAliveMs: 50 })!);
    expect(await (await quick(`${origin}/`, manual)).text()).toBe("late but whole");
    expect(await (await quick(`${origin}/`, manual)).text()).toBe("late but whole");
  });

  it("rejects like fetch when nothing listens: TypeError with the system error as cause", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const failure = await nodeFetch(`http://127.0.0.1:${port}/`, manual).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as { cause: { code: string } }).cause.code).toBe("ECONNREFUSED");
  });

  it("rejects when the connection drops halfway through the body", async () => {
    reply = (_req, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write("only part");
      setTimeout(() => res.destroy(), 5);
    };
    const failure = await nodeFetch(`${origin}/`, manual).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as { cause?: unknown }).cause).toBeInstanceOf(Error);
  });

  it("rejects with the signal's reason, before sending when already aborted", async () => {
    const reason = new Error("stop");
    await expect(nodeFetch(`${origin}/`, { ...manual, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    await expect(nodeFetch(`${origin}/`, { ...manual, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(0);
  });

  it("aborts a call in flight: rejects with the reason, closes the connection and removes its listener", async () => {
    let closed!: Promise<void>;
    reply = (req) => {
      closed = new Promise((done) => req.socket.once("close", () => done()));
    };
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, "addEventListener");
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    const pending = nodeFetch(`${origin}/`, { ...manual, signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort(new DOMException("The attempt timed out.", "TimeoutError"));
    await expect(pending).rejects.toMatchObject({ name: "TimeoutError" });
    await closed;
    expect(remove.mock.calls).toEqual(add.mock.calls);
  });

  it("removes its abort listener once the call settles", async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, "addEventListener");
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    await (await nodeFetch(`${origin}/`, { ...manual, signal: controller.signal })).text();
    expect(remove.mock.calls).toEqual(add.mock.calls);
  });

  it("refuses what fetch refuses, before any network call", async () => {
    await expect(nodeFetch(`http://user:pass@127.0.0.1:1/`, manual)).rejects.toBeInstanceOf(TypeError);
    await expect(nodeFetch(`${origin}/`, { ...manual, method: "GET", body: "x" })).rejects.toBeInstanceOf(TypeError);
    await expect(nodeFetch("not a url", manual)).rejects.toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(0);
  });

  it("rejects a method node:http cannot send as a TypeError, before any network call", async () => {
    const failure = await nodeFetch(`${origin}/`, { ...manual, method: "NOT A TOKEN" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(0);
  });

  it("holds any status a server sends, 600 included", async () => {
    reply = (_req, res) => {
      res.writeHead(600);
      res.end("odd");
    };
    const response = await nodeFetch(`${origin}/`, manual);
    expect(response.status).toBe(600);
    expect(await response.text()).toBe("odd");
  });

  it("hands a URL that is not http: or https: to the global fetch", async () => {
    const global = vi.fn(async () => new Response("from global fetch"));
    vi.stubGlobal("fetch", global);
    expect(await (await nodeFetch("data:text/plain,hello", manual)).text()).toBe("from global fetch");
    expect(global).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(0);
  });

  it("carries @convintel/fetch calls", async () => {
    reply = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(examples.UpdatedConfiguration));
    };
    const global = vi.fn(globalThis.fetch);
    vi.stubGlobal("fetch", global);
    const transport = createNodeTransport()!;
    const api = createIntelligenceFetch({ baseUrl: origin, transport, auth: { username: "AC1", password: "secret" } });
    const { data, response } = await api.PUT("/v3/ControlPlane/Configurations/{id}", {
      params: { path: { id: examples.UpdatedConfiguration.id } },
      body: examples.UpdateConfigurationRequest,
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(examples.UpdatedConfiguration);
    expect(JSON.parse(seen[0]!.body)).toEqual(examples.UpdateConfigurationRequest);
    expect(seen[0]!.headers.authorization).toBe(`Basic ${btoa("AC1:secret")}`);
    expect(global).not.toHaveBeenCalled();
  });

  it("lets a process exit as soon as its calls settle: idle connections hold nothing open", () => {
    const script = `
      import { createServer } from "node:http";
      const { createNodeTransport } = await import(${JSON.stringify(fileURLToPath(new URL("../dist/node-transport.js", import.meta.url)))});
      const send = (transport, url, method = "GET", body) => transport.roundTrip({ url, method, headers: [], body, signal: undefined, maxResponseBytes: 1 << 24 });
      const server = createServer((req, res) => res.end("ok"));
      // Both sides would keep the idle connection for a minute: only an unref'd socket lets the process go.
      server.keepAliveTimeout = 60_000;
      server.listen(0, "127.0.0.1", async () => {
        const transport = createNodeTransport({ keepAliveMs: 60_000 });
        const text = await (await send(transport, "http://127.0.0.1:" + server.address().port + "/")).text();
        server.close();
        console.log(text);
      });`;
    const started = Date.now();
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 50_000 });
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe("ok");
    expect(child.status).toBe(0);
    // Far below the minute both sides would keep the connection, and tolerant of a slow machine's start.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  describe("over https", () => {
    const certificate = fileURLToPath(new URL("fixtures/tls/cert.pem", import.meta.url));
    let secure: ReturnType<typeof createTlsServer>;
    let secureOrigin: string;

    beforeAll(async () => {
      secure = createTlsServer(
        { cert: readFileSync(certificate), key: readFileSync(new URL("fixtures/tls/key.pem", import.meta.url)) },
        (req, res) => {
          req.resume();
          req.on("end", () => res.end(`secure ${req.method}`));
        },
      );
      await new Promise<void>((done) => secure.listen(0, "127.0.0.1", done));
      secureOrigin = `https://127.0.0.1:${(secure.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      secure.closeAllConnections();
      await new Promise((done) => secure.close(done));
    });

    it("verifies the server's certificate: a self-signed one is refused", async () => {
      const failure = await nodeFetch(`${secureOrigin}/`, manual).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TypeError);
      expect((failure as { cause: { code: string } }).cause.code).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
    });

    it("trusts what Node trusts: NODE_EXTRA_CA_CERTS adds a certificate authority", async () => {
      const script = `
        const { createNodeTransport } = await import(${JSON.stringify(fileURLToPath(new URL("../dist/node-transport.js", import.meta.url)))});
        const send = (transport, url, method = "GET", body) => transport.roundTrip({ url, method, headers: [], body, signal: undefined, maxResponseBytes: 1 << 24 });
        const response = await send(createNodeTransport(), ${JSON.stringify(`${secureOrigin}/`)}, "PUT", "{}");
        console.log(response.status, await response.text());`;
      // Asynchronous: the server answering it runs in this process.
      const child = await run(process.execPath, ["--input-type=module", "-e", script], {
        encoding: "utf8",
        timeout: 25_000,
        env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate },
      });
      expect(child.stderr).toBe("");
      expect(child.stdout.trim()).toBe("200 secure PUT");
    });
  });

  it("sends through the global fetch when undici cannot be loaded (an application bundled without it)", async () => {
    // The built transport alone in a folder with no node_modules above it: import("undici") fails.
    const alone = mkdtempSync(join(tmpdir(), "convintel-no-undici-"));
    try {
      const dist = fileURLToPath(new URL("../dist/", import.meta.url));
      for (const file of readdirSync(dist)) if (file.endsWith(".js")) copyFileSync(join(dist, file), join(alone, file));
      const script = `
        let globalCalls = 0;
        const global = globalThis.fetch;
        globalThis.fetch = (input, init) => (globalCalls++, global(input, init));
        const { createNodeTransport } = await import(${JSON.stringify(join(alone, "node-transport.js"))});
        const send = (transport, url, method = "GET", body) => transport.roundTrip({ url, method, headers: [], body, signal: undefined, maxResponseBytes: 1 << 24 });
        const transport = createNodeTransport();
        const first = await send(transport, ${JSON.stringify(`${origin}/one`)}, "PUT", "{}");
        const second = await send(transport, ${JSON.stringify(`${origin}/two`)});
        console.log(first.status, await first.text(), second.status, globalCalls);`;
      const child = await run(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 25_000, cwd: alone });
      expect(child.stderr).toBe("");
      expect(child.stdout.trim()).toBe('200 {"ok":true} 200 2');
      expect(seen.map((request) => request.url)).toEqual(["/one", "/two"]);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  describe("through a proxy", () => {
    interface Tunnel {
      target: string;
      proxyAuthorization: string | undefined;
    }
    let proxy: Server;
    let proxyUrl: string;
    let tunnels: Tunnel[];

    beforeAll(async () => {
      // A forward proxy as corporate networks run them: CONNECT opens a tunnel to the target.
      proxy = createServer((_req, res) => res.writeHead(405).end());
      proxy.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => {
        tunnels.push({ target: req.url!, proxyAuthorization: req.headers["proxy-authorization"] });
        const [host, port] = req.url!.split(":");
        const upstream = connect(Number(port), host, () => {
          client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
          upstream.write(head);
          upstream.pipe(client);
          client.pipe(upstream);
        });
        upstream.on("error", () => client.destroy());
        client.on("error", () => upstream.destroy());
      });
      await new Promise<void>((done) => proxy.listen(0, "127.0.0.1", done));
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    });
    beforeEach(() => {
      tunnels = [];
    });
    afterAll(async () => {
      proxy.closeAllConnections();
      await new Promise((done) => proxy.close(done));
    });

    /** Runs one request through createNodeTransport() in a fresh process with `env`, as an application would. */
    async function fetchInChild(url: string, env: Record<string, string>, options = "{}"): Promise<string> {
      const script = `
        const { createNodeTransport } = await import(${JSON.stringify(fileURLToPath(new URL("../dist/node-transport.js", import.meta.url)))});
        const send = (transport, url, method = "GET", body) => transport.roundTrip({ url, method, headers: [], body, signal: undefined, maxResponseBytes: 1 << 24 });
        const response = await send(createNodeTransport(${options}), ${JSON.stringify(url)}, "PUT", "{}");
        console.log(response.status, await response.text());`;
      const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/_proxy$/i.test(name)));
      const child = await run(process.execPath, ["--input-type=module", "-e", script], {
        encoding: "utf8",
        timeout: 25_000,
        env: { ...clean, ...env },
      });
      expect(child.stderr).toBe("");
      return child.stdout.trim();
    }

    it("sends http: URLs through HTTP_PROXY, with the proxy's credentials from its URL", async () => {
      const withCredentials = proxyUrl.replace("http://", "http://team:s%3Acret@");
      expect(await fetchInChild(`${origin}/through`, { HTTP_PROXY: withCredentials })).toBe('200 {"ok":true}');
      expect(tunnels).toEqual([{ target: origin.slice("http://".length), proxyAuthorization: `Basic ${btoa("team:s:cret")}` }]);
      expect(seen.map((request) => request.url)).toEqual(["/through"]);
    });

    it("tunnels https: URLs through HTTPS_PROXY, the certificate checked end to end", async () => {
      const certificate = fileURLToPath(new URL("fixtures/tls/cert.pem", import.meta.url));
      const secure = createTlsServer(
        { cert: readFileSync(certificate), key: readFileSync(new URL("fixtures/tls/key.pem", import.meta.url)) },
        (req, res) => {
          req.resume();
          req.on("end", () => res.end(`secure ${req.method}`));
        },
      );
      await new Promise<void>((done) => secure.listen(0, "127.0.0.1", done));
      try {
        const target = `127.0.0.1:${(secure.address() as AddressInfo).port}`;
        expect(await fetchInChild(`https://${target}/`, { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: certificate })).toBe(
          "200 secure PUT",
        );
        expect(tunnels.map((tunnel) => tunnel.target)).toEqual([target]);
      } finally {
        secure.closeAllConnections();
        await new Promise((done) => secure.close(done));
      }
    });

    it("honours the lower-case names too, and NO_PROXY", async () => {
      expect(await fetchInChild(`${origin}/direct`, { http_proxy: proxyUrl, no_proxy: "localhost,127.0.0.1" })).toBe('200 {"ok":true}');
      expect(tunnels).toEqual([]);
      expect(seen.map((request) => request.url)).toEqual(["/direct"]);
    });

    it("never uses a proxy when told not to", async () => {
      expect(await fetchInChild(`${origin}/direct`, { HTTP_PROXY: proxyUrl }, "{ proxy: false }")).toBe('200 {"ok":true}');
      expect(tunnels).toEqual([]);
    });

    it("takes a proxy given in code", async () => {
      expect(await fetchInChild(`${origin}/through`, {}, `{ proxy: { httpProxy: ${JSON.stringify(proxyUrl)} } }`)).toBe('200 {"ok":true}');
      expect(tunnels).toHaveLength(1);
    });

    it("reports a proxy that refuses the tunnel as a failure before anything was sent", async () => {
      const refusing = createServer();
      refusing.on("connect", (_req: IncomingMessage, client: Socket) => client.end("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n"));
      await new Promise<void>((done) => refusing.listen(0, "127.0.0.1", done));
      try {
        const script = `
          const { createNodeTransport } = await import(${JSON.stringify(fileURLToPath(new URL("../dist/node-transport.js", import.meta.url)))});
          const { SendError } = await import(${JSON.stringify(fileURLToPath(new URL("../dist/index.js", import.meta.url)))});
          const request = { url: ${JSON.stringify(`${origin}/`)}, method: "GET", headers: [], body: undefined, signal: undefined, maxResponseBytes: 1 << 24 };
          const failure = await createNodeTransport().roundTrip(request).catch((error) => error);
          console.log(failure instanceof SendError, failure.requestMayHaveReachedServer, failure.cause.message);`;
        const child = await run(process.execPath, ["--input-type=module", "-e", script], {
          encoding: "utf8",
          timeout: 25_000,
          env: { ...process.env, HTTP_PROXY: `http://127.0.0.1:${(refusing.address() as AddressInfo).port}` },
        });
        expect(child.stdout.trim()).toBe("true false Proxy response (407) !== 200 when HTTP Tunneling");
        expect(seen).toHaveLength(0);
      } finally {
        refusing.closeAllConnections();
        await new Promise((done) => refusing.close(done));
      }
    });
  });

  it("rejects a keep-alive time that is not a positive number", () => {
    expect(() => createNodeTransport({ keepAliveMs: 0 })).toThrow(RangeError);
    expect(() => createNodeTransport({ keepAliveMs: Number.NaN })).toThrow(RangeError);
  });
});
