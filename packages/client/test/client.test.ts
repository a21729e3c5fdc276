import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inspect, promisify } from "node:util";
import { fetchTransport, serverUrl, type Transport, type WireRequest } from "@convintel/fetch";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClientOptionsError, IntelligenceClient, type FetchFunction, type Middleware } from "../src/index.js";
import {
  ACCOUNT_SID,
  API_KEY,
  API_SECRET,
  AUTH_TOKEN,
  basicHeader,
  configuration,
  configurationId,
  testClient,
  updateBody,
} from "./helpers/fixtures.js";
import { refusedUrl, TestServer, useTestServer } from "./helpers/server.js";

const run = promisify(execFile);

const server = useTestServer({ status: 200, json: configuration });

const TWILIO_VARIABLES = [
  "TWILIO_ACCOUNT_SID",
  "TWILIO_AUTH_TOKEN",
  "TWILIO_API_KEY",
  "TWILIO_API_SECRET",
  "TWILIO_REGION",
  "TWILIO_EDGE",
  "CONVINTEL_BASE_URL",
  "CONVINTEL_LOG",
];
const savedEnv = Object.fromEntries(TWILIO_VARIABLES.map((name) => [name, process.env[name]]));
beforeEach(() => {
  for (const name of TWILIO_VARIABLES) delete process.env[name];
});
afterEach(() => {
  for (const name of TWILIO_VARIABLES) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

async function authorizationOf(client: IntelligenceClient): Promise<string | undefined> {
  await client.configurations.fetch(configurationId);
  return server.requests.at(-1)!.headers.authorization;
}

/** A fetch that records the URL and answers locally, for hosts a test must never reach. */
function recordingFetch() {
  const urls: string[] = [];
  const fetch: FetchFunction = async (input) => {
    urls.push(String(input));
    return new Response(JSON.stringify(configuration), { status: 200, headers: { "content-type": "application/json" } });
  };
  return { urls, fetch };
}

describe("credentials", () => {
  it("uses an API key and secret", async () => {
    const client = new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: server.url });
    expect(await authorizationOf(client)).toBe(basicHeader(API_KEY, API_SECRET));
    expect(client.authType).toBe("apiKey");
  });

  it("uses an Account SID and Auth Token", async () => {
    const client = new IntelligenceClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, baseUrl: server.url });
    expect(await authorizationOf(client)).toBe(basicHeader(ACCOUNT_SID, AUTH_TOKEN));
    expect(client.authType).toBe("accountSid");
  });

  it("prefers the API key when an Account SID is given too", async () => {
    const client = new IntelligenceClient({ accountSid: ACCOUNT_SID, apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: server.url });
    expect(await authorizationOf(client)).toBe(basicHeader(API_KEY, API_SECRET));
  });

  it("falls back to TWILIO_API_KEY and TWILIO_API_SECRET in process.env", async () => {
    process.env.TWILIO_API_KEY = API_KEY;
    process.env.TWILIO_API_SECRET = API_SECRET;
    expect(await authorizationOf(new IntelligenceClient({ baseUrl: server.url }))).toBe(basicHeader(API_KEY, API_SECRET));
  });

  it("falls back to TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in process.env", async () => {
    process.env.TWILIO_ACCOUNT_SID = ACCOUNT_SID;
    process.env.TWILIO_AUTH_TOKEN = AUTH_TOKEN;
    expect(await authorizationOf(new IntelligenceClient({ baseUrl: server.url }))).toBe(basicHeader(ACCOUNT_SID, AUTH_TOKEN));
  });

  it("never mixes an explicit pair with the environment", async () => {
    process.env.TWILIO_API_KEY = "SKfromtheenvironment000000000000000";
    process.env.TWILIO_API_SECRET = "secret-from-the-environment";
    const client = new IntelligenceClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, baseUrl: server.url });
    expect(await authorizationOf(client)).toBe(basicHeader(ACCOUNT_SID, AUTH_TOKEN));
  });

  it("reads the fallbacks from the env option (a Worker's bindings) instead of process.env", async () => {
    process.env.TWILIO_API_KEY = "SKignored0000000000000000000000000";
    process.env.TWILIO_API_SECRET = "ignored";
    const client = new IntelligenceClient({ baseUrl: server.url, env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN } });
    expect(await authorizationOf(client)).toBe(basicHeader(ACCOUNT_SID, AUTH_TOKEN));
  });

  it("fails at construction with a message naming what to set", () => {
    expect(() => new IntelligenceClient({ baseUrl: server.url })).toThrow(ClientOptionsError);
    expect(() => new IntelligenceClient({ baseUrl: server.url })).toThrow(
      /TWILIO_API_KEY and TWILIO_API_SECRET \(or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN\)/,
    );
    expect(() => new IntelligenceClient({ apiKey: API_KEY })).toThrow(/apiKey is set but apiSecret is missing/);
    expect(() => new IntelligenceClient({ authToken: AUTH_TOKEN, env: {} })).toThrow(/authToken is set but accountSid is missing/);
    expect(() => new IntelligenceClient({ env: { TWILIO_API_SECRET: API_SECRET } })).toThrow(
      /TWILIO_API_SECRET is set but TWILIO_API_KEY is missing/,
    );
  });

  it("constructs with an env whose variables may not be read (Deno without --allow-env throws on each read)", async () => {
    const env = new Proxy({} as Record<string, string>, {
      get(_target, name) {
        throw new Error(`NotCapable: Requires env access to "${String(name)}"`);
      },
    });
    const client = new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env });
    expect(client.baseUrl).toBe(serverUrl);
    expect(client.toJSON()).toMatchObject({ logLevel: "off" });
  });

  it("does not crash where process does not exist (Workers, browsers)", () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, "process")!;
    Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
    let withCredentials: IntelligenceClient | undefined;
    let withoutCredentials: unknown;
    try {
      withCredentials = new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET });
      try {
        new IntelligenceClient();
      } catch (error) {
        withoutCredentials = error;
      }
    } finally {
      Object.defineProperty(globalThis, "process", descriptor);
    }
    expect(withCredentials!.baseUrl).toBe(serverUrl);
    expect(withoutCredentials).toBeInstanceOf(ClientOptionsError);
  });
});

describe("routing", () => {
  it("defaults to the spec's server", () => {
    expect(new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env: {} }).baseUrl).toBe(serverUrl);
  });

  const hosts: Array<[{ region?: string; edge?: string }, string]> = [
    [{ region: "ie1" }, "https://intelligence.ie1.twilio.com"],
    [{ edge: "dublin" }, "https://intelligence.dublin.us1.twilio.com"],
    [{ region: "au1", edge: "sydney" }, "https://intelligence.sydney.au1.twilio.com"],
  ];
  for (const [routing, expected] of hosts) {
    it(`sends requests to ${expected} for ${JSON.stringify(routing)}`, async () => {
      const { urls, fetch } = recordingFetch();
      const client = new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env: {}, fetch, ...routing });
      expect(client.baseUrl).toBe(expected);
      await client.configurations.fetch(configurationId);
      expect(urls).toEqual([`${expected}/v3/ControlPlane/Configurations/${configurationId}`]);
    });
  }

  it("reads TWILIO_REGION and TWILIO_EDGE", () => {
    process.env.TWILIO_REGION = "jp1";
    process.env.TWILIO_EDGE = "tokyo";
    expect(new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET }).baseUrl).toBe("https://intelligence.tokyo.jp1.twilio.com");
    expect(new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, region: "ie1", edge: "dublin" }).baseUrl).toBe(
      "https://intelligence.dublin.ie1.twilio.com",
    );
  });

  it("lets baseUrl override region and edge from the environment, but not both as options", () => {
    const env = { TWILIO_REGION: "ie1" };
    expect(new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env, baseUrl: "https://proxy.example.com/" }).baseUrl).toBe(
      "https://proxy.example.com",
    );
    expect(
      () =>
        new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env: {}, baseUrl: "https://proxy.example.com", region: "ie1" }),
    ).toThrow(ClientOptionsError);
  });

  it("reads CONVINTEL_BASE_URL after explicit options and before TWILIO_REGION, and checks it as baseUrl", async () => {
    process.env.CONVINTEL_BASE_URL = server.url;
    process.env.TWILIO_REGION = "ie1";
    const client = new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET });
    expect(client.baseUrl).toBe(server.url);
    await client.configurations.fetch(configurationId);
    expect(server.requests).toHaveLength(1);
    expect(new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, region: "au1" }).baseUrl).toBe(
      "https://intelligence.au1.twilio.com",
    );
    expect(new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: "https://proxy.example.com" }).baseUrl).toBe(
      "https://proxy.example.com",
    );
    const make = (value: string) => () =>
      new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env: { CONVINTEL_BASE_URL: value } });
    expect(make("http://fake:4010")).toThrow(/^CONVINTEL_BASE_URL must use https:/);
    expect(make("nope")).toThrow(/^CONVINTEL_BASE_URL must be an absolute URL/);
  });

  it("refuses region and edge values that would change the host", () => {
    for (const routing of [{ region: "evil.com/x" }, { edge: "a.b" }, { region: "" + "-bad" }]) {
      expect(() => new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env: {}, ...routing })).toThrow(ClientOptionsError);
    }
  });

  it("allows plain http only for loopback hosts", () => {
    const make = (baseUrl: string) => new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env: {}, baseUrl });
    for (const ok of ["http://127.0.0.1:8080", "http://127.5.6.7", "http://localhost:3000", "http://[::1]:4000", "https://example.com"]) {
      expect(() => make(ok)).not.toThrow();
    }
    for (const bad of ["http://example.com", "http://10.0.0.1", "http://localhost.example.com", "ftp://127.0.0.1", "not a url"]) {
      expect(() => make(bad)).toThrow(ClientOptionsError);
    }
    expect(() => make("http://example.com")).toThrow(/https: .*loopback/);
    // Only when asked, by name: a fake in docker-compose.
    const insecure = (baseUrl: string, allowInsecureHttp: unknown) =>
      new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, env: {}, baseUrl, allowInsecureHttp } as never);
    expect(insecure("http://fake:4010", true).baseUrl).toBe("http://fake:4010");
    expect(insecure("http://fake:4010", true).toJSON()).toMatchObject({ allowInsecureHttp: true });
    expect(() => insecure("http://fake:4010", "yes")).toThrow(ClientOptionsError);
    expect(
      new IntelligenceClient({
        apiKey: API_KEY,
        apiSecret: API_SECRET,
        env: { CONVINTEL_BASE_URL: "http://fake:4010" },
        allowInsecureHttp: true,
      }).baseUrl,
    ).toBe("http://fake:4010");
    expect(() => make("https://user:pw@example.com")).toThrow(/must not contain credentials/);
    expect(() => make("https://example.com/?x=1")).toThrow(/query string/);
  });

  it("keeps a path prefix of baseUrl", async () => {
    const client = testClient(`${server.url}/proxy/`);
    // The fake serves no prefix, so it answers 404: what matters is the path the request went to.
    await client.configurations.fetch(configurationId).catch(() => undefined);
    expect(server.requests[0]!.path).toBe(`/proxy/v3/ControlPlane/Configurations/${configurationId}`);
  });
});

describe("requests", () => {
  it("sends a User-Agent naming the package, its version and the runtime", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    await testClient(server.url).configurations.fetch(configurationId);
    expect(server.requests[0]!.headers["user-agent"]).toBe(`convintel-client/${pkg.version} node/${process.versions.node}`);
  });

  it("sends through the Node.js transport, never the global fetch, sharing connections between clients", async () => {
    const global = vi.spyOn(globalThis, "fetch");
    server.otherwise({ status: 200, json: configuration, headers: { connection: "keep-alive" } });
    try {
      for (let index = 0; index < 3; index++) {
        await testClient(server.url).configurations.fetch(configurationId);
        await testClient(server.url).configurations.update(configurationId, updateBody);
      }
      expect(global).not.toHaveBeenCalled();
      // Six clients, one pool: a connection rests one turn of the event loop before reuse, so calls
      // back to back take turns on at most two.
      expect(new Set(server.requests.map((request) => request.remotePort)).size).toBeLessThanOrEqual(2);
    } finally {
      global.mockRestore();
    }
  });

  it("honours HTTP_PROXY and NO_PROXY by default (a proxy that is down fails the call; NO_PROXY goes around it)", async () => {
    // The children get a fake of their own, and are killed when the test ends, however it ends: a child
    // that outlives its test can answer nothing another test scripted.
    const own = await TestServer.start();
    const children = new AbortController();
    try {
      own.otherwise({ status: 200, json: configuration });
      const script = `
        const { IntelligenceClient } = await import(${JSON.stringify(fileURLToPath(new URL("../dist/index.js", import.meta.url)))});
        const client = new IntelligenceClient({ apiKey: "SKproxy", apiSecret: "proxy-secret", baseUrl: ${JSON.stringify(own.url)}, env: {}, maxRetries: 0 });
        const outcome = await client.configurations.fetch(${JSON.stringify(configurationId)}).then(() => "fetched", (error) => error.name + " " + error.requestMayHaveReachedServer);
        console.log(outcome);`;
      const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/_proxy$/i.test(name)));
      const inChild = async (env: Record<string, string>) =>
        (
          await run(process.execPath, ["--input-type=module", "-e", script], {
            encoding: "utf8",
            timeout: 25_000,
            killSignal: "SIGKILL",
            signal: children.signal,
            env: { ...clean, ...env },
          })
        ).stdout.trim();
      const down = await refusedUrl();
      expect(await inChild({ HTTP_PROXY: down })).toBe("ConnectionError false");
      expect(own.requests).toHaveLength(0);
      expect(await inChild({ HTTP_PROXY: down, NO_PROXY: "127.0.0.1" })).toBe("fetched");
      expect(own.requests).toHaveLength(1);
    } finally {
      children.abort();
      await own.close();
    }
  }, 60_000);

  it("sends through the global fetch when given it", async () => {
    const global = vi.fn((input: string | URL | Request, init?: RequestInit) => fetch(input, init));
    await testClient(server.url, { fetch: global }).configurations.fetch(configurationId);
    expect(global).toHaveBeenCalledTimes(1);
    expect(server.requests).toHaveLength(1);
  });

  it("sends through a custom fetch", async () => {
    const { urls, fetch } = recordingFetch();
    await testClient("https://intelligence.twilio.com", { fetch }).configurations.fetch(configurationId);
    expect(urls).toHaveLength(1);
  });

  it("runs middleware on every attempt", async () => {
    const seen: string[] = [];
    const middleware: Middleware = {
      onRequest({ request }) {
        request.headers.set("X-Attempt", String(seen.length + 1));
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        return undefined;
      },
      onResponse({ response }) {
        seen.push(String(response.status));
        return undefined;
      },
    };
    server.reply({ status: 503, json: { code: 1, message: "x", httpStatusCode: 503 } });
    await testClient(server.url, { middleware: [middleware] }).configurations.fetch(configurationId);
    const path = `/v3/ControlPlane/Configurations/${configurationId}`;
    expect(seen).toEqual([`GET ${path}`, "503", `GET ${path}`, "200"]);
    expect(server.requests.map((request) => request.headers["x-attempt"])).toEqual(["1", "3"]);
  });

  it("rethrows an error of the caller's middleware unchanged, without retrying", async () => {
    const mine = new TypeError("from my middleware");
    let calls = 0;
    const middleware: Middleware = {
      onRequest() {
        calls++;
        throw mine;
      },
    };
    await expect(testClient(server.url, { middleware: [middleware] }).configurations.fetch(configurationId)).rejects.toBe(mine);
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(0);
  });

  it("lets middleware onError replace a transport failure with a response", async () => {
    const middleware: Middleware = {
      onError() {
        return new Response(JSON.stringify(configuration), { status: 200, headers: { "content-type": "application/json" } });
      },
    };
    server.reply({ destroy: true });
    await expect(
      testClient(server.url, { middleware: [middleware], maxRetries: 0 }).configurations.fetch(configurationId),
    ).resolves.toEqual(configuration);
  });
});

describe("options", () => {
  it("rejects invalid option values with a clear error", () => {
    const make = (options: object) => () => testClient(server.url, options);
    expect(make({ maxRetries: -1 })).toThrow(/maxRetries must be a whole number/);
    expect(make({ maxRetries: 1.5 })).toThrow(ClientOptionsError);
    expect(make({ timeout: 0 })).toThrow(/timeout must be a positive number/);
    expect(make({ deadline: -5 })).toThrow(/deadline must be a positive number/);
    expect(make({ validateResponses: "loud" })).toThrow(/validateResponses must be/);
    expect(make({ logLevel: "verbose" })).toThrow(/logLevel must be one of/);
    expect(make({ logLevel: "info", logger: { error() {} } })).toThrow(/logger must have a warn\(\) method/);
    expect(make({ middleware: {} })).toThrow(/middleware must be an array/);
    expect(make({ transport: {} })).toThrow(/transport must have a roundTrip method/);
    expect(make({ transport: fetchTransport(), fetch: globalThis.fetch })).toThrow(/fetch or transport, not both/);
    expect(make({ headers: { "X-Bad": "a\r\nInjected: 1" } })).toThrow(ClientOptionsError);
  });

  it("makes a copy with other options by withOptions(), same credentials and class, the original unchanged", async () => {
    const client = testClient(server.url, { timeout: 1234, headers: { "X-Team": "cx" } });
    const copy = client.withOptions({ timeout: 99, maxRetries: 0 });
    expect(copy).toBeInstanceOf(IntelligenceClient);
    expect(copy).not.toBe(client);
    expect(copy.toJSON()).toMatchObject({ timeout: 99, maxRetries: 0, baseUrl: server.url, authType: "apiKey" });
    expect(client.toJSON()).toMatchObject({ timeout: 1234, maxRetries: 2 });
    await copy.configurations.fetch(configurationId);
    expect(server.requests[0]!.headers).toMatchObject({ authorization: basicHeader(API_KEY, API_SECRET), "x-team": "cx" });
    expect(() => client.withOptions({ maxRetries: -1 })).toThrow(ClientOptionsError);
    // Nothing of the credentials shows in the copy either.
    expect(inspect(copy)).not.toContain(API_SECRET);
  });

  it("sends through the transport it is given", async () => {
    const seen: WireRequest[] = [];
    const inner = fetchTransport();
    const transport: Transport = {
      roundTrip(request) {
        seen.push(request);
        return inner.roundTrip(request);
      },
    };
    await testClient(server.url, { transport }).configurations.fetch(configurationId);
    expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${server.url}/v3/ControlPlane/Configurations/${configurationId}`,
    ]);
    expect(server.requests).toHaveLength(1);
  });

  it("shows its settings, never its credentials, in JSON and inspect", () => {
    const client = testClient(server.url, { timeout: 1234 });
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({
      baseUrl: server.url,
      authType: "apiKey",
      maxRetries: 2,
      timeout: 1234,
      validateRequests: true,
      validateResponses: false,
      logLevel: "off",
    });
    expect(inspect(client)).toMatch(/^IntelligenceClient \{/);
    expect(inspect(client)).toContain("timeout: 1234");
  });
});
