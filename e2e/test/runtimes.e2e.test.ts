import { createFakeIntelligence } from "@convintel/testing";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Installed } from "../src/install.js";
import { repoRoot } from "../src/paths.js";
import { killAll } from "../src/processes.js";
import { runtimes, startBombServer, type SmokeOptions, type SmokeOutcome } from "../src/runtimes.js";

// Set in CI to turn a runtime that could not be installed into a failure instead of a skip.
const requireAll = process.env.CONVINTEL_E2E_REQUIRE_ALL_RUNTIMES === "1";

const fake = createFakeIntelligence();
let options: SmokeOptions;
let bomb: { url: string; close(): Promise<void> } | undefined;
const prepared = new Map<string, Installed>();
const outcomes: SmokeOutcome[] = [];

beforeAll(async () => {
  if (!existsSync(join(repoRoot, "packages", "client", "dist", "index.js"))) {
    throw new Error("packages/client is not built: run `pnpm build` first");
  }
  const server = await fake.listen({ host: "127.0.0.1" });
  bomb = await startBombServer();
  options = { baseUrl: server.url, accountSid: fake.credentials.accountSid, authToken: fake.credentials.authToken, bombUrl: bomb.url };
  // Every download at once: they are network-bound and cached after the first run.
  const installs = await Promise.all(runtimes.map(async (runtime) => [runtime.name, await runtime.prepare()] as const));
  for (const [name, installed] of installs) prepared.set(name, installed);
}, 9 * 60_000);

afterAll(async () => {
  await fake.close();
  await bomb?.close();
  killAll();
  const width = Math.max(...outcomes.map((outcome) => outcome.runtime.length));
  const lines = outcomes.map(
    (outcome) =>
      `  ${outcome.status.toUpperCase().padEnd(7)} ${outcome.runtime.padEnd(width)} ${String(outcome.ms).padStart(6)} ms  ${outcome.detail.split("\n")[0]}`,
  );
  console.log(`runtime matrix (create → update → fetch against ${options?.baseUrl}):\n${lines.join("\n")}`);
});

for (const runtime of runtimes) {
  it(`create → update → fetch on ${runtime.name}`, async (context) => {
    const installed = prepared.get(runtime.name);
    if (!installed?.ok) {
      const reason = installed?.reason ?? "not prepared";
      outcomes.push({ status: "skipped", runtime: runtime.name, detail: reason, ms: 0 });
      console.warn(`SKIPPED ${runtime.name}: ${reason}`);
      if (requireAll) throw new Error(`${runtime.name} could not be installed: ${reason}`);
      context.skip(reason);
      return;
    }
    const outcome = await runtime.smoke(installed.bin, options);
    outcomes.push(outcome);
    expect(outcome.status, outcome.detail).toBe("passed");
    // Node.js gets the transport of @convintel/fetch/node-transport; every other runtime, its own fetch.
    const { transport } = JSON.parse(outcome.detail) as { transport: string };
    expect(transport).toBe(runtime.name.startsWith("node") ? "own transport" : "global fetch");
  }, 150_000);
}
