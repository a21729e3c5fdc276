import { describe, expect, it } from "vitest";
import { configuration, configurationId, captureLogger, SECRETS, testClient, ACCOUNT_SID, AUTH_TOKEN } from "./helpers/fixtures.js";
import { useTestServer } from "./helpers/server.js";

const server = useTestServer({ status: 200, json: configuration, headers: { "twilio-request-id": "RQlog" } });

const unavailable = { status: 503, json: { code: 1, message: "busy", httpStatusCode: 503 } };
const notFound = { status: 404, json: { code: 20404, message: "gone", httpStatusCode: 404 } };

const failed = { status: 500, json: { code: 2, message: "broken", httpStatusCode: 500 } };

/** A call retried once then answered, a 404, and a 500 with no retry left: what each level logs of them. */
async function run(logLevel: "off" | "error" | "warn" | "info" | "debug") {
  const { lines, logger } = captureLogger();
  const client = testClient(server.url, { logger, logLevel });
  server.reply(unavailable);
  await client.configurations.fetch(configurationId);
  server.reply(notFound);
  await client.configurations.fetch(configurationId).catch(() => undefined);
  server.reply(failed);
  await client.configurations.fetch(configurationId, { maxRetries: 0 }).catch(() => undefined);
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
    expect(lines[0]).toMatch(/^error \[convintel\] FetchConfiguration failed with HTTP 500/);
  });

  it("adds retries at warn", async () => {
    const lines = await run("warn");
    expect(lines.map((line) => line.split(" ")[0])).toEqual(["warn", "error"]);
    expect(lines[0]).toContain("FetchConfiguration attempt 1 failed (InternalServerError); retrying in");
  });

  it("adds each completed call at info, and an answer the caller decides about (a 404)", async () => {
    const lines = await run("info");
    expect(lines.map((line) => line.split(" ")[0])).toEqual(["warn", "info", "info", "error"]);
    expect(lines[1]).toMatch(/FetchConfiguration succeeded with HTTP 200 in \d+ ms/);
    expect(lines[1]).toContain("RQlog");
    expect(lines[2]).toMatch(/^info \[convintel\] FetchConfiguration failed with HTTP 404/);
  });

  it("logs 404, 409, 412 and 422 at info, another 4xx and a request that breaks the spec at warn", async () => {
    const { lines, logger } = captureLogger();
    const client = testClient(server.url, { logger, logLevel: "info" });
    for (const status of [404, 409, 412, 422, 400, 403]) {
      server.reply({ status, json: { code: 1, message: `status ${status}`, httpStatusCode: status } });
      await client.configurations.fetch(configurationId).catch(() => undefined);
    }
    await client.configurations.fetch("not-an-id").catch(() => undefined);
    expect(lines.map((line) => line.split(" ")[0])).toEqual(["info", "info", "info", "info", "warn", "warn", "warn"]);
  });

  it("takes its level from CONVINTEL_LOG unless logLevel is given, and refuses a level it does not know", async () => {
    const { lines, logger } = captureLogger();
    const client = testClient(server.url, { logger, env: { CONVINTEL_LOG: "info" } });
    await client.configurations.fetch(configurationId);
    expect(lines).toHaveLength(1);
    expect(testClient(server.url, { env: { CONVINTEL_LOG: "info" }, logLevel: "off" }).toJSON().logLevel).toBe("off");
    expect(() => testClient(server.url, { env: { CONVINTEL_LOG: "verbose" } })).toThrow(/CONVINTEL_LOG must be one of off, error/);
  });

  it("adds every request and response at debug, with Authorization redacted", async () => {
    const lines = await run("debug");
    const requests = lines.filter((line) => line.startsWith("debug [convintel] request GET"));
    expect(requests).toHaveLength(4);
    expect(requests[0]).toContain('"authorization":"[REDACTED]"');
    expect(requests[0]).toContain('"user-agent":"convintel-client/');
    expect(lines.filter((line) => line.startsWith("debug [convintel] response"))).toHaveLength(4);
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
