// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

// The spec's schemas as data, reduced to the keywords that validation reads; each $ref is the const it
// names. validator() in validation-runtime.ts checks values against them: no code is built at run time.
import { validator, type Schema } from "../validation-runtime.js";
import type * as Types from "@convintel/types";
import type { CompiledValidator } from "../validation.js";

const ConfigurationIdSchema: Schema = { type: "string", pattern: "^intelligence_configuration_[0-7][0-9a-z]{25}$" };
const DisplayNameSchema: Schema = { type: "string", minLength: 1, maxLength: 128 };
const DescriptionSchema: Schema = { type: "string" };
const OperatorIdSchema: Schema = { type: "string" };
const OperatorSchema: Schema = { type: "object", required: ["id"], properties: { id: OperatorIdSchema, version: { type: "integer" }, parameters: { type: "object", additionalProperties: true } } };
const TriggerTypeSchema: Schema = { type: "string", enum: ["COMMUNICATION","CONVERSATION_END","CONVERSATION_INACTIVE"] };
const TriggerParametersSchema: Schema = { type: "object", properties: { count: { type: "integer", minimum: 1, maximum: 20 } } };
const TriggerSchema: Schema = { type: "object", required: ["on"], properties: { on: TriggerTypeSchema, parameters: TriggerParametersSchema } };
const ActionTypeSchema: Schema = { type: "string", enum: ["WEBHOOK"] };
const ActionMethodSchema: Schema = { type: "string", enum: ["POST"] };
const ActionSchema: Schema = { type: "object", required: ["type","method","url"], properties: { type: ActionTypeSchema, method: ActionMethodSchema, url: { type: "string", format: "uri" } } };
const MemoryContextSchema: Schema = { type: "object", properties: { enabled: { type: "boolean" } } };
const KnowledgeContextSchema: Schema = { type: "object", required: ["bases"], properties: { bases: { type: "array", minItems: 1, items: { type: "string" } } } };
const ContextSchema: Schema = { type: "object", properties: { memory: MemoryContextSchema, knowledge: KnowledgeContextSchema } };
const RuleCreationRequestPayloadSchema: Schema = { type: "object", required: ["operators","actions"], properties: { operators: { type: "array", minItems: 1, maxItems: 5, items: OperatorSchema }, triggers: { type: "array", maxItems: 1, items: TriggerSchema }, actions: { type: "array", maxItems: 2, items: ActionSchema }, context: ContextSchema } };
const CreateConfigurationRequestSchema: Schema = { type: "object", required: ["displayName","rules"], properties: { displayName: DisplayNameSchema, description: DescriptionSchema, rules: { type: "array", maxItems: 5, items: RuleCreationRequestPayloadSchema } } };
const ErrorSchema: Schema = { type: "object", required: ["code","message","httpStatusCode"], properties: { code: { type: "integer", format: "int32" }, message: { type: "string" }, httpStatusCode: { type: "integer", format: "int32" }, userError: { type: "boolean" }, params: { type: "object", additionalProperties: { type: "string" } } } };
const RuleSchema: Schema = { type: "object", required: ["id","operators","triggers","actions"], properties: { id: { type: "string" }, operators: { type: "array", maxItems: 5, items: OperatorSchema }, triggers: { type: "array", maxItems: 1, items: TriggerSchema }, actions: { type: "array", maxItems: 2, items: ActionSchema }, context: ContextSchema } };
const IntelligenceConfigurationSchema: Schema = { type: "object", required: ["accountId","id","displayName","version","rules","dateCreated","dateUpdated"], properties: { accountId: { type: "string" }, id: { type: "string" }, displayName: DisplayNameSchema, description: DescriptionSchema, version: { type: "integer" }, rules: { type: "array", maxItems: 5, items: RuleSchema }, dateCreated: { type: "string", format: "date-time" }, dateUpdated: { type: "string", format: "date-time" } } };
const ListConfigurationsQuerySchema: Schema = { type: "object", properties: { pageSize: { type: "integer", minimum: 1, maximum: 1000 }, pageToken: { type: "string" } }, required: [], additionalProperties: false };
const PaginationMetaSchema: Schema = { type: "object", required: ["key","pageSize"], properties: { key: { type: "string" }, pageSize: { type: "integer" }, previousToken: { type: "string" }, nextToken: { type: "string" } } };
const PaginatedConfigurationResponseSchema: Schema = { type: "object", required: ["items","meta"], properties: { items: { type: "array", items: IntelligenceConfigurationSchema }, meta: PaginationMetaSchema } };
const RuleIdSchema: Schema = { type: "string", pattern: "^intelligence_configurationrule_[0-7][0-9a-z]{25}$" };
const RuleUpdateRequestPayloadSchema: Schema = { type: "object", required: ["operators","actions"], properties: { id: RuleIdSchema, operators: { type: "array", minItems: 1, maxItems: 5, items: OperatorSchema }, triggers: { type: "array", maxItems: 1, items: TriggerSchema }, actions: { type: "array", maxItems: 2, items: ActionSchema }, context: ContextSchema } };
const UpdateConfigurationRequestSchema: Schema = { type: "object", required: ["displayName","rules"], properties: { displayName: DisplayNameSchema, description: DescriptionSchema, rules: { type: "array", maxItems: 5, items: RuleUpdateRequestPayloadSchema } } };

export const validateConfigurationId: CompiledValidator<Types.ConfigurationId> = /* @__PURE__ */ validator(ConfigurationIdSchema);
export const validateCreateConfigurationRequest: CompiledValidator<Types.CreateConfigurationRequest> = /* @__PURE__ */ validator(CreateConfigurationRequestSchema);
export const validateError: CompiledValidator<Types.Error> = /* @__PURE__ */ validator(ErrorSchema);
export const validateIntelligenceConfiguration: CompiledValidator<Types.IntelligenceConfiguration> = /* @__PURE__ */ validator(IntelligenceConfigurationSchema);
export const validateListConfigurationsQuery: CompiledValidator<Types.ListConfigurationsQuery> = /* @__PURE__ */ validator(ListConfigurationsQuerySchema);
export const validatePaginatedConfigurationResponse: CompiledValidator<Types.PaginatedConfigurationResponse> = /* @__PURE__ */ validator(PaginatedConfigurationResponseSchema);
export const validateUpdateConfigurationRequest: CompiledValidator<Types.UpdateConfigurationRequest> = /* @__PURE__ */ validator(UpdateConfigurationRequestSchema);

/** Every validator above, by name: a plain object rather than a module namespace, so that bundlers drop it when it is unused. */
export const validators = { validateConfigurationId, validateCreateConfigurationRequest, validateError, validateIntelligenceConfiguration, validateListConfigurationsQuery, validatePaginatedConfigurationResponse, validateUpdateConfigurationRequest } as const;
