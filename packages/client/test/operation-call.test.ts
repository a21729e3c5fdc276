/** callOperation(): any operation by its id, with the same checks, hooks and retries as a resource method. */
import { describe, expect, it } from "vitest";
import { callOperation, RequestValidationError } from "../src/index.js";
import { configuration, configurationId, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer({ status: 200, json: configuration });

describe("callOperation", () => {
  it("calls an operation by its id, as the resource method does, retries included", async () => {
    const client = testClient(server.url);
    server.reply({ status: 503, json: { code: 1, message: "busy", httpStatusCode: 503 } });
    const fetched = await callOperation(client, "FetchConfiguration", { path: { id: configurationId } }).withResponse();
    expect(fetched.data).toEqual(configuration);
    expect(server.requests.map((request) => request.path)).toEqual([
      `/v3/ControlPlane/Configurations/${configurationId}`,
      `/v3/ControlPlane/Configurations/${configurationId}`,
    ]);
  });

  it("checks the input first, and refuses an id that is no operation; nothing is sent", async () => {
    const client = testClient(server.url);
    const badId = await callOperation(client, "FetchConfiguration", { path: { id: "nope" } }).catch((error: unknown) => error);
    expect(badId).toBeInstanceOf(RequestValidationError);
    expect((badId as RequestValidationError).issues[0]).toMatchObject({ in: "path", pointer: "/id" });
    const unknown = await callOperation(client, "DropEverything" as string, {}).catch((error: unknown) => error);
    expect((unknown as RequestValidationError).issues[0]).toMatchObject({
      pointer: "/operationId",
      message: "/operationId must be an operation of the spec",
    });
    // An id and input held as data: the input must be an object before its parts are checked.
    const operationId: string = "FetchConfiguration";
    for (const input of [null, "id", [configurationId]]) {
      const refused = await callOperation(client, operationId, input).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RequestValidationError);
      expect((refused as RequestValidationError).issues[0]).toMatchObject({
        pointer: "/input",
        message: "/input must be an object of path, query, header and body",
      });
    }
    const heldAsData = await callOperation(client, operationId, { path: { id: configurationId } });
    expect(heldAsData).toMatchObject({ id: configurationId });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /v3/ControlPlane/Configurations/${configurationId}`,
    ]);
  });
});
