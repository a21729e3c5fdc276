export {
  basicAuthHeader,
  basicAuthMiddleware,
  createIntelligenceFetch,
  errorCode,
  type BasicCredentials,
  type FetchFunction,
  type IntelligenceFetch,
  type IntelligenceFetchOptions,
} from "./client.js";
export {
  BufferedResponse,
  HeaderMap,
  ResponseTooLargeError,
  SendError,
  defaultMaxResponseBytes,
  isBufferedResponse,
  type ResponseHeaders,
} from "./body.js";
export type { AbortSource, Cancellation } from "./transport.js";
export { operations, rateLimitHeaderNames, serverUrl } from "./generated/operations.js";
export * from "./generated/validators.js";
export {
  toIssues,
  validate,
  type CompiledValidator,
  type ValidationIssue,
  type ValidationResult,
  type ValidatorOptions,
} from "./validation.js";
export { isDateTime, isInt32, isUri, ucs2length } from "./validation-runtime.js";
export type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";
export type * from "@convintel/types";
