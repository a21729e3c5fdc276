import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  ConnectionError,
  InternalServerError,
  IntelligenceClient,
  RateLimitError,
  TimeoutError,
  type IntelligenceConfiguration,
  type UpdateConfigurationRequest,
} from "../../src/index.js";
import { describe, expect, it } from "vitest";
import { createFakeIntelligence, type Fault } from "@convintel/testing";
import { within } from "./client-harness.js";
import { fixtures } from "../helpers/fixtures.js";

const UPDATES = Number(process.env.SOAK_UPDATES ?? 20_000);
const CONCURRENCY = 64;
const FAULT_RATE = Number(process.env.SOAK_FAULT_RATE ?? 0.1);
const CHECKPOINT_EVERY = UPDATES / 10;
const MAX_RETRIES = 2;
const ATTEMPT_TIMEOUT_MS = 3000;
// A call that has not settled by then hangs: three times the longest its attempts may take (each up to the
// timeout), so a busy machine that slows every attempt does not pass for a hang.
const CALL_LIMIT_MS = 3 * (MAX_RETRIES + 1) * ATTEMPT_TIMEOUT_MS;
// Generous: a leak of even 1 KiB per call would add ~18 MiB between the first checkpoint and the last.
const MAX_HEAP_GROWTH_BYTES = 12 * 1024 * 1024;

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** The transient faults a real deployment shows now and then; every one leaves the state untouched. */
const quickFaults: Fault[] = [
  { kind: "serverError", status: 500 },
  { kind: "serverError", status: 503 },
  { kind: "rateLimit", retryAfterSeconds: 0 },
  { kind: "connectionReset" },
  { kind: "htmlError", status: 502 },
];
// Hangs and stalled bodies end only by the client's timeout, so they are 1 in 20 faults, to keep the run short.
const slowFaults: Fault[] = [{ kind: "hang" }, { kind: "stallBody" }];
function transientFault(index: number): Fault {
  return index % 20 === 19 ? slowFaults[Math.floor(index / 20) % slowFaults.length]! : quickFaults[index % quickFaults.length]!;
}

describe("soak", () => {
  it(`${UPDATES} updates at concurrency ${CONCURRENCY} over HTTP with ${FAULT_RATE * 100}% transient faults`, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);

    // What the server applied, per configuration: how many updates and the number of the last one.
    const commits = new Map<string, number>();
    const fake = createFakeIntelligence({
      seed: 2026,
      onRequest: (event) => {
        // A 200 that a fault stands in for (a stalled body) applied nothing.
        if (event.operationId !== "UpdateConfiguration" || event.status !== 200 || (event.fault && event.fault !== "latency")) return;
        const id = event.path.split("/").pop()!;
        commits.set(id, (commits.get(id) ?? 0) + 1);
      },
    });
    const server = await fake.listen();
    // Which call an onRetry belongs to: a timed-out attempt may still reach the store later, out of order.
    const currentCall = new AsyncLocalStorage<{ attemptTimedOut: boolean }>();
    const client = new IntelligenceClient({
      ...fake.credentials,
      baseUrl: server.url,
      env: {},
      maxRetries: MAX_RETRIES,
      initialRetryDelayMs: 1,
      maxRetryDelayMs: 5,
      // Far above the time of any answer under this load (64 calls queue on one event loop, on a busy machine),
      // so that, as a rule, only hangs and stalled bodies time out; those never reach the store.
      timeout: ATTEMPT_TIMEOUT_MS,
      onRetry: (event) => {
        if (event.error instanceof TimeoutError) currentCall.getStore()!.attemptTimedOut = true;
      },
    });
    try {
      const configurations: IntelligenceConfiguration[] = [];
      for (let worker = 0; worker < CONCURRENCY; worker++)
        configurations.push(await client.configurations.create(fixtures.createRequest(), { timeout: 10_000 }));
      // Faults start once the configurations exist; the fake's seed makes the fault draws reproducible.
      let faultIndex = 0;
      fake.faults.add({
        operationId: "UpdateConfiguration",
        probability: FAULT_RATE,
        fault: () => transientFault(faultIndex++),
      });

      const lastWritten: (UpdateConfigurationRequest | undefined)[] = Array.from({ length: CONCURRENCY });
      // Writes whose outcome the caller cannot know: failed calls, and calls with an attempt that timed out.
      // The server may have applied them, or (a timed-out attempt arriving late) applied them after a newer write.
      const uncertainWrites = new Map<string, UpdateConfigurationRequest>();
      const successes = new Array<number>(CONCURRENCY).fill(0);
      const failures = new Map<string, number>();
      const heap: { completed: number; bytes: number }[] = [];
      let started = 0;
      let completed = 0;
      const startedAt = performance.now();

      async function worker(index: number): Promise<void> {
        const configuration = configurations[index]!;
        const rule = configuration.rules[0]!;
        while (started < UPDATES) {
          const number = started++;
          const body: UpdateConfigurationRequest = {
            displayName: `worker ${index} update ${number}`,
            description: `written by update ${number}`,
            rules: [{ ...rule, triggers: [{ on: "COMMUNICATION", parameters: { count: (number % 20) + 1 } }] }],
          };
          const call = { attemptTimedOut: false };
          try {
            await currentCall.run(call, () => within(CALL_LIMIT_MS, client.configurations.update(configuration.id, body)));
            lastWritten[index] = body;
            successes[index]!++;
            if (call.attemptTimedOut) uncertainWrites.set(body.displayName, body);
          } catch (error) {
            // Every failure is one of the client's typed errors for a transient fault, never a hang or a stray error.
            const typed =
              error instanceof InternalServerError ||
              error instanceof RateLimitError ||
              error instanceof ConnectionError ||
              error instanceof TimeoutError;
            expect(typed, String(error)).toBe(true);
            const name = (error as Error).name;
            failures.set(name, (failures.get(name) ?? 0) + 1);
            uncertainWrites.set(body.displayName, body);
          }
          completed++;
          if (completed % CHECKPOINT_EVERY === 0) heap.push({ completed, bytes: heapAfterGc() });
        }
      }

      await Promise.all(Array.from({ length: CONCURRENCY }, (_, index) => worker(index)));
      const seconds = (performance.now() - startedAt) / 1000;

      expect(completed).toBe(UPDATES);
      const succeeded = successes.reduce((sum, count) => sum + count, 0);
      const failed = [...failures.values()].reduce((sum, count) => sum + count, 0);
      expect(succeeded + failed).toBe(UPDATES);
      expect(fake.faults.count).toBeGreaterThan(UPDATES * FAULT_RATE * 0.8);

      // The final state is the successful writes: each worker's last one, unless an uncertain write of that
      // worker was applied after it (none are, unless the machine is so busy that answers take over 3 s).
      // Every success is at least one applied update; `version` counts exactly the updates the server applied.
      const stored = new Map(fake.configurations.map((configuration) => [configuration.id, configuration]));
      expect(stored.size).toBe(CONCURRENCY);
      let finalFromUnknown = 0;
      configurations.forEach((configuration, index) => {
        const now = stored.get(configuration.id)!;
        const applied = commits.get(configuration.id) ?? 0;
        expect(applied).toBeGreaterThanOrEqual(successes[index]!);
        expect(now.version).toBe(1 + applied);
        const state = { displayName: now.displayName, description: now.description, rules: now.rules };
        const written = lastWritten[index]!;
        if (now.displayName === written.displayName) {
          expect(state).toEqual(written);
        } else {
          const uncertain = uncertainWrites.get(now.displayName);
          expect(
            uncertain,
            `${configuration.id} holds ${now.displayName}, neither the last successful write nor an uncertain one`,
          ).toBeDefined();
          expect(state).toEqual(uncertain);
          finalFromUnknown++;
        }
      });

      const first = heap[0]!.bytes;
      const growth = Math.max(...heap.map((point) => point.bytes)) - first;
      console.log(
        `soak: ${UPDATES} updates in ${seconds.toFixed(1)} s (${Math.round(UPDATES / seconds)}/s), ${fake.faults.count} faults injected, ` +
          `${failed} calls failed after retries (${[...failures].map(([name, count]) => `${name} ${count}`).join(", ") || "none"}; ` +
          `${uncertainWrites.size} writes of uncertain outcome, ${finalFromUnknown} configurations end on one), ` +
          `heap after GC ${heap.map((point) => `${(point.bytes / 1048576).toFixed(1)}`).join(" → ")} MiB (growth ${(growth / 1048576).toFixed(1)} MiB)`,
      );
      expect(growth).toBeLessThan(MAX_HEAP_GROWTH_BYTES);
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      await fake.close();
    }
  }, 150_000);
});
