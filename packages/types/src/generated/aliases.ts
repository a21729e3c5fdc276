// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import type { components, operations } from "./schema.js";

/** An operator result; `outputFormat` says which of the four shapes it has. */
export type OperatorResultsResponseV1 = components["schemas"]["OperatorResultsResponseV1"];
/** The output format of the operator that produced the result; it decides the shape of `result`. */
export type OutputFormat = components["schemas"]["OutputFormat"];
/** The fields every operator result has, whatever its format. */
export type OperatorResultsResponseBase = components["schemas"]["OperatorResultsResponseBase"];
/** The result of an operator with TEXT output. */
export type TextResult = components["schemas"]["TextResult"];
/** The result of an operator with JSON output. */
export type JSONResult = components["schemas"]["JSONResult"];
/** The result of an operator with CLASSIFICATION output. */
export type ClassificationResult = components["schemas"]["ClassificationResult"];
/** The result of an operator with EXTRACTION output. */
export type ExtractionResult = components["schemas"]["ExtractionResult"];
/** The context the operator actually used. */
export type ResolvedContext = components["schemas"]["ResolvedContext"];
/** Measurements of one execution. */
export type SystemMetaData = components["schemas"]["SystemMetaData"];
/** The configuration, rule and configuration version that produced a result. */
export type IntelligenceConfigurationReference = components["schemas"]["IntelligenceConfigurationReference"];
/** The operator, version and parameter values that produced a result. */
export type OperatorReference = components["schemas"]["OperatorReference"];
/** What started the execution and what it covered. */
export type ExecutionDetails = components["schemas"]["ExecutionDetails"];
/** The context an operator was allowed to use in one execution. */
export type OperatorResultContext = components["schemas"]["OperatorResultContext"];
/** The Customer Memory profile made available to an operator. */
export type CustomerMemoryContext = components["schemas"]["CustomerMemoryContext"];
/** The Knowledge Bases made available to an operator. */
export type KnowledgeContext = components["schemas"]["KnowledgeContext"];
/** An Intelligence Configuration: when and how Language Operators run on conversations. It runs only when it has at least one rule and is attached to a Conversations configuration. */
export type IntelligenceConfiguration = components["schemas"]["IntelligenceConfiguration"];
/** A rule of a stored configuration. */
export type Rule = components["schemas"]["Rule"];
/** An operator as a rule names it. */
export type Operator = components["schemas"]["Operator"];
/** The event that starts a rule. */
export type Trigger = components["schemas"]["Trigger"];
/** Where a rule delivers its operators' results. */
export type Action = components["schemas"]["Action"];
/** Extra data handed to the rule's operators, for operators that accept it. */
export type Context = components["schemas"]["Context"];
/** A rule as sent when creating a configuration. */
export type RuleCreationRequestPayload = components["schemas"]["RuleCreationRequestPayload"];
/** A rule as sent in an update. */
export type RuleUpdateRequestPayload = components["schemas"]["RuleUpdateRequestPayload"];
/** Body of a create call. */
export type CreateConfigurationRequest = components["schemas"]["CreateConfigurationRequest"];
/** Body of an update call; it replaces the whole configuration. */
export type UpdateConfigurationRequest = components["schemas"]["UpdateConfigurationRequest"];
/** One page of configurations. */
export type PaginatedConfigurationResponse = components["schemas"]["PaginatedConfigurationResponse"];
/** One page of operators. */
export type ListOperatorsResponse = components["schemas"]["ListOperatorsResponse"];
/** A version's lifecycle: `PREVIEW` runs but is meant for testing; `ACTIVE` is for normal use; `DEPRECATED` still runs but warns (move to a newer version before its retirement date); `RETIRED` no longer runs, and rules that name it fail until they name another version. */
export type OperatorVersionStatus = components["schemas"]["OperatorVersionStatus"];
/** One page of an operator's versions. */
export type ListOperatorVersionsResponse = components["schemas"]["ListOperatorVersionsResponse"];
/** A Language Operator as defined in one version, with that version's status. */
export type LanguageOperatorVersion = components["schemas"]["LanguageOperatorVersion"];
/** An operator as sent in a create or update call. (The operations' bodies are `OperatorRequest`, which requires the same fields.) */
export type CreateOrUpdateOperatorRequest = components["schemas"]["CreateOrUpdateOperatorRequest"];
/** A Language Operator, in its current version. */
export type LanguageOperator = components["schemas"]["LanguageOperator"];
/** `SELF` for the account's own (custom) operators, `TWILIO` for operators Twilio maintains. */
export type OperatorAuthorEnum = components["schemas"]["OperatorAuthorEnum"];
/** `TEXT` (plain text), `JSON` (an object following `outputSchema`) or `CLASSIFICATION` (one label). */
export type OperatorOutputFormat = components["schemas"]["OperatorOutputFormat"];
/** For `JSON` output only: a JSON Schema whose root is `type: object`, describing the object the operator returns. */
export type OperatorOutputSchema = components["schemas"]["OperatorOutputSchema"];
/** A sample input and the output expected of it. */
export type OperatorTrainingExample = components["schemas"]["OperatorTrainingExample"];
/** Which context sources a rule may hand to the operator at run time. */
export type OperatorContext = components["schemas"]["OperatorContext"];
/** The operator's parameters by name; rules pass their values. */
export type OperatorParameters = components["schemas"]["OperatorParameters"];
/** One parameter of an operator. */
export type OperatorParameter = components["schemas"]["OperatorParameter"];
/** Identifier of a Language Operator, assigned by Twilio (TTID). */
export type OperatorTtid = components["schemas"]["OperatorTtid"];
/** Identifier of an operator result, assigned by Twilio (TTID). */
export type OperatorResultTtid = components["schemas"]["OperatorResultTtid"];
/** Identifier of a conversation (TTID). */
export type ConversationTtid = components["schemas"]["ConversationTtid"];
/** Identifier of a participant of a conversation (TTID). */
export type ParticipantTtid = components["schemas"]["ParticipantTtid"];
/** Identifier of a Customer Memory profile. */
export type MemoryProfileTtid = components["schemas"]["MemoryProfileTtid"];
/** Identifier of a Customer Memory store. */
export type MemoryStoreTtid = components["schemas"]["MemoryStoreTtid"];
/** Identifier of a Knowledge Base. */
export type KnowledgeBaseTtid = components["schemas"]["KnowledgeBaseTtid"];
/** Identifier of a source inside a Knowledge Base. */
export type KnowledgeSourceTtid = components["schemas"]["KnowledgeSourceTtid"];
/** Identifier of one communication (a message, an utterance) of a conversation (TTID). */
export type CommunicationTtid = components["schemas"]["CommunicationTtid"];
/** Identifier of an Intelligence Configuration, assigned by Twilio (TTID). */
export type IntelligenceConfigurationTtid = components["schemas"]["IntelligenceConfigurationTtid"];
/** Identifier of a Rule inside a configuration, assigned by Twilio (TTID). */
export type IntelligenceConfigurationRuleTtid = components["schemas"]["IntelligenceConfigurationRuleTtid"];
/** Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration). */
export type ConfigurationTtid = components["schemas"]["ConfigurationTtid"];
/** What a communication says. */
export type Content = components["schemas"]["Content"];
/** One communication of a conversation. */
export type Communication = components["schemas"]["Communication"];
/** A participant of a conversation. */
export type Participant = components["schemas"]["Participant"];
/** A communication channel. */
export type Channel = components["schemas"]["Channel"];
/** Whether the conversation is going on (`ACTIVE`), paused (`INACTIVE`) or over (`CLOSED`). */
export type ConversationStatus = components["schemas"]["ConversationStatus"];
/** A conversation as a list shows it (without its communications). */
export type ConversationListItem = components["schemas"]["ConversationListItem"];
/** A conversation, with its communications. */
export type Conversation = components["schemas"]["Conversation"];
/** One page of conversations. */
export type ListConversationsResponse = components["schemas"]["ListConversationsResponse"];
/** Which rule to run on which conversation. */
export type CreateRuleExecutionRequest = components["schemas"]["CreateRuleExecutionRequest"];
/** The body of every error response. */
export type Error = components["schemas"]["Error"];
/** Body of a create or update call of an operator. */
export type OperatorRequest = components["schemas"]["OperatorRequest"];
/** One page of operator results. */
export type ListOperatorResultsResponse = components["schemas"]["ListOperatorResultsResponse"];
/** A version number of an operator. */
export type OperatorVersionNumber = components["schemas"]["OperatorVersionNumber"];
/** Paging information. */
export type PaginationMeta = components["schemas"]["PaginationMeta"];
/** When the rule runs: `COMMUNICATION` on new communications (every `count`-th), `CONVERSATION_END` when the conversation closes, `CONVERSATION_INACTIVE` when it goes inactive. */
export type TriggerType = components["schemas"]["TriggerType"];
/** Settings of some trigger types. */
export type TriggerParameters = components["schemas"]["TriggerParameters"];
/** How the results are delivered; webhooks only. */
export type ActionType = components["schemas"]["ActionType"];
/** HTTP method of the webhook call; always POST. */
export type ActionMethod = components["schemas"]["ActionMethod"];
/** One version of an operator, with its lifecycle dates. */
export type OperatorVersionSummary = components["schemas"]["OperatorVersionSummary"];
/** How an operator's execution went. */
export type OperatorResultMetadata = components["schemas"]["OperatorResultMetadata"];
/** What an operator with TEXT output produced. */
export type TextOutput = components["schemas"]["TextOutput"];
/** The object an operator with JSON output produced, following its `outputSchema`. */
export type JSONOutput = components["schemas"]["JSONOutput"];
/** What an operator with CLASSIFICATION output produced. */
export type ClassificationOutput = components["schemas"]["ClassificationOutput"];
/** What an operator with EXTRACTION output produced. */
export type ExtractionOutput = components["schemas"]["ExtractionOutput"];
/** What this run changes of the stored rule: the parameters of some of its operators, for this run only. The stored rule is not changed. */
export type RuleExecutionOverride = components["schemas"]["RuleExecutionOverride"];
/** One operator of the rule, with parameters laid over the rule's own for this run. */
export type RuleExecutionOperatorOverride = components["schemas"]["RuleExecutionOperatorOverride"];
/** The body of the POST a rule's WEBHOOK action sends once the rule's operators ran. */
export type RuleExecutionWebhook = components["schemas"]["RuleExecutionWebhook"];
/** The configuration and rule that ran. */
export type RuleExecutionConfiguration = components["schemas"]["RuleExecutionConfiguration"];
/** The operator that produced a result, as the webhook names it. */
export type RuleExecutionOperator = components["schemas"]["RuleExecutionOperator"];
/** The fields every delivered result has, whatever its format. */
export type RuleExecutionResultBase = components["schemas"]["RuleExecutionResultBase"];
/** A delivered result of an operator with TEXT output. */
export type TextRuleExecutionResult = components["schemas"]["TextRuleExecutionResult"];
/** A delivered result of an operator with JSON output. */
export type JSONRuleExecutionResult = components["schemas"]["JSONRuleExecutionResult"];
/** A delivered result of an operator with CLASSIFICATION output. */
export type ClassificationRuleExecutionResult = components["schemas"]["ClassificationRuleExecutionResult"];
/** A delivered result of an operator with EXTRACTION output. */
export type ExtractionRuleExecutionResult = components["schemas"]["ExtractionRuleExecutionResult"];
/** One delivered operator result; `outputFormat` says which of the four shapes it has. */
export type RuleExecutionResult = components["schemas"]["RuleExecutionResult"];

/** Query parameters of ListConfigurations. */
export type ListConfigurationsQuery = NonNullable<operations["ListConfigurations"]["parameters"]["query"]>;
/** Query parameters of ListOperators. */
export type ListOperatorsQuery = NonNullable<operations["ListOperators"]["parameters"]["query"]>;
/** Query parameters of ListOperatorVersions. */
export type ListOperatorVersionsQuery = NonNullable<operations["ListOperatorVersions"]["parameters"]["query"]>;
/** Query parameters of ListOperatorResults. */
export type ListOperatorResultsQuery = NonNullable<operations["ListOperatorResults"]["parameters"]["query"]>;
/** Query parameters of ListConversations. */
export type ListConversationsQuery = NonNullable<operations["ListConversations"]["parameters"]["query"]>;

/** The operationIds of the API. */
export type OperationId = "ListConfigurations" | "CreateConfiguration" | "FetchConfiguration" | "UpdateConfiguration" | "DeleteConfiguration" | "ListOperators" | "CreateOperator" | "FetchOperator" | "UpdateOperator" | "DeleteOperator" | "ListOperatorVersions" | "FetchOperatorVersion" | "ListOperatorResults" | "FetchOperatorResult" | "DeleteOperatorResult" | "ListConversations" | "FetchConversation" | "CreateRuleExecution";
