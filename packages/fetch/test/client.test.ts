import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  DeleteConfigurationOperation,
  FetchConfigurationOperation,
  FetchOperatorVersionOperation,
  ListConfigurationsOperation,
  MiddlewareFailure,
  SendError,
  UpdateConfigurationOperation,
  UpdateOperatorOperation,
  basicAuthHeader,
  basicAuthMiddleware,
  createIntelligenceFetch,
  defaultMaxResponseBytes,
  fetchTransport,
  mergeHeaderPairs,
  operationHeaders,
  operationUrl,
  roundTripThrough,
  serverUrl,
  type Middleware,
  type OperationDescriptor,
  type OperationParams,
  type WireRequest,
} from "../src/index.js";
import { examples } from "../src/spec.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const id = examples.UpdatedConfiguration.id;
const body = examples.UpdateConfigurationRequest;
let server: Server;
let baseUrl: string;
let seen: Seen[] = [];
let reply: (req: IncomingMessage, res: ServerResponse) => void;

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(value));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() });
      reply(req, res);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

beforeEach(() => {
  seen = [];
  reply = (_req, res) => json(res, 200, examples.UpdatedConfiguration);
});

describe("createIntelligenceFetch", () => {
  it("sends an update as JSON with basic auth and returns the typed configuration", async () => {
    const client = createIntelligenceFetch({ baseUrl, auth: { username: "AC123", password: "token" } });
    const { data, error, response } = await client.PUT("/v3/ControlPlane/Configurations/{id}", {
      params: { path: { id } },
      body,
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.version).toBe(1);
    expect(data?.rules[0]?.triggers[0]?.on).toBe("COMMUNICATION");
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("PUT");
    expect(seen[0]!.url).toBe(`/v3/ControlPlane/Configurations/${id}`);
    expect(seen[0]!.headers["content-type"]).toBe("application/json");
    expect(seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from("AC123:token").toString("base64")}`);
    expect(JSON.parse(seen[0]!.body)).toEqual(body);
  });

  it("serializes list query parameters", async () => {
    reply = (_req, res) => json(res, 200, examples.ConfigurationPage);
    const client = createIntelligenceFetch({ baseUrl });
    const { data } = await client.GET("/v3/ControlPlane/Configurations", {
      params: { query: { pageSize: 2, pageToken: "a b/c" } },
    });
    expect(seen[0]!.url).toBe("/v3/ControlPlane/Configurations?pageSize=2&pageToken=a%20b%2Fc");
    expect(data?.meta.nextToken).toBe(examples.ConfigurationPage.meta.nextToken);
  });

  it("returns no data for 204 No Content", async () => {
    reply = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    const client = createIntelligenceFetch({ baseUrl });
    const result = await client.DELETE("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    expect(result.response.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(seen[0]!.method).toBe("DELETE");
  });

  it("returns the error body of a failed call", async () => {
    reply = (_req, res) => json(res, 404, examples.NotFoundError);
    const client = createIntelligenceFetch({ baseUrl });
    const { data, error, response } = await client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual(examples.NotFoundError);
  });

  it("percent-encodes path parameters, so a value cannot change the path", async () => {
    reply = (_req, res) => json(res, 404, examples.NotFoundError);
    const client = createIntelligenceFetch({ baseUrl });
    await client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id: "../../Operators?x=1" } } });
    expect(seen[0]!.url).toBe("/v3/ControlPlane/Configurations/..%2F..%2FOperators%3Fx%3D1");
  });

  it("runs middleware with a request whose headers can be changed", async () => {
    const observed: string[] = [];
    const middleware: Middleware = {
      onRequest({ request, schemaPath }) {
        observed.push(`${request.method} ${schemaPath} ${request.url}`);
        request.headers.set("X-Trace", "abc");
        return undefined;
      },
      onResponse({ response }) {
        observed.push(`status ${response.status}`);
        return undefined;
      },
    };
    const client = createIntelligenceFetch({ baseUrl, middleware: [middleware] });
    await client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body });
    expect(observed).toEqual([`PUT /v3/ControlPlane/Configurations/{id} ${baseUrl}/v3/ControlPlane/Configurations/${id}`, "status 200"]);
    expect(seen[0]!.headers["x-trace"]).toBe("abc");
  });

  it("lets middleware read the body and replace the request with a standard Request", async () => {
    let sentBody: unknown;
    const client = createIntelligenceFetch({
      baseUrl,
      middleware: [
        {
          async onRequest({ request }) {
            sentBody = await request.clone().json();
            const replaced = new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(sentBody) });
            replaced.headers.set("X-Replaced", "yes");
            return replaced;
          },
        },
      ],
    });
    const { data } = await client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body });
    expect(sentBody).toEqual(body);
    expect(data?.id).toBe(id);
    expect(seen[0]!.headers["x-replaced"]).toBe("yes");
    expect(JSON.parse(seen[0]!.body)).toEqual(body);
  });

  it("sets basic auth through middleware, reading credentials on every request", async () => {
    let password = "first";
    const client = createIntelligenceFetch({ baseUrl, middleware: [basicAuthMiddleware(() => ({ username: "SK1", password }))] });
    await client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    password = "second";
    await client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    expect(seen.map((s) => s.headers.authorization)).toEqual([
      basicAuthHeader({ username: "SK1", password: "first" }),
      basicAuthHeader({ username: "SK1", password: "second" }),
    ]);
  });

  it("hands a custom fetch a URL string and a plain init, not a Request", async () => {
    const calls: { input: unknown; init: RequestInit | undefined }[] = [];
    const client = createIntelligenceFetch({
      headers: { "X-Custom": "1" },
      fetch: async (input, init) => {
        calls.push({ input, init });
        return Response.json(examples.UpdatedConfiguration);
      },
    });
    const controller = new AbortController();
    const { data } = await client.PUT("/v3/ControlPlane/Configurations/{id}", {
      params: { path: { id } },
      body,
      signal: controller.signal,
    });
    expect(data?.id).toBe(id);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.input).toBe(`${serverUrl}/v3/ControlPlane/Configurations/${id}`);
    const init = calls[0]!.init!;
    expect(init.method).toBe("PUT");
    expect(init.redirect).toBe("manual");
    expect(init.signal?.aborted).toBe(false);
    controller.abort();
    expect(init.signal?.aborted).toBe(true);
    expect(new Headers(init.headers).get("x-custom")).toBe("1");
    expect(JSON.parse(new TextDecoder().decode(init.body as Uint8Array))).toEqual(body);
  });

  it("defaults to the spec's server", async () => {
    let url = "";
    const client = createIntelligenceFetch({
      fetch: async (input) => {
        url = String(input);
        return new Response(null, { status: 204 });
      },
    });
    await client.DELETE("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    expect(url).toBe(`https://intelligence.twilio.com/v3/ControlPlane/Configurations/${id}`);
  });

  it("does not follow redirects: the 3xx comes back and its target is never called", async () => {
    reply = (req, res) => {
      if (req.url?.startsWith("/elsewhere")) return json(res, 200, examples.UpdatedConfiguration);
      res.writeHead(302, { location: `${baseUrl}/elsewhere` });
      res.end();
    };
    const client = createIntelligenceFetch({ baseUrl, auth: { username: "AC1", password: "secret" } });
    const { response } = await client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    expect(response.status).toBe(302);
    expect(seen).toHaveLength(1);
  });

  it("passes the caller's abort signal to fetch", async () => {
    // The server never answers. The abort waits until it has the request, so that its record lands in
    // this test and not in a later one (on a busy machine the server may read it after a fixed delay).
    let receive = () => {};
    const received = new Promise<void>((resolve) => {
      receive = resolve;
    });
    reply = () => receive();
    const client = createIntelligenceFetch({ baseUrl });
    const controller = new AbortController();
    const pending = client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, signal: controller.signal });
    await received;
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
    expect(seen).toHaveLength(1);
  });

  it("encodes non-ASCII credentials as UTF-8", () => {
    expect(basicAuthHeader({ username: "SK1", password: "pässwörd" })).toBe(
      `Basic ${Buffer.from("SK1:pässwörd", "utf8").toString("base64")}`,
    );
  });
});

describe("an operation's request, built from the operation table (operationUrl, operationHeaders)", () => {
  const auth = { username: "AC1", password: "secret" };
  const base = () => mergeHeaderPairs(new Map(), { "X-Base": "b", "x-over": "base", Authorization: basicAuthHeader(auth) });
  const transport = fetchTransport();
  const withoutVolatile = ({ method, url, headers, body }: Seen) => {
    const { host: _host, connection: _connection, "user-agent": _agent, "accept-encoding": _encoding, ...rest } = headers;
    return { method, url, headers: rest, body };
  };
  const request = (
    operation: OperationDescriptor,
    params: OperationParams,
    callHeaders?: Record<string, unknown>,
    body?: unknown,
  ): WireRequest => ({
    url: operationUrl(baseUrl, operation, params),
    method: operation.method,
    headers: operationHeaders(base(), callHeaders, params, body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: undefined,
    maxResponseBytes: defaultMaxResponseBytes,
  });

  it("is the request openapi-fetch sends for the same call", async () => {
    const openapi = createIntelligenceFetch({ baseUrl, auth, headers: { "X-Base": "b", "x-over": "base" }, transport });
    const strangeHeaders = { "X-Over": "call", "X-List": ["1", "2"], "X-Base": null, "X-Trim": "  v  " };
    const pairs: [WireRequest, () => Promise<unknown>][] = [
      [
        request(UpdateConfigurationOperation, { path: { id } }, undefined, body),
        () => openapi.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body }),
      ],
      [
        request(ListConfigurationsOperation, { query: { pageSize: 5, pageToken: "a b&c" } }),
        () => openapi.GET("/v3/ControlPlane/Configurations", { params: { query: { pageSize: 5, pageToken: "a b&c" } } }),
      ],
      [
        request(FetchConfigurationOperation, { path: { id: "intelligence_configuration_0a/b?c" } }, strangeHeaders),
        () =>
          openapi.GET("/v3/ControlPlane/Configurations/{id}", {
            params: { path: { id: "intelligence_configuration_0a/b?c" } },
            headers: strangeHeaders as never,
          }),
      ],
      [
        request(
          UpdateOperatorOperation,
          { path: { id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b" }, header: { "If-Match": "7" } },
          undefined,
          {},
        ),
        () =>
          openapi.PUT("/v3/ControlPlane/Operators/{id}", {
            params: { path: { id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b" }, header: { "If-Match": "7" } },
            body: {} as never,
          }),
      ],
      [
        request(FetchOperatorVersionOperation, { path: { id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b", version: 3 } }),
        () =>
          openapi.GET("/v3/ControlPlane/Operators/{id}/Versions/{version}", {
            params: { path: { id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b", version: 3 } },
          }),
      ],
      [
        request(DeleteConfigurationOperation, { path: { id } }),
        () => openapi.DELETE("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } }),
      ],
    ];
    for (const [index, [wire, viaOpenapi]] of pairs.entries()) {
      seen = [];
      await transport.roundTrip(wire);
      await viaOpenapi();
      expect(seen).toHaveLength(2);
      expect(withoutVolatile(seen[0]!), `call ${index}`).toEqual(withoutVolatile(seen[1]!));
    }
  });

  it("refuses what a Headers object refuses, before anything is sent", () => {
    const refused: Record<string, string>[] = [{ "X-Bad": "a\r\nInjected: 1" }, { "X-Bad": "€" }, { "Bad Name": "v" }];
    for (const headers of refused) {
      expect(() => operationHeaders(base(), headers, {}, false), JSON.stringify(headers)).toThrow(TypeError);
      expect(() => new Headers(headers), JSON.stringify(headers)).toThrow(TypeError);
    }
  });
});

describe("middleware around an operation's request (roundTripThrough)", () => {
  const call = { operation: FetchConfigurationOperation, params: { path: { id } }, baseUrl: "" };
  const wire = (): WireRequest => ({
    url: `${baseUrl}/v3/ControlPlane/Configurations/${id}`,
    method: "GET",
    headers: [["Authorization", "Basic QUMxOnNlY3JldA=="]],
    body: undefined,
    signal: undefined,
    maxResponseBytes: defaultMaxResponseBytes,
  });

  it("runs onRequest in order and onResponse in reverse, with openapi-fetch's parameters", async () => {
    const order: string[] = [];
    const named = (name: string): Middleware => ({
      onRequest({ request, schemaPath, params }) {
        order.push(`request ${name} ${schemaPath} ${JSON.stringify(params)}`);
        request.headers.set(`X-${name}`, "1");
        return undefined;
      },
      onResponse({ response }) {
        order.push(`response ${name} ${response.status}`);
        return undefined;
      },
    });
    const response = await roundTripThrough([named("a"), named("b")], fetchTransport(), wire(), call);
    expect(response.status).toBe(200);
    expect(order).toEqual([
      `request a /v3/ControlPlane/Configurations/{id} {"path":{"id":"${id}"}}`,
      `request b /v3/ControlPlane/Configurations/{id} {"path":{"id":"${id}"}}`,
      "response b 200",
      "response a 200",
    ]);
    expect(seen[0]!.headers).toMatchObject({ "x-a": "1", "x-b": "1", authorization: "Basic QUMxOnNlY3JldA==" });
  });

  it("lets onRequest answer the call itself, and onError turn a failure into a response", async () => {
    const answered = await roundTripThrough([{ onRequest: () => Response.json({ from: "middleware" }) }], fetchTransport(), wire(), call);
    expect(await answered.json()).toEqual({ from: "middleware" });
    expect(seen).toHaveLength(0);
    const failing = { roundTrip: () => Promise.reject(new SendError(new Error("down"), false)) };
    const recovered = await roundTripThrough([{ onError: () => new Response("recovered", { status: 503 }) }], failing, wire(), call);
    expect(recovered.status).toBe(503);
  });

  it("marks what a hook throws, or an error onError returns, as a MiddlewareFailure", async () => {
    const mine = new Error("mine");
    const thrown = await roundTripThrough(
      [
        {
          onRequest: () => {
            throw mine;
          },
        },
      ],
      fetchTransport(),
      wire(),
      call,
    ).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(MiddlewareFailure);
    expect((thrown as MiddlewareFailure).error).toBe(mine);
    const failing = { roundTrip: () => Promise.reject(new SendError(new Error("down"), true)) };
    const returned = await roundTripThrough([{ onError: () => mine }], failing, wire(), call).catch((e: unknown) => e);
    expect((returned as MiddlewareFailure).error).toBe(mine);
    const passed = await roundTripThrough([{ onError: () => undefined }], failing, wire(), call).catch((e: unknown) => e);
    expect(passed).toBeInstanceOf(SendError);
  });
});
