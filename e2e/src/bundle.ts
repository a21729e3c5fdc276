import { build, type BuildOptions } from "esbuild";
import { join } from "node:path";
import { e2eDir } from "./paths.js";

/** esbuild settings for code that runs outside Node: browsers and Cloudflare Workers. */
export const targets = {
  browser: { platform: "browser", format: "esm", target: "es2022" },
  edge: {
    platform: "neutral",
    format: "esm",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
  },
} satisfies Record<string, BuildOptions>;

/** Bundles one of the fixtures (with the built client) into a single file. */
export async function bundleFixture(fixture: string, outfile: string, target: keyof typeof targets): Promise<void> {
  await build({
    ...targets[target],
    entryPoints: [join(e2eDir, "fixtures", fixture)],
    absWorkingDir: e2eDir,
    bundle: true,
    minify: true,
    outfile,
    logLevel: "error",
  });
}
