/**
 * Operators as code, `run()` in-process against two fakes over HTTP on 127.0.0.1 (two accounts):
 * pull writes one file per operator the account authored and rules name them by file; an edit plans
 * a new version (with the rules that pin an older one) and is written with If-Match; a new operator
 * and a configuration naming it are applied in one run, the operator first; a console change made
 * after the plan is refused; --prune deletes an operator only when no configuration names it; the
 * same operator files plan against a second account, where the names resolve to its own ids.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IntelligenceClient, type LanguageOperator } from "@convintel/client";
import { createFakeIntelligence, type FakeIntelligence } from "@convintel/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { run } from "../src/index.js";
import { testIo } from "./helpers/io.js";

let staging: FakeIntelligence;
let production: FakeIntelligence;
const urls = new Map<FakeIntelligence, string>();
let work: string;

beforeAll(async () => {
  staging = createFakeIntelligence({ seed: 21, recordRequests: true });
  production = createFakeIntelligence({ seed: 22, recordRequests: true });
  for (const fake of [staging, production]) urls.set(fake, (await fake.listen()).url);
});
afterAll(async () => {
  await staging.close();
  await production.close();
});
beforeEach(async () => {
  staging.reset();
  production.reset();
  work = await mkdtemp(join(tmpdir(), "convintel-operators-"));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const clientOf = (fake: FakeIntelligence) => new IntelligenceClient({ ...fake.credentials, baseUrl: urls.get(fake)!, env: {} });

async function convintel(args: string[], fake = staging) {
  const io = testIo(fake, urls.get(fake)!, work);
  const code = await run(args, io.value);
  return { code, stdout: io.out(), stderr: io.err() };
}

const path = (...parts: string[]) => join(work, "intelligence", ...parts);
const read = (...parts: string[]) => readFile(path(...parts), "utf8");
const edit = async (from: string, to: string, ...parts: string[]) => writeFile(path(...parts), (await read(...parts)).replace(from, to));

/** Every item of a listing (Array.fromAsync is not in Node.js 20). */
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}

const webhook = { type: "WEBHOOK" as const, method: "POST" as const, url: "https://hooks.example.com/intelligence" };

/** An account with one operator of its own, a configuration that runs its current version and one that pins version 1. */
async function seedAccount(fake: FakeIntelligence): Promise<LanguageOperator> {
  const client = clientOf(fake);
  const operator = await client.operators.create({
    displayName: "Script adherence",
    description: "Did the agent follow the script?",
    prompt: "Read the conversation.\nSay whether the agent followed {{parameters.script}}.\n",
    outputFormat: "TEXT",
    parameters: { script: { type: "STRING", required: true } },
  });
  await client.configurations.create({
    displayName: "Sales QA",
    rules: [
      { operators: [{ id: operator.id!, parameters: { script: "sales" } }], triggers: [{ on: "CONVERSATION_END" }], actions: [webhook] },
    ],
  });
  await client.configurations.create({
    displayName: "Pinned",
    rules: [
      {
        operators: [{ id: operator.id!, version: 1, parameters: { script: "old" } }],
        triggers: [{ on: "CONVERSATION_END" }],
        actions: [webhook],
      },
    ],
  });
  return operator;
}

describe("operators as code", () => {
  it("pulls one file per authored operator and names it by file in the rules that run its current version", async () => {
    const operator = await seedAccount(staging);
    const pulled = await convintel(["pull"]);
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout).toContain("1 operator(s) of the account into intelligence/operators");
    // Progress on stderr, phase by phase.
    expect(pulled.stderr).toContain("pull: read 2 configuration(s) and 1 operator(s)\n");
    const text = await read("operators", "script-adherence.yaml");
    // The prompt as a block, the fields in the spec's order, no id (it differs per account).
    expect(text).toContain("prompt: |\n  Read the conversation.\n  Say whether the agent followed {{parameters.script}}.\n");
    expect(Object.keys(parseDocument(text).toJS())).toEqual(["displayName", "description", "prompt", "outputFormat", "parameters"]);
    expect(parseDocument(await read("configurations", "sales-qa.yaml")).toJS().rules[0].operators).toEqual([
      { operator: "script-adherence", parameters: { script: "sales" } },
    ]);
    // A pinned version belongs to one account: kept by id.
    expect(parseDocument(await read("configurations", "pinned.yaml")).toJS().rules[0].operators).toEqual([
      { id: operator.id, version: 1, parameters: { script: "old" } },
    ]);
    const state = JSON.parse(await read(".convintel", "state.json"));
    expect(state.operators[operator.id!]).toMatchObject({ name: "script-adherence", operator: { version: 1 } });
    expect(await convintel(["validate"])).toMatchObject({
      code: 0,
      stdout: "2 configuration file(s) and 1 operator file(s) in intelligence are valid.\n",
    });
    expect((await convintel(["plan"])).stdout).toContain("No changes.");
  });

  it("plans an edit as a new version, names the rules that pin an older one, and writes it with If-Match", async () => {
    const operator = await seedAccount(staging);
    await convintel(["pull"]);
    await edit("Read the conversation.", "Read the whole conversation.", "operators", "script-adherence.yaml");
    const plan = await convintel(["plan"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(`~ update intelligence/operators/script-adherence.yaml ${operator.id} (version 1 → 2: a new version)`);
    expect(plan.stdout).toContain("~ prompt:");
    expect(plan.stdout).toContain(
      "note: intelligence/configurations/pinned.yaml rules[0].operators[0] pins version 1, and keeps running it",
    );
    expect(plan.stdout).toContain("operators: 0 to create, 1 to update, 0 to delete, 0 unchanged.");
    const json = JSON.parse((await convintel(["plan", "--json"])).stdout);
    expect(json.operators.changes[0]).toMatchObject({ kind: "operator", action: "update", liveVersion: 1, pins: [{ version: 1 }] });

    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const update = staging.received.find((request) => request.operationId === "UpdateOperator");
    expect(update?.headers["if-match"]).toBeDefined();
    const live = await clientOf(staging).operators.fetch(operator.id!);
    expect(live).toMatchObject({ version: 2, prompt: expect.stringContaining("Read the whole conversation.") });
    expect(applied.stdout).toMatch(/kept in intelligence\/\.convintel\/backups\/ \(1 file\(s\)\)/);
    expect((await convintel(["plan"])).stdout).toContain("No changes.");
  });

  it("refuses to write an operator changed in the console after the plan, and keeps the console's change", async () => {
    const operator = await seedAccount(staging);
    await convintel(["pull"]);
    await edit("Did the agent follow the script?", "Edited in git", "operators", "script-adherence.yaml");
    const saved = await convintel(["plan", "--out", "plan.json"]);
    expect(saved.code, saved.stderr).toBe(0);
    await clientOf(staging).operators.modify(operator.id!, (current) => ({ ...current, prompt: "Changed in the console" }));
    const applied = await convintel(["apply", "plan.json", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain("changed live after the plan read it (version 1 → 2)");
    expect(await clientOf(staging).operators.fetch(operator.id!)).toMatchObject({ version: 2, prompt: "Changed in the console" });
    // Planned again: both sides changed, the same object, different fields: the file's edit is made over the console's.
    const plan = await convintel(["plan"]);
    expect(plan.stdout).toContain("~ description:");
  });

  it("creates a new operator before the configuration that names it, in one apply", async () => {
    await seedAccount(staging);
    await convintel(["pull"]);
    await writeFile(
      path("operators", "tone.yaml"),
      "displayName: Tone\nprompt: |\n  Rate the tone from 1 to {{parameters.scale}}.\noutputFormat: TEXT\nparameters:\n  scale: { type: INTEGER, required: true }\n",
    );
    await writeFile(
      path("configurations", "tone-check.yaml"),
      "displayName: Tone check\nrules:\n  - operators:\n      - operator: tone\n        parameters: { scale: 5 }\n    triggers: [{ on: CONVERSATION_END }]\n    actions:\n      - { type: WEBHOOK, method: POST, url: https://hooks.example.com/tone }\n",
    );
    const plan = await convintel(["plan"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('+ create intelligence/operators/tone.yaml "Tone" (a new operator, version 1)');
    expect(plan.stdout).toContain('+ create intelligence/configurations/tone-check.yaml "Tone check"');
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout.indexOf("intelligence/operators/tone.yaml")).toBeLessThan(applied.stdout.indexOf("tone-check.yaml"));
    const operators = await all(clientOf(staging).operators.list());
    const tone = operators.find((operator) => operator.displayName === "Tone")!;
    const configurations = await all(clientOf(staging).configurations.list());
    expect(configurations.find((configuration) => configuration.displayName === "Tone check")?.rules[0]?.operators[0]?.id).toBe(tone.id);
    // The file keeps naming the operator by file; the next plan has nothing to do.
    expect(await read("configurations", "tone-check.yaml")).toContain("operator: tone");
    expect((await convintel(["plan"])).stdout).toContain("No changes.");
  });

  it("reports a rule naming no operator file, or naming one with a version, at its file:line:column", async () => {
    await seedAccount(staging);
    await convintel(["pull"]);
    await edit("operator: script-adherence", "operator: script-adherense", "configurations", "sales-qa.yaml");
    const validated = await convintel(["validate"]);
    expect(validated.code).toBe(1);
    expect(validated.stderr).toMatch(
      /intelligence\/configurations\/sales-qa\.yaml:\d+:\d+: error \/rules\/0\/operators\/0\/operator names no operator file: operators\/script-adherense\.yaml does not exist \(did you mean script-adherence\?\)/,
    );
    await edit("operator: script-adherense", "operator: script-adherence\n        version: 1", "configurations", "sales-qa.yaml");
    expect((await convintel(["plan"])).stderr).toContain("an operator named by file runs its current version");
    // A parameter the operator file does not declare is found offline, named by its file.
    await edit("operator: script-adherence\n        version: 1", "operator: script-adherence", "configurations", "sales-qa.yaml");
    await edit("script: sales", "scrip: sales", "configurations", "sales-qa.yaml");
    expect((await convintel(["validate"])).stderr).toContain(
      'is not a parameter of operator "script-adherence" (operators/script-adherence.yaml)',
    );
  });

  it("deletes an operator with --prune only when no configuration names it", async () => {
    const operator = await seedAccount(staging);
    await convintel(["pull"]);
    await rm(path("operators", "script-adherence.yaml"));
    await writeFile(path("operators", "keep.yaml"), "displayName: Keep\nprompt: Keep it\noutputFormat: TEXT\n");
    await rm(path("configurations", "sales-qa.yaml"));
    // pinned.yaml still names it, by id.
    const refused = await convintel(["plan", "--prune"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      `✗ ${operator.id}: operator "Script adherence" has no file, but intelligence/configurations/pinned.yaml rules[0].operators[0] still names it`,
    );
    await rm(path("configurations", "pinned.yaml"));
    await writeFile(
      path("configurations", "kept.yaml"),
      "displayName: Kept\nrules:\n  - operators: [{ operator: keep }]\n    triggers: [{ on: CONVERSATION_END }]\n    actions: [{ type: WEBHOOK, method: POST, url: https://hooks.example.com/keep }]\n",
    );
    const applied = await convintel(["apply", "--prune", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain(`- delete operator ${operator.id} "Script adherence" (version 1)`);
    // The operator a new configuration names first; the configurations that named the deleted one before it goes.
    const writes = staging.received.filter((request) => request.method !== "GET").map((request) => request.operationId);
    expect(writes.slice(-5)).toEqual([
      "CreateOperator",
      "CreateConfiguration",
      "DeleteConfiguration",
      "DeleteConfiguration",
      "DeleteOperator",
    ]);
    // What the delete removed is kept as an operator file, ready to be copied back into operators/.
    const backups = await readdir(path(".convintel", "backups"));
    const kept = backups.find((name) => name.endsWith(`-delete-${operator.id}.yaml`))!;
    expect(parseDocument(await read(".convintel", "backups", kept)).toJS()).toMatchObject({
      displayName: "Script adherence",
      parameters: { script: { type: "STRING", required: true } },
    });
  });

  it("refuses --prune with an empty operators/ folder: it would delete every operator of the account", async () => {
    await seedAccount(staging);
    await convintel(["pull"]);
    await rm(path("configurations", "sales-qa.yaml"));
    await rm(path("operators", "script-adherence.yaml"));
    const pruned = await convintel(["plan", "--prune"]);
    expect(pruned.code).toBe(1);
    expect(pruned.stderr).toContain("--prune with no operator files in intelligence/operators would delete every operator of the account");
    expect(await all(clientOf(staging).operators.list())).toHaveLength(1);
  });

  it("imports one live operator or configuration into a new file, and refuses one a file already stands for", async () => {
    const operator = await seedAccount(staging);
    await convintel(["pull"]);
    const client = clientOf(staging);
    const made = await client.operators.create({ displayName: "Made in the console", prompt: "Summarise.", outputFormat: "TEXT" });
    const configuration = await client.configurations.create({
      displayName: "Console made",
      rules: [{ operators: [{ id: made.id! }], triggers: [{ on: "CONVERSATION_END" }], actions: [webhook] }],
    });
    expect(await convintel(["import", made.id!])).toMatchObject({
      code: 0,
      stdout: `Imported ${made.id} into intelligence/operators/made-in-the-console.yaml.\n`,
    });
    expect((await convintel(["import", configuration.id])).code).toBe(0);
    expect(parseDocument(await read("configurations", "console-made.yaml")).toJS().rules[0].operators).toEqual([
      { operator: "made-in-the-console" },
    ]);
    expect((await convintel(["plan"])).stdout).toContain("No changes.");
    expect((await convintel(["import", operator.id!])).stderr).toContain("intelligence/operators/script-adherence.yaml already stands for");
    expect((await convintel(["import", "intelligence_operator_01kcgy1ew0e9x8re6jq542zzzz"])).stderr).toContain(
      "no operator intelligence_operator_01kcgy1ew0e9x8re6jq542zzzz in this account",
    );
    expect((await convintel(["import", "nonsense"])).stderr).toContain("is neither a configuration id");
  });

  it("pulls one file again, by path or by id, and nothing else; refuses to overwrite work in it without --force", async () => {
    const operator = await seedAccount(staging);
    await convintel(["pull"]);
    const client = clientOf(staging);
    await client.operators.modify(operator.id!, (current) => ({ ...current, description: "Changed in the console" }));
    const [sales] = (await all(client.configurations.list())).filter((configuration) => configuration.displayName === "Sales QA");
    await client.configurations.update(sales!.id, { displayName: "Sales QA", description: "live", rules: sales!.rules });
    const before = await read("configurations", "sales-qa.yaml");

    const one = await convintel(["pull", "intelligence/operators/script-adherence.yaml"]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toBe("Pulled intelligence/operators/script-adherence.yaml again from the account.\n");
    expect(await read("operators", "script-adherence.yaml")).toContain("description: Changed in the console");
    expect(await read("configurations", "sales-qa.yaml")).toBe(before);
    const plan = await convintel(["plan"]);
    expect(plan.stdout).toContain("! drift intelligence/configurations/sales-qa.yaml");
    expect(plan.stdout).toContain("operators: 0 to create, 0 to update, 0 to delete, 1 unchanged");

    await edit("displayName: Sales QA", "displayName: Sales QA (edited)", "configurations", "sales-qa.yaml");
    const refused = await convintel(["pull", sales!.id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("intelligence/configurations/sales-qa.yaml: changed since it was pulled");
    expect((await convintel(["pull", sales!.id, "--force"])).code).toBe(0);
    expect(await read("configurations", "sales-qa.yaml")).toContain("description: live");
    expect((await convintel(["plan"])).stdout).toContain("No changes.");
    expect((await convintel(["pull", "nothing.yaml"])).stderr).toContain("is no configuration or operator file of intelligence");
  });

  it("plans the same operator files against a second account, where each name resolves to that account's id", async () => {
    await seedAccount(staging);
    await convintel(["pull"]);
    // Production has its own copy of the operator, made in its console (another id), but no configurations yet.
    const theirs = await clientOf(production).operators.create({
      displayName: "Script adherence",
      description: "Did the agent follow the script?",
      prompt: "Read the conversation.\nSay whether the agent followed {{parameters.script}}.\n",
      outputFormat: "TEXT",
      parameters: { script: { type: "STRING", required: true } },
    });
    await rm(path("configurations", "pinned.yaml")); // pins a version of staging's operator by id
    const plan = await convintel(["plan"], production);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("operators: 0 to create, 0 to update, 0 to delete, 1 unchanged.");
    const applied = await convintel(["apply", "--auto-approve"], production);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const [created] = await all(clientOf(production).configurations.list());
    expect(created?.rules[0]?.operators[0]?.id).toBe(theirs.id);
    // Staging still plans its own operator, by its own record.
    expect((await convintel(["plan"])).stdout).toContain("operators: 0 to create, 0 to update, 0 to delete, 1 unchanged.");
  });

  it("keeps the configurations of two accounts in one folder: each plans clean, takes the same edit, and keeps its rule ids", async () => {
    await seedAccount(staging);
    await convintel(["pull"]);
    await rm(path("configurations", "pinned.yaml"));
    expect((await convintel(["apply", "--auto-approve", "--prune"])).code).toBe(0);
    expect((await convintel(["apply", "--auto-approve"], production)).code).toBe(0);
    const [stagingQa] = await all(clientOf(staging).configurations.list());
    const [productionQa] = await all(clientOf(production).configurations.list());
    // One file, one record per account: both plan clean, and no id of either account is in the file.
    const state = JSON.parse(await read(".convintel", "state.json"));
    expect(state.configurations[stagingQa!.id].name).toBe("sales-qa");
    expect(state.configurations[productionQa!.id].name).toBe("sales-qa");
    expect(await read("configurations", "sales-qa.yaml")).not.toMatch(/intelligence_(configuration|operator)/);
    for (const fake of [staging, production]) {
      const plan = await convintel(["plan", "--detailed-exitcode"], fake);
      expect(plan.code, plan.stdout).toBe(0);
    }
    // A new rule before the existing one, and an edit of the existing one: the same file applies to both accounts.
    const file = parseDocument(await read("configurations", "sales-qa.yaml"));
    const existing = file.getIn(["rules", 0]);
    file.setIn(["rules", 0, "operators", 0, "parameters", "script"], "sales-2027");
    file.set(
      "rules",
      file.createNode([{ operators: [{ operator: "script-adherence", parameters: { script: "support" } }], actions: [webhook] }]),
    );
    (file.get("rules") as { items: unknown[] }).items.push(existing);
    await writeFile(path("configurations", "sales-qa.yaml"), file.toString());
    for (const [fake, before] of [
      [staging, stagingQa!],
      [production, productionQa!],
    ] as const) {
      const plan = await convintel(["plan"], fake);
      expect(plan.stdout).toContain(`~ update intelligence/configurations/sales-qa.yaml ${before.id}`);
      expect((await convintel(["apply", "--auto-approve"], fake)).code).toBe(0);
      const after = await clientOf(fake).configurations.fetch(before.id);
      expect(after.rules.map((rule) => rule.operators[0]!.parameters)).toEqual([{ script: "support" }, { script: "sales-2027" }]);
      // The edited rule is the same rule (its id), the new one has a new id.
      expect(after.rules[1]!.id).toBe(before.rules[0]!.id);
      expect(after.rules[0]!.id).not.toBe(before.rules[0]!.id);
    }
    for (const fake of [staging, production]) expect((await convintel(["plan", "--detailed-exitcode"], fake)).code).toBe(0);
    // The file as a pull writes it (triggers: [] added) is the same from either account.
    expect((await convintel(["pull"])).code).toBe(0);
    const text = await read("configurations", "sales-qa.yaml");
    expect((await convintel(["pull"], production)).code).toBe(0);
    expect(await read("configurations", "sales-qa.yaml")).toBe(text);
  });
});
