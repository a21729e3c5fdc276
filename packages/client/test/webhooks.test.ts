/**
 * The receiving side: a listener on 127.0.0.1 gets a webhook delivered by the fake for a rule it ran,
 * and parseRuleActionWebhook() checks it (signature included) and returns it typed; every kind of bad
 * delivery gets a WebhookError with the status to answer, never a crash.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { examples, type Delivery } from "@convintel/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { parseRuleActionWebhook, WebhookError, type Conversation, type RuleExecutionWebhook } from "../src/index.js";
import { AUTH_TOKEN, testClient } from "./helpers/fixtures.js";
import { TestServer } from "./helpers/server.js";

let server: TestServer;
let listener: Server;
let listenerUrl: string;
const parsed: (RuleExecutionWebhook | WebhookError)[] = [];

beforeAll(async () => {
  server = await TestServer.start();
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
  await server.close();
});
beforeEach(() => {
  server.reset();
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

  it("takes a web Request, with or without the signature check", async () => {
    const { delivery } = await deliverOne();
    await expect(parseRuleActionWebhook(asRequest(delivery), { authToken: AUTH_TOKEN })).resolves.toEqual(delivery.body);
    await expect(parseRuleActionWebhook(asRequest(delivery))).resolves.toEqual(delivery.body);
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
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { method: "GET" })))).toEqual(["method", 405]);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { headers: { "Content-Type": "text/plain" } })))).toEqual([
      "contentType",
      415,
    ]);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery, { body: "{not json" })))).toEqual(["json", 400]);
    expect(await reasonOf(parseRuleActionWebhook(asRequest(delivery), { maxBytes: 100 }))).toEqual(["tooLarge", 413]);
    expect(await reasonOf(parseRuleActionWebhook({} as never))).toEqual(["body", 400]);

    const broken = structuredClone(delivery.body) as unknown as { operatorResults: { outputFormat: string }[] };
    broken.operatorResults[0]!.outputFormat = "AUDIO";
    const error = await parseRuleActionWebhook(asRequest(delivery, { body: JSON.stringify(broken) })).catch((caught: unknown) => caught);
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
    await expect(parseRuleActionWebhook(message)).resolves.toEqual(delivery.body);
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
    expect(await reasonOf(parseRuleActionWebhook(endless, { maxBytes: 256 * 1024 }))).toEqual(["tooLarge", 413]);
    expect(chunks).toBeLessThanOrEqual(5);
  });
});
