import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ApiError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  type RetryEvent,
} from "../src/index.js";
import { backoffDelay, parseRateLimitReset, parseRetryAfter } from "../src/retry.js";
import { configuration, configurationId, created, createBody, errors, testClient, updateBody } from "./helpers/fixtures.js";
import { refusedUrl, type Reply, useTestServer } from "./helpers/server.js";

const server = useTestServer();

const unavailable: Reply = { status: 503, json: { code: 20503, message: "unavailable", httpStatusCode: 503 } };

function recordRetries() {
  const events: RetryEvent[] = [];
  return { events, onRetry: (event: RetryEvent) => void events.push(event) };
}

describe("retries", () => {
  it("retries a 5xx on a GET and returns the later success; onRetry sees each decision", async () => {
    const { events, onRetry } = recordRetries();
    server.reply(unavailable, { status: 500, json: errors.internal }, { status: 200, json: configuration });
    const result = await testClient(server.url, { onRetry }).configurations.fetch(configurationId);
    expect(result).toEqual(configuration);
    expect(server.requests).toHaveLength(3);
    expect(
      events.map(({ attempt, status, operationId, method, maxRetries, delaySource }) => ({
        attempt,
        status,
        operationId,
        method,
        maxRetries,
        delaySource,
      })),
    ).toEqual([
      { attempt: 1, status: 503, operationId: "FetchConfiguration", method: "GET", maxRetries: 2, delaySource: "backoff" },
      { attempt: 2, status: 500, operationId: "FetchConfiguration", method: "GET", maxRetries: 2, delaySource: "backoff" },
    ]);
    expect(events[0]!.error).toBeInstanceOf(InternalServerError);
    for (const event of events) expect(event.delayMs).toBeLessThanOrEqual(20);
  });

  it("makes maxRetries + 1 attempts by default (2 retries), then throws the last error", async () => {
    server.otherwise(unavailable);
    await expect(testClient(server.url).configurations.fetch(configurationId)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
  });

  it("makes exactly one attempt with maxRetries: 0, on the client or per call", async () => {
    server.otherwise(unavailable);
    await expect(testClient(server.url, { maxRetries: 0 }).configurations.fetch(configurationId)).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(server.requests).toHaveLength(1);
    await expect(testClient(server.url).configurations.fetch(configurationId, { maxRetries: 0 })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(server.requests).toHaveLength(2);
    await expect(testClient(server.url, { maxRetries: 0 }).configurations.fetch(configurationId, { maxRetries: 4 })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(server.requests).toHaveLength(7);
  });

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries HTTP ${status} on GET, PUT and DELETE`, async () => {
      const failure: Reply = { status, json: { code: 1, message: "again", httpStatusCode: status } };
      server.reply(failure, { status: 200, json: configuration }, failure, { status: 200, json: configuration }, failure, { status: 204 });
      const client = testClient(server.url);
      await client.configurations.fetch(configurationId);
      await client.configurations.update(configurationId, updateBody);
      await client.configurations.delete(configurationId);
      expect(server.requests.map((request) => request.method)).toEqual(["GET", "GET", "PUT", "PUT", "DELETE", "DELETE"]);
    });
  }

  const never: Array<[number, new (...args: never[]) => ApiError]> = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ApiError],
    [412, ApiError],
  ];
  for (const [status, type] of never) {
    it(`never retries HTTP ${status}`, async () => {
      const { events, onRetry } = recordRetries();
      server.otherwise({ status, json: { code: 1, message: "no", httpStatusCode: status } });
      const client = testClient(server.url, { onRetry, maxRetries: 3 });
      await expect(client.configurations.fetch(configurationId)).rejects.toBeInstanceOf(type);
      await expect(client.configurations.update(configurationId, updateBody)).rejects.toBeInstanceOf(type);
      expect(server.requests).toHaveLength(2);
      expect(events).toEqual([]);
    });
  }

  it("retries a dropped connection on a GET", async () => {
    server.reply({ destroy: true }, { status: 200, json: configuration });
    await expect(testClient(server.url).configurations.fetch(configurationId)).resolves.toEqual(configuration);
    expect(server.requests).toHaveLength(2);
  });

  it("takes a 404 on a retried DELETE as done when the attempt before may have worked", async () => {
    let deleted = false;
    server.otherwise(() => {
      if (deleted) return { status: 404, json: errors.notFound };
      // Applied, then the answer is lost with the connection.
      deleted = true;
      return { destroy: true };
    });
    const result = await testClient(server.url).configurations.delete(configurationId).withResponse();
    expect(result.data).toBeUndefined();
    expect(result.status).toBe(404);
    expect(server.requests.map((request) => request.method)).toEqual(["DELETE", "DELETE"]);
  });

  it("still reports a 404 on a DELETE's first attempt, and on a retry after a refused 429", async () => {
    server.reply({ status: 404, json: errors.notFound });
    await expect(testClient(server.url).configurations.delete(configurationId)).rejects.toBeInstanceOf(NotFoundError);
    server.reply({ status: 429, json: errors.rateLimit, headers: { "retry-after": "0" } }, { status: 404, json: errors.notFound });
    await expect(testClient(server.url).configurations.delete(configurationId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("treats a status above 599 as a broken answer: ApiError, not retried", async () => {
    const { events, onRetry } = recordRetries();
    server.otherwise({ status: 600, json: { code: 1, message: "odd", httpStatusCode: 600 } });
    const error = (await testClient(server.url, { onRetry })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(600);
    expect(error.message).toContain("not an HTTP status");
    expect(events).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a refused connection and reports ConnectionError after the last attempt", async () => {
    const { events, onRetry } = recordRetries();
    const error = await testClient(await refusedUrl(), { onRetry })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).attempts).toBe(3);
    expect(events.map((event) => event.error)).toEqual([expect.any(ConnectionError), expect.any(ConnectionError)]);
  });
});

describe("create (POST) is not retried once the server may have seen it", () => {
  it("does not retry a 5xx", async () => {
    server.otherwise(unavailable);
    await expect(testClient(server.url).configurations.create(createBody)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a 429: the server refused the request without running it", async () => {
    server.reply({ status: 429, json: errors.rateLimit, headers: { "retry-after": "0" } }, { status: 201, json: created });
    await expect(testClient(server.url).configurations.create(createBody)).resolves.toEqual(created);
    expect(server.requests.map((request) => request.method)).toEqual(["POST", "POST"]);
  });

  it("gives up on a 429 after maxRetries like any call", async () => {
    server.otherwise({ status: 429, json: errors.rateLimit, headers: { "retry-after": "0" } });
    await expect(testClient(server.url).configurations.create(createBody)).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry a connection dropped after sending", async () => {
    server.otherwise({ destroy: true });
    const error = await testClient(server.url)
      .configurations.create(createBody)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestMayHaveReachedServer).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry an attempt timeout", async () => {
    const { events, onRetry } = recordRetries();
    server.otherwise({ hang: true });
    const error = await testClient(server.url, { timeout: 100, onRetry })
      .configurations.create(createBody)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(events).toEqual([]);
    expect(server.requests.length).toBeLessThanOrEqual(1);
  });

  it("does retry a refused connection: nothing was sent", async () => {
    const { events, onRetry } = recordRetries();
    const error = await testClient(await refusedUrl(), { onRetry })
      .configurations.create(createBody)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(events).toHaveLength(2);
    expect(events[0]!.method).toBe("POST");
  });

  it("succeeds on the first attempt as usual", async () => {
    server.reply({ status: 201, json: created });
    await expect(testClient(server.url).configurations.create(createBody)).resolves.toEqual(created);
  });
});

describe("delays", () => {
  it("honours Retry-After in seconds", async () => {
    const { events, onRetry } = recordRetries();
    server.reply({ status: 503, json: errors.internal, headers: { "retry-after": "1" } }, { status: 200, json: configuration });
    const startedAt = Date.now();
    await testClient(server.url, { onRetry, maxRetryDelayMs: 2000 }).configurations.fetch(configurationId);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(950);
    expect(events[0]).toMatchObject({ delayMs: 1000, delaySource: "retry-after", status: 503 });
  });

  it("honours a fractional Retry-After", async () => {
    const { events, onRetry } = recordRetries();
    server.reply({ status: 429, json: errors.rateLimit, headers: { "retry-after": "0.05" } }, { status: 200, json: configuration });
    await testClient(server.url, { onRetry, maxRetryDelayMs: 100 }).configurations.fetch(configurationId);
    expect(events[0]).toMatchObject({ delayMs: 50, delaySource: "retry-after" });
  });

  it("fails at once when Retry-After (an HTTP date) asks for longer than maxRetryDelayMs", async () => {
    const { events, onRetry } = recordRetries();
    const date = new Date(Date.now() + 5000).toUTCString();
    server.otherwise({ status: 429, json: errors.rateLimit, headers: { "retry-after": date } });
    const error = (await testClient(server.url, { onRetry, maxRetryDelayMs: 1000 })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBeGreaterThan(3000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(5000);
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([]);
  });

  it("uses X-RateLimit-Reset on a 429 without Retry-After", async () => {
    const { events, onRetry } = recordRetries();
    server.reply(
      { status: 429, json: errors.rateLimit, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0" } },
      { status: 200, json: configuration },
    );
    await testClient(server.url, { onRetry }).configurations.fetch(configurationId);
    expect(events[0]).toMatchObject({ delayMs: 0, delaySource: "rate-limit-reset" });
  });

  it("reads X-RateLimit-Reset as a Unix time, and gives up when it is beyond the cap", async () => {
    server.otherwise({
      status: 429,
      json: errors.rateLimit,
      headers: { "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600) },
    });
    const error = (await testClient(server.url)
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as RateLimitError;
    expect(error.retryAfterMs).toBeGreaterThan(3_590_000);
    expect(server.requests).toHaveLength(1);
  });

  it("reads X-RateLimit-Reset as an HTTP date too", async () => {
    server.otherwise({
      status: 429,
      json: errors.rateLimit,
      headers: { "x-ratelimit-reset": new Date(Date.now() + 60_000).toUTCString() },
    });
    const error = (await testClient(server.url)
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught)) as RateLimitError;
    expect(error.retryAfterMs).toBeGreaterThan(50_000);
    expect(error.reset).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it("stops retrying when the next wait would pass the deadline, with the last error", async () => {
    server.otherwise({ status: 503, json: errors.internal, headers: { "retry-after": "1" } });
    const startedAt = Date.now();
    const error = await testClient(server.url, { maxRetryDelayMs: 5000, deadline: 300 })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    // It did not wait the second the server asked for.
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it("retries within the deadline when the backoff would pass it: the wait is cut to fit", async () => {
    // A 2 s backoff cap against an 800 ms deadline: the wait must shrink, not the retry vanish.
    for (let run = 0; run < 10; run++) {
      const { events, onRetry } = recordRetries();
      server.reply(unavailable, { status: 200, json: configuration });
      const client = testClient(server.url, { onRetry, initialRetryDelayMs: 2000, maxRetryDelayMs: 2000, deadline: 800 });
      await expect(client.configurations.fetch(configurationId)).resolves.toEqual(configuration);
      expect(events[0]!.delayMs).toBeLessThanOrEqual(400);
    }
  });

  it("ignores a Retry-After that is neither seconds nor an HTTP date (-5), and backs off instead", async () => {
    const { events, onRetry } = recordRetries();
    server.reply({ status: 503, json: errors.internal, headers: { "retry-after": "-5" } }, { status: 200, json: configuration });
    await testClient(server.url, { onRetry }).configurations.fetch(configurationId);
    expect(events[0]).toMatchObject({ delaySource: "backoff", status: 503 });
    expect((events[0]!.error as ApiError).retryAfterMs).toBeUndefined();
  });

  it("lets onRetry stop the retries by throwing", async () => {
    server.otherwise(unavailable);
    const stop = new Error("stop");
    const error = await testClient(server.url, {
      onRetry: () => {
        throw stop;
      },
    })
      .configurations.fetch(configurationId)
      .catch((caught: unknown) => caught);
    expect(error).toBe(stop);
    expect(server.requests).toHaveLength(1);
  });
});

describe("backoff arithmetic", () => {
  const settings = { maxRetries: 5, initialRetryDelayMs: 100, maxRetryDelayMs: 1000 };

  it("is exponential with full jitter and capped", () => {
    expect(backoffDelay(1, settings, () => 0.999)).toBe(99);
    expect(backoffDelay(2, settings, () => 0.999)).toBe(199);
    expect(backoffDelay(3, settings, () => 0.5)).toBe(200);
    expect(backoffDelay(10, settings, () => 0.999)).toBe(999);
    expect(backoffDelay(3, settings, () => 0)).toBe(0);
  });

  it("parses Retry-After and X-RateLimit-Reset", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:02 GMT", now)).toBe(2000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter("2026", now)).toBe(2_026_000);
    expect(parseRetryAfter("Thursday, 01-Jan-26 00:00:04 GMT", now)).toBe(4000);
    expect(parseRetryAfter("Thu Jan  1 00:00:05 2026", now)).toBe(5000);
    expect(parseRetryAfter("1 Jan 2026", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRateLimitReset("30", now)).toBe(30_000);
    expect(parseRateLimitReset(String(now / 1000 + 10), now)).toBe(10_000);
    expect(parseRateLimitReset("x", now)).toBeUndefined();
  });
});
