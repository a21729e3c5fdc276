/**
 * OpenTelemetry tracing: one client span per call, named by its operation (`UpdateConfiguration`),
 * with the HTTP client attributes of the semantic conventions (`http.request.method`, `url.template`,
 * `server.address`, `server.port`, `http.response.status_code`, `http.request.resend_count`,
 * `error.type`) and the call's `twilio.request_id`; the active context goes out with every attempt
 * (`traceparent`, through the propagator the application registered). Registered on a requester as
 * a hook of every operation, like the operator check.
 *
 * `@opentelemetry/api` is an optional peer: `IntelligenceClient` looks for it once per process where
 * the runtime can (Node.js), and a client without it gets no hook, so a call costs nothing more.
 * Only the few members used here are typed, so the declarations need no `@opentelemetry/api`.
 */
import { operations } from "@convintel/fetch";
import type { OperationId } from "@convintel/types";
import type { CallHook } from "./call-hook.js";
import { type IntelligenceCore, requesterOf } from "./core.js";
import { ApiError } from "./errors.js";
import { packageName, packageVersion } from "./runtime.js";

type AttributeValue = string | number | boolean;

/** What tracing uses of a span of `@opentelemetry/api`. */
export interface TracingSpan {
  setAttribute(key: string, value: AttributeValue): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException(exception: Error): unknown;
  end(): void;
}

/** What tracing uses of `@opentelemetry/api` (`import * as api from "@opentelemetry/api"` fits). */
export interface OpenTelemetryApi {
  trace: {
    getTracer(
      name: string,
      version?: string,
    ): {
      startActiveSpan<T>(
        name: string,
        options: { kind?: number; attributes?: Record<string, AttributeValue> },
        run: (span: TracingSpan) => T,
      ): T;
    };
  };
  context: { active(): unknown };
  propagation: { inject(context: unknown, carrier: Record<string, string>): void };
}

// The numbers of SpanKind.CLIENT and SpanStatusCode.ERROR in @opentelemetry/api, stable across its versions.
const CLIENT = 2;
const ERROR = 2;

let discovered: OpenTelemetryApi | null | undefined;

interface NodeModuleApi {
  createRequire(path: string): (id: string) => unknown;
}

/** `@opentelemetry/api` as the application installed it, where the runtime can load it synchronously (Node.js); looked for once. */
function findOpenTelemetry(): OpenTelemetryApi | undefined {
  if (discovered === undefined) {
    discovered = null;
    try {
      const node = globalThis as { process?: { getBuiltinModule?(id: string): unknown; cwd?(): string } };
      const moduleApi = node.process?.getBuiltinModule?.("node:module") as NodeModuleApi | undefined;
      const cwd = node.process?.cwd?.();
      if (moduleApi && cwd) {
        const api = moduleApi.createRequire(`${cwd}/`)("@opentelemetry/api") as Partial<OpenTelemetryApi>;
        if (typeof api.trace?.getTracer === "function" && typeof api.propagation?.inject === "function")
          discovered = api as OpenTelemetryApi;
      }
    } catch {
      // Not installed: no tracing.
    }
  }
  return discovered ?? undefined;
}

/**
 * Traces every call made on `core` through `api` (default: `@opentelemetry/api` as the application
 * installed it, on Node.js); `false` turns it off. Returns whether tracing is on.
 */
export function enableTracing(core: IntelligenceCore, api?: OpenTelemetryApi | false): boolean {
  const otel = api === false ? undefined : (api ?? findOpenTelemetry());
  if (!otel) return false;
  const tracer = otel.trace.getTracer(packageName, packageVersion);
  const server = new URL(core.baseUrl);
  const port = Number(server.port) || (server.protocol === "https:" ? 443 : 80);
  const hook: CallHook = {
    operations: Object.keys(operations) as OperationId[],
    around(call, proceed) {
      const { operation } = call;
      const attributes = {
        "http.request.method": operation.method,
        "url.template": operation.path,
        "server.address": server.hostname,
        "server.port": port,
      };
      return tracer.startActiveSpan(operation.operationId, { kind: CLIENT, attributes }, async (span) => {
        const carrier: Record<string, string> = {};
        otel.propagation.inject(otel.context.active(), carrier);
        for (const [name, value] of Object.entries(carrier)) call.addHeader(name, value);
        try {
          const result = await proceed();
          span.setAttribute("http.response.status_code", result.status);
          if (result.requestId) span.setAttribute("twilio.request_id", result.requestId);
          return result;
        } catch (error) {
          if (error instanceof ApiError) {
            span.setAttribute("http.response.status_code", error.status);
            if (error.requestId) span.setAttribute("twilio.request_id", error.requestId);
          }
          const type = error instanceof ApiError ? String(error.status) : error instanceof Error ? error.name : "Error";
          span.setAttribute("error.type", type);
          if (error instanceof Error) span.recordException(error);
          span.setStatus({ code: ERROR, message: error instanceof Error ? error.message : String(error) });
          throw error;
        } finally {
          if (call.attempts > 1) span.setAttribute("http.request.resend_count", call.attempts - 1);
          span.end();
        }
      });
    },
  };
  requesterOf(core).use("tracing", hook);
  return true;
}
