import type { Error as ErrorBody } from "@convintel/fetch";
import { examples } from "@convintel/fetch/spec";

/** Twilio error codes the fake answers with. Those the spec's examples show are taken from them. */
export const errorCodes = {
  validation: examples.BadRequestError.code,
  notFound: examples.NotFoundError.code,
  rateLimited: examples.RateLimitError.code,
  internal: examples.InternalServerError.code,
  /** Twilio's "Authenticate" error, sent with 401. */
  authentication: 20003,
  /** Twilio's "Method not allowed" error. */
  methodNotAllowed: 20004,
  /** Twilio's "Service unavailable" error. */
  unavailable: 20503,
  /** Twilio's unsupported-payload-format error, sent with 415. */
  unsupportedMediaType: 20422,
  preconditionFailed: examples.PreconditionFailedError.code,
  unprocessable: examples.UnprocessableRuleExecution.code,
} as const;

export type { ErrorBody };

/** The spec's error body; `params` values must be strings, so extra details are stringified. */
export function errorBody(httpStatusCode: number, code: number, message: string, params: Record<string, string> = {}): ErrorBody {
  return {
    code,
    message,
    httpStatusCode,
    userError: httpStatusCode < 500,
    params: { twilioErrorCodeUrl: `https://www.twilio.com/docs/errors/${code}`, ...params },
  };
}

export const notFound = (): ErrorBody => errorBody(404, errorCodes.notFound, examples.NotFoundError.message);
export const internalError = (message: string = examples.InternalServerError.message): ErrorBody =>
  errorBody(500, errorCodes.internal, message);
export const rateLimited = (): ErrorBody => errorBody(429, errorCodes.rateLimited, examples.RateLimitError.message);
/** 413: Twilio documents no code of its own for it, so the fake sends its validation code. */
export const payloadTooLarge = (limit: number): ErrorBody =>
  errorBody(413, errorCodes.validation, `The request body is larger than the ${limit} bytes accepted`, { limit: String(limit) });
export const unauthenticated = (): ErrorBody =>
  errorBody(401, errorCodes.authentication, "Authentication Error - invalid username or password");
export const preconditionFailed = (): ErrorBody => errorBody(412, errorCodes.preconditionFailed, examples.PreconditionFailedError.message);
export const noMemoryStore = (): ErrorBody => errorBody(422, errorCodes.unprocessable, examples.UnprocessableRuleExecution.message);
