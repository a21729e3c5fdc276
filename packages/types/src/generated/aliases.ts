// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import type { components, operations } from "./schema.js";

/** Identifier of an Intelligence Configuration, assigned by Twilio (TTID). */
export type ConfigurationId = components["schemas"]["ConfigurationId"];
/** Identifier of a Rule inside a configuration, assigned by Twilio (TTID). */
export type RuleId = components["schemas"]["RuleId"];
/** Identifier of a Language Operator (TTID). The Configurations schemas set no pattern on it; Operators use `intelligence_operator_` followed by 26 characters. */
export type OperatorId = components["schemas"]["OperatorId"];
/** Human-readable name saying what the configuration is for. */
export type DisplayName = components["schemas"]["DisplayName"];
/** Longer free text about the configuration's purpose. */
export type Description = components["schemas"]["Description"];
/** A Language Operator that a Rule runs. */
export type Operator = components["schemas"]["Operator"];
/** When the rule fires: `COMMUNICATION` on every new communication (or every `count`-th), `CONVERSATION_END` when the conversation is closed, `CONVERSATION_INACTIVE` when it becomes inactive. */
export type TriggerType = components["schemas"]["TriggerType"];
/** Extra settings for some trigger types. */
export type TriggerParameters = components["schemas"]["TriggerParameters"];
/** The event that starts a Rule. */
export type Trigger = components["schemas"]["Trigger"];
/** How results are delivered. Only webhooks exist today. */
export type ActionType = components["schemas"]["ActionType"];
/** HTTP method of the webhook call; always `POST`. */
export type ActionMethod = components["schemas"]["ActionMethod"];
/** Where a Rule delivers the Operators' results. */
export type Action = components["schemas"]["Action"];
/** Pass the Customer Memory profile to Operators with Memory context enabled (Memory-enabled accounts only). */
export type MemoryContext = components["schemas"]["MemoryContext"];
/** Pass Enterprise Knowledge to Operators with Knowledge context enabled (Enterprise Knowledge accounts only). */
export type KnowledgeContext = components["schemas"]["KnowledgeContext"];
/** Extra data handed to the Rule's Operators. */
export type Context = components["schemas"]["Context"];
/** A Rule as sent when creating a configuration. */
export type RuleCreationRequestPayload = components["schemas"]["RuleCreationRequestPayload"];
/** A Rule as sent in an update. With `id`, the existing rule of that id is updated; without it, a new rule is created. */
export type RuleUpdateRequestPayload = components["schemas"]["RuleUpdateRequestPayload"];
/** A Rule of a stored configuration. */
export type Rule = components["schemas"]["Rule"];
/** Body of a create call. */
export type CreateConfigurationRequest = components["schemas"]["CreateConfigurationRequest"];
/** Body of an update call; it replaces the whole configuration. */
export type UpdateConfigurationRequest = components["schemas"]["UpdateConfigurationRequest"];
/** An Intelligence Configuration. It runs only when it has at least one rule and is attached to a Conversations configuration. */
export type IntelligenceConfiguration = components["schemas"]["IntelligenceConfiguration"];
/** Paging information of a list response. */
export type PaginationMeta = components["schemas"]["PaginationMeta"];
/** One page of configurations. */
export type PaginatedConfigurationResponse = components["schemas"]["PaginatedConfigurationResponse"];
/** The body of every error response. */
export type Error = components["schemas"]["Error"];

/** Query parameters of ListConfigurations. */
export type ListConfigurationsQuery = NonNullable<operations["ListConfigurations"]["parameters"]["query"]>;

/** The operationIds of the API. */
export type OperationId = "ListConfigurations" | "CreateConfiguration" | "FetchConfiguration" | "UpdateConfiguration" | "DeleteConfiguration";
