/**
 * `@convintel/testing/msw` with msw 3, which needs Node.js 22.12 or later: its test file
 * (packages/testing/test/msw.test.ts) run by vitest on the Node.js 22 of the runtime matrix, where a
 * skip is a failure (`MSW_TEST_REQUIRED=1`).
 */
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { installTool, tools } from "../src/install.js";
import { repoRoot } from "../src/paths.js";
import { cleanEnv, killAll, run } from "../src/processes.js";

const requireAll = process.env.CONVINTEL_E2E_REQUIRE_ALL_RUNTIMES === "1";

afterAll(() => killAll());

it("runs the msw 3 tests of @convintel/testing on Node.js 22", async (context) => {
  const node = await installTool(tools.node22);
  if (!node.ok) {
    if (requireAll) throw new Error(`Node.js 22 could not be installed: ${node.reason}`);
    context.skip(node.reason);
    return;
  }
  const testing = join(repoRoot, "packages", "testing");
  const result = await run(node.bin, [join(testing, "node_modules", "vitest", "vitest.mjs"), "run", "test/msw.test.ts"], {
    cwd: testing,
    timeoutMs: 120_000,
    env: cleanEnv({ MSW_TEST_REQUIRED: "1", CI: "true", NO_COLOR: "1" }),
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences of a coloured terminal, taken out.
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
  expect(result.code, output).toBe(0);
  expect(output).toMatch(/Tests\s+4 passed \(4\)/);
}, 180_000);
