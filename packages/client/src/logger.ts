import { REDACTED, redactDeep, type Redactor } from "./auth.js";
import { ApiError, ClientOptionsError, RequestValidationError } from "./errors.js";

/** Where log lines go: `console` fits, and so do pino, winston and most loggers. */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/**
 * How much to log. `error`: failed calls; `warn`: also retries and responses that break the spec
 * (with `validateResponses: "warn"`); `info`: also every completed call; `debug`: also every attempt
 * with its headers (Authorization redacted).
 */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Whether a value names a log level. */
export const isLogLevel = (value: string): value is LogLevel => Object.hasOwn(LEVELS, value);
const PREFIX = "[convintel]";

/** The client's logging: a level check first, so disabled levels cost one comparison. */
export class Log {
  readonly level: number;
  readonly #logger: Logger;
  readonly #redact: Redactor;

  constructor(logger: Logger | undefined, level: LogLevel, redact: Redactor) {
    if (!isLogLevel(level)) {
      throw new ClientOptionsError(`logLevel must be one of ${Object.keys(LEVELS).join(", ")}.`);
    }
    const target = logger ?? console;
    for (const method of ["error", "warn", "info", "debug"] as const) {
      if (LEVELS[level] >= LEVELS[method] && typeof target[method] !== "function") {
        throw new ClientOptionsError(`logger must have a ${method}() method, like console.`);
      }
    }
    this.level = LEVELS[level];
    this.#logger = target;
    this.#redact = redact;
  }

  get debugEnabled(): boolean {
    return this.level >= LEVELS.debug;
  }

  error(message: string, details?: Record<string, unknown>): void {
    if (this.level >= LEVELS.error) this.#write("error", message, details);
  }

  warn(message: string, details?: Record<string, unknown>): void {
    if (this.level >= LEVELS.warn) this.#write("warn", message, details);
  }

  info(message: string, details?: Record<string, unknown>): void {
    if (this.level >= LEVELS.info) this.#write("info", message, details);
  }

  debug(message: string, details?: Record<string, unknown>): void {
    if (this.level >= LEVELS.debug) this.#write("debug", message, details);
  }

  #write(method: keyof Logger, message: string, details: Record<string, unknown> | undefined): void {
    const line = `${PREFIX} ${this.#redact(message)}`;
    if (details === undefined) this.#logger[method](line);
    else this.#logger[method](line, redactDeep(details, this.#redact));
  }
}

/** Headers as a plain object for a log line, with `Authorization` (and cookies) replaced. */
export function headersForLog(headers: Iterable<readonly [string, string]>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    result[key] = key === "authorization" || key === "cookie" || key === "proxy-authorization" ? REDACTED : value;
  }
  return result;
}

// Answers a caller expects and decides about (is it there? did it change?), not failures of the client or the service.
const ANSWERED = new Set([404, 409, 412, 422]);

/**
 * The level a failed call is logged at: `info` for an answer the caller decides about (404, 409,
 * 412, 422: a `NotFoundError` handled as "not there" is no error), `warn` for a request the API or
 * the client refused (another 4xx, a request that breaks the spec), `error` for everything else (5xx,
 * the connection, a timeout, a response that breaks the spec).
 */
export function failureLevel(error: Error): "info" | "warn" | "error" {
  const status = error instanceof ApiError ? error.status : undefined;
  if (status !== undefined && ANSWERED.has(status)) return "info";
  if ((status !== undefined && status >= 400 && status < 500) || error instanceof RequestValidationError) return "warn";
  return "error";
}
