/** Hooks (the operator check, tracing) wrap only the calls they apply to; the others go straight to their attempts. */
import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../src/index.js";
import type { CallHook } from "../src/call-hook.js";
import { requesterOf } from "../src/core.js";
import { configuration, configurationId, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer({ status: 200, json: configuration });

describe("call hooks", () => {
  it("runs a hook only for the calls it applies to, with the call's options", async () => {
    const client = testClient(server.url);
    const seen: (string | undefined)[] = [];
    let wrapped = 0;
    const hook: CallHook = {
      operations: ["UpdateConfiguration"],
      applies: (operation, options) => {
        seen.push(`${operation.operationId} ${options?.headers?.["X-Wrap"] ?? "-"}`);
        return options?.headers?.["X-Wrap"] === "yes";
      },
      around: (_call, proceed) => {
        wrapped += 1;
        return proceed();
      },
    };
    requesterOf(client).use("test", hook);
    const body = { displayName: "a", rules: [] };
    await client.configurations.update(configurationId, body);
    await client.configurations.update(configurationId, body, { headers: { "X-Wrap": "yes" } });
    await client.configurations.fetch(configurationId);
    expect(seen).toEqual(["UpdateConfiguration -", "UpdateConfiguration yes"]);
    expect(wrapped).toBe(1);
    expect(server.requests).toHaveLength(3);
  });

  it("refuses an operator check option that is not true or false, before anything is sent", async () => {
    const client = testClient(server.url);
    // Options as untyped JavaScript would pass them.
    const options = JSON.parse('{ "checkOperators": "yes" }');
    const refused = await client.configurations
      .update(configurationId, { displayName: "a", rules: [] }, options)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RequestValidationError);
    expect((refused as RequestValidationError).issues[0]).toMatchObject({ pointer: "/checkOperators" });
    expect(server.requests).toEqual([]);
  });
});
