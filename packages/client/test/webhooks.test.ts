/**
 * The receiving side: a listener on 127.0.0.1 gets a webhook delivered by the fake for a rule it ran,
 * and parseRuleActionWebhook() checks it (signature included) and returns it typed; every kind of bad
 * delivery gets a WebhookError with the status to answer, never a crash.
 */
import { createHash, createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { examples, type Delivery } from "@convintel/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { parseRuleActionWebhook, WebhookError, type Conversation, type RuleExecutionWebhook } from "../src/index.js";
import { AUTH_TOKEN, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer();
let listener: Server;
let listenerUrl: string;
const parsed: (RuleExecutionWebhook | WebhookError)[] = [];

beforeAll(async () => {
  // The receiver a team would write: parse, answer 204, or the error's status.
  listener = createServer(async (request, response) => {
    try {
      parsed.push(await parseRuleActionWebhook(request, { authToken: AUTH_TOKEN }));
      response.statusCode = 204;
    } catch (error) {
      parsed.push(error as WebhookError);
      response.statusCode = error instanceof WebhookError ? error.status : 500;
    }
    response.end();
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  listenerUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/intelligence`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => listener.close(() => resolve()));
});
beforeEach(() => {
  parsed.length = 0;
});

/** An operator, a checked configuration whose rule posts to the listener, a conversation, one rule execution. */
async function deliverOne(): Promise<{ delivery: Delivery; operatorId: string }> {
  const client = testClient(server.url, { checkOperators: true });
  const operator = await client.operators.create({
    ...structuredClone(examples.OperatorRequest),
    outputFormat: "CLASSIFICATION",
    parameters: { scale: { type: "INTEGER", required: true } },
  } as never);
  const configuration = await client.configurations.create({
    displayName: "sentiment",
    rules: [
      {
        operators: [{ id: operator.id!, parameters: { scale: 5 } }],
        triggers: [{ on: "CONVERSATION_END" }],
        actions: [{ type: "WEBHOOK", method: "POST", url: listenerUrl }],
      },
    ],
  });
  const conversation: Conversation = { ...structuredClone(examples.Conversation), intelligenceConfigurationIds: [configuration.id] };
  server.fake.seed.conversation(conversation);
  await client.ruleExecutions.create({
    intelligenceConfigurationId: configuration.id,
    ruleId: configuration.rules[0]!.id,
    conversationId: conversation.id,
  });
  const [delivery] = await server.fake.waitForDeliveries();
  return { delivery: delivery!, operatorId: operator.id! };
}

/** A delivery replayed as a web Request, changed as given. */
const asRequest = (delivery: Delivery, change: { url?: string; method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new Request(change.url ?? delivery.requestUrl, {
    method: change.method ?? "POST",
    headers: { ...delivery.headers, ...change.headers },
    ...((change.method ?? "POST") === "POST" ? { body: change.body ?? delivery.text } : {}),
  });

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "parsed",
    (error: unknown) => (error instanceof WebhookError ? [error.reason, error.status] : error),
  );

describe("parseRuleActionWebhook", () => {
  it("receives, on a Node.js listener, the webhook the fake delivers for a rule execution, checked and typed", async () => {
    const { delivery, operatorId } = await deliverOne();
    expect(delivery.state).toBe("delivered");
    expect(delivery.attempts).toEqual([expect.objectContaining({ status: 204 })]);
    const [body] = parsed;
    expect(body).not.toBeInstanceOf(Error);
    const webhook = body as RuleExecutionWebhook;
    expect(webhook.intelligenceConfiguration.ruleId).toBe(delivery.ruleId);
    const [result] = webhook.operatorResults;
    expect(result!.operator).toMatchObject({ id: operatorId, parameters: { scale: 5 } });
    if (result!.outputFormat === "CLASSIFICATION") expectTypeOf(result!.result.label).toEqualTypeOf<string>();
    expect(result).toMatchObject({ outputFormat: "CLASSIFICATION", result: { label: expect.any(String) } });
    // The same result as the OperatorResults API holds.
    expect(server.fake.operatorResults.map((stored) => stored.id)).toEqual([result!.id]);
  });

  it("takes a web Request, checked, or unchecked only with allowUnsigned", async () => {
    const { delivery } = await deliverOne();
    await expect(parseRuleActionWebhook(asRequest(delivery), { authToken: AUTH_TOKEN })).resolves.toEqual(delivery.body);
    await expect(parseRuleActionWebhook(asRequest(delivery), { allowUnsigned: true })).resolves.toEqual(delivery.body);
  });

  it("exposes the delivery's idempotency token, outside the body", async () => {
    const { delivery } = await deliverOne();
    const webhook = await parseRuleActionWebhook(asRequest(delivery), { authToken: AUTH_TOKEN });
    expect(webhook.idempotencyToken).toBe(delivery.headers["I-Twilio-Idempotency-Token"]);
    expect(webhook.idempotencyToken).toMatch(/./);
    expect(JSON.parse(JSON.stringify(webhook))).toEqual(delivery.body);
    expect(Object.keys(webhook)).not.toContain("idempotencyToken");
  });

  it("refuses a delivery whose signature does not hold: another token, another body, another URL, none", async () => {
    const { delivery } = await deliverOne();
    const tampered = JSON.stringify({ ...delivery.body, conversationId: "conv_conversation_01kcgy1ew0e9x8re6jq542zzzz" });
    const signature = ["signature", 401];
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { authToken: "another-token" }))).toEqual(signature);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { body: tampered }), { authToken: AUTH_TOKEN }))).toEqual(signature);
    expect(
      await reasonOf(
        parseRuleActionWebhook(asRequest(delivery, { url: delivery.requestUrl.replace("/intelligence", "/other") }), {
          authToken: AUTH_TOKEN,
        }),
      ),
    ).toEqual(signature);
    expect(
      await reasonOf(parseRuleActionWebhook(asRequest(delivery, { headers: { "X-Twilio-Signature": "" } }), { authToken: AUTH_TOKEN })),
    ).toEqual(signature);
    const error = await parseRuleActionWebhook(asRequest(delivery), { authToken: "another-token" }).catch((caught: unknown) => caught);
    expect(String((error as Error).message)).not.toContain(AUTH_TOKEN);
    // Behind a proxy, the public URL that Twilio requested is given.
    const local = asRequest(delivery, { url: "http://10.0.0.5:8080/intelligence" });
    await expect(parseRuleActionWebhook(local, { authToken: AUTH_TOKEN, url: delivery.requestUrl })).resolves.toEqual(delivery.body);
  });

  it("answers each kind of bad delivery with its own reason and status", async () => {
    const { delivery } = await deliverOne();
    const unsigned = { allowUnsigned: true };
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { method: "GET" }), unsigned))).toEqual(["method", 405]);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { headers: { "Content-Type": "text/plain" } }), unsigned))).toEqual([
      "contentType",
      415,
    ]);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { body: "{not json" }), unsigned))).toEqual(["json", 400]);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { ...unsigned, maxBytes: 100 }))).toEqual(["tooLarge", 413]);
    expect(await reasonOf(parseRuleActionWebhook({} as never, unsigned))).toEqual(["body", 400]);

    const broken = structuredClone(delivery.body) as { operatorResults: { outputFormat: string }[] };
    broken.operatorResults[0]!.outputFormat = "AUDIO";
    const error = await parseRuleActionWebhook(asRequest(delivery, { body: JSON.stringify(broken) }), unsigned).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WebhookError);
    expect(error).toMatchObject({ reason: "schema", status: 400 });
    expect((error as WebhookError).issues[0]).toMatchObject({ pointer: "/operatorResults/0/outputFormat", keyword: "enum" });
  });

  it("takes a body a framework parsed already, unless the signature is to be checked", async () => {
    const { delivery } = await deliverOne();
    const message = Object.assign((async function* () {})(), {
      method: "POST",
      url: "/intelligence",
      headers: { host: "127.0.0.1", "content-type": "application/json", "x-twilio-signature": delivery.headers["X-Twilio-Signature"] },
      body: structuredClone(delivery.body),
    });
    await expect(parseRuleActionWebhook(message, { allowUnsigned: true })).resolves.toEqual(delivery.body);
    expect(await reasonOf(parseRuleActionWebhook(message, { authToken: AUTH_TOKEN }))).toEqual(["signature", 401]);
    await expect(
      parseRuleActionWebhook({ ...message, body: delivery.text }, { authToken: AUTH_TOKEN, url: delivery.requestUrl }),
    ).resolves.toEqual(delivery.body);
  });

  it("stops reading an IncomingMessage at maxBytes", async () => {
    let chunks = 0;
    const endless = Object.assign(
      (async function* () {
        for (;;) {
          chunks++;
          yield new Uint8Array(64 * 1024);
        }
      })(),
      { method: "POST", url: "/intelligence", headers: { host: "127.0.0.1", "content-type": "application/json" } },
    );
    expect(await reasonOf(parseRuleActionWebhook(endless, { authToken: AUTH_TOKEN, maxBytes: 256 * 1024 }))).toEqual(["tooLarge", 413]);
    expect(chunks).toBeLessThanOrEqual(5);
  });
});

/** A Node.js listener that parses one delivery with `options`; raw bytes are written to it over a socket. */
async function rawReceiver(options: Parameters<typeof parseRuleActionWebhook>[1]) {
  let settle!: (parsed: Promise<unknown>) => void;
  const outcome = new Promise<unknown>((resolve) => {
    settle = resolve;
  });
  const receiver = createServer((request, response) => {
    settle(parseRuleActionWebhook(request, options));
    response.on("error", () => {});
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const port = (receiver.address() as AddressInfo).port;
  const sockets: Socket[] = [];
  return {
    outcome,
    connect(): Socket {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => {});
      sockets.push(socket);
      return socket;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    },
  };
}

const head = (length: number | "chunked", type = "application/json") =>
  `POST /intelligence HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\n${
    length === "chunked" ? "Transfer-Encoding: chunked" : `Content-Length: ${length}`
  }\r\nX-Twilio-Signature: x\r\n\r\n`;

describe("parseRuleActionWebhook fails closed", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("refuses every delivery, a forged one first, when it has no Auth Token, and says what to set", async () => {
    vi.stubEnv("TWILIO_AUTH_TOKEN", undefined);
    const { delivery } = await deliverOne();
    const forged = asRequest(delivery, { headers: { "X-Twilio-Signature": "" }, body: JSON.stringify(delivery.body) });
    for (const options of [undefined, {}, { authToken: undefined }, { authToken: "" }]) {
      const error = await parseRuleActionWebhook(asRequest(delivery), options).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WebhookError);
      expect(error).toMatchObject({ reason: "setup", status: 500 });
      expect((error as Error).message).toContain("TWILIO_AUTH_TOKEN");
    }
    expect(await reasonOf(parseRuleActionWebhook(forged))).toEqual(["setup", 500]);
  });

  it("checks with TWILIO_AUTH_TOKEN when no authToken is given", async () => {
    const { delivery } = await deliverOne();
    vi.stubEnv("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    await expect(parseRuleActionWebhook(asRequest(delivery))).resolves.toEqual(delivery.body);
    await expect(parseRuleActionWebhook(asRequest(delivery), { authToken: undefined })).resolves.toEqual(delivery.body);
    const tampered = JSON.stringify({ ...delivery.body, accountId: "AC00000000000000000000000000000000" });
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { body: tampered })))).toEqual(["signature", 401]);
    vi.stubEnv("TWILIO_AUTH_TOKEN", "another-token");
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery)))).toEqual(["signature", 401]);
  });

  it("takes unsigned deliveries only with allowUnsigned: true, never with a token beside it", async () => {
    vi.stubEnv("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    const { delivery } = await deliverOne();
    const unsigned = asRequest(delivery, { headers: { "X-Twilio-Signature": "" } });
    expect(await reasonOf(parseRuleActionWebhook(unsigned))).toEqual(["signature", 401]);
    await expect(
      parseRuleActionWebhook(asRequest(delivery, { headers: { "X-Twilio-Signature": "" } }), { allowUnsigned: true }),
    ).resolves.toEqual(delivery.body);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { allowUnsigned: true, authToken: AUTH_TOKEN }))).toEqual([
      "setup",
      500,
    ]);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { allowUnsigned: "yes" as never }))).toEqual(["setup", 500]);
  });

  it("refuses options that would switch a limit off", async () => {
    const { delivery } = await deliverOne();
    for (const maxBytes of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY, "1024" as never]) {
      expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { authToken: AUTH_TOKEN, maxBytes }))).toEqual(["setup", 500]);
    }
    for (const timeoutMs of [Number.NaN, 0, -5]) {
      expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { authToken: AUTH_TOKEN, timeoutMs }))).toEqual(["setup", 500]);
    }
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { authToken: 42 as never }))).toEqual(["setup", 500]);
  });

  it("rejects with a WebhookError, never another error, for input it cannot read", async () => {
    const options = { authToken: AUTH_TOKEN };
    expect(await reasonOf(parseRuleActionWebhook(null as never, options))).toEqual(["body", 400]);
    expect(await reasonOf(parseRuleActionWebhook(undefined as never, options))).toEqual(["body", 400]);
    expect(await reasonOf(parseRuleActionWebhook(null as never, null as never))).toEqual(["setup", 500]);
    const read = new Request("http://127.0.0.1/intelligence", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    await read.text();
    expect(await reasonOf(parseRuleActionWebhook(read, options))).toEqual(["body", 400]);
    const failing = new Request("http://127.0.0.1/intelligence", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({
        pull(controller) {
          controller.error(new Error("stream broke"));
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(await reasonOf(parseRuleActionWebhook(failing, options))).toEqual(["body", 400]);
  });

  it("rejects with a WebhookError when the peer goes away mid-body", async () => {
    const receiver = await rawReceiver({ authToken: AUTH_TOKEN });
    try {
      const socket = receiver.connect();
      socket.write(`${head(1000)}{"accountId":`);
      setTimeout(() => socket.destroy(), 50);
      expect(await reasonOf(receiver.outcome)).toEqual(["body", 400]);
    } finally {
      await receiver.close();
    }
  });

  it("answers the method and the content type before reading the body", async () => {
    const receiver = await rawReceiver({ authToken: AUTH_TOKEN });
    try {
      // 2 MiB of text/plain announced, 10 bytes sent: 415 at once, not 413 and not a wait for the rest.
      receiver.connect().write(`${head(2 * 1024 * 1024, "text/plain")}0123456789`);
      expect(await reasonOf(receiver.outcome)).toEqual(["contentType", 415]);
    } finally {
      await receiver.close();
    }
    let read = false;
    const get = Object.assign(
      (async function* () {
        read = true;
        yield "{}";
      })(),
      { method: "GET", url: "/intelligence", headers: { host: "127.0.0.1", "content-type": "application/json" } },
    );
    expect(await reasonOf(parseRuleActionWebhook(get, { authToken: AUTH_TOKEN }))).toEqual(["method", 405]);
    expect(read).toBe(false);
  });

  it("stops a body dripped a byte at a time at timeoutMs, and at the caller's signal", async () => {
    const receiver = await rawReceiver({ authToken: AUTH_TOKEN, timeoutMs: 300 });
    const socket = receiver.connect();
    socket.write(head("chunked"));
    const drip = setInterval(() => socket.write("1\r\n \r\n"), 20);
    try {
      expect(await reasonOf(receiver.outcome)).toEqual(["timeout", 408]);
    } finally {
      clearInterval(drip);
      await receiver.close();
    }
    const controller = new AbortController();
    const stuck = Object.assign(
      { [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<string>>(() => {}) }) },
      { method: "POST", url: "/intelligence", headers: { host: "127.0.0.1", "content-type": "application/json" } },
    );
    const pending = reasonOf(parseRuleActionWebhook(stuck, { authToken: AUTH_TOKEN, signal: controller.signal }));
    controller.abort();
    expect(await pending).toEqual(["timeout", 408]);
  });
});

/** Twilio's signature over `url` exactly as written (the fake's `signWebhook` writes a URL's default port away). */
function signedAs(url: string, text: string): { body: string; signature: string; digest: string } {
  const digest = createHash("sha256").update(text).digest("hex");
  const signature = createHmac("sha1", AUTH_TOKEN).update(url.replace("{digest}", digest)).digest("base64");
  return { body: text, signature, digest };
}

/** A delivery as an IncomingMessage-like value with its body read, sent to `path` with these headers. */
const incoming = (path: string, headers: Record<string, string>, body: string) => ({
  method: "POST",
  url: path,
  headers: { "content-type": "application/json", ...headers },
  body,
});

describe("parseRuleActionWebhook checks the signature over the URL Twilio requested", () => {
  it("pins the receiver with origin: a delivery signed for another host is refused whatever host the request claims", async () => {
    const { delivery } = await deliverOne();
    const requested = new URL(delivery.requestUrl);
    const path = requested.pathname + requested.search;
    const signature = { "x-twilio-signature": delivery.headers["X-Twilio-Signature"]! };
    const options = { authToken: AUTH_TOKEN };
    // Without origin the Host header names the host, as the sender chose it.
    await expect(parseRuleActionWebhook(incoming(path, { host: requested.host, ...signature }, delivery.text), options)).resolves.toEqual(
      delivery.body,
    );
    // This receiver is hooks.example.com: the delivery Twilio signed for the other one (127.0.0.1) is refused, Host notwithstanding.
    const pinned = { ...options, origin: "https://hooks.example.com" };
    const replayed = await parseRuleActionWebhook(incoming(path, { host: requested.host, ...signature }, delivery.text), pinned).catch(
      (caught: unknown) => caught,
    );
    expect(replayed).toMatchObject({ reason: "signature", status: 401 });
    expect((replayed as Error).message).toContain("for https://hooks.example.com/intelligence");
    expect((replayed as Error).message).not.toContain("bodySHA256");
    // The receiver at 127.0.0.1 pinned to its origin takes it under any Host, and as a web Request whose URL names another host.
    const own = { ...options, origin: `${requested.origin}/` };
    await expect(parseRuleActionWebhook(incoming(path, { host: "evil.example", ...signature }, delivery.text), own)).resolves.toEqual(
      delivery.body,
    );
    await expect(parseRuleActionWebhook(asRequest(delivery, { url: `http://localhost:3000${path}` }), own)).resolves.toEqual(delivery.body);
  });

  it("never reads X-Forwarded-Host as the host, and says so when the signature fails", async () => {
    const { delivery } = await deliverOne();
    const requested = new URL(delivery.requestUrl);
    const headers = {
      host: "10.0.0.5:8080",
      "x-forwarded-host": requested.host,
      "x-twilio-signature": delivery.headers["X-Twilio-Signature"]!,
    };
    const message = incoming(requested.pathname + requested.search, headers, delivery.text);
    const error = await parseRuleActionWebhook(message, { authToken: AUTH_TOKEN }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: "signature", status: 401 });
    expect((error as Error).message).toContain(`X-Forwarded-Host "${requested.host}"`);
    expect((error as Error).message).toContain("pass origin");
    await expect(parseRuleActionWebhook(message, { authToken: AUTH_TOKEN, origin: requested.origin })).resolves.toEqual(delivery.body);
  });

  it("takes the URL signed with the scheme's default port written out or left off, and no other port", async () => {
    const text = (await deliverOne()).delivery.text;
    const parse = (signedUrl: string, origin: string) => {
      const { signature, digest } = signedAs(signedUrl, text);
      return reasonOf(
        parseRuleActionWebhook(
          incoming(`/intelligence?bodySHA256=${digest}`, { host: "internal", "x-twilio-signature": signature }, text),
          {
            authToken: AUTH_TOKEN,
            origin,
          },
        ),
      );
    };
    expect(await parse("https://hooks.example.com:443/intelligence?bodySHA256={digest}", "https://hooks.example.com")).toBe("parsed");
    expect(await parse("https://hooks.example.com/intelligence?bodySHA256={digest}", "https://hooks.example.com:443")).toBe("parsed");
    expect(await parse("http://hooks.example.com:80/intelligence?bodySHA256={digest}", "http://hooks.example.com")).toBe("parsed");
    expect(await parse("https://[::1]:443/intelligence?bodySHA256={digest}", "https://[::1]")).toBe("parsed");
    expect(await parse("https://hooks.example.com/intelligence?bodySHA256={digest}", "https://hooks.example.com")).toBe("parsed");
    const refused = ["signature", 401];
    expect(await parse("https://hooks.example.com:8443/intelligence?bodySHA256={digest}", "https://hooks.example.com")).toEqual(refused);
    expect(await parse("https://hooks.example.com:80/intelligence?bodySHA256={digest}", "https://hooks.example.com")).toEqual(refused);
    expect(await parse("http://hooks.example.com/intelligence?bodySHA256={digest}", "https://hooks.example.com")).toEqual(refused);
  });

  it("refuses an origin that is more or less than a scheme and a host, and origin beside url", async () => {
    const { delivery } = await deliverOne();
    for (const origin of [
      "hooks.example.com",
      "https://hooks.example.com/intelligence",
      "https://hooks.example.com?x=1",
      "ftp://hooks.example.com",
      "https://user@hooks.example.com",
      "https://",
      42 as never,
    ]) {
      const error = await parseRuleActionWebhook(asRequest(delivery), { authToken: AUTH_TOKEN, origin }).catch((caught: unknown) => caught);
      expect(error, String(origin)).toMatchObject({ reason: "setup", status: 500 });
    }
    expect(
      await reasonOf(
        parseRuleActionWebhook(asRequest(delivery), { authToken: AUTH_TOKEN, origin: "https://a.example", url: delivery.requestUrl }),
      ),
    ).toEqual(["setup", 500]);
  });
});
