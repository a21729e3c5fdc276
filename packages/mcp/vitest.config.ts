import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test starts server processes over stdio: on a busy machine that takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
