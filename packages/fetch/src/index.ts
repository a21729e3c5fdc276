export {
  basicAuthHeader,
  basicAuthMiddleware,
  createIntelligenceFetch,
  defaultFetch,
  errorCode,
  type BasicCredentials,
  type FetchFunction,
  type IntelligenceFetch,
  type IntelligenceFetchOptions,
} from "./client.js";
export { BufferedResponse, HeaderMap, defaultMaxResponseBytes, isBufferedResponse, type ResponseHeaders } from "./body.js";
export { ResponseTooLargeError, SendError } from "./errors.js";
export type { AbortSource, Cancellation } from "./transport.js";
// Each operation's descriptor (`UpdateConfigurationOperation`, ...) and the table of all of them; the
// table is named explicitly, as the types of @convintel/types below have an `operations` too.
export * from "./generated/operations.js";
export { operations } from "./generated/operations.js";
export type {
  HttpMethod,
  OperationDescriptor,
  OperationInputs,
  OperationResults,
  ResponseDescriptor,
  SendInit,
  SendResult,
} from "./operation.js";
export * from "./generated/validators.js";
export {
  rangeIssues,
  toIssues,
  validate,
  type CompiledValidator,
  type ValidationIssue,
  type ValidationResult,
  type ValidatorOptions,
} from "./validation.js";
export { escapePointerSegment, isDateTime, isInt32, isUri, nearestName, ucs2length } from "./validation-runtime.js";
export type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";
export type * from "@convintel/types";
