import { basicAuthHeader, type BasicCredentials } from "@convintel/fetch";
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

function pair(kind: ResolvedCredentials["kind"], username: string | undefined, password: string | undefined, names: [string, string]): ResolvedCredentials {
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

export function createRedactor(credentials: BasicCredentials): Redactor {
  const header = basicAuthHeader(credentials);
  const secrets = [header.slice("Basic ".length), credentials.password, credentials.username]
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text;
    for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join(REDACTED);
    return result;
  };
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
