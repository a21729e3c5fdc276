import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRedactor } from "../src/auth.js";
import { IntelligenceClient, IntelligenceError, type ClientOptions } from "../src/index.js";
import { ACCOUNT_SID, API_KEY, API_SECRET, AUTH_TOKEN, captureLogger, configurationId } from "./helpers/fixtures.js";
import { type RecordedRequest, type Reply, useTestServer } from "./helpers/server.js";

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const urlSafe = (text: string) => text.replace(/\+/g, "-").replace(/\//g, "_");
const unpadded = (text: string) => text.replace(/=+$/, "");

/** Every percent-encoding a server or proxy plausibly applies to a value it echoes. */
const percentForms: Record<string, (text: string) => string> = {
  as: (text) => text,
  encodeURIComponent: (text) => encodeURIComponent(text),
  "encodeURIComponent, lower-case hex": (text) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
  "every byte, upper-case hex": (text) =>
    [...Buffer.from(text)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  "every byte, lower-case hex": (text) => [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join(""),
  "JSON-escaped slashes": (text) => text.replace(/\//g, "\\/"),
};

/** The credential itself in each form a server could send back: raw, and the basic token in base64 variants. */
function baseForms(username: string, password: string): Record<string, string> {
  const token = base64(`${username}:${password}`);
  return {
    password,
    username,
    "base64, padded": token,
    "base64, unpadded": unpadded(token),
    "base64 URL-safe, padded": urlSafe(token),
    "base64 URL-safe, unpadded": unpadded(urlSafe(token)),
  };
}

function everyEncoding(username: string, password: string): Array<{ name: string; text: string }> {
  return Object.entries(baseForms(username, password)).flatMap(([base, text]) =>
    Object.entries(percentForms).map(([percent, encode]) => ({ name: `${base}, ${percent}`, text: encode(text) })),
  );
}

describe("the redactor", () => {
  const credential = fc.record({
    username: fc.oneof(fc.stringMatching(/^SK[0-9a-f]{32}$/), fc.stringMatching(/^AC[0-9a-f]{32}$/)),
    // Secrets of any printable ASCII, so that their base64 has '+', '/' and every padding.
    password: fc.string({
      unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-.~!"),
      minLength: 16,
      maxLength: 48,
    }),
  });
  const surrounding = fc.string({ unit: fc.constantFrom(..." ,;:\"'<>()[]{}?&#\n\t"), maxLength: 12 });

  it("removes every encoding of both credentials from any text around them", () => {
    fc.assert(
      fc.property(credential, fc.nat(), surrounding, surrounding, ({ username, password }, pick, before, after) => {
        const encodings = everyEncoding(username, password);
        const { text } = encodings[pick % encodings.length]!;
        const redacted = createRedactor({ username, password })(`${before}${text}${after}`);
        expect(redacted).toBe(`${before}[REDACTED]${after}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves text alone when every credential is too short to search for", () => {
    expect(createRedactor({ username: "a", password: "b" })("a:b YTpi text")).toBe("a:b YTpi text");
  });

  it("leaves text without the credentials as it is", () => {
    fc.assert(
      fc.property(credential, fc.string(), ({ username, password }, text) => {
        fc.pre(!text.includes(username.slice(0, 6)) && !text.includes(password.slice(0, 6)));
        expect(createRedactor({ username, password })(text)).toBe(text);
      }),
    );
  });
});

const server = useTestServer();

const kinds = [
  { kind: "API key", credentials: { apiKey: API_KEY, apiSecret: API_SECRET }, username: API_KEY, password: API_SECRET },
  { kind: "Account SID", credentials: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN }, username: ACCOUNT_SID, password: AUTH_TOKEN },
];
const transports: Array<{ transport: string; options: ClientOptions }> = [
  { transport: "the Node.js transport", options: {} },
  { transport: "the global fetch", options: { fetch: (input, init) => globalThis.fetch(input, init) } },
];

/** Every view of an error a user might print or ship to a log service. */
function views(error: unknown): string {
  return [String(error), (error as Error).stack ?? "", JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: true })].join(
    "\n",
  );
}

describe.each(kinds.flatMap((kind) => transports.map((transport) => ({ ...kind, ...transport }))))(
  "a server echoing the credentials ($kind, over $transport)",
  ({ credentials, username, password, options }) => {
    const encodings = everyEncoding(username, password);
    /** Where the echo goes: a JSON error body, a header, a redirect's Location, a plain text body. */
    const replies: Record<string, (echoed: string) => Reply> = {
      "a JSON error": (echoed) => ({
        status: 400,
        json: { code: 20001, message: `bad: ${echoed}`, httpStatusCode: 400, params: { seen: echoed } },
      }),
      "a header": (echoed) => ({
        status: 500,
        headers: { "x-echo": echoed },
        json: { code: 20500, message: "failed", httpStatusCode: 500 },
      }),
      "a redirect": (echoed) => ({ status: 302, headers: { location: `https://elsewhere.example/login?auth=${echoed}` } }),
      "a text body": (echoed) => ({ status: 502, text: `<html>proxy saw ${echoed}</html>` }),
    };

    it.each(Object.keys(replies))("keeps every encoding out of the error and the logs, echoed in %s", async (where) => {
      for (const { name, text } of encodings) {
        server.reply((_request: RecordedRequest) => replies[where]!(text));
        const { lines, logger } = captureLogger();
        const client = new IntelligenceClient({
          ...credentials,
          ...options,
          baseUrl: server.url,
          env: {},
          maxRetries: 0,
          logger,
          logLevel: "debug",
        });
        const error = await client.configurations.fetch(configurationId).catch((caught: unknown) => caught);
        expect(error, name).toBeInstanceOf(IntelligenceError);
        const shown = `${views(error)}\n${lines.join("\n")}`;
        expect(shown, name).not.toContain(text);
        expect(shown, name).toContain("[REDACTED]");
      }
    });
  },
);
