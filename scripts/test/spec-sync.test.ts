/**
 * `pnpm spec:sync` refuses what it must not take, and leaves spec/ as it was: a file that is not
 * OpenAPI, one our names or overlay no longer fit, and one that drops an operation we expose. (The
 * refusals come before anything is written, so this runs on the repository's own spec/.)
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const work = mkdtempSync(join(tmpdir(), "spec-sync-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/**
 * A provider-shaped document: our facts file with the prose OpenAPI requires put back (a title, a
 * description on every response), as the provider publishes it.
 */
function facts() {
  const document = JSON.parse(readFileSync(join(root, "spec/provider/intelligence-v3.json"), "utf8"));
  document.info.title = "Intelligence";
  for (const item of Object.values(document.paths) as Record<string, { responses?: Record<string, { description?: string }> }>[]) {
    for (const operation of Object.values(item)) {
      for (const response of Object.values(operation?.responses ?? {}))
        if (typeof response === "object") response.description = "A response.";
    }
  }
  return document;
}

function sync(document: unknown, name = "provider.json"): Promise<{ code: number; stderr: string }> {
  const path = join(work, name);
  writeFileSync(path, typeof document === "string" ? document : JSON.stringify(document));
  return new Promise((resolve) => {
    execFile(join(root, "node_modules/.bin/tsx"), [join(root, "scripts/spec-sync.ts"), path], { cwd: root }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
}

describe("spec:sync refuses, and spec/ stays as it was", () => {
  it("(the fixture itself is a valid provider file)", async () => {
    const path = join(work, "valid.json");
    writeFileSync(path, JSON.stringify(facts()));
    const lint = await new Promise<number>((resolve) =>
      execFile(
        join(root, "node_modules/.bin/redocly"),
        ["lint", "--config", join(root, "scripts/spec/structure.redocly.yaml"), path],
        (error) => resolve(error ? Number(error.code) : 0),
      ),
    );
    expect(lint).toBe(0);
  });

  const before = readFileSync(join(root, "spec/provider/intelligence-v3.json"), "utf8");
  const unchanged = () => expect(readFileSync(join(root, "spec/provider/intelligence-v3.json"), "utf8")).toBe(before);

  it("a file that does not parse", async () => {
    const result = await sync("{ not json");
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toContain("does not parse as JSON or YAML");
    unchanged();
  });

  it("a document that is not OpenAPI, or breaks its structure", async () => {
    expect((await sync({ swagger: "2.0" })).stderr).toContain("is not an OpenAPI 3.0 or 3.1 document");
    const broken = facts();
    broken.paths["/v3/RuleExecutions"].post.responses = "none";
    const result = await sync(broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /is not a valid OpenAPI document:\n\s+#\/paths\/~1v3~1RuleExecutions\/post\/responses: Expected type `Responses`/,
    );
    unchanged();
  });

  it("a document that drops an operation we expose", async () => {
    const fewer = facts();
    delete fewer.paths["/v3/RuleExecutions"];
    const result = await sync(fewer);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("drops operations this project exposes: CreateRuleExecution (POST /v3/RuleExecutions)");
    unchanged();
  });

  it("a document our overlay no longer fits", async () => {
    const renamed = facts();
    renamed.components.schemas.LanguageOperatorRenamed = renamed.components.schemas.LanguageOperator;
    delete renamed.components.schemas.LanguageOperator;
    const result = await sync(renamed);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no longer fits/);
    unchanged();
  });
});
