import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// The version in the User-Agent comes from package.json, read once at build time.
const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { name: string; version: string };

// Each build is one module per format: the client's own code, the runtime code of @convintel/fetch it
// calls, and the three URL functions of openapi-fetch that build its request URLs (their license is in
// THIRD_PARTY_NOTICES.md). Node.js loads every module of a package graph separately (resolve, read,
// compile, link); measured in bench/RESULTS.md ("Cold start"), one module loads several milliseconds
// sooner than the same code spread over the five it was before. @convintel/fetch stays a dependency for
// its types and for users' own transports: what crosses between the two packages at run time (a
// transport's responses and errors) is recognised by brand, so a transport from
// @convintel/fetch/node-transport works with either copy. undici is loaded from its own package, on the
// first call.
const shared: Options = {
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  noExternal: ["@convintel/fetch", "openapi-fetch"],
  define: {
    __CLIENT_PACKAGE_NAME__: JSON.stringify(pkg.name),
    __CLIENT_PACKAGE_VERSION__: JSON.stringify(pkg.version),
  },
};

export default defineConfig([
  // Node.js, Bun and Deno (the `node` export condition): with the transport of
  // @convintel/fetch/node-transport, which picks undici's dispatcher on Node.js and the global fetch
  // elsewhere.
  // Its clean leaves dist/web to the other build, as the two run at the same time.
  { ...shared, outDir: "dist", platform: "node", dts: true, clean: ["!web/**"] },
  // Browsers, workers and edge runtimes: the global fetch only, nothing of Node.js.
  { ...shared, outDir: "dist/web", platform: "neutral", dts: false, clean: true },
]);
