/**
 * The server as an agent uses it: the MCP SDK's own client spawns the built `convintel-mcp` over
 * stdio against the fake over HTTP on 127.0.0.1, lists the tools, calls reads, is refused writes
 * without the flags (nothing sent), writes with them, and gets each broken rule of a bad write at
 * its JSON pointer with nothing sent.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { operations } from "@convintel/fetch";
import { createFakeIntelligence, examples } from "@convintel/testing";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { connectTo, textOf } from "./helpers.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const fake = createFakeIntelligence({ seed: 17, recordRequests: true });
let url = "";
const clients: Client[] = [];

beforeAll(async () => {
  url = (await fake.listen()).url;
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

const configurationBody = (scale: unknown) => ({
  displayName: "from an agent",
  rules: [
    {
      operators: [{ id: examples.CreatedOperator.id, parameters: { scale } }],
      triggers: [{ on: "CONVERSATION_END" }],
      actions: [{ type: "WEBHOOK", method: "POST", url: "https://hooks.example.com/agent" }],
    },
  ],
});

describe("convintel-mcp", () => {
  it("says on stderr that it has no credentials, and exits 1, when the environment has none", async () => {
    const { execFile } = await import("node:child_process");
    const bin = fileURLToPath(new URL("../bin/convintel-mcp.js", import.meta.url));
    const outcome = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, "--base-url", url], { env: { PATH: process.env.PATH ?? "" } }, (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain("no Twilio credentials: set TWILIO_API_KEY and TWILIO_API_SECRET");
  });

  it("lists one tool per operation, each with an input schema, reads marked read-only", async () => {
    const client = await connect();
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(client.getServerVersion()).toMatchObject({ name: "convintel", version });
    const { tools } = await client.listTools();
    // One per operation, and the four plan tools.
    expect(tools).toHaveLength(Object.keys(operations).length + 4);
    const update = tools.find((tool) => tool.name === "update_configuration")!;
    expect(update.inputSchema).toMatchObject({ type: "object", required: ["id", "body"] });
    expect(update.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(tools.find((tool) => tool.name === "list_configurations")!.annotations?.readOnlyHint).toBe(true);
  });

  it("reads, and pages with a cursor the agent passes back", async () => {
    fake.seed(
      [0, 1, 2].map((index) => ({
        ...structuredClone(examples.UpdatedConfiguration),
        id: `intelligence_configuration_0000000000000000000000000${index}`,
        displayName: `c${index}`,
      })),
    );
    const client = await connect();
    const first = JSON.parse(textOf(await client.callTool({ name: "list_configurations", arguments: { pageSize: 2 } })));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = JSON.parse(
      textOf(await client.callTool({ name: "list_configurations", arguments: { pageSize: 2, pageToken: first.nextCursor } })),
    );
    expect(second.items.map((item: { displayName: string }) => item.displayName)).toEqual(["c2"]);
    expect(second.nextCursor).toBeNull();
    const fetched = await client.callTool({ name: "fetch_configuration", arguments: { id: first.items[0].id } });
    expect(JSON.parse(textOf(fetched))).toMatchObject({ displayName: "c0" });
  });

  it("is read-only without --allow-writes, and deletes need --allow-deletes: a refused call sends nothing", async () => {
    fake.seed.operator({ ...structuredClone(examples.CreatedOperator), parameters: { scale: { type: "INTEGER", required: true } } });
    const readOnly = await connect();
    const sent = fake.received.length;
    const refused = await readOnly.callTool({ name: "create_configuration", arguments: { body: configurationBody(5) } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toContain("this server is read-only: start it with --allow-writes");
    expect(fake.received.length).toBe(sent);

    const writer = await connect("--allow-writes");
    const created = JSON.parse(textOf(await writer.callTool({ name: "create_configuration", arguments: { body: configurationBody(5) } })));
    expect(fake.configurations.map((configuration) => configuration.id)).toEqual([created.id]);
    const noDelete = await writer.callTool({ name: "delete_configuration", arguments: { id: created.id } });
    expect(textOf(noDelete)).toContain("start it with --allow-deletes too");
    expect(fake.configurations).toHaveLength(1);

    // An operator's update is sent only with the version the agent read (If-Match).
    const operator = fake.operators[0]!;
    const operatorBody = {
      displayName: "renamed",
      prompt: "Rate it from 1 to {{parameters.scale}}.",
      outputFormat: "TEXT",
      parameters: { scale: { type: "INTEGER", required: true } },
    };
    const blind = await writer.callTool({ name: "update_operator", arguments: { id: operator.id, body: operatorBody } });
    expect(textOf(blind)).toContain("/ifMatch is required here");
    const stale = await writer.callTool({ name: "update_operator", arguments: { id: operator.id, ifMatch: "7", body: operatorBody } });
    expect(textOf(stale)).toContain("412");
    const conditional = await writer.callTool({
      name: "update_operator",
      arguments: { id: operator.id, ifMatch: String(operator.version), body: operatorBody },
    });
    expect(conditional.isError, textOf(conditional)).toBeFalsy();
    expect(fake.operators[0]).toMatchObject({ displayName: "renamed", version: operator.version! + 1 });
    // The answer says where the version it replaced is kept, and it is there.
    const kept = JSON.parse(textOf(conditional));
    expect(kept.updated).toMatchObject({ id: operator.id, displayName: "renamed", version: operator.version! + 1 });
    expect(kept.restore).toContain(
      `fetch_operator_version reads the one this update replaced (the version before ${operator.version! + 1})`,
    );
    const earlier = await writer.callTool({ name: "fetch_operator_version", arguments: { id: operator.id, version: operator.version } });
    expect(earlier.isError, textOf(earlier)).toBeFalsy();
    expect(JSON.parse(textOf(earlier))).toMatchObject({ version: operator.version, displayName: operator.displayName });

    const deleter = await connect("--allow-writes", "--allow-deletes");
    const deleted = await deleter.callTool({ name: "delete_configuration", arguments: { id: created.id } });
    expect(deleted.isError, textOf(deleted)).toBeFalsy();
    expect(fake.configurations).toEqual([]);
    // What was deleted comes back with the answer, with the tool that creates it again.
    const answer = JSON.parse(textOf(deleted));
    expect(answer.kept).toMatchObject({ id: created.id, displayName: "from an agent", rules: [expect.any(Object)] });
    expect(answer.restore).toContain("create_configuration with the arguments of `recreate` creates it again");
    // And it does, rules and all.
    expect(answer.recreate.tool).toBe("create_configuration");
    const recreated = await deleter.callTool({ name: answer.recreate.tool, arguments: answer.recreate.arguments });
    expect(recreated.isError, textOf(recreated)).toBeFalsy();
    const { id: _id, rules: keptRules, ...keptFields } = answer.kept;
    expect(fake.configurations).toEqual([
      expect.objectContaining({
        ...keptFields,
        id: expect.any(String),
        version: 1,
        dateCreated: expect.any(String),
        dateUpdated: expect.any(String),
      }),
    ]);
    expect(fake.configurations[0]!.rules.map(({ id: _ruleId, ...rule }) => rule)).toEqual(
      keptRules.map(({ id: _ruleId, ...rule }: { id: string }) => rule),
    );
    // An operator too.
    const operatorGone = await deleter.callTool({ name: "delete_operator", arguments: { id: operator.id } });
    expect(operatorGone.isError, textOf(operatorGone)).toBeFalsy();
    const operatorAnswer = JSON.parse(textOf(operatorGone));
    const operatorBack = await deleter.callTool({ name: operatorAnswer.recreate.tool, arguments: operatorAnswer.recreate.arguments });
    expect(operatorBack.isError, textOf(operatorBack)).toBeFalsy();
    expect(JSON.parse(textOf(operatorBack))).toMatchObject(operatorBody);
    fake.seed.conversation({ ...structuredClone(examples.Conversation), operatorResultIds: [] });
    fake.seed.operatorResult(examples.TextOperatorResult);
    const resultCall = await deleter.callTool({
      name: "delete_operator_result",
      arguments: { operatorResultId: examples.TextOperatorResult.id },
    });
    expect(resultCall.isError, textOf(resultCall)).toBeFalsy();
    const result = JSON.parse(textOf(resultCall));
    expect(result.kept).toMatchObject({ id: examples.TextOperatorResult.id });
    expect(result.restore).toContain("`kept` is the only copy");
  });

  it("refuses a bad rule at its JSON pointer, checked against its operator, and an unknown argument; nothing is sent", async () => {
    fake.seed.operator({ ...structuredClone(examples.CreatedOperator), parameters: { scale: { type: "INTEGER", required: true } } });
    const writer = await connect("--allow-writes");
    const before = fake.requestsFor("CreateConfiguration");
    const wrongType = await writer.callTool({ name: "create_configuration", arguments: { body: configurationBody("five") } });
    expect(wrongType.isError).toBe(true);
    expect(textOf(wrongType)).toContain("Refused before sending (nothing was sent)");
    expect(textOf(wrongType)).toContain("/rules/0/operators/0/parameters/scale");
    const misspelt = await writer.callTool({
      name: "create_configuration",
      arguments: { body: { ...configurationBody(5), descripton: "x" } },
    });
    expect(textOf(misspelt)).toContain("/descripton");
    const extra = await writer.callTool({ name: "create_configuration", arguments: { body: configurationBody(5), force: true } });
    expect(textOf(extra)).toContain("/force is not an argument of create_configuration");
    expect(fake.requestsFor("CreateConfiguration")).toBe(before);
  });

  it("updates a configuration only at the version the agent read, so a person's change made since is kept", async () => {
    fake.seed.operator({ ...structuredClone(examples.CreatedOperator), parameters: { scale: { type: "INTEGER", required: true } } });
    const writer = await connect("--allow-writes");
    const { tools } = await writer.listTools();
    expect(tools.find((tool) => tool.name === "update_configuration")!.description).toContain("only with body.version");
    const created = JSON.parse(textOf(await writer.callTool({ name: "create_configuration", arguments: { body: configurationBody(5) } })));
    const read = JSON.parse(textOf(await writer.callTool({ name: "fetch_configuration", arguments: { id: created.id } })));
    const updates = fake.requestsFor("UpdateConfiguration");

    const blind = await writer.callTool({ name: "update_configuration", arguments: { id: created.id, body: configurationBody(6) } });
    expect(blind.isError).toBe(true);
    expect(textOf(blind)).toContain("/body/version is required here");

    // A person renames it in the console after the agent read it.
    const person = { ...configurationBody(5), displayName: "renamed by a person" };
    const personal = await writer.callTool({
      name: "update_configuration",
      arguments: { id: created.id, body: { ...person, version: read.version } },
    });
    expect(personal.isError, textOf(personal)).toBeFalsy();
    expect(fake.requestsFor("UpdateConfiguration")).toBe(updates + 1);

    const stale = await writer.callTool({
      name: "update_configuration",
      arguments: { id: created.id, body: { ...configurationBody(7), version: read.version } },
    });
    expect(stale.isError).toBe(true);
    expect(textOf(stale)).toContain(`is at version ${read.version + 1} now, not version ${read.version} as you read it`);
    expect(textOf(stale)).toContain("renamed by a person");
    expect(fake.requestsFor("UpdateConfiguration")).toBe(updates + 1);
    expect(fake.configurations[0]).toMatchObject({ displayName: "renamed by a person", version: read.version + 1 });

    const current = await writer.callTool({
      name: "update_configuration",
      arguments: { id: created.id, body: { ...configurationBody(7), version: read.version + 1 } },
    });
    expect(current.isError, textOf(current)).toBeFalsy();
    const answer = JSON.parse(textOf(current));
    expect(answer.updated).toMatchObject({ version: read.version + 2, displayName: "from an agent" });
    // What it wrote over is in the answer, and the update it names puts it back.
    expect(answer.replaced).toMatchObject({ version: read.version + 1, body: { displayName: "renamed by a person" } });
    expect(answer.restore).toContain(
      `body.version ${read.version + 2} puts version ${read.version + 1} back (the rule this update removed coming back under new ids)`,
    );
    const restored = await writer.callTool({
      name: "update_configuration",
      arguments: { id: created.id, body: { ...answer.replaced.body, version: read.version + 2 } },
    });
    expect(restored.isError, textOf(restored)).toBeFalsy();
    expect(fake.configurations[0]).toMatchObject({ displayName: "renamed by a person", version: read.version + 3 });
  });
});
