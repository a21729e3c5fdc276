/**
 * The fake as a service: `convintel-fake --seed-file` starts from a file's data, and the control
 * endpoint (`/__convintel/`) seeds, injects faults, resets and shows the state over HTTP, behind the
 * fake's credentials, so a test in any language drives it.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startCommand, type Running } from "../src/command.js";
import { examples } from "../src/index.js";

let dir: string;
let running: Running | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "convintel-fake-service-"));
});
afterEach(async () => {
  await running?.fake.close();
  running = undefined;
  await rm(dir, { recursive: true, force: true });
});

const data = {
  operators: [structuredClone(examples.CreatedOperator)],
  configurations: [structuredClone(examples.UpdatedConfiguration)],
  conversations: [{ conversation: structuredClone(examples.Conversation), memoryStore: false }],
  operatorResults: [structuredClone(examples.TextOperatorResult)],
};

async function start(
  ...args: string[]
): Promise<{ url: string; errors: string[]; call: (path: string, init?: RequestInit) => Promise<Response> }> {
  const lines: string[] = [];
  const errors: string[] = [];
  running = await startCommand(
    ["--port", "0", "--quiet", ...args],
    (line) => lines.push(line),
    (line) => errors.push(line),
  );
  const url = running?.server.url ?? "";
  const { accountSid, authToken } = running?.fake.credentials ?? { accountSid: "", authToken: "" };
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: { authorization: `Basic ${btoa(`${accountSid}:${authToken}`)}`, "content-type": "application/json", ...init.headers },
    });
  return { url, errors, call };
}

describe("convintel-fake --seed-file", () => {
  it("starts from the file's operators, configurations, conversations and results", async () => {
    const file = join(dir, "data.json");
    await writeFile(file, JSON.stringify(data));
    const { call } = await start("--seed-file", file);
    const listed = (await (await call("/v3/ControlPlane/Configurations")).json()) as { items: { id: string }[] };
    expect(listed.items.map((configuration) => configuration.id)).toEqual([examples.UpdatedConfiguration.id]);
    expect((await call(`/v3/ControlPlane/Operators/${examples.CreatedOperator.id}`)).status).toBe(200);
    expect((await call(`/v3/Conversations/${examples.Conversation.id}`)).status).toBe(200);
    expect((await call(`/v3/OperatorResults/${examples.TextOperatorResult.id}`)).status).toBe(200);
    // The conversation was seeded without a memory store: a rule execution on it is refused as the API refuses it.
    const execution = await call("/v3/RuleExecutions", {
      method: "POST",
      body: JSON.stringify({
        intelligenceConfigurationId: examples.UpdatedConfiguration.id,
        ruleId: examples.UpdatedConfiguration.rules[0]!.id,
        conversationId: examples.Conversation.id,
      }),
    });
    expect(execution.status).toBe(422);
  });

  it("refuses a file that does not read or whose data breaks the spec, naming the item", async () => {
    expect((await start("--seed-file", join(dir, "missing.json"))).errors).toEqual([`--seed-file ${join(dir, "missing.json")}: ENOENT`]);
    const file = join(dir, "bad.json");
    await writeFile(file, JSON.stringify({ configurations: [{ ...data.configurations[0], id: "nope" }] }));
    const { errors } = await start("--seed-file", file);
    expect(errors[0]).toMatch(/^--seed-file .*bad\.json: seed data: configurations\[0\]: /);
    await writeFile(file, JSON.stringify({ operator: [] }));
    expect((await start("--seed-file", file)).errors[0]).toContain(
      "operator is not one of operators, configurations, conversations, operatorResults (did you mean operators?)",
    );
  });
});

describe("convintel-fake --account-sid --auth-token", () => {
  it("takes the credentials it is given, so other containers can be given them too", async () => {
    const accountSid = `AC${"1".repeat(32)}`;
    const { url } = await start("--account-sid", accountSid, "--auth-token", "compose-token");
    const answer = await fetch(`${url}/v3/ControlPlane/Configurations`, {
      headers: { authorization: `Basic ${btoa(`${accountSid}:compose-token`)}` },
    });
    expect(answer.status).toBe(200);
  });
});

describe("the control endpoint", () => {
  it("seeds, injects faults and removes them, shows the state, and resets to the starting data", async () => {
    const file = join(dir, "data.json");
    await writeFile(file, JSON.stringify({ operators: data.operators }));
    const { call } = await start("--seed-file", file);
    expect(
      (await call("/__convintel/seed", { method: "POST", body: JSON.stringify({ configurations: data.configurations }) })).status,
    ).toBe(204);
    const fault = await call("/__convintel/faults", {
      method: "POST",
      body: JSON.stringify({ operationId: "ListConfigurations", fault: { kind: "serverError", status: 503 }, times: 2 }),
    });
    expect(fault.status).toBe(201);
    const { id } = (await fault.json()) as { id: string };
    expect((await call("/v3/ControlPlane/Configurations")).status).toBe(503);
    expect((await call(`/__convintel/faults/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call("/v3/ControlPlane/Configurations")).status).toBe(200);
    const state = (await (await call("/__convintel/state")).json()) as Record<string, { id: string }[]>;
    expect(state.configurations!.map((configuration) => configuration.id)).toEqual([examples.UpdatedConfiguration.id]);
    expect(Object.keys(state).sort()).toEqual([
      "configurations",
      "conversations",
      "deliveries",
      "operatorResults",
      "operators",
      "ruleExecutions",
      "ruleRuns",
    ]);
    // A reset empties what was seeded since, and seeds the file's data again.
    expect((await call("/__convintel/reset", { method: "POST" })).status).toBe(204);
    const after = (await (await call("/__convintel/state")).json()) as Record<string, { id: string }[]>;
    expect(after.configurations).toEqual([]);
    expect(after.operators!.map((operator) => operator.id)).toEqual([examples.CreatedOperator.id]);
  });

  it("takes the fake's credentials, and says what is wrong with a request", async () => {
    const { url, call } = await start();
    const anonymous = await fetch(`${url}/__convintel/state`);
    expect(anonymous.status).toBe(401);
    expect((await call("/__convintel/faults", { method: "POST", body: JSON.stringify({ fault: { kind: "explode" } }) })).status).toBe(400);
    const unknownField = await call("/__convintel/faults", {
      method: "POST",
      body: JSON.stringify({ fault: { kind: "hang" }, match: "x" }),
    });
    expect(await unknownField.text()).toContain("match is not a field of a fault rule sent over HTTP");
    expect((await call("/__convintel/seed", { method: "POST", body: "{not json" })).status).toBe(400);
    expect((await call("/__convintel/faults/99", { method: "DELETE" })).status).toBe(404);
    expect((await call("/__convintel/nothing")).status).toBe(404);
    // None of it counted as an API request.
    expect(running!.fake.requests).toBe(0);
  });
});
