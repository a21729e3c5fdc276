/**
 * The webhook recipes of src/webhooks/, each in its real framework (Express 5, Fastify 5, Hono 4 on
 * @hono/node-server) listening on 127.0.0.1: the fake runs a rule and delivers its webhook, signed,
 * to the framework's route, which checks it and hands it on typed. A forged delivery is refused, and
 * so is one whose body the framework parsed before it could be checked, with a message that says so.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { IntelligenceClient, parseRuleActionWebhook, type RuleActionWebhook, WebhookError } from "@convintel/client";
import { createFakeIntelligence, examples, type FakeIntelligence, signWebhook } from "@convintel/testing";
import express from "express";
import Fastify from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { expressApp } from "../src/webhooks/express.js";
import { fastifyApp } from "../src/webhooks/fastify.js";
import { honoApp } from "../src/webhooks/hono.js";

const ROUTE = "/twilio/intelligence";
type Handle = (webhook: RuleActionWebhook) => Promise<void>;

/** A started framework: where it listens, and how to stop it. */
interface Started {
  url: string;
  close(): Promise<void>;
}

const listening = (server: Server): Promise<Started> =>
  new Promise((resolve, reject) => {
    server.once("error", reject);
    const done = () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    };
    if (server.listening) done();
    else server.once("listening", done);
  });

const frameworks: Record<string, (handle: Handle, authToken: string) => Promise<Started>> = {
  "Express 5": (handle, authToken) => listening(expressApp(handle, authToken).listen(0, "127.0.0.1")),
  "Fastify 5": async (handle, authToken) => {
    const app = fastifyApp(handle, authToken);
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    return { url, close: () => app.close() };
  },
  "Hono 4": (handle, authToken) => listening(serve({ fetch: honoApp(handle, authToken).fetch, port: 0, hostname: "127.0.0.1" }) as Server),
};

let started: Started[] = [];
afterEach(async () => {
  await Promise.all(started.map((server) => server.close()));
  started = [];
});

/** A fake with an operator and a configuration whose rule posts its webhook to `url`; runs the rule once. */
async function deliverTo(url: string): Promise<FakeIntelligence> {
  const fake = createFakeIntelligence({ seed: 4, webhooks: { retryDelayMs: 5 } });
  const client = new IntelligenceClient({ ...fake.credentials, env: {}, fetch: fake.fetch });
  const operator = await client.operators.create({ displayName: "mood", prompt: "How does the customer feel?", outputFormat: "TEXT" });
  const configuration = await client.configurations.create({
    displayName: "webhook recipe",
    rules: [
      { operators: [{ id: operator.id! }], triggers: [{ on: "CONVERSATION_END" }], actions: [{ type: "WEBHOOK", method: "POST", url }] },
    ],
  });
  const conversation = { ...structuredClone(examples.Conversation), intelligenceConfigurationIds: [configuration.id] };
  fake.seed.conversation(conversation);
  await client.ruleExecutions.create({
    intelligenceConfigurationId: configuration.id,
    ruleId: configuration.rules[0]!.id,
    conversationId: conversation.id,
  });
  await fake.waitForDeliveries();
  return fake;
}

/** A delivery posted by hand: `body`, signed with `authToken` for `url`. */
async function post(url: string, body: unknown, authToken: string): Promise<Response> {
  const text = JSON.stringify(body);
  const { requestUrl, signature } = await signWebhook(url, text, authToken);
  return fetch(requestUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-twilio-signature": signature },
    body: text,
  });
}

const AUTH_TOKEN = "0123456789abcdef0123456789abcdef";

for (const [name, start] of Object.entries(frameworks)) {
  describe(`a rule's webhook in ${name}`, () => {
    it("receives the fake's signed delivery, checked and typed", async () => {
      const received: RuleActionWebhook[] = [];
      // The fake signs with its own Auth Token: the app is given that one.
      const probe = createFakeIntelligence({ seed: 4 });
      const server = await start(async (webhook) => void received.push(webhook), probe.credentials.authToken);
      started.push(server);
      const fake = await deliverTo(`${server.url}${ROUTE}?team=cx`);
      expect(fake.credentials.authToken).toBe(probe.credentials.authToken);
      expect(fake.deliveries.map((delivery) => [delivery.state, delivery.attempts.map((attempt) => attempt.status)])).toEqual([
        ["delivered", [204]],
      ]);
      expect(received).toHaveLength(1);
      expect(received[0]!.operatorResults[0]).toMatchObject({ outputFormat: "TEXT", operator: { displayName: "mood" } });
      expect(received[0]!.idempotencyToken).toBe(fake.deliveries[0]!.id);
    });

    it("refuses a delivery signed with another Auth Token, and one with no signature", async () => {
      const received: RuleActionWebhook[] = [];
      const server = await start(async (webhook) => void received.push(webhook), AUTH_TOKEN);
      started.push(server);
      const forged = await post(`${server.url}${ROUTE}`, { anything: true }, "not-the-token");
      expect(forged.status).toBe(401);
      expect(await forged.text()).toContain(`it was not made with this Auth Token for ${server.url}${ROUTE}`);
      const unsigned = await fetch(`${server.url}${ROUTE}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(unsigned.status).toBe(401);
      expect(received).toEqual([]);
    });
  });
}

describe("a body the framework parsed before the check", () => {
  const handler = (authToken: string) => async (request: express.Request, response: express.Response) => {
    try {
      await parseRuleActionWebhook(request, { authToken });
      response.status(204).end();
    } catch (error) {
      if (!(error instanceof WebhookError)) throw error;
      response.status(error.status).send(error.message);
    }
  };

  it("is refused in Express with express.json() in front, with a message that says to pass the raw body", async () => {
    const app = express();
    app.use(express.json());
    app.post(ROUTE, handler(AUTH_TOKEN));
    const server = await listening(app.listen(0, "127.0.0.1"));
    started.push(server);
    const answer = await post(`${server.url}${ROUTE}`, { anything: true }, AUTH_TOKEN);
    expect(answer.status).toBe(401);
    expect(await answer.text()).toContain("the body was parsed before it could be checked; pass the raw body");
  });

  it("is refused in Fastify with its own JSON parser, with the same message", async () => {
    const app = Fastify();
    app.post(ROUTE, async (request, reply) => {
      try {
        const { method, url, headers, body } = request;
        await parseRuleActionWebhook({ method, url, headers, body }, { authToken: AUTH_TOKEN });
        return reply.code(204).send();
      } catch (error) {
        if (!(error instanceof WebhookError)) throw error;
        return reply.code(error.status).send(error.message);
      }
    });
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    started.push({ url, close: () => app.close() });
    const answer = await post(`${url}${ROUTE}`, { anything: true }, AUTH_TOKEN);
    expect(answer.status).toBe(401);
    expect(await answer.text()).toContain("pass the raw body");
  });

  it("is checked in Express behind a router mounted on a prefix (the path as requested is originalUrl)", async () => {
    const received: RuleActionWebhook[] = [];
    const router = express.Router();
    router.use(expressApp(async (webhook) => void received.push(webhook), AUTH_TOKEN));
    const app = express();
    app.use("/hooks", router);
    const server = await listening(app.listen(0, "127.0.0.1"));
    started.push(server);
    const fakeSigned = await post(`${server.url}/hooks${ROUTE}`, { anything: true }, AUTH_TOKEN);
    // Signed for the URL as requested, so the signature holds; the body is no delivery, so it is refused as such.
    expect(fakeSigned.status).toBe(400);
    expect(await fakeSigned.text()).toContain("breaks the spec");
  });
});
