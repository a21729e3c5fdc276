import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The tests start web frameworks, a Next.js dev server and the fake: on a busy machine that takes seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
