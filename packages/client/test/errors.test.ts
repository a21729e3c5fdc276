import { describe, expect, it } from "vitest";
import * as client from "../src/index.js";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  IntelligenceError,
  InternalServerError,
  NotFoundError,
  PreconditionFailedError,
  PermissionDeniedError,
  UnprocessableEntityError,
  RateLimitError,
  RedirectError,
} from "../src/index.js";
import { configurationId, errors, testClient } from "./helpers/fixtures.js";
import { refusedUrl, type Reply, useTestServer } from "./helpers/server.js";

const server = useTestServer();

async function failureOf(reply: Reply, options: Parameters<typeof testClient>[1] = {}): Promise<unknown> {
  server.reply(reply);
  return testClient(server.url, { maxRetries: 0, ...options })
    .configurations.fetch(configurationId)
    .then(
      () => undefined,
      (error: unknown) => error,
    );
}

describe("HTTP errors", () => {
  const cases: Array<[number, new (...args: never[]) => ApiError, string]> = [
    [400, BadRequestError, "Fix the request"],
    [401, AuthenticationError, "Check the credentials"],
    [403, PermissionDeniedError, "may not access"],
    [404, NotFoundError, "Check the id"],
    [409, ConflictError, "conflicts with the resource"],
    [422, UnprocessableEntityError, "cannot be carried out"],
    [429, RateLimitError, "Slow down"],
    [500, InternalServerError, "try again later"],
    [503, InternalServerError, "try again later"],
  ];
  for (const [status, type, hint] of cases) {
    it(`turns HTTP ${status} into ${type.name} with the body's fields and advice`, async () => {
      const error = await failureOf({
        status,
        json: {
          code: 20000 + status,
          message: `problem ${status}`,
          httpStatusCode: status,
          userError: status < 500,
          params: { twilioErrorCodeUrl: `https://www.twilio.com/docs/errors/${20000 + status}` },
        },
        headers: { "twilio-request-id": `RQ${status}` },
      });
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(IntelligenceError);
      expect(error).toBeInstanceOf(Error);
      const apiError = error as ApiError;
      expect(apiError.name).toBe(type.name);
      expect(apiError.status).toBe(status);
      expect(apiError.code).toBe(20000 + status);
      expect(apiError.userError).toBe(status < 500);
      expect(apiError.httpStatusCode).toBe(status);
      expect(apiError.params).toEqual({ twilioErrorCodeUrl: `https://www.twilio.com/docs/errors/${20000 + status}` });
      expect(apiError.twilioErrorCodeUrl).toBe(`https://www.twilio.com/docs/errors/${20000 + status}`);
      expect(apiError.requestId).toBe(`RQ${status}`);
      expect(apiError.headers["twilio-request-id"]).toBe(`RQ${status}`);
      expect(apiError.body).toMatchObject({ code: 20000 + status, message: `problem ${status}` });
      expect(apiError.operationId).toBe("FetchConfiguration");
      expect(apiError.message).toContain(
        `FetchConfiguration failed with HTTP ${status} (Twilio error ${20000 + status}): problem ${status}.`,
      );
      expect(apiError.message).toContain(hint);
      expect(apiError.message).toContain(`See https://www.twilio.com/docs/errors/${20000 + status}`);
    });
  }

  it("uses the spec's example error bodies", async () => {
    const notFound = (await failureOf({ status: 404, json: errors.notFound })) as NotFoundError;
    expect(notFound.code).toBe(errors.notFound.code);
    expect(notFound.message).toContain(errors.notFound.message);
    const badRequest = (await failureOf({ status: 400, json: errors.badRequest })) as BadRequestError;
    expect(badRequest.twilioErrorCodeUrl).toBe(errors.badRequest.params!.twilioErrorCodeUrl);
  });

  it("keeps other statuses as a plain ApiError", async () => {
    for (const status of [418, 451]) {
      const error = await failureOf({ status, json: { code: 1, message: "other", httpStatusCode: status } });
      expect(error).toBeInstanceOf(ApiError);
      expect(Object.getPrototypeOf(error)).toBe(ApiError.prototype);
      expect((error as ApiError).status).toBe(status);
    }
  });

  it("makes a 412 a PreconditionFailedError", async () => {
    const error = await failureOf({ status: 412, json: { code: 20412, message: "stale", httpStatusCode: 412 } });
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
  });

  it("parses the X-RateLimit-* headers of a 429", async () => {
    const error = (await failureOf({
      status: 429,
      json: errors.rateLimit,
      headers: { "X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "3600" },
    })) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.limit).toBe(100);
    expect(error.remaining).toBe(0);
    expect(error.reset).toBe(3600);
    expect(error.rateLimit).toEqual({ limit: 100, remaining: 0, reset: 3600 });
    expect(error.retryAfterMs).toBe(3_600_000);
  });

  it("keeps a non-JSON error body as raw text and still picks the class", async () => {
    const html = "<html><body>502 Bad Gateway</body></html>";
    const error = (await failureOf({ status: 502, text: html, headers: { "content-type": "text/html" } })) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe(html);
    expect(error.code).toBeUndefined();
    expect(error.message).toContain("502 Bad Gateway");
  });

  it("keeps a malformed JSON error body as raw text", async () => {
    const error = (await failureOf({
      status: 400,
      text: '{"code": 20001, "message": "cut',
      headers: { "content-type": "application/json" },
    })) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body).toBe('{"code": 20001, "message": "cut');
  });

  it("handles an empty error body and a JSON body of the wrong shape", async () => {
    const empty = (await failureOf({ status: 401 })) as AuthenticationError;
    expect(empty).toBeInstanceOf(AuthenticationError);
    expect(empty.body).toBeUndefined();
    expect(empty.message).toContain("no error details in the response");
    const array = (await failureOf({ status: 403, json: ["denied"] })) as PermissionDeniedError;
    expect(array).toBeInstanceOf(PermissionDeniedError);
    expect(array.body).toEqual(["denied"]);
    expect(array.code).toBeUndefined();
  });

  it("accepts httpsStatusCode as well as httpStatusCode", async () => {
    const error = (await failureOf({ status: 404, json: { code: 20404, message: "gone", httpsStatusCode: 404 } })) as NotFoundError;
    expect(error.httpStatusCode).toBe(404);
  });
});

describe("redirects", () => {
  it("never follows a 3xx: it is a RedirectError and nothing is re-sent", async () => {
    for (const status of [301, 302, 307, 308]) {
      await server.reset();
      server.reply({ status, headers: { location: `${server.url}/elsewhere` } });
      const error = await testClient(server.url)
        .configurations.fetch(configurationId)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as RedirectError).status).toBe(status);
      expect((error as RedirectError).location).toBe(`${server.url}/elsewhere`);
      expect((error as RedirectError).message).toContain("Redirects are not followed");
      expect(server.requests).toHaveLength(1);
    }
  });

  it("treats a browser's opaque redirect (status 0) as a RedirectError", async () => {
    const opaque = Response.error();
    Object.defineProperty(opaque, "type", { value: "opaqueredirect" });
    const fetch = async () => opaque;
    const error = await testClient("https://intelligence.twilio.com", { fetch })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).status).toBe(0);
  });
});

describe("connection errors", () => {
  it("turns a refused connection into a ConnectionError that says the request was not sent", async () => {
    const error = await testClient(await refusedUrl(), { maxRetries: 0 })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).code).toBe("ECONNREFUSED");
    expect((error as ConnectionError).requestMayHaveReachedServer).toBe(false);
    expect((error as ConnectionError).cause).toBeInstanceOf(Error);
    expect((error as ConnectionError).message).toContain("could not reach the Intelligence API (ECONNREFUSED)");
    expect((error as ConnectionError).message).toContain("Nothing was sent");
  });

  it("turns a dropped connection into a ConnectionError that may have reached the server", async () => {
    const error = await failureOf({ destroy: true });
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestMayHaveReachedServer).toBe(true);
    expect((error as ConnectionError).message).toContain("FetchConfiguration lost its connection to the Intelligence API");
  });

  it("turns a body cut short into a ConnectionError", async () => {
    const error = await failureOf({ truncate: true, status: 200 });
    expect(error).toBeInstanceOf(ConnectionError);
  });
});

describe("brand checks", () => {
  it("recognises errors of another copy of the package by instanceof", async () => {
    const path = "../src/api-errors.js?another-copy";
    const copy = (await import(/* @vite-ignore */ path)) as typeof import("../src/api-errors.js");
    expect(copy.NotFoundError).not.toBe(NotFoundError);
    const foreign = new copy.NotFoundError({ status: 404, body: errors.notFound });
    expect(foreign instanceof NotFoundError).toBe(true);
    expect(foreign instanceof ApiError).toBe(true);
    expect(foreign instanceof IntelligenceError).toBe(true);
    expect(foreign instanceof RateLimitError).toBe(false);
    const local = new RateLimitError({ status: 429 });
    expect(local instanceof copy.RateLimitError).toBe(true);
    expect(local instanceof copy.NotFoundError).toBe(false);
  });

  it("rejects look-alikes and plain errors", () => {
    expect(new Error("x") instanceof IntelligenceError).toBe(false);
    expect(({ status: 404, name: "ApiError" } as unknown) instanceof ApiError).toBe(false);
    expect((null as unknown) instanceof RedirectError).toBe(false);
    expect(new Error("x") instanceof ApiError).toBe(false);
    expect((null as unknown) instanceof IntelligenceError).toBe(false);
  });

  it("keeps ordinary instanceof semantics for a caller's own subclass", () => {
    class MyNotFound extends NotFoundError {}
    expect(new MyNotFound({ status: 404 }) instanceof MyNotFound).toBe(true);
    expect(new NotFoundError({ status: 404 }) instanceof MyNotFound).toBe(false);
    expect(new MyNotFound({ status: 404 }) instanceof NotFoundError).toBe(true);
  });

  it("exports every error class from the root, with one way to test for each: instanceof", () => {
    const exported = Object.entries(client).filter(([name]) => name.endsWith("Error"));
    expect(exported.length).toBe(24);
    for (const [name, value] of exported) {
      expect(typeof value, name).toBe("function");
      expect((value as { brand?: unknown }).brand, name).toBe(name);
    }
    expect(Object.keys(client).filter((name) => /^is[A-Z]/.test(name))).toEqual([]);
  });

  it("serializes to JSON with its name, message and fields", () => {
    const error = new NotFoundError({ status: 404, body: errors.notFound, operationId: "FetchConfiguration" });
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toMatchObject({ name: "NotFoundError", status: 404, code: 20404, operationId: "FetchConfiguration" });
    expect(json.message).toContain("Check the id");
  });
});
