import { defineConfig } from "tsup";

export default defineConfig({
  // `cli` is the command-line server run by bin/convintel-fake.js (Node-only).
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
});
