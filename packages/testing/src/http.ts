import { defaultMaxResponseBytes, operations, responseHeaders, type OperationDescriptor } from "@convintel/fetch";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Engine } from "./engine.js";
import { FaultRuleError } from "./fault-rules.js";
import { FakeResponseError } from "./responses.js";
import type { ResponsePlan } from "./wire.js";

export interface ListenOptions {
  /** Port to listen on (default 0: any free port). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /**
   * Largest request body accepted, in bytes; larger ones get 413 with the API's error body (after
   * the credentials are checked). Default 16 MiB, the client's default `maxResponseBytes`: every
   * body the spec allows whose configuration the client could read back.
   */
  maxBodyBytes?: number;
}

export interface FakeServer {
  /** Origin to use as the client's base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  port: number;
  host: string;
  /** Stops listening and drops every connection, hung ones included. */
  close(): Promise<void>;
}

const allOperations: readonly OperationDescriptor[] = Object.values(operations);

// Lets a browser page on any origin call the fake (Authorization makes every call preflighted).
const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": [...new Set(allOperations.map((operation) => operation.method)), "OPTIONS"].join(", "),
  "Access-Control-Allow-Headers": [
    "Authorization",
    "Content-Type",
    "Accept",
    "User-Agent",
    "X-Twilio-Client",
    ...new Set(allOperations.flatMap((operation) => operation.requestHeaders ?? [])),
  ].join(", "),
  "Access-Control-Expose-Headers": [
    responseHeaders.requestId,
    "Retry-After",
    ...Object.values(responseHeaders.rateLimit),
    "Location",
    "Content-Length",
  ].join(", "),
  "Access-Control-Max-Age": "600",
};

function readBody(request: IncomingMessage, limit: number): Promise<string | "too large"> {
  const declared = Number(request.headers["content-length"]);
  if (declared > limit) {
    // Not read at all: the answer is 413 and the connection closes after it.
    request.resume();
    return Promise.resolve("too large");
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.resume();
        resolve("too large");
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

async function writeBody(response: ServerResponse, plan: ResponsePlan): Promise<void> {
  if (!plan.body) {
    response.end();
    return;
  }
  if (plan.truncateAfterBytes !== undefined) {
    const whole = Buffer.concat([...plan.body.chunks()]);
    response.write(whole.subarray(0, plan.truncateAfterBytes), () => {
      setTimeout(() => response.socket?.destroy(), 5);
    });
    return;
  }
  if (plan.stallAfterBytes !== undefined) {
    const whole = Buffer.concat([...plan.body.chunks()]);
    // Headers and the first bytes go out; the rest never does. Closing the server drops the socket.
    response.write(whole.subarray(0, plan.stallAfterBytes));
    return;
  }
  for (const chunk of plan.body.chunks()) {
    if (response.destroyed) return;
    if (!response.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off("drain", done);
          response.off("close", done);
          resolve();
        };
        response.on("drain", done);
        response.on("close", done);
      });
    }
  }
  if (!response.destroyed) response.end();
}

/** Serves the fake over real HTTP, so any client (curl, twilio-node, another language) can use it. */
export async function listen(engine: Engine, options: ListenOptions = {}): Promise<FakeServer> {
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxResponseBytes;

  const server = createServer(async (request, response) => {
    if (request.method === "OPTIONS") {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }
    const aborter = new AbortController();
    response.on("close", () => {
      if (!response.writableFinished) aborter.abort(new Error("client closed the connection"));
    });
    try {
      const body = await readBody(request, maxBodyBytes);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const outcome = await engine.handle({
        method: request.method ?? "GET",
        url: new URL(request.url ?? "/", `http://${request.headers.host ?? host}`),
        headers,
        body: request.method === "GET" || request.method === "HEAD" || body === "too large" ? null : body,
        signal: aborter.signal,
        remotePort: request.socket.remotePort,
        ...(body === "too large" ? { bodyTooLarge: maxBodyBytes } : {}),
      });
      if (outcome.type === "reset") {
        // A TCP RST where the platform supports it, a plain close otherwise: either way no response.
        const socket = request.socket as typeof request.socket & { resetAndDestroy?: () => void };
        if (typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
        else socket.destroy();
        return;
      }
      if (outcome.type === "hang") return;
      const plan = outcome.response;
      const outgoing: Record<string, string | number> = { ...CORS_HEADERS, ...plan.headers };
      if (plan.body) outgoing["Content-Length"] = plan.body.length;
      response.writeHead(plan.status, outgoing);
      await writeBody(response, plan);
    } catch (error) {
      if (aborter.signal.aborted) return;
      // The fake's own answer broke the spec, or a fault rule's function picked a fault it cannot play: said in the 500.
      const told = error instanceof FakeResponseError || error instanceof FaultRuleError;
      console.error(error);
      if (!response.headersSent) {
        response.writeHead(500, { ...CORS_HEADERS, "Content-Type": "text/plain" });
        response.end(told ? error.message : "The fake failed to handle the request");
      } else {
        response.destroy();
      }
    }
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
