// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import { validateConfigurationId, validateCreateConfigurationRequest, validateError, validateIntelligenceConfiguration, validateListConfigurationsQuery, validatePaginatedConfigurationResponse, validateUpdateConfigurationRequest } from "./validators.js";

/** The API's default server. */
export const serverUrl = "https://intelligence.twilio.com";

/** Headers that a rate-limited (429) response carries. */
export const rateLimitHeaderNames = ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset"] as const;

/** Every operation of the spec: its method, path and the validators of its inputs and outputs. */
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
      "200": { validate: validatePaginatedConfigurationResponse, headers: [] },
      "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset"] },
      "500": { validate: validateError, headers: [] },
    },
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
      "201": { validate: validateIntelligenceConfiguration, headers: [] },
      "400": { validate: validateError, headers: [] },
      "429": { validate: validateError, headers: ["X-RateLimit-Limit","X-RateLimit-Remaining","X-RateLimit-Reset"] },
      "500": { validate: validateError, headers: [] },
    },
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
      "200": { validate: validateIntelligenceConfiguration, headers: [] },
      "404": { validate: validateError, headers: [] },
      "500": { validate: validateError, headers: [] },
    },
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
      "200": { validate: validateIntelligenceConfiguration, headers: [] },
      "400": { validate: validateError, headers: [] },
      "404": { validate: validateError, headers: [] },
      "500": { validate: validateError, headers: [] },
    },
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
      "204": { validate: undefined, headers: [] },
      "404": { validate: validateError, headers: [] },
      "500": { validate: validateError, headers: [] },
    },
  },
} as const;
