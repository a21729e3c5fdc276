import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/spec.ts", "src/node-transport.ts", "src/node-transport-fallback.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  // The transport is chosen where the package is resolved (package.json "imports", by runtime), not here.
  external: ["#node-transport"],
});
