import {
  ResponseTooLargeError as BodyTooLarge,
  SendError,
  createIntelligenceFetch,
  toIssues,
  type BasicCredentials,
  type BufferedResponse,
  type CompiledValidator,
  type FetchFunction,
  type IntelligenceFetch,
  type Middleware,
  type OperationDescriptor,
  type OperationInputs,
  type OperationResults,
  type SendInit,
  type SendResult,
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
  ResponseValidationError,
  TimeoutError,
  createApiError,
  type RequestIssue,
} from "./errors.js";
import { readRequestId } from "./headers.js";
import { headersForLog, type Log } from "./logger.js";
import { isIdempotent, maybeApplied, retryDelay, serverRetryDelay, shouldRetry, type RetryEvent, type RetrySettings } from "./retry.js";
import { ABORTED_BY_CALLER, AttemptSignal, TIMED_OUT, sleep } from "./signals.js";

/**
 * Options of a single call; each overrides the client's option of the same name. Every field also
 * accepts `undefined` (the client's setting applies), so options can be passed through under
 * `exactOptionalPropertyTypes`.
 */
export interface RequestOptions {
  /** Cancels the call: the pending attempt is aborted and the call rejects with an AbortError whose `reason` is the signal's. */
  signal?: AbortSignal | undefined;
  /** Limit for each attempt, in milliseconds. */
  timeout?: number | undefined;
  /** Limit for the whole call, retries and waits included, in milliseconds. */
  deadline?: number | undefined;
  /** Retries after the first attempt; 0 for none. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** Largest response body accepted, in bytes, counted after decompression. */
  maxResponseBytes?: number | undefined;
  /** Send fields of a request body that the API does not describe, instead of failing validation. */
  allowUnknownFields?: boolean | undefined;
}

export interface RequesterSettings {
  baseUrl: string;
  credentials: BasicCredentials;
  headers: Record<string, string>;
  fetch: FetchFunction | undefined;
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
}

/** Any operation's input, as the checks read it: every operation's input fits this shape. */
interface CallInput {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

/** Marks an error thrown by the caller's middleware, so it is rethrown as it is and never retried. */
class MiddlewareFailure extends Error {
  readonly error: unknown;
  constructor(error: unknown) {
    super("middleware failed");
    this.error = error;
  }
}

/** Runs one hook of the caller's middleware, marking what it throws as a MiddlewareFailure. */
function guardHook<P, R>(middleware: Middleware, hook: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params) => {
    try {
      return await hook.call(middleware, params);
    } catch (error) {
      throw new MiddlewareFailure(error);
    }
  };
}

function guardMiddleware(middleware: Middleware): Middleware {
  const guarded: { -readonly [K in "onRequest" | "onResponse" | "onError"]?: Middleware[K] } = {};
  const { onRequest, onResponse, onError } = middleware;
  if (onRequest) guarded.onRequest = guardHook(middleware, onRequest);
  if (onResponse) guarded.onResponse = guardHook(middleware, onResponse);
  if (onError) {
    guarded.onError = async (params) => {
      const error = params.error instanceof MiddlewareFailure ? params.error.error : params.error;
      let result: Response | Error | undefined;
      try {
        result = (await onError.call(middleware, { ...params, error })) ?? undefined;
      } catch (thrown) {
        throw new MiddlewareFailure(thrown);
      }
      return result instanceof Error ? new MiddlewareFailure(result) : result;
    };
  }
  return guarded as Middleware;
}

function debugMiddleware(log: Log): Middleware {
  return {
    onRequest({ request }) {
      log.debug(`request ${request.method} ${request.url}`, { headers: headersForLog(request.headers) });
      return undefined;
    },
    onResponse({ request, response }) {
      log.debug(`response ${response.status} ${request.method} ${request.url}`, {
        requestId: readRequestId(response.headers),
      });
      return undefined;
    },
  };
}

function pathIssue(name: string, value: unknown): RequestIssue | undefined {
  // A number (an operator's version) is written as its digits: never empty, never a dot segment.
  if ((typeof value === "string" && value !== "" && value !== "." && value !== "..") || Number.isFinite(value)) return undefined;
  const pointer = `/${name}`;
  return {
    in: "path",
    pointer,
    keyword: "path",
    rule: "non-empty string, not . or ..",
    message: `${pointer} must be a non-empty string other than . and .. (it becomes part of the URL path)`,
    params: {},
  };
}

function issuesOf(validator: CompiledValidator, location: RequestIssue["in"], root: string): RequestIssue[] {
  return toIssues(validator.errors, root).map((issue) => ({ in: location, ...issue }));
}

/** An issue of a call option: `/timeout must be a positive number of milliseconds`. */
export function optionIssue(name: string, rule: string): RequestIssue {
  const pointer = `/${name}`;
  return { in: "options", pointer, keyword: "option", rule, message: `${pointer} must be ${rule}`, params: {} };
}

/** Checks the numbers of per-call options, which would otherwise silently mean "no retries" or "time out at once". */
function checkCallOptions(options: RequestOptions, operationId: string): void {
  const issues: RequestIssue[] = [];
  const { maxRetries, timeout, deadline, signal, maxResponseBytes } = options;
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0))
    issues.push(optionIssue("maxRetries", "a whole number of 0 or more"));
  if (timeout !== undefined && !(typeof timeout === "number" && timeout > 0))
    issues.push(optionIssue("timeout", "a positive number of milliseconds"));
  if (deadline !== undefined && !(typeof deadline === "number" && deadline > 0))
    issues.push(optionIssue("deadline", "a positive number of milliseconds"));
  if (maxResponseBytes !== undefined && !(Number.isInteger(maxResponseBytes) && maxResponseBytes > 0))
    issues.push(optionIssue("maxResponseBytes", "a positive whole number of bytes"));
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof signal.addEventListener !== "function"))
    issues.push(optionIssue("signal", "an AbortSignal"));
  if (issues.length) throw new RequestValidationError(issues, operationId);
}

function jsonIssue(message: string): RequestIssue {
  return { in: "body", pointer: "", keyword: "json", rule: "JSON", message: `(root) ${message}`, params: {} };
}

/**
 * The body exactly as it will be sent: serialized once and, when it is to be validated, parsed back,
 * so that validation sees what `JSON.stringify` produced (getters read, `toJSON` applied, inherited
 * and undefined fields gone), never the object the caller holds. `dropFields` leave the top level of
 * what is sent. Returns the text to send and the value to validate.
 */
function serialize(
  body: unknown,
  dropFields: readonly string[] | undefined,
  parse: boolean,
  operationId: string,
): { text: string | undefined; sent: unknown } {
  if (body === undefined) return { text: undefined, sent: undefined };
  let text: string | undefined;
  try {
    text = JSON.stringify(parse ? body : without(body, dropFields));
  } catch (error) {
    // A cycle, a BigInt, a throwing getter, or nesting deeper than the engine's stack.
    const reason = error instanceof RangeError ? "nests too deeply to be serialized" : "cannot be serialized as JSON";
    throw new RequestValidationError([jsonIssue(reason)], operationId, { cause: error });
  }
  if (text === undefined) throw new RequestValidationError([jsonIssue("must be a JSON value (it serializes to nothing)")], operationId);
  if (!parse) return { text, sent: undefined };
  const parsed = JSON.parse(text) as unknown;
  const sent = without(parsed, dropFields);
  return { text: sent === parsed ? text : JSON.stringify(sent), sent };
}

/** A plain object without `fields` at its top level; the value itself when it has none of them. */
function without(value: unknown, fields: readonly string[] | undefined): unknown {
  if (!fields || typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (!fields.some((field) => Object.hasOwn(record, field))) return value;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(record)) if (!fields.includes(key)) kept[key] = record[key];
  return kept;
}

function successValidator(operation: OperationDescriptor, status: number): CompiledValidator | undefined {
  const { responses } = operation;
  const declared = responses[String(status)];
  if (declared) return declared.validate;
  for (const code in responses) if (code.startsWith("2")) return responses[code]!.validate;
  return undefined;
}

function now(): number {
  return performance.now();
}

/** An attempt that failed: the error, and the delay the server asked for before another. */
interface Failure {
  error: IntelligenceError;
  serverDelay: ReturnType<typeof serverRetryDelay>;
}

/** What one call has been through so far, for the retry decision and the result. */
interface CallState {
  operation: OperationDescriptor;
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
  readonly #client: IntelligenceFetch;
  readonly #settings: RequesterSettings;
  // The caller's middleware reads `request.signal`, which must then be a standard AbortSignal.
  readonly #standardSignals: boolean;

  constructor(settings: RequesterSettings) {
    this.#settings = settings;
    this.#standardSignals = settings.middleware.length > 0;
    const middleware = settings.middleware.map(guardMiddleware);
    if (settings.log.debugEnabled) middleware.push(debugMiddleware(settings.log));
    this.#client = createIntelligenceFetch({
      baseUrl: settings.baseUrl,
      fetch: settings.fetch,
      headers: settings.headers,
      auth: settings.credentials,
      middleware,
      redirect: "manual",
      maxResponseBytes: settings.maxResponseBytes,
    });
  }

  /** Removes every form of the client's credentials from text (for values this layer did not build). */
  get redact(): Redactor {
    return this.#settings.redact;
  }

  /** The client's log, for what a resource reports beyond its calls. */
  get log(): Log {
    return this.#settings.log;
  }

  /** Checks an input as `execute()` does first (call options, path, query, body), without sending anything. Throws RequestValidationError. */
  check<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
    dropFields?: readonly string[],
  ): void {
    if (options !== undefined) checkCallOptions(options, operation.operationId);
    this.#checkRequest(operation, input, dropFields, options?.allowUnknownFields ?? this.#settings.allowUnknownFields);
  }

  /** Which account at which origin this requester writes to: clients with the same scope write the same resources. */
  get scope(): string {
    return `${this.#settings.baseUrl} ${this.#settings.credentials.username}`;
  }

  /**
   * Validates the input, then sends it with retries. Rejects with the errors of errors.ts (the
   * caller's abort as an AbortError). `dropFields` leave the top level of the body before it is checked and sent
   * (the server's own fields of a fetched resource).
   */
  execute<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
    dropFields?: readonly string[],
  ): Promise<WithResponse<OperationResults[Id]>> {
    if (this.#settings.log.level === 0) return this.#execute(operation, input, options, dropFields);
    return this.#executeLogged(operation, input, options, dropFields);
  }

  async #executeLogged<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
    dropFields: readonly string[] | undefined,
  ): Promise<WithResponse<OperationResults[Id]>> {
    const startedAt = now();
    try {
      const result = await this.#execute(operation, input, options, dropFields);
      this.#settings.log.info(`${operation.operationId} succeeded with HTTP ${result.status} in ${Math.round(now() - startedAt)} ms`, {
        requestId: result.requestId,
      });
      return result;
    } catch (error) {
      if (error instanceof IntelligenceError) this.#settings.log.error(error.message, { name: error.name });
      throw error;
    }
  }

  /** Checks what will be sent; returns the serialized body, if any. Throws RequestValidationError. */
  #checkRequest(
    operation: OperationDescriptor,
    input: CallInput,
    dropFields: readonly string[] | undefined,
    allowUnknownFields: boolean,
  ): string | undefined {
    const validate = this.#settings.validateRequests;
    const { path, query } = input;
    let issues: RequestIssue[] | undefined;
    const pathValidators = operation.pathParams;
    for (const name in pathValidators) {
      const value = path?.[name];
      const validator = pathValidators[name]!;
      if (validate && !validator(value)) (issues ??= []).push(...issuesOf(validator, "path", `/${name}`));
      else {
        const unsafe = pathIssue(name, value);
        if (unsafe) (issues ??= []).push(unsafe);
      }
    }
    if (validate) {
      const queryValidator = operation.query;
      if (queryValidator && query !== undefined && !queryValidator(query)) (issues ??= []).push(...issuesOf(queryValidator, "query", ""));
      if (operation.checkQuery && query !== undefined)
        for (const issue of operation.checkQuery(query)) (issues ??= []).push({ in: "query", ...issue });
    }
    const { requestBody } = operation;
    let text: string | undefined;
    if (requestBody !== undefined || input.body !== undefined) {
      const serialized = serialize(input.body, dropFields, validate && requestBody !== undefined, operation.operationId);
      text = serialized.text;
      if (validate && requestBody && !requestBody.validate(serialized.sent, { closed: !allowUnknownFields })) {
        (issues ??= []).push(...issuesOf(requestBody.validate, "body", ""));
      }
    }
    if (issues) throw new RequestValidationError(issues, operation.operationId);
    return text;
  }

  async #execute<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
    dropFields: readonly string[] | undefined,
  ): Promise<WithResponse<OperationResults[Id]>> {
    if (options !== undefined) checkCallOptions(options, operation.operationId);
    const settings = this.#settings;
    const checked: CallInput = input;
    const body = this.#checkRequest(operation, checked, dropFields, options?.allowUnknownFields ?? settings.allowUnknownFields);
    const deadline = options?.deadline ?? settings.deadline;
    const call: CallState = {
      operation,
      attempt: 0,
      maxRetries: options?.maxRetries ?? settings.retry.maxRetries,
      deadline,
      deadlineAt: deadline === undefined ? Infinity : now() + deadline,
      signal: options?.signal,
      unconfirmed: 0,
    };
    const init: SendInit = {
      parseAs: "text",
      headers: options?.headers,
      maxResponseBytes: options?.maxResponseBytes ?? settings.maxResponseBytes,
    };
    // The body was serialized (and checked as serialized) above: openapi-fetch sends that text.
    if (body !== undefined) init.bodySerializer = () => body;
    const send = () => operation.send(this.#client, input, init);
    const timeout = options?.timeout ?? settings.timeout;

    for (;;) {
      call.attempt++;
      const outcome = await this.#attempt<OperationResults[Id]>(call, send, init, timeout);
      if (outcome instanceof WithResponse) return outcome;
      await this.#retryOrThrow(call, outcome);
    }
  }

  /** The caller's abort, as the call reports it. */
  #aborted(call: CallState, attempts: number): AbortError {
    return new AbortError({ reason: call.signal?.reason, operationId: call.operation.operationId, attempts });
  }

  /** One attempt: a result, a failure to decide on, or a throw for what is never retried. */
  async #attempt<T>(call: CallState, send: () => Promise<SendResult>, init: SendInit, timeout: number): Promise<WithResponse<T> | Failure> {
    const { operation, signal } = call;
    if (signal?.aborted) throw this.#aborted(call, call.attempt - 1);
    const remaining = call.deadlineAt - now();
    const deadlineBound = remaining < timeout;
    const attemptSignal = new AttemptSignal(signal, deadlineBound ? remaining : timeout);
    if (this.#standardSignals) init.signal = attemptSignal.signal;
    else init.abort = attemptSignal;
    let outcome: SendResult;
    try {
      outcome = await send();
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

    const { data, error, response } = outcome;
    const status = response.status;
    if (status >= 200 && status < 300) return this.#success<T>(operation, data as string | undefined, response, call.unconfirmed);
    // A DELETE retried after an attempt that may have worked: a 404 now means that attempt did.
    if (status === 404 && operation.method === "DELETE" && call.unconfirmed > 0)
      return this.#success<T>(operation, undefined, response, call.unconfirmed);
    const settings = this.#settings;
    const headers = redactDeep(Object.fromEntries(response.headers), settings.redact);
    const serverDelay = serverRetryDelay(status, headers);
    return {
      error: createApiError({
        status,
        headers,
        body: error === "" ? undefined : redactDeep(error, settings.redact),
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

  #success<T>(
    operation: OperationDescriptor,
    text: string | undefined,
    response: BufferedResponse | Response,
    unconfirmed: number,
  ): WithResponse<T> {
    let data: unknown;
    if (text !== undefined && text !== "") {
      try {
        data = JSON.parse(text);
      } catch {
        throw new ResponseValidationError({
          issues: [
            { pointer: "", keyword: "json", rule: "JSON", message: "(root) must be JSON (the body could not be parsed)", params: {} },
          ],
          status: response.status,
          requestId: readRequestId(response.headers),
          body: this.#settings.redact(text),
          operationId: operation.operationId,
          method: operation.method,
        });
      }
    }
    const mode = this.#settings.validateResponses;
    if (mode) {
      const validator = successValidator(operation, response.status);
      if (validator && !validator(data)) {
        const error = new ResponseValidationError({
          issues: toIssues(validator.errors),
          status: response.status,
          requestId: readRequestId(response.headers),
          body: redactDeep(data, this.#settings.redact),
          operationId: operation.operationId,
          method: operation.method,
        });
        if (mode === "strict") throw error;
        this.#settings.log.warn(error.message, { requestId: error.requestId });
      }
    }
    return new WithResponse(data as T, response, unconfirmed);
  }
}
