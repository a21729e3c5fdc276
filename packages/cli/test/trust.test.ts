/**
 * What plan, apply and pull never do: write over a change made elsewhere, delete what changed, empty
 * an account through a typo, create a configuration twice, lose local work, leave a half-written
 * folder, or print a hostile name raw. `run()` in-process against the fake over HTTP on 127.0.0.1.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IntelligenceClient, type IntelligenceConfiguration } from "@convintel/client";
import { createFakeIntelligence, examples, type FakeIntelligence } from "@convintel/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { run } from "../src/index.js";
import { testIo } from "./helpers/io.js";

const OPERATOR = "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b";

let fake: FakeIntelligence;
let baseUrl: string;
let work: string;
let client: IntelligenceClient;

beforeAll(async () => {
  fake = createFakeIntelligence({ seed: 13 });
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
  work = await (await import("node:fs/promises")).mkdtemp(join(tmpdir(), "convintel-trust-"));
  client = new IntelligenceClient({ ...fake.credentials, baseUrl, env: {} });
});
afterEach(() => rm(work, { recursive: true, force: true }));

const rule = (scale: number) => ({
  operators: [{ id: OPERATOR, parameters: { scale } }],
  triggers: [{ on: "CONVERSATION_END" as const }],
  actions: [{ type: "WEBHOOK" as const, method: "POST" as const, url: "https://hooks.example.com/intelligence" }],
});

async function seedLive(count: number, name = (index: number) => `team-${index}`): Promise<IntelligenceConfiguration[]> {
  const created = [];
  for (let index = 0; index < count; index++)
    created.push(await client.configurations.create({ displayName: name(index), description: "managed as code", rules: [rule(5)] }));
  return created;
}

/** Runs `convintel args` in `cwd` (default: the work folder); its exit code and output. */
async function convintel(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const io = testIo(fake, baseUrl, options.cwd ?? work, [], options.env);
  const code = await run(args, io.value);
  return { code, stdout: io.out(), stderr: io.err() };
}

const file = (name: string, root = work) => join(root, "intelligence", "configurations", name);
const edit = async (path: string, from: string, to: string) => writeFile(path, (await readFile(path, "utf8")).replace(from, to));
const live = (id: string) => fake.configurations.find((configuration) => configuration.id === id);
/** Someone else's write, straight into the fake's store (a console edit). */
const consoleEdit = (id: string, change: Partial<IntelligenceConfiguration>) => {
  const current = live(id)!;
  fake.seed([{ ...current, ...change, version: current.version + 1 }]);
};

/** Someone else's console edit, made once, as the first request of `operationId` (for `id`) reaches the fake, before it answers. */
function consoleEditBefore(
  operationId: "FetchConfiguration" | "UpdateConfiguration",
  id: string,
  change: Partial<IntelligenceConfiguration>,
) {
  let armed = true;
  fake.faults.add({
    operationId,
    fault: (request) => {
      if (armed && request.path.includes(id)) {
        armed = false;
        consoleEdit(id, change);
      }
      return undefined;
    },
  });
}

/** The configuration records of the state in `root`'s folder, by id. */
const recorded = async (root = work): Promise<Record<string, { name?: string }>> =>
  JSON.parse(await readFile(join(root, "intelligence", ".convintel", "state.json"), "utf8")).configurations;

/** Every file under a folder with its text, for comparing a folder before and after. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: Record<string, string> = {};
  for (const entry of entries)
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(root.length)] = await readFile(path, "utf8");
    }
  return files;
}

describe("plan and apply never write over a change made elsewhere", () => {
  it("does not take the base from the header comment: edited or deleted, a console change since the pull is still a conflict", async () => {
    const [first] = await seedLive(1);
    expect((await convintel(["pull"])).code).toBe(0);
    const path = file("team-0.yaml");
    const text = await readFile(path, "utf8");
    // A comment line above the header, the header gone, and the description edited.
    const withoutHeader = text
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .join("\n");
    await writeFile(path, `# reviewed by ops\n${withoutHeader.replace("managed as code", "ours")}`);
    consoleEdit(first!.id, { description: "console" });
    const plan = await convintel(["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain("! conflict");
    expect(plan.stdout).toContain('~ description: "managed as code" → "console"');
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(live(first!.id)).toMatchObject({ description: "console", version: 2 });
  });

  it("never writes blind when the base is unknown (no state, a corrupt one, or {}): a conflict with the way out", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "managed as code", "ours");
    const statePath = join(work, "intelligence", ".convintel", "state.json");
    for (const state of [undefined, "{not json", "{}"]) {
      if (state === undefined) await rm(statePath);
      else await writeFile(statePath, state);
      const plan = await convintel(["plan"]);
      expect(plan.code, state).toBe(1);
      expect(plan.stdout).toContain("no record of the configuration as this file was pulled or applied");
      expect(plan.stdout).toContain("`convintel pull --force`");
      expect((await convintel(["apply", "--auto-approve"])).code).toBe(1);
      expect(live(first!.id)).toMatchObject({ description: "managed as code", version: 1 });
    }
  });

  it("decides by content: a checkout that did not commit apply's rewrites plans no change, and applies cleanly", async () => {
    const [first, second] = await seedLive(2);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "managed as code", "edited in git");
    await writeFile(file("new.yaml"), `displayName: brand-new\nrules: []\n`);
    // The checkout CI works in: the files as committed, without what apply writes back.
    const checkout = join(work, "checkout");
    await cp(join(work, "intelligence"), join(checkout, "intelligence"), { recursive: true });
    expect((await convintel(["apply", "--auto-approve"])).code).toBe(0);
    expect(live(first!.id)).toMatchObject({ description: "edited in git", version: 2 });
    const plan = await convintel(["plan"], { cwd: checkout });
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toContain("No changes.");
    expect((await convintel(["apply", "--auto-approve"], { cwd: checkout })).code).toBe(0);
    expect(fake.configurations.filter((configuration) => configuration.displayName === "brand-new")).toHaveLength(1);
    // A live change to a file the checkout did not edit: drift, nothing written.
    consoleEdit(second!.id, { displayName: "team-1" });
    expect((await convintel(["plan"], { cwd: checkout })).code).toBe(0);
  });

  it("refuses a live change to another field too, unless the file already has it", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "scale: 5", "scale: 7");
    consoleEdit(first!.id, { description: "console" });
    const plan = await convintel(["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain("! conflict");
    expect(plan.stdout).toContain('~ description: "managed as code" → "console"');
    // The same edit made in the file: the update writes only what the file adds.
    await edit(file("team-0.yaml"), "managed as code", "console");
    const again = await convintel(["plan"]);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain("~ rules[0].operators[0].parameters.scale: 5 → 7");
    expect(again.stdout).not.toContain("~ description");
    expect((await convintel(["apply", "--auto-approve"])).code).toBe(0);
    expect(live(first!.id)).toMatchObject({ description: "console", version: 3 });
  });

  it("refuses both sides changing the rules, even different rules", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "scale: 5", "scale: 7");
    consoleEdit(first!.id, {
      rules: [...live(first!.id)!.rules, { ...rule(9), id: "intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr" }],
    });
    const plan = await convintel(["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain("! conflict");
    expect((await convintel(["apply", "--auto-approve"])).code).toBe(1);
    expect(live(first!.id)!.rules).toHaveLength(2);
  });

  it("shows drift (changed live, not in the file) without writing it back, and exits 0", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    consoleEdit(first!.id, { description: "console" });
    const plan = await convintel(["plan"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("! drift intelligence/configurations/team-0.yaml");
    expect(plan.stdout).toContain("1 drifted");
    expect((await convintel(["apply", "--auto-approve"])).code).toBe(0);
    expect(live(first!.id)).toMatchObject({ description: "console", version: 2 });
  });

  it("refuses an update whose configuration changed between the plan and the write, and says what changed", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "managed as code", "ours");
    // The console write lands after apply's plan read the live configurations, right before its own read for the write.
    consoleEditBefore("FetchConfiguration", first!.id, { displayName: "console" });
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(/refused ~ update .*changed live after the plan read it \(version 1 → 2\); changed: displayName/);
    expect(live(first!.id)).toMatchObject({ displayName: "console", description: "managed as code" });
  });

  it("keeps what an update replaced, says where, and restores it from there", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "managed as code", "ours");
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/What apply replaced or deleted is kept in intelligence\/\.convintel\/backups\/ \(1 file\(s\)\)/);
    const [backup] = await readdir(join(work, "intelligence", ".convintel", "backups"));
    expect(backup).toMatch(new RegExp(`-update-${first!.id}\\.yaml$`));
    const text = await readFile(join(work, "intelligence", ".convintel", "backups", backup!), "utf8");
    expect(text).toContain("description: managed as code");
    await writeFile(file("team-0.yaml"), text);
    expect((await convintel(["apply", "--auto-approve"])).code).toBe(0);
    expect(live(first!.id)).toMatchObject({ description: "managed as code", version: 3 });
  });

  it("reports a write that landed in the moment between its read and its PUT, with the backup of what it read", async () => {
    const [first] = await seedLive(1);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "managed as code", "ours");
    consoleEditBefore("UpdateConfiguration", first!.id, { displayName: "console" });
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(
      /someone else wrote in the moment between apply's read and its write \(versions 2\).*intelligence\/\.convintel\/backups\/.*-update-/,
    );
  });

  it("--prune deletes only what is still as planned, keeps each deleted configuration, and a copy back creates it again", async () => {
    const [, second, third] = await seedLive(3);
    await convintel(["pull"]);
    await rm(file("team-1.yaml"));
    await rm(file("team-2.yaml"));
    consoleEditBefore("FetchConfiguration", third!.id, { description: "console" });
    const applied = await convintel(["apply", "--prune", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toMatch(new RegExp(`refused - delete ${third!.id} .*changed live after the plan read it`));
    expect(live(second!.id)).toBeUndefined();
    expect(live(third!.id)).toMatchObject({ description: "console" });
    const backups = await readdir(join(work, "intelligence", ".convintel", "backups"));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`-delete-${second!.id}\\.yaml$`))]);
    await cp(join(work, "intelligence", ".convintel", "backups", backups[0]!), file("team-1.yaml"));
    const restored = await convintel(["apply", "--auto-approve"]);
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    expect(fake.configurations.filter((configuration) => configuration.displayName === "team-1")).toHaveLength(1);
  });

  it("refuses --prune with a folder that does not exist or holds no configuration files", async () => {
    await seedLive(2);
    const typo = await convintel(["plan", "--dir", "intelligense", "--prune"]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("--dir intelligense: no such folder");
    expect((await convintel(["apply", "--dir", "intelligense", "--prune", "--auto-approve"])).code).toBe(1);
    await mkdir(join(work, "empty", "configurations"), { recursive: true });
    const empty = await convintel(["apply", "--dir", "empty", "--prune", "--auto-approve"]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("would delete every live configuration");
    expect(fake.configurations).toHaveLength(2);
  });

  it("creates a new file's configuration once when two applies run at once, whichever reads first", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    await writeFile(file("new.yaml"), `displayName: brand-new\nrules: []\n`);
    const other = join(work, "other");
    await cp(join(work, "intelligence"), join(other, "intelligence"), { recursive: true });
    const [a, b] = await Promise.all([convintel(["apply", "--auto-approve"]), convintel(["apply", "--auto-approve"], { cwd: other })]);
    expect(fake.configurations.filter((configuration) => configuration.displayName === "brand-new")).toHaveLength(1);
    expect([a.code, b.code]).toEqual([0, 0]);
    // One created it; the other either planned after it (no change) or found it created by someone else.
    const created = [a, b].filter((run) => run.stdout.includes("Applied 1 of 1 change(s)."));
    const notCreated = [a, b].filter((run) => !created.includes(run));
    expect(created).toHaveLength(1);
    expect(notCreated[0]!.stdout).toMatch(/Already done by someone else:|No changes\./);
    const kept = fake.configurations.find((configuration) => configuration.displayName === "brand-new")!;
    // A run that created it or found it done records it as the file's; one that planned after it matched it
    // by displayName (as any file is in an account with no record of it) and wrote nothing. Either way the next plan has no change.
    for (const [run, root] of [
      [a, work],
      [b, other],
    ] as const) {
      expect(await readFile(file("new.yaml", root), "utf8")).not.toContain("id:");
      if (!run.stdout.includes("No changes.")) expect((await recorded(root))[kept.id]?.name).toBe("new");
      expect((await convintel(["plan"], { cwd: root })).code).toBe(0);
    }
  });

  it("does not create what another apply created after the plan read the account", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    await writeFile(file("new.yaml"), `displayName: brand-new\nrules: []\n`);
    // The other apply's create lands between this apply's plan and its writes (its second listing).
    const creates = fake.requestsFor("CreateConfiguration");
    let listings = 0;
    fake.faults.add({
      operationId: "ListConfigurations",
      fault: () => {
        if (++listings === 2) fake.seed([twin("intelligence_configuration_00000000000000000000000000")]);
        return undefined;
      },
    });
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.stdout).toContain("Already done by someone else:");
    expect(fake.requestsFor("CreateConfiguration")).toBe(creates);
    expect((await recorded())["intelligence_configuration_00000000000000000000000000"]?.name).toBe("new");
  });

  it("removes its own create when another apply created the same configuration at the same moment, keeping the earlier", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    await writeFile(file("new.yaml"), `displayName: brand-new\nrules: []\n`);
    // The other apply's create lands just before this one's: both are live after the writes.
    fake.faults.add({
      operationId: "CreateConfiguration",
      fault: () => {
        fake.seed([twin("intelligence_configuration_00000000000000000000000001")]);
        return undefined;
      },
    });
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.stdout).toMatch(
      /Already done by someone else:\n.*created at the same time as this apply's intelligence_configuration_\w+, which was removed again/,
    );
    expect(
      fake.configurations.filter((configuration) => configuration.displayName === "brand-new").map((configuration) => configuration.id),
    ).toEqual(["intelligence_configuration_00000000000000000000000001"]);
    expect((await recorded())["intelligence_configuration_00000000000000000000000001"]?.name).toBe("new");
  });
});

/** A configuration named `brand-new` with no rules, as another apply of the same files creates it. */
function twin(id: string): IntelligenceConfiguration {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    id,
    accountId: fake.credentials.accountSid,
    displayName: "brand-new",
    version: 1,
    rules: [],
    dateCreated: now,
    dateUpdated: now,
  };
}

describe("pull never loses local work", () => {
  it("without a record of the pull (missing, corrupt or {}), a file that differs from live is not overwritten without --force", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    await edit(file("team-0.yaml"), "managed as code", "unsaved work");
    const statePath = join(work, "intelligence", ".convintel", "state.json");
    for (const state of [undefined, "{not json", "{}"]) {
      if (state === undefined) await rm(statePath, { force: true });
      else await writeFile(statePath, state);
      const again = await convintel(["pull"]);
      expect(again.code, state).toBe(1);
      expect(again.stderr).toContain("team-0.yaml: differs from the live configuration, and there is no record of its pull");
      expect(await readFile(file("team-0.yaml"), "utf8")).toContain("unsaved work");
    }
    expect((await convintel(["pull", "--force"])).code).toBe(0);
    expect(await readFile(file("team-0.yaml"), "utf8")).not.toContain("unsaved work");
  });

  it("takes a rule whose operator id is no operator id, and leaves the folder as it was when the pull fails", async () => {
    const [first] = await seedLive(1);
    fake.seed([{ ...live(first!.id)!, rules: [{ ...live(first!.id)!.rules[0]!, operators: [{ id: "not-an-operator" }] }] }]);
    const pulled = await convintel(["pull"]);
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(await readFile(file("team-0.yaml"), "utf8")).toContain("not-an-operator");
    await seedLive(1, () => "second");
    await edit(file("team-0.yaml"), "managed as code", "managed as code");
    const before = await snapshot(join(work, "intelligence"));
    fake.faults.add({ operationId: "ListOperatorVersions", fault: { kind: "serverError", status: 500 } });
    fake.seed([{ ...live(first!.id)!, rules: [{ ...rule(5), id: live(first!.id)!.rules[0]!.id }] }]);
    const failed = await convintel(["pull"]);
    expect(failed.code).toBe(1);
    expect(await snapshot(join(work, "intelligence"))).toEqual(before);
  });

  it("makes configurations/ on an account with none", async () => {
    expect((await convintel(["pull"])).code).toBe(0);
    expect(await readdir(join(work, "intelligence", "configurations"))).toEqual([]);
  });
});

describe("what the CLI prints and reads", () => {
  it("escapes control sequences in display names and server messages", async () => {
    await seedLive(1, () => "evil\u001b[2K\r- delete nothing\u202e");
    await seedLive(1, () => "keep");
    await convintel(["pull"]);
    const [evilFile] = (await readdir(join(work, "intelligence", "configurations"))).filter((name) => name.startsWith("evil"));
    await rm(file(evilFile!));
    const plan = await convintel(["plan", "--prune"]);
    expect(plan.stdout).toContain("- delete");
    expect(plan.stdout).toContain("\\u{1b}[2K\\u{d}- delete nothing\\u{202e}");
    for (const raw of ["\u001b", "\r", "\u202e"]) expect(plan.stdout).not.toContain(raw);
    await edit(file("keep.yaml"), "managed as code", "changed");
    fake.faults.add({
      operationId: "UpdateConfiguration",
      fault: { kind: "respond", status: 400, json: { code: 20001, message: "bad\u001b]0;owned\u0007 value", status: 400 } },
    });
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain("\\u{1b}]0;owned\\u{7}");
    for (const raw of ["\u0007", "\u001b"]) expect(applied.stdout + applied.stderr).not.toContain(raw);
  });

  it("reads --env-file at an absolute path", async () => {
    await seedLive(1);
    const envFile = join(work, "absolute.env");
    await writeFile(envFile, `TWILIO_ACCOUNT_SID=${fake.credentials.accountSid}\nTWILIO_AUTH_TOKEN=${fake.credentials.authToken}\n`);
    const pulled = await convintel(["pull", "--env-file", envFile], { env: { TWILIO_ACCOUNT_SID: "", TWILIO_AUTH_TOKEN: "" } });
    expect(pulled.code, pulled.stderr).toBe(0);
  });

  it("writes files through a fresh temporary name, never a planted symlink", async () => {
    await seedLive(1);
    await mkdir(join(work, "intelligence", "configurations"), { recursive: true });
    const target = join(work, "target.txt");
    await writeFile(target, "untouched");
    // The name an earlier version wrote through: the file's path, this process's id, .tmp.
    await symlink(target, `${file("team-0.yaml")}.${process.pid}.tmp`);
    expect((await convintel(["pull"])).code).toBe(0);
    expect(await readFile(target, "utf8")).toBe("untouched");
  });

  it("reports an alias bomb, a folder named like a file, a Latin-1 file and a broken operators.yaml at file:line:column", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 9 }, (_, index) => {
        const name = String.fromCharCode(98 + index);
        const previous = String.fromCharCode(97 + index);
        return `${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`;
      }),
      "displayName: bomb",
      "rules: []",
    ].join("\n");
    await writeFile(file("bomb.yaml"), bomb);
    await mkdir(file("folder.yaml"));
    await writeFile(
      file("latin.yaml"),
      Buffer.concat([Buffer.from("displayName: caf"), Buffer.from([0xe9]), Buffer.from("\nrules: []\n")]),
    );
    const validated = await convintel(["validate"]);
    expect(validated.code).toBe(1);
    expect(validated.stderr).not.toContain("unexpected failure");
    expect(validated.stderr).toMatch(/intelligence\/configurations\/bomb\.yaml:1:1: error the YAML cannot be read: .*alias/i);
    expect(validated.stderr).toContain("intelligence/configurations/folder.yaml:1:1: error folder.yaml is a directory, not a file");
    expect(validated.stderr, validated.stderr).toContain(
      "intelligence/configurations/latin.yaml:1:17: error the file is not UTF-8 (byte 0xe9)",
    );
    await rm(file("bomb.yaml"));
    await rm(file("folder.yaml"), { recursive: true });
    await rm(file("latin.yaml"));
    await writeFile(join(work, "intelligence", "operators.yaml"), "operators: [unclosed\n");
    const broken = await convintel(["validate"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/intelligence\/operators\.yaml:\d+:\d+: error/);
    expect(broken.stderr).not.toContain("team-0.yaml");
  });

  it("reads no file through a symbolic link, and no device or named pipe, so a repository cannot make a plan print or wait on another file", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    // A file outside the project that a planted link would make a plan show.
    const outside = join(work, "outside.yaml");
    await writeFile(outside, "displayName: secret-from-elsewhere\ndescription: secret-from-elsewhere\nrules: []\n");
    await symlink(outside, file("linked.yaml"));
    const planned = await convintel(["plan"]);
    expect(planned.code).toBe(1);
    expect(planned.stderr).toContain("intelligence/configurations/linked.yaml:1:1: error linked.yaml is a symbolic link");
    expect(`${planned.stdout}${planned.stderr}`).not.toContain("secret-from-elsewhere");
    await rm(file("linked.yaml"));
    if (process.platform !== "win32") {
      // A device that never ends, behind a link; and a named pipe that no one writes to.
      await symlink("/dev/zero", file("zero.yaml"));
      execFileSync("mkfifo", [file("pipe.yaml")]);
      const validated = await convintel(["validate"]);
      expect(validated.code).toBe(1);
      expect(validated.stderr).toContain("zero.yaml is a symbolic link");
      expect(validated.stderr).toContain("intelligence/configurations/pipe.yaml:1:1: error pipe.yaml is not a regular file");
      await rm(file("zero.yaml"));
      await rm(file("pipe.yaml"));
    }
    // The state behind a link is not read: every file that differs is a conflict until a pull.
    const statePath = join(work, "intelligence", ".convintel", "state.json");
    await writeFile(outside, await readFile(statePath, "utf8"));
    await rm(statePath);
    await symlink(outside, statePath);
    const warned = await convintel(["plan"]);
    expect(warned.stderr).toContain("state.json cannot be read (state.json is a symbolic link");
  });

  it("reads from and writes into no project folder behind a symbolic link", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    const elsewhere = join(work, "elsewhere");
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, "planted.yaml"), "displayName: secret-from-elsewhere\nrules: []\n");
    const configurations = join(work, "intelligence", "configurations");
    await rm(configurations, { recursive: true });
    await symlink(elsewhere, configurations);
    for (const args of [["validate"], ["plan"], ["pull", "--force"]]) {
      const refused = await convintel(args);
      expect(refused.code, args.join(" ")).toBe(1);
      expect(refused.stderr).toContain("intelligence/configurations is a symbolic link");
      expect(`${refused.stdout}${refused.stderr}`).not.toContain("secret-from-elsewhere");
    }
    expect(await readdir(elsewhere)).toEqual(["planted.yaml"]);
  });

  it("prints the summary of what was applied when the state cannot be written afterwards", async () => {
    await seedLive(1);
    await convintel(["pull"]);
    await writeFile(file("new.yaml"), `displayName: brand-new\nrules: []\n`);
    const statePath = join(work, "intelligence", ".convintel", "state.json");
    await rm(statePath);
    await mkdir(statePath);
    await writeFile(join(statePath, "keep"), "");
    const applied = await convintel(["apply", "--auto-approve"]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain("Applied 1 of 1 change(s).");
    expect(applied.stderr).toContain("the changes above were made, but intelligence/.convintel/state.json could not be written");
  });

  it("plans one delete for a configuration a listing repeats across pages", async () => {
    const [first] = await seedLive(1);
    await mkdir(join(work, "intelligence", "configurations"), { recursive: true });
    await writeFile(file("other.yaml"), `displayName: other\nrules: []\n`);
    const item = live(first!.id)!;
    fake.faults.add({
      operationId: "ListConfigurations",
      fault: [
        { kind: "respond", status: 200, json: { items: [item], meta: { key: "items", pageSize: 1, nextToken: "second-page" } } },
        { kind: "respond", status: 200, json: { items: [item], meta: { key: "items", pageSize: 1 } } },
      ],
    });
    const plan = await convintel(["plan", "--prune"]);
    expect(plan.stdout.match(/- delete/g)).toHaveLength(1);
  });
});
