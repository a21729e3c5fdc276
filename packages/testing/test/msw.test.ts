/**
 * `@convintel/testing/msw` with Mock Service Worker as a suite sets it up (`setupServer`, msw's
 * current major, 3): requests through the global `fetch` reach the fake, with its state and faults;
 * other requests are left to the suite. The same handlers run under msw 2 in msw2.test.ts.
 *
 * msw 3 needs Node.js 22.12 or later: on an older Node.js this file is skipped, and the e2e suite
 * runs it on Node.js 22 (`MSW_TEST_REQUIRED=1`, which turns the skip into a failure).
 */
import { afterAll, afterEach, beforeAll, describe } from "vitest";
import { createFakeIntelligence } from "../src/index.js";
import { intelligenceHandlers } from "../src/msw.js";
import { mswSuite } from "./msw-suite.js";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const supported = major > 22 || (major === 22 && minor >= 12);
if (!supported && process.env.MSW_TEST_REQUIRED === "1") throw new Error(`msw 3 needs Node.js 22.12 or later; this is ${process.version}`);

describe.skipIf(!supported)("intelligenceHandlers() with msw 3", async () => {
  const { setupServer } = await import("msw/node");
  const fake = createFakeIntelligence({ seed: 11 });
  const server = setupServer(...intelligenceHandlers(fake));
  // msw 3's name for what msw 2 calls onUnhandledRequest: a request no handler takes fails, never reaches the network.
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
  afterEach(() => {
    server.resetHandlers();
    fake.reset();
  });
  afterAll(() => server.close());
  mswSuite(fake, server);
});
