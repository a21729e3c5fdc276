// Compile-time checks: `pnpm typecheck` (tsc over test/) fails if a @ts-expect-error stops being an error.
import { describe, expectTypeOf, it } from "vitest";
import {
  createIntelligenceFetch,
  validate,
  validateIntelligenceConfigurationTtid,
  validateListConfigurationsQuery,
  validateUpdateConfigurationRequest,
  validators,
  type Action,
  type ListConfigurationsQuery,
  type ValidationResult,
  type IntelligenceConfiguration,
  type PaginatedConfigurationResponse,
  type Trigger,
  type UpdateConfigurationRequest,
} from "../src/index.js";

const client = createIntelligenceFetch({ fetch: async () => new Response(null, { status: 204 }) });
const id = "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5";
const body: UpdateConfigurationRequest = {
  displayName: "d",
  rules: [{ operators: [{ id: "op" }], actions: [{ type: "WEBHOOK", method: "POST", url: "https://x.test" }] }],
};

describe("the typed fetch layer", () => {
  it("types every operation's success data", async () => {
    const updated = await client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body });
    expectTypeOf(updated.data).toEqualTypeOf<IntelligenceConfiguration | undefined>();
    const created = await client.POST("/v3/ControlPlane/Configurations", { body });
    expectTypeOf(created.data).toEqualTypeOf<IntelligenceConfiguration | undefined>();
    const fetched = await client.GET("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    expectTypeOf(fetched.data).toEqualTypeOf<IntelligenceConfiguration | undefined>();
    const listed = await client.GET("/v3/ControlPlane/Configurations", { params: { query: { pageSize: 10 } } });
    expectTypeOf(listed.data).toEqualTypeOf<PaginatedConfigurationResponse | undefined>();
    const deleted = await client.DELETE("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    expectTypeOf(deleted.data).toEqualTypeOf<never | undefined>();
  });

  it("types error bodies", async () => {
    const { error } = await client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body });
    expectTypeOf(error).toEqualTypeOf<
      { code: number; message: string; httpStatusCode: number; userError?: boolean; params?: Record<string, string> } | undefined
    >();
  });

  it("rejects typos, missing fields and wrong enum values at compile time", () => {
    // @ts-expect-error: a typo in the path
    void client.PUT("/v3/ControlPlane/Configuration/{id}", { params: { path: { id } }, body });
    // @ts-expect-error: the id path parameter is required
    void client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: {} }, body });
    // @ts-expect-error: rules is required
    void client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body: { displayName: "d" } });
    // @ts-expect-error: the body is required on update
    void client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } } });
    // @ts-expect-error: PATCH is not an operation of this path
    void client.PATCH("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body });
    // @ts-expect-error: pageSize is a number
    void client.GET("/v3/ControlPlane/Configurations", { params: { query: { pageSize: "10" } } });

    // @ts-expect-error: not a trigger type
    const trigger: Trigger = { on: "CONVERSATION_START" };
    // @ts-expect-error: only POST webhooks exist
    const action: Action = { type: "WEBHOOK", method: "GET", url: "https://x.test" };
    void trigger;
    void action;
  });

  it("names the spec's enums as unions", () => {
    expectTypeOf<Trigger["on"]>().toEqualTypeOf<"COMMUNICATION" | "CONVERSATION_END" | "CONVERSATION_INACTIVE">();
    expectTypeOf<Action["type"]>().toEqualTypeOf<"WEBHOOK">();
    expectTypeOf<IntelligenceConfiguration["version"]>().toEqualTypeOf<number>();
  });
});

describe("the generated validators", () => {
  it("carry their schema's type, which validate() returns", () => {
    const input: unknown = JSON.parse("{}");
    expectTypeOf(validate(validateUpdateConfigurationRequest, input)).toEqualTypeOf<ValidationResult<UpdateConfigurationRequest>>();
    expectTypeOf(validate(validators.validateListConfigurationsQuery, input)).toEqualTypeOf<ValidationResult<ListConfigurationsQuery>>();
    expectTypeOf(validate(validateIntelligenceConfigurationTtid, input)).toEqualTypeOf<ValidationResult<string>>();
    expectTypeOf(validate(validateListConfigurationsQuery, input)).toEqualTypeOf<ValidationResult<ListConfigurationsQuery>>();
    const checked = validate(validateUpdateConfigurationRequest, input);
    if (checked.ok) void client.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body: checked.value });
  });

  it("refuse to be read as another schema's type", () => {
    // @ts-expect-error: the update validator does not check a configuration id
    void validate<string>(validateUpdateConfigurationRequest, "x");
  });
});
