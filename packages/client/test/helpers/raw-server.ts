import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** A request as a raw server saw it, once its body has been read. */
export interface RawRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  socket: Socket;
}

/**
 * A bare HTTP server on 127.0.0.1 whose handler writes the response itself: for answers no
 * well-behaved server gives (a decompression bomb, endless bodies, echoed secrets, odd statuses).
 * The handler runs once the request body has been read.
 */
export class RawServer {
  readonly requests: RawRequest[] = [];
  readonly sockets = new Set<Socket>();
  readonly #server: Server;
  url = "";
  handler: (request: RawRequest, response: ServerResponse) => void = (_request, response) => response.end();

  private constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const request = {
          method: req.method ?? "GET",
          url: req.url ?? "/",
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          socket: req.socket,
        };
        this.requests.push(request);
        this.handler(request, res);
      });
    });
    this.#server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<RawServer> {
    const server = new RawServer();
    await new Promise<void>((resolve) => server.#server.listen(0, "127.0.0.1", resolve));
    server.url = `http://127.0.0.1:${(server.#server.address() as AddressInfo).port}`;
    return server;
  }

  /** The underlying node:http server, for settings such as keepAliveTimeout. */
  get server(): Server {
    return this.#server;
  }

  reset(): void {
    for (const socket of this.sockets) socket.destroy();
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/**
 * Writes `total` bytes of `chunk` repeated, honouring backpressure, until done or the client goes
 * away; resolves with the bytes handed to the response.
 */
export async function writeRepeated(response: ServerResponse, chunk: Buffer, total: number): Promise<number> {
  let written = 0;
  function* pieces() {
    while (written < total) {
      const piece = total - written >= chunk.length ? chunk : chunk.subarray(0, total - written);
      written += piece.length;
      yield piece;
    }
  }
  // A client that hangs up ends the pipeline with an error: the count so far is the answer.
  await pipeline(Readable.from(pieces()), response).catch(() => undefined);
  return written;
}
