export { IntelligenceClient, type ClientOptions } from "./client.js";
export { IntelligenceCore } from "./core.js";
export { Operators, type OperatorChange, type OperatorModifyOptions } from "./resources/operators.js";
export {
  ConfigurationsResource,
  ConversationsResource,
  OperatorResultsResource,
  OperatorsResource,
  OperatorsVersionsResource,
  RuleExecutionsResource,
  type Resources,
  type UpdateOperatorHeaders,
} from "./generated/resources.js";
export {
  Configurations,
  toUpdateRequest,
  type ConfigurationChange,
  type ConfigurationWriteOptions,
  type ListConfigurationsParams,
} from "./resources/configurations.js";
export { enableOperatorChecks, operatorIssues, type OperatorSource } from "./operator-check.js";
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
export type { RequestOptions } from "./request-input.js";
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
  type ApiErrorInit,
  type RequestIssue,
  type RequestIssueLocation,
} from "./errors.js";
export { defaultMaxResponseBytes, type FetchFunction, type Middleware, type ValidationIssue } from "@convintel/fetch";
export type {
  Action,
  ClassificationResult,
  Context,
  Conversation,
  ConversationListItem,
  CreateConfigurationRequest,
  CreateRuleExecutionRequest,
  Error as ErrorBody,
  ExtractionResult,
  IntelligenceConfiguration,
  IntelligenceConfigurationTtid,
  JSONResult,
  LanguageOperator,
  LanguageOperatorVersion,
  ListConfigurationsQuery,
  Operator,
  OperatorParameter,
  OperatorRequest,
  OperatorResultsResponseV1,
  OperatorVersionStatus,
  OperatorVersionSummary,
  PaginatedConfigurationResponse,
  PaginationMeta,
  Rule,
  RuleCreationRequestPayload,
  RuleExecutionResult,
  RuleExecutionWebhook,
  RuleUpdateRequestPayload,
  TextResult,
  Trigger,
  TriggerType,
  UpdateConfigurationRequest,
} from "@convintel/types";
