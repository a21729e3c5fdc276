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
  readonly inputSchema: { readonly type: "object"; readonly [keyword: string]: unknown };
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "ConfigurationTtid": {
          "type": "string",
          "description": "Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "body": {
          "$ref": "#/$defs/CreateConfigurationRequest"
        }
      },
      "required": [
        "body"
      ],
      "additionalProperties": false,
      "$defs": {
        "Action": {
          "type": "object",
          "required": [
            "type",
            "method",
            "url"
          ],
          "properties": {
            "type": {
              "$ref": "#/$defs/ActionType"
            },
            "method": {
              "$ref": "#/$defs/ActionMethod"
            },
            "url": {
              "type": "string",
              "format": "uri",
              "description": "The absolute URL that receives the results."
            }
          },
          "description": "Where a rule delivers its operators' results."
        },
        "ActionMethod": {
          "type": "string",
          "enum": [
            "POST"
          ],
          "description": "HTTP method of the webhook call; always POST."
        },
        "ActionType": {
          "type": "string",
          "enum": [
            "WEBHOOK"
          ],
          "description": "How the results are delivered; webhooks only."
        },
        "Context": {
          "type": "object",
          "properties": {
            "memory": {
              "type": "object",
              "properties": {
                "enabled": {
                  "type": "boolean",
                  "description": "Pass the customer's Memory profile to operators that have Memory context enabled."
                }
              },
              "description": "Customer Memory (accounts with Memory only)."
            },
            "knowledge": {
              "type": "object",
              "properties": {
                "bases": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "minItems": 1,
                  "description": "The Knowledge Bases and sources to pass to operators that have Knowledge context enabled."
                }
              },
              "required": [
                "bases"
              ],
              "description": "Enterprise Knowledge (accounts with Enterprise Knowledge only)."
            }
          },
          "description": "Extra data handed to the rule's operators, for operators that accept it."
        },
        "CreateConfigurationRequest": {
          "type": "object",
          "properties": {
            "displayName": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128,
              "description": "A name saying what the configuration is for."
            },
            "description": {
              "type": "string",
              "description": "Longer free text about the configuration's purpose."
            },
            "rules": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/RuleCreationRequestPayload"
              },
              "maxItems": 5,
              "description": "The rules (at most five; an empty list is allowed)."
            },
            "accountId": {
              "type": "string",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "id": {
              "type": "string",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "version": {
              "type": "integer",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "dateCreated": {
              "type": "string",
              "format": "date-time",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "dateUpdated": {
              "type": "string",
              "format": "date-time",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            }
          },
          "required": [
            "displayName",
            "rules"
          ],
          "description": "Body of a create call."
        },
        "Operator": {
          "type": "object",
          "required": [
            "id"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Identifier of the Language Operator to run."
            },
            "version": {
              "type": "integer",
              "description": "Run this version of the operator. Without it, the operator's latest active version at\nexecution time runs.\n"
            },
            "parameters": {
              "type": "object",
              "description": "Values for the parameters the operator declares, by name, each of the declared type. A\nKNOWLEDGE_BASE_AND_SOURCE_IDS value is written `knowledge_base_id:knowledge_source_id`.\n"
            }
          },
          "description": "An operator as a rule names it."
        },
        "RuleCreationRequestPayload": {
          "type": "object",
          "required": [
            "operators",
            "actions"
          ],
          "properties": {
            "operators": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/Operator"
              },
              "minItems": 1,
              "maxItems": 5,
              "description": "The operators the rule runs (one to five)."
            },
            "triggers": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/Trigger"
              },
              "maxItems": 1,
              "description": "The event that starts the rule (at most one)."
            },
            "actions": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/Action"
              },
              "maxItems": 2,
              "description": "Where the results go (at most two)."
            },
            "context": {
              "$ref": "#/$defs/Context"
            }
          },
          "description": "A rule as sent when creating a configuration."
        },
        "Trigger": {
          "type": "object",
          "required": [
            "on"
          ],
          "properties": {
            "on": {
              "$ref": "#/$defs/TriggerType"
            },
            "parameters": {
              "$ref": "#/$defs/TriggerParameters"
            }
          },
          "description": "The event that starts a rule."
        },
        "TriggerParameters": {
          "type": "object",
          "properties": {
            "count": {
              "type": "integer",
              "minimum": 1,
              "maximum": 20,
              "default": 1,
              "description": "For `COMMUNICATION`, run once per this many communications since the last run."
            }
          },
          "description": "Settings of some trigger types."
        },
        "TriggerType": {
          "type": "string",
          "enum": [
            "COMMUNICATION",
            "CONVERSATION_END",
            "CONVERSATION_INACTIVE"
          ],
          "description": "When the rule runs: `COMMUNICATION` on new communications (every `count`-th),\n`CONVERSATION_END` when the conversation closes, `CONVERSATION_INACTIVE` when it goes inactive.\n"
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/IntelligenceConfigurationTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false,
      "$defs": {
        "IntelligenceConfigurationTtid": {
          "type": "string",
          "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
          "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "Action": {
          "type": "object",
          "required": [
            "type",
            "method",
            "url"
          ],
          "properties": {
            "type": {
              "$ref": "#/$defs/ActionType"
            },
            "method": {
              "$ref": "#/$defs/ActionMethod"
            },
            "url": {
              "type": "string",
              "format": "uri",
              "description": "The absolute URL that receives the results."
            }
          },
          "description": "Where a rule delivers its operators' results."
        },
        "ActionMethod": {
          "type": "string",
          "enum": [
            "POST"
          ],
          "description": "HTTP method of the webhook call; always POST."
        },
        "ActionType": {
          "type": "string",
          "enum": [
            "WEBHOOK"
          ],
          "description": "How the results are delivered; webhooks only."
        },
        "Context": {
          "type": "object",
          "properties": {
            "memory": {
              "type": "object",
              "properties": {
                "enabled": {
                  "type": "boolean",
                  "description": "Pass the customer's Memory profile to operators that have Memory context enabled."
                }
              },
              "description": "Customer Memory (accounts with Memory only)."
            },
            "knowledge": {
              "type": "object",
              "properties": {
                "bases": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "minItems": 1,
                  "description": "The Knowledge Bases and sources to pass to operators that have Knowledge context enabled."
                }
              },
              "required": [
                "bases"
              ],
              "description": "Enterprise Knowledge (accounts with Enterprise Knowledge only)."
            }
          },
          "description": "Extra data handed to the rule's operators, for operators that accept it."
        },
        "IntelligenceConfigurationTtid": {
          "type": "string",
          "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
          "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID)."
        },
        "Operator": {
          "type": "object",
          "required": [
            "id"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Identifier of the Language Operator to run."
            },
            "version": {
              "type": "integer",
              "description": "Run this version of the operator. Without it, the operator's latest active version at\nexecution time runs.\n"
            },
            "parameters": {
              "type": "object",
              "description": "Values for the parameters the operator declares, by name, each of the declared type. A\nKNOWLEDGE_BASE_AND_SOURCE_IDS value is written `knowledge_base_id:knowledge_source_id`.\n"
            }
          },
          "description": "An operator as a rule names it."
        },
        "RuleUpdateRequestPayload": {
          "type": "object",
          "required": [
            "operators",
            "actions"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "The rule to update; without it, the rule is created."
            },
            "operators": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/Operator"
              },
              "minItems": 1,
              "maxItems": 5,
              "description": "The operators the rule runs (one to five)."
            },
            "triggers": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/Trigger"
              },
              "maxItems": 1,
              "description": "The event that starts the rule (at most one)."
            },
            "actions": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/Action"
              },
              "maxItems": 2,
              "description": "Where the results go (at most two)."
            },
            "context": {
              "$ref": "#/$defs/Context"
            }
          },
          "description": "A rule as sent in an update."
        },
        "Trigger": {
          "type": "object",
          "required": [
            "on"
          ],
          "properties": {
            "on": {
              "$ref": "#/$defs/TriggerType"
            },
            "parameters": {
              "$ref": "#/$defs/TriggerParameters"
            }
          },
          "description": "The event that starts a rule."
        },
        "TriggerParameters": {
          "type": "object",
          "properties": {
            "count": {
              "type": "integer",
              "minimum": 1,
              "maximum": 20,
              "default": 1,
              "description": "For `COMMUNICATION`, run once per this many communications since the last run."
            }
          },
          "description": "Settings of some trigger types."
        },
        "TriggerType": {
          "type": "string",
          "enum": [
            "COMMUNICATION",
            "CONVERSATION_END",
            "CONVERSATION_INACTIVE"
          ],
          "description": "When the rule runs: `COMMUNICATION` on new communications (every `count`-th),\n`CONVERSATION_END` when the conversation closes, `CONVERSATION_INACTIVE` when it goes inactive.\n"
        },
        "UpdateConfigurationRequest": {
          "type": "object",
          "required": [
            "displayName",
            "rules"
          ],
          "properties": {
            "displayName": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128,
              "description": "A name saying what the configuration is for."
            },
            "description": {
              "type": "string",
              "description": "Longer free text about the configuration's purpose."
            },
            "rules": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/RuleUpdateRequestPayload"
              },
              "maxItems": 5,
              "description": "The complete list of rules (at most five)."
            },
            "accountId": {
              "type": "string",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "id": {
              "type": "string",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "version": {
              "type": "integer",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "dateCreated": {
              "type": "string",
              "format": "date-time",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            },
            "dateUpdated": {
              "type": "string",
              "format": "date-time",
              "readOnly": true,
              "description": "The server's; left out of what is sent."
            }
          },
          "description": "Body of an update call; it replaces the whole configuration."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/IntelligenceConfigurationTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false,
      "$defs": {
        "IntelligenceConfigurationTtid": {
          "type": "string",
          "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
          "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "ConfigurationTtid": {
          "type": "string",
          "description": "Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "body": {
          "$ref": "#/$defs/OperatorRequest"
        }
      },
      "required": [
        "body"
      ],
      "additionalProperties": false,
      "$defs": {
        "LanguageOperator": {
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/$defs/OperatorTtid",
              "description": "Identifier of the operator, assigned by Twilio (TTID)."
            },
            "displayName": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128,
              "description": "A name saying what the operator does."
            },
            "description": {
              "type": "string",
              "description": "Longer free text about the operator."
            },
            "version": {
              "type": "integer",
              "readOnly": true,
              "description": "The version number; each update makes a new version."
            },
            "author": {
              "$ref": "#/$defs/OperatorAuthorEnum",
              "description": "Who maintains the operator."
            },
            "prompt": {
              "type": "string",
              "description": "The instructions the operator follows. `{{parameters.name}}` in it is replaced by the\nvalue a rule passes for the parameter `name`. Twilio's operators do not show theirs.\n"
            },
            "outputFormat": {
              "$ref": "#/$defs/OperatorOutputFormat",
              "description": "The shape of what the operator produces."
            },
            "outputSchema": {
              "$ref": "#/$defs/OperatorOutputSchema",
              "description": "For `JSON` output, the JSON Schema of the object it produces."
            },
            "trainingExamples": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/OperatorTrainingExample"
              },
              "description": "Sample inputs with the outputs expected of them, to guide the operator."
            },
            "context": {
              "$ref": "#/$defs/OperatorContext",
              "description": "Which context (Memory, Knowledge) the operator may receive from a rule."
            },
            "parameters": {
              "$ref": "#/$defs/OperatorParameters",
              "description": "The parameters a rule may or must pass, by name."
            }
          },
          "description": "A Language Operator, in its current version."
        },
        "OperatorAuthorEnum": {
          "type": "string",
          "readOnly": true,
          "enum": [
            "SELF",
            "TWILIO"
          ],
          "description": "`SELF` for the account's own (custom) operators, `TWILIO` for operators Twilio maintains."
        },
        "OperatorContext": {
          "type": "object",
          "properties": {
            "memory": {
              "type": "object",
              "properties": {
                "enabled": {
                  "type": "boolean",
                  "description": "Let the operator receive Memory."
                }
              },
              "description": "Customer Memory (profile traits and past observations)."
            },
            "knowledge": {
              "type": "object",
              "properties": {
                "enabled": {
                  "type": "boolean",
                  "description": "Let the operator receive Knowledge."
                }
              },
              "description": "Enterprise Knowledge sources (policies, FAQs, scripts)."
            }
          },
          "description": "Which context sources a rule may hand to the operator at run time."
        },
        "OperatorOutputFormat": {
          "type": "string",
          "enum": [
            "TEXT",
            "JSON",
            "CLASSIFICATION"
          ],
          "description": "`TEXT` (plain text), `JSON` (an object following `outputSchema`) or `CLASSIFICATION` (one label)."
        },
        "OperatorOutputSchema": {
          "type": "object",
          "description": "For `JSON` output only: a JSON Schema whose root is `type: object`, describing the object the\noperator returns.\n"
        },
        "OperatorParameter": {
          "type": "object",
          "required": [
            "type"
          ],
          "properties": {
            "type": {
              "type": "string",
              "enum": [
                "STRING",
                "INTEGER",
                "NUMBER",
                "BOOLEAN",
                "KNOWLEDGE_BASE_AND_SOURCE_IDS"
              ],
              "description": "The type of the value. `KNOWLEDGE_BASE_AND_SOURCE_IDS` names a plain-text Knowledge source\nas `knowledge_base_id:knowledge_source_id`; its text goes into the prompt.\n"
            },
            "default": {
              "description": "The value used when a rule passes none (not for `KNOWLEDGE_BASE_AND_SOURCE_IDS`)."
            },
            "required": {
              "type": "boolean",
              "description": "Whether a rule must pass a value; false when absent."
            },
            "description": {
              "type": "string",
              "description": "What the parameter means."
            }
          },
          "description": "One parameter of an operator."
        },
        "OperatorParameters": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/OperatorParameter"
          },
          "description": "The operator's parameters by name; rules pass their values."
        },
        "OperatorRequest": {
          "allOf": [
            {
              "$ref": "#/$defs/LanguageOperator"
            },
            {
              "required": [
                "displayName",
                "prompt",
                "outputFormat"
              ]
            }
          ],
          "description": "Body of a create or update call of an operator."
        },
        "OperatorTrainingExample": {
          "type": "object",
          "required": [
            "input",
            "output"
          ],
          "properties": {
            "input": {
              "type": "string",
              "description": "Text of the kind the operator analyses."
            },
            "output": {
              "type": "string",
              "description": "The output expected for it, in the operator's output format."
            }
          },
          "description": "A sample input and the output expected of it."
        },
        "OperatorTtid": {
          "type": "string",
          "readOnly": true,
          "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false,
      "$defs": {
        "OperatorTtid": {
          "type": "string",
          "readOnly": true,
          "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "LanguageOperator": {
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/$defs/OperatorTtid",
              "description": "Identifier of the operator, assigned by Twilio (TTID)."
            },
            "displayName": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128,
              "description": "A name saying what the operator does."
            },
            "description": {
              "type": "string",
              "description": "Longer free text about the operator."
            },
            "version": {
              "type": "integer",
              "readOnly": true,
              "description": "The version number; each update makes a new version."
            },
            "author": {
              "$ref": "#/$defs/OperatorAuthorEnum",
              "description": "Who maintains the operator."
            },
            "prompt": {
              "type": "string",
              "description": "The instructions the operator follows. `{{parameters.name}}` in it is replaced by the\nvalue a rule passes for the parameter `name`. Twilio's operators do not show theirs.\n"
            },
            "outputFormat": {
              "$ref": "#/$defs/OperatorOutputFormat",
              "description": "The shape of what the operator produces."
            },
            "outputSchema": {
              "$ref": "#/$defs/OperatorOutputSchema",
              "description": "For `JSON` output, the JSON Schema of the object it produces."
            },
            "trainingExamples": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/OperatorTrainingExample"
              },
              "description": "Sample inputs with the outputs expected of them, to guide the operator."
            },
            "context": {
              "$ref": "#/$defs/OperatorContext",
              "description": "Which context (Memory, Knowledge) the operator may receive from a rule."
            },
            "parameters": {
              "$ref": "#/$defs/OperatorParameters",
              "description": "The parameters a rule may or must pass, by name."
            }
          },
          "description": "A Language Operator, in its current version."
        },
        "OperatorAuthorEnum": {
          "type": "string",
          "readOnly": true,
          "enum": [
            "SELF",
            "TWILIO"
          ],
          "description": "`SELF` for the account's own (custom) operators, `TWILIO` for operators Twilio maintains."
        },
        "OperatorContext": {
          "type": "object",
          "properties": {
            "memory": {
              "type": "object",
              "properties": {
                "enabled": {
                  "type": "boolean",
                  "description": "Let the operator receive Memory."
                }
              },
              "description": "Customer Memory (profile traits and past observations)."
            },
            "knowledge": {
              "type": "object",
              "properties": {
                "enabled": {
                  "type": "boolean",
                  "description": "Let the operator receive Knowledge."
                }
              },
              "description": "Enterprise Knowledge sources (policies, FAQs, scripts)."
            }
          },
          "description": "Which context sources a rule may hand to the operator at run time."
        },
        "OperatorOutputFormat": {
          "type": "string",
          "enum": [
            "TEXT",
            "JSON",
            "CLASSIFICATION"
          ],
          "description": "`TEXT` (plain text), `JSON` (an object following `outputSchema`) or `CLASSIFICATION` (one label)."
        },
        "OperatorOutputSchema": {
          "type": "object",
          "description": "For `JSON` output only: a JSON Schema whose root is `type: object`, describing the object the\noperator returns.\n"
        },
        "OperatorParameter": {
          "type": "object",
          "required": [
            "type"
          ],
          "properties": {
            "type": {
              "type": "string",
              "enum": [
                "STRING",
                "INTEGER",
                "NUMBER",
                "BOOLEAN",
                "KNOWLEDGE_BASE_AND_SOURCE_IDS"
              ],
              "description": "The type of the value. `KNOWLEDGE_BASE_AND_SOURCE_IDS` names a plain-text Knowledge source\nas `knowledge_base_id:knowledge_source_id`; its text goes into the prompt.\n"
            },
            "default": {
              "description": "The value used when a rule passes none (not for `KNOWLEDGE_BASE_AND_SOURCE_IDS`)."
            },
            "required": {
              "type": "boolean",
              "description": "Whether a rule must pass a value; false when absent."
            },
            "description": {
              "type": "string",
              "description": "What the parameter means."
            }
          },
          "description": "One parameter of an operator."
        },
        "OperatorParameters": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/OperatorParameter"
          },
          "description": "The operator's parameters by name; rules pass their values."
        },
        "OperatorRequest": {
          "allOf": [
            {
              "$ref": "#/$defs/LanguageOperator"
            },
            {
              "required": [
                "displayName",
                "prompt",
                "outputFormat"
              ]
            }
          ],
          "description": "Body of a create or update call of an operator."
        },
        "OperatorTrainingExample": {
          "type": "object",
          "required": [
            "input",
            "output"
          ],
          "properties": {
            "input": {
              "type": "string",
              "description": "Text of the kind the operator analyses."
            },
            "output": {
              "type": "string",
              "description": "The output expected for it, in the operator's output format."
            }
          },
          "description": "A sample input and the output expected of it."
        },
        "OperatorTtid": {
          "type": "string",
          "readOnly": true,
          "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false,
      "$defs": {
        "OperatorTtid": {
          "type": "string",
          "readOnly": true,
          "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "ConfigurationTtid": {
          "type": "string",
          "description": "Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration)."
        },
        "OperatorTtid": {
          "type": "string",
          "readOnly": true,
          "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "OperatorTtid": {
          "type": "string",
          "readOnly": true,
          "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
        },
        "OperatorVersionNumber": {
          "type": "integer",
          "description": "A version number of an operator."
        }
      }
    }
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "ConfigurationTtid": {
          "type": "string",
          "description": "Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration)."
        },
        "ConversationTtid": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a conversation (TTID)."
        },
        "IntelligenceConfigurationTtid": {
          "type": "string",
          "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
          "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID)."
        },
        "OperatorTtid": {
          "type": "string",
          "readOnly": true,
          "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "operatorResultId": {
          "$ref": "#/$defs/OperatorResultTtid"
        }
      },
      "required": [
        "operatorResultId"
      ],
      "additionalProperties": false,
      "$defs": {
        "OperatorResultTtid": {
          "type": "string",
          "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
          "description": "Identifier of an operator result, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "operatorResultId": {
          "$ref": "#/$defs/OperatorResultTtid"
        }
      },
      "required": [
        "operatorResultId"
      ],
      "additionalProperties": false,
      "$defs": {
        "OperatorResultTtid": {
          "type": "string",
          "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
          "description": "Identifier of an operator result, assigned by Twilio (TTID)."
        }
      }
    }
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
    "inputSchema": {
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
      "additionalProperties": false,
      "$defs": {
        "ConfigurationTtid": {
          "type": "string",
          "description": "Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration)."
        },
        "ConversationStatus": {
          "type": "string",
          "enum": [
            "ACTIVE",
            "INACTIVE",
            "CLOSED"
          ],
          "description": "Whether the conversation is going on (`ACTIVE`), paused (`INACTIVE`) or over (`CLOSED`)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/ConversationTtid"
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false,
      "$defs": {
        "ConversationTtid": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a conversation (TTID)."
        }
      }
    }
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
    "inputSchema": {
      "type": "object",
      "properties": {
        "body": {
          "$ref": "#/$defs/CreateRuleExecutionRequest"
        }
      },
      "required": [
        "body"
      ],
      "additionalProperties": false,
      "$defs": {
        "ConversationTtid": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a conversation (TTID)."
        },
        "CreateRuleExecutionRequest": {
          "type": "object",
          "required": [
            "intelligenceConfigurationId",
            "ruleId",
            "conversationId"
          ],
          "properties": {
            "intelligenceConfigurationId": {
              "allOf": [
                {
                  "$ref": "#/$defs/IntelligenceConfigurationTtid"
                }
              ],
              "description": "The configuration the rule belongs to."
            },
            "ruleId": {
              "allOf": [
                {
                  "$ref": "#/$defs/IntelligenceConfigurationRuleTtid"
                }
              ],
              "description": "The rule to run."
            },
            "conversationId": {
              "allOf": [
                {
                  "$ref": "#/$defs/ConversationTtid"
                }
              ],
              "description": "The conversation to run it on."
            },
            "rule": {
              "$ref": "#/$defs/RuleExecutionOverride"
            }
          },
          "description": "Which rule to run on which conversation."
        },
        "IntelligenceConfigurationRuleTtid": {
          "type": "string",
          "pattern": "^intelligence_configurationrule_[0-7][0-9a-z]{25}$",
          "description": "Identifier of a Rule inside a configuration, assigned by Twilio (TTID)."
        },
        "IntelligenceConfigurationTtid": {
          "type": "string",
          "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
          "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID)."
        },
        "RuleExecutionOperatorOverride": {
          "type": "object",
          "description": "One operator of the rule, with parameters laid over the rule's own for this run.",
          "required": [
            "id",
            "parameters"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "The operator, as the rule names it."
            },
            "parameters": {
              "type": "object",
              "additionalProperties": true,
              "description": "Parameters for this run, merged key by key over the ones the rule gives the operator:\na key given here wins; a key not given keeps the rule's value.\n"
            }
          }
        },
        "RuleExecutionOverride": {
          "type": "object",
          "description": "What this run changes of the stored rule: the parameters of some of its operators, for this\nrun only. The stored rule is not changed.\n",
          "required": [
            "operators"
          ],
          "properties": {
            "operators": {
              "type": "array",
              "description": "The operators whose parameters this run changes.",
              "items": {
                "$ref": "#/$defs/RuleExecutionOperatorOverride"
              }
            }
          }
        }
      }
    }
  }
];
