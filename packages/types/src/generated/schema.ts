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
         * @description Creates a configuration. `rules` is required but may be an empty array; a configuration
         *     without rules exists but never runs.
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
                id: components["parameters"]["ConfigurationId"];
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
         * @description Replaces a configuration's metadata and rules. This is a full replacement: every required
         *     field must be sent. A rule sent with an `id` updates that rule; a rule without one is
         *     created. There is no optimistic locking on this operation.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Identifier of an Intelligence Configuration, assigned by Twilio (TTID).
         * @example intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5
         */
        ConfigurationId: string;
        /**
         * @description Identifier of a Rule inside a configuration, assigned by Twilio (TTID).
         * @example intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr
         */
        RuleId: string;
        /**
         * @description Identifier of a Language Operator (TTID). The Configurations schemas set no pattern on it;
         *     Operators use `intelligence_operator_` followed by 26 characters.
         * @example intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b
         */
        OperatorId: string;
        /** @description Human-readable name saying what the configuration is for. */
        DisplayName: string;
        /** @description Longer free text about the configuration's purpose. */
        Description: string;
        /** @description A Language Operator that a Rule runs. */
        Operator: {
            id: components["schemas"]["OperatorId"];
            /**
             * @description Pin the rule to this version of the Operator. Without it, the Operator's latest
             *     active version at execution time is used.
             */
            version?: number;
            /**
             * @description Values for the Operator's declared parameters, by name; their types must match the
             *     Operator's definition. Knowledge-source values are written `knowledge_base_id:knowledge_source_id`.
             */
            parameters?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description When the rule fires: `COMMUNICATION` on every new communication (or every `count`-th),
         *     `CONVERSATION_END` when the conversation is closed, `CONVERSATION_INACTIVE` when it
         *     becomes inactive.
         * @enum {string}
         */
        TriggerType: "COMMUNICATION" | "CONVERSATION_END" | "CONVERSATION_INACTIVE";
        /** @description Extra settings for some trigger types. */
        TriggerParameters: {
            /**
             * @description For `COMMUNICATION` triggers: run once per this many communications since the last
             *     run. Larger values delay execution.
             * @default 1
             */
            count: number;
        };
        /** @description The event that starts a Rule. */
        Trigger: {
            on: components["schemas"]["TriggerType"];
            parameters?: components["schemas"]["TriggerParameters"];
        };
        /**
         * @description How results are delivered. Only webhooks exist today.
         * @enum {string}
         */
        ActionType: "WEBHOOK";
        /**
         * @description HTTP method of the webhook call; always `POST`.
         * @enum {string}
         */
        ActionMethod: "POST";
        /** @description Where a Rule delivers the Operators' results. */
        Action: {
            type: components["schemas"]["ActionType"];
            method: components["schemas"]["ActionMethod"];
            /**
             * Format: uri
             * @description Absolute URL that receives the rule-execution webhook.
             */
            url: string;
        };
        /** @description Pass the Customer Memory profile to Operators with Memory context enabled (Memory-enabled accounts only). */
        MemoryContext: {
            /** @description Whether Customer Memory is passed. */
            enabled?: boolean;
        };
        /** @description Pass Enterprise Knowledge to Operators with Knowledge context enabled (Enterprise Knowledge accounts only). */
        KnowledgeContext: {
            /** @description The Knowledge Bases (and their sources) to pass. */
            bases: string[];
        };
        /** @description Extra data handed to the Rule's Operators. */
        Context: {
            memory?: components["schemas"]["MemoryContext"];
            knowledge?: components["schemas"]["KnowledgeContext"];
        };
        /** @description A Rule as sent when creating a configuration. */
        RuleCreationRequestPayload: {
            /** @description Operators the rule runs. */
            operators: components["schemas"]["Operator"][];
            /** @description The event that fires the rule (at most one). */
            triggers?: components["schemas"]["Trigger"][];
            /** @description Deliveries of the rule's results. */
            actions: components["schemas"]["Action"][];
            context?: components["schemas"]["Context"];
        };
        /**
         * @description A Rule as sent in an update. With `id`, the existing rule of that id is updated; without
         *     it, a new rule is created.
         */
        RuleUpdateRequestPayload: {
            id?: components["schemas"]["RuleId"];
            /** @description Operators the rule runs. */
            operators: components["schemas"]["Operator"][];
            /** @description The event that fires the rule (at most one). */
            triggers?: components["schemas"]["Trigger"][];
            /** @description Deliveries of the rule's results. */
            actions: components["schemas"]["Action"][];
            context?: components["schemas"]["Context"];
        };
        /** @description A Rule of a stored configuration. */
        Rule: {
            /** @description Identifier of the rule, assigned by Twilio (TTID). */
            id: string;
            operators: components["schemas"]["Operator"][];
            triggers: components["schemas"]["Trigger"][];
            actions: components["schemas"]["Action"][];
            context?: components["schemas"]["Context"];
        };
        /** @description Body of a create call. */
        CreateConfigurationRequest: {
            displayName: components["schemas"]["DisplayName"];
            description?: components["schemas"]["Description"];
            /** @description The rules (at most five; an empty list is allowed). */
            rules: components["schemas"]["RuleCreationRequestPayload"][];
        };
        /** @description Body of an update call; it replaces the whole configuration. */
        UpdateConfigurationRequest: {
            displayName: components["schemas"]["DisplayName"];
            description?: components["schemas"]["Description"];
            /** @description The complete list of rules (at most five). */
            rules: components["schemas"]["RuleUpdateRequestPayload"][];
        };
        /**
         * @description An Intelligence Configuration. It runs only when it has at least one rule and is attached to
         *     a Conversations configuration.
         */
        IntelligenceConfiguration: {
            /**
             * @description The Account that owns the configuration.
             * @example ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
             */
            accountId: string;
            /** @description Identifier of the configuration, assigned by Twilio (TTID). */
            id: string;
            displayName: components["schemas"]["DisplayName"];
            description?: components["schemas"]["Description"];
            /** @description Server-maintained revision number; it grows by one with every update. Read-only. */
            readonly version: number;
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
        /** @description Paging information of a list response. */
        PaginationMeta: {
            /** @description Name of the sibling property that holds the page's resources (`items`). */
            key: string;
            /** @description Number of resources in this page. */
            pageSize: number;
            /** @description Pass as `pageToken` to get the previous page. */
            previousToken?: string;
            /** @description Pass as `pageToken` to get the next page. Missing on the last page. */
            nextToken?: string;
        };
        /** @description One page of configurations. */
        PaginatedConfigurationResponse: {
            items: components["schemas"]["IntelligenceConfiguration"][];
            meta: components["schemas"]["PaginationMeta"];
        };
        /** @description The body of every error response. */
        Error: {
            /**
             * Format: int32
             * @description Twilio error code; look it up at twilio.com/docs/errors.
             */
            code: number;
            /** @description What went wrong, in words. */
            message: string;
            /**
             * Format: int32
             * @description The HTTP status of the response, repeated.
             */
            httpStatusCode: number;
            /** @description True when the caller's request was at fault, false for a service failure. */
            userError?: boolean;
            /** @description Extra details as strings, such as `twilioErrorCodeUrl`. */
            params?: {
                [key: string]: string;
            };
        };
    };
    responses: {
        /** @description The request was malformed or broke a constraint. */
        BadRequest: {
            headers: {
                "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No configuration has this id. */
        NotFound: {
            headers: {
                "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The rate limit was exceeded. */
        TooManyRequests: {
            headers: {
                "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed to handle the request. */
        InternalServerError: {
            headers: {
                "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Identifier of the Intelligence Configuration. */
        ConfigurationId: components["schemas"]["ConfigurationId"];
        /** @description Largest number of configurations to return in one page. */
        PageSize: number;
        /** @description Opaque token from a previous page's `meta.nextToken` (or `meta.previousToken`). */
        PageToken: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Twilio's identifier of this request, sent on every response; quote it to Twilio support.
         *     The provider's description of v3 leaves it out; this spec declares it deliberately, as the
         *     service sends it and the client exposes it.
         */
        "Twilio-Request-Id": string;
        /** @description Request budget of the current rate-limit window. */
        "X-RateLimit-Limit": string;
        /** @description Requests left in the current rate-limit window. */
        "X-RateLimit-Remaining": string;
        /** @description When the current rate-limit window resets. */
        "X-RateLimit-Reset": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListConfigurations: {
        parameters: {
            query?: {
                /** @description Largest number of configurations to return in one page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Opaque token from a previous page's `meta.nextToken` (or `meta.previousToken`). */
                pageToken?: components["parameters"]["PageToken"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
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
            /** @description The configuration was created. */
            201: {
                headers: {
                    "Twilio-Request-Id": components["headers"]["Twilio-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntelligenceConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    FetchConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Intelligence Configuration. */
                id: components["parameters"]["ConfigurationId"];
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
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Intelligence Configuration. */
                id: components["parameters"]["ConfigurationId"];
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Intelligence Configuration. */
                id: components["parameters"]["ConfigurationId"];
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
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
