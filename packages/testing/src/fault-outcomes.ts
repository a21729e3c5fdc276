/** What each injected fault makes of a response: a status and body, a reset, a stall, a hang. */
import { defaultMaxResponseBytes, responseHeaders } from "@convintel/fetch";
import { errorBody, errorCodes, internalError, rateLimited } from "./errors.js";
import type { Fault } from "./fault-types.js";
import { error } from "./responses.js";
import type { Operation } from "./router.js";
import { bytesOf, JSON_TYPE, jsonBody, oversizedBody, type BodySource, type IncomingRequest, type Outcome } from "./wire.js";

function successStatus(operation: Operation): number {
  return Number(Object.keys(operation.responses).find((status) => status.startsWith("2")));
}

const HTML_TITLES: Record<number, string> = {
  500: "500 Internal Server Error",
  502: "502 Bad Gateway",
  503: "503 Service Temporarily Unavailable",
  504: "504 Gateway Time-out",
};

/** The outcome of a fault on a request to `operation`; `now` dates a rate limit's reset. */
export function faultOutcome(
  fault: Exclude<Fault, { kind: "latency" }>,
  request: IncomingRequest,
  operation: Operation,
  now: Date,
): Outcome {
  const status = successStatus(operation);
  switch (fault.kind) {
    case "connectionReset":
      return { type: "reset" };
    case "hang":
      return { type: "hang" };
    case "rateLimit": {
      const { limit: limitHeader, remaining: remainingHeader, reset: resetHeader } = responseHeaders.rateLimit;
      const resetAt = Math.ceil(now.getTime() / 1000 + (fault.resetSeconds ?? 1));
      const headers: Record<string, string> = {
        [limitHeader]: String(fault.limit ?? 100),
        [remainingHeader]: "0",
        [resetHeader]: String(resetAt),
      };
      if (fault.retryAfterSeconds !== null) headers["Retry-After"] = String(fault.retryAfterSeconds ?? 1);
      return { type: "respond", response: error(operation, rateLimited(), headers) };
    }
    case "serverError": {
      const code = fault.status ?? 500;
      const body =
        code === 500
          ? internalError()
          : code === 503
            ? errorBody(503, errorCodes.unavailable, "Service unavailable, try again later")
            : errorBody(code, errorCodes.internal, code === 502 ? "Bad gateway" : "Gateway timeout");
      return { type: "respond", response: error(operation, body) };
    }
    case "stallBody": {
      const body = bytesOf(JSON.stringify({ message: "stalled ".repeat(512) }));
      return {
        type: "respond",
        response: {
          status: status === 204 ? 200 : status,
          headers: { "Content-Type": JSON_TYPE },
          body,
          stallAfterBytes: Math.min(fault.afterBytes ?? Math.floor(body.length / 2), body.length - 1),
        },
      };
    }
    case "invalidJson":
      return {
        type: "respond",
        response: {
          status: fault.status ?? (status === 204 ? 200 : status),
          headers: { "Content-Type": JSON_TYPE },
          body: bytesOf('{"id":"intelligence_configuration_<!-- truncated -->'),
        },
      };
    case "htmlError": {
      const code = fault.status ?? 502;
      const title = HTML_TITLES[code] ?? `${code} Error`;
      return {
        type: "respond",
        response: {
          status: code,
          headers: { "Content-Type": "text/html; charset=utf-8" },
          body: bytesOf(
            `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
          ),
        },
      };
    }
    case "redirect":
      return {
        type: "respond",
        response: {
          status: fault.status ?? 302,
          headers: { Location: fault.location ?? `http://elsewhere.invalid${request.url.pathname}${request.url.search}` },
          body: null,
        },
      };
    case "respond": {
      const headers: Record<string, string> = { ...fault.headers };
      const has = (name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name);
      let body: BodySource | null = null;
      if (fault.json !== undefined) {
        if (!has("content-type")) headers["Content-Type"] = JSON_TYPE;
        body = jsonBody(fault.json);
      } else if (fault.text !== undefined) {
        if (!has("content-type")) headers["Content-Type"] = "text/plain";
        body = bytesOf(fault.text);
      }
      return { type: "respond", response: { status: fault.status, headers, body } };
    }
    case "truncateBody": {
      const body = bytesOf(JSON.stringify({ message: "truncated ".repeat(64) }));
      return {
        type: "respond",
        response: {
          status: fault.status ?? (status === 204 ? 200 : status),
          headers: { "Content-Type": JSON_TYPE },
          body,
          truncateAfterBytes: Math.min(fault.afterBytes ?? 16, body.length - 1),
        },
      };
    }
    case "oversizedBody":
      return {
        type: "respond",
        response: {
          status: status === 204 ? 200 : status,
          headers: { "Content-Type": JSON_TYPE },
          body: oversizedBody(fault.bytes ?? 2 * defaultMaxResponseBytes),
        },
      };
  }
}
