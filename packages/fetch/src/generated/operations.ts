// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import type * as Types from "@convintel/types";
import type { OperationDescriptor } from "../operation.js";
import { validateConfigurationId, validateCreateConfigurationRequest, validateError, validateIntelligenceConfiguration, validateListConfigurationsQuery, validatePaginatedConfigurationResponse, validateUpdateConfigurationRequest } from "./validators.js";

/** The API's default server. */
export const serverUrl = "https://intelligence.twilio.com";

/** The response headers the client reads, by the field each fills (`x-convintel-field` in the spec). */
export const responseHeaders = { requestId: "Twilio-Request-Id", rateLimit: { limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset" } } as const;

/** What each operation takes: its path parameters, query and body. */
export interface OperationInputs {
  ListConfigurations: { query?: Types.ListConfigurationsQuery };
  CreateConfiguration: { body: Types.CreateConfigurationRequest };
  FetchConfiguration: { path: { id: Types.ConfigurationId } };
  UpdateConfiguration: { path: { id: Types.ConfigurationId }; body: Types.UpdateConfigurationRequest };
  DeleteConfiguration: { path: { id: Types.ConfigurationId } };
}

/** The body of each operation's success response (undefined: it has none). */
export interface OperationResults {
  ListConfigurations: Types.PaginatedConfigurationResponse;
  CreateConfiguration: Types.IntelligenceConfiguration;
  FetchConfiguration: Types.IntelligenceConfiguration;
  UpdateConfiguration: Types.IntelligenceConfiguration;
  DeleteConfiguration: undefined;
}

/** Every operation of the spec: its method, path, the validators of its inputs and outputs, and its typed sender. */
export const operations = {
  ListConfigurations: {
    operationId: "ListConfigurations",
    method: "GET",
    path: "/v3/ControlPlane/Configurations",
    summary: "Retrieve a list of Intelligence Configurations",
    pathParams: {},
    query: validateListConfigurationsQuery,
    requestBody: undefined,
    responses: {
      "200": { validate: validatePaginatedConfigurationResponse, headers: ["Twilio-Request-Id"] },
      "429": { validate: validateError, headers: ["Twilio-Request-Id","X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset"] },
      "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
    },
    send: (client, input, init) => client.GET("/v3/ControlPlane/Configurations", { ...init, params: { query: input.query } }),
  },
  CreateConfiguration: {
    operationId: "CreateConfiguration",
    method: "POST",
    path: "/v3/ControlPlane/Configurations",
    summary: "Create an Intelligence Configuration",
    pathParams: {},
    query: undefined,
    requestBody: { validate: validateCreateConfigurationRequest, required: true },
    responses: {
      "201": { validate: validateIntelligenceConfiguration, headers: ["Twilio-Request-Id"] },
      "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
      "429": { validate: validateError, headers: ["Twilio-Request-Id","X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset"] },
      "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
    },
    send: (client, input, init) => client.POST("/v3/ControlPlane/Configurations", { ...init, body: input.body }),
  },
  FetchConfiguration: {
    operationId: "FetchConfiguration",
    method: "GET",
    path: "/v3/ControlPlane/Configurations/{id}",
    summary: "Retrieve an Intelligence Configuration",
    pathParams: { "id": validateConfigurationId },
    query: undefined,
    requestBody: undefined,
    responses: {
      "200": { validate: validateIntelligenceConfiguration, headers: ["Twilio-Request-Id"] },
      "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
      "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
    },
    send: (client, input, init) => client.GET("/v3/ControlPlane/Configurations/{id}", { ...init, params: { path: input.path } }),
  },
  UpdateConfiguration: {
    operationId: "UpdateConfiguration",
    method: "PUT",
    path: "/v3/ControlPlane/Configurations/{id}",
    summary: "Update an Intelligence Configuration",
    pathParams: { "id": validateConfigurationId },
    query: undefined,
    requestBody: { validate: validateUpdateConfigurationRequest, required: true },
    responses: {
      "200": { validate: validateIntelligenceConfiguration, headers: ["Twilio-Request-Id"] },
      "400": { validate: validateError, headers: ["Twilio-Request-Id"] },
      "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
      "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
    },
    send: (client, input, init) => client.PUT("/v3/ControlPlane/Configurations/{id}", { ...init, params: { path: input.path }, body: input.body }),
  },
  DeleteConfiguration: {
    operationId: "DeleteConfiguration",
    method: "DELETE",
    path: "/v3/ControlPlane/Configurations/{id}",
    summary: "Delete an Intelligence Configuration",
    pathParams: { "id": validateConfigurationId },
    query: undefined,
    requestBody: undefined,
    responses: {
      "204": { validate: undefined, headers: ["Twilio-Request-Id"] },
      "404": { validate: validateError, headers: ["Twilio-Request-Id"] },
      "500": { validate: validateError, headers: ["Twilio-Request-Id"] },
    },
    send: (client, input, init) => client.DELETE("/v3/ControlPlane/Configurations/{id}", { ...init, params: { path: input.path } }),
  },
} as const satisfies { readonly [Id in Types.OperationId]: OperationDescriptor<Id> };
