/**
 * OpenTelemetry: with `@opentelemetry/api` installed and an SDK registered (here the SDK's in-memory
 * exporter, W3C trace context and the async-hooks context manager), each call is one client span
 * named by its operation, with the HTTP client attributes, and its trace context goes out with every
 * attempt; with `openTelemetry: false` there is neither.
 */
import * as api from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { IntelligenceClient, NotFoundError } from "../src/index.js";
import { API_KEY, API_SECRET, configuration, configurationId, testClient } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const exporter = new InMemorySpanExporter();
const server = useTestServer({ status: 200, json: configuration, headers: { "twilio-request-id": "RQtraced" } });
beforeAll(() => {
  api.trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
});
afterAll(() => {
  api.trace.disable();
  api.context.disable();
  api.propagation.disable();
});
beforeEach(() => {
  exporter.reset();
});

describe("tracing", () => {
  it("makes one client span per call, named by operation, with the HTTP client attributes, and sends its context", async () => {
    // No option: @opentelemetry/api is found where the application installed it.
    const client = new IntelligenceClient({ apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: server.url, env: {} });
    await client.configurations.fetch(configurationId);
    const [span, ...others] = exporter.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span!.name).toBe("FetchConfiguration");
    expect(span!.kind).toBe(api.SpanKind.CLIENT);
    const { port, hostname } = new URL(server.url);
    expect(span!.attributes).toEqual({
      "http.request.method": "GET",
      "url.template": "/v3/ControlPlane/Configurations/{id}",
      "server.address": hostname,
      "server.port": Number(port),
      "http.response.status_code": 200,
      "twilio.request_id": "RQtraced",
    });
    const { traceId, spanId } = span!.spanContext();
    expect(server.requests[0]!.headers.traceparent).toBe(`00-${traceId}-${spanId}-01`);
  });

  it("is a child of the caller's active span, counts resends, and marks a failure", async () => {
    const client = testClient(server.url, { openTelemetry: api });
    const tracer = api.trace.getTracer("test");
    server.reply({ status: 503, json: { code: 1, message: "busy", httpStatusCode: 503 } });
    await tracer.startActiveSpan("handler", async (parent) => {
      await client.configurations.fetch(configurationId);
      parent.end();
    });
    const [call, parent] = exporter.getFinishedSpans();
    expect(call!.parentSpanContext?.spanId).toBe(parent!.spanContext().spanId);
    expect(call!.attributes["http.request.resend_count"]).toBe(1);
    // Both attempts carried the call's context.
    expect(server.requests.map((request) => request.headers.traceparent)).toEqual([
      expect.stringContaining(call!.spanContext().spanId),
      expect.stringContaining(call!.spanContext().spanId),
    ]);

    exporter.reset();
    server.reply({ status: 404, json: { code: 20404, message: "gone", httpStatusCode: 404 } });
    await expect(client.configurations.fetch(configurationId)).rejects.toBeInstanceOf(NotFoundError);
    const [failed] = exporter.getFinishedSpans();
    expect(failed!.status.code).toBe(api.SpanStatusCode.ERROR);
    expect(failed!.attributes).toMatchObject({ "http.response.status_code": 404, "error.type": "404" });
    expect(failed!.events.map((event) => event.name)).toEqual(["exception"]);
  });

  it("is off with openTelemetry: false: no span, no trace context sent", async () => {
    const client = testClient(server.url, { openTelemetry: false });
    await client.configurations.fetch(configurationId);
    expect(exporter.getFinishedSpans()).toEqual([]);
    expect(server.requests[0]!.headers.traceparent).toBeUndefined();
  });
});
