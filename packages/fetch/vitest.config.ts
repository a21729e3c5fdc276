import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The tests run the sources: the transport that package.json "imports" maps to dist/ on Node.js is
  // its source here, so that errors it throws are the classes the tests import.
  resolve: { alias: { "#node-transport": fileURLToPath(new URL("./src/node-transport.ts", import.meta.url)) } },
  // The property tests are CPU-bound and share the machine with the other packages' suites under turbo.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 },
});
