/**
 * What the fake does for each operation, once a request's input is checked: one handler per
 * operation, in a table whose type requires every operation of the spec to have one.
 */
import { responseHeaders } from "@convintel/fetch";
import type {
  CreateConfigurationRequest,
  CreateRuleExecutionRequest,
  ListConversationsQuery,
  ListOperatorResultsQuery,
  OperationId,
  OperatorRequest,
  Rule,
  UpdateConfigurationRequest,
} from "@convintel/types";
import type { ConversationStore } from "./conversations.js";
import { errorBody, errorCodes, noMemoryStore, notFound, preconditionFailed } from "./errors.js";
import type { OperatorStore } from "./operators.js";
import type { Page } from "./paging.js";
import type { OperationInput } from "./request-input.js";
import { badToken, defaultPageSize, error, invalid, pageBody, success } from "./responses.js";
import type { Operation } from "./router.js";
import type { RuleRunner } from "./rules.js";
import type { ConfigurationStore } from "./store.js";
import { formatTimestamp } from "./time.js";
import type { ResponsePlan } from "./wire.js";

/** The fake's state, as the handlers read and change it. */
export interface HandlerState {
  store: ConfigurationStore;
  operators: OperatorStore;
  conversations: ConversationStore;
  rules: RuleRunner;
  now: () => Date;
}

/** One request, as a handler sees it: the state, the operation and its checked input. */
interface Call extends OperationInput {
  state: HandlerState;
  operation: Operation;
  /** `pathParams.id` as text. */
  id: string;
  pageSize: number;
  pageToken: string | undefined;
}

type Handler = (call: Call) => ResponsePlan;

const found = (call: Call, value: unknown, status = 200) =>
  value ? success(call.operation, status, value) : error(call.operation, notFound());
const pageOrInvalid = (call: Call, page: Page<unknown> | undefined): ResponsePlan =>
  page ? success(call.operation, 200, pageBody(page)) : invalid(call.operation, [badToken], "query");
const etag = (operator: { version?: number }) => ({ [responseHeaders.etag]: String(operator.version) });
const deleted = (call: Call, done: boolean) => (done ? success(call.operation, 204, undefined) : error(call.operation, notFound()));

const handlers: { readonly [Id in OperationId]: Handler } = {
  CreateConfiguration: (call) => success(call.operation, 201, call.state.store.create(call.body as CreateConfigurationRequest)),
  ListConfigurations: (call) => pageOrInvalid(call, call.state.store.page(call.pageSize, call.pageToken)),
  FetchConfiguration: (call) => found(call, call.state.store.get(call.id)),
  UpdateConfiguration: (call) => {
    const result = call.state.store.update(call.id, call.body as UpdateConfigurationRequest);
    if (!result) return error(call.operation, notFound());
    if ("issue" in result) {
      const { pointer, message } = result.issue;
      return error(call.operation, errorBody(400, errorCodes.validation, message, { pointer, rule: "known rule id", in: "body" }));
    }
    return success(call.operation, 200, result.configuration);
  },
  DeleteConfiguration: (call) => deleted(call, call.state.store.delete(call.id)),
  CreateOperator: (call) => {
    const operator = call.state.operators.create(call.body as OperatorRequest);
    return success(call.operation, 201, operator, etag(operator));
  },
  ListOperators: (call) => pageOrInvalid(call, call.state.operators.page(call.pageSize, call.pageToken)),
  FetchOperator: (call) => {
    const operator = call.state.operators.get(call.id);
    return operator ? success(call.operation, 200, operator, etag(operator)) : error(call.operation, notFound());
  },
  UpdateOperator: (call) => {
    const result = call.state.operators.update(call.id, call.body as OperatorRequest, call.ifMatch);
    if (result === undefined) return error(call.operation, notFound());
    if (result === "precondition") return error(call.operation, preconditionFailed());
    if (result === "twilio") {
      return error(
        call.operation,
        errorBody(400, errorCodes.validation, "Operators authored by Twilio cannot be updated", { in: "path", pointer: "/id" }),
      );
    }
    return success(call.operation, 200, result.operator, etag(result.operator));
  },
  DeleteOperator: (call) => deleted(call, call.state.operators.delete(call.id)),
  ListOperatorVersions: (call) => {
    const page = call.state.operators.versions(call.id, call.pageSize, call.pageToken);
    if (page === undefined) return error(call.operation, notFound());
    return pageOrInvalid(call, page === "token" ? undefined : page);
  },
  FetchOperatorVersion: (call) => found(call, call.state.operators.version(call.id, Number(call.pathParams.version))),
  ListConversations: (call) =>
    pageOrInvalid(call, call.state.conversations.conversationPage(call.query as ListConversationsQuery, call.pageSize)),
  FetchConversation: (call) => found(call, call.state.conversations.conversation(call.id)),
  ListOperatorResults: (call) =>
    pageOrInvalid(call, call.state.conversations.resultPage(call.query as ListOperatorResultsQuery, call.pageSize)),
  FetchOperatorResult: (call) => found(call, call.state.conversations.result(String(call.pathParams.operatorResultId))),
  DeleteOperatorResult: (call) => deleted(call, call.state.conversations.deleteResult(String(call.pathParams.operatorResultId))),
  CreateRuleExecution: (call) => {
    const { state, operation } = call;
    const execution = call.body as CreateRuleExecutionRequest;
    const configuration = state.store.get(execution.intelligenceConfigurationId);
    const notFoundAt = (pointer: string, what: string) =>
      error(operation, errorBody(404, errorCodes.notFound, `${pointer} names no ${what}`, { pointer, in: "body" }));
    if (!configuration) return notFoundAt("/intelligenceConfigurationId", "Intelligence Configuration");
    if (!configuration.rules.some((rule) => rule.id === execution.ruleId)) return notFoundAt("/ruleId", "rule of that configuration");
    if (!state.conversations.conversation(execution.conversationId)) return notFoundAt("/conversationId", "conversation");
    if (!state.conversations.hasMemoryStore(execution.conversationId)) return error(operation, noMemoryStore());
    state.conversations.ruleExecutions.push({ ...structuredClone(execution), acceptedAt: formatTimestamp(state.now()) });
    const stored = configuration.rules.find((candidate) => candidate.id === execution.ruleId)!;
    state.rules.run(
      configuration,
      withOverride(stored, execution.rule),
      state.conversations.conversation(execution.conversationId)!,
      "EXECUTION",
    );
    return success(operation, 202, undefined);
  },
};

/**
 * The rule as one execution runs it: each operator the override lists gets its parameters laid over
 * the rule's, key by key, the override's winning; the stored rule is left as it is. An override of an
 * operator the rule does not run changes nothing (the provider does not say it is refused).
 */
function withOverride(rule: Rule, override: CreateRuleExecutionRequest["rule"]): Rule {
  if (override === undefined) return rule;
  return {
    ...rule,
    operators: rule.operators.map((named) => {
      const given = override.operators.filter((entry) => entry.id === named.id);
      if (given.length === 0) return named;
      return { ...named, parameters: Object.assign({ ...named.parameters }, ...given.map((entry) => entry.parameters)) };
    }),
  };
}

/** Carries out one checked request of `operation` on the state. */
export function handle(state: HandlerState, operation: Operation, input: OperationInput): ResponsePlan {
  const { pathParams, query } = input;
  return handlers[operation.operationId]({
    ...input,
    state,
    operation,
    id: String(pathParams.id ?? ""),
    pageSize: typeof query.pageSize === "number" ? query.pageSize : defaultPageSize,
    pageToken: typeof query.pageToken === "string" ? query.pageToken : undefined,
  });
}
