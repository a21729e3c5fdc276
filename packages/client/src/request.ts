import {
  createIntelligenceFetch,
  toIssues,
  type BasicCredentials,
  type CompiledValidator,
  type FetchFunction,
  type IntelligenceFetch,
  type Middleware,
  type operations,
} from "@convintel/fetch";
import { createNodeFetch } from "@convintel/fetch/node-fetch";
import { WithResponse } from "./api-promise.js";
import { redactDeep, type Redactor } from "./auth.js";
import {
  ConnectionError,
  IntelligenceError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  createApiError,
  readRequestId,
  type RequestIssue,
} from "./errors.js";
import { headersForLog, type Log } from "./logger.js";
import { isIdempotent, retryDelay, serverRetryDelay, shouldRetry, type RetryEvent, type RetrySettings } from "./retry.js";
import { ABORTED_BY_CALLER, AttemptSignal, NOT_ABORTED, TIMED_OUT, sleep } from "./signals.js";

/** Options of a single call; each overrides the client's option of the same name. */
export interface RequestOptions {
  /** Cancels the call: the pending attempt is aborted and the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Limit for each attempt, in milliseconds. */
  timeout?: number;
  /** Limit for the whole call, retries and waits included, in milliseconds. */
  deadline?: number;
  /** Retries after the first attempt; 0 for none. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

export type Operation = (typeof operations)[keyof typeof operations];

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
  validateRequests: boolean;
  validateResponses: false | "strict" | "warn";
  log: Log;
  redact: Redactor;
}

type PathParams = Record<string, string> | undefined;
type QueryParams = Record<string, unknown> | undefined;

interface FetchInit {
  params: { path: PathParams; query: QueryParams };
  body: unknown;
  headers: Record<string, string> | undefined;
  signal: AbortSignal | undefined;
  parseAs: "text";
}

type LooseFetch = {
  request(method: string, path: string, init: FetchInit): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

// Set on an attempt's signal when the request is handed to `fetch`: an error before that point (a
// header value fetch refuses, a body JSON cannot encode) is a local mistake, not a connection failure.
const HANDED_TO_FETCH = Symbol("convintel.handedToFetch");
type MarkedSignal = AbortSignal & { [HANDED_TO_FETCH]?: true };

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
      let result: Response | Error | void | undefined;
      try {
        result = await onError.call(middleware, { ...params, error });
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
  if (typeof value === "string" && value !== "" && value !== "." && value !== "..") return undefined;
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

function optionIssue(name: string, rule: string): RequestIssue {
  const pointer = `/${name}`;
  return { in: "options", pointer, keyword: "option", rule, message: `${pointer} must be ${rule}`, params: {} };
}

/** Checks the numbers of per-call options, which would otherwise silently mean "no retries" or "time out at once". */
function checkCallOptions(options: RequestOptions, operationId: string): void {
  const issues: RequestIssue[] = [];
  const { maxRetries, timeout, deadline, signal } = options;
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) issues.push(optionIssue("maxRetries", "a whole number of 0 or more"));
  if (timeout !== undefined && !(typeof timeout === "number" && timeout > 0)) issues.push(optionIssue("timeout", "a positive number of milliseconds"));
  if (deadline !== undefined && !(typeof deadline === "number" && deadline > 0)) issues.push(optionIssue("deadline", "a positive number of milliseconds"));
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof signal.addEventListener !== "function")) issues.push(optionIssue("signal", "an AbortSignal"));
  if (issues.length) throw new RequestValidationError(issues, operationId);
}

function successValidator(operation: Operation, status: number): CompiledValidator | undefined {
  const responses = operation.responses as Record<string, { validate: CompiledValidator | undefined }>;
  const declared = responses[String(status)];
  if (declared) return declared.validate;
  for (const code in responses) if (code.startsWith("2")) return responses[code]!.validate;
  return undefined;
}

// One transport for every client of the process, so that they share keep-alive connections.
let nodeTransport: FetchFunction | undefined | null = null;

/** On Node.js, the node:http transport of @convintel/fetch; elsewhere undefined (the global fetch is used). */
function defaultTransport(): FetchFunction | undefined {
  if (nodeTransport === null) nodeTransport = createNodeFetch();
  return nodeTransport;
}

function now(): number {
  return performance.now();
}

/**
 * Runs one operation: checks the input, sends it through @convintel/fetch, turns the response into
 * data or one typed error, and retries when that is safe. Everything per call is here, kept flat.
 */
export class Requester {
  readonly #client: LooseFetch;
  readonly #settings: RequesterSettings;
  // Middleware may replace the request (and its signal), hiding whether fetch was reached.
  readonly #mayReplaceRequests: boolean;

  constructor(settings: RequesterSettings) {
    this.#settings = settings;
    this.#mayReplaceRequests = settings.middleware.length > 0;
    const middleware = settings.middleware.map(guardMiddleware);
    if (settings.log.debugEnabled) middleware.push(debugMiddleware(settings.log));
    const send = settings.fetch;
    const client: IntelligenceFetch = createIntelligenceFetch({
      baseUrl: settings.baseUrl,
      fetch: (input, init) => {
        const signal = init?.signal as MarkedSignal | null | undefined;
        if (signal) signal[HANDED_TO_FETCH] = true;
        // The default transport is made on the first call, so that constructing a client loads no network module.
        const transport = send ?? defaultTransport();
        return transport ? transport(input, init) : globalThis.fetch(input, init);
      },
      headers: settings.headers,
      auth: settings.credentials,
      middleware,
      redirect: "manual",
    });
    this.#client = client as unknown as LooseFetch;
  }

  /** Validates the input, then sends it with retries. Rejects with the errors of errors.ts, or the caller's abort reason. */
  execute<T>(operation: Operation, path: PathParams, query: QueryParams, body: unknown, options: RequestOptions | undefined): Promise<WithResponse<T>> {
    if (this.#settings.log.level === 0) return this.#execute<T>(operation, path, query, body, options);
    return this.#executeLogged<T>(operation, path, query, body, options);
  }

  async #executeLogged<T>(operation: Operation, path: PathParams, query: QueryParams, body: unknown, options: RequestOptions | undefined): Promise<WithResponse<T>> {
    const startedAt = now();
    try {
      const result = await this.#execute<T>(operation, path, query, body, options);
      this.#settings.log.info(`${operation.operationId} succeeded with HTTP ${result.status} in ${Math.round(now() - startedAt)} ms`, {
        requestId: result.requestId,
      });
      return result;
    } catch (error) {
      if (error instanceof IntelligenceError) this.#settings.log.error(error.message, { name: error.name });
      throw error;
    }
  }

  #checkRequest(operation: Operation, path: PathParams, query: QueryParams, body: unknown): void {
    const validate = this.#settings.validateRequests;
    let issues: RequestIssue[] | undefined;
    const pathValidators = operation.pathParams as Record<string, CompiledValidator>;
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
      const queryValidator = operation.query as CompiledValidator | undefined;
      if (queryValidator && query !== undefined && !queryValidator(query)) (issues ??= []).push(...issuesOf(queryValidator, "query", ""));
      const requestBody = operation.requestBody as { validate: CompiledValidator } | undefined;
      if (requestBody && !requestBody.validate(body)) (issues ??= []).push(...issuesOf(requestBody.validate, "body", ""));
    }
    if (issues) throw new RequestValidationError(issues, operation.operationId);
  }

  async #execute<T>(operation: Operation, path: PathParams, query: QueryParams, body: unknown, options: RequestOptions | undefined): Promise<WithResponse<T>> {
    this.#checkRequest(operation, path, query, body);
    if (options !== undefined) checkCallOptions(options, operation.operationId);
    const settings = this.#settings;
    const signal = options?.signal;
    const maxRetries = options?.maxRetries ?? settings.retry.maxRetries;
    const timeout = options?.timeout ?? settings.timeout;
    const deadline = options?.deadline ?? settings.deadline;
    const deadlineAt = deadline === undefined ? Infinity : now() + deadline;
    const idempotent = isIdempotent(operation.method);
    const init: FetchInit = { params: { path, query }, body, headers: options?.headers, signal: undefined, parseAs: "text" };

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw signal.reason;
      const remaining = deadlineAt - now();
      if (remaining <= 0) throw new TimeoutError({ scope: "deadline", timeoutMs: deadline!, operationId: operation.operationId, attempts: attempt - 1 });
      const deadlineBound = remaining < timeout;
      const attemptSignal = new AttemptSignal(signal, deadlineBound ? remaining : timeout);
      init.signal = attemptSignal.signal;
      let failure: IntelligenceError;
      let serverDelay: ReturnType<typeof serverRetryDelay> = undefined;
      let outcome: { data?: unknown; error?: unknown; response: Response } | undefined;
      let cause: unknown;
      try {
        outcome = await this.#client.request(operation.method, operation.path, init);
      } catch (error) {
        if (attemptSignal.abortedBy === ABORTED_BY_CALLER) throw signal!.reason;
        if (error instanceof MiddlewareFailure) throw error.error;
        if (attemptSignal.abortedBy === NOT_ABORTED && !(attemptSignal.signal as MarkedSignal)[HANDED_TO_FETCH] && !this.#mayReplaceRequests) throw error;
        cause = error;
      } finally {
        attemptSignal.dispose();
      }

      if (outcome === undefined) {
        failure =
          attemptSignal.abortedBy === TIMED_OUT
            ? new TimeoutError({ scope: deadlineBound ? "deadline" : "attempt", timeoutMs: deadlineBound ? deadline! : timeout, operationId: operation.operationId, attempts: attempt })
            : new ConnectionError({ cause, operationId: operation.operationId, attempts: attempt });
      } else {
        const { data, error, response } = outcome;
        const status = response.status;
        if (status >= 200 && status < 300) return this.#success<T>(operation, data as string | undefined, response);
        const headers = redactDeep(Object.fromEntries(response.headers), settings.redact);
        serverDelay = serverRetryDelay(status, headers);
        failure = createApiError({
          status,
          headers,
          body: error === "" ? undefined : redactDeep(error, settings.redact),
          operationId: operation.operationId,
          retryAfterMs: serverDelay?.delayMs,
        });
      }

      if (attempt > maxRetries || !shouldRetry(failure, idempotent)) throw failure;
      const delay = retryDelay(attempt, settings.retry, serverDelay);
      if (delay === undefined || now() + delay.delayMs >= deadlineAt) throw failure;
      const event: RetryEvent = {
        operationId: operation.operationId,
        method: operation.method,
        attempt,
        maxRetries,
        delayMs: delay.delayMs,
        delaySource: delay.source,
        error: failure,
        status: "status" in failure ? (failure.status as number) : undefined,
      };
      settings.log.warn(`${operation.operationId} attempt ${attempt} failed (${failure.name}); retrying in ${delay.delayMs} ms`, {
        status: event.status,
        delaySource: event.delaySource,
      });
      settings.onRetry?.(event);
      await sleep(delay.delayMs, signal);
    }
  }

  #success<T>(operation: Operation, text: string | undefined, response: Response): WithResponse<T> {
    let data: unknown;
    if (text !== undefined && text !== "") {
      try {
        data = JSON.parse(text);
      } catch {
        throw new ResponseValidationError({
          issues: [{ pointer: "", keyword: "json", rule: "JSON", message: "(root) must be JSON (the body could not be parsed)", params: {} }],
          status: response.status,
          requestId: readRequestId(response.headers),
          body: this.#settings.redact(text),
          operationId: operation.operationId,
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
        });
        if (mode === "strict") throw error;
        this.#settings.log.warn(error.message, { requestId: error.requestId });
      }
    }
    return new WithResponse(data as T, response);
  }
}
