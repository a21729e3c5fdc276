import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.e2e.test.ts"],
    // Generous but bounded: the first run downloads runtimes; a warm run takes a few minutes.
    testTimeout: 5 * 60_000,
    hookTimeout: 9 * 60_000,
    teardownTimeout: 60_000,
    pool: "forks",
    reporters: ["verbose"],
  },
});
