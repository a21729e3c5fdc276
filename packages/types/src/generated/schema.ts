// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.
export interface paths {
    "/v3/ControlPlane/Configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of Intelligence Configurations
         * @description Returns one page of configurations. Pass `meta.nextToken` of a page as `pageToken` to get
         *     the next one; the last page has no `nextToken` (absent, or `null` on some deployments).
         */
        get: operations["ListConfigurations"];
        put?: never;
        /**
         * Create an Intelligence Configuration
         * @description Creates a configuration. `rules` is required but may be empty; a configuration without
         *     rules exists but never runs. It must also be attached to a Conversations configuration
         *     (through the Conversations API) before it runs.
         */
        post: operations["CreateConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/ControlPlane/Configurations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Intelligence Configuration. */
                id: components["schemas"]["IntelligenceConfigurationTtid"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an Intelligence Configuration
         * @description Returns one configuration with all of its rules.
         */
        get: operations["FetchConfiguration"];
        /**
         * Update an Intelligence Configuration
         * @description Replaces a configuration's metadata and rules: every required field must be sent each time.
         *     A rule sent with an `id` updates that rule; a rule without one is created. Configurations have
         *     no `If-Match`/`ETag`: the update is never conditional, and `version` grows by one with each.
         */
        put: operations["UpdateConfiguration"];
        post?: never;
        /**
         * Delete an Intelligence Configuration
         * @description Deletes a configuration. The response has no body.
         */
        delete: operations["DeleteConfiguration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/ControlPlane/Operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of Operators
         * @description Returns one page of the operators this account can use: Twilio's (`author` TWILIO) and its
         *     own custom ones (`author` SELF), attached to a configuration or not.
         */
        get: operations["ListOperators"];
        put?: never;
        /**
         * Create an Operator
         * @description Creates a custom operator: a prompt, the format of its output and, optionally, the
         *     parameters that rules pass to it. The response's `ETag` is its first version.
         */
        post: operations["CreateOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/ControlPlane/Operators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an Operator
         * @description Returns the operator's current version; its `ETag` is that version.
         */
        get: operations["FetchOperator"];
        /**
         * Update an Operator
         * @description Replaces a custom operator's definition; the operator gets a new version. With `If-Match`
         *     set to the `ETag` last read, the update is made only if no other has been made since, and is
         *     refused with 412 otherwise.
         */
        put: operations["UpdateOperator"];
        post?: never;
        /**
         * Delete an Operator
         * @description Deletes a custom operator. The response has no body.
         */
        delete: operations["DeleteOperator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/ControlPlane/Operators/{id}/Versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a list of Operator Versions
         * @description Returns one page of an operator's versions, each with its lifecycle status and dates.
         */
        get: operations["ListOperatorVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/ControlPlane/Operators/{id}/Versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
                /** @description The version's number. */
                version: components["schemas"]["OperatorVersionNumber"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a specific Operator Version
         * @description Returns the operator as it was defined in one version, with that version's status.
         */
        get: operations["FetchOperatorVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OperatorResults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of OperatorResults
         * @description Returns one page of operator results, optionally only those of one conversation, configuration or operator.
         */
        get: operations["ListOperatorResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OperatorResults/{operatorResultId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the operator result. */
                operatorResultId: components["schemas"]["OperatorResultTtid"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an OperatorResult
         * @description Returns one operator result; `outputFormat` says the shape of its `result`.
         */
        get: operations["FetchOperatorResult"];
        put?: never;
        post?: never;
        /**
         * Delete an OperatorResult
         * @description Deletes one operator result. The response has no body.
         */
        delete: operations["DeleteOperatorResult"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/Conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of Conversations
         * @description Returns one page of the conversations that Intelligence Configurations processed, optionally
         *     filtered. `createdAtAfter` and `createdAtBefore` may be at most 31 days apart.
         */
        get: operations["ListConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/Conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Conversation
         * @description Returns one conversation with its participants and communications.
         */
        get: operations["FetchConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/RuleExecutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Manually queue a rule execution
         * @description Queues one rule of a configuration to run on one conversation, as its trigger would. The
         *     Customer Memory store comes from the conversation's Conversations configuration. Accepted
         *     (202) means queued, not run: the results arrive later, as the rule's actions and as
         *     operator results.
         */
        post: operations["CreateRuleExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    ruleExecution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a Rule Execution
         * @description Sent by Twilio to the `url` of each WEBHOOK action of a rule, once the rule's operators
         *     ran on a conversation, with every result they produced.
         */
        post: operations["ReceiveRuleExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description An operator result; `outputFormat` says which of the four shapes it has. */
        OperatorResultsResponseV1: {
            outputFormat?: components["schemas"]["OutputFormat"];
        } & (components["schemas"]["TextResult"] | components["schemas"]["JSONResult"] | components["schemas"]["ClassificationResult"] | components["schemas"]["ExtractionResult"]);
        /** @description The output format of the operator that produced the result; it decides the shape of `result`. */
        OutputFormat: string;
        /** @description The fields every operator result has, whatever its format. */
        OperatorResultsResponseBase: {
            outputFormat: components["schemas"]["OutputFormat"];
            id: string;
            accountId: string;
            intelligenceConfiguration: components["schemas"]["IntelligenceConfigurationReference"];
            conversationId: string;
            operator: components["schemas"]["OperatorReference"];
            /** Format: date-time */
            dateCreated: string;
            referenceIds: string[];
            executionDetails: components["schemas"]["ExecutionDetails"];
            metadata: components["schemas"]["OperatorResultMetadata"];
        };
        /** @description The result of an operator with TEXT output. */
        TextResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "TEXT";
            /** @description Identifier of the result, assigned by Twilio (TTID). */
            id: string;
            /** @description The Account that owns the result. */
            accountId: string;
            intelligenceConfiguration: components["schemas"]["IntelligenceConfigurationReference"];
            /** @description The conversation the result is about. */
            conversationId: string;
            operator: components["schemas"]["OperatorReference"];
            /**
             * Format: date-time
             * @description When the result was made.
             */
            dateCreated: string;
            /** @description Identifiers of objects related to the result. */
            referenceIds: string[];
            executionDetails: components["schemas"]["ExecutionDetails"];
            /** @description How the execution went. */
            metadata: components["schemas"]["OperatorResultMetadata"];
            /** @description What the operator produced. */
            result: components["schemas"]["TextOutput"];
        };
        /** @description The result of an operator with JSON output. */
        JSONResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "JSON";
            /** @description Identifier of the result, assigned by Twilio (TTID). */
            id: string;
            /** @description The Account that owns the result. */
            accountId: string;
            intelligenceConfiguration: components["schemas"]["IntelligenceConfigurationReference"];
            /** @description The conversation the result is about. */
            conversationId: string;
            operator: components["schemas"]["OperatorReference"];
            /**
             * Format: date-time
             * @description When the result was made.
             */
            dateCreated: string;
            /** @description Identifiers of objects related to the result. */
            referenceIds: string[];
            executionDetails: components["schemas"]["ExecutionDetails"];
            /** @description How the execution went. */
            metadata: components["schemas"]["OperatorResultMetadata"];
            /** @description The object the operator produced, following its `outputSchema`. */
            result: components["schemas"]["JSONOutput"];
        };
        /** @description The result of an operator with CLASSIFICATION output. */
        ClassificationResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "CLASSIFICATION";
            /** @description Identifier of the result, assigned by Twilio (TTID). */
            id: string;
            /** @description The Account that owns the result. */
            accountId: string;
            intelligenceConfiguration: components["schemas"]["IntelligenceConfigurationReference"];
            /** @description The conversation the result is about. */
            conversationId: string;
            operator: components["schemas"]["OperatorReference"];
            /**
             * Format: date-time
             * @description When the result was made.
             */
            dateCreated: string;
            /** @description Identifiers of objects related to the result. */
            referenceIds: string[];
            executionDetails: components["schemas"]["ExecutionDetails"];
            /** @description How the execution went. */
            metadata: components["schemas"]["OperatorResultMetadata"];
            /** @description What the operator produced. */
            result: components["schemas"]["ClassificationOutput"];
        };
        /** @description The result of an operator with EXTRACTION output. */
        ExtractionResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "EXTRACTION";
            /** @description Identifier of the result, assigned by Twilio (TTID). */
            id: string;
            /** @description The Account that owns the result. */
            accountId: string;
            intelligenceConfiguration: components["schemas"]["IntelligenceConfigurationReference"];
            /** @description The conversation the result is about. */
            conversationId: string;
            operator: components["schemas"]["OperatorReference"];
            /**
             * Format: date-time
             * @description When the result was made.
             */
            dateCreated: string;
            /** @description Identifiers of objects related to the result. */
            referenceIds: string[];
            executionDetails: components["schemas"]["ExecutionDetails"];
            /** @description How the execution went. */
            metadata: components["schemas"]["OperatorResultMetadata"];
            /** @description What the operator produced. */
            result: components["schemas"]["ExtractionOutput"];
        };
        /** @description The context the operator actually used. */
        ResolvedContext: {
            /** @description The Customer Memory profile that was read, if any. */
            memory?: {
                profileId: string;
                memoryStoreId: string;
            };
            /** @description The Knowledge sources that were read, if any; null when none was. */
            knowledge?: {
                sources: {
                    baseId: string;
                    sourceId: string;
                }[];
            } | null;
        };
        /** @description Measurements of one execution. */
        SystemMetaData: {
            /** @description The language model that ran. */
            resolvedModel?: string;
            /** @description How long the execution took, in milliseconds. */
            latencyMs: number;
            /** @description Characters sent to the model (what is billed). */
            inputCharacters: number;
            /** @description Characters the model returned (what is billed). */
            outputCharacters: number;
            /** @description Whether the conversation was cut to fit the model's context window. */
            inputTruncated: boolean;
        };
        /** @description The configuration, rule and configuration version that produced a result. */
        IntelligenceConfigurationReference: {
            id: string;
            ruleId: string;
            version: number;
        };
        /** @description The operator, version and parameter values that produced a result. */
        OperatorReference: {
            id: string;
            version: number;
            /** @description The parameter values the rule passed, by name. */
            parameters: {
                [key: string]: unknown;
            };
        };
        /** @description What started the execution and what it covered. */
        ExecutionDetails: {
            /** @description The trigger that fired. */
            trigger: {
                on: string;
                /** Format: date-time */
                timestamp: string;
            };
            /** @description The first and last communications the execution read. */
            communications: {
                /** @description The first communication the execution read. */
                first: string;
                /** @description The last communication the execution read. */
                last: string;
            };
            /** @description The conversation's channels at the time. */
            channels: string[];
            /** @description The conversation's participants at the time. */
            participants: {
                id: string;
                profileId?: string;
                type?: string;
            }[];
            resolvedContext?: components["schemas"]["ResolvedContext"];
        };
        /** @description The context an operator was allowed to use in one execution. */
        OperatorResultContext: {
            customerMemory?: components["schemas"]["CustomerMemoryContext"];
            knowledge?: components["schemas"]["KnowledgeContext"];
        };
        /** @description The Customer Memory profile made available to an operator. */
        CustomerMemoryContext: {
            profileId: string;
            memoryStoreId: string;
        };
        /** @description The Knowledge Bases made available to an operator. */
        KnowledgeContext: {
            bases: string[];
        };
        /**
         * @description An Intelligence Configuration: when and how Language Operators run on conversations. It runs
         *     only when it has at least one rule and is attached to a Conversations configuration.
         */
        IntelligenceConfiguration: {
            /** @description The Account that owns the configuration. */
            accountId: string;
            /** @description Identifier of the configuration, assigned by Twilio (TTID). */
            id: string;
            /** @description A name saying what the configuration is for. */
            displayName: string;
            /** @description Longer free text about the configuration's purpose. */
            description?: string;
            /** @description Revision number kept by the server; it grows by one with every update. */
            version: number;
            /** @description The configuration's rules (at most five). */
            rules: components["schemas"]["Rule"][];
            /**
             * Format: date-time
             * @description When the configuration was created.
             */
            dateCreated: string;
            /**
             * Format: date-time
             * @description When the configuration was last changed.
             */
            dateUpdated: string;
        };
        /** @description A rule of a stored configuration. */
        Rule: {
            /** @description Identifier of the rule, assigned by Twilio (TTID). */
            id: string;
            /** @description The operators the rule runs (at most five). */
            operators: components["schemas"]["Operator"][];
            /** @description The event that starts the rule (at most one). */
            triggers: components["schemas"]["Trigger"][];
            /** @description Where the results go (at most two). */
            actions: components["schemas"]["Action"][];
            context?: components["schemas"]["Context"];
        };
        /** @description An operator as a rule names it. */
        Operator: {
            /** @description Identifier of the Language Operator to run. */
            id: string;
            /**
             * @description Run this version of the operator. Without it, the operator's latest active version at
             *     execution time runs.
             */
            version?: number;
            /**
             * @description Values for the parameters the operator declares, by name, each of the declared type. A
             *     KNOWLEDGE_BASE_AND_SOURCE_IDS value is written `knowledge_base_id:knowledge_source_id`.
             */
            parameters?: Record<string, unknown>;
        };
        /** @description The event that starts a rule. */
        Trigger: {
            on: components["schemas"]["TriggerType"];
            parameters?: components["schemas"]["TriggerParameters"];
        };
        /** @description Where a rule delivers its operators' results. */
        Action: {
            type: components["schemas"]["ActionType"];
            method: components["schemas"]["ActionMethod"];
            /**
             * Format: uri
             * @description The absolute URL that receives the results.
             */
            url: string;
        };
        /** @description Extra data handed to the rule's operators, for operators that accept it. */
        Context: {
            /** @description Customer Memory (accounts with Memory only). */
            memory?: {
                /** @description Pass the customer's Memory profile to operators that have Memory context enabled. */
                enabled?: boolean;
            };
            /** @description Enterprise Knowledge (accounts with Enterprise Knowledge only). */
            knowledge?: {
                /** @description The Knowledge Bases and sources to pass to operators that have Knowledge context enabled. */
                bases: string[];
            };
        };
        /** @description A rule as sent when creating a configuration. */
        RuleCreationRequestPayload: {
            /** @description The operators the rule runs (one to five). */
            operators: components["schemas"]["Operator"][];
            /** @description The event that starts the rule (at most one). */
            triggers?: components["schemas"]["Trigger"][];
            /** @description Where the results go (at most two). */
            actions: components["schemas"]["Action"][];
            context?: components["schemas"]["Context"];
        };
        /** @description A rule as sent in an update. */
        RuleUpdateRequestPayload: {
            /** @description The rule to update; without it, the rule is created. */
            id?: string;
            /** @description The operators the rule runs (one to five). */
            operators: components["schemas"]["Operator"][];
            /** @description The event that starts the rule (at most one). */
            triggers?: components["schemas"]["Trigger"][];
            /** @description Where the results go (at most two). */
            actions: components["schemas"]["Action"][];
            context?: components["schemas"]["Context"];
        };
        /** @description Body of a create call. */
        CreateConfigurationRequest: {
            /** @description A name saying what the configuration is for. */
            displayName: string;
            /** @description Longer free text about the configuration's purpose. */
            description?: string;
            /** @description The rules (at most five; an empty list is allowed). */
            rules: components["schemas"]["RuleCreationRequestPayload"][];
            /** @description The server's; left out of what is sent. */
            readonly accountId?: string;
            /** @description The server's; left out of what is sent. */
            readonly id?: string;
            /** @description The server's; left out of what is sent. */
            readonly version?: number;
            /**
             * Format: date-time
             * @description The server's; left out of what is sent.
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description The server's; left out of what is sent.
             */
            readonly dateUpdated?: string;
        };
        /** @description Body of an update call; it replaces the whole configuration. */
        UpdateConfigurationRequest: {
            /** @description A name saying what the configuration is for. */
            displayName: string;
            /** @description Longer free text about the configuration's purpose. */
            description?: string;
            /** @description The complete list of rules (at most five). */
            rules: components["schemas"]["RuleUpdateRequestPayload"][];
            /** @description The server's; left out of what is sent. */
            readonly accountId?: string;
            /** @description The server's; left out of what is sent. */
            readonly id?: string;
            /** @description The server's; left out of what is sent. */
            readonly version?: number;
            /**
             * Format: date-time
             * @description The server's; left out of what is sent.
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description The server's; left out of what is sent.
             */
            readonly dateUpdated?: string;
        };
        /** @description One page of configurations. */
        PaginatedConfigurationResponse: {
            /** @description The resources of this page. */
            items: components["schemas"]["IntelligenceConfiguration"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description One page of operators. */
        ListOperatorsResponse: {
            /** @description The resources of this page. */
            items: components["schemas"]["LanguageOperator"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /**
         * @description A version's lifecycle: `PREVIEW` runs but is meant for testing; `ACTIVE` is for normal use;
         *     `DEPRECATED` still runs but warns (move to a newer version before its retirement date);
         *     `RETIRED` no longer runs, and rules that name it fail until they name another version.
         * @enum {string}
         */
        OperatorVersionStatus: "PREVIEW" | "ACTIVE" | "DEPRECATED" | "RETIRED";
        /** @description One page of an operator's versions. */
        ListOperatorVersionsResponse: {
            /** @description The resources of this page. */
            items: components["schemas"]["OperatorVersionSummary"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description A Language Operator as defined in one version, with that version's status. */
        LanguageOperatorVersion: {
            id?: components["schemas"]["OperatorTtid"];
            displayName?: string;
            description?: string;
            /** @description The version number. */
            readonly version?: number;
            author?: components["schemas"]["OperatorAuthorEnum"];
            prompt?: string;
            outputFormat?: components["schemas"]["OperatorOutputFormat"];
            outputSchema?: components["schemas"]["OperatorOutputSchema"];
            trainingExamples?: components["schemas"]["OperatorTrainingExample"][];
            context?: components["schemas"]["OperatorContext"];
            parameters?: components["schemas"]["OperatorParameters"];
            /** @description Where the version is in its lifecycle. */
            status: components["schemas"]["OperatorVersionStatus"];
            /**
             * Format: date-time
             * @description When the version was made.
             */
            dateCreated: string;
        };
        /**
         * @description An operator as sent in a create or update call. (The operations' bodies are
         *     `OperatorRequest`, which requires the same fields.)
         */
        CreateOrUpdateOperatorRequest: {
            id?: components["schemas"]["OperatorTtid"];
            displayName: string;
            description?: string;
            readonly version?: number;
            author?: components["schemas"]["OperatorAuthorEnum"];
            prompt: string;
            outputFormat: components["schemas"]["OperatorOutputFormat"];
            outputSchema?: components["schemas"]["OperatorOutputSchema"];
            trainingExamples?: components["schemas"]["OperatorTrainingExample"][];
            context?: components["schemas"]["OperatorContext"];
            parameters?: components["schemas"]["OperatorParameters"];
        };
        /** @description A Language Operator, in its current version. */
        LanguageOperator: {
            /** @description Identifier of the operator, assigned by Twilio (TTID). */
            id?: components["schemas"]["OperatorTtid"];
            /** @description A name saying what the operator does. */
            displayName?: string;
            /** @description Longer free text about the operator. */
            description?: string;
            /** @description The version number; each update makes a new version. */
            readonly version?: number;
            /** @description Who maintains the operator. */
            author?: components["schemas"]["OperatorAuthorEnum"];
            /**
             * @description The instructions the operator follows. `{{parameters.name}}` in it is replaced by the
             *     value a rule passes for the parameter `name`. Twilio's operators do not show theirs.
             */
            prompt?: string;
            /** @description The shape of what the operator produces. */
            outputFormat?: components["schemas"]["OperatorOutputFormat"];
            /** @description For `JSON` output, the JSON Schema of the object it produces. */
            outputSchema?: components["schemas"]["OperatorOutputSchema"];
            /** @description Sample inputs with the outputs expected of them, to guide the operator. */
            trainingExamples?: components["schemas"]["OperatorTrainingExample"][];
            /** @description Which context (Memory, Knowledge) the operator may receive from a rule. */
            context?: components["schemas"]["OperatorContext"];
            /** @description The parameters a rule may or must pass, by name. */
            parameters?: components["schemas"]["OperatorParameters"];
        };
        /**
         * @description `SELF` for the account's own (custom) operators, `TWILIO` for operators Twilio maintains.
         * @enum {string}
         */
        OperatorAuthorEnum: "SELF" | "TWILIO";
        /**
         * @description `TEXT` (plain text), `JSON` (an object following `outputSchema`) or `CLASSIFICATION` (one label).
         * @enum {string}
         */
        OperatorOutputFormat: "TEXT" | "JSON" | "CLASSIFICATION";
        /**
         * @description For `JSON` output only: a JSON Schema whose root is `type: object`, describing the object the
         *     operator returns.
         */
        OperatorOutputSchema: Record<string, unknown>;
        /** @description A sample input and the output expected of it. */
        OperatorTrainingExample: {
            /** @description Text of the kind the operator analyses. */
            input: string;
            /** @description The output expected for it, in the operator's output format. */
            output: string;
        };
        /** @description Which context sources a rule may hand to the operator at run time. */
        OperatorContext: {
            /** @description Customer Memory (profile traits and past observations). */
            memory?: {
                /** @description Let the operator receive Memory. */
                enabled?: boolean;
            };
            /** @description Enterprise Knowledge sources (policies, FAQs, scripts). */
            knowledge?: {
                /** @description Let the operator receive Knowledge. */
                enabled?: boolean;
            };
        };
        /** @description The operator's parameters by name; rules pass their values. */
        OperatorParameters: {
            [key: string]: components["schemas"]["OperatorParameter"];
        };
        /** @description One parameter of an operator. */
        OperatorParameter: {
            /**
             * @description The type of the value. `KNOWLEDGE_BASE_AND_SOURCE_IDS` names a plain-text Knowledge source
             *     as `knowledge_base_id:knowledge_source_id`; its text goes into the prompt.
             * @enum {string}
             */
            type: "STRING" | "INTEGER" | "NUMBER" | "BOOLEAN" | "KNOWLEDGE_BASE_AND_SOURCE_IDS";
            /** @description The value used when a rule passes none (not for `KNOWLEDGE_BASE_AND_SOURCE_IDS`). */
            default?: unknown;
            /** @description Whether a rule must pass a value; false when absent. */
            required?: boolean;
            /** @description What the parameter means. */
            description?: string;
        };
        /** @description Identifier of a Language Operator, assigned by Twilio (TTID). */
        OperatorTtid: string;
        /** @description Identifier of an operator result, assigned by Twilio (TTID). */
        OperatorResultTtid: string;
        /** @description Identifier of a conversation (TTID). */
        ConversationTtid: string;
        /** @description Identifier of a participant of a conversation (TTID). */
        ParticipantTtid: string;
        /** @description Identifier of a Customer Memory profile. */
        MemoryProfileTtid: string;
        /** @description Identifier of a Customer Memory store. */
        MemoryStoreTtid: string;
        /** @description Identifier of a Knowledge Base. */
        KnowledgeBaseTtid: string;
        /** @description Identifier of a source inside a Knowledge Base. */
        KnowledgeSourceTtid: string;
        /** @description Identifier of one communication (a message, an utterance) of a conversation (TTID). */
        CommunicationTtid: string;
        /** @description Identifier of an Intelligence Configuration, assigned by Twilio (TTID). */
        IntelligenceConfigurationTtid: string;
        /** @description Identifier of a Rule inside a configuration, assigned by Twilio (TTID). */
        IntelligenceConfigurationRuleTtid: string;
        /** @description Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration). */
        ConfigurationTtid: string;
        /** @description What a communication says. */
        Content: {
            /** @description Its transcript. */
            text?: string;
        };
        /** @description One communication of a conversation. */
        Communication: {
            id: components["schemas"]["CommunicationTtid"];
            participantId: components["schemas"]["ParticipantTtid"];
            content: components["schemas"]["Content"];
            /**
             * Format: date-time
             * @description When it was made.
             */
            createdAt: string;
        };
        /** @description A participant of a conversation. */
        Participant: {
            id: components["schemas"]["ParticipantTtid"];
            /** @description The participant's display name, if known. */
            name?: string | null;
            /** @description The participant's role, such as `CUSTOMER`, `HUMAN_AGENT` or `AI_AGENT`. */
            type?: string | null;
            /** @description The participant's addresses, such as a phone number. */
            addressValues: string[];
        };
        /**
         * @description A communication channel.
         * @enum {string}
         */
        Channel: "VOICE" | "SMS" | "RCS" | "EMAIL" | "WHATSAPP" | "CHAT" | "API" | "SYSTEM";
        /**
         * @description Whether the conversation is going on (`ACTIVE`), paused (`INACTIVE`) or over (`CLOSED`).
         * @enum {string}
         */
        ConversationStatus: "ACTIVE" | "INACTIVE" | "CLOSED";
        /** @description A conversation as a list shows it (without its communications). */
        ConversationListItem: {
            id: components["schemas"]["ConversationTtid"];
            /** @description The Account that owns the conversation. */
            accountId: string | null;
            /** @description The conversation's name, if it has one. */
            name: string | null;
            status: components["schemas"]["ConversationStatus"];
            /**
             * Format: date-time
             * @description When the conversation started.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the conversation last changed.
             */
            updatedAt: string;
            /** @description The Intelligence Configurations that process it. */
            intelligenceConfigurationIds: components["schemas"]["IntelligenceConfigurationTtid"][];
            /** @description The Conversations configuration it was created under. */
            conversationConfigurationId: components["schemas"]["ConfigurationTtid"];
            /** @description The channels it uses. */
            channels: components["schemas"]["Channel"][];
            /** @description The channel resources behind it, such as Call or Message SIDs. */
            channelIds: string[];
            /** @description Who takes part. */
            participants: components["schemas"]["Participant"][];
            /** @description The operator results made from it. */
            operatorResultIds: string[];
        };
        /** @description A conversation, with its communications. */
        Conversation: {
            id: components["schemas"]["ConversationTtid"];
            /** @description The Account that owns the conversation. */
            accountId: string | null;
            /** @description The conversation's name, if it has one. */
            name: string | null;
            status: components["schemas"]["ConversationStatus"];
            /**
             * Format: date-time
             * @description When the conversation started.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the conversation last changed.
             */
            updatedAt: string;
            /** @description The Intelligence Configurations that process it. */
            intelligenceConfigurationIds: components["schemas"]["IntelligenceConfigurationTtid"][];
            /** @description The Conversations configuration it was created under. */
            conversationConfigurationId: components["schemas"]["ConfigurationTtid"];
            /** @description The channels it uses. */
            channels: components["schemas"]["Channel"][];
            /** @description The channel resources behind it, such as Call or Message SIDs. */
            channelIds: string[];
            /** @description Who takes part. */
            participants: components["schemas"]["Participant"][];
            /** @description The conversation's communications, in order. */
            communications: components["schemas"]["Communication"][];
            /** @description The operator results made from it. */
            operatorResultIds: string[];
        };
        /** @description One page of conversations. */
        ListConversationsResponse: {
            /** @description The resources of this page. */
            items: components["schemas"]["ConversationListItem"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description Which rule to run on which conversation. */
        CreateRuleExecutionRequest: {
            /** @description The configuration the rule belongs to. */
            intelligenceConfigurationId: components["schemas"]["IntelligenceConfigurationTtid"];
            /** @description The rule to run. */
            ruleId: components["schemas"]["IntelligenceConfigurationRuleTtid"];
            /** @description The conversation to run it on. */
            conversationId: components["schemas"]["ConversationTtid"];
            rule?: components["schemas"]["RuleExecutionOverride"];
        };
        /** @description The body of every error response. */
        Error: {
            /**
             * Format: int32
             * @description Twilio's error code; see twilio.com/docs/errors.
             */
            code: number;
            /** @description What went wrong, in words. */
            message: string;
            /**
             * Format: int32
             * @description The response's HTTP status, repeated.
             */
            httpStatusCode: number;
            /** @description True when the request was at fault, false for a failure of the service. */
            userError?: boolean;
            /** @description Details as strings, such as `twilioErrorCodeUrl`. */
            params?: {
                [key: string]: string;
            };
        };
        /** @description Body of a create or update call of an operator. */
        OperatorRequest: components["schemas"]["LanguageOperator"] & unknown;
        /** @description One page of operator results. */
        ListOperatorResultsResponse: {
            /** @description The resources of this page. */
            items: components["schemas"]["OperatorResultsResponseV1"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description A version number of an operator. */
        OperatorVersionNumber: number;
        /** @description Paging information. */
        PaginationMeta: {
            /** @description Name of the sibling property that holds the page's resources (`items`). */
            key: string;
            /** @description Number of resources in this page. */
            pageSize: number;
            /** @description Pass as `pageToken` to get the previous page. */
            previousToken?: string;
            /** @description Pass as `pageToken` to get the next page; absent on the last page. */
            nextToken?: string;
        };
        /**
         * @description When the rule runs: `COMMUNICATION` on new communications (every `count`-th),
         *     `CONVERSATION_END` when the conversation closes, `CONVERSATION_INACTIVE` when it goes inactive.
         * @enum {string}
         */
        TriggerType: "COMMUNICATION" | "CONVERSATION_END" | "CONVERSATION_INACTIVE";
        /** @description Settings of some trigger types. */
        TriggerParameters: {
            /**
             * @description For `COMMUNICATION`, run once per this many communications since the last run.
             * @default 1
             */
            count: number;
        };
        /**
         * @description How the results are delivered; webhooks only.
         * @enum {string}
         */
        ActionType: "WEBHOOK";
        /**
         * @description HTTP method of the webhook call; always POST.
         * @enum {string}
         */
        ActionMethod: "POST";
        /** @description One version of an operator, with its lifecycle dates. */
        OperatorVersionSummary: {
            /** @description The version number. */
            version: number;
            /** @description Where the version is in its lifecycle. */
            status: components["schemas"]["OperatorVersionStatus"];
            /**
             * Format: date-time
             * @description When the version was made.
             */
            dateCreated: string;
            /**
             * Format: date-time
             * @description When the version was deprecated (DEPRECATED and RETIRED versions).
             */
            dateDeprecated?: string;
            /**
             * Format: date-time
             * @description When a DEPRECATED version is to be retired.
             */
            retirementDate?: string;
            /**
             * Format: date-time
             * @description When the version was retired (RETIRED versions).
             */
            dateRetired?: string;
        };
        /** @description How an operator's execution went. */
        OperatorResultMetadata: {
            /** @description The model's figures for the execution. */
            system: components["schemas"]["SystemMetaData"];
        };
        /** @description What an operator with TEXT output produced. */
        TextOutput: {
            /** @description The text. */
            text: string;
        };
        /** @description The object an operator with JSON output produced, following its `outputSchema`. */
        JSONOutput: {
            [key: string]: unknown;
        };
        /** @description What an operator with CLASSIFICATION output produced. */
        ClassificationOutput: {
            /** @description The label it chose. */
            label: string;
        };
        /** @description What an operator with EXTRACTION output produced. */
        ExtractionOutput: {
            /** @description The entities found in the conversation. */
            entities: {
                /** @description The entity as written in the conversation. */
                text: string;
                /** @description Its kind, such as `PERSON`. */
                label: string;
            }[];
        };
        /**
         * @description What this run changes of the stored rule: the parameters of some of its operators, for this
         *     run only. The stored rule is not changed.
         */
        RuleExecutionOverride: {
            /** @description The operators whose parameters this run changes. */
            operators: components["schemas"]["RuleExecutionOperatorOverride"][];
        };
        /** @description One operator of the rule, with parameters laid over the rule's own for this run. */
        RuleExecutionOperatorOverride: {
            /** @description The operator, as the rule names it. */
            id: string;
            /**
             * @description Parameters for this run, merged key by key over the ones the rule gives the operator:
             *     a key given here wins; a key not given keeps the rule's value.
             */
            parameters: {
                [key: string]: unknown;
            };
        };
        /** @description The body of the POST a rule's WEBHOOK action sends once the rule's operators ran. */
        RuleExecutionWebhook: {
            /** @description The Account the rule belongs to. */
            accountId: string;
            /** @description The conversation the rule ran on. */
            conversationId: string;
            intelligenceConfiguration: components["schemas"]["RuleExecutionConfiguration"];
            /** @description What each operator of the rule produced. */
            operatorResults: components["schemas"]["RuleExecutionResult"][];
        };
        /** @description The configuration and rule that ran. */
        RuleExecutionConfiguration: {
            /** @description The Intelligence Configuration. */
            id: string;
            /** @description Its name. */
            displayName?: string;
            /** @description The version of the configuration that ran. */
            version: number;
            /** @description The rule that ran. */
            ruleId: string;
        };
        /** @description The operator that produced a result, as the webhook names it. */
        RuleExecutionOperator: {
            /** @description The Language Operator. */
            id: string;
            /** @description Its name. */
            displayName?: string;
            /** @description The version that ran. */
            version: number;
            /** @description The parameter values the rule passed, or null when it passed none. */
            parameters?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description The fields every delivered result has, whatever its format. */
        RuleExecutionResultBase: {
            /** @description Identifier of the operator result, as the OperatorResults API knows it. */
            id: string;
            operator: components["schemas"]["RuleExecutionOperator"];
            outputFormat: components["schemas"]["OutputFormat"];
            /** @description What the operator produced; `outputFormat` says its shape. */
            result: Record<string, unknown>;
            /**
             * Format: date-time
             * @description When the result was made.
             */
            dateCreated: string;
            /** @description Identifiers of objects related to the result. */
            referenceIds: string[];
            executionDetails: components["schemas"]["ExecutionDetails"];
            metadata?: components["schemas"]["OperatorResultMetadata"];
        };
        /** @description A delivered result of an operator with TEXT output. */
        TextRuleExecutionResult: components["schemas"]["RuleExecutionResultBase"] & {
            /** @enum {string} */
            outputFormat?: "TEXT";
            result?: components["schemas"]["TextOutput"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "TEXT";
        };
        /** @description A delivered result of an operator with JSON output. */
        JSONRuleExecutionResult: components["schemas"]["RuleExecutionResultBase"] & {
            /** @enum {string} */
            outputFormat?: "JSON";
            result?: components["schemas"]["JSONOutput"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "JSON";
        };
        /** @description A delivered result of an operator with CLASSIFICATION output. */
        ClassificationRuleExecutionResult: components["schemas"]["RuleExecutionResultBase"] & {
            /** @enum {string} */
            outputFormat?: "CLASSIFICATION";
            result?: components["schemas"]["ClassificationOutput"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "CLASSIFICATION";
        };
        /** @description A delivered result of an operator with EXTRACTION output. */
        ExtractionRuleExecutionResult: components["schemas"]["RuleExecutionResultBase"] & {
            /** @enum {string} */
            outputFormat?: "EXTRACTION";
            result?: components["schemas"]["ExtractionOutput"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outputFormat: "EXTRACTION";
        };
        /** @description One delivered operator result; `outputFormat` says which of the four shapes it has. */
        RuleExecutionResult: components["schemas"]["TextRuleExecutionResult"] | components["schemas"]["JSONRuleExecutionResult"] | components["schemas"]["ClassificationRuleExecutionResult"] | components["schemas"]["ExtractionRuleExecutionResult"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Twilio's identifier of this request, on every response; quote it to Twilio support. */
        "Twilio-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListConfigurations: {
        parameters: {
            query?: {
                /** @description Largest number of resources in one page. */
                pageSize?: number;
                /** @description The `meta.nextToken` (or `meta.previousToken`) of a page, to get the page after (or before) it. */
                pageToken?: components["schemas"]["ConfigurationTtid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of configurations. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedConfigurationResponse"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CreateConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConfigurationRequest"];
            };
        };
        responses: {
            /** @description The configuration, as created. */
            201: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntelligenceConfiguration"];
                };
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FetchConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Intelligence Configuration. */
                id: components["schemas"]["IntelligenceConfigurationTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntelligenceConfiguration"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    UpdateConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Intelligence Configuration. */
                id: components["schemas"]["IntelligenceConfigurationTtid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConfigurationRequest"];
            };
        };
        responses: {
            /** @description The configuration after the update. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntelligenceConfiguration"];
                };
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DeleteConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Intelligence Configuration. */
                id: components["schemas"]["IntelligenceConfigurationTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration was deleted. */
            204: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ListOperators: {
        parameters: {
            query?: {
                /** @description Largest number of resources in one page. */
                pageSize?: number;
                /** @description The `meta.nextToken` (or `meta.previousToken`) of a page, to get the page after (or before) it. */
                pageToken?: components["schemas"]["ConfigurationTtid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of operators. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOperatorsResponse"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CreateOperator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorRequest"];
            };
        };
        responses: {
            /** @description The operator, as created. */
            201: {
                headers: {
                    /**
                     * @description The operator's version as an entity tag. Send it back as `If-Match` on an update to have the
                     *     update refused (412) if the operator changed in between.
                     */
                    ETag?: number;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageOperator"];
                };
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FetchOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operator. */
            200: {
                headers: {
                    /**
                     * @description The operator's version as an entity tag. Send it back as `If-Match` on an update to have the
                     *     update refused (412) if the operator changed in between.
                     */
                    ETag?: number;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageOperator"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    UpdateOperator: {
        parameters: {
            query?: never;
            header?: {
                /** @description The operator's `ETag` as last read; the update is refused (412) when it is no longer current. */
                "If-Match"?: components["schemas"]["ConfigurationTtid"];
            };
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorRequest"];
            };
        };
        responses: {
            /** @description The operator after the update, with its new version. */
            200: {
                headers: {
                    /**
                     * @description The operator's version as an entity tag. Send it back as `If-Match` on an update to have the
                     *     update refused (412) if the operator changed in between.
                     */
                    ETag?: number;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageOperator"];
                };
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` did not name the current version: someone else updated the operator in between. */
            412: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DeleteOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operator was deleted. */
            204: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ListOperatorVersions: {
        parameters: {
            query?: {
                /** @description Largest number of resources in one page. */
                pageSize?: number;
                /** @description The `meta.nextToken` (or `meta.previousToken`) of a page, to get the page after (or before) it. */
                pageToken?: components["schemas"]["ConfigurationTtid"];
            };
            header?: never;
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the operator's versions. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOperatorVersionsResponse"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FetchOperatorVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Language Operator. */
                id: components["schemas"]["OperatorTtid"];
                /** @description The version's number. */
                version: components["schemas"]["OperatorVersionNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operator in that version. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageOperatorVersion"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ListOperatorResults: {
        parameters: {
            query?: {
                /** @description Only results of this conversation. */
                conversationId?: components["schemas"]["ConversationTtid"];
                /** @description Only results produced under this Intelligence Configuration. */
                intelligenceConfigurationId?: components["schemas"]["IntelligenceConfigurationTtid"];
                /** @description Only results of this operator. */
                operatorId?: components["schemas"]["OperatorTtid"];
                /** @description Largest number of resources in one page. */
                pageSize?: number;
                /** @description The `meta.nextToken` (or `meta.previousToken`) of a page, to get the page after (or before) it. */
                pageToken?: components["schemas"]["ConfigurationTtid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of operator results. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOperatorResultsResponse"];
                };
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FetchOperatorResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the operator result. */
                operatorResultId: components["schemas"]["OperatorResultTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operator result. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorResultsResponseV1"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DeleteOperatorResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the operator result. */
                operatorResultId: components["schemas"]["OperatorResultTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operator result was deleted. */
            204: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ListConversations: {
        parameters: {
            query?: {
                /** @description Largest number of resources in one page. */
                pageSize?: number;
                /** @description The `meta.nextToken` (or `meta.previousToken`) of a page, to get the page after (or before) it. */
                pageToken?: components["schemas"]["ConfigurationTtid"];
                /** @description Only conversations created before this time; at most 31 days after `createdAtAfter`. */
                createdAtBefore?: string;
                /** @description Only conversations created after this time; at most 31 days before `createdAtBefore`. */
                createdAtAfter?: string;
                /** @description Only conversations in this status. */
                status?: components["schemas"]["ConversationStatus"];
                /** @description Only conversations over this channel resource, such as a Call SID or a Message SID. */
                channelId?: components["schemas"]["ConfigurationTtid"];
                /** @description Only conversations that used any of these channels. */
                channels?: ("VOICE" | "SMS" | "RCS" | "EMAIL" | "WHATSAPP" | "CHAT" | "API" | "SYSTEM")[];
                /** @description Only conversations created under this Conversations configuration. */
                conversationConfigurationId?: components["schemas"]["ConfigurationTtid"];
                /** @description Only conversations that any of these Intelligence Configurations processed. */
                intelligenceConfigurationIds?: string[];
                /** @description Only conversations on which any of these operators ran. */
                operatorIds?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListConversationsResponse"];
                };
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credentials are missing or wrong. */
            401: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credentials are valid but may not read this resource. */
            403: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    FetchConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the conversation. */
                id: components["schemas"]["ConversationTtid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credentials are missing or wrong. */
            401: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credentials are valid but may not read this resource. */
            403: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No resource has this id (in this account). */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CreateRuleExecution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRuleExecutionRequest"];
            };
        };
        responses: {
            /** @description The execution is queued. The response has no body. */
            202: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request broke a rule of the API; the error body says which. */
            400: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The configuration, the rule within it, or the conversation does not exist. */
            404: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description The configuration, rule and conversation exist, but no Customer Memory store could be
             *     found through the conversation's Conversations configuration, so the rule cannot run.
             */
            422: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; the rate-limit headers say when to try again. */
            429: {
                headers: {
                    /** @description Requests allowed in the current rate-limit window. */
                    "X-RateLimit-Limit"?: string;
                    /** @description Requests left in the current rate-limit window. */
                    "X-RateLimit-Remaining"?: string;
                    /** @description When the current rate-limit window starts over. */
                    "X-RateLimit-Reset"?: string;
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed to handle the request. */
            500: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ReceiveRuleExecution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleExecutionWebhook"];
            };
        };
        responses: {
            /** @description Any 2xx status tells Twilio the delivery arrived. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
