/**
 * The requester: one operation from its checked input to its data or one typed error, with the
 * attempt loop and the retry decision. What is checked before sending is in `request-input.ts`, the
 * decoding of a success in `response-decoding.ts`; the wire (URL, headers, middleware, transport) is
 * @convintel/fetch's.
 */
import {
  MiddlewareFailure,
  ResponseTooLargeError as BodyTooLarge,
  SendError,
  isIdempotent,
  operationHeaders,
  sleep,
  operationUrl,
  roundTripThrough,
  type BufferedResponse,
  type Middleware,
  type OperationDescriptor,
  type OperationInputs,
  type OperationResults,
  type Transport,
  type WireRequest,
} from "@convintel/fetch";
import type { OperationId } from "@convintel/types";
import { WithResponse } from "./api-promise.js";
import { redactDeep, sanitizeCause, type Redactor } from "./auth.js";
import {
  AbortError,
  ApiError,
  ConnectionError,
  DeadlineExceededError,
  IntelligenceError,
  RequestValidationError,
  ResponseTooLargeError,
  TimeoutError,
  createApiError,
} from "./errors.js";
import type { CallHook, HookedCall } from "./call-hook.js";
import type { CheckSettings } from "./checks.js";
import { readRequestId } from "./headers.js";
import { failureLevel, headersForLog, type Log } from "./logger.js";
import { maybeApplied, retryDelay, serverRetryDelay, shouldRetry, type RetryEvent, type RetrySettings } from "./retry.js";
import { type CallInput, validateCallOptions, validateInput, optionIssue, type RequestOptions } from "./request-input.js";
import { decodeSuccess } from "./response-decoding.js";
import { ABORTED_BY_CALLER, AttemptSignal, TIMED_OUT } from "./signals.js";

export interface RequesterSettings {
  baseUrl: string;
  /** Who the credentials are (the account or API key SID), for `scope`. */
  username: string;
  /** The headers of every request, credentials included, checked once (`mergeHeaderPairs`). */
  headers: ReadonlyMap<string, [string, string]>;
  transport: Transport;
  middleware: readonly Middleware[];
  retry: RetrySettings;
  onRetry: ((event: RetryEvent) => void) | undefined;
  timeout: number;
  deadline: number | undefined;
  maxResponseBytes: number;
  validateRequests: boolean;
  allowUnknownFields: boolean;
  validateResponses: false | "strict" | "warn";
  log: Log;
  redact: Redactor;
  /** The client's options of the operator check, for the hook that runs it. */
  checks: CheckSettings;
}

function now(): number {
  return performance.now();
}

/** An error body as the server sent it: parsed when it is JSON, the text otherwise. */
function parseErrorBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** An attempt that failed: the error, and the delay the server asked for before another. */
interface Failure {
  error: IntelligenceError;
  serverDelay: ReturnType<typeof serverRetryDelay>;
}

/** What one call has been through so far, for the retry decision and the result. */
interface CallState {
  operation: OperationDescriptor;
  input: CallInput;
  /** What every attempt sends: built and checked once. */
  url: string;
  headers: [string, string][];
  body: string | undefined;
  maxResponseBytes: number;
  attempt: number;
  maxRetries: number;
  deadline: number | undefined;
  deadlineAt: number;
  signal: AbortSignal | undefined;
  /** Earlier attempts of this call that may have been applied by the server (their answer was lost or failed). */
  unconfirmed: number;
}

/**
 * Runs one operation: checks the input, sends it through @convintel/fetch, turns the response into
 * data or one typed error, and retries when that is safe.
 */
export class Requester {
  readonly #settings: RequesterSettings;
  readonly #hooks = new Map<string, CallHook>();
  readonly #hooksByOperation = new Map<OperationId, CallHook[]>();

  constructor(settings: RequesterSettings) {
    this.#settings = settings;
  }

  /** Removes every form of the client's credentials from text (for values this layer did not build). */
  get redact(): Redactor {
    return this.#settings.redact;
  }

  /** The client's options of the operator check. */
  get checkSettings(): CheckSettings {
    return this.#settings.checks;
  }

  /** The client's log, for what a resource reports beyond its calls. */
  get log(): Log {
    return this.#settings.log;
  }

  /**
   * Registers `hook` under `name`, in place of one registered under that name before. It wraps the
   * calls of its operations from then on.
   */
  use(name: string, hook: CallHook): void {
    this.#hooks.set(name, hook);
    this.#hooksByOperation.clear();
  }

  /** The hook registered under `name`, if any. */
  hook<H extends CallHook>(name: string): H | undefined {
    return this.#hooks.get(name) as H | undefined;
  }

  #hooksOf(operationId: OperationId): CallHook[] {
    let hooks = this.#hooksByOperation.get(operationId);
    if (!hooks) {
      hooks = [...this.#hooks.values()].filter((hook) => hook.operations.includes(operationId));
      this.#hooksByOperation.set(operationId, hooks);
    }
    return hooks;
  }

  /** Which account at which origin this requester writes to: clients with the same scope write the same resources. */
  get scope(): string {
    return `${this.#settings.baseUrl} ${this.#settings.username}`;
  }

  /**
   * Checks the input, runs the hooks of the operation, then sends it with retries. Rejects with the
   * errors of errors.ts (the caller's abort as an AbortError).
   */
  execute<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
  ): Promise<WithResponse<OperationResults[Id]>> {
    if (this.#settings.log.level === 0) return this.#execute(operation, input, options);
    return this.#executeLogged(operation, input, options);
  }

  async #executeLogged<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
  ): Promise<WithResponse<OperationResults[Id]>> {
    const startedAt = now();
    try {
      const result = await this.#execute(operation, input, options);
      this.#settings.log.info(`${operation.operationId} succeeded with HTTP ${result.status} in ${Math.round(now() - startedAt)} ms`, {
        requestId: result.requestId,
      });
      return result;
    } catch (error) {
      if (error instanceof IntelligenceError) this.#settings.log[failureLevel(error)](error.message, { name: error.name });
      throw error;
    }
  }

  async #execute<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
  ): Promise<WithResponse<OperationResults[Id]>> {
    if (options !== undefined) validateCallOptions(options, operation.operationId);
    const settings = this.#settings;
    const checked: CallInput = input;
    const { text: body, sent } = validateInput(
      operation,
      checked,
      settings.validateRequests,
      options?.allowUnknownFields ?? settings.allowUnknownFields,
    );
    let headers: [string, string][];
    try {
      headers = operationHeaders(settings.headers, options?.headers, checked, body !== undefined);
    } catch (error) {
      throw new RequestValidationError(
        [optionIssue("headers", "header names and values that HTTP allows (no CR, LF or NUL; no character above U+00FF)")],
        operation.operationId,
        { cause: error },
      );
    }
    const deadline = options?.deadline ?? settings.deadline;
    const call: CallState = {
      operation,
      input: checked,
      url: operationUrl(settings.baseUrl, operation, checked),
      headers,
      body,
      maxResponseBytes: options?.maxResponseBytes ?? settings.maxResponseBytes,
      attempt: 0,
      maxRetries: options?.maxRetries ?? settings.retry.maxRetries,
      deadline,
      deadlineAt: deadline === undefined ? Infinity : now() + deadline,
      signal: options?.signal,
      unconfirmed: 0,
    };
    const timeout = options?.timeout ?? settings.timeout;
    const attempts = () => this.#attempts<OperationResults[Id]>(call, timeout);
    const hooks = this.#hooksOf(operation.operationId).filter((hook) => hook.applies?.(operation, options) !== false);
    if (hooks.length === 0) return attempts();
    // The first hook registered is the outermost.
    const hooked: HookedCall = {
      operation,
      input: checked,
      // Parsed only for a hook that reads it (validation parsed it already when it was on).
      body: () => sent ?? (body === undefined ? undefined : JSON.parse(body)),
      options,
      get attempts() {
        return call.attempt;
      },
      addHeader(name, value) {
        const lower = name.toLowerCase();
        if (!call.headers.some(([existing]) => existing.toLowerCase() === lower)) call.headers = [...call.headers, [name, value]];
      },
    };
    const run = hooks.reduceRight<() => Promise<WithResponse<unknown>>>((proceed, hook) => () => hook.around(hooked, proceed), attempts);
    return run() as Promise<WithResponse<OperationResults[Id]>>;
  }

  /** The attempt loop: attempts until one succeeds or the retry decision ends the call. */
  async #attempts<T>(call: CallState, timeout: number): Promise<WithResponse<T>> {
    for (;;) {
      call.attempt++;
      const outcome = await this.#attempt<T>(call, timeout);
      if (outcome instanceof WithResponse) return outcome;
      await this.#retryOrThrow(call, outcome);
    }
  }

  /** The caller's abort, as the call reports it. */
  #aborted(call: CallState, attempts: number): AbortError {
    return new AbortError({ reason: call.signal?.reason, operationId: call.operation.operationId, attempts });
  }

  /** One attempt: a result, a failure to decide on, or a throw for what is never retried. */
  async #attempt<T>(call: CallState, timeout: number): Promise<WithResponse<T> | Failure> {
    const { operation, signal } = call;
    if (signal?.aborted) throw this.#aborted(call, call.attempt - 1);
    const remaining = call.deadlineAt - now();
    const deadlineBound = remaining < timeout;
    const attemptSignal = new AttemptSignal(signal, deadlineBound ? remaining : timeout);
    const settings = this.#settings;
    const request: WireRequest = {
      url: call.url,
      method: operation.method,
      headers: call.headers,
      body: call.body,
      signal: attemptSignal,
      maxResponseBytes: call.maxResponseBytes,
    };
    if (settings.log.debugEnabled)
      settings.log.debug(`request ${request.method} ${request.url}`, { headers: headersForLog(request.headers) });
    let response: BufferedResponse | Response;
    let text: string;
    try {
      response = settings.middleware.length
        ? await roundTripThrough(settings.middleware, settings.transport, request, {
            operation,
            params: call.input,
            baseUrl: settings.baseUrl,
          })
        : await settings.transport.roundTrip(request);
      text = await response.text();
    } catch (error) {
      if (attemptSignal.abortedBy === ABORTED_BY_CALLER) throw this.#aborted(call, call.attempt);
      if (error instanceof MiddlewareFailure) throw error.error;
      if (attemptSignal.abortedBy === TIMED_OUT) {
        const limit = { timeoutMs: deadlineBound ? call.deadline! : timeout, operationId: operation.operationId, attempts: call.attempt };
        return { error: deadlineBound ? new DeadlineExceededError(limit) : new TimeoutError(limit), serverDelay: undefined };
      }
      if (error instanceof BodyTooLarge) {
        throw new ResponseTooLargeError({
          limit: error.limit,
          status: error.status,
          operationId: operation.operationId,
          method: operation.method,
        });
      }
      // A failure before the transport (a header value fetch refuses) is a local mistake: rethrown as it is.
      if (!(error instanceof SendError)) throw error;
      return {
        error: new ConnectionError({
          cause: sanitizeCause(error, this.#settings.redact),
          operationId: operation.operationId,
          attempts: call.attempt,
          requestMayHaveReachedServer: error.requestMayHaveReachedServer,
        }),
        serverDelay: undefined,
      };
    } finally {
      attemptSignal.dispose();
    }

    const status = response.status;
    if (settings.log.debugEnabled)
      settings.log.debug(`response ${status} ${request.method} ${request.url}`, { requestId: readRequestId(response.headers) });
    if (status >= 200 && status < 300) return decodeSuccess<T>(operation, text, response, call.unconfirmed, settings);
    // A DELETE retried after an attempt that may have worked: a 404 now means that attempt did.
    if (status === 404 && operation.method === "DELETE" && call.unconfirmed > 0)
      return decodeSuccess<T>(operation, undefined, response, call.unconfirmed, settings);
    const headers = redactDeep(Object.fromEntries(response.headers), settings.redact);
    const serverDelay = serverRetryDelay(status, headers);
    return {
      error: createApiError({
        status,
        headers,
        body: text === "" ? undefined : redactDeep(parseErrorBody(text), settings.redact),
        operationId: operation.operationId,
        retryAfterMs: serverDelay?.delayMs,
        unconfirmedAttempts: call.unconfirmed,
      }),
      serverDelay,
    };
  }

  /**
   * The retry decision: throws the failure's error when the call must end with it (no retries left,
   * not safe to retry, or no wait fits before the deadline); otherwise reports the retry, waits, and
   * returns. Owns the deadline between attempts: a wait that overran it ends the call with a
   * DeadlineExceededError, and an abort during the wait with an AbortError.
   */
  async #retryOrThrow(call: CallState, failure: Failure): Promise<void> {
    const { operation } = call;
    const { error } = failure;
    if (call.attempt > call.maxRetries || !shouldRetry(error, isIdempotent(operation.method))) throw error;
    const settings = this.#settings;
    const delay = retryDelay(call.attempt, settings.retry, failure.serverDelay, call.deadlineAt - now());
    if (delay === undefined) throw error;
    const event: RetryEvent = {
      operationId: operation.operationId,
      method: operation.method,
      attempt: call.attempt,
      maxRetries: call.maxRetries,
      delayMs: delay.delayMs,
      delaySource: delay.source,
      error,
      status: error instanceof ApiError ? error.status : undefined,
    };
    settings.log.warn(`${operation.operationId} attempt ${call.attempt} failed (${error.name}); retrying in ${delay.delayMs} ms`, {
      status: event.status,
      delaySource: event.delaySource,
    });
    settings.onRetry?.(event);
    if (maybeApplied(error)) call.unconfirmed++;
    try {
      await sleep(delay.delayMs, call.signal);
    } catch {
      throw this.#aborted(call, call.attempt);
    }
    if (call.deadlineAt - now() <= 0) {
      throw new DeadlineExceededError({ timeoutMs: call.deadline!, operationId: operation.operationId, attempts: call.attempt });
    }
  }
}
