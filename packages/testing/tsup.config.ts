import { defineConfig } from "tsup";

export default defineConfig({
  // `cli` is the command-line server run by bin/convintel-fake.js (Node-only).
  // `msw` is `@convintel/testing/msw`, for suites that mock HTTP with msw (an optional peer).
  entry: { index: "src/index.ts", msw: "src/msw.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", msw: "src/msw.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
});
