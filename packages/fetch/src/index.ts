export { createIntelligenceFetch, defaultTransport, type IntelligenceFetch, type IntelligenceFetchOptions } from "./client.js";
export { basicAuthHeader, basicAuthMiddleware, type BasicCredentials } from "./basic-auth.js";
export { base64Bytes, base64Utf8 } from "./base64.js";
export { MAX_TIMER_MS, listen, sleep, unlisten, type AbortListener } from "./signal-listeners.js";
export { readLimited, streamChunks, type LimitedRead } from "./limited-read.js";
export { fetchTransport, errorCode, type FetchFunction } from "./fetch-transport.js";
export { standardSignal, toWireRequest, type StandardSignal } from "./fetch-standard.js";
export type { Cancellation, Transport, WireRequest } from "./transport.js";
export {
  BufferedResponse,
  HeaderMap,
  abortReason,
  defaultMaxResponseBytes,
  isBufferedResponse,
  isByteLimit,
  readResponse,
  type ResponseHeaders,
} from "./body.js";
export { ResponseTooLargeError, SendError } from "./errors.js";
export { isIdempotent, isRetryableStatus, type HttpMethod } from "./http.js";
export { operationHeaders, operationUrl, type OperationParams } from "./operation-request.js";
export { mergeHeaderPairs } from "./headers.js";
export { MiddlewareFailure, roundTripThrough, type MiddlewareCall } from "./middleware.js";
// Each operation's descriptor (`UpdateConfigurationOperation`, ...) and the table of all of them; the
// table is named explicitly, as the types of @convintel/types below have an `operations` too.
export * from "./generated/operations.js";
export { operations } from "./generated/operations.js";
export type { OperationDescriptor, OperationInputs, OperationResults, ResponseDescriptor } from "./operation.js";
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
