/**
 * The real binary, as a child process, against the fake over HTTP on 127.0.0.1: pull → edit → plan
 * (exit 0; 2 with --detailed-exitcode) → apply → plan (exit 0); a change made live between plan and apply is refused; bad files
 * get file:line:column and nothing is sent; 200 configurations go through plan and apply.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IntelligenceClient, type IntelligenceConfiguration } from "@convintel/client";
import { createFakeIntelligence, examples, type FakeIntelligence } from "@convintel/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";

const BIN = fileURLToPath(new URL("../bin/convintel.js", import.meta.url));
const OPERATOR = "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b";

let fake: FakeIntelligence;
let baseUrl: string;
let work: string;
let client: IntelligenceClient;

beforeAll(async () => {
  fake = createFakeIntelligence({ seed: 11 });
  baseUrl = (await fake.listen()).url;
});
afterAll(() => fake.close());
beforeEach(async () => {
  fake.reset();
  fake.seed.operator({
    ...structuredClone(examples.CreatedOperator),
    id: OPERATOR,
    parameters: { scale: { type: "INTEGER", required: true } },
  });
  work = await mkdtemp(join(tmpdir(), "convintel-cli-"));
  client = new IntelligenceClient({ ...fake.credentials, baseUrl, env: {} });
});
afterEach(() => rm(work, { recursive: true, force: true }));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function convintel(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: work,
        env: {
          PATH: process.env.PATH ?? "",
          TWILIO_ACCOUNT_SID: fake.credentials.accountSid,
          TWILIO_AUTH_TOKEN: fake.credentials.authToken,
          CONVINTEL_BASE_URL: baseUrl,
          CI: "true",
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const rule = (scale: unknown, url = "https://hooks.example.com/intelligence") => ({
  operators: [{ id: OPERATOR, parameters: { scale } }],
  triggers: [{ on: "CONVERSATION_END" as const }],
  actions: [{ type: "WEBHOOK" as const, method: "POST" as const, url }],
});

async function seedLive(count: number): Promise<IntelligenceConfiguration[]> {
  const created = [];
  for (let index = 0; index < count; index++) {
    created.push(await client.configurations.create({ displayName: `team-${index}`, description: "managed as code", rules: [rule(5)] }));
  }
  return created;
}

const configurationFile = (name: string) => join(work, "intelligence", "configurations", name);

describe("convintel", () => {
  it("pull → edit → plan (0; 2 with --detailed-exitcode) → apply → plan (0)", async () => {
    const [first, second] = await seedLive(2);
    const pulled = await convintel(["pull"]);
    expect(pulled, pulled.stderr).toMatchObject({ code: 0 });
    expect(pulled.stdout).toContain("Pulled 2 configuration(s)");
    expect((await readdir(join(work, "intelligence", "configurations"))).sort()).toEqual(["team-0.yaml", "team-1.yaml"]);
    const text = await readFile(configurationFile("team-0.yaml"), "utf8");
    // No id of the account (neither the configuration's nor its rules'): state.json keeps them, by file.
    expect(text).not.toContain("intelligence_configuration");
    // Stable key order: the spec's order of the update body, the rule's, the operator's.
    expect(Object.keys(parseDocument(text).toJS())).toEqual(["displayName", "description", "rules"]);
    expect(Object.keys(parseDocument(text).toJS().rules[0])).toEqual(["operators", "triggers", "actions"]);
    const state = JSON.parse(await readFile(join(work, "intelligence", ".convintel", "state.json"), "utf8"));
    expect(state.configurations[first!.id]).toMatchObject({ name: "team-0", configuration: { id: first!.id, version: 1 } });
    const catalog = parseDocument(await readFile(join(work, "intelligence", "operators.yaml"), "utf8")).toJS();
    expect(Object.keys(catalog.operators)).toEqual([OPERATOR]);

    expect(await convintel(["plan"])).toMatchObject({ code: 0 });
    expect((await convintel(["validate"])).code).toBe(0);

    // Edit one file, add a new one.
    await writeFile(configurationFile("team-0.yaml"), text.replace("description: managed as code", "description: edited in git"));
    await writeFile(
      configurationFile("new.yaml"),
      `displayName: brand-new\nrules:\n  - operators:\n      - id: ${OPERATOR}\n        parameters: { scale: 3 }\n    actions:\n      - { type: WEBHOOK, method: POST, url: "https://hooks.example.com/new" }\n`,
    );
    // As Terraform: a plan with changes succeeds (a plain CI step passes); --detailed-exitcode tells changes apart.
    const plan = await convintel(["plan"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect((await convintel(["plan", "--detailed-exitcode"])).code).toBe(2);
    expect(plan.stdout).toContain(`~ update intelligence/configurations/team-0.yaml ${first!.id} (version 1)`);
    expect(plan.stdout).toContain('~ description: "managed as code" → "edited in git"');
    expect(plan.stdout).toContain('+ create intelligence/configurations/new.yaml "brand-new"');
    expect(plan.stdout).toContain(
      "Plan: 1 to create, 1 to update, 0 to delete; 1 unchanged; operators: 0 to create, 0 to update, 0 to delete, 1 unchanged.",
    );
    expect(plan.stdout).not.toContain("\u001b["); // plain in CI
    const json = JSON.parse((await convintel(["plan", "--json"])).stdout);
    expect(json.formatVersion).toBe("1.0");
    expect(json.summary).toEqual({ create: 1, update: 1, delete: 0, unchanged: 1, conflicts: 0, drift: 0 });
    expect(json.unchanged).toEqual([{ file: "intelligence/configurations/team-1.yaml", id: second!.id }]);
    expect(json.changes[1].fields).toEqual([{ kind: "change", path: "description", before: "managed as code", after: "edited in git" }]);

    expect((await convintel(["apply", "--json"])).stderr).toContain("pass --auto-approve with it");
    const applied = await convintel(["apply", "--auto-approve", "--json"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const outcome = JSON.parse(applied.stdout);
    expect(outcome).toMatchObject({ formatVersion: "1.0", stateWritten: true, plan: { summary: { create: 1, update: 1 } } });
    expect(outcome.outcomes.map((each: { action: string; state: string }) => `${each.action} ${each.state}`).sort()).toEqual([
      "create applied",
      "update applied",
    ]);
    expect(outcome.outcomes.find((each: { action: string }) => each.action === "update").backup).toMatch(
      /^intelligence\/\.convintel\/backups\//,
    );
    expect(fake.configurations.find((live) => live.id === first!.id)).toMatchObject({ description: "edited in git", version: 2 });
    // Apply leaves the files as written and records the new configuration by its file; the next plan has nothing to do.
    const created = fake.configurations.find((live) => live.displayName === "brand-new")!;
    expect(await readFile(configurationFile("new.yaml"), "utf8")).not.toContain("intelligence_configuration");
    const recorded = JSON.parse(await readFile(join(work, "intelligence", ".convintel", "state.json"), "utf8"));
    expect(recorded.configurations[created.id]).toMatchObject({ name: "new", configuration: { rules: [{ id: created.rules[0]!.id }] } });
    const after = await convintel(["plan", "--detailed-exitcode"]);
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain("No changes.");
  });

  it("shows an update onto a configuration changed live since the pull as a conflict, both sides, and writes nothing", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    const path = configurationFile("team-0.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("managed as code", "mine"));
    expect((await convintel(["plan", "--detailed-exitcode"])).code).toBe(2);
    // Someone changes it in the console between plan and apply.
    await client.configurations.update(first!.id, { displayName: "renamed live", description: "managed as code", rules: first!.rules });
    const plan = await convintel(["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain(`! conflict intelligence/configurations/team-0.yaml ${first!.id} (version 2)`);
    expect(plan.stdout).toContain('~ displayName: "team-0" → "renamed live"');
    expect(plan.stdout).toContain('~ description: "managed as code" → "mine"');
    expect(plan.stdout).toContain("1 conflict(s), not applied");
    expect(plan.stdout).not.toContain("~ update");
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain("Nothing was applied: resolve the conflicts first.");
    expect(fake.configurations[0]).toMatchObject({ displayName: "renamed live", description: "managed as code", version: 2 });
  });

  it("reports bad files with file:line:column and the rule, and sends nothing", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    const requests = fake.requests;
    await writeFile(configurationFile("broken.yaml"), "displayName: [unclosed\n");
    await writeFile(
      configurationFile("wrong.yaml"),
      `displayName: wrong\ndescripton: typo\nrules:\n  - operators:\n      - id: ${OPERATOR}\n        parameters:\n          scale: "five"\n    actions:\n      - { type: WEBHOOK, method: POST, url: "https://hooks.example.com/x" }\n`,
    );
    for (const command of ["validate", "plan", "apply"]) {
      const result = await convintel([command, "--auto-approve"].slice(0, command === "apply" ? 2 : 1));
      expect(result.code, command).toBe(1);
      expect(result.stderr).toMatch(/intelligence\/configurations\/broken\.yaml:\d+:\d+: error/);
      expect(result.stderr).toContain(
        "intelligence/configurations/wrong.yaml:2:1: error /descripton is not a known field; did you mean description?",
      );
      // validate checks the operators against the pulled catalog; plan and apply against the API, once the files read.
      const operatorProblem = `intelligence/configurations/wrong.yaml:7:18: error /rules/0/operators/0/parameters/scale must be an integer: operator ${OPERATOR} declares it INTEGER`;
      if (command === "validate") expect(result.stderr).toContain(operatorProblem);
      expect(result.stderr).toContain("nothing was sent");
    }
    expect(fake.requests).toBe(requests);
    // For machines: the same problems as JSON, and on GitHub Actions as annotations at their file and line.
    const json = await convintel(["validate", "--json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ formatVersion: "1.0", valid: false, operatorsChecked: true });
    expect(report.problems).toContainEqual({
      file: "intelligence/configurations/wrong.yaml",
      line: 2,
      column: 1,
      message: "/descripton is not a known field; did you mean description?",
    });
    const annotated = await convintel(["validate"], { GITHUB_ACTIONS: "true" });
    expect(annotated.stdout).toContain(
      "::error file=intelligence/configurations/wrong.yaml,line=2,col=1::/descripton is not a known field; did you mean description?",
    );
    expect((await convintel(["validate"])).stdout).not.toContain("::error");
    // With the files readable, plan finds the wrong parameter from the live operator, and still writes nothing.
    await rm(configurationFile("broken.yaml"));
    const path = configurationFile("wrong.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("descripton: typo\n", ""));
    const plan = await convintel(["apply", "--auto-approve"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain(
      "intelligence/configurations/wrong.yaml:6:18: error /rules/0/operators/0/parameters/scale must be an integer",
    );
    expect(fake.configurations).toHaveLength(1);
  });

  it("plan checks rules against the operators as they are live, so an operator added after the pull is known", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    const added = "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8c";
    fake.seed.operator({ ...structuredClone(examples.CreatedOperator), id: added, parameters: {} });
    const path = configurationFile("team-0.yaml");
    const document = parseDocument(await readFile(path, "utf8"));
    document.setIn(["rules", 0, "operators", 0], document.createNode({ id: added }));
    await writeFile(path, document.toString());
    expect((await convintel(["validate"])).stderr).toContain("in the pulled catalog (`convintel pull` refreshes it)");
    const plan = await convintel(["plan", "--detailed-exitcode"]);
    expect(plan.code, plan.stderr).toBe(2);
  });

  it("refuses new files it cannot tell apart, and live configurations that share a displayName", async () => {
    await client.configurations.create({ displayName: "twin", rules: [rule(1)] });
    await client.configurations.create({ displayName: "twin", rules: [rule(2)] });
    const dir = join(work, "intelligence", "configurations");
    await (await import("node:fs/promises")).mkdir(dir, { recursive: true });
    await writeFile(join(dir, "twin.yaml"), `displayName: twin\nrules: []\n`);
    const plan = await convintel(["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toMatch(/twin\.yaml: \/displayName "twin" is the name of 2 live configurations/);
    await writeFile(join(dir, "twin-2.yaml"), `displayName: twin\nrules: []\n`);
    const both = await convintel(["validate"]);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(
      /\/displayName "twin" is also that of intelligence\/configurations\/twin(-2)?\.yaml: a configuration is found by it in an account that has no record of the file/,
    );
  });

  it("plans a file that carries its configuration's id by that id; refuses rule ids in a file that carries none", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    // As earlier versions wrote it: the id, and the rules' ids, in the file.
    const body = parseDocument(await readFile(configurationFile("team-0.yaml"), "utf8")).toJS();
    const pinned = { id: first!.id, ...body, displayName: "renamed in git", rules: [{ id: first!.rules[0]!.id, ...body.rules[0] }] };
    await writeFile(configurationFile("team-0.yaml"), stringify(pinned));
    const plan = await convintel(["plan"]);
    expect(plan.stdout).toContain(`~ update intelligence/configurations/team-0.yaml ${first!.id}`);
    expect((await convintel(["apply", "--auto-approve"])).code).toBe(0);
    expect(fake.configurations.find((live) => live.id === first!.id)).toMatchObject({ displayName: "renamed in git", version: 2 });
    const { id: _id, ...portable } = pinned;
    await writeFile(configurationFile("team-0.yaml"), stringify(portable));
    const invalid = await convintel(["validate"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/team-0\.yaml:\d+:\d+: error \/rules\/0\/id: a rule's id belongs to one account/);
  });

  it("asks before applying on a terminal only: without one it needs --auto-approve; --prune deletes what no file names", async () => {
    await seedLive(2);
    await convintel(["pull"]);
    await rm(configurationFile("team-1.yaml"));
    const plan = await convintel(["plan"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/1 live configuration\(s\) have no file: .*\(--prune deletes them\)/);
    expect((await convintel(["plan", "--prune", "--detailed-exitcode"])).code).toBe(2);
    const unapproved = await convintel(["apply", "--prune"]);
    expect(unapproved.code).toBe(1);
    expect(unapproved.stderr).toContain("pass --auto-approve");
    expect(fake.configurations).toHaveLength(2);
    expect((await convintel(["apply", "--prune", "--auto-approve"])).code).toBe(0);
    expect(fake.configurations.map((live) => live.displayName)).toEqual(["team-0"]);
  });

  it("does not overwrite work on pull unless --force", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    const path = configurationFile("team-0.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("managed as code", "unsaved work"));
    const again = await convintel(["pull"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("team-0.yaml: changed since it was pulled");
    expect(await readFile(path, "utf8")).toContain("unsaved work");
    expect((await convintel(["pull", "--force"])).code).toBe(0);
    expect(await readFile(path, "utf8")).not.toContain("unsaved work");
  });

  it("takes credentials from a profile or an env file, and says so when they are missing", async () => {
    await seedLive(1);
    const profiles = join(work, "profiles");
    await (await import("node:fs/promises")).mkdir(profiles);
    await writeFile(
      join(profiles, "staging.env"),
      `TWILIO_ACCOUNT_SID=${fake.credentials.accountSid}\nTWILIO_AUTH_TOKEN=${fake.credentials.authToken}\n`,
    );
    const bare = { TWILIO_ACCOUNT_SID: "", TWILIO_AUTH_TOKEN: "", CONVINTEL_PROFILES_DIR: profiles };
    await (await import("node:fs/promises")).mkdir(join(work, "intelligence"));
    const missing = await convintel(["plan"], bare);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^convintel: .*credentials/i);
    // Said to a CLI user: where the variables go, not what to pass to a constructor.
    expect(missing.stderr).toContain("--profile NAME");
    expect(missing.stderr).not.toContain("new IntelligenceClient");
    expect(missing.stderr).not.toContain(fake.credentials.authToken);
    const half = await convintel(["plan"], { ...bare, TWILIO_API_KEY: "SKx" });
    expect(half.stderr).toContain("TWILIO_API_KEY is set but TWILIO_API_SECRET is not.");
    expect((await convintel(["pull", "--profile", "staging"], bare)).code).toBe(0);
    expect((await convintel(["plan", "--env-file", "profiles/staging.env"], bare)).code).toBe(0);
    expect((await convintel(["plan", "--profile", "../etc"], bare)).code).toBe(1);
  });

  it("saves a plan with --out and applies exactly it: refused when stale, for another account, or onto a configuration changed since", async () => {
    const [first] = await seedLive(2);
    await convintel(["pull"]);
    const path = configurationFile("team-0.yaml");
    const pulled = await readFile(path, "utf8");
    await writeFile(path, pulled.replace("managed as code", "reviewed change"));
    const saved = await convintel(["plan", "--out", "reviewed.plan"]);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toContain("Saved to reviewed.plan");
    const requests = fake.requests;

    // A file edited after the plan was saved: the saved plan is stale, nothing is sent.
    await writeFile(path, pulled.replace("managed as code", "edited after review"));
    const stale = await convintel(["apply", "reviewed.plan", "--auto-approve"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("is stale: intelligence/configurations/team-0.yaml changed after it was saved");
    await writeFile(path, pulled.replace("managed as code", "reviewed change"));

    // Another account's credentials: refused before anything is read.
    const foreign = await convintel(["apply", "reviewed.plan", "--auto-approve"], { TWILIO_ACCOUNT_SID: `AC${"9".repeat(32)}` });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain("was made for another account");
    expect(fake.requests).toBe(requests);

    // Changed in the console since the plan read it: that write is refused, the console's change kept.
    await client.configurations.update(first!.id, { displayName: "team-0", description: "console", rules: first!.rules });
    const refused = await convintel(["apply", "reviewed.plan", "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("changed live after the plan read it");
    expect(fake.configurations.find((live) => live.id === first!.id)?.description).toBe("console");

    // A fresh plan, saved and applied as it is, without planning again.
    await convintel(["pull", "--force"]);
    await writeFile(path, (await readFile(path, "utf8")).replace("description: console", "description: reviewed change"));
    expect((await convintel(["plan", "--out", "reviewed.plan"])).code).toBe(0);
    const applied = await convintel(["apply", "reviewed.plan", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Applied 1 of 1 change(s).");
    expect(fake.configurations.find((live) => live.id === first!.id)?.description).toBe("reviewed change");
    expect((await convintel(["plan", "--detailed-exitcode"])).code).toBe(0);
    expect((await convintel(["apply", "no-such.plan", "--auto-approve"])).stderr).toContain("cannot read the saved plan");
  });

  it("colours the plan when asked (FORCE_COLOR), prints help, and refuses an unknown command or a bad option", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    const path = configurationFile("team-0.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("managed as code", "coloured"));
    const coloured = await convintel(["plan"], { FORCE_COLOR: "1" });
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain("\u001b[33m~ update\u001b[39m");
    const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect((await convintel(["--version"])).stdout.trim()).toBe(version);
    const help = await convintel(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["pull", "validate", "plan", "apply"]) expect(help.stdout).toContain(command);
    expect((await convintel(["deploy"])).code).toBe(1);
    const concurrency = await convintel(["apply", "--concurrency", "0"]);
    expect(concurrency.code).toBe(1);
    expect(concurrency.stderr).toContain("must be a whole number of 1 or more");
  });

  it("plans and applies 200 configurations", async () => {
    await seedLive(200);
    expect((await convintel(["pull"])).code).toBe(0);
    for (const name of await readdir(join(work, "intelligence", "configurations"))) {
      const path = configurationFile(name);
      await writeFile(path, (await readFile(path, "utf8")).replace("managed as code", "bulk edit"));
    }
    const plan = await convintel(["plan", "--detailed-exitcode"]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain(
      "Plan: 0 to create, 200 to update, 0 to delete; 0 unchanged; operators: 0 to create, 0 to update, 0 to delete, 1 unchanged.",
    );
    const applied = await convintel(["apply", "--auto-approve", "--concurrency", "8"]);
    expect(applied.code, applied.stdout.slice(-2000)).toBe(0);
    expect(applied.stdout).toContain("[200/200]");
    expect(fake.configurations.every((live) => live.description === "bulk edit" && live.version === 2)).toBe(true);
    expect((await convintel(["plan"])).code).toBe(0);
  });
});
