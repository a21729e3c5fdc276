export { IntelligenceClient, type ClientOptions } from "./client.js";
export { IntelligenceCore } from "./core.js";
export { Operators, type OperatorChange, type OperatorModifyOptions } from "./resources/operators.js";
// Every generated resource class (and ResourceClient, the client with all of them), listed by the generator.
export * from "./generated/resources.js";
export { Configurations, toUpdateRequest, type ConfigurationChange, type ListConfigurationsParams } from "./resources/configurations.js";
export { enableOperatorChecks, operatorIssues, type OperatorSource } from "./operator-check.js";
export { enableTracing, type OpenTelemetryApi, type TracingSpan } from "./tracing.js";
export { callOperation } from "./operation-call.js";
export {
  parseRuleActionWebhook,
  WebhookError,
  type IncomingMessageLike,
  type ParseWebhookOptions,
  type RuleActionWebhook,
  type WebhookErrorReason,
} from "./webhooks.js";
export type { CheckOptions, OperatorCheckResult, OperatorWarning } from "./checks.js";
export { ApiPromise, WithResponse } from "./api-promise.js";
export { Paginator, type Page, type PaginationOptions } from "./pagination.js";
export type { CallOptions, ConfigurationWriteOptions, RequestOptions } from "./request-input.js";
export type { RateLimitInfo } from "./headers.js";
export type { RetryEvent } from "./retry.js";
export type { Logger, LogLevel } from "./logger.js";
export type { CredentialOptions } from "./auth.js";
export type { RoutingOptions } from "./routing.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ClientOptionsError,
  ConcurrentModificationError,
  ConflictError,
  ConnectionError,
  DeadlineExceededError,
  IntelligenceError,
  InternalServerError,
  NotFoundError,
  PaginationCycleError,
  PaginationStalledError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  RedirectError,
  RequestValidationError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  UnprocessableEntityError,
  type ApiErrorInit,
  type RequestIssue,
  type RequestIssueLocation,
} from "./errors.js";
export { defaultMaxResponseBytes, type FetchFunction, type Middleware, type ValidationIssue } from "@convintel/fetch";
// Every type of the spec (each schema by its name, the operations' queries, `paths`): generated in
// @convintel/types, so a schema new in the spec is exported here with no line of hand-written code.
export type * from "@convintel/types";
export type { Error as ErrorBody } from "@convintel/types";
