import { describe, expect, it } from "vitest";
import { operations, responseHeaders, validate, validators, type CompiledValidator, type ValidationIssue } from "../src/index.js";
import { examples } from "../src/spec.js";

type Body = Record<string, any>;
const seedRequest = (): Body => structuredClone(examples.UpdateConfigurationRequest) as Body;
const seedCreate = (): Body => structuredClone(examples.CreateConfigurationRequest) as Body;
const seedResponse = (): Body => structuredClone(examples.UpdatedConfiguration) as Body;
const seedPage = (): Body => structuredClone(examples.ConfigurationPage) as Body;
const seedError = (): Body => structuredClone(examples.BadRequestError) as Body;

function issuesOf(validator: CompiledValidator, value: unknown): ValidationIssue[] {
  const result = validate(validator, value);
  return result.ok ? [] : result.issues;
}

const rule = (overrides: Body = {}): Body => ({ ...seedRequest().rules[0], ...overrides });
const operator = { id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b" };
const action = { type: "WEBHOOK", method: "POST", url: "https://example.com/hook" };

interface Case {
  name: string;
  validator: CompiledValidator;
  make: () => unknown;
  pointer: string;
  rule: string;
}

const update = validators.validateUpdateConfigurationRequest;
const create = validators.validateCreateConfigurationRequest;

const cases: Case[] = [
  // the configuration id (path parameter)
  {
    name: "id with the wrong prefix",
    validator: validators.validateIntelligenceConfigurationTtid,
    make: () => "intelligence_operator_01k6fc25s7epm9qtk8rszbv3q5",
    pointer: "",
    rule: "pattern ^intelligence_configuration_[0-7][0-9a-z]{25}$",
  },
  {
    name: "id starting with 8",
    validator: validators.validateIntelligenceConfigurationTtid,
    make: () => "intelligence_configuration_81k6fc25s7epm9qtk8rszbv3q5",
    pointer: "",
    rule: "pattern ^intelligence_configuration_[0-7][0-9a-z]{25}$",
  },
  {
    name: "id one character short",
    validator: validators.validateIntelligenceConfigurationTtid,
    make: () => "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q",
    pointer: "",
    rule: "pattern ^intelligence_configuration_[0-7][0-9a-z]{25}$",
  },
  {
    name: "id with upper case",
    validator: validators.validateIntelligenceConfigurationTtid,
    make: () => "intelligence_configuration_01K6FC25S7EPM9QTK8RSZBV3Q5",
    pointer: "",
    rule: "pattern ^intelligence_configuration_[0-7][0-9a-z]{25}$",
  },
  {
    name: "id with a path separator",
    validator: validators.validateIntelligenceConfigurationTtid,
    make: () => "intelligence_configuration_01k6fc25s7epm9qtk8rsz/../",
    pointer: "",
    rule: "pattern ^intelligence_configuration_[0-7][0-9a-z]{25}$",
  },
  {
    name: "id that is a number",
    validator: validators.validateIntelligenceConfigurationTtid,
    make: () => 42,
    pointer: "",
    rule: "type string",
  },

  // displayName
  {
    name: "displayName missing",
    validator: update,
    make: () => {
      const b = seedRequest();
      delete b.displayName;
      return b;
    },
    pointer: "/displayName",
    rule: "required",
  },
  {
    name: "displayName empty",
    validator: update,
    make: () => ({ ...seedRequest(), displayName: "" }),
    pointer: "/displayName",
    rule: "minLength 1",
  },
  {
    name: "displayName of 129 characters",
    validator: update,
    make: () => ({ ...seedRequest(), displayName: "x".repeat(129) }),
    pointer: "/displayName",
    rule: "maxLength 128",
  },
  {
    name: "displayName of 129 astral characters",
    validator: create,
    make: () => ({ ...seedCreate(), displayName: "😀".repeat(129) }),
    pointer: "/displayName",
    rule: "maxLength 128",
  },
  {
    name: "displayName not a string",
    validator: create,
    make: () => ({ ...seedCreate(), displayName: 7 }),
    pointer: "/displayName",
    rule: "type string",
  },
  {
    name: "description not a string",
    validator: update,
    make: () => ({ ...seedRequest(), description: ["a"] }),
    pointer: "/description",
    rule: "type string",
  },

  // rules
  {
    name: "rules missing",
    validator: create,
    make: () => {
      const b = seedCreate();
      delete b.rules;
      return b;
    },
    pointer: "/rules",
    rule: "required",
  },
  {
    name: "six rules",
    validator: update,
    make: () => ({ ...seedRequest(), rules: Array.from({ length: 6 }, () => rule({ id: undefined })) }),
    pointer: "/rules",
    rule: "maxItems 5",
  },
  {
    name: "six rules on create",
    validator: create,
    make: () => ({ ...seedCreate(), rules: Array.from({ length: 6 }, () => seedCreate().rules[0]) }),
    pointer: "/rules",
    rule: "maxItems 5",
  },
  { name: "rules not an array", validator: update, make: () => ({ ...seedRequest(), rules: {} }), pointer: "/rules", rule: "type array" },

  // operators
  {
    name: "operators missing",
    validator: update,
    make: () => {
      const r = rule();
      delete r.operators;
      return { ...seedRequest(), rules: [r] };
    },
    pointer: "/rules/0/operators",
    rule: "required",
  },
  {
    name: "no operators",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ operators: [] })] }),
    pointer: "/rules/0/operators",
    rule: "minItems 1",
  },
  {
    name: "six operators",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ operators: Array(6).fill(operator) })] }),
    pointer: "/rules/0/operators",
    rule: "maxItems 5",
  },
  {
    name: "no operators on create",
    validator: create,
    make: () => ({ ...seedCreate(), rules: [{ ...seedCreate().rules[0], operators: [] }] }),
    pointer: "/rules/0/operators",
    rule: "minItems 1",
  },
  {
    name: "operator without id",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ operators: [{ version: 1 }] })] }),
    pointer: "/rules/0/operators/0/id",
    rule: "required",
  },
  {
    name: "operator version not an integer",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ operators: [{ ...operator, version: 1.5 }] })] }),
    pointer: "/rules/0/operators/0/version",
    rule: "type integer",
  },
  {
    name: "operator parameters not an object",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ operators: [{ ...operator, parameters: "scale=2" }] })] }),
    pointer: "/rules/0/operators/0/parameters",
    rule: "type object",
  },

  // triggers
  {
    name: "two triggers",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ triggers: [{ on: "COMMUNICATION" }, { on: "CONVERSATION_END" }] })] }),
    pointer: "/rules/0/triggers",
    rule: "maxItems 1",
  },
  {
    name: "trigger without on",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ triggers: [{}] })] }),
    pointer: "/rules/0/triggers/0/on",
    rule: "required",
  },
  {
    name: "unknown trigger",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ triggers: [{ on: "CONVERSATION_START" }] })] }),
    pointer: "/rules/0/triggers/0/on",
    rule: "enum COMMUNICATION | CONVERSATION_END | CONVERSATION_INACTIVE",
  },
  {
    name: "trigger count 0",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ triggers: [{ on: "COMMUNICATION", parameters: { count: 0 } }] })] }),
    pointer: "/rules/0/triggers/0/parameters/count",
    rule: "minimum 1",
  },
  {
    name: "trigger count 21",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ triggers: [{ on: "COMMUNICATION", parameters: { count: 21 } }] })] }),
    pointer: "/rules/0/triggers/0/parameters/count",
    rule: "maximum 20",
  },
  {
    name: "trigger count 2.5",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ triggers: [{ on: "COMMUNICATION", parameters: { count: 2.5 } }] })] }),
    pointer: "/rules/0/triggers/0/parameters/count",
    rule: "type integer",
  },

  // actions
  {
    name: "actions missing",
    validator: update,
    make: () => {
      const r = rule();
      delete r.actions;
      return { ...seedRequest(), rules: [r] };
    },
    pointer: "/rules/0/actions",
    rule: "required",
  },
  {
    name: "three actions",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [action, action, action] })] }),
    pointer: "/rules/0/actions",
    rule: "maxItems 2",
  },
  {
    name: "action type not WEBHOOK",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [{ ...action, type: "EMAIL" }] })] }),
    pointer: "/rules/0/actions/0/type",
    rule: "enum WEBHOOK",
  },
  {
    name: "action method GET",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [{ ...action, method: "GET" }] })] }),
    pointer: "/rules/0/actions/0/method",
    rule: "enum POST",
  },
  {
    name: "action url relative",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [{ ...action, url: "/rule-action" }] })] }),
    pointer: "/rules/0/actions/0/url",
    rule: "format uri",
  },
  {
    name: "action url with a space",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [{ ...action, url: "https://example.com/a b" }] })] }),
    pointer: "/rules/0/actions/0/url",
    rule: "format uri",
  },
  {
    name: "action without url",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [{ type: "WEBHOOK", method: "POST" }] })] }),
    pointer: "/rules/0/actions/0/url",
    rule: "required",
  },
  {
    name: "action without type",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [{ method: "POST", url: action.url }] })] }),
    pointer: "/rules/0/actions/0/type",
    rule: "required",
  },
  {
    name: "action without method",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ actions: [{ type: "WEBHOOK", url: action.url }] })] }),
    pointer: "/rules/0/actions/0/method",
    rule: "required",
  },

  // context
  {
    name: "memory.enabled not a boolean",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ context: { memory: { enabled: "yes" } } })] }),
    pointer: "/rules/0/context/memory/enabled",
    rule: "type boolean",
  },
  {
    name: "knowledge without bases",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ context: { knowledge: {} } })] }),
    pointer: "/rules/0/context/knowledge/bases",
    rule: "required",
  },
  {
    name: "knowledge with no bases",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ context: { knowledge: { bases: [] } } })] }),
    pointer: "/rules/0/context/knowledge/bases",
    rule: "minItems 1",
  },
  {
    name: "knowledge base not a string",
    validator: update,
    make: () => ({ ...seedRequest(), rules: [rule({ context: { knowledge: { bases: [1] } } })] }),
    pointer: "/rules/0/context/knowledge/bases/0",
    rule: "type string",
  },

  // the response
  {
    name: "response without version",
    validator: validators.validateIntelligenceConfiguration,
    make: () => {
      const b = seedResponse();
      delete b.version;
      return b;
    },
    pointer: "/version",
    rule: "required",
  },
  {
    name: "response version as a string",
    validator: validators.validateIntelligenceConfiguration,
    make: () => ({ ...seedResponse(), version: "1" }),
    pointer: "/version",
    rule: "type integer",
  },
  {
    name: "response dateUpdated not a date-time",
    validator: validators.validateIntelligenceConfiguration,
    make: () => ({ ...seedResponse(), dateUpdated: "2026-02-30T08:18:17Z" }),
    pointer: "/dateUpdated",
    rule: "format date-time",
  },
  {
    name: "response dateCreated without a zone",
    validator: validators.validateIntelligenceConfiguration,
    make: () => ({ ...seedResponse(), dateCreated: "2026-01-12T08:18:17" }),
    pointer: "/dateCreated",
    rule: "format date-time",
  },
  {
    name: "response without accountId",
    validator: validators.validateIntelligenceConfiguration,
    make: () => {
      const b = seedResponse();
      delete b.accountId;
      return b;
    },
    pointer: "/accountId",
    rule: "required",
  },
  {
    name: "response rule without triggers",
    validator: validators.validateIntelligenceConfiguration,
    make: () => {
      const b = seedResponse();
      delete b.rules[0].triggers;
      return b;
    },
    pointer: "/rules/0/triggers",
    rule: "required",
  },
  {
    name: "response rule without id",
    validator: validators.validateIntelligenceConfiguration,
    make: () => {
      const b = seedResponse();
      delete b.rules[0].id;
      return b;
    },
    pointer: "/rules/0/id",
    rule: "required",
  },

  // the list envelope and its query
  {
    name: "page without meta",
    validator: validators.validatePaginatedConfigurationResponse,
    make: () => {
      const b = seedPage();
      delete b.meta;
      return b;
    },
    pointer: "/meta",
    rule: "required",
  },
  {
    name: "page without items",
    validator: validators.validatePaginatedConfigurationResponse,
    make: () => {
      const b = seedPage();
      delete b.items;
      return b;
    },
    pointer: "/items",
    rule: "required",
  },
  {
    name: "page meta without key",
    validator: validators.validatePaginatedConfigurationResponse,
    make: () => {
      const b = seedPage();
      delete b.meta.key;
      return b;
    },
    pointer: "/meta/key",
    rule: "required",
  },
  {
    name: "page meta without pageSize",
    validator: validators.validatePaginatedConfigurationResponse,
    make: () => {
      const b = seedPage();
      delete b.meta.pageSize;
      return b;
    },
    pointer: "/meta/pageSize",
    rule: "required",
  },
  {
    name: "pageSize 0",
    validator: validators.validateListConfigurationsQuery,
    make: () => ({ pageSize: 0 }),
    pointer: "/pageSize",
    rule: "minimum 1",
  },
  {
    name: "pageSize 1001",
    validator: validators.validateListConfigurationsQuery,
    make: () => ({ pageSize: 1001 }),
    pointer: "/pageSize",
    rule: "maximum 1000",
  },
  {
    name: "pageToken not a string",
    validator: validators.validateListConfigurationsQuery,
    make: () => ({ pageToken: 5 }),
    pointer: "/pageToken",
    rule: "type string",
  },
  {
    name: "an unknown query parameter",
    validator: validators.validateListConfigurationsQuery,
    make: () => ({ page_size: 5 }),
    pointer: "/page_size",
    rule: "additionalProperties false",
  },

  // the error body
  {
    name: "error without code",
    validator: validators.validateError,
    make: () => {
      const b = seedError();
      delete b.code;
      return b;
    },
    pointer: "/code",
    rule: "required",
  },
  {
    name: "error without message",
    validator: validators.validateError,
    make: () => {
      const b = seedError();
      delete b.message;
      return b;
    },
    pointer: "/message",
    rule: "required",
  },
  {
    name: "error without httpStatusCode",
    validator: validators.validateError,
    make: () => {
      const b = seedError();
      delete b.httpStatusCode;
      return b;
    },
    pointer: "/httpStatusCode",
    rule: "required",
  },
  {
    name: "error code beyond int32",
    validator: validators.validateError,
    make: () => ({ ...seedError(), code: 2 ** 31 }),
    pointer: "/code",
    rule: "format int32",
  },
  {
    name: "error userError not a boolean",
    validator: validators.validateError,
    make: () => ({ ...seedError(), userError: "true" }),
    pointer: "/userError",
    rule: "type boolean",
  },
  {
    name: "error params with a number",
    validator: validators.validateError,
    make: () => ({ ...seedError(), params: { twilioErrorCodeUrl: 5 } }),
    pointer: "/params/twilioErrorCodeUrl",
    rule: "type string",
  },
];

describe("generated validators", () => {
  it.each(cases)("reject $name at $pointer ($rule)", ({ validator, make, pointer, rule: expectedRule }) => {
    const issues = issuesOf(validator, make());
    expect(issues.map((i) => [i.pointer, i.rule])).toContainEqual([pointer, expectedRule]);
    const issue = issues.find((i) => i.pointer === pointer && i.rule === expectedRule)!;
    expect(issue.message).toContain(pointer || "(root)");
    // The sentence states the rule's limit, pattern or values exactly once, and not the rule again.
    const stated = expectedRule.slice(expectedRule.indexOf(" ") + 1);
    if (expectedRule.includes(" ") && issue.keyword !== "additionalProperties")
      expect(issue.message.split(stated).length - 1, issue.message).toBe(1);
    expect(issue.message).not.toContain(`(${expectedRule})`);
  });

  it("report every failure at once, not only the first", () => {
    const body = { displayName: "", rules: [rule({ operators: [], triggers: [{ on: "NEVER" }] })] };
    const found = issuesOf(update, body).map((i) => i.pointer);
    expect(found).toEqual(expect.arrayContaining(["/displayName", "/rules/0/operators", "/rules/0/triggers/0/on"]));
  });

  it("accept the limits themselves", () => {
    const body = {
      displayName: "x".repeat(128),
      rules: Array.from({ length: 5 }, () => ({
        operators: Array(5).fill(operator),
        triggers: [{ on: "COMMUNICATION", parameters: { count: 20 } }],
        actions: [action, action],
        context: { knowledge: { bases: ["kb"] } },
      })),
    };
    expect(issuesOf(update, body)).toEqual([]);
    expect(issuesOf(create, { displayName: "😀".repeat(128), rules: [] })).toEqual([]);
    expect(issuesOf(validators.validateListConfigurationsQuery, { pageSize: 1000, pageToken: "t" })).toEqual([]);
    expect(issuesOf(validators.validateListConfigurationsQuery, { pageSize: 1 })).toEqual([]);
  });

  it("accept a rule without an id (a new rule) and without triggers or context", () => {
    expect(issuesOf(update, { displayName: "d", rules: [{ operators: [operator], actions: [] }] })).toEqual([]);
  });

  it("escape JSON pointer segments of missing and unknown fields", () => {
    const issues = issuesOf(validators.validateListConfigurationsQuery, { "a/b~c": 1 });
    expect(issues.map((i) => i.pointer)).toEqual(["/a~1b~0c"]);
  });

  it("never repeat the rejected value in a message", () => {
    const secret = "sk_live_do_not_print_me";
    const issues = issuesOf(update, { displayName: secret.repeat(10), rules: [rule({ actions: [{ ...action, url: secret }] })] });
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message).not.toContain(secret);
  });

  it("are wired into the operation table by the spec", () => {
    expect(operations.UpdateConfiguration.method).toBe("PUT");
    expect(operations.UpdateConfiguration.path).toBe("/v3/ControlPlane/Configurations/{id}");
    expect(operations.UpdateConfiguration.requestBody.validate).toBe(update);
    expect(operations.UpdateConfiguration.pathParams.id).toBe(validators.validateIntelligenceConfigurationTtid);
    expect(operations.UpdateConfiguration.responses["200"].validate).toBe(validators.validateIntelligenceConfiguration);
    expect(operations.CreateConfiguration.responses["429"].headers).toEqual([
      "X-RateLimit-Limit",
      "X-RateLimit-Remaining",
      "X-RateLimit-Reset",
      "Twilio-Request-Id",
    ]);
    expect(operations.UpdateOperator.responses["200"].headers).toEqual(["ETag", "Twilio-Request-Id"]);
    expect(operations.DeleteConfiguration.responses["204"].validate).toBeUndefined();
    expect(responseHeaders).toEqual({
      requestId: "Twilio-Request-Id",
      etag: "ETag",
      rateLimit: { limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset" },
    });
    expect(Object.keys(operations).sort()).toEqual([
      "CreateConfiguration",
      "CreateOperator",
      "CreateRuleExecution",
      "DeleteConfiguration",
      "DeleteOperator",
      "DeleteOperatorResult",
      "FetchConfiguration",
      "FetchConversation",
      "FetchOperator",
      "FetchOperatorResult",
      "FetchOperatorVersion",
      "ListConfigurations",
      "ListConversations",
      "ListOperatorResults",
      "ListOperatorVersions",
      "ListOperators",
      "UpdateConfiguration",
      "UpdateOperator",
    ]);
  });
});

describe("validator exports", () => {
  it("export each validator by name, the same function that validators holds", async () => {
    const exported = { ...(await import("../src/index.js")) } as Record<string, unknown>;
    const names = Object.keys(validators);
    expect(names).toContain("validateUpdateConfigurationRequest");
    for (const name of names) expect(exported[name], name).toBe(validators[name as keyof typeof validators]);
  });
});

describe("generated validator source", () => {
  it("builds no code at run time and imports nothing but the local runtime helpers and types", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("../src/generated/validators.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/new Function|\beval\(|require\(/);
    expect([...source.matchAll(/^import (type )?.* from "(.*)";$/gm)].map((m) => `${m[1] ?? ""}${m[2]}`)).toEqual([
      "../validation-runtime.js",
      "type @convintel/types",
      "type ../validation.js",
    ]);
  });

  it("is data for a runtime that builds no code either and imports nothing but a type", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("../src/generated/validators.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^function |=>/m);
    const runtime = await readFile(new URL("../src/validation-runtime.ts", import.meta.url), "utf8");
    expect(runtime).not.toMatch(/new Function|\beval\(|require\(|import\(/);
    expect([...runtime.matchAll(/^import (.*) from "(.*)";$/gm)].map((m) => [m[1], m[2]])).toEqual([
      ["type { CompiledValidator, ValidatorOptions }", "./validation.js"],
    ]);
  });
});

describe("closed checking of request bodies", () => {
  const closed = { closed: true };
  const issuesClosed = (validator: CompiledValidator, value: unknown) => {
    const result = validate(validator, value, "", closed);
    return result.ok ? [] : result.issues;
  };

  it("passes every example request as it is", () => {
    expect(issuesClosed(update, seedRequest())).toEqual([]);
    expect(issuesClosed(create, seedCreate())).toEqual([]);
  });

  it("refuses keys an object's schema does not list, with the nearest listed name", () => {
    const body = seedRequest();
    body.Rules = body.rules;
    delete body.rules;
    body.rules = [{ ...rule(), operators: [{ ...operator, verison: 2 }], extra: true }];
    expect(issuesClosed(update, body).map(({ pointer, params, message }) => ({ pointer, params, message }))).toEqual([
      {
        pointer: "/Rules",
        params: { additionalProperty: "Rules", suggestion: "rules" },
        message: "/Rules is not a known field; did you mean rules?",
      },
      {
        pointer: "/rules/0/extra",
        params: { additionalProperty: "extra" },
        message: "/rules/0/extra is not a known field",
      },
      {
        pointer: "/rules/0/operators/0/verison",
        params: { additionalProperty: "verison", suggestion: "version" },
        message: "/rules/0/operators/0/verison is not a known field; did you mean version?",
      },
    ]);
  });

  it("leaves objects open that the spec leaves open: operator parameters", () => {
    const body = seedRequest();
    body.rules[0].operators[0].parameters = { anything: { nested: [1, 2] } };
    expect(issuesClosed(update, body)).toEqual([]);
  });

  it("is off unless asked for: the same body passes an open check", () => {
    expect(issuesOf(update, { ...seedRequest(), unknown: 1 })).toEqual([]);
  });
});

describe("validators follow the provider's description, no more", () => {
  it("accept any string as the id of a rule in an update (the provider sets no pattern on it)", () => {
    expect(validators.validateUpdateConfigurationRequest({ ...seedRequest(), rules: [rule({ id: "rule-1" })] })).toBe(true);
  });

  it("check the ids the provider does pattern, such as a configuration's", () => {
    expect(validators.validateIntelligenceConfigurationTtid("rule-1")).toBe(false);
  });

  it("accept every absolute RFC 3986 URI as a webhook URL, and refuse what is not one", () => {
    const action = (url: string) => rule({ actions: [{ type: "WEBHOOK", method: "POST", url }] });
    const accepts = (url: string) => validators.validateUpdateConfigurationRequest({ ...seedRequest(), rules: [action(url)] });
    for (const url of ["https://hooks.example.9/x", "https://[::1]:8443/hook", "https://example.com/a%20b?q=1#f", "urn:example:hook"]) {
      expect(accepts(url), url).toBe(true);
    }
    for (const url of ["/relative/path", "https://exa mple.com/", "https://example.com/%zz", "no-scheme", "https://example.com/<x>"]) {
      expect(accepts(url), url).toBe(false);
    }
  });
});

describe("schemas the Configurations resource never had", () => {
  const operatorRequest = () => structuredClone(examples.OperatorRequest) as Body;

  it("check each schema of an allOf: an operator body needs displayName, prompt and outputFormat", () => {
    expect(validators.validateOperatorRequest(operatorRequest())).toBe(true);
    const { prompt: _prompt, ...withoutPrompt } = operatorRequest();
    expect(validate(validators.validateOperatorRequest, withoutPrompt).ok).toBe(false);
    expect(validators.validateOperatorRequest.errors).toEqual([
      { instancePath: "", keyword: "required", params: { missingProperty: "prompt" } },
    ]);
    expect(validate(validators.validateOperatorRequest, { ...operatorRequest(), outputFormat: "XML" })).toMatchObject({
      ok: false,
      issues: [{ pointer: "/outputFormat", keyword: "enum" }],
    });
  });

  it("make the closed check over every schema of an allOf", () => {
    const checked = validate(validators.validateOperatorRequest, { ...operatorRequest(), promt: "x" }, "", { closed: true });
    expect(checked).toMatchObject({
      ok: false,
      issues: [{ pointer: "/promt", keyword: "additionalProperties", params: { suggestion: "prompt" } }],
    });
    expect(validate(validators.validateOperatorRequest, operatorRequest(), "", { closed: true }).ok).toBe(true);
  });

  it("accept null where the provider says nullable, and name both types otherwise", () => {
    const conversation = structuredClone(examples.Conversation) as Body;
    expect(validators.validateConversation({ ...conversation, name: null })).toBe(true);
    expect(validate(validators.validateConversation, { ...conversation, name: 5 })).toMatchObject({
      ok: false,
      issues: [{ pointer: "/name", keyword: "type", message: "/name must be of type string or null" }],
    });
  });

  it("tell operator results apart by outputFormat, and check the shape it names", () => {
    const text = () => structuredClone(examples.TextOperatorResult) as Body;
    expect(validators.validateOperatorResultsResponseV1(text())).toBe(true);
    const classification = { ...text(), outputFormat: "CLASSIFICATION", result: { label: "positive" } };
    expect(validators.validateOperatorResultsResponseV1(classification)).toBe(true);
    // A TEXT result must have a text: checked against TextResult only, not "any of the four".
    expect(validate(validators.validateOperatorResultsResponseV1, { ...text(), result: { label: "positive" } })).toMatchObject({
      ok: false,
      issues: [{ pointer: "/result/text", keyword: "required" }],
    });
    expect(validate(validators.validateOperatorResultsResponseV1, { ...text(), outputFormat: "SUMMARY" })).toMatchObject({
      ok: false,
      issues: [
        { pointer: "/outputFormat", keyword: "pattern" },
        { pointer: "/outputFormat", keyword: "enum", rule: "enum TEXT | JSON | CLASSIFICATION | EXTRACTION" },
      ],
    });
    const { outputFormat: _format, ...untagged } = text();
    expect(validate(validators.validateOperatorResultsResponseV1, untagged)).toMatchObject({
      ok: false,
      issues: [{ pointer: "/outputFormat", keyword: "required" }],
    });
  });
});
