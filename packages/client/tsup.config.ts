import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The version in the User-Agent comes from package.json, read once at build time.
const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { name: string; version: string };

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  define: {
    __CLIENT_PACKAGE_NAME__: JSON.stringify(pkg.name),
    __CLIENT_PACKAGE_VERSION__: JSON.stringify(pkg.version),
  },
});
