import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The version the server reports comes from package.json, read once at build time.
const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  // `cli` is the stdio server run by bin/convintel-mcp.js.
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  define: { __MCP_PACKAGE_VERSION__: JSON.stringify(pkg.version) },
});
