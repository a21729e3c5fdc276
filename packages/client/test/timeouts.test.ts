import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { AbortError, ConnectionError, DeadlineExceededError, IntelligenceError, TimeoutError, type RetryEvent } from "../src/index.js";
import { configuration, configurationId, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer();

describe("a signal shared by many calls", () => {
  it("carries one listener of the client's however many calls share it: no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning);
    process.on("warning", onWarning);
    try {
      server.otherwise({ status: 200, json: configuration, delayMs: 20 });
      const controller = new AbortController();
      const client = testClient(server.url);
      await Promise.all(Array.from({ length: 40 }, () => client.configurations.fetch(configurationId, { signal: controller.signal })));
      // And while they wait between attempts.
      server.otherwise({ status: 503, json: { code: 20503, message: "busy", httpStatusCode: 503 } });
      const waiting = Array.from({ length: 40 }, () =>
        testClient(server.url, { initialRetryDelayMs: 5000, maxRetryDelayMs: 5000 }).configurations.fetch(configurationId, {
          signal: controller.signal,
        }),
      );
      await vi.waitFor(() => expect(server.requests.length).toBeGreaterThanOrEqual(80));
      const reason = new Error("enough");
      controller.abort(reason);
      for (const call of await Promise.allSettled(waiting)) {
        expect(call.status).toBe("rejected");
        expect((call as PromiseRejectedResult).reason).toBeInstanceOf(AbortError);
        expect(((call as PromiseRejectedResult).reason as AbortError).reason).toBe(reason);
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});

describe("timeouts", () => {
  it("fails an attempt that exceeds timeout with a TimeoutError of scope attempt", async () => {
    server.otherwise({ hang: true });
    const startedAt = Date.now();
    const error = (await testClient(server.url, { timeout: 60, maxRetries: 0 })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.scope).toBe("attempt");
    expect(error.timeoutMs).toBe(60);
    expect(error.message).toContain("Raise timeout");
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(55);
    expect(Date.now() - startedAt).toBeLessThan(1000);
  });

  it("retries a timed-out GET and returns the later answer", async () => {
    server.reply({ hang: true }, { status: 200, json: configuration });
    const events: RetryEvent[] = [];
    // The retry must finish within the same per-attempt limit, so the limit leaves room for a loaded machine.
    const result = await testClient(server.url, { timeout: 300, onRetry: (event) => void events.push(event) }).configurations.fetch(
      configurationId,
    );
    expect(result).toEqual(configuration);
    expect(events.map((event) => event.error.name)).toEqual(["TimeoutError"]);
    expect(server.requests).toHaveLength(2);
  });

  it("covers reading the body: a response that stalls midway times out", async () => {
    server.otherwise({ status: 200, json: configuration, delayMs: 500 });
    const error = await testClient(server.url, { timeout: 50, maxRetries: 0 })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("bounds all attempts together with deadline (scope deadline)", async () => {
    server.otherwise({ hang: true });
    const startedAt = Date.now();
    const error = (await testClient(server.url, { timeout: 100, deadline: 350, maxRetries: 10 })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as TimeoutError;
    const elapsed = Date.now() - startedAt;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.scope).toBe("deadline");
    expect(error.timeoutMs).toBe(350);
    expect(error.attempts).toBeGreaterThanOrEqual(2);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(error.message).toContain("Raise deadline");
    expect(elapsed).toBeGreaterThanOrEqual(340);
    expect(elapsed).toBeLessThan(3000);
  });

  it("cuts a long per-attempt timeout short at the deadline", async () => {
    server.otherwise({ hang: true });
    const startedAt = Date.now();
    const error = (await testClient(server.url, { timeout: 10_000 })
      .configurations.fetch(configurationId, { deadline: 80 })
      .catch((caught: unknown) => caught)) as TimeoutError;
    expect(error.scope).toBe("deadline");
    expect(Date.now() - startedAt).toBeLessThan(1000);
    // One attempt at most: none is started after the deadline (on a busy machine it may not even arrive).
    expect(server.requests.length).toBeLessThanOrEqual(1);
  });

  it("times out each attempt at its own limit, whatever the others in flight use", async () => {
    server.otherwise({ hang: true });
    const client = testClient(server.url, { maxRetries: 0 });
    // A long limit first, then shorter ones started later: each must still fire on time.
    const limits = [1500, 120, 250, 60, 120];
    const outcomes = await Promise.all(
      limits.map(async (timeout, index) => {
        await new Promise((resolve) => setTimeout(resolve, index * 15));
        const startedAt = performance.now();
        const error = await client.configurations.fetch(configurationId, { timeout }).catch((caught: unknown) => caught);
        return { error, took: performance.now() - startedAt, timeout };
      }),
    );
    for (const { error, took, timeout } of outcomes) {
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeoutMs).toBe(timeout);
      expect(took, `timeout ${timeout}`).toBeGreaterThanOrEqual(timeout - 2);
      expect(took, `timeout ${timeout}`).toBeLessThan(timeout + 400);
    }
  });

  it("takes timeout per call over the client's", async () => {
    server.otherwise({ hang: true });
    const error = (await testClient(server.url, { timeout: 10_000, maxRetries: 0 })
      .configurations.fetch(configurationId, { timeout: 40 })
      .catch((caught: unknown) => caught)) as TimeoutError;
    expect(error.timeoutMs).toBe(40);
  });
});

describe("cancellation", () => {
  it("rejects at once with an AbortError that carries the caller's reason", async () => {
    server.otherwise({ hang: true });
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    const pending = testClient(server.url).configurations.fetch(configurationId, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 30);
    const startedAt = Date.now();
    const error = (await pending.catch((caught: unknown) => caught)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toBeInstanceOf(IntelligenceError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error.reason).toBe(reason);
    expect(error.cause).toBe(reason);
    expect(error.attempts).toBe(1);
    expect(error.requestMayHaveReachedServer).toBe(true);
    expect(error.message).toContain("FetchConfiguration was aborted by the caller's signal (Error: user navigated away)");
    expect(Date.now() - startedAt).toBeLessThan(1000);
    // Never retried after an abort (the one request may not have reached the server yet).
    expect(server.requests.length).toBeLessThanOrEqual(1);
  });

  it("keeps the default reason of an abort without one", async () => {
    server.otherwise({ hang: true });
    const controller = new AbortController();
    const pending = testClient(server.url).configurations.fetch(configurationId, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = (await pending.catch((caught: unknown) => caught)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe("AbortError");
    expect(error.reason).toBeInstanceOf(DOMException);
    expect((error.reason as DOMException).name).toBe("AbortError");
  });

  it("tells the caller's AbortSignal.timeout() from its own timeout and deadline by class", async () => {
    server.otherwise({ hang: true });
    const client = testClient(server.url, { maxRetries: 0 });
    const theirs = await client.configurations
      .fetch(configurationId, { signal: AbortSignal.timeout(30) })
      .catch((caught: unknown) => caught);
    const attempt = await client.configurations.fetch(configurationId, { timeout: 30 }).catch((caught: unknown) => caught);
    const deadline = await client.configurations.fetch(configurationId, { deadline: 30 }).catch((caught: unknown) => caught);
    expect(theirs).toBeInstanceOf(AbortError);
    expect(theirs).not.toBeInstanceOf(TimeoutError);
    expect(((theirs as AbortError).reason as DOMException).name).toBe("TimeoutError");
    expect(attempt).toBeInstanceOf(TimeoutError);
    expect(attempt).toBeInstanceOf(ConnectionError);
    expect(attempt).not.toBeInstanceOf(DeadlineExceededError);
    expect(deadline).toBeInstanceOf(DeadlineExceededError);
    expect(deadline).toBeInstanceOf(TimeoutError);
    expect((deadline as DeadlineExceededError).scope).toBe("deadline");
  });

  it("sends nothing when the signal is already aborted", async () => {
    const reason = new Error("already");
    const error = (await testClient(server.url)
      .configurations.fetch(configurationId, { signal: AbortSignal.abort(reason) })
      .catch((caught: unknown) => caught)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.reason).toBe(reason);
    expect(error.attempts).toBe(0);
    expect(error.requestMayHaveReachedServer).toBe(false);
    expect(error.message).toContain("before anything was sent");
    expect(server.requests).toHaveLength(0);
  });

  it("stops during the wait between retries", async () => {
    server.otherwise({ status: 503, json: { code: 1, message: "x", httpStatusCode: 503 }, headers: { "retry-after": "5" } });
    const controller = new AbortController();
    const reason = new Error("enough");
    const pending = testClient(server.url, {
      maxRetryDelayMs: 10_000,
      onRetry: () => setTimeout(() => controller.abort(reason), 20),
    }).configurations.fetch(configurationId, { signal: controller.signal });
    const startedAt = Date.now();
    const error = (await pending.catch((caught: unknown) => caught)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.reason).toBe(reason);
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it("works with a signal, timeout and deadline together: the first to fire wins", async () => {
    server.otherwise({ hang: true });
    const controller = new AbortController();
    const error = (await testClient(server.url, { maxRetries: 0 })
      .configurations.fetch(configurationId, { signal: controller.signal, timeout: 40, deadline: 5000 })
      .catch((caught: unknown) => caught)) as TimeoutError;
    expect(error.scope).toBe("attempt");
    controller.abort();
  });
});

describe("nothing is left behind", () => {
  it("removes its listeners from the caller's signal once a call settles", async () => {
    const client = testClient(server.url, { timeout: 30_000 });
    server.otherwise({ status: 200, json: configuration });
    const controller = new AbortController();
    let listeners = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    const remove = controller.signal.removeEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((...args: Parameters<AbortSignal["addEventListener"]>) => {
      listeners++;
      add(...args);
    }) as AbortSignal["addEventListener"];
    controller.signal.removeEventListener = ((...args: Parameters<AbortSignal["removeEventListener"]>) => {
      listeners--;
      remove(...args);
    }) as AbortSignal["removeEventListener"];

    // A success, a retried failure, an error, and a timeout.
    await client.configurations.fetch(configurationId, { signal: controller.signal, deadline: 60_000 });
    server.reply({ status: 503, json: { code: 1, message: "x", httpStatusCode: 503 } });
    await client.configurations.fetch(configurationId, { signal: controller.signal });
    server.reply({ status: 404, json: { code: 1, message: "x", httpStatusCode: 404 } });
    await client.configurations.fetch(configurationId, { signal: controller.signal }).catch(() => undefined);
    server.reply({ hang: true });
    await client.configurations.fetch(configurationId, { signal: controller.signal, timeout: 30, maxRetries: 0 }).catch(() => undefined);

    expect(listeners).toBe(0);
  });

  it("leaves no timer behind: a process exits right after its calls settle, despite the 30 s timeout", async () => {
    server.reply(
      { status: 200, json: configuration },
      { status: 503, json: { code: 1, message: "x", httpStatusCode: 503 } },
      { status: 404, json: { code: 1, message: "x", httpStatusCode: 404 } },
      { hang: true },
    );
    const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
    const script = fileURLToPath(new URL("./helpers/settle-and-exit.ts", import.meta.url));
    const startedAt = Date.now();
    const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve, reject) => {
      const child = spawn(tsx, [script, server.url, configurationId], { stdio: ["ignore", "pipe", "inherit"] });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      // Under the script's 30 s timeout, so a process kept alive by it is caught; killed either way.
      const killer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error("the process was kept alive after its calls settled"));
      }, 25_000);
      child.on("exit", (exitCode) => {
        clearTimeout(killer);
        resolve({ stdout: output, code: exitCode });
      });
    });
    expect(stdout).toBe("settled\n");
    expect(code).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(25_000);
    expect(server.requests.length).toBeGreaterThanOrEqual(4);
  }, 40_000);
});
