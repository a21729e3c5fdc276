// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import type * as Types from "@convintel/types";

/** The spec's component schemas (OpenAPI 3.1 / JSON Schema 2020-12), for tools that derive data from them. */
export const schemas = {
  "OperatorResultsResponseV1": {
    "type": "object",
    "properties": {
      "outputFormat": {
        "$ref": "#/components/schemas/OutputFormat"
      }
    },
    "discriminator": {
      "propertyName": "outputFormat",
      "mapping": {
        "TEXT": "#/components/schemas/TextResult",
        "JSON": "#/components/schemas/JSONResult",
        "CLASSIFICATION": "#/components/schemas/ClassificationResult",
        "EXTRACTION": "#/components/schemas/ExtractionResult"
      }
    },
    "oneOf": [
      {
        "$ref": "#/components/schemas/TextResult"
      },
      {
        "$ref": "#/components/schemas/JSONResult"
      },
      {
        "$ref": "#/components/schemas/ClassificationResult"
      },
      {
        "$ref": "#/components/schemas/ExtractionResult"
      }
    ],
    "description": "An operator result; `outputFormat` says which of the four shapes it has."
  },
  "OutputFormat": {
    "type": "string",
    "pattern": "^(CLASSIFICATION|TEXT|EXTRACTION|JSON)$",
    "description": "The output format of the operator that produced the result; it decides the shape of `result`."
  },
  "OperatorResultsResponseBase": {
    "type": "object",
    "properties": {
      "outputFormat": {
        "$ref": "#/components/schemas/OutputFormat"
      },
      "id": {
        "type": "string",
        "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$"
      },
      "accountId": {
        "type": "string",
        "pattern": "^AC[a-zA-Z0-9]{32}$"
      },
      "intelligenceConfiguration": {
        "$ref": "#/components/schemas/IntelligenceConfigurationReference"
      },
      "conversationId": {
        "type": "string",
        "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$"
      },
      "operator": {
        "$ref": "#/components/schemas/OperatorReference"
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time"
      },
      "referenceIds": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 97
        }
      },
      "executionDetails": {
        "$ref": "#/components/schemas/ExecutionDetails"
      },
      "metadata": {
        "$ref": "#/components/schemas/OperatorResultMetadata"
      }
    },
    "required": [
      "id",
      "accountId",
      "intelligenceConfiguration",
      "conversationId",
      "operator",
      "dateCreated",
      "outputFormat",
      "referenceIds",
      "executionDetails",
      "metadata"
    ],
    "description": "The fields every operator result has, whatever its format."
  },
  "TextResult": {
    "type": "object",
    "properties": {
      "outputFormat": {
        "type": "string",
        "enum": [
          "TEXT"
        ],
        "description": "discriminator enum property added by openapi-typescript"
      },
      "id": {
        "type": "string",
        "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
        "description": "Identifier of the result, assigned by Twilio (TTID)."
      },
      "accountId": {
        "type": "string",
        "pattern": "^AC[a-zA-Z0-9]{32}$",
        "description": "The Account that owns the result."
      },
      "intelligenceConfiguration": {
        "$ref": "#/components/schemas/IntelligenceConfigurationReference"
      },
      "conversationId": {
        "type": "string",
        "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
        "description": "The conversation the result is about."
      },
      "operator": {
        "$ref": "#/components/schemas/OperatorReference"
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the result was made."
      },
      "referenceIds": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 97
        },
        "description": "Identifiers of objects related to the result."
      },
      "executionDetails": {
        "$ref": "#/components/schemas/ExecutionDetails"
      },
      "metadata": {
        "$ref": "#/components/schemas/OperatorResultMetadata",
        "description": "How the execution went."
      },
      "result": {
        "$ref": "#/components/schemas/TextOutput",
        "description": "What the operator produced."
      }
    },
    "required": [
      "dateCreated",
      "id",
      "result",
      "executionDetails",
      "conversationId",
      "intelligenceConfiguration",
      "referenceIds",
      "metadata",
      "accountId",
      "outputFormat",
      "operator"
    ],
    "description": "The result of an operator with TEXT output."
  },
  "JSONResult": {
    "type": "object",
    "properties": {
      "outputFormat": {
        "type": "string",
        "enum": [
          "JSON"
        ],
        "description": "discriminator enum property added by openapi-typescript"
      },
      "id": {
        "type": "string",
        "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
        "description": "Identifier of the result, assigned by Twilio (TTID)."
      },
      "accountId": {
        "type": "string",
        "pattern": "^AC[a-zA-Z0-9]{32}$",
        "description": "The Account that owns the result."
      },
      "intelligenceConfiguration": {
        "$ref": "#/components/schemas/IntelligenceConfigurationReference"
      },
      "conversationId": {
        "type": "string",
        "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
        "description": "The conversation the result is about."
      },
      "operator": {
        "$ref": "#/components/schemas/OperatorReference"
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the result was made."
      },
      "referenceIds": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 97
        },
        "description": "Identifiers of objects related to the result."
      },
      "executionDetails": {
        "$ref": "#/components/schemas/ExecutionDetails"
      },
      "metadata": {
        "$ref": "#/components/schemas/OperatorResultMetadata",
        "description": "How the execution went."
      },
      "result": {
        "$ref": "#/components/schemas/JSONOutput",
        "description": "The object the operator produced, following its `outputSchema`."
      }
    },
    "required": [
      "dateCreated",
      "id",
      "result",
      "executionDetails",
      "conversationId",
      "intelligenceConfiguration",
      "referenceIds",
      "metadata",
      "accountId",
      "outputFormat",
      "operator"
    ],
    "description": "The result of an operator with JSON output."
  },
  "ClassificationResult": {
    "type": "object",
    "properties": {
      "outputFormat": {
        "type": "string",
        "enum": [
          "CLASSIFICATION"
        ],
        "description": "discriminator enum property added by openapi-typescript"
      },
      "id": {
        "type": "string",
        "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
        "description": "Identifier of the result, assigned by Twilio (TTID)."
      },
      "accountId": {
        "type": "string",
        "pattern": "^AC[a-zA-Z0-9]{32}$",
        "description": "The Account that owns the result."
      },
      "intelligenceConfiguration": {
        "$ref": "#/components/schemas/IntelligenceConfigurationReference"
      },
      "conversationId": {
        "type": "string",
        "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
        "description": "The conversation the result is about."
      },
      "operator": {
        "$ref": "#/components/schemas/OperatorReference"
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the result was made."
      },
      "referenceIds": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 97
        },
        "description": "Identifiers of objects related to the result."
      },
      "executionDetails": {
        "$ref": "#/components/schemas/ExecutionDetails"
      },
      "metadata": {
        "$ref": "#/components/schemas/OperatorResultMetadata",
        "description": "How the execution went."
      },
      "result": {
        "$ref": "#/components/schemas/ClassificationOutput",
        "description": "What the operator produced."
      }
    },
    "required": [
      "dateCreated",
      "id",
      "result",
      "executionDetails",
      "conversationId",
      "intelligenceConfiguration",
      "referenceIds",
      "metadata",
      "accountId",
      "outputFormat",
      "operator"
    ],
    "description": "The result of an operator with CLASSIFICATION output."
  },
  "ExtractionResult": {
    "type": "object",
    "properties": {
      "outputFormat": {
        "type": "string",
        "enum": [
          "EXTRACTION"
        ],
        "description": "discriminator enum property added by openapi-typescript"
      },
      "id": {
        "type": "string",
        "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
        "description": "Identifier of the result, assigned by Twilio (TTID)."
      },
      "accountId": {
        "type": "string",
        "pattern": "^AC[a-zA-Z0-9]{32}$",
        "description": "The Account that owns the result."
      },
      "intelligenceConfiguration": {
        "$ref": "#/components/schemas/IntelligenceConfigurationReference"
      },
      "conversationId": {
        "type": "string",
        "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
        "description": "The conversation the result is about."
      },
      "operator": {
        "$ref": "#/components/schemas/OperatorReference"
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the result was made."
      },
      "referenceIds": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 97
        },
        "description": "Identifiers of objects related to the result."
      },
      "executionDetails": {
        "$ref": "#/components/schemas/ExecutionDetails"
      },
      "metadata": {
        "$ref": "#/components/schemas/OperatorResultMetadata",
        "description": "How the execution went."
      },
      "result": {
        "$ref": "#/components/schemas/ExtractionOutput",
        "description": "What the operator produced."
      }
    },
    "required": [
      "dateCreated",
      "id",
      "result",
      "executionDetails",
      "conversationId",
      "intelligenceConfiguration",
      "referenceIds",
      "metadata",
      "accountId",
      "outputFormat",
      "operator"
    ],
    "description": "The result of an operator with EXTRACTION output."
  },
  "ResolvedContext": {
    "type": "object",
    "properties": {
      "memory": {
        "type": "object",
        "required": [
          "profileId",
          "memoryStoreId"
        ],
        "properties": {
          "profileId": {
            "type": "string",
            "pattern": "^mem_profile_[0-7][0-9a-z]{25}$"
          },
          "memoryStoreId": {
            "type": "string",
            "pattern": "^mem_(store|service)_[0-7][0-9a-z]{25}$"
          }
        },
        "description": "The Customer Memory profile that was read, if any."
      },
      "knowledge": {
        "type": [
          "object",
          "null"
        ],
        "required": [
          "sources"
        ],
        "properties": {
          "sources": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "baseId",
                "sourceId"
              ],
              "properties": {
                "baseId": {
                  "type": "string",
                  "pattern": "^know_knowledgebase_[0-7][0-9a-z]{25}$"
                },
                "sourceId": {
                  "type": "string",
                  "pattern": "^know_knowledge_[0-7][0-9a-z]{25}$"
                }
              }
            }
          }
        },
        "description": "The Knowledge sources that were read, if any; null when none was."
      }
    },
    "description": "The context the operator actually used."
  },
  "SystemMetaData": {
    "type": "object",
    "required": [
      "latencyMs",
      "inputCharacters",
      "outputCharacters",
      "inputTruncated"
    ],
    "properties": {
      "resolvedModel": {
        "type": "string",
        "description": "The language model that ran."
      },
      "latencyMs": {
        "type": "integer",
        "description": "How long the execution took, in milliseconds."
      },
      "inputCharacters": {
        "type": "integer",
        "description": "Characters sent to the model (what is billed)."
      },
      "outputCharacters": {
        "type": "integer",
        "description": "Characters the model returned (what is billed)."
      },
      "inputTruncated": {
        "type": "boolean",
        "description": "Whether the conversation was cut to fit the model's context window."
      }
    },
    "description": "Measurements of one execution."
  },
  "IntelligenceConfigurationReference": {
    "type": "object",
    "required": [
      "id",
      "ruleId",
      "version"
    ],
    "properties": {
      "id": {
        "type": "string",
        "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$"
      },
      "ruleId": {
        "type": "string",
        "pattern": "^intelligence_configurationrule_[0-7][0-9a-z]{25}$"
      },
      "version": {
        "type": "integer"
      }
    },
    "description": "The configuration, rule and configuration version that produced a result."
  },
  "OperatorReference": {
    "type": "object",
    "required": [
      "id",
      "version",
      "parameters"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "version": {
        "type": "integer"
      },
      "parameters": {
        "type": "object",
        "additionalProperties": true,
        "description": "The parameter values the rule passed, by name."
      }
    },
    "description": "The operator, version and parameter values that produced a result."
  },
  "ExecutionDetails": {
    "type": "object",
    "properties": {
      "trigger": {
        "type": "object",
        "required": [
          "on",
          "timestamp"
        ],
        "properties": {
          "on": {
            "type": "string"
          },
          "timestamp": {
            "type": "string",
            "format": "date-time"
          }
        },
        "description": "The trigger that fired."
      },
      "communications": {
        "type": "object",
        "required": [
          "first",
          "last"
        ],
        "properties": {
          "first": {
            "allOf": [
              {
                "type": "string",
                "pattern": "^conv_communication_[0-7][0-9a-z]{25}$"
              }
            ],
            "description": "The first communication the execution read."
          },
          "last": {
            "allOf": [
              {
                "type": "string",
                "pattern": "^conv_communication_[0-7][0-9a-z]{25}$"
              }
            ],
            "description": "The last communication the execution read."
          }
        },
        "description": "The first and last communications the execution read."
      },
      "channels": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The conversation's channels at the time."
      },
      "participants": {
        "type": "array",
        "items": {
          "type": "object",
          "required": [
            "id"
          ],
          "properties": {
            "id": {
              "type": "string",
              "pattern": "^conv_participant_[0-7][0-9a-z]{25}$"
            },
            "profileId": {
              "type": "string",
              "pattern": "^mem_profile_[0-7][0-9a-z]{25}$"
            },
            "type": {
              "type": "string"
            }
          }
        },
        "description": "The conversation's participants at the time."
      },
      "resolvedContext": {
        "$ref": "#/components/schemas/ResolvedContext"
      }
    },
    "required": [
      "trigger",
      "communications",
      "channels",
      "participants"
    ],
    "description": "What started the execution and what it covered."
  },
  "OperatorResultContext": {
    "type": "object",
    "properties": {
      "customerMemory": {
        "$ref": "#/components/schemas/CustomerMemoryContext"
      },
      "knowledge": {
        "$ref": "#/components/schemas/KnowledgeContext"
      }
    },
    "description": "The context an operator was allowed to use in one execution."
  },
  "CustomerMemoryContext": {
    "type": "object",
    "properties": {
      "profileId": {
        "type": "string"
      },
      "memoryStoreId": {
        "type": "string"
      }
    },
    "required": [
      "profileId",
      "memoryStoreId"
    ],
    "description": "The Customer Memory profile made available to an operator."
  },
  "KnowledgeContext": {
    "type": "object",
    "properties": {
      "bases": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "required": [
      "bases"
    ],
    "description": "The Knowledge Bases made available to an operator."
  },
  "IntelligenceConfiguration": {
    "type": "object",
    "required": [
      "accountId",
      "id",
      "displayName",
      "version",
      "rules",
      "dateCreated",
      "dateUpdated"
    ],
    "properties": {
      "accountId": {
        "type": "string",
        "x-jvm-type": "com.twilio.sids.AccountSid",
        "description": "The Account that owns the configuration."
      },
      "id": {
        "type": "string",
        "description": "Identifier of the configuration, assigned by Twilio (TTID)."
      },
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
      "version": {
        "type": "integer",
        "description": "Revision number kept by the server; it grows by one with every update."
      },
      "rules": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Rule"
        },
        "maxItems": 5,
        "description": "The configuration's rules (at most five)."
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the configuration was created."
      },
      "dateUpdated": {
        "type": "string",
        "format": "date-time",
        "description": "When the configuration was last changed."
      }
    },
    "description": "An Intelligence Configuration: when and how Language Operators run on conversations. It runs\nonly when it has at least one rule and is attached to a Conversations configuration.\n"
  },
  "Rule": {
    "type": "object",
    "required": [
      "id",
      "operators",
      "triggers",
      "actions"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "Identifier of the rule, assigned by Twilio (TTID)."
      },
      "operators": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Operator"
        },
        "maxItems": 5,
        "description": "The operators the rule runs (at most five)."
      },
      "triggers": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Trigger"
        },
        "maxItems": 1,
        "description": "The event that starts the rule (at most one)."
      },
      "actions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Action"
        },
        "maxItems": 2,
        "description": "Where the results go (at most two)."
      },
      "context": {
        "$ref": "#/components/schemas/Context"
      }
    },
    "description": "A rule of a stored configuration."
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
  "Trigger": {
    "type": "object",
    "required": [
      "on"
    ],
    "properties": {
      "on": {
        "$ref": "#/components/schemas/TriggerType"
      },
      "parameters": {
        "$ref": "#/components/schemas/TriggerParameters"
      }
    },
    "description": "The event that starts a rule."
  },
  "Action": {
    "type": "object",
    "required": [
      "type",
      "method",
      "url"
    ],
    "properties": {
      "type": {
        "$ref": "#/components/schemas/ActionType"
      },
      "method": {
        "$ref": "#/components/schemas/ActionMethod"
      },
      "url": {
        "type": "string",
        "format": "uri",
        "description": "The absolute URL that receives the results."
      }
    },
    "description": "Where a rule delivers its operators' results."
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
          "$ref": "#/components/schemas/Operator"
        },
        "minItems": 1,
        "maxItems": 5,
        "description": "The operators the rule runs (one to five)."
      },
      "triggers": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Trigger"
        },
        "maxItems": 1,
        "description": "The event that starts the rule (at most one)."
      },
      "actions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Action"
        },
        "maxItems": 2,
        "description": "Where the results go (at most two)."
      },
      "context": {
        "$ref": "#/components/schemas/Context"
      }
    },
    "description": "A rule as sent when creating a configuration."
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
          "$ref": "#/components/schemas/Operator"
        },
        "minItems": 1,
        "maxItems": 5,
        "description": "The operators the rule runs (one to five)."
      },
      "triggers": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Trigger"
        },
        "maxItems": 1,
        "description": "The event that starts the rule (at most one)."
      },
      "actions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Action"
        },
        "maxItems": 2,
        "description": "Where the results go (at most two)."
      },
      "context": {
        "$ref": "#/components/schemas/Context"
      }
    },
    "description": "A rule as sent in an update."
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
          "$ref": "#/components/schemas/RuleCreationRequestPayload"
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
          "$ref": "#/components/schemas/RuleUpdateRequestPayload"
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
  },
  "PaginatedConfigurationResponse": {
    "type": "object",
    "required": [
      "items",
      "meta"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/IntelligenceConfiguration"
        },
        "description": "The resources of this page."
      },
      "meta": {
        "$ref": "#/components/schemas/PaginationMeta"
      }
    },
    "description": "One page of configurations."
  },
  "ListOperatorsResponse": {
    "type": "object",
    "required": [
      "items",
      "meta"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/LanguageOperator"
        },
        "description": "The resources of this page."
      },
      "meta": {
        "$ref": "#/components/schemas/PaginationMeta"
      }
    },
    "description": "One page of operators."
  },
  "OperatorVersionStatus": {
    "type": "string",
    "enum": [
      "PREVIEW",
      "ACTIVE",
      "DEPRECATED",
      "RETIRED"
    ],
    "description": "A version's lifecycle: `PREVIEW` runs but is meant for testing; `ACTIVE` is for normal use;\n`DEPRECATED` still runs but warns (move to a newer version before its retirement date);\n`RETIRED` no longer runs, and rules that name it fail until they name another version.\n"
  },
  "ListOperatorVersionsResponse": {
    "type": "object",
    "required": [
      "items",
      "meta"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/OperatorVersionSummary"
        },
        "description": "The resources of this page."
      },
      "meta": {
        "$ref": "#/components/schemas/PaginationMeta"
      }
    },
    "description": "One page of an operator's versions."
  },
  "LanguageOperatorVersion": {
    "type": "object",
    "properties": {
      "id": {
        "$ref": "#/components/schemas/OperatorTtid"
      },
      "displayName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "description": {
        "type": "string"
      },
      "version": {
        "type": "integer",
        "readOnly": true,
        "description": "The version number."
      },
      "author": {
        "$ref": "#/components/schemas/OperatorAuthorEnum"
      },
      "prompt": {
        "type": "string"
      },
      "outputFormat": {
        "$ref": "#/components/schemas/OperatorOutputFormat"
      },
      "outputSchema": {
        "$ref": "#/components/schemas/OperatorOutputSchema"
      },
      "trainingExamples": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/OperatorTrainingExample"
        }
      },
      "context": {
        "$ref": "#/components/schemas/OperatorContext"
      },
      "parameters": {
        "$ref": "#/components/schemas/OperatorParameters"
      },
      "status": {
        "$ref": "#/components/schemas/OperatorVersionStatus",
        "description": "Where the version is in its lifecycle."
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the version was made."
      }
    },
    "required": [
      "dateCreated",
      "status"
    ],
    "description": "A Language Operator as defined in one version, with that version's status."
  },
  "CreateOrUpdateOperatorRequest": {
    "type": "object",
    "properties": {
      "id": {
        "$ref": "#/components/schemas/OperatorTtid"
      },
      "displayName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "description": {
        "type": "string"
      },
      "version": {
        "type": "integer",
        "readOnly": true
      },
      "author": {
        "$ref": "#/components/schemas/OperatorAuthorEnum"
      },
      "prompt": {
        "type": "string"
      },
      "outputFormat": {
        "$ref": "#/components/schemas/OperatorOutputFormat"
      },
      "outputSchema": {
        "$ref": "#/components/schemas/OperatorOutputSchema"
      },
      "trainingExamples": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/OperatorTrainingExample"
        }
      },
      "context": {
        "$ref": "#/components/schemas/OperatorContext"
      },
      "parameters": {
        "$ref": "#/components/schemas/OperatorParameters"
      }
    },
    "required": [
      "prompt",
      "displayName",
      "outputFormat"
    ],
    "description": "An operator as sent in a create or update call. (The operations' bodies are\n`OperatorRequest`, which requires the same fields.)\n"
  },
  "LanguageOperator": {
    "type": "object",
    "properties": {
      "id": {
        "$ref": "#/components/schemas/OperatorTtid",
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
        "$ref": "#/components/schemas/OperatorAuthorEnum",
        "description": "Who maintains the operator."
      },
      "prompt": {
        "type": "string",
        "description": "The instructions the operator follows. `{{parameters.name}}` in it is replaced by the\nvalue a rule passes for the parameter `name`. Twilio's operators do not show theirs.\n"
      },
      "outputFormat": {
        "$ref": "#/components/schemas/OperatorOutputFormat",
        "description": "The shape of what the operator produces."
      },
      "outputSchema": {
        "$ref": "#/components/schemas/OperatorOutputSchema",
        "description": "For `JSON` output, the JSON Schema of the object it produces."
      },
      "trainingExamples": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/OperatorTrainingExample"
        },
        "description": "Sample inputs with the outputs expected of them, to guide the operator."
      },
      "context": {
        "$ref": "#/components/schemas/OperatorContext",
        "description": "Which context (Memory, Knowledge) the operator may receive from a rule."
      },
      "parameters": {
        "$ref": "#/components/schemas/OperatorParameters",
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
  "OperatorParameters": {
    "type": "object",
    "additionalProperties": {
      "$ref": "#/components/schemas/OperatorParameter"
    },
    "description": "The operator's parameters by name; rules pass their values."
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
  "OperatorTtid": {
    "type": "string",
    "readOnly": true,
    "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
  },
  "OperatorResultTtid": {
    "type": "string",
    "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
    "description": "Identifier of an operator result, assigned by Twilio (TTID)."
  },
  "ConversationTtid": {
    "type": "string",
    "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a conversation (TTID)."
  },
  "ParticipantTtid": {
    "type": "string",
    "pattern": "^conv_participant_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a participant of a conversation (TTID)."
  },
  "MemoryProfileTtid": {
    "type": "string",
    "pattern": "^mem_profile_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a Customer Memory profile."
  },
  "MemoryStoreTtid": {
    "type": "string",
    "pattern": "^mem_(store|service)_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a Customer Memory store."
  },
  "KnowledgeBaseTtid": {
    "type": "string",
    "pattern": "^know_knowledgebase_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a Knowledge Base."
  },
  "KnowledgeSourceTtid": {
    "type": "string",
    "pattern": "^know_knowledge_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a source inside a Knowledge Base."
  },
  "CommunicationTtid": {
    "type": "string",
    "pattern": "^conv_communication_[0-7][0-9a-z]{25}$",
    "description": "Identifier of one communication (a message, an utterance) of a conversation (TTID)."
  },
  "IntelligenceConfigurationTtid": {
    "type": "string",
    "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
    "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID)."
  },
  "IntelligenceConfigurationRuleTtid": {
    "type": "string",
    "pattern": "^intelligence_configurationrule_[0-7][0-9a-z]{25}$",
    "description": "Identifier of a Rule inside a configuration, assigned by Twilio (TTID)."
  },
  "ConfigurationTtid": {
    "type": "string",
    "description": "Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration)."
  },
  "Content": {
    "type": "object",
    "properties": {
      "text": {
        "type": "string",
        "description": "Its transcript."
      }
    },
    "description": "What a communication says."
  },
  "Communication": {
    "type": "object",
    "required": [
      "id",
      "participantId",
      "content",
      "createdAt"
    ],
    "properties": {
      "id": {
        "$ref": "#/components/schemas/CommunicationTtid"
      },
      "participantId": {
        "$ref": "#/components/schemas/ParticipantTtid"
      },
      "content": {
        "$ref": "#/components/schemas/Content"
      },
      "createdAt": {
        "type": "string",
        "format": "date-time",
        "description": "When it was made."
      }
    },
    "description": "One communication of a conversation."
  },
  "Participant": {
    "type": "object",
    "required": [
      "id",
      "addressValues"
    ],
    "properties": {
      "id": {
        "$ref": "#/components/schemas/ParticipantTtid"
      },
      "name": {
        "type": [
          "string",
          "null"
        ],
        "description": "The participant's display name, if known."
      },
      "type": {
        "type": [
          "string",
          "null"
        ],
        "description": "The participant's role, such as `CUSTOMER`, `HUMAN_AGENT` or `AI_AGENT`."
      },
      "addressValues": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The participant's addresses, such as a phone number."
      }
    },
    "description": "A participant of a conversation."
  },
  "Channel": {
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
    ],
    "description": "A communication channel."
  },
  "ConversationStatus": {
    "type": "string",
    "enum": [
      "ACTIVE",
      "INACTIVE",
      "CLOSED"
    ],
    "description": "Whether the conversation is going on (`ACTIVE`), paused (`INACTIVE`) or over (`CLOSED`)."
  },
  "ConversationListItem": {
    "type": "object",
    "required": [
      "id",
      "accountId",
      "name",
      "status",
      "createdAt",
      "updatedAt",
      "intelligenceConfigurationIds",
      "conversationConfigurationId",
      "channels",
      "channelIds",
      "participants",
      "operatorResultIds"
    ],
    "properties": {
      "id": {
        "$ref": "#/components/schemas/ConversationTtid"
      },
      "accountId": {
        "type": [
          "string",
          "null"
        ],
        "minLength": 34,
        "maxLength": 34,
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "description": "The Account that owns the conversation."
      },
      "name": {
        "type": [
          "string",
          "null"
        ],
        "description": "The conversation's name, if it has one."
      },
      "status": {
        "$ref": "#/components/schemas/ConversationStatus"
      },
      "createdAt": {
        "type": "string",
        "format": "date-time",
        "description": "When the conversation started."
      },
      "updatedAt": {
        "type": "string",
        "format": "date-time",
        "description": "When the conversation last changed."
      },
      "intelligenceConfigurationIds": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/IntelligenceConfigurationTtid"
        },
        "description": "The Intelligence Configurations that process it."
      },
      "conversationConfigurationId": {
        "$ref": "#/components/schemas/ConfigurationTtid",
        "description": "The Conversations configuration it was created under."
      },
      "channels": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Channel"
        },
        "description": "The channels it uses."
      },
      "channelIds": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The channel resources behind it, such as Call or Message SIDs."
      },
      "participants": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Participant"
        },
        "description": "Who takes part."
      },
      "operatorResultIds": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The operator results made from it."
      }
    },
    "description": "A conversation as a list shows it (without its communications)."
  },
  "Conversation": {
    "type": "object",
    "required": [
      "id",
      "accountId",
      "name",
      "status",
      "createdAt",
      "updatedAt",
      "intelligenceConfigurationIds",
      "conversationConfigurationId",
      "channels",
      "channelIds",
      "participants",
      "communications",
      "operatorResultIds"
    ],
    "properties": {
      "id": {
        "$ref": "#/components/schemas/ConversationTtid"
      },
      "accountId": {
        "type": [
          "string",
          "null"
        ],
        "minLength": 34,
        "maxLength": 34,
        "pattern": "^AC[0-9a-fA-F]{32}$",
        "description": "The Account that owns the conversation."
      },
      "name": {
        "type": [
          "string",
          "null"
        ],
        "description": "The conversation's name, if it has one."
      },
      "status": {
        "$ref": "#/components/schemas/ConversationStatus"
      },
      "createdAt": {
        "type": "string",
        "format": "date-time",
        "description": "When the conversation started."
      },
      "updatedAt": {
        "type": "string",
        "format": "date-time",
        "description": "When the conversation last changed."
      },
      "intelligenceConfigurationIds": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/IntelligenceConfigurationTtid"
        },
        "description": "The Intelligence Configurations that process it."
      },
      "conversationConfigurationId": {
        "$ref": "#/components/schemas/ConfigurationTtid",
        "description": "The Conversations configuration it was created under."
      },
      "channels": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Channel"
        },
        "description": "The channels it uses."
      },
      "channelIds": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The channel resources behind it, such as Call or Message SIDs."
      },
      "participants": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Participant"
        },
        "description": "Who takes part."
      },
      "communications": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Communication"
        },
        "description": "The conversation's communications, in order."
      },
      "operatorResultIds": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The operator results made from it."
      }
    },
    "description": "A conversation, with its communications."
  },
  "ListConversationsResponse": {
    "type": "object",
    "required": [
      "items",
      "meta"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ConversationListItem"
        },
        "description": "The resources of this page."
      },
      "meta": {
        "$ref": "#/components/schemas/PaginationMeta"
      }
    },
    "description": "One page of conversations."
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
            "$ref": "#/components/schemas/IntelligenceConfigurationTtid"
          }
        ],
        "description": "The configuration the rule belongs to."
      },
      "ruleId": {
        "allOf": [
          {
            "$ref": "#/components/schemas/IntelligenceConfigurationRuleTtid"
          }
        ],
        "description": "The rule to run."
      },
      "conversationId": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ConversationTtid"
          }
        ],
        "description": "The conversation to run it on."
      },
      "rule": {
        "$ref": "#/components/schemas/RuleExecutionOverride"
      }
    },
    "description": "Which rule to run on which conversation."
  },
  "Error": {
    "type": "object",
    "properties": {
      "code": {
        "type": "integer",
        "format": "int32",
        "description": "Twilio's error code; see twilio.com/docs/errors."
      },
      "message": {
        "type": "string",
        "description": "What went wrong, in words."
      },
      "httpStatusCode": {
        "type": "integer",
        "format": "int32",
        "description": "The response's HTTP status, repeated."
      },
      "userError": {
        "type": "boolean",
        "description": "True when the request was at fault, false for a failure of the service."
      },
      "params": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        },
        "description": "Details as strings, such as `twilioErrorCodeUrl`."
      }
    },
    "required": [
      "code",
      "message",
      "httpStatusCode"
    ],
    "description": "The body of every error response."
  },
  "OperatorRequest": {
    "allOf": [
      {
        "$ref": "#/components/schemas/LanguageOperator"
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
  "ListOperatorResultsResponse": {
    "type": "object",
    "required": [
      "items",
      "meta"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/OperatorResultsResponseV1"
        },
        "description": "The resources of this page."
      },
      "meta": {
        "$ref": "#/components/schemas/PaginationMeta"
      }
    },
    "description": "One page of operator results."
  },
  "OperatorVersionNumber": {
    "type": "integer",
    "description": "A version number of an operator."
  },
  "PaginationMeta": {
    "type": "object",
    "properties": {
      "key": {
        "type": "string",
        "description": "Name of the sibling property that holds the page's resources (`items`)."
      },
      "pageSize": {
        "type": "integer",
        "description": "Number of resources in this page."
      },
      "previousToken": {
        "type": "string",
        "description": "Pass as `pageToken` to get the previous page."
      },
      "nextToken": {
        "type": "string",
        "description": "Pass as `pageToken` to get the next page; absent on the last page."
      }
    },
    "required": [
      "key",
      "pageSize"
    ],
    "description": "Paging information."
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
  "ActionType": {
    "type": "string",
    "enum": [
      "WEBHOOK"
    ],
    "description": "How the results are delivered; webhooks only."
  },
  "ActionMethod": {
    "type": "string",
    "enum": [
      "POST"
    ],
    "description": "HTTP method of the webhook call; always POST."
  },
  "OperatorVersionSummary": {
    "type": "object",
    "required": [
      "version",
      "status",
      "dateCreated"
    ],
    "properties": {
      "version": {
        "type": "integer",
        "description": "The version number."
      },
      "status": {
        "$ref": "#/components/schemas/OperatorVersionStatus",
        "description": "Where the version is in its lifecycle."
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the version was made."
      },
      "dateDeprecated": {
        "type": "string",
        "format": "date-time",
        "description": "When the version was deprecated (DEPRECATED and RETIRED versions)."
      },
      "retirementDate": {
        "type": "string",
        "format": "date-time",
        "description": "When a DEPRECATED version is to be retired."
      },
      "dateRetired": {
        "type": "string",
        "format": "date-time",
        "description": "When the version was retired (RETIRED versions)."
      }
    },
    "description": "One version of an operator, with its lifecycle dates."
  },
  "OperatorResultMetadata": {
    "type": "object",
    "properties": {
      "system": {
        "$ref": "#/components/schemas/SystemMetaData",
        "description": "The model's figures for the execution."
      }
    },
    "required": [
      "system"
    ],
    "description": "How an operator's execution went."
  },
  "TextOutput": {
    "type": "object",
    "required": [
      "text"
    ],
    "properties": {
      "text": {
        "type": "string",
        "description": "The text."
      }
    },
    "description": "What an operator with TEXT output produced."
  },
  "JSONOutput": {
    "type": "object",
    "additionalProperties": true,
    "description": "The object an operator with JSON output produced, following its `outputSchema`."
  },
  "ClassificationOutput": {
    "type": "object",
    "required": [
      "label"
    ],
    "properties": {
      "label": {
        "type": "string",
        "description": "The label it chose."
      }
    },
    "description": "What an operator with CLASSIFICATION output produced."
  },
  "ExtractionOutput": {
    "type": "object",
    "required": [
      "entities"
    ],
    "properties": {
      "entities": {
        "type": "array",
        "items": {
          "type": "object",
          "required": [
            "text",
            "label"
          ],
          "properties": {
            "text": {
              "type": "string",
              "description": "The entity as written in the conversation."
            },
            "label": {
              "type": "string",
              "description": "Its kind, such as `PERSON`."
            }
          }
        },
        "description": "The entities found in the conversation."
      }
    },
    "description": "What an operator with EXTRACTION output produced."
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
          "$ref": "#/components/schemas/RuleExecutionOperatorOverride"
        }
      }
    }
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
  "RuleExecutionWebhook": {
    "type": "object",
    "description": "The body of the POST a rule's WEBHOOK action sends once the rule's operators ran.",
    "required": [
      "accountId",
      "conversationId",
      "intelligenceConfiguration",
      "operatorResults"
    ],
    "properties": {
      "accountId": {
        "type": "string",
        "description": "The Account the rule belongs to."
      },
      "conversationId": {
        "type": "string",
        "description": "The conversation the rule ran on."
      },
      "intelligenceConfiguration": {
        "$ref": "#/components/schemas/RuleExecutionConfiguration"
      },
      "operatorResults": {
        "type": "array",
        "description": "What each operator of the rule produced.",
        "items": {
          "$ref": "#/components/schemas/RuleExecutionResult"
        }
      }
    }
  },
  "RuleExecutionConfiguration": {
    "type": "object",
    "description": "The configuration and rule that ran.",
    "required": [
      "id",
      "version",
      "ruleId"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "The Intelligence Configuration."
      },
      "displayName": {
        "type": "string",
        "description": "Its name."
      },
      "version": {
        "type": "integer",
        "description": "The version of the configuration that ran."
      },
      "ruleId": {
        "type": "string",
        "description": "The rule that ran."
      }
    }
  },
  "RuleExecutionOperator": {
    "type": "object",
    "description": "The operator that produced a result, as the webhook names it.",
    "required": [
      "id",
      "version"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "The Language Operator."
      },
      "displayName": {
        "type": "string",
        "description": "Its name."
      },
      "version": {
        "type": "integer",
        "description": "The version that ran."
      },
      "parameters": {
        "type": [
          "object",
          "null"
        ],
        "additionalProperties": true,
        "description": "The parameter values the rule passed, or null when it passed none."
      }
    }
  },
  "RuleExecutionResultBase": {
    "type": "object",
    "description": "The fields every delivered result has, whatever its format.",
    "required": [
      "id",
      "operator",
      "outputFormat",
      "result",
      "dateCreated",
      "referenceIds",
      "executionDetails"
    ],
    "properties": {
      "id": {
        "type": "string",
        "description": "Identifier of the operator result, as the OperatorResults API knows it."
      },
      "operator": {
        "$ref": "#/components/schemas/RuleExecutionOperator"
      },
      "outputFormat": {
        "$ref": "#/components/schemas/OutputFormat"
      },
      "result": {
        "type": "object",
        "description": "What the operator produced; `outputFormat` says its shape."
      },
      "dateCreated": {
        "type": "string",
        "format": "date-time",
        "description": "When the result was made."
      },
      "referenceIds": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Identifiers of objects related to the result."
      },
      "executionDetails": {
        "$ref": "#/components/schemas/ExecutionDetails"
      },
      "metadata": {
        "$ref": "#/components/schemas/OperatorResultMetadata"
      }
    }
  },
  "TextRuleExecutionResult": {
    "description": "A delivered result of an operator with TEXT output.",
    "allOf": [
      {
        "$ref": "#/components/schemas/RuleExecutionResultBase"
      },
      {
        "type": "object",
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "TEXT"
            ]
          },
          "result": {
            "$ref": "#/components/schemas/TextOutput"
          }
        }
      },
      {
        "type": "object",
        "required": [
          "outputFormat"
        ],
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "TEXT"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          }
        }
      }
    ]
  },
  "JSONRuleExecutionResult": {
    "description": "A delivered result of an operator with JSON output.",
    "allOf": [
      {
        "$ref": "#/components/schemas/RuleExecutionResultBase"
      },
      {
        "type": "object",
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "JSON"
            ]
          },
          "result": {
            "$ref": "#/components/schemas/JSONOutput"
          }
        }
      },
      {
        "type": "object",
        "required": [
          "outputFormat"
        ],
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "JSON"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          }
        }
      }
    ]
  },
  "ClassificationRuleExecutionResult": {
    "description": "A delivered result of an operator with CLASSIFICATION output.",
    "allOf": [
      {
        "$ref": "#/components/schemas/RuleExecutionResultBase"
      },
      {
        "type": "object",
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "CLASSIFICATION"
            ]
          },
          "result": {
            "$ref": "#/components/schemas/ClassificationOutput"
          }
        }
      },
      {
        "type": "object",
        "required": [
          "outputFormat"
        ],
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "CLASSIFICATION"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          }
        }
      }
    ]
  },
  "ExtractionRuleExecutionResult": {
    "description": "A delivered result of an operator with EXTRACTION output.",
    "allOf": [
      {
        "$ref": "#/components/schemas/RuleExecutionResultBase"
      },
      {
        "type": "object",
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "EXTRACTION"
            ]
          },
          "result": {
            "$ref": "#/components/schemas/ExtractionOutput"
          }
        }
      },
      {
        "type": "object",
        "required": [
          "outputFormat"
        ],
        "properties": {
          "outputFormat": {
            "type": "string",
            "enum": [
              "EXTRACTION"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          }
        }
      }
    ]
  },
  "RuleExecutionResult": {
    "description": "One delivered operator result; `outputFormat` says which of the four shapes it has.",
    "oneOf": [
      {
        "$ref": "#/components/schemas/TextRuleExecutionResult"
      },
      {
        "$ref": "#/components/schemas/JSONRuleExecutionResult"
      },
      {
        "$ref": "#/components/schemas/ClassificationRuleExecutionResult"
      },
      {
        "$ref": "#/components/schemas/ExtractionRuleExecutionResult"
      }
    ],
    "discriminator": {
      "propertyName": "outputFormat",
      "mapping": {
        "TEXT": "#/components/schemas/TextRuleExecutionResult",
        "JSON": "#/components/schemas/JSONRuleExecutionResult",
        "CLASSIFICATION": "#/components/schemas/ClassificationRuleExecutionResult",
        "EXTRACTION": "#/components/schemas/ExtractionRuleExecutionResult"
      }
    }
  }
} as const;

/**
 * The schemas the generated validators check, as one JSON Schema 2020-12 document: the component
 * schemas and each operation's query (`<operationId>Query`) under `$defs`, every `$ref` local to it.
 */
export const validationSchema = {
  "$defs": {
    "OperatorResultsResponseV1": {
      "type": "object",
      "properties": {
        "outputFormat": {
          "$ref": "#/$defs/OutputFormat"
        }
      },
      "discriminator": {
        "propertyName": "outputFormat",
        "mapping": {
          "TEXT": "#/$defs/TextResult",
          "JSON": "#/$defs/JSONResult",
          "CLASSIFICATION": "#/$defs/ClassificationResult",
          "EXTRACTION": "#/$defs/ExtractionResult"
        }
      },
      "oneOf": [
        {
          "$ref": "#/$defs/TextResult"
        },
        {
          "$ref": "#/$defs/JSONResult"
        },
        {
          "$ref": "#/$defs/ClassificationResult"
        },
        {
          "$ref": "#/$defs/ExtractionResult"
        }
      ],
      "description": "An operator result; `outputFormat` says which of the four shapes it has."
    },
    "OutputFormat": {
      "type": "string",
      "pattern": "^(CLASSIFICATION|TEXT|EXTRACTION|JSON)$",
      "description": "The output format of the operator that produced the result; it decides the shape of `result`."
    },
    "OperatorResultsResponseBase": {
      "type": "object",
      "properties": {
        "outputFormat": {
          "$ref": "#/$defs/OutputFormat"
        },
        "id": {
          "type": "string",
          "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$"
        },
        "accountId": {
          "type": "string",
          "pattern": "^AC[a-zA-Z0-9]{32}$"
        },
        "intelligenceConfiguration": {
          "$ref": "#/$defs/IntelligenceConfigurationReference"
        },
        "conversationId": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$"
        },
        "operator": {
          "$ref": "#/$defs/OperatorReference"
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time"
        },
        "referenceIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 97
          }
        },
        "executionDetails": {
          "$ref": "#/$defs/ExecutionDetails"
        },
        "metadata": {
          "$ref": "#/$defs/OperatorResultMetadata"
        }
      },
      "required": [
        "id",
        "accountId",
        "intelligenceConfiguration",
        "conversationId",
        "operator",
        "dateCreated",
        "outputFormat",
        "referenceIds",
        "executionDetails",
        "metadata"
      ],
      "description": "The fields every operator result has, whatever its format."
    },
    "TextResult": {
      "type": "object",
      "properties": {
        "outputFormat": {
          "$ref": "#/$defs/OutputFormat",
          "enum": [
            "TEXT"
          ]
        },
        "id": {
          "type": "string",
          "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
          "description": "Identifier of the result, assigned by Twilio (TTID)."
        },
        "accountId": {
          "type": "string",
          "pattern": "^AC[a-zA-Z0-9]{32}$",
          "description": "The Account that owns the result."
        },
        "intelligenceConfiguration": {
          "$ref": "#/$defs/IntelligenceConfigurationReference"
        },
        "conversationId": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
          "description": "The conversation the result is about."
        },
        "operator": {
          "$ref": "#/$defs/OperatorReference"
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the result was made."
        },
        "referenceIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 97
          },
          "description": "Identifiers of objects related to the result."
        },
        "executionDetails": {
          "$ref": "#/$defs/ExecutionDetails"
        },
        "metadata": {
          "$ref": "#/$defs/OperatorResultMetadata",
          "description": "How the execution went."
        },
        "result": {
          "$ref": "#/$defs/TextOutput",
          "description": "What the operator produced."
        }
      },
      "required": [
        "dateCreated",
        "id",
        "result",
        "executionDetails",
        "conversationId",
        "intelligenceConfiguration",
        "referenceIds",
        "metadata",
        "accountId",
        "outputFormat",
        "operator"
      ],
      "description": "The result of an operator with TEXT output."
    },
    "JSONResult": {
      "type": "object",
      "properties": {
        "outputFormat": {
          "$ref": "#/$defs/OutputFormat",
          "enum": [
            "JSON"
          ]
        },
        "id": {
          "type": "string",
          "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
          "description": "Identifier of the result, assigned by Twilio (TTID)."
        },
        "accountId": {
          "type": "string",
          "pattern": "^AC[a-zA-Z0-9]{32}$",
          "description": "The Account that owns the result."
        },
        "intelligenceConfiguration": {
          "$ref": "#/$defs/IntelligenceConfigurationReference"
        },
        "conversationId": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
          "description": "The conversation the result is about."
        },
        "operator": {
          "$ref": "#/$defs/OperatorReference"
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the result was made."
        },
        "referenceIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 97
          },
          "description": "Identifiers of objects related to the result."
        },
        "executionDetails": {
          "$ref": "#/$defs/ExecutionDetails"
        },
        "metadata": {
          "$ref": "#/$defs/OperatorResultMetadata",
          "description": "How the execution went."
        },
        "result": {
          "$ref": "#/$defs/JSONOutput",
          "description": "The object the operator produced, following its `outputSchema`."
        }
      },
      "required": [
        "dateCreated",
        "id",
        "result",
        "executionDetails",
        "conversationId",
        "intelligenceConfiguration",
        "referenceIds",
        "metadata",
        "accountId",
        "outputFormat",
        "operator"
      ],
      "description": "The result of an operator with JSON output."
    },
    "ClassificationResult": {
      "type": "object",
      "properties": {
        "outputFormat": {
          "$ref": "#/$defs/OutputFormat",
          "enum": [
            "CLASSIFICATION"
          ]
        },
        "id": {
          "type": "string",
          "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
          "description": "Identifier of the result, assigned by Twilio (TTID)."
        },
        "accountId": {
          "type": "string",
          "pattern": "^AC[a-zA-Z0-9]{32}$",
          "description": "The Account that owns the result."
        },
        "intelligenceConfiguration": {
          "$ref": "#/$defs/IntelligenceConfigurationReference"
        },
        "conversationId": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
          "description": "The conversation the result is about."
        },
        "operator": {
          "$ref": "#/$defs/OperatorReference"
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the result was made."
        },
        "referenceIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 97
          },
          "description": "Identifiers of objects related to the result."
        },
        "executionDetails": {
          "$ref": "#/$defs/ExecutionDetails"
        },
        "metadata": {
          "$ref": "#/$defs/OperatorResultMetadata",
          "description": "How the execution went."
        },
        "result": {
          "$ref": "#/$defs/ClassificationOutput",
          "description": "What the operator produced."
        }
      },
      "required": [
        "dateCreated",
        "id",
        "result",
        "executionDetails",
        "conversationId",
        "intelligenceConfiguration",
        "referenceIds",
        "metadata",
        "accountId",
        "outputFormat",
        "operator"
      ],
      "description": "The result of an operator with CLASSIFICATION output."
    },
    "ExtractionResult": {
      "type": "object",
      "properties": {
        "outputFormat": {
          "$ref": "#/$defs/OutputFormat",
          "enum": [
            "EXTRACTION"
          ]
        },
        "id": {
          "type": "string",
          "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
          "description": "Identifier of the result, assigned by Twilio (TTID)."
        },
        "accountId": {
          "type": "string",
          "pattern": "^AC[a-zA-Z0-9]{32}$",
          "description": "The Account that owns the result."
        },
        "intelligenceConfiguration": {
          "$ref": "#/$defs/IntelligenceConfigurationReference"
        },
        "conversationId": {
          "type": "string",
          "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
          "description": "The conversation the result is about."
        },
        "operator": {
          "$ref": "#/$defs/OperatorReference"
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the result was made."
        },
        "referenceIds": {
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 97
          },
          "description": "Identifiers of objects related to the result."
        },
        "executionDetails": {
          "$ref": "#/$defs/ExecutionDetails"
        },
        "metadata": {
          "$ref": "#/$defs/OperatorResultMetadata",
          "description": "How the execution went."
        },
        "result": {
          "$ref": "#/$defs/ExtractionOutput",
          "description": "What the operator produced."
        }
      },
      "required": [
        "dateCreated",
        "id",
        "result",
        "executionDetails",
        "conversationId",
        "intelligenceConfiguration",
        "referenceIds",
        "metadata",
        "accountId",
        "outputFormat",
        "operator"
      ],
      "description": "The result of an operator with EXTRACTION output."
    },
    "ResolvedContext": {
      "type": "object",
      "properties": {
        "memory": {
          "type": "object",
          "required": [
            "profileId",
            "memoryStoreId"
          ],
          "properties": {
            "profileId": {
              "type": "string",
              "pattern": "^mem_profile_[0-7][0-9a-z]{25}$"
            },
            "memoryStoreId": {
              "type": "string",
              "pattern": "^mem_(store|service)_[0-7][0-9a-z]{25}$"
            }
          },
          "description": "The Customer Memory profile that was read, if any."
        },
        "knowledge": {
          "type": [
            "object",
            "null"
          ],
          "required": [
            "sources"
          ],
          "properties": {
            "sources": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "baseId",
                  "sourceId"
                ],
                "properties": {
                  "baseId": {
                    "type": "string",
                    "pattern": "^know_knowledgebase_[0-7][0-9a-z]{25}$"
                  },
                  "sourceId": {
                    "type": "string",
                    "pattern": "^know_knowledge_[0-7][0-9a-z]{25}$"
                  }
                }
              }
            }
          },
          "description": "The Knowledge sources that were read, if any; null when none was."
        }
      },
      "description": "The context the operator actually used."
    },
    "SystemMetaData": {
      "type": "object",
      "required": [
        "latencyMs",
        "inputCharacters",
        "outputCharacters",
        "inputTruncated"
      ],
      "properties": {
        "resolvedModel": {
          "type": "string",
          "description": "The language model that ran."
        },
        "latencyMs": {
          "type": "integer",
          "description": "How long the execution took, in milliseconds."
        },
        "inputCharacters": {
          "type": "integer",
          "description": "Characters sent to the model (what is billed)."
        },
        "outputCharacters": {
          "type": "integer",
          "description": "Characters the model returned (what is billed)."
        },
        "inputTruncated": {
          "type": "boolean",
          "description": "Whether the conversation was cut to fit the model's context window."
        }
      },
      "description": "Measurements of one execution."
    },
    "IntelligenceConfigurationReference": {
      "type": "object",
      "required": [
        "id",
        "ruleId",
        "version"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$"
        },
        "ruleId": {
          "type": "string",
          "pattern": "^intelligence_configurationrule_[0-7][0-9a-z]{25}$"
        },
        "version": {
          "type": "integer"
        }
      },
      "description": "The configuration, rule and configuration version that produced a result."
    },
    "OperatorReference": {
      "type": "object",
      "required": [
        "id",
        "version",
        "parameters"
      ],
      "properties": {
        "id": {
          "type": "string"
        },
        "version": {
          "type": "integer"
        },
        "parameters": {
          "type": "object",
          "additionalProperties": true,
          "description": "The parameter values the rule passed, by name."
        }
      },
      "description": "The operator, version and parameter values that produced a result."
    },
    "ExecutionDetails": {
      "type": "object",
      "properties": {
        "trigger": {
          "type": "object",
          "required": [
            "on",
            "timestamp"
          ],
          "properties": {
            "on": {
              "type": "string"
            },
            "timestamp": {
              "type": "string",
              "format": "date-time"
            }
          },
          "description": "The trigger that fired."
        },
        "communications": {
          "type": "object",
          "required": [
            "first",
            "last"
          ],
          "properties": {
            "first": {
              "allOf": [
                {
                  "type": "string",
                  "pattern": "^conv_communication_[0-7][0-9a-z]{25}$"
                }
              ],
              "description": "The first communication the execution read."
            },
            "last": {
              "allOf": [
                {
                  "type": "string",
                  "pattern": "^conv_communication_[0-7][0-9a-z]{25}$"
                }
              ],
              "description": "The last communication the execution read."
            }
          },
          "description": "The first and last communications the execution read."
        },
        "channels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The conversation's channels at the time."
        },
        "participants": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^conv_participant_[0-7][0-9a-z]{25}$"
              },
              "profileId": {
                "type": "string",
                "pattern": "^mem_profile_[0-7][0-9a-z]{25}$"
              },
              "type": {
                "type": "string"
              }
            }
          },
          "description": "The conversation's participants at the time."
        },
        "resolvedContext": {
          "$ref": "#/$defs/ResolvedContext"
        }
      },
      "required": [
        "trigger",
        "communications",
        "channels",
        "participants"
      ],
      "description": "What started the execution and what it covered."
    },
    "OperatorResultContext": {
      "type": "object",
      "properties": {
        "customerMemory": {
          "$ref": "#/$defs/CustomerMemoryContext"
        },
        "knowledge": {
          "$ref": "#/$defs/KnowledgeContext"
        }
      },
      "description": "The context an operator was allowed to use in one execution."
    },
    "CustomerMemoryContext": {
      "type": "object",
      "properties": {
        "profileId": {
          "type": "string"
        },
        "memoryStoreId": {
          "type": "string"
        }
      },
      "required": [
        "profileId",
        "memoryStoreId"
      ],
      "description": "The Customer Memory profile made available to an operator."
    },
    "KnowledgeContext": {
      "type": "object",
      "properties": {
        "bases": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "bases"
      ],
      "description": "The Knowledge Bases made available to an operator."
    },
    "IntelligenceConfiguration": {
      "type": "object",
      "required": [
        "accountId",
        "id",
        "displayName",
        "version",
        "rules",
        "dateCreated",
        "dateUpdated"
      ],
      "properties": {
        "accountId": {
          "type": "string",
          "description": "The Account that owns the configuration."
        },
        "id": {
          "type": "string",
          "description": "Identifier of the configuration, assigned by Twilio (TTID)."
        },
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
        "version": {
          "type": "integer",
          "description": "Revision number kept by the server; it grows by one with every update."
        },
        "rules": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Rule"
          },
          "maxItems": 5,
          "description": "The configuration's rules (at most five)."
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the configuration was created."
        },
        "dateUpdated": {
          "type": "string",
          "format": "date-time",
          "description": "When the configuration was last changed."
        }
      },
      "description": "An Intelligence Configuration: when and how Language Operators run on conversations. It runs\nonly when it has at least one rule and is attached to a Conversations configuration.\n"
    },
    "Rule": {
      "type": "object",
      "required": [
        "id",
        "operators",
        "triggers",
        "actions"
      ],
      "properties": {
        "id": {
          "type": "string",
          "description": "Identifier of the rule, assigned by Twilio (TTID)."
        },
        "operators": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Operator"
          },
          "maxItems": 5,
          "description": "The operators the rule runs (at most five)."
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
      "description": "A rule of a stored configuration."
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
    },
    "PaginatedConfigurationResponse": {
      "type": "object",
      "required": [
        "items",
        "meta"
      ],
      "properties": {
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IntelligenceConfiguration"
          },
          "description": "The resources of this page."
        },
        "meta": {
          "$ref": "#/$defs/PaginationMeta"
        }
      },
      "description": "One page of configurations."
    },
    "ListOperatorsResponse": {
      "type": "object",
      "required": [
        "items",
        "meta"
      ],
      "properties": {
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/LanguageOperator"
          },
          "description": "The resources of this page."
        },
        "meta": {
          "$ref": "#/$defs/PaginationMeta"
        }
      },
      "description": "One page of operators."
    },
    "OperatorVersionStatus": {
      "type": "string",
      "enum": [
        "PREVIEW",
        "ACTIVE",
        "DEPRECATED",
        "RETIRED"
      ],
      "description": "A version's lifecycle: `PREVIEW` runs but is meant for testing; `ACTIVE` is for normal use;\n`DEPRECATED` still runs but warns (move to a newer version before its retirement date);\n`RETIRED` no longer runs, and rules that name it fail until they name another version.\n"
    },
    "ListOperatorVersionsResponse": {
      "type": "object",
      "required": [
        "items",
        "meta"
      ],
      "properties": {
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/OperatorVersionSummary"
          },
          "description": "The resources of this page."
        },
        "meta": {
          "$ref": "#/$defs/PaginationMeta"
        }
      },
      "description": "One page of an operator's versions."
    },
    "LanguageOperatorVersion": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        },
        "displayName": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128
        },
        "description": {
          "type": "string"
        },
        "version": {
          "type": "integer",
          "readOnly": true,
          "description": "The version number."
        },
        "author": {
          "$ref": "#/$defs/OperatorAuthorEnum"
        },
        "prompt": {
          "type": "string"
        },
        "outputFormat": {
          "$ref": "#/$defs/OperatorOutputFormat"
        },
        "outputSchema": {
          "$ref": "#/$defs/OperatorOutputSchema"
        },
        "trainingExamples": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/OperatorTrainingExample"
          }
        },
        "context": {
          "$ref": "#/$defs/OperatorContext"
        },
        "parameters": {
          "$ref": "#/$defs/OperatorParameters"
        },
        "status": {
          "$ref": "#/$defs/OperatorVersionStatus",
          "description": "Where the version is in its lifecycle."
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the version was made."
        }
      },
      "required": [
        "dateCreated",
        "status"
      ],
      "description": "A Language Operator as defined in one version, with that version's status."
    },
    "CreateOrUpdateOperatorRequest": {
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorTtid"
        },
        "displayName": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128
        },
        "description": {
          "type": "string"
        },
        "version": {
          "type": "integer",
          "readOnly": true
        },
        "author": {
          "$ref": "#/$defs/OperatorAuthorEnum"
        },
        "prompt": {
          "type": "string"
        },
        "outputFormat": {
          "$ref": "#/$defs/OperatorOutputFormat"
        },
        "outputSchema": {
          "$ref": "#/$defs/OperatorOutputSchema"
        },
        "trainingExamples": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/OperatorTrainingExample"
          }
        },
        "context": {
          "$ref": "#/$defs/OperatorContext"
        },
        "parameters": {
          "$ref": "#/$defs/OperatorParameters"
        }
      },
      "required": [
        "prompt",
        "displayName",
        "outputFormat"
      ],
      "description": "An operator as sent in a create or update call. (The operations' bodies are\n`OperatorRequest`, which requires the same fields.)\n"
    },
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
    "OperatorParameters": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/$defs/OperatorParameter"
      },
      "description": "The operator's parameters by name; rules pass their values."
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
    "OperatorTtid": {
      "type": "string",
      "readOnly": true,
      "pattern": "^intelligence_operator_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a Language Operator, assigned by Twilio (TTID)."
    },
    "OperatorResultTtid": {
      "type": "string",
      "pattern": "^intelligence_operatorresult_[0-7][0-9a-z]{25}$",
      "description": "Identifier of an operator result, assigned by Twilio (TTID)."
    },
    "ConversationTtid": {
      "type": "string",
      "pattern": "^conv_conversation_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a conversation (TTID)."
    },
    "ParticipantTtid": {
      "type": "string",
      "pattern": "^conv_participant_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a participant of a conversation (TTID)."
    },
    "MemoryProfileTtid": {
      "type": "string",
      "pattern": "^mem_profile_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a Customer Memory profile."
    },
    "MemoryStoreTtid": {
      "type": "string",
      "pattern": "^mem_(store|service)_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a Customer Memory store."
    },
    "KnowledgeBaseTtid": {
      "type": "string",
      "pattern": "^know_knowledgebase_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a Knowledge Base."
    },
    "KnowledgeSourceTtid": {
      "type": "string",
      "pattern": "^know_knowledge_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a source inside a Knowledge Base."
    },
    "CommunicationTtid": {
      "type": "string",
      "pattern": "^conv_communication_[0-7][0-9a-z]{25}$",
      "description": "Identifier of one communication (a message, an utterance) of a conversation (TTID)."
    },
    "IntelligenceConfigurationTtid": {
      "type": "string",
      "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
      "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID)."
    },
    "IntelligenceConfigurationRuleTtid": {
      "type": "string",
      "pattern": "^intelligence_configurationrule_[0-7][0-9a-z]{25}$",
      "description": "Identifier of a Rule inside a configuration, assigned by Twilio (TTID)."
    },
    "ConfigurationTtid": {
      "type": "string",
      "description": "Identifier of a Conversations configuration (the Conversations API's, not an Intelligence Configuration)."
    },
    "Content": {
      "type": "object",
      "properties": {
        "text": {
          "type": "string",
          "description": "Its transcript."
        }
      },
      "description": "What a communication says."
    },
    "Communication": {
      "type": "object",
      "required": [
        "id",
        "participantId",
        "content",
        "createdAt"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/CommunicationTtid"
        },
        "participantId": {
          "$ref": "#/$defs/ParticipantTtid"
        },
        "content": {
          "$ref": "#/$defs/Content"
        },
        "createdAt": {
          "type": "string",
          "format": "date-time",
          "description": "When it was made."
        }
      },
      "description": "One communication of a conversation."
    },
    "Participant": {
      "type": "object",
      "required": [
        "id",
        "addressValues"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/ParticipantTtid"
        },
        "name": {
          "type": [
            "string",
            "null"
          ],
          "description": "The participant's display name, if known."
        },
        "type": {
          "type": [
            "string",
            "null"
          ],
          "description": "The participant's role, such as `CUSTOMER`, `HUMAN_AGENT` or `AI_AGENT`."
        },
        "addressValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The participant's addresses, such as a phone number."
        }
      },
      "description": "A participant of a conversation."
    },
    "Channel": {
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
      ],
      "description": "A communication channel."
    },
    "ConversationStatus": {
      "type": "string",
      "enum": [
        "ACTIVE",
        "INACTIVE",
        "CLOSED"
      ],
      "description": "Whether the conversation is going on (`ACTIVE`), paused (`INACTIVE`) or over (`CLOSED`)."
    },
    "ConversationListItem": {
      "type": "object",
      "required": [
        "id",
        "accountId",
        "name",
        "status",
        "createdAt",
        "updatedAt",
        "intelligenceConfigurationIds",
        "conversationConfigurationId",
        "channels",
        "channelIds",
        "participants",
        "operatorResultIds"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/ConversationTtid"
        },
        "accountId": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 34,
          "maxLength": 34,
          "pattern": "^AC[0-9a-fA-F]{32}$",
          "description": "The Account that owns the conversation."
        },
        "name": {
          "type": [
            "string",
            "null"
          ],
          "description": "The conversation's name, if it has one."
        },
        "status": {
          "$ref": "#/$defs/ConversationStatus"
        },
        "createdAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the conversation started."
        },
        "updatedAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the conversation last changed."
        },
        "intelligenceConfigurationIds": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IntelligenceConfigurationTtid"
          },
          "description": "The Intelligence Configurations that process it."
        },
        "conversationConfigurationId": {
          "$ref": "#/$defs/ConfigurationTtid",
          "description": "The Conversations configuration it was created under."
        },
        "channels": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Channel"
          },
          "description": "The channels it uses."
        },
        "channelIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The channel resources behind it, such as Call or Message SIDs."
        },
        "participants": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Participant"
          },
          "description": "Who takes part."
        },
        "operatorResultIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The operator results made from it."
        }
      },
      "description": "A conversation as a list shows it (without its communications)."
    },
    "Conversation": {
      "type": "object",
      "required": [
        "id",
        "accountId",
        "name",
        "status",
        "createdAt",
        "updatedAt",
        "intelligenceConfigurationIds",
        "conversationConfigurationId",
        "channels",
        "channelIds",
        "participants",
        "communications",
        "operatorResultIds"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/ConversationTtid"
        },
        "accountId": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 34,
          "maxLength": 34,
          "pattern": "^AC[0-9a-fA-F]{32}$",
          "description": "The Account that owns the conversation."
        },
        "name": {
          "type": [
            "string",
            "null"
          ],
          "description": "The conversation's name, if it has one."
        },
        "status": {
          "$ref": "#/$defs/ConversationStatus"
        },
        "createdAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the conversation started."
        },
        "updatedAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the conversation last changed."
        },
        "intelligenceConfigurationIds": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IntelligenceConfigurationTtid"
          },
          "description": "The Intelligence Configurations that process it."
        },
        "conversationConfigurationId": {
          "$ref": "#/$defs/ConfigurationTtid",
          "description": "The Conversations configuration it was created under."
        },
        "channels": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Channel"
          },
          "description": "The channels it uses."
        },
        "channelIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The channel resources behind it, such as Call or Message SIDs."
        },
        "participants": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Participant"
          },
          "description": "Who takes part."
        },
        "communications": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Communication"
          },
          "description": "The conversation's communications, in order."
        },
        "operatorResultIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The operator results made from it."
        }
      },
      "description": "A conversation, with its communications."
    },
    "ListConversationsResponse": {
      "type": "object",
      "required": [
        "items",
        "meta"
      ],
      "properties": {
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ConversationListItem"
          },
          "description": "The resources of this page."
        },
        "meta": {
          "$ref": "#/$defs/PaginationMeta"
        }
      },
      "description": "One page of conversations."
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
    "Error": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer",
          "format": "int32",
          "description": "Twilio's error code; see twilio.com/docs/errors."
        },
        "message": {
          "type": "string",
          "description": "What went wrong, in words."
        },
        "httpStatusCode": {
          "type": "integer",
          "format": "int32",
          "description": "The response's HTTP status, repeated."
        },
        "userError": {
          "type": "boolean",
          "description": "True when the request was at fault, false for a failure of the service."
        },
        "params": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Details as strings, such as `twilioErrorCodeUrl`."
        }
      },
      "required": [
        "code",
        "message",
        "httpStatusCode"
      ],
      "description": "The body of every error response."
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
    "ListOperatorResultsResponse": {
      "type": "object",
      "required": [
        "items",
        "meta"
      ],
      "properties": {
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/OperatorResultsResponseV1"
          },
          "description": "The resources of this page."
        },
        "meta": {
          "$ref": "#/$defs/PaginationMeta"
        }
      },
      "description": "One page of operator results."
    },
    "OperatorVersionNumber": {
      "type": "integer",
      "description": "A version number of an operator."
    },
    "PaginationMeta": {
      "type": "object",
      "properties": {
        "key": {
          "type": "string",
          "description": "Name of the sibling property that holds the page's resources (`items`)."
        },
        "pageSize": {
          "type": "integer",
          "description": "Number of resources in this page."
        },
        "previousToken": {
          "type": "string",
          "description": "Pass as `pageToken` to get the previous page."
        },
        "nextToken": {
          "type": "string",
          "description": "Pass as `pageToken` to get the next page; absent on the last page."
        }
      },
      "required": [
        "key",
        "pageSize"
      ],
      "description": "Paging information."
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
    "ActionType": {
      "type": "string",
      "enum": [
        "WEBHOOK"
      ],
      "description": "How the results are delivered; webhooks only."
    },
    "ActionMethod": {
      "type": "string",
      "enum": [
        "POST"
      ],
      "description": "HTTP method of the webhook call; always POST."
    },
    "OperatorVersionSummary": {
      "type": "object",
      "required": [
        "version",
        "status",
        "dateCreated"
      ],
      "properties": {
        "version": {
          "type": "integer",
          "description": "The version number."
        },
        "status": {
          "$ref": "#/$defs/OperatorVersionStatus",
          "description": "Where the version is in its lifecycle."
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the version was made."
        },
        "dateDeprecated": {
          "type": "string",
          "format": "date-time",
          "description": "When the version was deprecated (DEPRECATED and RETIRED versions)."
        },
        "retirementDate": {
          "type": "string",
          "format": "date-time",
          "description": "When a DEPRECATED version is to be retired."
        },
        "dateRetired": {
          "type": "string",
          "format": "date-time",
          "description": "When the version was retired (RETIRED versions)."
        }
      },
      "description": "One version of an operator, with its lifecycle dates."
    },
    "OperatorResultMetadata": {
      "type": "object",
      "properties": {
        "system": {
          "$ref": "#/$defs/SystemMetaData",
          "description": "The model's figures for the execution."
        }
      },
      "required": [
        "system"
      ],
      "description": "How an operator's execution went."
    },
    "TextOutput": {
      "type": "object",
      "required": [
        "text"
      ],
      "properties": {
        "text": {
          "type": "string",
          "description": "The text."
        }
      },
      "description": "What an operator with TEXT output produced."
    },
    "JSONOutput": {
      "type": "object",
      "additionalProperties": true,
      "description": "The object an operator with JSON output produced, following its `outputSchema`."
    },
    "ClassificationOutput": {
      "type": "object",
      "required": [
        "label"
      ],
      "properties": {
        "label": {
          "type": "string",
          "description": "The label it chose."
        }
      },
      "description": "What an operator with CLASSIFICATION output produced."
    },
    "ExtractionOutput": {
      "type": "object",
      "required": [
        "entities"
      ],
      "properties": {
        "entities": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "text",
              "label"
            ],
            "properties": {
              "text": {
                "type": "string",
                "description": "The entity as written in the conversation."
              },
              "label": {
                "type": "string",
                "description": "Its kind, such as `PERSON`."
              }
            }
          },
          "description": "The entities found in the conversation."
        }
      },
      "description": "What an operator with EXTRACTION output produced."
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
    "RuleExecutionWebhook": {
      "type": "object",
      "description": "The body of the POST a rule's WEBHOOK action sends once the rule's operators ran.",
      "required": [
        "accountId",
        "conversationId",
        "intelligenceConfiguration",
        "operatorResults"
      ],
      "properties": {
        "accountId": {
          "type": "string",
          "description": "The Account the rule belongs to."
        },
        "conversationId": {
          "type": "string",
          "description": "The conversation the rule ran on."
        },
        "intelligenceConfiguration": {
          "$ref": "#/$defs/RuleExecutionConfiguration"
        },
        "operatorResults": {
          "type": "array",
          "description": "What each operator of the rule produced.",
          "items": {
            "$ref": "#/$defs/RuleExecutionResult"
          }
        }
      }
    },
    "RuleExecutionConfiguration": {
      "type": "object",
      "description": "The configuration and rule that ran.",
      "required": [
        "id",
        "version",
        "ruleId"
      ],
      "properties": {
        "id": {
          "type": "string",
          "description": "The Intelligence Configuration."
        },
        "displayName": {
          "type": "string",
          "description": "Its name."
        },
        "version": {
          "type": "integer",
          "description": "The version of the configuration that ran."
        },
        "ruleId": {
          "type": "string",
          "description": "The rule that ran."
        }
      }
    },
    "RuleExecutionOperator": {
      "type": "object",
      "description": "The operator that produced a result, as the webhook names it.",
      "required": [
        "id",
        "version"
      ],
      "properties": {
        "id": {
          "type": "string",
          "description": "The Language Operator."
        },
        "displayName": {
          "type": "string",
          "description": "Its name."
        },
        "version": {
          "type": "integer",
          "description": "The version that ran."
        },
        "parameters": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true,
          "description": "The parameter values the rule passed, or null when it passed none."
        }
      }
    },
    "RuleExecutionResultBase": {
      "type": "object",
      "description": "The fields every delivered result has, whatever its format.",
      "required": [
        "id",
        "operator",
        "outputFormat",
        "result",
        "dateCreated",
        "referenceIds",
        "executionDetails"
      ],
      "properties": {
        "id": {
          "type": "string",
          "description": "Identifier of the operator result, as the OperatorResults API knows it."
        },
        "operator": {
          "$ref": "#/$defs/RuleExecutionOperator"
        },
        "outputFormat": {
          "$ref": "#/$defs/OutputFormat"
        },
        "result": {
          "type": "object",
          "description": "What the operator produced; `outputFormat` says its shape."
        },
        "dateCreated": {
          "type": "string",
          "format": "date-time",
          "description": "When the result was made."
        },
        "referenceIds": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Identifiers of objects related to the result."
        },
        "executionDetails": {
          "$ref": "#/$defs/ExecutionDetails"
        },
        "metadata": {
          "$ref": "#/$defs/OperatorResultMetadata"
        }
      }
    },
    "TextRuleExecutionResult": {
      "description": "A delivered result of an operator with TEXT output.",
      "allOf": [
        {
          "$ref": "#/$defs/RuleExecutionResultBase"
        },
        {
          "type": "object",
          "properties": {
            "outputFormat": {
              "type": "string",
              "enum": [
                "TEXT"
              ]
            },
            "result": {
              "$ref": "#/$defs/TextOutput"
            }
          }
        }
      ]
    },
    "JSONRuleExecutionResult": {
      "description": "A delivered result of an operator with JSON output.",
      "allOf": [
        {
          "$ref": "#/$defs/RuleExecutionResultBase"
        },
        {
          "type": "object",
          "properties": {
            "outputFormat": {
              "type": "string",
              "enum": [
                "JSON"
              ]
            },
            "result": {
              "$ref": "#/$defs/JSONOutput"
            }
          }
        }
      ]
    },
    "ClassificationRuleExecutionResult": {
      "description": "A delivered result of an operator with CLASSIFICATION output.",
      "allOf": [
        {
          "$ref": "#/$defs/RuleExecutionResultBase"
        },
        {
          "type": "object",
          "properties": {
            "outputFormat": {
              "type": "string",
              "enum": [
                "CLASSIFICATION"
              ]
            },
            "result": {
              "$ref": "#/$defs/ClassificationOutput"
            }
          }
        }
      ]
    },
    "ExtractionRuleExecutionResult": {
      "description": "A delivered result of an operator with EXTRACTION output.",
      "allOf": [
        {
          "$ref": "#/$defs/RuleExecutionResultBase"
        },
        {
          "type": "object",
          "properties": {
            "outputFormat": {
              "type": "string",
              "enum": [
                "EXTRACTION"
              ]
            },
            "result": {
              "$ref": "#/$defs/ExtractionOutput"
            }
          }
        }
      ]
    },
    "RuleExecutionResult": {
      "description": "One delivered operator result; `outputFormat` says which of the four shapes it has.",
      "oneOf": [
        {
          "$ref": "#/$defs/TextRuleExecutionResult"
        },
        {
          "$ref": "#/$defs/JSONRuleExecutionResult"
        },
        {
          "$ref": "#/$defs/ClassificationRuleExecutionResult"
        },
        {
          "$ref": "#/$defs/ExtractionRuleExecutionResult"
        }
      ],
      "discriminator": {
        "propertyName": "outputFormat",
        "mapping": {
          "TEXT": "#/$defs/TextRuleExecutionResult",
          "JSON": "#/$defs/JSONRuleExecutionResult",
          "CLASSIFICATION": "#/$defs/ClassificationRuleExecutionResult",
          "EXTRACTION": "#/$defs/ExtractionRuleExecutionResult"
        }
      }
    },
    "ListConfigurationsQuery": {
      "type": "object",
      "description": "Query parameters of ListConfigurations.",
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
    "ListOperatorsQuery": {
      "type": "object",
      "description": "Query parameters of ListOperators.",
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
    "ListOperatorVersionsQuery": {
      "type": "object",
      "description": "Query parameters of ListOperatorVersions.",
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
    "ListOperatorResultsQuery": {
      "type": "object",
      "description": "Query parameters of ListOperatorResults.",
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
    "ListConversationsQuery": {
      "type": "object",
      "description": "Query parameters of ListConversations.",
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
    }
  }
} as const;

/** The spec's named examples, by component name, each typed as the schema it illustrates. */
export const examples: {
  readonly UpdateConfigurationRequest: Types.UpdateConfigurationRequest;
  readonly UpdatedConfiguration: Types.IntelligenceConfiguration;
  readonly CreateConfigurationRequest: Types.CreateConfigurationRequest;
  readonly CreatedConfiguration: Types.IntelligenceConfiguration;
  readonly ConfigurationPage: Types.PaginatedConfigurationResponse;
  readonly LastConfigurationPage: Types.PaginatedConfigurationResponse;
  readonly OperatorRequest: Types.OperatorRequest;
  readonly CreatedOperator: Types.LanguageOperator;
  readonly UpdatedOperator: Types.LanguageOperator;
  readonly OperatorPage: Types.ListOperatorsResponse;
  readonly OperatorVersionPage: Types.ListOperatorVersionsResponse;
  readonly OperatorVersion: Types.LanguageOperatorVersion;
  readonly TextOperatorResult: Types.OperatorResultsResponseV1;
  readonly OperatorResultPage: Types.ListOperatorResultsResponse;
  readonly Conversation: Types.Conversation;
  readonly ConversationPage: Types.ListConversationsResponse;
  readonly RuleExecutionRequest: Types.CreateRuleExecutionRequest;
  readonly BadRequestError: Types.Error;
  readonly NotFoundError: Types.Error;
  readonly PreconditionFailedError: Types.Error;
  readonly UnprocessableRuleExecution: Types.Error;
  readonly RateLimitError: Types.Error;
  readonly InternalServerError: Types.Error;
} = {
  "UpdateConfigurationRequest": {
    "displayName": "real-time-intelligence-config",
    "description": "Runs a script-adherence operator while the conversation goes on",
    "rules": [
      {
        "id": "intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr",
        "operators": [
          {
            "id": "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b",
            "version": 4,
            "parameters": {
              "scale": 2
            }
          }
        ],
        "triggers": [
          {
            "on": "COMMUNICATION",
            "parameters": {
              "count": 2
            }
          }
        ],
        "actions": [
          {
            "type": "WEBHOOK",
            "method": "POST",
            "url": "https://my-webhook-endpoint.com/rule-action"
          }
        ],
        "context": {
          "memory": {
            "enabled": true
          },
          "knowledge": {
            "bases": [
              "knowledge_base_id"
            ]
          }
        }
      }
    ]
  },
  "UpdatedConfiguration": {
    "accountId": "AC00000000000000000000000000000000",
    "id": "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5",
    "displayName": "real-time-intelligence-config",
    "description": "Runs a script-adherence operator while the conversation goes on",
    "version": 1,
    "rules": [
      {
        "id": "intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr",
        "operators": [
          {
            "id": "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b",
            "version": 4,
            "parameters": {
              "scale": 2
            }
          }
        ],
        "triggers": [
          {
            "on": "COMMUNICATION",
            "parameters": {
              "count": 2
            }
          }
        ],
        "actions": [
          {
            "type": "WEBHOOK",
            "method": "POST",
            "url": "https://my-webhook-endpoint.com/rule-action"
          }
        ],
        "context": {
          "memory": {
            "enabled": true
          },
          "knowledge": {
            "bases": [
              "knowledge_base_id"
            ]
          }
        }
      }
    ],
    "dateCreated": "2026-01-12T08:18:17Z",
    "dateUpdated": "2026-01-12T08:18:17Z"
  },
  "CreateConfigurationRequest": {
    "displayName": "end-of-conversation-summary",
    "rules": [
      {
        "operators": [
          {
            "id": "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b"
          }
        ],
        "triggers": [
          {
            "on": "CONVERSATION_END"
          }
        ],
        "actions": [
          {
            "type": "WEBHOOK",
            "method": "POST",
            "url": "https://example.com/intelligence/summary"
          }
        ]
      }
    ]
  },
  "CreatedConfiguration": {
    "accountId": "AC00000000000000000000000000000000",
    "id": "intelligence_configuration_01k6fd7yq3c8w2m5n9p4r6t0vx",
    "displayName": "end-of-conversation-summary",
    "version": 1,
    "rules": [
      {
        "id": "intelligence_configurationrule_01k6fd7yq3c8w2m5n9p4r6t0vy",
        "operators": [
          {
            "id": "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b"
          }
        ],
        "triggers": [
          {
            "on": "CONVERSATION_END"
          }
        ],
        "actions": [
          {
            "type": "WEBHOOK",
            "method": "POST",
            "url": "https://example.com/intelligence/summary"
          }
        ]
      }
    ],
    "dateCreated": "2026-02-03T10:00:00Z",
    "dateUpdated": "2026-02-03T10:00:00Z"
  },
  "ConfigurationPage": {
    "items": [
      {
        "accountId": "AC00000000000000000000000000000000",
        "id": "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5",
        "displayName": "real-time-intelligence-config",
        "version": 3,
        "rules": [],
        "dateCreated": "2026-01-12T08:18:17Z",
        "dateUpdated": "2026-01-14T12:00:00Z"
      }
    ],
    "meta": {
      "key": "items",
      "pageSize": 1,
      "nextToken": "eyJsYXN0SWQiOiJpbnRlbGxpZ2VuY2VfY29uZmlndXJhdGlvbiJ9"
    }
  },
  "LastConfigurationPage": {
    "items": [],
    "meta": {
      "key": "items",
      "pageSize": 0,
      "previousToken": "eyJmaXJzdElkIjoiaW50ZWxsaWdlbmNlX2NvbmZpZ3VyYXRpb24ifQ"
    }
  },
  "OperatorRequest": {
    "displayName": "customer-sentiment",
    "description": "Rates how the customer feels at the end of the conversation",
    "prompt": "Rate the customer's sentiment from 1 to {{parameters.scale}} and answer with the number only.",
    "outputFormat": "CLASSIFICATION",
    "parameters": {
      "scale": {
        "type": "INTEGER",
        "required": false,
        "default": 5,
        "description": "The top of the rating scale"
      }
    }
  },
  "CreatedOperator": {
    "id": "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b",
    "displayName": "customer-sentiment",
    "description": "Rates how the customer feels at the end of the conversation",
    "version": 1,
    "author": "SELF",
    "prompt": "Rate the customer's sentiment from 1 to {{parameters.scale}} and answer with the number only.",
    "outputFormat": "CLASSIFICATION",
    "parameters": {
      "scale": {
        "type": "INTEGER",
        "required": false,
        "default": 5,
        "description": "The top of the rating scale"
      }
    }
  },
  "UpdatedOperator": {
    "id": "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b",
    "displayName": "customer-sentiment",
    "description": "Rates how the customer feels at the end of the conversation",
    "version": 2,
    "author": "SELF",
    "prompt": "Rate the customer's sentiment from 1 to {{parameters.scale}} and answer with the number only.",
    "outputFormat": "CLASSIFICATION",
    "parameters": {
      "scale": {
        "type": "INTEGER",
        "required": false,
        "default": 5,
        "description": "The top of the rating scale"
      }
    }
  },
  "OperatorPage": {
    "items": [
      {
        "id": "intelligence_operator_01kcgz3f7r2m8q4w6e9t5y1u0i",
        "displayName": "conversation-summary",
        "description": "Summarizes a conversation in a few sentences",
        "version": 3,
        "author": "TWILIO",
        "outputFormat": "TEXT"
      }
    ],
    "meta": {
      "key": "items",
      "pageSize": 1
    }
  },
  "OperatorVersionPage": {
    "items": [
      {
        "version": 2,
        "status": "ACTIVE",
        "dateCreated": "2026-03-01T09:00:00Z"
      },
      {
        "version": 1,
        "status": "DEPRECATED",
        "dateCreated": "2026-02-01T09:00:00Z",
        "dateDeprecated": "2026-03-01T09:00:00Z",
        "retirementDate": "2026-09-01T00:00:00Z"
      }
    ],
    "meta": {
      "key": "items",
      "pageSize": 2
    }
  },
  "OperatorVersion": {
    "id": "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b",
    "displayName": "customer-sentiment",
    "version": 1,
    "author": "SELF",
    "prompt": "Rate the customer's sentiment from 1 to 5 and answer with the number only.",
    "outputFormat": "CLASSIFICATION",
    "status": "DEPRECATED",
    "dateCreated": "2026-02-01T09:00:00Z"
  },
  "TextOperatorResult": {
    "id": "intelligence_operatorresult_01kd0a1b2c3d4e5f6g7h8j9k0m",
    "accountId": "AC00000000000000000000000000000000",
    "outputFormat": "TEXT",
    "conversationId": "conv_conversation_01kd09z8y7x6w5v4t3s2r1q0pn",
    "intelligenceConfiguration": {
      "id": "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5",
      "ruleId": "intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr",
      "version": 1
    },
    "operator": {
      "id": "intelligence_operator_01kcgz3f7r2m8q4w6e9t5y1u0i",
      "version": 3,
      "parameters": {}
    },
    "dateCreated": "2026-03-04T15:02:11Z",
    "referenceIds": [],
    "executionDetails": {
      "trigger": {
        "on": "CONVERSATION_END",
        "timestamp": "2026-03-04T15:02:09Z"
      },
      "communications": {
        "first": "conv_communication_01kd0a00000000000000000001",
        "last": "conv_communication_01kd0a00000000000000000007"
      },
      "channels": [
        "VOICE"
      ],
      "participants": [
        {
          "id": "conv_participant_01kd09z9000000000000000001",
          "type": "CUSTOMER"
        }
      ]
    },
    "metadata": {
      "system": {
        "resolvedModel": "a-language-model",
        "latencyMs": 840,
        "inputCharacters": 2310,
        "outputCharacters": 212,
        "inputTruncated": false
      }
    },
    "result": {
      "text": "The customer asked to move a delivery to Friday; the agent confirmed the new date."
    }
  },
  "OperatorResultPage": {
    "items": [],
    "meta": {
      "key": "items",
      "pageSize": 0
    }
  },
  "Conversation": {
    "id": "conv_conversation_01kd09z8y7x6w5v4t3s2r1q0pn",
    "accountId": "AC00000000000000000000000000000000",
    "name": null,
    "status": "CLOSED",
    "createdAt": "2026-03-04T14:55:00Z",
    "updatedAt": "2026-03-04T15:02:09Z",
    "intelligenceConfigurationIds": [
      "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5"
    ],
    "conversationConfigurationId": "conv_configuration_01kd09z0000000000000000000",
    "channels": [
      "VOICE"
    ],
    "channelIds": [
      "CA00000000000000000000000000000000"
    ],
    "participants": [
      {
        "id": "conv_participant_01kd09z9000000000000000001",
        "name": null,
        "type": "CUSTOMER",
        "addressValues": [
          "+15555550100"
        ]
      }
    ],
    "communications": [
      {
        "id": "conv_communication_01kd0a00000000000000000001",
        "participantId": "conv_participant_01kd09z9000000000000000001",
        "content": {
          "text": "Hi, I need to move my delivery to Friday."
        },
        "createdAt": "2026-03-04T14:55:03Z"
      }
    ],
    "operatorResultIds": [
      "intelligence_operatorresult_01kd0a1b2c3d4e5f6g7h8j9k0m"
    ]
  },
  "ConversationPage": {
    "items": [
      {
        "id": "conv_conversation_01kd09z8y7x6w5v4t3s2r1q0pn",
        "accountId": "AC00000000000000000000000000000000",
        "name": null,
        "status": "CLOSED",
        "createdAt": "2026-03-04T14:55:00Z",
        "updatedAt": "2026-03-04T15:02:09Z",
        "intelligenceConfigurationIds": [
          "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5"
        ],
        "conversationConfigurationId": "conv_configuration_01kd09z0000000000000000000",
        "channels": [
          "VOICE"
        ],
        "channelIds": [
          "CA00000000000000000000000000000000"
        ],
        "participants": [],
        "operatorResultIds": []
      }
    ],
    "meta": {
      "key": "items",
      "pageSize": 1
    }
  },
  "RuleExecutionRequest": {
    "intelligenceConfigurationId": "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5",
    "ruleId": "intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr",
    "conversationId": "conv_conversation_01kd09z8y7x6w5v4t3s2r1q0pn"
  },
  "BadRequestError": {
    "code": 20001,
    "message": "displayName: size must be between 1 and 128",
    "httpStatusCode": 400,
    "userError": true,
    "params": {
      "twilioErrorCodeUrl": "https://www.twilio.com/docs/errors/20001"
    }
  },
  "NotFoundError": {
    "code": 20404,
    "message": "The requested resource was not found",
    "httpStatusCode": 404,
    "userError": true,
    "params": {
      "twilioErrorCodeUrl": "https://www.twilio.com/docs/errors/20404"
    }
  },
  "PreconditionFailedError": {
    "code": 20412,
    "message": "The resource has changed since the given version",
    "httpStatusCode": 412,
    "userError": true
  },
  "UnprocessableRuleExecution": {
    "code": 20422,
    "message": "No memory store could be derived from the conversation's configuration",
    "httpStatusCode": 422,
    "userError": true
  },
  "RateLimitError": {
    "code": 20429,
    "message": "Too many requests",
    "httpStatusCode": 429,
    "userError": true
  },
  "InternalServerError": {
    "code": 20500,
    "message": "An internal server error has occurred",
    "httpStatusCode": 500,
    "userError": false
  }
};
