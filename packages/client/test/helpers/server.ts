import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request as the test server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** The client's port of the connection the request came on: equal ports, one reused connection. */
  remotePort: number | undefined;
}

/** What the server does with one request. */
export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string>; delayMs?: number }
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  | { hang: true }
  /** Read the request, then drop the connection without a response. */
  | { destroy: true }
  /** Send the status line, headers and the start of a JSON body, then drop the connection. */
  | { truncate: true; status: number };

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/**
 * A real HTTP server on 127.0.0.1 (a free port), scripted per test: queued replies are used in
 * order, then the fallback. Every request is recorded.
 */
export class TestServer {
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #queue: Array<Reply | Handler> = [];
  #fallback: Handler = () => ({ status: 500, json: { code: 20500, message: "no reply scripted", httpStatusCode: 500 } });
  url = "";

  private constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const recorded: RecordedRequest = {
          method: req.method ?? "GET",
          url: req.url ?? "/",
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          remotePort: req.socket.remotePort,
        };
        this.requests.push(recorded);
        const next = this.#queue.shift() ?? this.#fallback;
        void Promise.resolve(typeof next === "function" ? next(recorded) : next).then((reply) => this.#send(res, reply));
      });
    });
    this.#server.on("connection", (socket: Socket) => {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
  }

  static async start(): Promise<TestServer> {
    const server = new TestServer();
    await new Promise<void>((resolve) => server.#server.listen(0, "127.0.0.1", resolve));
    server.url = `http://127.0.0.1:${(server.#server.address() as AddressInfo).port}`;
    return server;
  }

  /** Queues replies for the next requests, in order. */
  reply(...replies: Array<Reply | Handler>): this {
    this.#queue.push(...replies);
    return this;
  }

  /** What every request gets once the queue is empty. */
  otherwise(handler: Handler | Reply): this {
    this.#fallback = typeof handler === "function" ? handler : () => handler;
    return this;
  }

  /**
   * Forgets requests and replies, and drops every connection, so a request still on its way from a
   * previous test (one the client gave up on) can never take this test's replies.
   */
  async reset(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.requests.length = 0;
    this.#queue = [];
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #send(res: ServerResponse, reply: Reply): Promise<void> {
    if ("hang" in reply) return;
    if ("destroy" in reply) {
      res.socket?.destroy();
      return;
    }
    if ("truncate" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json", "content-length": "1000", connection: "close" });
      res.write('{"accountId":"AC');
      setTimeout(() => res.socket?.destroy(), 5);
      return;
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    // One connection per request: no test depends on a connection another one left behind.
    const headers: Record<string, string> = { connection: "close", ...reply.headers };
    let payload = "";
    if (reply.json !== undefined) {
      headers["content-type"] ??= "application/json";
      payload = JSON.stringify(reply.json);
    } else if (reply.text !== undefined) {
      headers["content-type"] ??= "text/plain";
      payload = reply.text;
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
  }
}

/** A URL on which nothing listens: a server is started on a free port and closed again. */
export async function refusedUrl(): Promise<string> {
  const server = await TestServer.start();
  const url = server.url;
  await server.close();
  return url;
}
