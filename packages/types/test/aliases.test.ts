import { describe, expectTypeOf, it } from "vitest";
import type {
  components,
  IntelligenceConfiguration,
  ListConfigurationsQuery,
  OperationId,
  OperatorResultsResponseV1,
  Rule,
  RuleUpdateRequestPayload,
  UpdateConfigurationRequest,
} from "../src/index.js";

describe("named aliases", () => {
  it("are the spec's component schemas", () => {
    expectTypeOf<IntelligenceConfiguration>().toEqualTypeOf<components["schemas"]["IntelligenceConfiguration"]>();
    expectTypeOf<UpdateConfigurationRequest["rules"]>().toEqualTypeOf<RuleUpdateRequestPayload[]>();
  });

  it("keep required and optional fields as the spec has them", () => {
    expectTypeOf<UpdateConfigurationRequest["displayName"]>().toEqualTypeOf<string>();
    expectTypeOf<UpdateConfigurationRequest>().toHaveProperty("description");
    // @ts-expect-error: displayName and rules are required
    const missing: UpdateConfigurationRequest = { description: "x" };
    void missing;
    expectTypeOf<Rule["id"]>().toEqualTypeOf<string>();
    expectTypeOf<RuleUpdateRequestPayload["id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<IntelligenceConfiguration["dateCreated"]>().toEqualTypeOf<string>();
  });

  it("name the query of the list operation and every operationId", () => {
    expectTypeOf<ListConfigurationsQuery>().toEqualTypeOf<{ pageSize?: number; pageToken?: string }>();
    expectTypeOf<OperationId>().toEqualTypeOf<
      | "CreateConfiguration"
      | "ListConfigurations"
      | "FetchConfiguration"
      | "UpdateConfiguration"
      | "DeleteConfiguration"
      | "CreateOperator"
      | "ListOperators"
      | "FetchOperator"
      | "UpdateOperator"
      | "DeleteOperator"
      | "ListOperatorVersions"
      | "FetchOperatorVersion"
      | "ListConversations"
      | "FetchConversation"
      | "ListOperatorResults"
      | "FetchOperatorResult"
      | "DeleteOperatorResult"
      | "CreateRuleExecution"
    >();
  });

  it("tell operator results apart by outputFormat", () => {
    const describe = (result: OperatorResultsResponseV1): string => {
      switch (result.outputFormat) {
        case "TEXT":
          return result.result.text;
        case "CLASSIFICATION":
          return result.result.label;
        case "EXTRACTION":
          return result.result.entities.map((entity) => entity.label).join();
        case "JSON":
          return JSON.stringify(result.result);
      }
    };
    expectTypeOf(describe).returns.toEqualTypeOf<string>();
  });
});
