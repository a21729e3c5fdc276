// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import type * as Types from "@convintel/types";

/** The spec's component schemas (OpenAPI 3.1 / JSON Schema 2020-12), for tools that derive data from them. */
export const schemas = {
  "ConfigurationId": {
    "type": "string",
    "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID).",
    "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
    "examples": [
      "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5"
    ]
  },
  "RuleId": {
    "type": "string",
    "description": "Identifier of a Rule inside a configuration, assigned by Twilio (TTID).",
    "pattern": "^intelligence_configurationrule_[0-7][0-9a-z]{25}$",
    "examples": [
      "intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr"
    ]
  },
  "OperatorId": {
    "type": "string",
    "description": "Identifier of a Language Operator (TTID). The Configurations schemas set no pattern on it;\nOperators use `intelligence_operator_` followed by 26 characters.\n",
    "examples": [
      "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b"
    ]
  },
  "DisplayName": {
    "type": "string",
    "description": "Human-readable name saying what the configuration is for.",
    "minLength": 1,
    "maxLength": 128
  },
  "Description": {
    "type": "string",
    "description": "Longer free text about the configuration's purpose."
  },
  "Operator": {
    "type": "object",
    "description": "A Language Operator that a Rule runs.",
    "required": [
      "id"
    ],
    "properties": {
      "id": {
        "$ref": "#/components/schemas/OperatorId"
      },
      "version": {
        "type": "integer",
        "description": "Pin the rule to this version of the Operator. Without it, the Operator's latest\nactive version at execution time is used.\n"
      },
      "parameters": {
        "type": "object",
        "description": "Values for the Operator's declared parameters, by name; their types must match the\nOperator's definition. Knowledge-source values are written `knowledge_base_id:knowledge_source_id`.\n",
        "additionalProperties": true
      }
    }
  },
  "TriggerType": {
    "type": "string",
    "description": "When the rule fires: `COMMUNICATION` on every new communication (or every `count`-th),\n`CONVERSATION_END` when the conversation is closed, `CONVERSATION_INACTIVE` when it\nbecomes inactive.\n",
    "enum": [
      "COMMUNICATION",
      "CONVERSATION_END",
      "CONVERSATION_INACTIVE"
    ]
  },
  "TriggerParameters": {
    "type": "object",
    "description": "Extra settings for some trigger types.",
    "properties": {
      "count": {
        "type": "integer",
        "description": "For `COMMUNICATION` triggers: run once per this many communications since the last\nrun. Larger values delay execution.\n",
        "minimum": 1,
        "maximum": 20,
        "default": 1
      }
    }
  },
  "Trigger": {
    "type": "object",
    "description": "The event that starts a Rule.",
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
    }
  },
  "ActionType": {
    "type": "string",
    "description": "How results are delivered. Only webhooks exist today.",
    "enum": [
      "WEBHOOK"
    ]
  },
  "ActionMethod": {
    "type": "string",
    "description": "HTTP method of the webhook call; always `POST`.",
    "enum": [
      "POST"
    ]
  },
  "Action": {
    "type": "object",
    "description": "Where a Rule delivers the Operators' results.",
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
        "description": "Absolute URL that receives the rule-execution webhook."
      }
    }
  },
  "MemoryContext": {
    "type": "object",
    "description": "Pass the Customer Memory profile to Operators with Memory context enabled (Memory-enabled accounts only).",
    "properties": {
      "enabled": {
        "type": "boolean",
        "description": "Whether Customer Memory is passed."
      }
    }
  },
  "KnowledgeContext": {
    "type": "object",
    "description": "Pass Enterprise Knowledge to Operators with Knowledge context enabled (Enterprise Knowledge accounts only).",
    "required": [
      "bases"
    ],
    "properties": {
      "bases": {
        "type": "array",
        "description": "The Knowledge Bases (and their sources) to pass.",
        "minItems": 1,
        "items": {
          "type": "string"
        }
      }
    }
  },
  "Context": {
    "type": "object",
    "description": "Extra data handed to the Rule's Operators.",
    "properties": {
      "memory": {
        "$ref": "#/components/schemas/MemoryContext"
      },
      "knowledge": {
        "$ref": "#/components/schemas/KnowledgeContext"
      }
    }
  },
  "RuleCreationRequestPayload": {
    "type": "object",
    "description": "A Rule as sent when creating a configuration.",
    "required": [
      "operators",
      "actions"
    ],
    "properties": {
      "operators": {
        "type": "array",
        "description": "Operators the rule runs.",
        "minItems": 1,
        "maxItems": 5,
        "items": {
          "$ref": "#/components/schemas/Operator"
        }
      },
      "triggers": {
        "type": "array",
        "description": "The event that fires the rule (at most one).",
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/Trigger"
        }
      },
      "actions": {
        "type": "array",
        "description": "Deliveries of the rule's results.",
        "maxItems": 2,
        "items": {
          "$ref": "#/components/schemas/Action"
        }
      },
      "context": {
        "$ref": "#/components/schemas/Context"
      }
    }
  },
  "RuleUpdateRequestPayload": {
    "type": "object",
    "description": "A Rule as sent in an update. With `id`, the existing rule of that id is updated; without\nit, a new rule is created.\n",
    "required": [
      "operators",
      "actions"
    ],
    "properties": {
      "id": {
        "$ref": "#/components/schemas/RuleId"
      },
      "operators": {
        "type": "array",
        "description": "Operators the rule runs.",
        "minItems": 1,
        "maxItems": 5,
        "items": {
          "$ref": "#/components/schemas/Operator"
        }
      },
      "triggers": {
        "type": "array",
        "description": "The event that fires the rule (at most one).",
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/Trigger"
        }
      },
      "actions": {
        "type": "array",
        "description": "Deliveries of the rule's results.",
        "maxItems": 2,
        "items": {
          "$ref": "#/components/schemas/Action"
        }
      },
      "context": {
        "$ref": "#/components/schemas/Context"
      }
    }
  },
  "Rule": {
    "type": "object",
    "description": "A Rule of a stored configuration.",
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
        "maxItems": 5,
        "items": {
          "$ref": "#/components/schemas/Operator"
        }
      },
      "triggers": {
        "type": "array",
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/Trigger"
        }
      },
      "actions": {
        "type": "array",
        "maxItems": 2,
        "items": {
          "$ref": "#/components/schemas/Action"
        }
      },
      "context": {
        "$ref": "#/components/schemas/Context"
      }
    }
  },
  "CreateConfigurationRequest": {
    "type": "object",
    "description": "Body of a create call.",
    "required": [
      "displayName",
      "rules"
    ],
    "properties": {
      "displayName": {
        "$ref": "#/components/schemas/DisplayName"
      },
      "description": {
        "$ref": "#/components/schemas/Description"
      },
      "rules": {
        "type": "array",
        "description": "The rules (at most five; an empty list is allowed).",
        "maxItems": 5,
        "items": {
          "$ref": "#/components/schemas/RuleCreationRequestPayload"
        }
      }
    }
  },
  "UpdateConfigurationRequest": {
    "type": "object",
    "description": "Body of an update call; it replaces the whole configuration.",
    "required": [
      "displayName",
      "rules"
    ],
    "properties": {
      "displayName": {
        "$ref": "#/components/schemas/DisplayName"
      },
      "description": {
        "$ref": "#/components/schemas/Description"
      },
      "rules": {
        "type": "array",
        "description": "The complete list of rules (at most five).",
        "maxItems": 5,
        "items": {
          "$ref": "#/components/schemas/RuleUpdateRequestPayload"
        }
      }
    }
  },
  "IntelligenceConfiguration": {
    "type": "object",
    "description": "An Intelligence Configuration. It runs only when it has at least one rule and is attached to\na Conversations configuration.\n",
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
        "description": "The Account that owns the configuration.",
        "examples": [
          "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ]
      },
      "id": {
        "type": "string",
        "description": "Identifier of the configuration, assigned by Twilio (TTID)."
      },
      "displayName": {
        "$ref": "#/components/schemas/DisplayName"
      },
      "description": {
        "$ref": "#/components/schemas/Description"
      },
      "version": {
        "type": "integer",
        "description": "Server-maintained revision number; it grows by one with every update. Read-only.",
        "readOnly": true
      },
      "rules": {
        "type": "array",
        "maxItems": 5,
        "items": {
          "$ref": "#/components/schemas/Rule"
        }
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
    }
  },
  "PaginationMeta": {
    "type": "object",
    "description": "Paging information of a list response.",
    "required": [
      "key",
      "pageSize"
    ],
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
        "description": "Pass as `pageToken` to get the next page. Missing on the last page."
      }
    }
  },
  "PaginatedConfigurationResponse": {
    "type": "object",
    "description": "One page of configurations.",
    "required": [
      "items",
      "meta"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/IntelligenceConfiguration"
        }
      },
      "meta": {
        "$ref": "#/components/schemas/PaginationMeta"
      }
    }
  },
  "Error": {
    "type": "object",
    "description": "The body of every error response.",
    "required": [
      "code",
      "message",
      "httpStatusCode"
    ],
    "properties": {
      "code": {
        "type": "integer",
        "format": "int32",
        "description": "Twilio error code; look it up at twilio.com/docs/errors."
      },
      "message": {
        "type": "string",
        "description": "What went wrong, in words."
      },
      "httpStatusCode": {
        "type": "integer",
        "format": "int32",
        "description": "The HTTP status of the response, repeated."
      },
      "userError": {
        "type": "boolean",
        "description": "True when the caller's request was at fault, false for a service failure."
      },
      "params": {
        "type": "object",
        "description": "Extra details as strings, such as `twilioErrorCodeUrl`.",
        "additionalProperties": {
          "type": "string"
        }
      }
    }
  }
} as const;

/** The spec's reusable parameters (path and query), with their schemas, limits and defaults. */
export const parameters = {
  "ConfigurationId": {
    "name": "id",
    "in": "path",
    "required": true,
    "description": "Identifier of the Intelligence Configuration.",
    "schema": {
      "$ref": "#/components/schemas/ConfigurationId"
    }
  },
  "PageSize": {
    "name": "pageSize",
    "in": "query",
    "required": false,
    "description": "Largest number of configurations to return in one page.",
    "schema": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1000,
      "default": 50
    }
  },
  "PageToken": {
    "name": "pageToken",
    "in": "query",
    "required": false,
    "description": "Opaque token from a previous page's `meta.nextToken` (or `meta.previousToken`).",
    "schema": {
      "type": "string"
    }
  }
} as const;

/**
 * The schemas the generated validators check, as one JSON Schema 2020-12 document: the component
 * schemas and each operation's query (`<operationId>Query`) under `$defs`, every `$ref` local to it.
 */
export const validationSchema = {
  "$defs": {
    "ConfigurationId": {
      "type": "string",
      "description": "Identifier of an Intelligence Configuration, assigned by Twilio (TTID).",
      "pattern": "^intelligence_configuration_[0-7][0-9a-z]{25}$",
      "examples": [
        "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5"
      ]
    },
    "RuleId": {
      "type": "string",
      "description": "Identifier of a Rule inside a configuration, assigned by Twilio (TTID).",
      "pattern": "^intelligence_configurationrule_[0-7][0-9a-z]{25}$",
      "examples": [
        "intelligence_configurationrule_01kermhm81fwfvy7j0f7h7v5mr"
      ]
    },
    "OperatorId": {
      "type": "string",
      "description": "Identifier of a Language Operator (TTID). The Configurations schemas set no pattern on it;\nOperators use `intelligence_operator_` followed by 26 characters.\n",
      "examples": [
        "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b"
      ]
    },
    "DisplayName": {
      "type": "string",
      "description": "Human-readable name saying what the configuration is for.",
      "minLength": 1,
      "maxLength": 128
    },
    "Description": {
      "type": "string",
      "description": "Longer free text about the configuration's purpose."
    },
    "Operator": {
      "type": "object",
      "description": "A Language Operator that a Rule runs.",
      "required": [
        "id"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/OperatorId"
        },
        "version": {
          "type": "integer",
          "description": "Pin the rule to this version of the Operator. Without it, the Operator's latest\nactive version at execution time is used.\n"
        },
        "parameters": {
          "type": "object",
          "description": "Values for the Operator's declared parameters, by name; their types must match the\nOperator's definition. Knowledge-source values are written `knowledge_base_id:knowledge_source_id`.\n",
          "additionalProperties": true
        }
      }
    },
    "TriggerType": {
      "type": "string",
      "description": "When the rule fires: `COMMUNICATION` on every new communication (or every `count`-th),\n`CONVERSATION_END` when the conversation is closed, `CONVERSATION_INACTIVE` when it\nbecomes inactive.\n",
      "enum": [
        "COMMUNICATION",
        "CONVERSATION_END",
        "CONVERSATION_INACTIVE"
      ]
    },
    "TriggerParameters": {
      "type": "object",
      "description": "Extra settings for some trigger types.",
      "properties": {
        "count": {
          "type": "integer",
          "description": "For `COMMUNICATION` triggers: run once per this many communications since the last\nrun. Larger values delay execution.\n",
          "minimum": 1,
          "maximum": 20,
          "default": 1
        }
      }
    },
    "Trigger": {
      "type": "object",
      "description": "The event that starts a Rule.",
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
      }
    },
    "ActionType": {
      "type": "string",
      "description": "How results are delivered. Only webhooks exist today.",
      "enum": [
        "WEBHOOK"
      ]
    },
    "ActionMethod": {
      "type": "string",
      "description": "HTTP method of the webhook call; always `POST`.",
      "enum": [
        "POST"
      ]
    },
    "Action": {
      "type": "object",
      "description": "Where a Rule delivers the Operators' results.",
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
          "description": "Absolute URL that receives the rule-execution webhook."
        }
      }
    },
    "MemoryContext": {
      "type": "object",
      "description": "Pass the Customer Memory profile to Operators with Memory context enabled (Memory-enabled accounts only).",
      "properties": {
        "enabled": {
          "type": "boolean",
          "description": "Whether Customer Memory is passed."
        }
      }
    },
    "KnowledgeContext": {
      "type": "object",
      "description": "Pass Enterprise Knowledge to Operators with Knowledge context enabled (Enterprise Knowledge accounts only).",
      "required": [
        "bases"
      ],
      "properties": {
        "bases": {
          "type": "array",
          "description": "The Knowledge Bases (and their sources) to pass.",
          "minItems": 1,
          "items": {
            "type": "string"
          }
        }
      }
    },
    "Context": {
      "type": "object",
      "description": "Extra data handed to the Rule's Operators.",
      "properties": {
        "memory": {
          "$ref": "#/$defs/MemoryContext"
        },
        "knowledge": {
          "$ref": "#/$defs/KnowledgeContext"
        }
      }
    },
    "RuleCreationRequestPayload": {
      "type": "object",
      "description": "A Rule as sent when creating a configuration.",
      "required": [
        "operators",
        "actions"
      ],
      "properties": {
        "operators": {
          "type": "array",
          "description": "Operators the rule runs.",
          "minItems": 1,
          "maxItems": 5,
          "items": {
            "$ref": "#/$defs/Operator"
          }
        },
        "triggers": {
          "type": "array",
          "description": "The event that fires the rule (at most one).",
          "maxItems": 1,
          "items": {
            "$ref": "#/$defs/Trigger"
          }
        },
        "actions": {
          "type": "array",
          "description": "Deliveries of the rule's results.",
          "maxItems": 2,
          "items": {
            "$ref": "#/$defs/Action"
          }
        },
        "context": {
          "$ref": "#/$defs/Context"
        }
      }
    },
    "RuleUpdateRequestPayload": {
      "type": "object",
      "description": "A Rule as sent in an update. With `id`, the existing rule of that id is updated; without\nit, a new rule is created.\n",
      "required": [
        "operators",
        "actions"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/RuleId"
        },
        "operators": {
          "type": "array",
          "description": "Operators the rule runs.",
          "minItems": 1,
          "maxItems": 5,
          "items": {
            "$ref": "#/$defs/Operator"
          }
        },
        "triggers": {
          "type": "array",
          "description": "The event that fires the rule (at most one).",
          "maxItems": 1,
          "items": {
            "$ref": "#/$defs/Trigger"
          }
        },
        "actions": {
          "type": "array",
          "description": "Deliveries of the rule's results.",
          "maxItems": 2,
          "items": {
            "$ref": "#/$defs/Action"
          }
        },
        "context": {
          "$ref": "#/$defs/Context"
        }
      }
    },
    "Rule": {
      "type": "object",
      "description": "A Rule of a stored configuration.",
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
          "maxItems": 5,
          "items": {
            "$ref": "#/$defs/Operator"
          }
        },
        "triggers": {
          "type": "array",
          "maxItems": 1,
          "items": {
            "$ref": "#/$defs/Trigger"
          }
        },
        "actions": {
          "type": "array",
          "maxItems": 2,
          "items": {
            "$ref": "#/$defs/Action"
          }
        },
        "context": {
          "$ref": "#/$defs/Context"
        }
      }
    },
    "CreateConfigurationRequest": {
      "type": "object",
      "description": "Body of a create call.",
      "required": [
        "displayName",
        "rules"
      ],
      "properties": {
        "displayName": {
          "$ref": "#/$defs/DisplayName"
        },
        "description": {
          "$ref": "#/$defs/Description"
        },
        "rules": {
          "type": "array",
          "description": "The rules (at most five; an empty list is allowed).",
          "maxItems": 5,
          "items": {
            "$ref": "#/$defs/RuleCreationRequestPayload"
          }
        }
      }
    },
    "UpdateConfigurationRequest": {
      "type": "object",
      "description": "Body of an update call; it replaces the whole configuration.",
      "required": [
        "displayName",
        "rules"
      ],
      "properties": {
        "displayName": {
          "$ref": "#/$defs/DisplayName"
        },
        "description": {
          "$ref": "#/$defs/Description"
        },
        "rules": {
          "type": "array",
          "description": "The complete list of rules (at most five).",
          "maxItems": 5,
          "items": {
            "$ref": "#/$defs/RuleUpdateRequestPayload"
          }
        }
      }
    },
    "IntelligenceConfiguration": {
      "type": "object",
      "description": "An Intelligence Configuration. It runs only when it has at least one rule and is attached to\na Conversations configuration.\n",
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
          "description": "The Account that owns the configuration.",
          "examples": [
            "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
          ]
        },
        "id": {
          "type": "string",
          "description": "Identifier of the configuration, assigned by Twilio (TTID)."
        },
        "displayName": {
          "$ref": "#/$defs/DisplayName"
        },
        "description": {
          "$ref": "#/$defs/Description"
        },
        "version": {
          "type": "integer",
          "description": "Server-maintained revision number; it grows by one with every update. Read-only.",
          "readOnly": true
        },
        "rules": {
          "type": "array",
          "maxItems": 5,
          "items": {
            "$ref": "#/$defs/Rule"
          }
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
      }
    },
    "PaginationMeta": {
      "type": "object",
      "description": "Paging information of a list response.",
      "required": [
        "key",
        "pageSize"
      ],
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
          "description": "Pass as `pageToken` to get the next page. Missing on the last page."
        }
      }
    },
    "PaginatedConfigurationResponse": {
      "type": "object",
      "description": "One page of configurations.",
      "required": [
        "items",
        "meta"
      ],
      "properties": {
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IntelligenceConfiguration"
          }
        },
        "meta": {
          "$ref": "#/$defs/PaginationMeta"
        }
      }
    },
    "Error": {
      "type": "object",
      "description": "The body of every error response.",
      "required": [
        "code",
        "message",
        "httpStatusCode"
      ],
      "properties": {
        "code": {
          "type": "integer",
          "format": "int32",
          "description": "Twilio error code; look it up at twilio.com/docs/errors."
        },
        "message": {
          "type": "string",
          "description": "What went wrong, in words."
        },
        "httpStatusCode": {
          "type": "integer",
          "format": "int32",
          "description": "The HTTP status of the response, repeated."
        },
        "userError": {
          "type": "boolean",
          "description": "True when the caller's request was at fault, false for a service failure."
        },
        "params": {
          "type": "object",
          "description": "Extra details as strings, such as `twilioErrorCodeUrl`.",
          "additionalProperties": {
            "type": "string"
          }
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
          "type": "string"
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
  readonly BadRequestError: Types.Error;
  readonly NotFoundError: Types.Error;
  readonly RateLimitError: Types.Error;
  readonly InternalServerError: Types.Error;
} = {
  "UpdateConfigurationRequest": {
    "displayName": "real-time-intelligence-config",
    "description": "Intelligence configuration to trigger real-time script adherence operator",
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
    "description": "Intelligence configuration to trigger real-time script adherence operator",
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
