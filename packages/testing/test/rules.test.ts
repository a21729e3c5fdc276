/**
 * The fake runs rules: a rule execution, every `count`-th communication and the end of a
 * conversation run a rule's operators, store results that fit each operator's output format, and
 * POST them to each WEBHOOK action, signed, retried on failure, recorded in `fake.deliveries`.
 */
import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { examples } from "@convintel/fetch/spec";
import { validateOperatorResultsResponseV1, validateRuleExecutionWebhook } from "@convintel/fetch";
import type { Conversation, IntelligenceConfiguration, LanguageOperator, Rule } from "@convintel/types";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFakeIntelligence, type FakeIntelligence } from "../src/index.js";

interface Received {
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A webhook receiver on 127.0.0.1 that answers with the statuses queued, then 200. */
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const statuses: number[] = [];
beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = statuses.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
afterEach(() => {
  received.length = 0;
  statuses.length = 0;
});

const OPERATORS = {
  text: "intelligence_operator_01kcgy1ew0e9x8re6jq5420001",
  json: "intelligence_operator_01kcgy1ew0e9x8re6jq5420002",
  label: "intelligence_operator_01kcgy1ew0e9x8re6jq5420003",
};
const CONFIGURATION = "intelligence_configuration_01kcgy1ew0e9x8re6jq5420000";
const RULES = {
  end: "intelligence_configurationrule_01kcgy1ew0e9x8re6jq5420001",
  every2: "intelligence_configurationrule_01kcgy1ew0e9x8re6jq5420002",
};

const operator = (id: string, change: Partial<LanguageOperator>): LanguageOperator => ({
  ...structuredClone(examples.CreatedOperator),
  id,
  ...change,
});

function setup(options: Parameters<typeof createFakeIntelligence>[0] = {}) {
  const fake = createFakeIntelligence({ seed: 7, webhooks: { retryDelayMs: 5 }, ...options });
  fake.seed.operator(operator(OPERATORS.text, { outputFormat: "TEXT", parameters: { tone: { type: "STRING", default: "calm" } } }));
  fake.seed.operator(
    operator(OPERATORS.json, {
      outputFormat: "JSON",
      outputSchema: {
        type: "object",
        properties: {
          intent: { type: "string", enum: ["refund", "reschedule"] },
          urgency: { type: "integer", minimum: 1, maximum: 5 },
          topics: { type: "array", items: { $ref: "#/$defs/topic" } },
        },
        $defs: { topic: { type: "object", properties: { name: { type: "string" }, score: { type: "number" } } } },
      },
    }),
  );
  fake.seed.operator(operator(OPERATORS.label, { outputFormat: "CLASSIFICATION" }));
  const rule = (id: string, change: Partial<Rule>): Rule => ({
    id,
    operators: [{ id: OPERATORS.text }],
    triggers: [{ on: "CONVERSATION_END" }],
    actions: [{ type: "WEBHOOK", method: "POST", url: `${receiverUrl}/hooks/${id}?team=cx` }],
    ...change,
  });
  const configuration: IntelligenceConfiguration = {
    ...structuredClone(examples.UpdatedConfiguration),
    id: CONFIGURATION,
    accountId: fake.credentials.accountSid,
    rules: [
      rule(RULES.end, {
        operators: [{ id: OPERATORS.text, parameters: { tone: "warm" } }, { id: OPERATORS.json }, { id: OPERATORS.label }],
      }),
      rule(RULES.every2, { triggers: [{ on: "COMMUNICATION", parameters: { count: 2 } }] }),
    ],
  };
  fake.seed([configuration]);
  const conversation: Conversation = {
    ...structuredClone(examples.Conversation),
    status: "ACTIVE",
    intelligenceConfigurationIds: [CONFIGURATION],
  };
  fake.seed.conversation(conversation);
  return { fake, conversation };
}

async function execute(fake: FakeIntelligence, ruleId: string, conversationId: string, rule?: unknown): Promise<Response> {
  return fake.fetch("https://fake.test/v3/RuleExecutions", {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`, "content-type": "application/json" },
    body: JSON.stringify({ intelligenceConfigurationId: CONFIGURATION, ruleId, conversationId, ...(rule === undefined ? {} : { rule }) }),
  });
}

describe("the fake runs rules", () => {
  it("a rule execution lays the parameters it gives over the rule's, key by key, for that run only", async () => {
    const { fake, conversation } = setup();
    const override = {
      operators: [
        { id: OPERATORS.text, parameters: { tone: "curt" } },
        { id: OPERATORS.label, parameters: { strict: true } },
      ],
    };
    expect((await execute(fake, RULES.end, conversation.id, override)).status).toBe(202);
    expect((await execute(fake, RULES.end, conversation.id)).status).toBe(202);
    const [overridden, stored] = fake.ruleRuns.map((run) =>
      fake.operatorResults.filter((result) => run.operatorResultIds.includes(result.id)).map((result) => result.operator.parameters),
    );
    // The override wins on tone; the JSON operator, not listed, runs as stored; the label operator gains a key and keeps its default.
    expect(overridden).toEqual([{ tone: "curt" }, { scale: 5 }, { scale: 5, strict: true }]);
    expect(stored).toEqual([{ tone: "warm" }, { scale: 5 }, { scale: 5 }]);
    // A body that breaks the override's schema is refused with a 400, and nothing runs.
    const broken = await execute(fake, RULES.end, conversation.id, { operators: [{ id: OPERATORS.text }] });
    expect(broken.status).toBe(400);
    expect(fake.ruleRuns).toHaveLength(2);
    await fake.waitForDeliveries();
  });

  it("a rule execution stores one result per operator, in its output format, and delivers them in one signed POST", async () => {
    const { fake, conversation } = setup();
    expect((await execute(fake, RULES.end, conversation.id)).status).toBe(202);
    const [run] = fake.ruleRuns;
    expect(run).toMatchObject({ cause: "EXECUTION", ruleId: RULES.end, skipped: [] });
    expect(run!.operatorResultIds).toHaveLength(3);
    const results = fake.operatorResults.filter((result) => run!.operatorResultIds.includes(result.id));
    expect(results.map((result) => result.outputFormat)).toEqual(["TEXT", "JSON", "CLASSIFICATION"]);
    for (const result of results) expect(validateOperatorResultsResponseV1(result)).toBe(true);
    // Defaults filled in under the values the rule passes.
    expect(results[0]!.operator.parameters).toEqual({ tone: "warm" });
    const json = results[1]!.result as { intent: string; urgency: number; topics: { name: string; score: number }[] };
    expect(["refund", "reschedule"]).toContain(json.intent);
    expect(json.urgency).toBeGreaterThanOrEqual(1);
    expect(json.urgency).toBeLessThanOrEqual(5);
    expect(json.topics[0]).toEqual({ name: expect.any(String), score: expect.any(Number) });

    const [delivery] = await fake.waitForDeliveries();
    expect(delivery).toMatchObject({ state: "delivered", ruleId: RULES.end, attempts: [{ status: 200 }] });
    expect(received).toHaveLength(1);
    const body = JSON.parse(received[0]!.body);
    expect(validateRuleExecutionWebhook(body)).toBe(true);
    expect(body).toMatchObject({
      accountId: fake.credentials.accountSid,
      conversationId: conversation.id,
      intelligenceConfiguration: { id: CONFIGURATION, ruleId: RULES.end, version: 1, displayName: expect.any(String) },
    });
    expect(body.operatorResults.map((result: { id: string }) => result.id)).toEqual(run!.operatorResultIds);
    expect(body.operatorResults[0].operator).toMatchObject({ id: OPERATORS.text, displayName: examples.CreatedOperator.displayName });

    // Twilio's scheme: bodySHA256 on the URL, the signature an HMAC-SHA1 of that URL with the Auth Token.
    const { headers, url } = received[0]!;
    const requested = new URL(url, receiverUrl);
    expect(requested.pathname).toBe(`/hooks/${RULES.end}`);
    expect(requested.searchParams.get("team")).toBe("cx");
    expect(requested.searchParams.get("bodySHA256")).toBe(createHash("sha256").update(received[0]!.body).digest("hex"));
    expect(headers["x-twilio-signature"]).toBe(createHmac("sha1", fake.credentials.authToken).update(requested.href).digest("base64"));
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["i-twilio-idempotency-token"]).toBe(delivery!.id);
  });

  it("gives the same results for the same seed", async () => {
    const outputs = [];
    for (let round = 0; round < 2; round++) {
      const { fake, conversation } = setup();
      await execute(fake, RULES.end, conversation.id);
      outputs.push(fake.operatorResults.map((result) => [result.id, result.result]));
      await fake.waitForDeliveries();
    }
    expect(outputs[1]).toEqual(outputs[0]);
  });

  it("runs a COMMUNICATION rule on every count-th communication, and the CONVERSATION_END rules when it closes", async () => {
    const { fake, conversation } = setup();
    expect(fake.addCommunication(conversation.id, { text: "I want to move my delivery." })).toEqual([]);
    const [second] = fake.addCommunication(conversation.id, { text: "Friday works." });
    expect(second).toMatchObject({ cause: "COMMUNICATION", ruleId: RULES.every2 });
    expect(fake.addCommunication(conversation.id, { text: "Thanks." })).toEqual([]);
    expect(fake.addCommunication(conversation.id, { text: "Bye." })).toHaveLength(1);
    expect(fake.conversations[0]!.communications).toHaveLength(examples.Conversation.communications.length + 4);

    const [ended] = fake.setConversationStatus(conversation.id, "CLOSED");
    expect(ended).toMatchObject({ cause: "CONVERSATION_END", ruleId: RULES.end });
    expect(fake.setConversationStatus(conversation.id, "CLOSED")).toEqual([]);
    const deliveries = await fake.waitForDeliveries();
    expect(deliveries.map((delivery) => [delivery.ruleId, delivery.state])).toEqual([
      [RULES.every2, "delivered"],
      [RULES.every2, "delivered"],
      [RULES.end, "delivered"],
    ]);
    const result = fake.operatorResults.find((candidate) => candidate.id === ended!.operatorResultIds[0])!;
    expect(result.executionDetails.trigger.on).toBe("CONVERSATION_END");
    expect(result.executionDetails.communications.last).toBe(fake.conversations[0]!.communications.at(-1)!.id);
  });

  it("retries a delivery the receiver fails (5xx, 429), with the same idempotency token, and stops at a 4xx", async () => {
    const { fake, conversation } = setup();
    statuses.push(503, 429);
    await execute(fake, RULES.end, conversation.id);
    const [delivery] = await fake.waitForDeliveries();
    expect(delivery!.attempts.map((attempt) => attempt.status)).toEqual([503, 429, 200]);
    expect(delivery!.state).toBe("delivered");
    expect(new Set(received.map((request) => request.headers["i-twilio-idempotency-token"])).size).toBe(1);

    received.length = 0;
    statuses.push(400);
    await execute(fake, RULES.end, conversation.id);
    const deliveries = await fake.waitForDeliveries();
    expect(deliveries[1]).toMatchObject({ state: "failed", attempts: [{ status: 400 }] });
    expect(received).toHaveLength(1);
  });

  it("signs the action URL as configured: its query is not re-encoded, so a receiver signing that URL agrees", async () => {
    const { fake, conversation } = setup();
    const configuration = fake.configurations[0]!;
    const url = `${receiverUrl}/hooks/as-configured?team=c%20x&tag=~a&q=a+b`;
    fake.seed([{ ...configuration, rules: [{ ...configuration.rules[0]!, actions: [{ type: "WEBHOOK", method: "POST", url }] }] }]);
    await execute(fake, RULES.end, conversation.id);
    const [delivery] = await fake.waitForDeliveries();
    const [request] = received;
    expect(request!.url).toMatch(/^\/hooks\/as-configured\?team=c%20x&tag=~a&q=a\+b&bodySHA256=[0-9a-f]{64}$/);
    const signed = `${receiverUrl}${request!.url}`;
    expect(delivery!.requestUrl).toBe(signed);
    const expected = createHmac("sha1", fake.credentials.authToken).update(signed).digest("base64");
    expect(request!.headers["x-twilio-signature"]).toBe(expected);
  });

  it("waits between retries without leaving an abort listener behind", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const { fake, conversation } = setup({ webhooks: { attempts: 14, retryDelayMs: 0 } });
      statuses.push(...Array.from({ length: 13 }, () => 503));
      await execute(fake, RULES.end, conversation.id);
      const [delivery] = await fake.waitForDeliveries();
      expect(delivery!.attempts).toHaveLength(14);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("gives up after the last attempt when nothing listens, with each error recorded", async () => {
    const { fake, conversation } = setup({ webhooks: { attempts: 2, retryDelayMs: 1 } });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const configuration = fake.configurations[0]!;
    fake.seed([
      {
        ...configuration,
        rules: [{ ...configuration.rules[0]!, actions: [{ type: "WEBHOOK", method: "POST", url: `http://127.0.0.1:${port}/gone` }] }],
      },
    ]);
    await execute(fake, RULES.end, conversation.id);
    const [delivery] = await fake.waitForDeliveries();
    expect(delivery!.state).toBe("failed");
    expect(delivery!.attempts).toHaveLength(2);
    expect(delivery!.attempts[0]!.error).toEqual(expect.any(String));
  });

  it("skips operators it cannot run (unknown, RETIRED) and says why; results need communications", async () => {
    const { fake, conversation } = setup();
    fake.seed.operator({
      ...operator(OPERATORS.label, {}),
      versions: [{ version: 1, status: "RETIRED", dateCreated: "2026-01-01T00:00:00Z" }],
    });
    const configuration = fake.configurations[0]!;
    const unknown = "intelligence_operator_01kcgy1ew0e9x8re6jq542zzzz";
    fake.seed([
      {
        ...configuration,
        rules: [{ ...configuration.rules[0]!, operators: [{ id: unknown }, { id: OPERATORS.label }, { id: OPERATORS.text }] }],
      },
    ]);
    await execute(fake, RULES.end, conversation.id);
    expect(fake.ruleRuns[0]!.skipped).toEqual([
      { operatorId: unknown, reason: "no operator with this id" },
      { operatorId: OPERATORS.label, reason: "every version is RETIRED" },
    ]);
    expect(fake.ruleRuns[0]!.operatorResultIds).toHaveLength(1);

    fake.seed.conversation({ ...conversation, communications: [] });
    await execute(fake, RULES.end, conversation.id);
    expect(fake.ruleRuns[1]).toMatchObject({ operatorResultIds: [], deliveryIds: [] });
    await fake.waitForDeliveries();
  });

  it("forgets runs and deliveries on reset, and stops the ones under way", async () => {
    const { fake, conversation } = setup({ webhooks: { attempts: 5, retryDelayMs: 60_000 } });
    statuses.push(500);
    await execute(fake, RULES.end, conversation.id);
    await expect.poll(() => received.length).toBe(1);
    fake.reset();
    expect(fake.deliveries).toEqual([]);
    expect(fake.ruleRuns).toEqual([]);
    await fake.waitForDeliveries();
    expect(received).toHaveLength(1);
  });

  it("refuses a communication for a conversation it does not have", () => {
    const { fake } = setup();
    expect(() => fake.addCommunication("conv_conversation_01kcgy1ew0e9x8re6jq542zzzz", { text: "hi" })).toThrow(/no seeded conversation/);
  });
});
