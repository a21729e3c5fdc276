import { operations, responseHeaders, validate, validators } from "@convintel/fetch";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFakeIntelligence } from "../src/index.js";
import { fixtures } from "./fixtures.js";
import { transports, type Harness } from "./transports.js";

const collection = operations.ListConfigurations.path;

describe.each(transports)("fault injection over the $name", (transport) => {
  let h: Harness;
  beforeEach(async () => {
    h = await transport.start();
  });
  afterEach(async () => {
    await h.close();
  });

  const list = (init: RequestInit = {}) => h.fetch(`${h.baseUrl}${collection}`, { ...init, headers: { Authorization: h.authorization } });
  const create = (init: RequestInit = {}) =>
    h.fetch(`${h.baseUrl}${collection}`, {
      ...init,
      method: "POST",
      headers: { Authorization: h.authorization, "Content-Type": "application/json" },
      body: JSON.stringify(fixtures.createRequest()),
    });

  async function errorOf(response: Response): Promise<Record<string, unknown>> {
    const body = (await response.json()) as Record<string, unknown>;
    const result = validate(validators.validateError, body);
    expect(result.ok ? [] : result.issues).toEqual([]);
    return body;
  }

  it("latency delays an otherwise normal answer", async () => {
    h.fake.faults.once({ kind: "latency", ms: 150 });
    const started = performance.now();
    const response = await list();
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("rateLimit answers 429 with Retry-After, the X-RateLimit-* headers and code 20429", async () => {
    h.fake.faults.once({ kind: "rateLimit", retryAfterSeconds: 2, limit: 50 });
    const response = await list();
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("2");
    const { limit, remaining, reset } = responseHeaders.rateLimit;
    expect(response.headers.get(limit)).toBe("50");
    expect(response.headers.get(remaining)).toBe("0");
    expect(Number(response.headers.get(reset))).toBeGreaterThan(Date.now() / 1000);
    expect(await errorOf(response)).toMatchObject({ code: 20429, httpStatusCode: 429 });
    expect((await list()).status).toBe(200);
  });

  it("rateLimit can leave Retry-After out", async () => {
    h.fake.faults.once({ kind: "rateLimit", retryAfterSeconds: null });
    const response = await list();
    expect(response.status).toBe(429);
    expect(response.headers.has("retry-after")).toBe(false);
  });

  it.each([500, 502, 503, 504] as const)("serverError %i answers that status with the spec's error body", async (status) => {
    h.fake.faults.once({ kind: "serverError", status });
    const response = await list();
    expect(response.status).toBe(status);
    expect(response.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
    expect(await errorOf(response)).toMatchObject({ httpStatusCode: status, userError: false });
  });

  it("connectionReset rejects the fetch with a TypeError, as a network failure does", async () => {
    h.fake.faults.once({ kind: "connectionReset" });
    const error = await list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("fetch failed");
    expect(((error as Error).cause as { code?: string }).code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect((await list()).status).toBe(200);
  });

  it("hang never answers; the caller's abort signal ends it", async () => {
    h.fake.faults.once({ kind: "hang" });
    const started = performance.now();
    const error = await list({ signal: AbortSignal.timeout(200) }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe("TimeoutError");
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("hang ends with a network error when the fake closes", async () => {
    h.fake.faults.once({ kind: "hang" });
    const pending = list().catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await h.fake.close();
    expect(await pending).toBeInstanceOf(TypeError);
  });

  it("stallBody sends the status and part of the body, then nothing until the caller aborts", async () => {
    h.fake.faults.once({ kind: "stallBody" });
    const aborter = new AbortController();
    const response = await list({ signal: aborter.signal });
    expect(response.status).toBe(200);
    const length = Number(response.headers.get("content-length"));
    expect(length).toBeGreaterThan(0);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value!.length).toBe(Math.floor(length / 2));
    const next = reader.read();
    setTimeout(() => aborter.abort(), 100);
    await expect(next).rejects.toMatchObject({ name: "AbortError" });
  });

  it("stallBody can stop after a given number of bytes", async () => {
    h.fake.faults.once({ kind: "stallBody", afterBytes: 10 });
    const response = await list({ signal: AbortSignal.timeout(1000) });
    const reader = response.body!.getReader();
    expect((await reader.read()).value!.length).toBe(10);
    await expect(reader.read()).rejects.toBeDefined();
  });

  it("truncateBody sends the status and the start of the body, then resets the connection", async () => {
    h.fake.faults.once({ kind: "truncateBody", afterBytes: 12 });
    const response = await list();
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(12);
    await expect(response.text()).rejects.toBeInstanceOf(TypeError);
  });

  it("respond answers exactly as given, whatever the spec says, with the request id", async () => {
    h.fake.faults.once({ kind: "respond", status: 418, headers: { "X-Extra": "1" }, json: { teapot: true } });
    const teapot = await list();
    expect(teapot.status).toBe(418);
    expect(teapot.headers.get("x-extra")).toBe("1");
    expect(teapot.headers.get("content-type")).toBe("application/json");
    expect(teapot.headers.get(responseHeaders.requestId)).toMatch(/^RQ[0-9a-f]{32}$/);
    expect(await teapot.json()).toEqual({ teapot: true });
    h.fake.faults.once({ kind: "respond", status: 200, text: "plain" });
    const plain = await list();
    expect(plain.headers.get("content-type")).toBe("text/plain");
    expect(await plain.text()).toBe("plain");
    h.fake.faults.once({ kind: "respond", status: 204 });
    expect((await list()).status).toBe(204);
  });

  it("respond with delayMs waits first; with afterCommit the operation is applied under the answer", async () => {
    h.fake.faults.once({ kind: "respond", status: 503, json: { message: "late" }, delayMs: 120, afterCommit: true });
    const started = performance.now();
    const response = await create();
    expect(response.status).toBe(503);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(h.fake.configurations).toHaveLength(1);
  });

  it("lets a fault rule decide by the request's headers and body", async () => {
    h.fake.faults.add({
      fault: (request) =>
        request.body?.includes("displayName") && request.headers.get("authorization") ? { kind: "serverError", status: 503 } : undefined,
      times: 1,
    });
    expect((await list()).status).toBe(200);
    expect((await create()).status).toBe(503);
    expect((await create()).status).toBe(201);
  });

  it("records what was received when asked to, and nothing otherwise", async () => {
    await list();
    expect(h.fake.received).toEqual([]);
    const recording = await transport.start({ recordRequests: true });
    try {
      await recording.fetch(`${recording.baseUrl}${collection}?pageSize=2`, {
        headers: { Authorization: recording.authorization, "X-Trace": "t1" },
      });
      await recording.fetch(`${recording.baseUrl}${collection}`, {
        method: "POST",
        headers: { Authorization: recording.authorization, "Content-Type": "application/json" },
        body: JSON.stringify(fixtures.createRequest()),
      });
      const [listed, created] = recording.fake.received;
      expect(listed).toMatchObject({
        method: "GET",
        url: `${collection}?pageSize=2`,
        path: collection,
        body: "",
        operationId: "ListConfigurations",
      });
      expect(listed!.query.get("pageSize")).toBe("2");
      expect(listed!.headers["x-trace"]).toBe("t1");
      expect(JSON.parse(created!.body)).toEqual(fixtures.createRequest());
      recording.fake.reset();
      expect(recording.fake.received).toEqual([]);
    } finally {
      await recording.close();
    }
  });

  it("invalidJson answers the success status with a body that does not parse", async () => {
    h.fake.faults.once({ kind: "invalidJson" });
    const response = await create();
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(response.json()).rejects.toBeInstanceOf(SyntaxError);
    expect(h.fake.configurations).toEqual([]);
  });

  it("htmlError answers a proxy's HTML page", async () => {
    h.fake.faults.once({ kind: "htmlError", status: 503 });
    const response = await list();
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain("<h1>503 Service Temporarily Unavailable</h1>");
  });

  it("redirect answers a 3xx to another host", async () => {
    h.fake.faults.once({ kind: "redirect", status: 307 });
    const response = await list({ redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`http://elsewhere.invalid${collection}`);
  });

  it("oversizedBody answers a well-formed JSON body of the requested size", async () => {
    h.fake.faults.once({ kind: "oversizedBody", bytes: 3 * 1024 * 1024 });
    const response = await list();
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBe(3 * 1024 * 1024);
    const text = await response.text();
    expect(text.length).toBe(3 * 1024 * 1024);
    expect(JSON.parse(text)).toHaveProperty("padding");
  });

  it("afterCommit applies the operation and then loses the answer", async () => {
    h.fake.faults.once({ kind: "connectionReset", afterCommit: true }, { operationId: "CreateConfiguration" });
    await expect(create()).rejects.toBeInstanceOf(TypeError);
    expect(h.fake.configurations).toHaveLength(1);
  });

  it("a fault before the operation leaves the state alone", async () => {
    h.fake.faults.once({ kind: "serverError" }, { operationId: "CreateConfiguration" });
    expect((await create()).status).toBe(500);
    expect(h.fake.configurations).toEqual([]);
  });

  it("plays a scripted list in order, one per matching request, then answers normally", async () => {
    const handle = h.fake.faults.add({
      operationId: "ListConfigurations",
      fault: [
        { kind: "serverError", status: 503 },
        { kind: "rateLimit", retryAfterSeconds: 0 },
      ],
    });
    expect((await create()).status).toBe(201);
    expect((await list()).status).toBe(503);
    expect((await list()).status).toBe(429);
    expect((await list()).status).toBe(200);
    expect(handle.fired).toBe(2);
  });

  it("matches by method, by predicate and a number of times; remove() and clear() stop a rule", async () => {
    const byCount = h.fake.faults.add({ match: (request) => request.operationCount % 2 === 0, fault: { kind: "serverError" }, times: 2 });
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) statuses.push((await list()).status);
    expect(statuses).toEqual([200, 500, 200, 500, 200, 200]);
    expect(byCount.fired).toBe(2);
    const byMethod = h.fake.faults.add({ method: "post", fault: { kind: "serverError", status: 502 } });
    expect((await list()).status).toBe(200);
    expect((await create()).status).toBe(502);
    byMethod.remove();
    expect((await create()).status).toBe(201);
    h.fake.faults.add({ fault: () => ({ kind: "serverError", status: 504 }) });
    expect((await list()).status).toBe(504);
    h.fake.faults.clear();
    expect((await list()).status).toBe(200);
  });
});

describe("fault probabilities", () => {
  async function pattern(seed: number, probability: number, count: number): Promise<string> {
    const fake = createFakeIntelligence({ seed, faults: [{ probability, fault: { kind: "serverError", status: 503 } }] });
    const authorization = `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`;
    let marks = "";
    for (let index = 0; index < count; index++) {
      const response = await fake.fetch(`https://intelligence.twilio.com${collection}`, { headers: { Authorization: authorization } });
      marks += response.status === 503 ? "x" : ".";
    }
    return marks;
  }

  it("are reproducible under a seed and differ between seeds", async () => {
    const first = await pattern(42, 0.3, 400);
    expect(await pattern(42, 0.3, 400)).toBe(first);
    expect(await pattern(43, 0.3, 400)).not.toBe(first);
    const rate = first.split("x").length - 1;
    expect(rate).toBeGreaterThan(400 * 0.2);
    expect(rate).toBeLessThan(400 * 0.4);
  });

  it("reset() restarts the sequence", async () => {
    const fake = createFakeIntelligence({ seed: 5 });
    const draw = async () => {
      fake.faults.add({ probability: 0.5, fault: { kind: "serverError" } });
      let marks = "";
      for (let index = 0; index < 50; index++) {
        const response = await fake.fetch(`https://intelligence.twilio.com${collection}`, {
          headers: { Authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}` },
        });
        marks += response.status === 500 ? "x" : ".";
      }
      return marks;
    };
    const first = await draw();
    fake.reset();
    expect(await draw()).toBe(first);
  });
});

describe("the in-process fetch", () => {
  const fake = createFakeIntelligence();
  const headers = { Authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}` };
  const url = `https://intelligence.twilio.com${collection}`;

  it("follows a redirect to another host into a network error, as fetch's default does", async () => {
    fake.faults.once({ kind: "redirect" });
    const error = await fake.fetch(url, { headers }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as Error).cause as { code: string }).code).toBe("ENOTFOUND");
  });

  it("rejects a redirect under redirect: 'error'", async () => {
    fake.faults.once({ kind: "redirect" });
    await expect(fake.fetch(url, { headers, redirect: "error" })).rejects.toBeInstanceOf(TypeError);
  });

  it("follows a same-origin redirect", async () => {
    fake.faults.once({ kind: "redirect", location: url });
    expect((await fake.fetch(url, { headers })).status).toBe(200);
  });

  it("rejects at once with the signal's reason when already aborted, and during latency", async () => {
    const reason = new Error("gave up");
    await expect(fake.fetch(url, { headers, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    fake.faults.once({ kind: "latency", ms: 10_000 });
    const started = performance.now();
    await expect(fake.fetch(url, { headers, signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("accepts a Request object", async () => {
    const response = await fake.fetch(new Request(url, { headers }));
    expect(response.status).toBe(200);
  });
});
