/**
 * A fault rule is read field by field when it is added, in process and over the control endpoint
 * alike: one the fake could not play is refused then, naming the field and the rule, never on the
 * request that meets it.
 */
import { operations } from "@convintel/fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFakeIntelligence, FaultRuleError, type FakeIntelligence } from "../src/index.js";

/** Rules that break one rule each, with what the refusal says. */
const refused: [string, unknown, string][] = [
  ["a status below 200", { fault: { kind: "respond", status: 99 } }, "fault.status must be a whole number from 200 to 999"],
  [
    "a status above 599 for a proxy's page",
    { fault: { kind: "htmlError", status: 600 } },
    "fault.status must be a whole number from 200 to 599",
  ],
  ["a status no server error has", { fault: { kind: "serverError", status: 200 } }, "fault.status must be one of 500, 502, 503, 504"],
  ["a delay that is no number", { fault: { kind: "latency", ms: "soon" } }, "fault.ms must be a number from 0 up"],
  ["a latency without its delay", { fault: [{ kind: "hang" }, { kind: "latency" }] }, "fault[1].ms must be the delay in milliseconds"],
  ["a negative byte count", { fault: { kind: "stallBody", afterBytes: -5 } }, "fault.afterBytes must be a whole number from 0 up"],
  [
    "a header HTTP cannot carry",
    { fault: { kind: "respond", status: 200, headers: { "X-Bad": "a\nb" } } },
    "fault.headers.X-Bad must be a string HTTP can carry",
  ],
  [
    "a header name that is no token",
    { fault: { kind: "respond", status: 200, headers: { "Bad Name": "1" } } },
    "fault.headers.Bad Name must be a header whose name is an HTTP token",
  ],
  ["two bodies", { fault: { kind: "respond", status: 200, json: {}, text: "x" } }, "fault.text must be left out when json is given"],
  ["a body on a 204", { fault: { kind: "respond", status: 204, json: {} } }, "fault.status must be a status with a body (not 204)"],
  ["a relative Location", { fault: { kind: "redirect", location: "/elsewhere" } }, "fault.location must be an absolute URL"],
  ["an unknown kind", { fault: { kind: "explode" } }, "fault.kind must be one of latency, rateLimit"],
  [
    "a misspelt field",
    { fault: { kind: "serverError", statsu: 503 } },
    "fault.statsu is not a field of a serverError fault (did you mean status?)",
  ],
  ["an empty script", { fault: [] }, "fault must be a fault, or a list of at least one"],
  [
    "an operation the API does not have",
    { fault: { kind: "hang" }, operationId: "ListConfiguration" },
    "operationId must be an operation of the API (did you mean ListConfigurations?)",
  ],
  ["a method the API does not use", { fault: { kind: "hang" }, method: "PATCH" }, "method must be a method the API uses"],
  ["a probability above 1", { fault: { kind: "hang" }, probability: 2 }, "probability must be a number from 0 to 1"],
  ["no firing at all", { fault: { kind: "hang" }, times: 0 }, "times must be a whole number from 1 up"],
];

let fake: FakeIntelligence | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const list = (target: FakeIntelligence, baseUrl = "https://fake.invalid") =>
  target.fetch(`${baseUrl}${operations.ListConfigurations.path}`, {
    headers: { Authorization: `Basic ${btoa(`${target.auth.username}:${target.auth.password}`)}` },
  });

describe("a fault rule added in process", () => {
  it.each(refused)("refuses %s, naming the field and the rule", async (_, rule, message) => {
    fake = createFakeIntelligence();
    const add = () => fake!.faults.add(rule as never);
    expect(add).toThrow(FaultRuleError);
    expect(add).toThrow(message);
    // Nothing was scheduled: the next request is answered normally.
    expect((await list(fake)).status).toBe(200);
  });

  it("refuses a bad rule given at creation", () => {
    expect(() => createFakeIntelligence({ faults: [{ fault: { kind: "latency", ms: -1 } }] })).toThrow(
      "fault.ms must be a number from 0 up",
    );
  });

  it("takes every documented field, and plays the rule", async () => {
    fake = createFakeIntelligence();
    fake.faults.add({
      fault: { kind: "rateLimit", retryAfterSeconds: null, limit: 5, resetSeconds: 2 },
      operationId: ["ListConfigurations"],
      method: "get",
      times: 1,
    });
    fake.faults.add({
      fault: { kind: "respond", status: 418, headers: { "X-Extra": "1" }, json: { message: "teapot" }, delayMs: 0, afterCommit: false },
      probability: 1,
    });
    const limited = await list(fake);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
    const teapot = await list(fake);
    expect(teapot.status).toBe(418);
    expect(teapot.headers.get("x-extra")).toBe("1");
    expect(await teapot.json()).toEqual({ message: "teapot" });
  });

  it("checks the fault a rule's function picks when it picks it", async () => {
    fake = createFakeIntelligence();
    fake.faults.add({ fault: () => ({ kind: "serverError", status: 418 }) as never });
    await expect(list(fake)).rejects.toThrow("the fault the rule's function picked.status must be one of 500, 502, 503, 504");
  });
});

describe("a fault rule sent to the control endpoint", () => {
  let url: string | undefined;
  afterEach(() => {
    url = undefined;
  });
  async function post(rule: unknown): Promise<Response> {
    if (!fake || !url) {
      fake = createFakeIntelligence();
      url = (await fake.listen()).url;
    }
    return fetch(`${url}/__convintel/faults`, {
      method: "POST",
      headers: { Authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`, "Content-Type": "application/json" },
      body: JSON.stringify(rule),
    });
  }

  it.each(refused)("answers 400 to %s, naming the field and the rule", async (_, rule, message) => {
    const answer = await post(rule);
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { message: string }).message).toContain(message);
  });

  it("refuses what only code can carry, and takes a good rule", async () => {
    const match = await post({ fault: { kind: "hang" }, match: "x" });
    expect(((await match.json()) as { message: string }).message).toContain("match is not a field of a fault rule sent over HTTP");
    expect((await post({ fault: { kind: "serverError", status: 503 }, operationId: "ListConfigurations", times: 2 })).status).toBe(201);
  });

  it("answers 500 with the reason when a rule's function picks a fault the fake cannot play", async () => {
    fake = createFakeIntelligence();
    const server = await fake.listen();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      fake.faults.add({ fault: () => ({ kind: "latency", ms: -1 }) });
      const answer = await fetch(`${server.url}${operations.ListConfigurations.path}`, {
        headers: { Authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}` },
      });
      expect(answer.status).toBe(500);
      expect(await answer.text()).toContain(".ms must be a number from 0 up");
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });
});
