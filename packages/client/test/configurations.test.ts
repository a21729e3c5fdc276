import { describe, expect, it } from "vitest";
import { ApiPromise, BadRequestError, NotFoundError, RequestValidationError, ResponseValidationError, WithResponse } from "../src/index.js";
import {
  API_KEY,
  API_SECRET,
  basicHeader,
  captureLogger,
  configuration,
  configurationId,
  created,
  createBody,
  errors,
  testClient,
  updateBody,
} from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer();

describe("configurations", () => {
  it("creates a configuration with a JSON POST and basic auth", async () => {
    server.reply({ status: 201, json: created });
    const result = await testClient(server.url).configurations.create(createBody);
    expect(result).toEqual(created);
    const [request] = server.requests;
    expect(request!.method).toBe("POST");
    expect(request!.path).toBe("/v3/ControlPlane/Configurations");
    expect(request!.headers.authorization).toBe(basicHeader(API_KEY, API_SECRET));
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual(createBody);
  });

  it("fetches a configuration by id", async () => {
    server.reply({ status: 200, json: configuration });
    const result = await testClient(server.url).configurations.fetch(configurationId);
    expect(result.rules[0]?.triggers[0]?.on).toBe("COMMUNICATION");
    expect(server.requests[0]!.method).toBe("GET");
    expect(server.requests[0]!.url).toBe(`/v3/ControlPlane/Configurations/${configurationId}`);
  });

  it("updates a configuration with a full PUT body", async () => {
    server.reply({ status: 200, json: { ...configuration, version: 2 } });
    const result = await testClient(server.url).configurations.update(configurationId, updateBody);
    expect(result.version).toBe(2);
    expect(server.requests[0]!.method).toBe("PUT");
    expect(JSON.parse(server.requests[0]!.body)).toEqual(updateBody);
  });

  it("deletes a configuration and resolves to undefined on 204", async () => {
    server.reply({ status: 204 });
    await expect(testClient(server.url).configurations.delete(configurationId)).resolves.toBeUndefined();
    expect(server.requests[0]!.method).toBe("DELETE");
  });

  it("returns an ApiPromise whose withResponse() gives data, response, status, request id and rate limits", async () => {
    server.reply({
      status: 200,
      json: configuration,
      headers: { "twilio-request-id": "RQ123", "x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset": "30" },
    });
    const promise = testClient(server.url).configurations.update(configurationId, updateBody);
    expect(promise).toBeInstanceOf(ApiPromise);
    expect(promise).toBeInstanceOf(Promise);
    const result = await promise.withResponse();
    expect(result).toBeInstanceOf(WithResponse);
    expect(result.data).toEqual(configuration);
    expect(result.response).toBeInstanceOf(Response);
    expect(result.status).toBe(200);
    expect(result.requestId).toBe("RQ123");
    expect(result.rateLimit).toEqual({ limit: 100, remaining: 99, reset: 30 });
    // Awaiting the same promise again gives the data without another request.
    expect(await promise).toEqual(configuration);
    expect(server.requests).toHaveLength(1);
  });

  it("asResponse() gives the HTTP response; rateLimit is undefined without the headers", async () => {
    server.reply({ status: 200, json: configuration }, { status: 200, json: configuration });
    const client = testClient(server.url);
    const response = await client.configurations.fetch(configurationId).asResponse();
    expect(response.status).toBe(200);
    expect((await client.configurations.fetch(configurationId).withResponse()).rateLimit).toBeUndefined();
  });

  it("supports catch() and finally() like a promise", async () => {
    server.reply({ status: 404, json: errors.notFound });
    let finished = false;
    const caught = await testClient(server.url)
      .configurations.fetch(configurationId)
      .finally(() => {
        finished = true;
      })
      .catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(NotFoundError);
    expect(finished).toBe(true);
  });

  it("rejects an invalid body before any network call, with every issue's pointer and rule", async () => {
    const client = testClient(server.url);
    const body = {
      displayName: "x".repeat(129),
      rules: [{ operators: [], triggers: [{ on: "SOMETIMES" }], actions: [{ type: "WEBHOOK", method: "POST", url: "not a url" }] }],
    };
    const error = await client.configurations.create(body as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    const issues = (error as RequestValidationError).issues.map(({ in: location, pointer, rule }) => ({ location, pointer, rule }));
    expect(issues).toEqual(
      expect.arrayContaining([
        { location: "body", pointer: "/displayName", rule: "maxLength 128" },
        { location: "body", pointer: "/rules/0/operators", rule: "minItems 1" },
        { location: "body", pointer: "/rules/0/triggers/0/on", rule: "enum COMMUNICATION | CONVERSATION_END | CONVERSATION_INACTIVE" },
        { location: "body", pointer: "/rules/0/actions/0/url", rule: "format uri" },
      ]),
    );
    expect((error as Error).message).toContain("/displayName must have at most 128 characters");
    expect(server.requests).toHaveLength(0);
  });

  it("checks the id pattern before building a URL", async () => {
    const client = testClient(server.url);
    for (const call of [
      () => client.configurations.fetch("../Operators"),
      () => client.configurations.update("intelligence_configuration_X", updateBody),
      () => client.configurations.delete(""),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues[0]).toMatchObject({ in: "path", pointer: "/id", keyword: "pattern" });
    }
    expect(server.requests).toHaveLength(0);
  });

  it("with validateRequests: false, sends what it is given but still keeps the id inside the path", async () => {
    server.otherwise({ status: 404, json: errors.notFound });
    const client = testClient(server.url, { validateRequests: false });
    server.reply({ status: 400, json: errors.badRequest });
    await expect(client.configurations.create({ displayName: "", rules: [] })).rejects.toBeInstanceOf(BadRequestError);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ displayName: "", rules: [] });

    await expect(client.configurations.fetch("a/../../b?c#d")).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests[1]!.url).toBe("/v3/ControlPlane/Configurations/a%2F..%2F..%2Fb%3Fc%23d");
    for (const id of ["..", ".", ""]) {
      await expect(client.configurations.fetch(id)).rejects.toBeInstanceOf(RequestValidationError);
    }
    expect(server.requests).toHaveLength(2);
  });

  it("refuses a body JSON cannot encode, and a header HTTP cannot carry, as RequestValidationErrors: nothing sent, no retry", async () => {
    const onRetry = () => {
      throw new Error("must not retry");
    };
    const client = testClient(server.url, { validateRequests: false, onRetry });
    const circular: Record<string, unknown> = { displayName: "x", rules: [] };
    circular.self = circular;
    const encodeError = await client.configurations.update(configurationId, circular as never).catch((caught: unknown) => caught);
    expect(encodeError).toBeInstanceOf(RequestValidationError);
    expect((encodeError as RequestValidationError).issues).toEqual([expect.objectContaining({ in: "body", pointer: "", keyword: "json" })]);
    expect((encodeError as RequestValidationError).message).toContain("cannot be serialized as JSON");
    expect((encodeError as Error).cause).toBeInstanceOf(TypeError);
    expect(((encodeError as Error).cause as Error).message).toMatch(/circular/i);
    const headerError = await client.configurations
      .fetch(configurationId, { headers: { "X-Bad": "a\nb" } })
      .catch((caught: unknown) => caught);
    expect(headerError).toBeInstanceOf(RequestValidationError);
    expect((headerError as RequestValidationError).issues).toEqual([expect.objectContaining({ in: "options", pointer: "/headers" })]);
    expect((headerError as Error).cause).toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it("checks per-call options before sending", async () => {
    const client = testClient(server.url);
    const error = await client.configurations
      .fetch(configurationId, { maxRetries: -1, timeout: 0, deadline: Number.NaN, signal: {} as AbortSignal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => `${issue.in} ${issue.pointer}`)).toEqual([
      "options /maxRetries",
      "options /timeout",
      "options /deadline",
      "options /signal",
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("leaves responses unchecked by default", async () => {
    server.reply({ status: 200, json: { id: configurationId } });
    await expect(testClient(server.url).configurations.fetch(configurationId)).resolves.toEqual({ id: configurationId });
  });

  it('with validateResponses: "strict", rejects a response that breaks the spec', async () => {
    server.reply({ status: 200, json: { ...configuration, version: "one" }, headers: { "twilio-request-id": "RQbad" } });
    const error = await testClient(server.url, { validateResponses: "strict" })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([expect.objectContaining({ pointer: "/version", rule: "type integer" })]);
    expect((error as ResponseValidationError).requestId).toBe("RQbad");
    expect((error as ResponseValidationError).status).toBe(200);
  });

  it('with validateResponses: "strict", accepts valid responses of every operation', async () => {
    const client = testClient(server.url, { validateResponses: "strict" });
    server.reply(
      { status: 201, json: created },
      { status: 200, json: configuration },
      { status: 200, json: configuration },
      { status: 204 },
      { status: 200, json: { items: [configuration], meta: { key: "items", pageSize: 1 } } },
    );
    await client.configurations.create(createBody);
    await client.configurations.fetch(configurationId);
    await client.configurations.update(configurationId, updateBody);
    await client.configurations.delete(configurationId);
    expect(await client.configurations.list().toArray()).toEqual([configuration]);
  });

  it('with validateResponses: "warn", logs the issues and returns the data', async () => {
    const { lines, logger } = captureLogger();
    server.reply({ status: 200, json: { ...configuration, rules: "none" } });
    const result = await testClient(server.url, { validateResponses: "warn", logger }).configurations.fetch(configurationId);
    expect(result.rules).toBe("none");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warn \[convintel\] FetchConfiguration got an HTTP 200 response that does not match/);
    expect(lines[0]).toContain("/rules must be of type array");
  });

  it("rejects a success body that is not JSON, even without response validation", async () => {
    server.reply({ status: 200, text: "<html>proxy login</html>", headers: { "content-type": "text/html" } });
    const error = await testClient(server.url)
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).body).toBe("<html>proxy login</html>");
    expect((error as ResponseValidationError).issues[0]!.keyword).toBe("json");
    // A read changed nothing, and says so; a write says it may have been applied.
    expect((error as ResponseValidationError).message).toContain("This was a read: nothing was changed");
    expect((error as ResponseValidationError).message).not.toContain("may have been applied");
    server.reply({ status: 200, text: "<html>proxy login</html>", headers: { "content-type": "text/html" } });
    const write = await testClient(server.url)
      .configurations.update(configurationId, updateBody)
      .catch((caught: unknown) => caught);
    expect((write as ResponseValidationError).message).toContain("The change may have been applied");
  });

  it("sends per-call and client-wide headers", async () => {
    server.reply({ status: 200, json: configuration });
    await testClient(server.url, { headers: { "X-Team": "intel" } }).configurations.fetch(configurationId, {
      headers: { "X-Trace": "t1" },
    });
    expect(server.requests[0]!.headers["x-team"]).toBe("intel");
    expect(server.requests[0]!.headers["x-trace"]).toBe("t1");
  });
});
