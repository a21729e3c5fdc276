import { inspect } from "node:util";
import { IntelligenceClient, type ClientOptions } from "../../src/index.js";
import type { FakeIntelligence } from "@convintel/testing";

/**
 * The attempt timeout of `clientOf`'s clients; a fault meant to outlast an attempt waits longer than this. Long enough
 * that on a busy machine (two test suites on two cores) an answer still comes within it: the tests count attempts.
 */
export const ATTEMPT_TIMEOUT_MS = 6000;

/** Everything a client logged, as text. */
export interface CapturedLog {
  lines: string[];
  logger: NonNullable<ClientOptions["logger"]>;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const write =
    (level: string) =>
    (message: string, ...details: unknown[]) => {
      lines.push(`${level} ${message} ${details.map((detail) => inspect(detail, { depth: 10 })).join(" ")}`);
    };
  return { lines, logger: { error: write("error"), warn: write("warn"), info: write("info"), debug: write("debug") } };
}

/**
 * A client of the fake with short retry delays, an attempt timeout short enough for tests of
 * timeouts and long enough that an answer on a busy machine is never taken for one, and every log
 * line captured.
 */
export function clientOf(
  fake: FakeIntelligence,
  baseUrl: string | undefined,
  log: CapturedLog,
  options: ClientOptions = {},
): IntelligenceClient {
  return new IntelligenceClient({
    ...fake.credentials,
    ...(baseUrl === undefined ? { fetch: fake.fetch } : { baseUrl }),
    env: {},
    maxRetries: 2,
    initialRetryDelayMs: 5,
    maxRetryDelayMs: 50,
    timeout: ATTEMPT_TIMEOUT_MS,
    logger: log.logger,
    logLevel: "debug",
    ...options,
  });
}

/** Every text a caller could see of an error: message, fields, JSON form, inspection, causes. */
export function everythingShownBy(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    parts.push(String(current), inspect(current, { depth: 10, showHidden: true }));
    try {
      parts.push(JSON.stringify(current));
    } catch {
      // Not every cause is serialisable; the inspection above covers it.
    }
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join("\n");
}

/** The secrets that must never show: the auth token, and the basic-auth header built from it. */
export function secretsOf(fake: FakeIntelligence): string[] {
  const { accountSid, authToken } = fake.credentials;
  return [authToken, btoa(`${accountSid}:${authToken}`)];
}

/** Rejects if `promise` has not settled within `ms`: a hang is a failure, never a stuck test run. */
export function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Settles a promise into a value, so assertions can run on successes and errors alike; a hang fails after `ms`. */
export async function outcomeOf<T>(promise: Promise<T>, ms = 30_000): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await within(ms, promise) };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("did not settle")) throw error;
    return { ok: false, error };
  }
}
