import { validateUpdateConfigurationRequest } from "@convintel/fetch";
import { describe, expect, it } from "vitest";
import { RequestValidationError, type UpdateConfigurationRequest } from "../src/index.js";
import { configuration, configurationId, createBody, testClient, updateBody } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer((request) => ({ status: request.method === "POST" ? 201 : 200, json: configuration }));

const sent = () => server.requests.map((request) => JSON.parse(request.body) as Record<string, unknown>);

async function refusal(promise: Promise<unknown>): Promise<RequestValidationError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RequestValidationError);
  return error as RequestValidationError;
}

describe("what is validated is what is sent", () => {
  it("does not count inherited fields, which JSON.stringify leaves out", async () => {
    const body = Object.create({ displayName: "inherited", rules: [] }) as UpdateConfigurationRequest;
    const error = await refusal(testClient(server.url).configurations.update(configurationId, body));
    expect(error.issues.map((issue) => `${issue.pointer} ${issue.rule}`)).toEqual(["/displayName required", "/rules required"]);
    expect(server.requests).toHaveLength(0);
  });

  it("checks what toJSON returns, not the object", async () => {
    const body = { ...updateBody, toJSON: () => ({}) } as UpdateConfigurationRequest;
    const error = await refusal(testClient(server.url).configurations.update(configurationId, body));
    expect(error.issues.map((issue) => issue.pointer)).toEqual(["/displayName", "/rules"]);
    expect(server.requests).toHaveLength(0);
  });

  it("sees a class instance as JSON sees it: getters on the prototype are not sent", async () => {
    class Draft {
      rules = [];
      get displayName() {
        return "from a getter";
      }
    }
    const error = await refusal(testClient(server.url).configurations.update(configurationId, new Draft() as never));
    expect(error.issues.map((issue) => issue.pointer)).toEqual(["/displayName"]);
  });

  it("reads a getter once: the value checked is the value sent", async () => {
    let reads = 0;
    const body = {
      rules: [],
      get displayName() {
        // Valid on the first read, empty after: checking one read and sending another would send "".
        return reads++ === 0 ? "first read" : "";
      },
    };
    await testClient(server.url).configurations.update(configurationId, body);
    expect(sent()).toEqual([{ rules: [], displayName: "first read" }]);
    expect(validateUpdateConfigurationRequest(sent()[0])).toBe(true);
  });

  it("accepts what serializes to a valid body, such as a Date where a string goes", async () => {
    const when = new Date("2026-03-01T10:00:00Z");
    await testClient(server.url).configurations.update(configurationId, { ...updateBody, description: when as never });
    expect(sent()[0]!.description).toBe("2026-03-01T10:00:00.000Z");
  });

  it("refuses a body nested too deeply to serialize, before sending", async () => {
    let deep: Record<string, unknown> = {};
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    const body = { displayName: "deep", rules: [{ operators: [{ id: "op", parameters: deep }], actions: [] }] };
    const error = await refusal(testClient(server.url).configurations.update(configurationId, body));
    expect(error.issues).toEqual([expect.objectContaining({ in: "body", pointer: "", keyword: "json" })]);
    expect(error.message).toContain("nests too deeply");
    expect(server.requests).toHaveLength(0);
  });
});

describe("fields the API does not describe", () => {
  it("are refused by default, naming the field and the nearest known name", async () => {
    const { description, ...rest } = updateBody;
    const error = await refusal(
      testClient(server.url).configurations.update(configurationId, { ...rest, descripton: description } as UpdateConfigurationRequest),
    );
    expect(error.issues).toEqual([
      {
        in: "body",
        pointer: "/descripton",
        keyword: "additionalProperties",
        rule: "additionalProperties false",
        message: "/descripton is not a known field; did you mean description?",
        params: { additionalProperty: "descripton", suggestion: "description" },
      },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("are found at any depth the API describes, and named without a guess when nothing is close", async () => {
    const rule = updateBody.rules[0]!;
    const body = { ...updateBody, rules: [{ ...rule, trigers: rule.triggers, actions: [{ ...rule.actions[0]!, colour: "blue" }] }] };
    const error = await refusal(testClient(server.url).configurations.update(configurationId, body as UpdateConfigurationRequest));
    expect(error.issues.map((issue) => [issue.pointer, issue.params.suggestion])).toEqual([
      ["/rules/0/trigers", "triggers"],
      ["/rules/0/actions/0/colour", undefined],
    ]);
  });

  it("leave free-form objects alone: an operator's parameters are its own", async () => {
    const rule = updateBody.rules[0]!;
    const body = {
      ...updateBody,
      rules: [{ ...rule, operators: [{ ...rule.operators[0]!, parameters: { anything: 1, goes: { here: true } } }] }],
    };
    await testClient(server.url).configurations.update(configurationId, body);
    expect(server.requests).toHaveLength(1);
  });

  it("are sent when allowed, on the client or per call, and the call's choice wins", async () => {
    const body = { ...updateBody, futureField: "x" } as UpdateConfigurationRequest;
    await testClient(server.url, { allowUnknownFields: true }).configurations.update(configurationId, body);
    await testClient(server.url).configurations.update(configurationId, body, { allowUnknownFields: true });
    await refusal(
      testClient(server.url, { allowUnknownFields: true }).configurations.update(configurationId, body, { allowUnknownFields: false }),
    );
    expect(sent().map((item) => item.futureField)).toEqual(["x", "x"]);
  });

  it("include none of the server's own fields of a fetched configuration: they are dropped", async () => {
    const fetched = await testClient(server.url).configurations.fetch(configurationId);
    await testClient(server.url).configurations.update(configurationId, { ...fetched, displayName: "renamed" });
    const body = JSON.parse(server.requests[1]!.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["description", "displayName", "rules"]);
    expect(body.displayName).toBe("renamed");
    // Without validation too.
    await testClient(server.url, { validateRequests: false }).configurations.update(configurationId, {
      ...fetched,
      displayName: "unchecked",
    });
    expect(Object.keys(JSON.parse(server.requests[2]!.body) as object).sort()).toEqual(["description", "displayName", "rules"]);
  });

  it("apply to create too, where a stored rule's id is not a field", async () => {
    await testClient(server.url).configurations.create({ ...createBody, version: 3, dateCreated: "2026-01-01T00:00:00Z" } as never);
    expect(Object.keys(sent()[0]!).sort()).toEqual(Object.keys(createBody).sort());
    const error = await refusal(testClient(server.url).configurations.create({ ...configuration, displayName: "copy" }));
    expect(error.issues.map((issue) => issue.pointer)).toEqual(configuration.rules.map((_rule, index) => `/rules/${index}/id`));
  });
});
