import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { configuration, configurationId, captureLogger, SECRETS, testClient, ACCOUNT_SID, AUTH_TOKEN } from "./helpers/fixtures.js";
import { TestServer } from "./helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());
beforeEach(async () => {
  await server.reset();
  server.otherwise({ status: 200, json: configuration, headers: { "twilio-request-id": "RQlog" } });
});

const unavailable = { status: 503, json: { code: 1, message: "busy", httpStatusCode: 503 } };
const notFound = { status: 404, json: { code: 20404, message: "gone", httpStatusCode: 404 } };

async function run(logLevel: "off" | "error" | "warn" | "info" | "debug") {
  const { lines, logger } = captureLogger();
  const client = testClient(server.url, { logger, logLevel });
  server.reply(unavailable);
  await client.configurations.fetch(configurationId);
  server.reply(notFound);
  await client.configurations.fetch(configurationId).catch(() => undefined);
  return lines;
}

describe("logging", () => {
  it("is off by default and with logLevel off", async () => {
    const { lines, logger } = captureLogger();
    const client = testClient(server.url, { logger });
    server.reply(unavailable, notFound);
    await client.configurations.fetch(configurationId).catch(() => undefined);
    expect(lines).toEqual([]);
    expect(await run("off")).toEqual([]);
  });

  it("logs failed calls at error", async () => {
    const lines = await run("error");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error \[convintel\] FetchConfiguration failed with HTTP 404/);
  });

  it("adds retries at warn", async () => {
    const lines = await run("warn");
    expect(lines.map((line) => line.split(" ")[0])).toEqual(["warn", "error"]);
    expect(lines[0]).toContain("FetchConfiguration attempt 1 failed (InternalServerError); retrying in");
  });

  it("adds each completed call at info", async () => {
    const lines = await run("info");
    expect(lines.map((line) => line.split(" ")[0])).toEqual(["warn", "info", "error"]);
    expect(lines[1]).toMatch(/FetchConfiguration succeeded with HTTP 200 in \d+ ms/);
    expect(lines[1]).toContain("RQlog");
  });

  it("adds every request and response at debug, with Authorization redacted", async () => {
    const lines = await run("debug");
    const requests = lines.filter((line) => line.startsWith("debug [convintel] request GET"));
    expect(requests).toHaveLength(3);
    expect(requests[0]).toContain('"authorization":"[REDACTED]"');
    expect(requests[0]).toContain('"user-agent":"convintel-client/');
    expect(lines.filter((line) => line.startsWith("debug [convintel] response"))).toHaveLength(3);
    for (const line of lines) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });

  it("never logs the credentials, even when the server echoes them", async () => {
    const { lines, logger } = captureLogger();
    server.reply((request) => ({
      status: 401,
      json: { code: 20003, message: `bad credentials ${request.headers.authorization} ${ACCOUNT_SID}:${AUTH_TOKEN}`, httpStatusCode: 401 },
    }));
    const client = testClient(server.url, {
      logger,
      logLevel: "debug",
      apiKey: undefined,
      apiSecret: undefined,
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
    });
    await client.configurations.fetch(configurationId).catch(() => undefined);
    expect(lines.some((line) => line.includes("bad credentials Basic [REDACTED] [REDACTED]:[REDACTED]"))).toBe(true);
    for (const line of lines) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });
});
