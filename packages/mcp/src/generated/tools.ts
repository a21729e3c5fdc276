// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.


/** How a tool touches the account: `read` (GET), `write` (POST, PUT) or `delete`. */
export type ToolAccess = "read" | "write" | "delete";

/** One tool: what it calls, how its arguments map to the call, and the schema an agent fills them in by. */
export interface ToolDescriptor {
  readonly name: string;
  readonly operationId: string;
  readonly title: string;
  readonly description: string;
  readonly access: ToolAccess;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly headerParams: readonly { readonly field: string; readonly name: string }[];
  /** A list: its page's `meta.nextToken` is given back as the cursor an agent passes as `pageToken`. */
  readonly paged: boolean;
  /** The input schema without its `$defs`, which `defNames` names in `validationSchema` of @convintel/fetch/spec. */
  readonly inputShape: { readonly type: "object"; readonly properties: Readonly<Record<string, unknown>>; readonly required: readonly string[]; readonly additionalProperties: false };
  readonly defNames: readonly string[];
}

/** Every operation of the spec as a tool, in the spec's order. */
export const tools: readonly ToolDescriptor[] = [
  {
    "name": "list_configurations",
    "operationId": "ListConfigurations",
    "title": "Retrieve a list of Intelligence Configurations",
    "description": "Retrieve a list of Intelligence Configurations\n\nReturns one page of configurations. Pass `meta.nextToken` of a page as `pageToken` to get\nthe next one; the last page has no `nextToken` (absent, or `null` on some deployments).\n\n\nThis tool answers `{ items, nextCursor }`: pass nextCursor back as pageToken for the next page (it is null on the last).",
    "access": "read",
    "pathParams": [],
    "queryParams": [
      "pageSize",
      "pageToken"
    ],
    "headerParams": [],
    "paged": true,
    "inputShape": {
      "type": "object",
      "properties": {
        "pageSize": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        },
        "pageToken": {
          "$ref": "#/$defs/ConfigurationTtid"
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "defNames": [
      "ConfigurationTtid"
    ]
  },
  {
    "name": "create_configuration",
    "operationId": "CreateConfiguration",
    "title": "Create an Intelligence Configuration",
    "description": "Create an Intelligence Configuration\n\nCreates a configuration. `rules` is required but may be empty; a configuration without\nrules exists but never runs. It must also be attached to a Conversations configuration\n(through the Conversations API) before it runs.\n",
    "access": "write",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "body": {
          "$ref": "#/$defs/CreateConfigurationRequest"
        }
      },
      "required": [
        "body"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "Action",
      "ActionMethod",
      "ActionType",
      "Context",
      "CreateConfigurationRequest",
      "Operator",
      "RuleCreationRequestPayload",
      "Trigger",
      "TriggerParameters",
      "TriggerType"
    ]
  },
  {
    "name": "fetch_configuration",
    "operationId": "FetchConfiguration",
    "title": "Retrieve an Intelligence Configuration",
    "description": "Retrieve an Intelligence Configuration\n\nReturns one configuration with all of its rules.",
    "access": "read",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/IntelligenceConfigurationTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "IntelligenceConfigurationTtid"
    ]
  },
  {
    "name": "update_configuration",
    "operationId": "UpdateConfiguration",
    "title": "Update an Intelligence Configuration",
    "description": "Update an Intelligence Configuration\n\nReplaces a configuration's metadata and rules: every required field must be sent each time.\nA rule sent with an `id` updates that rule; a rule without one is created. Configurations have\nno `If-Match`/`ETag`: the update is never conditional, and `version` grows by one with each.\n",
    "access": "write",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/IntelligenceConfigurationTtid"
        },
        "body": {
          "$ref": "#/$defs/UpdateConfigurationRequest"
        }
      },
      "required": [
        "id",
        "body"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "Action",
      "ActionMethod",
      "ActionType",
      "Context",
      "IntelligenceConfigurationTtid",
      "Operator",
      "RuleUpdateRequestPayload",
      "Trigger",
      "TriggerParameters",
      "TriggerType",
      "UpdateConfigurationRequest"
    ]
  },
  {
    "name": "delete_configuration",
    "operationId": "DeleteConfiguration",
    "title": "Delete an Intelligence Configuration",
    "description": "Delete an Intelligence Configuration\n\nDeletes a configuration. The response has no body.",
    "access": "delete",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/IntelligenceConfigurationTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "IntelligenceConfigurationTtid"
    ]
  },
  {
    "name": "list_operators",
    "operationId": "ListOperators",
    "title": "Retrieve a list of Operators",
    "description": "Retrieve a list of Operators\n\nReturns one page of the operators this account can use: Twilio's (`author` TWILIO) and its\nown custom ones (`author` SELF), attached to a configuration or not.\n\n\nThis tool answers `{ items, nextCursor }`: pass nextCursor back as pageToken for the next page (it is null on the last).",
    "access": "read",
    "pathParams": [],
    "queryParams": [
      "pageSize",
      "pageToken"
    ],
    "headerParams": [],
    "paged": true,
    "inputShape": {
      "type": "object",
      "properties": {
        "pageSize": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        },
        "pageToken": {
          "$ref": "#/$defs/ConfigurationTtid"
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "defNames": [
      "ConfigurationTtid"
    ]
  },
  {
    "name": "create_operator",
    "operationId": "CreateOperator",
    "title": "Create an Operator",
    "description": "Create an Operator\n\nCreates a custom operator: a prompt, the format of its output and, optionally, the\nparameters that rules pass to it. The response's `ETag` is its first version.\n",
    "access": "write",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "body": {
          "$ref": "#/$defs/OperatorRequest"
        }
      },
      "required": [
        "body"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "LanguageOperator",
      "OperatorAuthorEnum",
      "OperatorContext",
      "OperatorOutputFormat",
      "OperatorOutputSchema",
      "OperatorParameter",
      "OperatorParameters",
      "OperatorRequest",
      "OperatorTrainingExample",
      "OperatorTtid"
    ]
  },
  {
    "name": "fetch_operator",
    "operationId": "FetchOperator",
    "title": "Retrieve an Operator",
    "description": "Retrieve an Operator\n\nReturns the operator's current version; its `ETag` is that version.",
    "access": "read",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "OperatorTtid"
    ]
  },
  {
    "name": "update_operator",
    "operationId": "UpdateOperator",
    "title": "Update an Operator",
    "description": "Update an Operator\n\nReplaces a custom operator's definition; the operator gets a new version. With `If-Match`\nset to the `ETag` last read, the update is made only if no other has been made since, and is\nrefused with 412 otherwise.\n",
    "access": "write",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "headerParams": [
      {
        "field": "ifMatch",
        "name": "If-Match"
      }
    ],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        },
        "ifMatch": {
          "type": "string",
          "description": "Sent as the If-Match header."
        },
        "body": {
          "$ref": "#/$defs/OperatorRequest"
        }
      },
      "required": [
        "id",
        "body"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "LanguageOperator",
      "OperatorAuthorEnum",
      "OperatorContext",
      "OperatorOutputFormat",
      "OperatorOutputSchema",
      "OperatorParameter",
      "OperatorParameters",
      "OperatorRequest",
      "OperatorTrainingExample",
      "OperatorTtid"
    ]
  },
  {
    "name": "delete_operator",
    "operationId": "DeleteOperator",
    "title": "Delete an Operator",
    "description": "Delete an Operator\n\nDeletes a custom operator. The response has no body.",
    "access": "delete",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "OperatorTtid"
    ]
  },
  {
    "name": "list_operator_versions",
    "operationId": "ListOperatorVersions",
    "title": "Retrieve a list of Operator Versions",
    "description": "Retrieve a list of Operator Versions\n\nReturns one page of an operator's versions, each with its lifecycle status and dates.\n\nThis tool answers `{ items, nextCursor }`: pass nextCursor back as pageToken for the next page (it is null on the last).",
    "access": "read",
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "pageSize",
      "pageToken"
    ],
    "headerParams": [],
    "paged": true,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        },
        "pageSize": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        },
        "pageToken": {
          "$ref": "#/$defs/ConfigurationTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "ConfigurationTtid",
      "OperatorTtid"
    ]
  },
  {
    "name": "fetch_operator_version",
    "operationId": "FetchOperatorVersion",
    "title": "Retrieve a specific Operator Version",
    "description": "Retrieve a specific Operator Version\n\nReturns the operator as it was defined in one version, with that version's status.",
    "access": "read",
    "pathParams": [
      "id",
      "version"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        },
        "version": {
          "$ref": "#/$defs/OperatorVersionNumber"
        }
      },
      "required": [
        "id",
        "version"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "OperatorTtid",
      "OperatorVersionNumber"
    ]
  },
  {
    "name": "list_operator_results",
    "operationId": "ListOperatorResults",
    "title": "Retrieve a list of OperatorResults",
    "description": "Retrieve a list of OperatorResults\n\nReturns one page of operator results, optionally only those of one conversation, configuration or operator.\n\nThis tool answers `{ items, nextCursor }`: pass nextCursor back as pageToken for the next page (it is null on the last).",
    "access": "read",
    "pathParams": [],
    "queryParams": [
      "conversationId",
      "intelligenceConfigurationId",
      "operatorId",
      "pageSize",
      "pageToken"
    ],
    "headerParams": [],
    "paged": true,
    "inputShape": {
      "type": "object",
      "properties": {
        "conversationId": {
          "$ref": "#/$defs/ConversationTtid"
        },
        "intelligenceConfigurationId": {
          "$ref": "#/$defs/IntelligenceConfigurationTtid"
        },
        "operatorId": {
          "$ref": "#/$defs/OperatorTtid"
        },
        "pageSize": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        },
        "pageToken": {
          "$ref": "#/$defs/ConfigurationTtid"
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "defNames": [
      "ConfigurationTtid",
      "ConversationTtid",
      "IntelligenceConfigurationTtid",
      "OperatorTtid"
    ]
  },
  {
    "name": "fetch_operator_result",
    "operationId": "FetchOperatorResult",
    "title": "Retrieve an OperatorResult",
    "description": "Retrieve an OperatorResult\n\nReturns one operator result; `outputFormat` says the shape of its `result`.",
    "access": "read",
    "pathParams": [
      "operatorResultId"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "operatorResultId": {
          "$ref": "#/$defs/OperatorResultTtid"
        }
      },
      "required": [
        "operatorResultId"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "OperatorResultTtid"
    ]
  },
  {
    "name": "delete_operator_result",
    "operationId": "DeleteOperatorResult",
    "title": "Delete an OperatorResult",
    "description": "Delete an OperatorResult\n\nDeletes one operator result. The response has no body.",
    "access": "delete",
    "pathParams": [
      "operatorResultId"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "operatorResultId": {
          "$ref": "#/$defs/OperatorResultTtid"
        }
      },
      "required": [
        "operatorResultId"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "OperatorResultTtid"
    ]
  },
  {
    "name": "list_conversations",
    "operationId": "ListConversations",
    "title": "Retrieve a list of Conversations",
    "description": "Retrieve a list of Conversations\n\nReturns one page of the conversations that Intelligence Configurations processed, optionally\nfiltered. `createdAtAfter` and `createdAtBefore` may be at most 31 days apart.\n\n\nThis tool answers `{ items, nextCursor }`: pass nextCursor back as pageToken for the next page (it is null on the last).",
    "access": "read",
    "pathParams": [],
    "queryParams": [
      "pageSize",
      "pageToken",
      "createdAtBefore",
      "createdAtAfter",
      "status",
      "channelId",
      "channels",
      "conversationConfigurationId",
      "intelligenceConfigurationIds",
      "operatorIds"
    ],
    "headerParams": [],
    "paged": true,
    "inputShape": {
      "type": "object",
      "properties": {
        "pageSize": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 50
        },
        "pageToken": {
          "$ref": "#/$defs/ConfigurationTtid"
        },
        "createdAtBefore": {
          "type": "string",
          "format": "date-time"
        },
        "createdAtAfter": {
          "type": "string",
          "format": "date-time"
        },
        "status": {
          "$ref": "#/$defs/ConversationStatus"
        },
        "channelId": {
          "$ref": "#/$defs/ConfigurationTtid"
        },
        "channels": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "VOICE",
              "SMS",
              "RCS",
              "EMAIL",
              "WHATSAPP",
              "CHAT",
              "API",
              "SYSTEM"
            ]
          }
        },
        "conversationConfigurationId": {
          "$ref": "#/$defs/ConfigurationTtid"
        },
        "intelligenceConfigurationIds": {
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$"
          }
        },
        "operatorIds": {
          "type": "array",
          "items": {
            "type": "string",
            "readOnly": true,
            "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$"
          }
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "defNames": [
      "ConfigurationTtid",
      "ConversationStatus"
    ]
  },
  {
    "name": "fetch_conversation",
    "operationId": "FetchConversation",
    "title": "Retrieve a Conversation",
    "description": "Retrieve a Conversation\n\nReturns one conversation with its participants and communications.",
    "access": "read",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/ConversationTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "ConversationTtid"
    ]
  },
  {
    "name": "create_rule_execution",
    "operationId": "CreateRuleExecution",
    "title": "Manually queue a rule execution",
    "description": "Manually queue a rule execution\n\nQueues one rule of a configuration to run on one conversation, as its trigger would. The\nCustomer Memory store comes from the conversation's Conversations configuration. Accepted\n(202) means queued, not run: the results arrive later, as the rule's actions and as\noperator results.\n",
    "access": "write",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "paged": false,
    "inputShape": {
      "type": "object",
      "properties": {
        "body": {
          "$ref": "#/$defs/CreateRuleExecutionRequest"
        }
      },
      "required": [
        "body"
      ],
      "additionalProperties": false
    },
    "defNames": [
      "ConversationTtid",
      "CreateRuleExecutionRequest",
      "IntelligenceConfigurationRuleTtid",
      "IntelligenceConfigurationTtid",
      "RuleExecutionOperatorOverride",
      "RuleExecutionOverride"
    ]
  }
];
