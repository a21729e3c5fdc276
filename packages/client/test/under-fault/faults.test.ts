import {
  ConnectionError,
  type ClientOptions,
  InternalServerError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  defaultMaxResponseBytes,
  type IntelligenceClient,
} from "../../src/index.js";
import type { OperationId } from "@convintel/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeIntelligence, type Fault } from "@convintel/testing";
import { ATTEMPT_TIMEOUT_MS, captureLog, clientOf, everythingShownBy, outcomeOf, secretsOf } from "./client-harness.js";
import { fixtures } from "../helpers/fixtures.js";

const documentedId = fixtures.updatedConfiguration().id;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => void process.on("unhandledRejection", onUnhandled));
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

type Call = { operationId: OperationId; run: (client: IntelligenceClient) => Promise<unknown> };

/** One call of each operation, as a user writes it. */
const calls: Record<"create" | "list" | "fetch" | "update" | "delete", Call> = {
  create: { operationId: "CreateConfiguration", run: (client) => client.configurations.create(fixtures.createRequest()) },
  list: { operationId: "ListConfigurations", run: (client) => client.configurations.list({ pageSize: 10 }).toArray() },
  fetch: { operationId: "FetchConfiguration", run: (client) => client.configurations.fetch(documentedId) },
  update: { operationId: "UpdateConfiguration", run: (client) => client.configurations.update(documentedId, fixtures.updateRequest()) },
  delete: { operationId: "DeleteConfiguration", run: (client) => client.configurations.delete(documentedId) },
};
const idempotent = [calls.list, calls.fetch, calls.update, calls.delete];

// Over HTTP twice: through the client's default transport on Node.js (undici's dispatcher), and
// through the global fetch that the client uses on every other runtime.
const transports = [
  { name: "in-process fetch", listen: false, globalFetch: false },
  { name: "HTTP listener, Node.js transport", listen: true, globalFetch: false },
  { name: "HTTP listener, global fetch", listen: true, globalFetch: true },
] as const;

// Each test has its own fake and client, so the tests of a transport run concurrently (most of their time is waiting).
describe.concurrent.each(transports)("the client under faults, over the $name", ({ listen, globalFetch }) => {
  async function start(options: ClientOptions = {}) {
    const fake = createFakeIntelligence({ configurations: [fixtures.updatedConfiguration()] });
    const baseUrl = listen ? (await fake.listen()).url : undefined;
    const log = captureLog();
    const transport: ClientOptions = globalFetch ? { fetch: (input, init) => globalThis.fetch(input, init) } : {};
    const client = clientOf(fake, baseUrl, log, { ...transport, ...options });
    /** Closes the fake and checks the logs; every test ends with it. */
    async function finish(): Promise<void> {
      await fake.close();
      // Debug logging prints every attempt with its headers: the secrets must be redacted from all of it.
      expect(log.lines.length).toBeGreaterThan(0);
      for (const secret of secretsOf(fake)) expect(log.lines.join("\n")).not.toContain(secret);
    }
    return { fake, client, finish };
  }

  /** Runs the call with `fault` on its first `times` attempts; checks the attempts made and that no secret leaks. */
  async function underFault(call: Call, fault: Fault, times: number | undefined, attempts: number, options: ClientOptions = {}) {
    const { fake, client, finish } = await start(options);
    fake.faults.add({ operationId: call.operationId, fault, ...(times === undefined ? {} : { times }) });
    const outcome = await outcomeOf(call.run(client));
    await finish();
    if (!outcome.ok) for (const secret of secretsOf(fake)) expect(everythingShownBy(outcome.error)).not.toContain(secret);
    expect(fake.requestsFor(call.operationId)).toBe(attempts);
    return Object.assign(outcome, { fake });
  }

  describe("latency", () => {
    it.each(Object.values(calls))("shorter than the timeout: $operationId succeeds on the first attempt", async (call) => {
      expect((await underFault(call, { kind: "latency", ms: 50 }, 1, 1)).ok).toBe(true);
    });

    it.each(idempotent)("longer than the timeout once: $operationId succeeds on the retry", async (call) => {
      expect((await underFault(call, { kind: "latency", ms: 3 * ATTEMPT_TIMEOUT_MS }, 1, 2)).ok).toBe(true);
    });

    it("longer than the timeout on a create: TimeoutError, not retried (a retry could duplicate it)", async () => {
      const outcome = await underFault(calls.create, { kind: "latency", ms: 3 * ATTEMPT_TIMEOUT_MS }, 1, 1);
      expect(outcome.ok ? undefined : outcome.error).toBeInstanceOf(TimeoutError);
      expect(outcome.ok ? undefined : outcome.error).toMatchObject({ scope: "attempt", timeoutMs: ATTEMPT_TIMEOUT_MS });
    });
  });

  describe("rateLimit (429)", () => {
    it.each(idempotent)("once, with Retry-After 0: $operationId succeeds on the retry", async (call) => {
      expect((await underFault(call, { kind: "rateLimit", retryAfterSeconds: 0 }, 1, 2)).ok).toBe(true);
    });

    it.each(idempotent)("every time: $operationId fails with RateLimitError after maxRetries", async (call) => {
      const outcome = await underFault(call, { kind: "rateLimit", retryAfterSeconds: 0, limit: 25 }, undefined, 3);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, code: 20429, limit: 25, remaining: 0, retryAfterMs: 0 });
      expect((error as RateLimitError).requestId).toMatch(/^RQ[0-9a-f]{32}$/);
    });

    it("with a Retry-After longer than maxRetryDelayMs: RateLimitError at once, saying how long to wait", async () => {
      const outcome = await underFault(calls.fetch, { kind: "rateLimit", retryAfterSeconds: 60 }, undefined, 1);
      expect(outcome.ok ? undefined : outcome.error).toMatchObject({ name: "RateLimitError", retryAfterMs: 60_000 });
    });

    it("once on a create: retried, since a 429 was refused and not run; exactly one configuration is created", async () => {
      const outcome = await underFault(calls.create, { kind: "rateLimit", retryAfterSeconds: 0 }, 1, 2);
      expect(outcome.ok).toBe(true);
      expect(outcome.fake.configurations).toHaveLength(2);
    });

    it("every time on a create: RateLimitError after maxRetries, nothing created", async () => {
      const outcome = await underFault(calls.create, { kind: "rateLimit", retryAfterSeconds: 0 }, undefined, 3);
      expect(outcome.ok ? undefined : outcome.error).toBeInstanceOf(RateLimitError);
      expect(outcome.fake.configurations).toHaveLength(1);
    });
  });

  describe.each([500, 502, 503, 504] as const)("serverError %i", (status) => {
    it.each(idempotent)("once: $operationId succeeds on the retry", async (call) => {
      expect((await underFault(call, { kind: "serverError", status }, 1, 2)).ok).toBe(true);
    });

    it("every time: InternalServerError with the status and code after maxRetries", async () => {
      const outcome = await underFault(calls.update, { kind: "serverError", status }, undefined, 3);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ status, userError: false, code: status === 503 ? 20503 : 20500 });
    });

    it("on a create: InternalServerError, not retried", async () => {
      const outcome = await underFault(calls.create, { kind: "serverError", status }, 1, 1);
      expect(outcome.ok ? undefined : outcome.error).toBeInstanceOf(InternalServerError);
    });
  });

  describe("connectionReset", () => {
    it.each(idempotent)("once: $operationId succeeds on the retry", async (call) => {
      expect((await underFault(call, { kind: "connectionReset" }, 1, 2)).ok).toBe(true);
    });

    it("every time: ConnectionError after maxRetries, saying the request may have reached the server", async () => {
      const outcome = await underFault(calls.fetch, { kind: "connectionReset" }, undefined, 3);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toMatchObject({ attempts: 3, requestMayHaveReachedServer: true });
      expect((error as ConnectionError).code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    });

    it("on a create: ConnectionError, not retried; with afterCommit the configuration exists though the call failed", async () => {
      const outcome = await underFault(calls.create, { kind: "connectionReset", afterCommit: true }, 1, 1);
      expect(outcome.ok ? undefined : outcome.error).toBeInstanceOf(ConnectionError);
      expect(outcome.fake.configurations).toHaveLength(2);
    });
  });

  describe("hang", () => {
    it.each(idempotent)("once: $operationId times out the attempt and succeeds on the retry", async (call) => {
      expect((await underFault(call, { kind: "hang" }, 1, 2)).ok).toBe(true);
    });

    it("every time: TimeoutError (attempt) after maxRetries", async () => {
      const outcome = await underFault(calls.fetch, { kind: "hang" }, undefined, 3);
      expect(outcome.ok ? undefined : outcome.error).toMatchObject({ name: "TimeoutError", scope: "attempt", attempts: 3 });
    });

    it("with a deadline: DeadlineExceededError when the deadline passes first", async () => {
      // Attempts far longer than the deadline: only the deadline can end the call this early.
      const { fake, client, finish } = await start({ timeout: 20_000 });
      fake.faults.add({ fault: { kind: "hang" } });
      const started = performance.now();
      const outcome = await outcomeOf(client.configurations.fetch(documentedId, { deadline: 450 }));
      await finish();
      expect(outcome.ok ? undefined : outcome.error).toMatchObject({ name: "DeadlineExceededError", scope: "deadline", timeoutMs: 450 });
      expect(performance.now() - started).toBeLessThan(15_000);
    });

    it("aborted by the caller: rejects with an AbortError carrying the caller's reason, no retry", async () => {
      const { fake, client, finish } = await start();
      const reason = new Error("user navigated away");
      const aborter = new AbortController();
      // Aborted once the request has reached the fake, however long that takes on a busy machine.
      fake.faults.add({
        fault: () => {
          setTimeout(() => aborter.abort(reason), 10);
          return { kind: "hang" };
        },
      });
      const outcome = await outcomeOf(client.configurations.fetch(documentedId, { signal: aborter.signal }));
      await finish();
      expect(outcome.ok ? undefined : outcome.error).toMatchObject({ name: "AbortError", reason });
      expect(fake.requests).toBe(1);
    });

    it("on a create: TimeoutError, not retried", async () => {
      const outcome = await underFault(calls.create, { kind: "hang" }, 1, 1);
      expect(outcome.ok ? undefined : outcome.error).toBeInstanceOf(TimeoutError);
    });
  });

  describe("stallBody", () => {
    it.each(idempotent.filter((call) => call !== calls.delete))(
      "once: $operationId times out reading the body and succeeds on the retry",
      async (call) => {
        expect((await underFault(call, { kind: "stallBody" }, 1, 2)).ok).toBe(true);
      },
    );

    it("every time: TimeoutError (attempt) after maxRetries", async () => {
      const outcome = await underFault(calls.fetch, { kind: "stallBody" }, undefined, 3);
      expect(outcome.ok ? undefined : outcome.error).toMatchObject({ name: "TimeoutError", scope: "attempt" });
    });
  });

  describe("invalidJson", () => {
    it.each([calls.create, calls.fetch, calls.update])("$operationId: ResponseValidationError naming JSON, not retried", async (call) => {
      const outcome = await underFault(call, { kind: "invalidJson" }, 1, 1);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).issues[0]).toMatchObject({ keyword: "json" });
      expect((error as ResponseValidationError).requestId).toMatch(/^RQ[0-9a-f]{32}$/);
    });
  });

  describe("htmlError", () => {
    it.each(idempotent)("once (502 page): $operationId succeeds on the retry", async (call) => {
      expect((await underFault(call, { kind: "htmlError" }, 1, 2)).ok).toBe(true);
    });

    it("every time: InternalServerError carrying the page's text, after maxRetries", async () => {
      const outcome = await underFault(calls.fetch, { kind: "htmlError", status: 503 }, undefined, 3);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ status: 503, code: undefined });
      expect((error as InternalServerError).message).toContain("503 Service Temporarily Unavailable");
    });
  });

  describe("redirect", () => {
    it.each(Object.values(calls))("$operationId: RedirectError with the location, never followed, not retried", async (call) => {
      const outcome = await underFault(call, { kind: "redirect", status: 307 }, undefined, 1);
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).location).toMatch(/^http:\/\/elsewhere\.invalid\/v3\/ControlPlane\/Configurations/);
    });
  });

  describe("oversizedBody", () => {
    it.each(Object.values(calls))(
      "over the client's limit: $operationId fails with ResponseTooLargeError, not retried",
      async (call) => {
        // A timeout no busy machine reaches while 16 MiB cross the loopback: only the body limit ends the attempt, so a second
        // attempt could only be a retry of ResponseTooLargeError.
        const outcome = await underFault(call, { kind: "oversizedBody" }, undefined, 1, { timeout: 60_000 });
        const error = outcome.ok ? undefined : outcome.error;
        expect(error).toBeInstanceOf(ResponseTooLargeError);
        // The fault answers with the operation's success status (201 for a create).
        expect(error).toMatchObject({
          limit: defaultMaxResponseBytes,
          status: call.operationId === "CreateConfiguration" ? 201 : 200,
          operationId: call.operationId,
        });
      },
      120_000,
    );

    it("within a limit raised for it: the body is read whole and returned as the data", async () => {
      // A timeout long enough to read 32 MiB on a slow machine, so the outcome does not depend on speed.
      const outcome = await underFault(calls.fetch, { kind: "oversizedBody" }, 1, 1, {
        timeout: 10_000,
        maxResponseBytes: 64 * 1024 * 1024,
      });
      expect(outcome.ok).toBe(true);
      expect(Object.keys((outcome as { value: object }).value)).toEqual(["padding"]);
    });

    it("with validateResponses: 'strict': ResponseValidationError naming the missing fields", async () => {
      const outcome = await underFault(calls.fetch, { kind: "oversizedBody", bytes: 4 * 1024 * 1024 }, 1, 1, {
        validateResponses: "strict",
        timeout: 10_000,
      });
      const error = outcome.ok ? undefined : outcome.error;
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).issues.map((issue) => issue.pointer)).toContain("/id");
    });
  });
});
