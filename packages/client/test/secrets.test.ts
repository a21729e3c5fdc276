import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ClientOptionsError,
  ConcurrentModificationError,
  ConnectionError,
  IntelligenceClient,
  type IntelligenceError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
} from "../src/index.js";
import {
  ACCOUNT_SID,
  API_KEY,
  API_SECRET,
  AUTH_TOKEN,
  SECRETS,
  captureLogger,
  configuration,
  configurationId,
  updateBody,
} from "./helpers/fixtures.js";
import { type RecordedRequest, refusedUrl, type Reply, useTestServer } from "./helpers/server.js";

const server = useTestServer();

/** Every view of a value a user might print or ship to a log service. */
function views(value: unknown): string[] {
  const error = value as Error;
  return [
    String(value),
    error.message ?? "",
    error.stack ?? "",
    JSON.stringify(value) ?? "",
    inspect(value, { depth: Infinity }),
    inspect(value, { depth: Infinity, showHidden: true }),
  ];
}

function expectNoSecrets(value: unknown): void {
  for (const view of views(value)) for (const secret of SECRETS) expect(view).not.toContain(secret);
}

const credentialSets = {
  "API key": { options: { apiKey: API_KEY, apiSecret: API_SECRET }, username: API_KEY, password: API_SECRET },
  "Account SID": { options: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN }, username: ACCOUNT_SID, password: AUTH_TOKEN },
};

for (const [kind, { options: credentials, username, password }] of Object.entries(credentialSets)) {
  describe(`credentials never leak (${kind})`, () => {
    /** A reply that repeats the credentials back everywhere a server could. */
    const echo =
      (status: number, extra: Record<string, string> = {}) =>
      (request: RecordedRequest): Reply => ({
        status,
        headers: { "x-echo": String(request.headers.authorization), "x-user": username, ...extra },
        json: {
          code: 20000 + status,
          message: `echo ${request.headers.authorization} ${username}:${password}`,
          httpStatusCode: status,
          params: { token: password, [password]: username },
        },
      });

    const client = (options: object = {}) =>
      new IntelligenceClient({ ...credentials, baseUrl: server.url, env: {}, maxRetries: 0, ...options });

    const cases: Array<[string, new (...args: never[]) => IntelligenceError, () => Promise<unknown>]> = [
      [
        "BadRequestError",
        BadRequestError,
        () => {
          server.reply(echo(400));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "AuthenticationError",
        AuthenticationError,
        () => {
          server.reply(echo(401));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "PermissionDeniedError",
        PermissionDeniedError,
        () => {
          server.reply(echo(403));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "NotFoundError",
        NotFoundError,
        () => {
          server.reply(echo(404));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "RateLimitError",
        RateLimitError,
        () => {
          server.reply(echo(429, { "x-ratelimit-limit": "1" }));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "InternalServerError",
        InternalServerError,
        () => {
          server.reply(echo(500));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "ApiError",
        ApiError,
        () => {
          server.reply(echo(418));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "RedirectError",
        RedirectError,
        () => {
          server.reply((request) => ({
            status: 302,
            headers: { location: `https://example.com/?auth=${request.headers.authorization}&t=${password}` },
          }));
          return client().configurations.fetch(configurationId);
        },
      ],
      [
        "RequestValidationError",
        RequestValidationError,
        () =>
          client().configurations.update(configurationId, {
            displayName: password.repeat(10),
            rules: [{ operators: [{ id: password }], actions: [{ type: "WEBHOOK", method: "POST", url: password }] }],
          } as never),
      ],
      [
        "ResponseValidationError",
        ResponseValidationError,
        () => {
          server.reply((request) => ({
            status: 200,
            json: { ...configuration, version: `${request.headers.authorization} ${username}:${password}` },
          }));
          return client({ validateResponses: "strict" }).configurations.fetch(configurationId);
        },
      ],
      [
        "ConnectionError",
        ConnectionError,
        async () =>
          new IntelligenceClient({ ...credentials, baseUrl: await refusedUrl(), env: {}, maxRetries: 0 }).configurations.fetch(
            configurationId,
          ),
      ],
      [
        "TimeoutError",
        TimeoutError,
        () => {
          server.reply({ hang: true });
          return client({ timeout: 30 }).configurations.fetch(configurationId);
        },
      ],
      [
        "ConcurrentModificationError",
        ConcurrentModificationError,
        () => {
          server.fake.seed([configuration]);
          let written = false;
          // Someone else writes just before our update arrives.
          server.otherwise((request) => {
            if (request.method === "PUT" && !written) {
              written = true;
              server.writeAsSomeoneElse(configurationId, "other");
            }
            return undefined;
          });
          return client().configurations.modify(configurationId, (current) => current);
        },
      ],
      [
        "ClientOptionsError",
        ClientOptionsError,
        async () => new IntelligenceClient({ ...credentials, env: {}, baseUrl: `https://${username}:${password}@example.com` }),
      ],
    ];

    for (const [name, type, provoke] of cases) {
      it(`keeps them out of a ${name}`, async () => {
        const error = await Promise.resolve()
          .then(provoke)
          .then(
            () => undefined,
            (caught: unknown) => caught,
          );
        expect(error).toBeInstanceOf(type);
        expect((error as Error).name).toBe(name);
        expectNoSecrets(error);
      });
    }

    it("keeps them out of JSON.stringify(client) and util.inspect(client)", () => {
      const instance = client();
      expectNoSecrets(instance);
      expectNoSecrets(instance.configurations);
      expect(Object.keys(instance).join()).not.toMatch(/secret|token|password/i);
    });

    it("keeps them out of every log line at debug level", async () => {
      const { lines, logger } = captureLogger();
      server.reply(echo(500), echo(404));
      const instance = client({ logger, logLevel: "debug", maxRetries: 1, initialRetryDelayMs: 1 });
      await instance.configurations.update(configurationId, updateBody).catch(() => undefined);
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) for (const secret of SECRETS) expect(line).not.toContain(secret);
    });
  });
}
