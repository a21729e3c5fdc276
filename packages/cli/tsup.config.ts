import { defineConfig } from "tsup";

// The two builds run side by side, so neither cleans dist/: the build script empties it first.

export default defineConfig([
  // The programmatic entry (run()), for import and require.
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    treeshake: true,
  },
  // What bin/convintel.js loads: ESM, with top-level await.
  {
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    treeshake: true,
  },
]);
