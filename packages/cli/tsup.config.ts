import { defineConfig } from "tsup";

export default defineConfig({
  // `index` is the programmatic entry (run()); `bin` is what bin/convintel.js loads.
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
});
