// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import type * as Types from "@convintel/types";
import type { OperationDescriptor } from "../operation.js";
import { rangeIssues } from "../validation.js";
import { validateConversation, validateConversationTtid, validateCreateConfigurationRequest, validateCreateRuleExecutionRequest, validateError, validateIntelligenceConfiguration, validateIntelligenceConfigurationTtid, validateLanguageOperator, validateLanguageOperatorVersion, validateListConfigurationsQuery, validateListConversationsQuery, validateListConversationsResponse, validateListOperatorResultsQuery, validateListOperatorResultsResponse, validateListOperatorVersionsQuery, validateListOperatorVersionsResponse, validateListOperatorsQuery, validateListOperatorsResponse, validateOperatorRequest, validateOperatorResultTtid, validateOperatorResultsResponseV1, validateOperatorTtid, validateOperatorVersionNumber, validatePaginatedConfigurationResponse, validateUpdateConfigurationRequest } from "./validators.js";

/** The API's default server. */
export const serverUrl = "https://intelligence.twilio.com";

/** The response headers the client reads, by the field each fills (`x-convintel-field` in the spec). */
export const responseHeaders = { requestId: "Twilio-Request-Id", etag: "ETag", rateLimit: { limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset" } } as const;

/** What each operation takes: its path parameters, query and body. */
export interface OperationInputs {
  ListConfigurations: { query?: Types.ListConfigurationsQuery };
  CreateConfiguration: { body: Types.CreateConfigurationRequest };
  FetchConfiguration: { path: { id: Types.IntelligenceConfigurationTtid } };
  UpdateConfiguration: { path: { id: Types.IntelligenceConfigurationTtid }; body: Types.UpdateConfigurationRequest };
  DeleteConfiguration: { path: { id: Types.IntelligenceConfigurationTtid } };
  ListOperators: { query?: Types.ListOperatorsQuery };
  CreateOperator: { body: Types.OperatorRequest };
  FetchOperator: { path: { id: Types.OperatorTtid } };
  UpdateOperator: { path: { id: Types.OperatorTtid }; body: Types.OperatorRequest; header?: { "If-Match"?: string } };
  DeleteOperator: { path: { id: Types.OperatorTtid } };
  ListOperatorVersions: { path: { id: Types.OperatorTtid }; query?: Types.ListOperatorVersionsQuery };
  FetchOperatorVersion: { path: { id: Types.OperatorTtid; version: Types.OperatorVersionNumber } };
  ListOperatorResults: { query?: Types.ListOperatorResultsQuery };
  FetchOperatorResult: { path: { operatorResultId: Types.OperatorResultTtid } };
  DeleteOperatorResult: { path: { operatorResultId: Types.OperatorResultTtid } };
  ListConversations: { query?: Types.ListConversationsQuery };
  FetchConversation: { path: { id: Types.ConversationTtid } };
  CreateRuleExecution: { body: Types.CreateRuleExecutionRequest };
}

/** The body of each operation's success response (undefined: it has none). */
export interface OperationResults {
  ListConfigurations: Types.PaginatedConfigurationResponse;
  CreateConfiguration: Types.IntelligenceConfiguration;
  FetchConfiguration: Types.IntelligenceConfiguration;
  UpdateConfiguration: Types.IntelligenceConfiguration;
  DeleteConfiguration: undefined;
  ListOperators: Types.ListOperatorsResponse;
  CreateOperator: Types.LanguageOperator;
  FetchOperator: Types.LanguageOperator;
  UpdateOperator: Types.LanguageOperator;
  DeleteOperator: undefined;
  ListOperatorVersions: Types.ListOperatorVersionsResponse;
  FetchOperatorVersion: Types.LanguageOperatorVersion;
  ListOperatorResults: Types.ListOperatorResultsResponse;
  FetchOperatorResult: Types.OperatorResultsResponseV1;
  DeleteOperatorResult: undefined;
  ListConversations: Types.ListConversationsResponse;
  FetchConversation: Types.Conversation;
  CreateRuleExecution: undefined;
}

/** Retrieve a list of Intelligence Configurations: GET /v3/ControlPlane/Configurations. */
export const ListConfigurationsOperation = {
  operationId: "ListConfigurations",
  method: "GET",
  path: "/v3/ControlPlane/Configurations",
  pathParams: {},
  query: validateListConfigurationsQuery,
  requestBody: undefined,
  responses: {
    "200": { validate: validatePaginatedConfigurationResponse, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"ListConfigurations">;

/** Create an Intelligence Configuration: POST /v3/ControlPlane/Configurations. */
export const CreateConfigurationOperation = {
  operationId: "CreateConfiguration",
  method: "POST",
  path: "/v3/ControlPlane/Configurations",
  pathParams: {},
  query: undefined,
  requestBody: { validate: validateCreateConfigurationRequest, required: true, readOnly: ["accountId","dateCreated","dateUpdated","id","version"] },
  responses: {
    "201": { validate: validateIntelligenceConfiguration, headers: ["Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"CreateConfiguration">;

/** Retrieve an Intelligence Configuration: GET /v3/ControlPlane/Configurations/{id}. */
export const FetchConfigurationOperation = {
  operationId: "FetchConfiguration",
  method: "GET",
  path: "/v3/ControlPlane/Configurations/{id}",
  pathParams: { "id": validateIntelligenceConfigurationTtid },
  query: undefined,
  requestBody: undefined,
  responses: {
    "200": { validate: validateIntelligenceConfiguration, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"FetchConfiguration">;

/** Update an Intelligence Configuration: PUT /v3/ControlPlane/Configurations/{id}. */
export const UpdateConfigurationOperation = {
  operationId: "UpdateConfiguration",
  method: "PUT",
  path: "/v3/ControlPlane/Configurations/{id}",
  pathParams: { "id": validateIntelligenceConfigurationTtid },
  query: undefined,
  requestBody: { validate: validateUpdateConfigurationRequest, required: true, readOnly: ["accountId","dateCreated","dateUpdated","id","version"] },
  responses: {
    "200": { validate: validateIntelligenceConfiguration, headers: ["Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"UpdateConfiguration">;

/** Delete an Intelligence Configuration: DELETE /v3/ControlPlane/Configurations/{id}. */
export const DeleteConfigurationOperation = {
  operationId: "DeleteConfiguration",
  method: "DELETE",
  path: "/v3/ControlPlane/Configurations/{id}",
  pathParams: { "id": validateIntelligenceConfigurationTtid },
  query: undefined,
  requestBody: undefined,
  responses: {
    "204": { validate: undefined, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"DeleteConfiguration">;

/** Retrieve a list of Operators: GET /v3/ControlPlane/Operators. */
export const ListOperatorsOperation = {
  operationId: "ListOperators",
  method: "GET",
  path: "/v3/ControlPlane/Operators",
  pathParams: {},
  query: validateListOperatorsQuery,
  requestBody: undefined,
  responses: {
    "200": { validate: validateListOperatorsResponse, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"ListOperators">;

/** Create an Operator: POST /v3/ControlPlane/Operators. */
export const CreateOperatorOperation = {
  operationId: "CreateOperator",
  method: "POST",
  path: "/v3/ControlPlane/Operators",
  pathParams: {},
  query: undefined,
  requestBody: { validate: validateOperatorRequest, required: true, readOnly: ["author","id","version"] },
  responses: {
    "201": { validate: validateLanguageOperator, headers: ["ETag","Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"CreateOperator">;

/** Retrieve an Operator: GET /v3/ControlPlane/Operators/{id}. */
export const FetchOperatorOperation = {
  operationId: "FetchOperator",
  method: "GET",
  path: "/v3/ControlPlane/Operators/{id}",
  pathParams: { "id": validateOperatorTtid },
  query: undefined,
  requestBody: undefined,
  responses: {
    "200": { validate: validateLanguageOperator, headers: ["ETag","Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"FetchOperator">;

/** Update an Operator: PUT /v3/ControlPlane/Operators/{id}. */
export const UpdateOperatorOperation = {
  operationId: "UpdateOperator",
  method: "PUT",
  path: "/v3/ControlPlane/Operators/{id}",
  pathParams: { "id": validateOperatorTtid },
  query: undefined,
  requestBody: { validate: validateOperatorRequest, required: true, readOnly: ["author","id","version"] },
  requestHeaders: ["If-Match"],
  responses: {
    "200": { validate: validateLanguageOperator, headers: ["ETag","Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "412": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"UpdateOperator">;

/** Delete an Operator: DELETE /v3/ControlPlane/Operators/{id}. */
export const DeleteOperatorOperation = {
  operationId: "DeleteOperator",
  method: "DELETE",
  path: "/v3/ControlPlane/Operators/{id}",
  pathParams: { "id": validateOperatorTtid },
  query: undefined,
  requestBody: undefined,
  responses: {
    "204": { validate: undefined, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"DeleteOperator">;

/** Retrieve a list of Operator Versions: GET /v3/ControlPlane/Operators/{id}/Versions. */
export const ListOperatorVersionsOperation = {
  operationId: "ListOperatorVersions",
  method: "GET",
  path: "/v3/ControlPlane/Operators/{id}/Versions",
  pathParams: { "id": validateOperatorTtid },
  query: validateListOperatorVersionsQuery,
  requestBody: undefined,
  responses: {
    "200": { validate: validateListOperatorVersionsResponse, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"ListOperatorVersions">;

/** Retrieve a specific Operator Version: GET /v3/ControlPlane/Operators/{id}/Versions/{version}. */
export const FetchOperatorVersionOperation = {
  operationId: "FetchOperatorVersion",
  method: "GET",
  path: "/v3/ControlPlane/Operators/{id}/Versions/{version}",
  pathParams: { "id": validateOperatorTtid, "version": validateOperatorVersionNumber },
  query: undefined,
  requestBody: undefined,
  responses: {
    "200": { validate: validateLanguageOperatorVersion, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"FetchOperatorVersion">;

/** Retrieve a list of OperatorResults: GET /v3/OperatorResults. */
export const ListOperatorResultsOperation = {
  operationId: "ListOperatorResults",
  method: "GET",
  path: "/v3/OperatorResults",
  pathParams: {},
  query: validateListOperatorResultsQuery,
  requestBody: undefined,
  responses: {
    "200": { validate: validateListOperatorResultsResponse, headers: ["Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"ListOperatorResults">;

/** Retrieve an OperatorResult: GET /v3/OperatorResults/{operatorResultId}. */
export const FetchOperatorResultOperation = {
  operationId: "FetchOperatorResult",
  method: "GET",
  path: "/v3/OperatorResults/{operatorResultId}",
  pathParams: { "operatorResultId": validateOperatorResultTtid },
  query: undefined,
  requestBody: undefined,
  responses: {
    "200": { validate: validateOperatorResultsResponseV1, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"FetchOperatorResult">;

/** Delete an OperatorResult: DELETE /v3/OperatorResults/{operatorResultId}. */
export const DeleteOperatorResultOperation = {
  operationId: "DeleteOperatorResult",
  method: "DELETE",
  path: "/v3/OperatorResults/{operatorResultId}",
  pathParams: { "operatorResultId": validateOperatorResultTtid },
  query: undefined,
  requestBody: undefined,
  responses: {
    "204": { validate: undefined, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"DeleteOperatorResult">;

/** Retrieve a list of Conversations: GET /v3/Conversations. */
export const ListConversationsOperation = {
  operationId: "ListConversations",
  method: "GET",
  path: "/v3/Conversations",
  pathParams: {},
  query: validateListConversationsQuery,
  requestBody: undefined,
  checkQuery: (query: unknown) => rangeIssues([{"from":"createdAtAfter","to":"createdAtBefore","days":31}], query),
  responses: {
    "200": { validate: validateListConversationsResponse, headers: ["Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "401": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "403": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"ListConversations">;

/** Retrieve a Conversation: GET /v3/Conversations/{id}. */
export const FetchConversationOperation = {
  operationId: "FetchConversation",
  method: "GET",
  path: "/v3/Conversations/{id}",
  pathParams: { "id": validateConversationTtid },
  query: undefined,
  requestBody: undefined,
  responses: {
    "200": { validate: validateConversation, headers: ["Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "401": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "403": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"FetchConversation">;

/** Manually queue a rule execution: POST /v3/RuleExecutions. */
export const CreateRuleExecutionOperation = {
  operationId: "CreateRuleExecution",
  method: "POST",
  path: "/v3/RuleExecutions",
  pathParams: {},
  query: undefined,
  requestBody: { validate: validateCreateRuleExecutionRequest, required: true },
  responses: {
    "202": { validate: undefined, headers: ["Twilio-Request-Id"] },
    "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "422": { validate: validateError, headers: ["Twilio-Request-Id"] },
    "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset","Twilio-Request-Id"] },
    "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
  },
} as const satisfies OperationDescriptor<"CreateRuleExecution">;

/** Every operation of the spec: its method, path, the validators of its inputs and outputs. */
export const operations = {
  ListConfigurations: ListConfigurationsOperation,
  CreateConfiguration: CreateConfigurationOperation,
  FetchConfiguration: FetchConfigurationOperation,
  UpdateConfiguration: UpdateConfigurationOperation,
  DeleteConfiguration: DeleteConfigurationOperation,
  ListOperators: ListOperatorsOperation,
  CreateOperator: CreateOperatorOperation,
  FetchOperator: FetchOperatorOperation,
  UpdateOperator: UpdateOperatorOperation,
  DeleteOperator: DeleteOperatorOperation,
  ListOperatorVersions: ListOperatorVersionsOperation,
  FetchOperatorVersion: FetchOperatorVersionOperation,
  ListOperatorResults: ListOperatorResultsOperation,
  FetchOperatorResult: FetchOperatorResultOperation,
  DeleteOperatorResult: DeleteOperatorResultOperation,
  ListConversations: ListConversationsOperation,
  FetchConversation: FetchConversationOperation,
  CreateRuleExecution: CreateRuleExecutionOperation,
} as const satisfies { readonly [Id in Types.OperationId]: OperationDescriptor<Id> };
