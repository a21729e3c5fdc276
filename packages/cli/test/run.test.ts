/** `run()` in-process, where a test can answer apply's question as a person on a terminal would. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IntelligenceClient } from "@convintel/client";
import { createFakeIntelligence, type FakeIntelligence } from "@convintel/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { run } from "../src/index.js";
import { testIo } from "./helpers/io.js";

let fake: FakeIntelligence;
let baseUrl: string;
let work: string;
beforeAll(async () => {
  fake = createFakeIntelligence({ seed: 12 });
  baseUrl = (await fake.listen()).url;
});
afterAll(() => fake.close());
beforeEach(async () => {
  fake.reset();
  work = await mkdtemp(join(tmpdir(), "convintel-run-"));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const io = (answers: boolean[] = []) => testIo(fake, baseUrl, work, answers);

describe("apply on a terminal", () => {
  it("asks first: anything but yes applies nothing, yes applies", async () => {
    const client = new IntelligenceClient({ ...fake.credentials, baseUrl, env: {} });
    await client.configurations.create({ displayName: "asked", rules: [] });
    expect(await run(["pull"], io().value)).toBe(0);
    const path = join(work, "intelligence", "configurations", "asked.yaml");
    await writeFile(path, `${await readFile(path, "utf8")}description: with a question\n`);

    const declined = io([false]);
    expect(await run(["apply"], declined.value)).toBe(1);
    expect(declined.questions).toEqual(['Apply 1 change(s)? Only "yes" applies: ']);
    expect(declined.out()).toContain("Nothing was applied.");
    expect(fake.configurations[0]!.description).toBeUndefined();

    const accepted = io([true]);
    expect(await run(["apply"], accepted.value)).toBe(0);
    expect(accepted.out()).toContain("Applied 1 of 1 change(s).");
    expect(fake.configurations[0]!.description).toBe("with a question");
    // NO_COLOR keeps a terminal's output plain.
    expect(accepted.out()).not.toContain("\u001b[");
  });

  it("reports an API failure during apply in the summary, with the client's error", async () => {
    const client = new IntelligenceClient({ ...fake.credentials, baseUrl, env: {} });
    await client.configurations.create({ displayName: "fails", rules: [] });
    expect(await run(["pull"], io().value)).toBe(0);
    const path = join(work, "intelligence", "configurations", "fails.yaml");
    await writeFile(path, `${await readFile(path, "utf8")}description: will fail\n`);
    fake.faults.add({ fault: { kind: "serverError", status: 500 }, operationId: "UpdateConfiguration" });
    const failed = io();
    expect(await run(["apply", "--auto-approve"], failed.value)).toBe(1);
    expect(failed.out()).toMatch(/Not applied as planned:\n\s+failed ~ update .*fails\.yaml/);
    expect(failed.out()).toContain("Applied 0 of 1 change(s).");
  });
});
