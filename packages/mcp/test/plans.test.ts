/**
 * The plan tools as an agent uses them, through the MCP SDK's client and the built server against
 * the fake over HTTP: a partial edit planned (fields shown, nothing written) and applied exactly, an
 * apply refused when someone changed the configuration since the plan, a rule checked against its
 * operator, and a conversation's operator results summarized.
 */
import { IntelligenceClient } from "@convintel/client";
import { createFakeIntelligence, examples } from "@convintel/testing";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { connectTo, textOf } from "./helpers.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

const fake = createFakeIntelligence({ seed: 19 });
let url = "";
let human: IntelligenceClient;
const clients: Client[] = [];

beforeAll(async () => {
  url = (await fake.listen()).url;
  human = new IntelligenceClient({ ...fake.credentials, baseUrl: url, env: {} });
});
beforeEach(() => {
  fake.seed.operator({ ...structuredClone(examples.CreatedOperator), parameters: { scale: { type: "INTEGER", required: true } } });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  fake.reset();
});
afterAll(() => fake.close());

async function connect(...flags: string[]): Promise<Client> {
  const client = await connectTo(fake, url, ...flags);
  clients.push(client);
  return client;
}

const call = async (client: Client, name: string, args: Record<string, unknown>) => {
  const result = await client.callTool({ name, arguments: args });
  return { error: result.isError === true, text: textOf(result) };
};

const rule = (scale: unknown) => ({
  operators: [{ id: examples.CreatedOperator.id, parameters: { scale } }],
  triggers: [{ on: "CONVERSATION_END" }],
  actions: [{ type: "WEBHOOK", method: "POST", url: "https://hooks.example.com/agent" }],
});

const seedConfiguration = () => human.configurations.create({ displayName: "sentiment", description: "before", rules: [rule(5) as never] });

describe("plan, then apply", () => {
  it("plans a partial edit without writing, then applies exactly that plan", async () => {
    const configuration = await seedConfiguration();
    const agent = await connect("--allow-writes");
    const planned = await call(agent, "plan_configuration_change", { id: configuration.id, change: { description: "after" } });
    expect(planned.error, planned.text).toBe(false);
    const plan = JSON.parse(planned.text);
    expect(plan).toMatchObject({ version: 1, fields: [{ field: "description", before: "before", after: "after" }] });
    expect((await human.configurations.fetch(configuration.id)).version).toBe(1);
    const applied = JSON.parse((await call(agent, "apply_configuration_plan", { planId: plan.planId })).text);
    expect(applied).toMatchObject({ applied: plan.planId, updated: { id: configuration.id, version: 2, description: "after" } });
    expect(applied.replaced).toMatchObject({ version: 1, body: { displayName: "sentiment", description: "before" } });
    const now = await human.configurations.fetch(configuration.id);
    expect(now).toMatchObject({ description: "after", rules: configuration.rules });
    // A plan applies once.
    expect((await call(agent, "apply_configuration_plan", { planId: plan.planId })).text).toContain("No plan");
  });

  it("refuses to apply a plan when someone changed the configuration since, and keeps their change", async () => {
    const configuration = await seedConfiguration();
    const agent = await connect("--allow-writes");
    const plan = JSON.parse(
      (await call(agent, "plan_configuration_change", { id: configuration.id, change: { description: "agent" } })).text,
    );
    await human.configurations.modify(configuration.id, (current) => ({ ...current, displayName: "renamed by a person" }));
    const refused = await call(agent, "apply_configuration_plan", { planId: plan.planId });
    expect(refused.error).toBe(true);
    expect(refused.text).toContain("changed since the plan read it (version 1 → 2; changed: displayName)");
    expect(await human.configurations.fetch(configuration.id)).toMatchObject({
      displayName: "renamed by a person",
      description: "before",
      version: 2,
    });
  });

  it("is read-only without --allow-writes: a plan is shown, its apply refused", async () => {
    const configuration = await seedConfiguration();
    const agent = await connect();
    const plan = JSON.parse((await call(agent, "plan_configuration_change", { id: configuration.id, change: { displayName: "x" } })).text);
    const refused = await call(agent, "apply_configuration_plan", { planId: plan.planId });
    expect(refused.text).toContain("start it with --allow-writes");
    expect((await human.configurations.fetch(configuration.id)).displayName).toBe("sentiment");
  });

  it("refuses a plan whose rules break their operator, at the JSON pointer, and makes none", async () => {
    const configuration = await seedConfiguration();
    const agent = await connect("--allow-writes");
    const refused = await call(agent, "plan_configuration_change", { id: configuration.id, change: { rules: [rule("five")] } });
    expect(refused.error).toBe(true);
    expect(refused.text).toContain("/rules/0/operators/0/parameters/scale");
    expect(refused.text).toContain("nothing was sent");
  });
});

describe("check_rule and summarize_conversation", () => {
  it("checks a rule against its operator", async () => {
    const agent = await connect();
    expect(JSON.parse((await call(agent, "check_rule", { rule: rule(5) })).text)).toEqual({ valid: true, warnings: [] });
    const bad = await call(agent, "check_rule", { rule: rule("five") });
    expect(bad.error).toBe(true);
    expect(bad.text).toContain("/rules/0/operators/0/parameters/scale");
  });

  it("summarizes a conversation's operator results", async () => {
    fake.seed.conversation(structuredClone(examples.Conversation));
    fake.seed.operatorResult(structuredClone(examples.TextOperatorResult));
    const agent = await connect();
    const summary = JSON.parse(
      (await call(agent, "summarize_conversation", { conversationId: examples.TextOperatorResult.conversationId })).text,
    );
    expect(summary.results).toEqual([
      expect.objectContaining({
        outputFormat: "TEXT",
        result: (examples.TextOperatorResult.result as { text: string }).text,
        operator: examples.TextOperatorResult.operator.id,
      }),
    ]);
  });
});
