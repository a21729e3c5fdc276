import {
  basicAuthHeader,
  defaultMaxResponseBytes,
  defaultTransport,
  fetchTransport,
  isByteLimit,
  mergeHeaderPairs,
  type FetchFunction,
  type Middleware,
  type Transport,
} from "@convintel/fetch";
import { createRedactor, resolveCredentials, type CredentialOptions, type Environment } from "./auth.js";
import { OPERATOR_CHECKS, checksNotEnabled } from "./checks.js";
import { ClientOptionsError } from "./errors.js";
import { isLogLevel, Log, type Logger, type LogLevel } from "./logger.js";
import { Requester } from "./request.js";
import type { RetryEvent } from "./retry.js";
import { resolveBaseUrl, type RoutingOptions } from "./routing.js";
import type { OpenTelemetryApi } from "./tracing.js";
import { envValue, processEnv, userAgent } from "./runtime.js";

export interface ClientOptions extends CredentialOptions, RoutingOptions {
  /** Retries after a failed attempt (connection errors, timeouts, 408, 429, 5xx; idempotent calls only). Default 2; 0 for none. */
  maxRetries?: number;
  /** Upper bound of the first backoff delay, doubled on each retry. Default 500 ms. */
  initialRetryDelayMs?: number;
  /** Cap on any single wait between attempts, the server's `Retry-After` included. Default 8000 ms. */
  maxRetryDelayMs?: number;
  /** Called before each retry with the attempt, the delay and the error. Throw to stop retrying. */
  onRetry?: (event: RetryEvent) => void;
  /** Limit for each attempt in milliseconds. Default 30000; `Infinity` for none. */
  timeout?: number;
  /** Limit for a whole call, retries and waits included, in milliseconds. Default: none. */
  deadline?: number;
  /**
   * Largest response body accepted, in bytes, counted after decompression. A larger one fails the
   * call with ResponseTooLargeError as soon as the limit is passed (download and decompression stop
   * there); it is not retried. Default 16 MiB: room for the largest page a list returns (1,000
   * configurations) several times over.
   */
  maxResponseBytes?: number;
  /** Check requests against the spec before sending. Default true. */
  validateRequests?: boolean;
  /**
   * Send request body fields the API does not describe. Default false: such a field fails
   * validation (RequestValidationError naming the field and the nearest known name), as on a full
   * replacement a misspelt optional field would otherwise erase the real one.
   */
  allowUnknownFields?: boolean;
  /** Check responses against the spec: `"strict"` throws ResponseValidationError, `"warn"` logs. Default false. */
  validateResponses?: false | "strict" | "warn";
  /** Where log lines go. Default `console`. */
  logger?: Logger;
  /** How much to log. Default: `CONVINTEL_LOG`, else `"off"` (`"warn"` when validateResponses is `"warn"`). */
  logLevel?: LogLevel;
  /**
   * The `fetch` that sends requests (a test double, a fetch with its own proxy settings). Default: on
   * Node.js, the transport of `@convintel/fetch/node-fetch` (undici, keep-alive, proxies from
   * `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY`); elsewhere `globalThis.fetch`.
   */
  fetch?: FetchFunction;
  /**
   * What carries the requests, in place of the default: a transport of `@convintel/fetch`, such as
   * `createNodeTransport({ proxy })` from `@convintel/fetch/node-transport`. Not with `fetch`.
   */
  transport?: Transport;
  /** openapi-fetch middleware, run on every attempt. */
  middleware?: Middleware[];
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Where TWILIO_* fallbacks are read. Default `process.env` where it exists; pass a Worker's `env` there. */
  env?: Environment;
  /**
   * Check the operators a configuration's rules name before each `create`, `update` and `modify` of
   * a configuration (`configurations.check()`), and send nothing when the check fails. Each call can
   * say otherwise with its own `checkOperators`. Default false.
   */
  checkOperators?: boolean;
  /**
   * OpenTelemetry for `IntelligenceClient`: one client span per call, and the trace context sent with
   * it. Default: `@opentelemetry/api` when the application installed it (looked for on Node.js);
   * pass the API (`import * as api from "@opentelemetry/api"`) where it cannot be looked for (edge
   * runtimes, bundles), or `false` for none. An `IntelligenceCore` traces after `enableTracing(core)`.
   */
  openTelemetry?: OpenTelemetryApi | false;
  /**
   * How long an operator read by `configurations.check()` serves later checks, in milliseconds.
   * Writes always read the operators again. Default 60000; 0 to read every time.
   */
  operatorCacheTtlMs?: number;
}

const DEFAULTS = { maxRetries: 2, initialRetryDelayMs: 500, maxRetryDelayMs: 8000, timeout: 30_000 } as const;

function count(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new ClientOptionsError(`${name} must be a whole number of 0 or more.`);
  return value;
}

function duration(name: string, value: number | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new ClientOptionsError(`${name} must be a positive number of milliseconds (Infinity for no limit).`);
  }
  return value;
}

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** Node's `util.inspect` view of a client: its settings, never its credentials. */
function inspectClient(
  this: IntelligenceCore,
  _depth: number,
  options: unknown,
  inspect?: (value: unknown, options: unknown) => string,
): string {
  const summary = this.toJSON();
  return `${this.constructor.name} ${inspect ? inspect(summary, options) : JSON.stringify(summary)}`;
}

// Each core's requester, for the resources made on it; kept off the object so that it is never
// inspected, serialized or reached by users.
const requesters = new WeakMap<IntelligenceCore, Requester>();

/** The requester of a core, for a resource made on it. */
export function requesterOf(core: IntelligenceCore): Requester {
  const requester = requesters.get(core);
  if (!requester) throw new TypeError("Resources are made on an IntelligenceCore.");
  return requester;
}

/**
 * The client's options, credentials, retries and transport, without any resource: make the resources
 * a program uses on it (`new Configurations(core)`), so that a bundle keeps only their operations.
 * `IntelligenceClient` is a core with every resource.
 */
export class IntelligenceCore {
  /** The API origin every request goes to. */
  readonly baseUrl: string;
  /** Which credentials are in use (never the credentials themselves). */
  readonly authType: "apiKey" | "accountSid";
  readonly #summary: Record<string, unknown>;
  readonly #options: ClientOptions;

  constructor(options: ClientOptions = {}) {
    this.#options = options;
    const env = options.env ?? processEnv();
    const credentials = resolveCredentials(options, env);
    const redact = createRedactor(credentials);
    const validateResponses = options.validateResponses ?? false;
    if (validateResponses !== false && validateResponses !== "strict" && validateResponses !== "warn") {
      throw new ClientOptionsError('validateResponses must be false, "strict" or "warn".');
    }
    const logFromEnv = envValue(env, "CONVINTEL_LOG");
    if (options.logLevel === undefined && logFromEnv !== undefined && !isLogLevel(logFromEnv))
      throw new ClientOptionsError(
        `CONVINTEL_LOG must be one of off, error, warn, info, debug (not ${JSON.stringify(logFromEnv.slice(0, 20))}).`,
      );
    const logLevel = options.logLevel ?? (logFromEnv as LogLevel | undefined) ?? (validateResponses === "warn" ? "warn" : "off");
    const log = new Log(options.logger, logLevel, redact);
    if (options.middleware !== undefined && !Array.isArray(options.middleware))
      throw new ClientOptionsError("middleware must be an array.");
    if (options.fetch !== undefined && typeof options.fetch !== "function") throw new ClientOptionsError("fetch must be a function.");
    if (options.transport !== undefined && typeof options.transport?.roundTrip !== "function")
      throw new ClientOptionsError("transport must have a roundTrip method.");
    if (options.fetch !== undefined && options.transport !== undefined)
      throw new ClientOptionsError("Pass fetch or transport, not both: a transport sends the requests itself.");
    if (options.onRetry !== undefined && typeof options.onRetry !== "function") throw new ClientOptionsError("onRetry must be a function.");

    // Set here, not as a method with a computed key: a bundler cannot prove such a class free of
    // side effects, so it would keep the whole client in bundles that import only an error class.
    Object.defineProperty(this, inspectSymbol, { value: inspectClient });
    this.baseUrl = resolveBaseUrl(options, env);
    this.authType = credentials.kind;
    const retry = {
      maxRetries: count("maxRetries", options.maxRetries, DEFAULTS.maxRetries),
      initialRetryDelayMs: count("initialRetryDelayMs", options.initialRetryDelayMs, DEFAULTS.initialRetryDelayMs),
      maxRetryDelayMs: count("maxRetryDelayMs", options.maxRetryDelayMs, DEFAULTS.maxRetryDelayMs),
    };
    const timeout = duration("timeout", options.timeout, DEFAULTS.timeout)!;
    const deadline = duration("deadline", options.deadline, undefined);
    const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes;
    if (!isByteLimit(maxResponseBytes)) throw new ClientOptionsError("maxResponseBytes must be a positive whole number of bytes.");
    const checkOperators = options.checkOperators ?? false;
    if (typeof checkOperators !== "boolean") throw new ClientOptionsError("checkOperators must be true or false.");
    const operatorCacheTtlMs = count("operatorCacheTtlMs", options.operatorCacheTtlMs, 60_000);
    const checks = { checkOperators, operatorCacheTtlMs };
    const validateRequests = options.validateRequests ?? true;
    const allowUnknownFields = options.allowUnknownFields ?? false;
    if (typeof allowUnknownFields !== "boolean") throw new ClientOptionsError("allowUnknownFields must be true or false.");
    // What every call follows, shown as it is by toJSON() and util.inspect().
    const behaviour = { timeout, deadline, maxResponseBytes, validateRequests, allowUnknownFields, validateResponses };
    this.#summary = {
      baseUrl: this.baseUrl,
      authType: this.authType,
      ...retry,
      ...behaviour,
      logLevel,
      allowInsecureHttp: options.allowInsecureHttp === true,
      checkOperators,
      operatorCacheTtlMs,
    };
    let headers: Map<string, [string, string]>;
    try {
      headers = mergeHeaderPairs(new Map(), { "User-Agent": userAgent(), ...options.headers, Authorization: basicAuthHeader(credentials) });
    } catch (error) {
      throw new ClientOptionsError("headers must have names and values that HTTP allows (no CR, LF or NUL; no character above U+00FF).", {
        cause: error,
      });
    }
    const requester = new Requester({
      baseUrl: this.baseUrl,
      username: credentials.username,
      headers,
      transport: options.transport ?? (options.fetch ? fetchTransport(options.fetch) : defaultTransport()),
      middleware: options.middleware ?? [],
      retry,
      onRetry: options.onRetry,
      ...behaviour,
      log,
      redact,
      checks,
    });
    // Until enableOperatorChecks(this) registers the check, a write that asks for it is refused.
    requester.use(OPERATOR_CHECKS, checksNotEnabled(checks));
    requesters.set(this, requester);
  }

  /**
   * A new client of the same class with `options` over this one's (a shallow merge: `headers` given
   * here replace this client's), credentials included unless given. This client is left as it is.
   */
  withOptions(options: ClientOptions): this {
    return new (this.constructor as new (options: ClientOptions) => this)({ ...this.#options, ...options });
  }

  /** The settings, never the credentials. */
  toJSON(): Record<string, unknown> {
    return { ...this.#summary };
  }
}
