/** A call that did not get its answer (connection, timeout, deadline, abort), and a write that overwrote another. */
import { errorCode, type IntelligenceConfiguration } from "@convintel/fetch";
import { IntelligenceError } from "./error-base.js";

/** The request could not be completed: DNS, connection refused or reset, TLS, a body cut short. */
export class ConnectionError extends IntelligenceError {
  static override readonly brand: string = "ConnectionError";
  /** The system error code when known, e.g. `ECONNREFUSED`. */
  declare readonly code: string | undefined;
  /**
   * False only when the failure provably happened before any byte of the request was written (no
   * connection could be made: refused, DNS, TLS, a proxy that refused the tunnel), so the server
   * never saw it. A create (POST) is retried only then.
   */
  declare readonly requestMayHaveReachedServer: boolean;
  declare readonly operationId: string | undefined;
  /** Attempts made, retries included. */
  declare readonly attempts: number;

  /** `message` is for subclasses, which word their own. */
  constructor(init: { cause: unknown; operationId?: string; attempts?: number; requestMayHaveReachedServer?: boolean }, message?: string) {
    const code = errorCode(init.cause);
    const operation = init.operationId ?? "The request";
    const attempts = init.attempts ?? 1;
    const reached = init.requestMayHaveReachedServer ?? true;
    super(
      message ??
        `${operation} ${reached ? "lost its connection to" : "could not reach"} the Intelligence API${code ? ` (${code})` : ""}` +
          `${attempts > 1 ? ` after ${attempts} attempts` : ""}. ` +
          (reached
            ? "The request may have been applied: check before repeating a create. Check the network and proxies, then retry."
            : "Nothing was sent. Check the network, baseUrl, region and edge, then retry."),
      { cause: init.cause },
    );
    this.code = code;
    this.requestMayHaveReachedServer = reached;
    this.operationId = init.operationId;
    this.attempts = attempts;
  }
}

/**
 * An attempt took longer than `timeout` and was abandoned: a kind of ConnectionError, as the answer
 * never came. The request may have reached the server. Idempotent calls are retried.
 * DeadlineExceededError, a subclass, is the whole call running out of `deadline`.
 */
export class TimeoutError extends ConnectionError {
  static override readonly brand: string = "TimeoutError";
  /** `attempt`: one attempt exceeded `timeout`; `deadline`: the whole call ran out of time (a DeadlineExceededError). */
  declare readonly scope: "attempt" | "deadline";
  /** The limit that was exceeded, in milliseconds. */
  declare readonly timeoutMs: number;

  /** `scope` and `message` are set by DeadlineExceededError. */
  constructor(init: { timeoutMs: number; operationId?: string; attempts?: number; scope?: "attempt" | "deadline" }, message?: string) {
    const operation = init.operationId ?? "The request";
    super(
      { cause: undefined, operationId: init.operationId, attempts: init.attempts, requestMayHaveReachedServer: true },
      message ??
        `${operation} timed out: an attempt took longer than timeout (${init.timeoutMs} ms). Raise timeout if the service is slow.`,
    );
    this.scope = init.scope ?? "attempt";
    this.timeoutMs = init.timeoutMs;
  }
}

/** The whole call, retries and waits included, ran out of `deadline`. Not retried. */
export class DeadlineExceededError extends TimeoutError {
  static override readonly brand: string = "DeadlineExceededError";

  constructor(init: { timeoutMs: number; operationId?: string; attempts?: number }) {
    const operation = init.operationId ?? "The request";
    const attempts = init.attempts ?? 1;
    super(
      { ...init, scope: "deadline" },
      `${operation} ran out of time: the deadline (${init.timeoutMs} ms) passed after ${attempts} attempt${attempts === 1 ? "" : "s"}. ` +
        "Raise deadline or try later.",
    );
  }
}

/**
 * The caller's own signal aborted the call. `reason` is the signal's reason as it was given (for
 * `AbortSignal.timeout()`, a DOMException named `TimeoutError`: that is the caller's limit, not ours).
 */
export class AbortError extends IntelligenceError {
  static override readonly brand: string = "AbortError";
  /** The signal's `reason`. */
  declare readonly reason: unknown;
  declare readonly operationId: string | undefined;
  /** Attempts started before the abort (0: nothing was sent). */
  declare readonly attempts: number;
  /** True when an attempt had started, so a write may have been applied. */
  declare readonly requestMayHaveReachedServer: boolean;

  constructor(init: { reason: unknown; operationId?: string; attempts?: number }) {
    const operation = init.operationId ?? "The call";
    const attempts = init.attempts ?? 0;
    super(
      `${operation} was aborted by the caller's signal${attempts === 0 ? " before anything was sent" : ""}` +
        `${describeReason(init.reason)}.${attempts > 0 ? " A change may have been applied: fetch the resource to check." : ""}`,
      { cause: init.reason },
    );
    this.reason = init.reason;
    this.operationId = init.operationId;
    this.attempts = attempts;
    this.requestMayHaveReachedServer = attempts > 0;
  }
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error || (typeof DOMException === "function" && reason instanceof DOMException)) {
    const { name, message } = reason as Error;
    return ` (${name}${message ? `: ${message}` : ""})`;
  }
  return "";
}

function versionList(versions: readonly number[]): string {
  if (versions.length === 1) return `version ${versions[0]}`;
  return `versions ${versions[0]}–${versions.at(-1)}`;
}

/**
 * `modify()` found that someone else wrote the configuration between its fetch and its update: the
 * update returned a version more than one above the fetched one, by more than this call's own
 * earlier attempts (retried after their answers were lost) can explain. The update is a full
 * replacement, so what the others wrote in between is gone: the API keeps no earlier versions.
 * Raised after the write, as a report: the update has been applied.
 */
export class ConcurrentModificationError extends IntelligenceError {
  static override readonly brand: string = "ConcurrentModificationError";
  declare readonly id: string;
  /** The version we fetched and based our change on. */
  declare readonly fetchedVersion: number;
  /** The version the update returned: ours, now stored. */
  declare readonly resultVersion: number;
  /**
   * The versions written after our fetch and replaced by our update, oldest first. Up to
   * `unconfirmedAttempts` of them may be this call's own earlier attempts; the rest were someone else's.
   */
  declare readonly overwrittenVersions: readonly number[];
  /** Earlier attempts of our update that may have been applied although their answers were lost. */
  declare readonly unconfirmedAttempts: number;
  /** The configuration as we fetched it, before our change. */
  declare readonly fetched: IntelligenceConfiguration;
  /** The configuration the update returned: ours, written over whatever came in between. */
  declare readonly result: IntelligenceConfiguration;

  constructor(init: { id: string; fetched: IntelligenceConfiguration; result: IntelligenceConfiguration; unconfirmedAttempts?: number }) {
    const fetchedVersion = init.fetched.version;
    const resultVersion = init.result.version;
    const unconfirmed = init.unconfirmedAttempts ?? 0;
    const overwritten: number[] = [];
    for (let version = fetchedVersion + 1; version < resultVersion; version++) overwritten.push(version);
    super(
      `Configuration ${init.id} was changed by someone else during modify(): we fetched version ${fetchedVersion}, and our update returned ` +
        `version ${resultVersion} instead of ${fetchedVersion + 1}, so ${overwritten.length ? versionList(overwritten) : "a version"}, written after our fetch` +
        `${unconfirmed ? ` (up to ${unconfirmed} of them by our own retried attempts)` : ""}, ${overwritten.length === 1 ? "was" : "were"} replaced by ours. ` +
        "The API keeps no earlier versions: the other writer's change is lost unless it is applied again. Our update is stored; " +
        "compare `fetched` and `result`, and re-apply what was lost. (modify() detects such overwrites; without If-Match on this API it cannot prevent them.)",
    );
    this.id = init.id;
    this.fetchedVersion = fetchedVersion;
    this.resultVersion = resultVersion;
    this.overwrittenVersions = overwritten;
    this.unconfirmedAttempts = unconfirmed;
    this.fetched = init.fetched;
    this.result = init.result;
  }
}
