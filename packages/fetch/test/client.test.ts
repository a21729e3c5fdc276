import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { basicAuthHeader, basicAuthMiddleware, createIntelligenceFetch, serverUrl, type Middleware } from "../src/index.js";
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
    expect(init.signal).toBe(controller.signal);
    expect(new Headers(init.headers).get("x-custom")).toBe("1");
    expect(JSON.parse(String(init.body))).toEqual(body);
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
    reply = () => {
      /* never answers */
    };
    const client = createIntelligenceFetch({ baseUrl });
    const controller = new AbortController();
    const pending = client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 20);
    await expect(pending).rejects.toThrow("stop");
  });

  it("encodes non-ASCII credentials as UTF-8", () => {
    expect(basicAuthHeader({ username: "SK1", password: "pässwörd" })).toBe(
      `Basic ${Buffer.from("SK1:pässwörd", "utf8").toString("base64")}`,
    );
  });
});

describe("calls without middleware (sent without building openapi-fetch's request)", () => {
  // The same calls through a client with a middleware that changes nothing, which openapi-fetch
  // sends itself: what reaches the server and what comes back must not differ.
  const passThrough: Middleware = { onRequest: () => undefined };
  const clients = () => ({
    direct: createIntelligenceFetch({
      baseUrl,
      auth: { username: "AC1", password: "secret" },
      headers: { "X-Base": "b", "x-over": "base" },
    }),
    openapi: createIntelligenceFetch({
      baseUrl,
      auth: { username: "AC1", password: "secret" },
      headers: { "X-Base": "b", "x-over": "base" },
      middleware: [passThrough],
    }),
  });
  const withoutVolatile = ({ method, url, headers, body }: Seen) => {
    const { host: _host, connection: _connection, "user-agent": _agent, "accept-encoding": _encoding, ...rest } = headers;
    return { method, url, headers: rest, body };
  };

  it("send the same request and give the same result as openapi-fetch does", async () => {
    const calls: Array<(client: ReturnType<typeof clients>["direct"]) => Promise<{ data?: unknown; error?: unknown; response: Response }>> =
      [
        (client) => client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body }),
        (client) => client.GET("/v3/ControlPlane/Configurations", { params: { query: { pageSize: 5, pageToken: "a b&c" } } }),
        (client) =>
          client.GET("/v3/ControlPlane/Configurations/{id}", {
            params: { path: { id: "intelligence_configuration_0a/b?c" } },
            headers: {
              "X-Over": "call",
              "X-List": ["1", "2"] as unknown as string,
              "X-Base": null as unknown as string,
              "X-Trim": "  v  ",
            },
          }),
        (client) => client.POST("/v3/ControlPlane/Configurations", { body: examples.CreateConfigurationRequest, parseAs: "text" }),
        (client) =>
          client.GET("/v3/ControlPlane/Operators/{id}/Versions/{version}", {
            params: { path: { id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b", version: 3 } },
          }),
        (client) => client.DELETE("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } }),
      ];
    const replies = [
      (_req: IncomingMessage, res: ServerResponse) => json(res, 200, examples.UpdatedConfiguration),
      (_req: IncomingMessage, res: ServerResponse) => json(res, 200, examples.ConfigurationPage),
      (_req: IncomingMessage, res: ServerResponse) => json(res, 404, examples.NotFoundError),
      (_req: IncomingMessage, res: ServerResponse) => json(res, 201, examples.CreatedConfiguration),
      (_req: IncomingMessage, res: ServerResponse) => json(res, 200, examples.OperatorVersion),
      (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(204);
        res.end();
      },
    ];
    const { direct, openapi } = clients();
    for (const [index, call] of calls.entries()) {
      reply = replies[index]!;
      seen = [];
      const viaDirect = await call(direct);
      const viaOpenapi = await call(openapi);
      expect(seen).toHaveLength(2);
      expect(withoutVolatile(seen[0]!), `call ${index}`).toEqual(withoutVolatile(seen[1]!));
      expect(viaDirect.data, `call ${index}`).toEqual(viaOpenapi.data);
      expect(viaDirect.error, `call ${index}`).toEqual(viaOpenapi.error);
      expect(viaDirect.response.status).toBe(viaOpenapi.response.status);
    }
    expect(seen[0]!.method).toBe("DELETE");
  });

  it("refuse what a Headers object refuses, before anything is sent", async () => {
    const { direct } = clients();
    const refused: Record<string, string>[] = [{ "X-Bad": "a\r\nInjected: 1" }, { "X-Bad": "€" }, { "Bad Name": "v" }];
    for (const headers of refused) {
      const error = await direct.GET("/v3/ControlPlane/Configurations", { headers }).catch((caught: unknown) => caught);
      expect(error, JSON.stringify(headers)).toBeInstanceOf(TypeError);
      expect(() => new Headers(headers), JSON.stringify(headers)).toThrow(TypeError);
      expect(error).not.toHaveProperty("requestMayHaveReachedServer");
    }
    expect(seen).toHaveLength(0);
  });

  it("leave a call with an option of openapi-fetch's own (a query serializer) to openapi-fetch", async () => {
    const { direct } = clients();
    await direct.GET("/v3/ControlPlane/Configurations", {
      params: { query: { pageSize: 5 } },
      querySerializer: () => "pageSize=7",
    });
    expect(seen[0]!.url).toBe("/v3/ControlPlane/Configurations?pageSize=7");
  });
});
