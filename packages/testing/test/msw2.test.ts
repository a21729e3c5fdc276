/**
 * `@convintel/testing/msw` under msw 2 (installed as `msw2`), the major that still runs on Node.js
 * 20: `msw` is swapped for it, so the handlers are built by msw 2's own `http`.
 */
import { setupServer } from "msw2/node";
import { afterAll, afterEach, beforeAll, describe, vi } from "vitest";
import { createFakeIntelligence } from "../src/index.js";
import { intelligenceHandlers } from "../src/msw.js";
import { mswSuite } from "./msw-suite.js";

vi.mock("msw", () => import("msw2"));

const fake = createFakeIntelligence({ seed: 11 });
// Built by msw 3's types here (msw 2 at run time, through the mock above); a suite on msw 2 gets msw 2's types.
const server = setupServer(...(intelligenceHandlers(fake) as never[]));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  fake.reset();
});
afterAll(() => server.close());

describe("intelligenceHandlers() with msw 2", () => mswSuite(fake, server));
