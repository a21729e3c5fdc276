import { describe, expect, it } from "vitest";
import {
  BufferedResponse,
  HeaderMap,
  ResponseTooLargeError,
  defaultMaxResponseBytes,
  type PaginatedConfigurationResponse,
} from "../src/index.js";
import { readResponse } from "../src/body.js";
import { examples, schemas, validationSchema } from "../src/spec.js";

const encoder = new TextEncoder();

function streamOf(chunks: Uint8Array[]): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => unknown } {
  let index = 0;
  let reason: unknown;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]!);
      else controller.close();
    },
    cancel(cancelReason) {
      reason = cancelReason;
    },
  });
  return { stream, pulled: () => index, cancelled: () => reason };
}

describe("readResponse", () => {
  it("stops reading a stream past the limit, cancels it, and says which limit", async () => {
    const chunk = new Uint8Array(1024);
    const { stream, pulled, cancelled } = streamOf(Array.from({ length: 1000 }, () => chunk));
    const error = (await readResponse(new Response(stream, { status: 200 }), "GET", 10 * 1024, undefined).catch(
      (caught: unknown) => caught,
    )) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.limit).toBe(10 * 1024);
    expect(error.status).toBe(200);
    expect(error.message).toContain("Raise maxResponseBytes");
    expect(pulled()).toBeLessThan(20);
    expect(cancelled()).toBe(error);
  });

  it("reads a body up to the limit whole, in several chunks or one", async () => {
    const { stream } = streamOf([encoder.encode('{"a":'), encoder.encode("1}")]);
    const read = await readResponse(new Response(stream, { status: 201, headers: { "x-a": "1" } }), "POST", 7, undefined);
    expect(read.status).toBe(201);
    expect(read.headers.get("x-a")).toBe("1");
    expect(await read.json()).toEqual({ a: 1 });
    const whole = await readResponse(new Response('{"b":2}', { headers: { "content-length": "7" } }), "GET", 7, undefined);
    expect(await whole.text()).toBe('{"b":2}');
  });

  it("gives no body to a HEAD or a 204", async () => {
    expect((await readResponse(new Response(null, { status: 204 }), "DELETE", 1, undefined)).body).toBeNull();
    expect(await (await readResponse(new Response("ignored"), "HEAD", 1, undefined)).text()).toBe("");
  });

  it("stops at once when the signal aborts while reading", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    const stream = new ReadableStream<Uint8Array>({
      pull(streamController) {
        streamController.enqueue(new Uint8Array(10));
        controller.abort(reason);
      },
    });
    await expect(readResponse(new Response(stream), "GET", 1000, controller.signal)).rejects.toBe(reason);
  });
});

describe("BufferedResponse", () => {
  const headers = new HeaderMap({ "content-type": "application/json", "set-cookie": ["a=1", "b=2"], "twilio-request-id": "RQ1" });

  it("reads like a Response once, as UTF-8 without a byte-order mark", async () => {
    const response = new BufferedResponse(
      200,
      "OK",
      headers,
      "https://example.com/x",
      new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"é":1}')]),
    );
    expect(response.ok).toBe(true);
    const copy = response.clone();
    expect(await response.json()).toEqual({ é: 1 });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toBeInstanceOf(TypeError);
    expect(new Uint8Array(await copy.arrayBuffer()).length).toBe(11);
  });

  it("becomes a standard Response with the same status, headers, url and body", async () => {
    const response = new BufferedResponse(418, "Teapot", headers, "https://example.com/x", encoder.encode("short"));
    const standard = response.toResponse();
    expect(standard).toBeInstanceOf(Response);
    expect([standard.status, standard.statusText, standard.url]).toEqual([418, "Teapot", "https://example.com/x"]);
    expect(standard.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await standard.text()).toBe("short");
  });

  it("holds a status no Response can (600), and says so only when made into one", () => {
    const odd = new BufferedResponse(600, "", headers, "", null);
    expect(odd.status).toBe(600);
    expect(odd.ok).toBe(false);
    expect(() => odd.toResponse()).toThrow(RangeError);
  });
});

describe("HeaderMap", () => {
  const map = new HeaderMap({ "content-length": "3", "set-cookie": ["a=1", "b=2"] });

  it("reads names in any case and joins repeated ones, as Headers does", () => {
    expect(map.get("Content-Length")).toBe("3");
    expect(map.get("set-cookie")).toBe("a=1, b=2");
    expect(map.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(map.has("CONTENT-LENGTH")).toBe(true);
    expect(Object.fromEntries(map)).toEqual({ "content-length": "3", "set-cookie": "a=1, b=2" });
  });

  it("knows no names but the response's own", () => {
    expect(map.get("constructor")).toBeNull();
    expect(map.has("toString")).toBe(false);
  });
});

describe("the default limit", () => {
  it("holds the largest page a list returns, filled to the spec's limits, with room to spare", () => {
    // Every count at the spec's maximum; strings the spec leaves unbounded at generous lengths.
    const rules = schemas.IntelligenceConfiguration.properties.rules;
    const rule = schemas.Rule.properties;
    const seed = examples.UpdatedConfiguration;
    const operator = {
      id: seed.rules[0]!.operators[0]!.id,
      version: 12,
      parameters: {
        scale: 5,
        language: "en-US",
        threshold: 0.75,
        knowledge: `know_knowledgebase_${"0".repeat(26)}:know_knowledgesource_${"0".repeat(26)}`,
      },
    };
    const action = { type: "WEBHOOK" as const, method: "POST" as const, url: `https://hooks.example.com/${"p".repeat(200)}` };
    const fullRule = {
      id: seed.rules[0]!.id,
      operators: Array.from({ length: rule.operators.maxItems }, () => operator),
      triggers: Array.from({ length: rule.triggers.maxItems }, () => ({ on: "COMMUNICATION" as const, parameters: { count: 20 } })),
      actions: Array.from({ length: rule.actions.maxItems }, () => action),
      context: {
        memory: { enabled: true },
        knowledge: { bases: [`know_knowledgebase_${"0".repeat(26)}`, `know_knowledgebase_${"1".repeat(26)}`] },
      },
    };
    const configuration = {
      ...seed,
      displayName: "d".repeat(schemas.IntelligenceConfiguration.properties.displayName.maxLength),
      description: "e".repeat(1000),
      rules: Array.from({ length: rules.maxItems }, () => fullRule),
    };
    const page: PaginatedConfigurationResponse = {
      items: Array.from({ length: validationSchema.$defs.ListConfigurationsQuery.properties.pageSize.maximum }, () => configuration),
      meta: {
        key: "items",
        pageSize: validationSchema.$defs.ListConfigurationsQuery.properties.pageSize.maximum,
        nextToken: "t".repeat(200),
        previousToken: "t".repeat(200),
      },
    };
    const size = encoder.encode(JSON.stringify(page)).length;
    expect(size).toBeGreaterThan(8 * 1024 * 1024);
    expect(defaultMaxResponseBytes - size).toBeGreaterThan(4 * 1024 * 1024);
  });
});
