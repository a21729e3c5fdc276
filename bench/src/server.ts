/**
 * The fake Intelligence server of the request benchmark, run in its own process (`fork`) so that its
 * work does not share an event loop with the clients being measured. It answers
 * `PUT /v3/ControlPlane/Configurations/{id}` with the spec's UpdatedConfiguration example, keeps
 * connections alive, and sends its port to the parent once listening.
 */
import { createServer } from "node:http";
import { examples } from "@convintel/fetch/spec";

const updatePath = /^\/v3\/ControlPlane\/Configurations\/[^/]+$/;
const payload = Buffer.from(JSON.stringify(examples.UpdatedConfiguration));
const notFound = Buffer.from(JSON.stringify({ code: 20404, message: "Not found", status: 404 }));

const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  // Drain the body before answering, as a real server would read it.
  request.on("data", () => {});
  request.on("end", () => {
    const matches = request.method === "PUT" && updatePath.test(request.url ?? "");
    response.writeHead(matches ? 200 : 404, {
      "Content-Type": "application/json",
      "Content-Length": matches ? payload.length : notFound.length,
    });
    response.end(matches ? payload : notFound);
  });
});
server.headersTimeout = 60_000;
server.maxRequestsPerSocket = 0;

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  process.send?.({ port: address.port });
});

process.on("message", (message) => {
  if (message !== "stop") return;
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
process.on("disconnect", () => process.exit(0));
