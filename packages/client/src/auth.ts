import { base64Utf8, type BasicCredentials } from "@convintel/fetch";
import { ClientOptionsError } from "./errors.js";

/** The ways to authenticate; the options of `new IntelligenceClient()` that carry credentials. */
export interface CredentialOptions {
  /** API key SID (`SK...`), used with `apiSecret`. Recommended. Falls back to `TWILIO_API_KEY`. */
  apiKey?: string;
  /** The API key's secret. Falls back to `TWILIO_API_SECRET`. */
  apiSecret?: string;
  /** Account SID (`AC...`), used with `authToken`. Falls back to `TWILIO_ACCOUNT_SID`. */
  accountSid?: string;
  /** The account's Auth Token; keep it for local testing. Falls back to `TWILIO_AUTH_TOKEN`. */
  authToken?: string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ResolvedCredentials extends BasicCredentials {
  kind: "apiKey" | "accountSid";
}

const MISSING =
  "No Twilio credentials: pass { apiKey, apiSecret } (recommended) or { accountSid, authToken } to new IntelligenceClient(), " +
  "or set TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) in the environment.";

function present(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new ClientOptionsError("Credentials must be strings.");
  return value === "" ? undefined : value;
}

function pair(
  kind: ResolvedCredentials["kind"],
  username: string | undefined,
  password: string | undefined,
  names: [string, string],
): ResolvedCredentials {
  if (!username) throw new ClientOptionsError(`${names[1]} is set but ${names[0]} is missing: set both. ${MISSING}`);
  if (!password) throw new ClientOptionsError(`${names[0]} is set but ${names[1]} is missing: set both. ${MISSING}`);
  return { kind, username, password };
}

/**
 * Picks the credentials: options first, as a group (an explicit pair is never mixed with a secret
 * from the environment), then the TWILIO_* variables. An API key wins over an Auth Token.
 */
export function resolveCredentials(options: CredentialOptions, env: Environment | undefined): ResolvedCredentials {
  const apiKey = present(options.apiKey);
  const apiSecret = present(options.apiSecret);
  const authToken = present(options.authToken);
  const accountSid = present(options.accountSid);
  if (apiKey || apiSecret) return pair("apiKey", apiKey, apiSecret, ["apiKey", "apiSecret"]);
  if (authToken) return pair("accountSid", accountSid ?? present(env?.TWILIO_ACCOUNT_SID), authToken, ["accountSid", "authToken"]);

  const envKey = present(env?.TWILIO_API_KEY);
  const envSecret = present(env?.TWILIO_API_SECRET);
  if (envKey || envSecret) return pair("apiKey", envKey, envSecret, ["TWILIO_API_KEY", "TWILIO_API_SECRET"]);
  const envToken = present(env?.TWILIO_AUTH_TOKEN);
  if (envToken) {
    const sid = accountSid ?? present(env?.TWILIO_ACCOUNT_SID);
    return pair("accountSid", sid, envToken, [accountSid ? "accountSid" : "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"]);
  }
  throw new ClientOptionsError(MISSING);
}

export const REDACTED = "[REDACTED]";
// Shorter values are not searched for: replacing them would garble ordinary text.
const MIN_SECRET_LENGTH = 6;

/** Removes every form of the credentials from text: the secret, the username and the encoded header. */
export type Redactor = (text: string) => string;

function escapeForPattern(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

/**
 * A pattern that matches `text` written as it is or with any of its characters percent-encoded
 * (either hex case), and `/` also as JSON's `\/`: the forms in which a server, a proxy or a
 * redirect's Location plausibly echoes a header value.
 */
function echoPattern(text: string): string {
  let pattern = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0x7f) {
      // Outside ASCII a character is percent-encoded as its UTF-8 bytes.
      const bytes = [...new TextEncoder().encode(char)].map((byte) => `%${hexPattern(byte)}`).join("");
      pattern += `(?:${escapeForPattern(char)}|${bytes})`;
      continue;
    }
    const alternatives = [escapeForPattern(char), `%${hexPattern(code)}`];
    if (char === "/") alternatives.push("\\\\/");
    pattern += `(?:${alternatives.join("|")})`;
  }
  return pattern;
}

function hexPattern(byte: number): string {
  return [...byte.toString(16).toUpperCase().padStart(2, "0")]
    .map((digit) => (/[A-F]/.test(digit) ? `[${digit}${digit.toLowerCase()}]` : digit))
    .join("");
}

/**
 * Removes the credentials in every encoding a server or proxy plausibly echoes them in: the secret
 * and the username as they are; the basic-auth token in base64, padded or not, standard or URL-safe;
 * each of those percent-encoded in either hex case, or with `/` escaped as in JSON.
 */
export function createRedactor(credentials: BasicCredentials): Redactor {
  const token = base64Utf8(`${credentials.username}:${credentials.password}`).replace(/=+$/, "");
  const urlSafe = token.replace(/\+/g, "-").replace(/\//g, "_");
  const padding = `(?:=|%3[dD]){0,2}`;
  const forms = [
    { pattern: `${echoPattern(token)}${padding}`, length: token.length },
    { pattern: `${echoPattern(urlSafe)}${padding}`, length: urlSafe.length },
    { pattern: echoPattern(credentials.password), length: credentials.password.length },
    { pattern: echoPattern(credentials.username), length: credentials.username.length },
  ].filter((form) => form.length >= MIN_SECRET_LENGTH);
  // Longest first: at one position the whole token wins over a credential it happens to contain.
  forms.sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  const matcher = new RegExp(forms.map((form) => form.pattern).join("|"), "g");
  return (text) => text.replace(matcher, REDACTED);
}

/** Applies a redactor to every string inside a JSON-like value (error bodies, headers, log details). */
export function redactDeep<T>(value: T, redact: Redactor, depth = 0): T {
  if (typeof value === "string") return redact(value) as T;
  if (depth > 20 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, depth + 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[redact(key)] = redactDeep(item, redact, depth + 1);
  return copy as T;
}

// Fields of a system or library error worth keeping in a redacted copy: what a caller matches on.
const KEPT_FIELDS = ["code", "errno", "syscall", "address", "port", "hostname", "requestMayHaveReachedServer"] as const;

/**
 * A copy of an error, and of the chain of its causes, with the credentials removed from its message
 * and stack and from the fields kept (`code`, `errno`, `syscall`, ...). Other fields are dropped: a
 * low-level error may carry the raw bytes a server sent (an HTTP parser's `data`), echoed
 * credentials included. The copy keeps the error's class where that is a plain `Error` subclass.
 */
export function sanitizeCause(error: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof error === "string") return redact(error);
  if (!(error instanceof Error)) return typeof error === "object" && error !== null ? undefined : error;
  const prototype = typeof DOMException === "function" && error instanceof DOMException ? Error.prototype : Object.getPrototypeOf(error);
  const copy = Object.create(prototype) as Error & Record<string, unknown>;
  const hidden = (name: string, value: unknown) =>
    Object.defineProperty(copy, name, { value, writable: true, configurable: true, enumerable: false });
  hidden("message", redact(error.message));
  hidden("name", error.name);
  hidden("stack", typeof error.stack === "string" ? redact(error.stack) : undefined);
  if (error.cause !== undefined && depth < 5) hidden("cause", sanitizeCause(error.cause, redact, depth + 1));
  for (const field of KEPT_FIELDS) {
    if (!Object.hasOwn(error, field)) continue;
    const value: unknown = Reflect.get(error, field);
    if (typeof value === "string") copy[field] = redact(value);
    else if (typeof value !== "object" && typeof value !== "function") copy[field] = value;
  }
  return copy;
}
