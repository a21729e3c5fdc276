/**
 * The GitHub Actions workflow of docs/github-workflow.yml, run as written without GitHub: each job's
 * `run` steps, in order, with bash -e as the runner runs them, in git checkouts of a local origin
 * (the pull request's branch, then main after the merge), against two fakes over HTTP, the staging
 * and the production account. `npx` and `gh` are stand-ins on PATH: `npx convintel` runs the built
 * binary against the fake whose account the API key is (one origin serves every account, as the
 * API does), `gh pr comment` keeps the comment. `uses:` steps (checkout, setup-node) and `npm ci`
 * are what the test's own checkouts stand for.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IntelligenceClient } from "@convintel/client";
import { createFakeIntelligence, examples, type FakeIntelligence } from "@convintel/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const BIN = fileURLToPath(new URL("../bin/convintel.js", import.meta.url));
const WORKFLOW = fileURLToPath(new URL("../docs/github-workflow.yml", import.meta.url));
const OPERATOR = "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b";

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

let staging: FakeIntelligence;
let production: FakeIntelligence;
const urls = new Map<FakeIntelligence, string>();
let work: string;

beforeAll(async () => {
  staging = createFakeIntelligence({ seed: 7 });
  production = createFakeIntelligence({ seed: 8 });
  for (const fake of [staging, production]) {
    urls.set(fake, (await fake.listen()).url);
    fake.seed.operator({
      ...structuredClone(examples.CreatedOperator),
      id: OPERATOR,
      parameters: { scale: { type: "INTEGER", required: true } },
    });
  }
  work = await mkdtemp(join(tmpdir(), "convintel-workflow-"));
});

afterAll(async () => {
  await staging.close();
  await production.close();
  await rm(work, { recursive: true, force: true });
});

const accountEnv = (fake: FakeIntelligence) => ({
  TWILIO_ACCOUNT_SID: fake.credentials.accountSid,
  TWILIO_AUTH_TOKEN: fake.credentials.authToken,
  CONVINTEL_BASE_URL: urls.get(fake)!,
  CI: "true",
});
const clientOf = (fake: FakeIntelligence) => new IntelligenceClient({ ...fake.credentials, baseUrl: urls.get(fake)!, env: {} });

// The machine's environment without credentials or settings of its own, which would win over the test's.
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(TWILIO_|CONVINTEL_|GITHUB_)/.test(name)));

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...inherited, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await sh("git", args, cwd, {
    GIT_AUTHOR_NAME: "dev",
    GIT_AUTHOR_EMAIL: "dev@example.com",
    GIT_COMMITTER_NAME: "dev",
    GIT_COMMITTER_EMAIL: "dev@example.com",
  });
  if (result.code !== 0) throw new Error(`git ${args.join(" ")}: ${result.out}`);
  return result.out;
}

/** Runs one job's `run` steps in order, as the runner does: a failed step fails the job; `if: always()` steps run anyway. */
async function runJob(job: Workflow["jobs"][string], cwd: string, expressions: Record<string, string>, path: string) {
  const substitute = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) => {
      if (!(name in expressions)) throw new Error(`the workflow uses \${{ ${name} }}, which the test does not provide`);
      return expressions[name]!;
    });
  const envOf = (values: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, substitute(value)]));
  const steps: { name: string; code: number; out: string }[] = [];
  let failed = false;
  for (const step of job.steps) {
    if (step.uses !== undefined || step.run === undefined || step.run.trim() === "npm ci") continue;
    if (failed && step.if !== "always()") continue;
    const result = await sh("bash", ["-e", "-c", substitute(step.run)], cwd, {
      ...envOf(job.env),
      ...envOf(step.env),
      PATH: path,
      CI: "true",
    });
    steps.push({ name: step.name ?? step.run, ...result });
    if (result.code !== 0) failed = true;
  }
  return { failed, steps };
}

describe("the GitHub Actions workflow in docs/github-workflow.yml", () => {
  it("plans a pull request for both accounts in one comment, applies to staging then production on merge, and commits what apply recorded", async () => {
    const workflow = parse(await readFile(WORKFLOW, "utf8")) as Workflow;
    const seeded = await clientOf(staging).configurations.create({
      displayName: "end-of-call",
      description: "before",
      rules: [
        {
          operators: [{ id: OPERATOR, parameters: { scale: 5 } }],
          triggers: [{ on: "CONVERSATION_END" }],
          actions: [{ type: "WEBHOOK", method: "POST", url: "https://hooks.example.com/x" }],
        },
      ],
    });

    // Stand-ins for npx and gh, first on PATH; npx reaches the fake of the account its API key is (no key: a closed port).
    const bin = join(work, "bin");
    await mkdir(bin);
    const comments = join(work, "comments");
    const route = [staging, production]
      .map((fake) => `  ${fake.credentials.accountSid}) export CONVINTEL_BASE_URL=${urls.get(fake)} ;;`)
      .join("\n");
    await writeFile(
      join(bin, "npx"),
      `#!/bin/sh\ncase "$TWILIO_API_KEY" in\n${route}\n  *) export CONVINTEL_BASE_URL=http://127.0.0.1:9 ;;\nesac\nif [ "$1" = convintel ]; then shift; exec "${process.execPath}" "${BIN}" "$@"; fi\necho "npx $*: not in this test" >&2; exit 127\n`,
    );
    await writeFile(
      join(bin, "gh"),
      `#!/bin/sh\n[ "$1 $2" = "pr comment" ] && [ "$4" = --body-file ] || { echo "gh $*: not in this test" >&2; exit 2; }\n[ -n "$GH_TOKEN" ] || { echo "no GH_TOKEN" >&2; exit 4; }\ncp "$5" "${comments}-$3.md"\n`,
    );
    await chmod(join(bin, "npx"), 0o755);
    await chmod(join(bin, "gh"), 0o755);
    const path = `${bin}:${process.env.PATH ?? ""}`;
    const expressions = {
      "secrets.STAGING_TWILIO_API_KEY": staging.credentials.accountSid,
      "secrets.STAGING_TWILIO_API_SECRET": staging.credentials.authToken,
      "secrets.PRODUCTION_TWILIO_API_KEY": production.credentials.accountSid,
      "secrets.PRODUCTION_TWILIO_API_SECRET": production.credentials.authToken,
      "github.token": "token-of-the-run",
      "github.event.pull_request.number": "7",
    };

    // The repository: main with the configurations pulled from staging, on a local origin.
    const origin = join(work, "origin.git");
    await git(work, "init", "--bare", "--initial-branch=main", origin);
    const main = join(work, "main");
    await git(work, "clone", origin, main);
    const pulled = await sh(process.execPath, [BIN, "pull"], main, accountEnv(staging));
    expect(pulled.code, pulled.out).toBe(0);
    await git(main, "add", "intelligence");
    await git(main, "commit", "-m", "pull");
    await git(main, "push", "origin", "main");

    // The pull request: a change on a branch, planned by the plan job in its own checkout.
    const pr = join(work, "pr");
    await git(work, "clone", origin, pr);
    await git(pr, "checkout", "-b", "edit");
    const file = join(pr, "intelligence", "configurations", "end-of-call.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("description: before", "description: after review"));
    await git(pr, "commit", "-am", "edit");
    await git(pr, "push", "origin", "edit");
    const plan = await runJob(workflow.jobs.plan!, pr, expressions, path);
    expect(plan.failed, JSON.stringify(plan.steps, null, 2)).toBe(false);
    const comment = await readFile(`${comments}-7.md`, "utf8");
    const [forStaging, forProduction] = comment.split("## production");
    expect(forStaging).toContain("## staging");
    expect(forStaging).toContain(`~ update intelligence/configurations/end-of-call.yaml ${seeded.id} (version 1)`);
    expect(forStaging).toContain('~ description: "before" → "after review"');
    // Production has none of it yet: the same file is a create there.
    expect(forProduction).toContain('+ create intelligence/configurations/end-of-call.yaml "end-of-call"');
    expect((await clientOf(staging).configurations.fetch(seeded.id)).description).toBe("before");

    // The merge, then the apply job in a fresh checkout of main.
    await git(main, "pull", "origin", "edit");
    await git(main, "push", "origin", "main");
    const runner = join(work, "runner");
    await git(work, "clone", origin, runner);
    const apply = await runJob(workflow.jobs.apply!, runner, expressions, path);
    expect(apply.failed, JSON.stringify(apply.steps, null, 2)).toBe(false);
    expect((await clientOf(staging).configurations.fetch(seeded.id)).description).toBe("after review");
    const [promoted] = production.configurations;
    expect(promoted).toMatchObject({ displayName: "end-of-call", description: "after review" });
    expect(await git(runner, "log", "-1", "--format=%s", "origin/main")).toContain("record what apply wrote");

    // What apply recorded is on main: a new checkout plans no change in either account, and has the backup to restore from.
    const next = join(work, "next");
    await git(work, "clone", origin, next);
    for (const fake of [staging, production]) {
      const clean = await sh(process.execPath, [BIN, "plan", "--detailed-exitcode"], next, accountEnv(fake));
      expect(clean.code, clean.out).toBe(0);
      expect(clean.out).toContain("No changes.");
    }
    expect(await git(next, "ls-files", "intelligence/.convintel/backups")).toMatch(/update-/);
  });

  it("is the workflow the README shows", async () => {
    const readme = await readFile(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    const shown = readme.match(/```yaml\n(# \.github\/workflows\/intelligence\.yml[\s\S]*?)```/)?.[1];
    expect(shown).toBe(await readFile(WORKFLOW, "utf8"));
  });
});
