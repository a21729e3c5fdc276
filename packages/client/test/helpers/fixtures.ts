import type { IntelligenceConfiguration } from "@convintel/fetch";
import { examples } from "@convintel/fetch/spec";
import { IntelligenceClient, type ClientOptions } from "../../src/index.js";

// Distinctive credentials, so a test can search any output for them.
export const ACCOUNT_SID = "ACfeedfacefeedfacefeedfacefeedface";
export const AUTH_TOKEN = "authtoken5f4dcc3b5aa765d61d8327deb882";
export const API_KEY = "SKbadc0ffeebadc0ffeebadc0ffeebadc0f";
export const API_SECRET = "apisecret9c1185a5c5e9fc54612808977ee8";
export const basicHeader = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
export const SECRETS = [
  AUTH_TOKEN,
  API_SECRET,
  API_KEY,
  ACCOUNT_SID,
  basicHeader(API_KEY, API_SECRET).slice(6),
  basicHeader(ACCOUNT_SID, AUTH_TOKEN).slice(6),
];

export const configurationId = examples.UpdatedConfiguration.id;
export const configuration = examples.UpdatedConfiguration;
export const created = examples.CreatedConfiguration;
export const createBody = examples.CreateConfigurationRequest;
export const updateBody = examples.UpdateConfigurationRequest;
/** Fresh copies of the spec's examples, for tests that change them. */
export const fixtures = {
  createRequest: () => structuredClone(examples.CreateConfigurationRequest),
  updateRequest: () => structuredClone(examples.UpdateConfigurationRequest),
  /** The configuration the update example is written against (its id and rule id). */
  updatedConfiguration: () => structuredClone(examples.UpdatedConfiguration),
};
export const errors = {
  badRequest: examples.BadRequestError,
  notFound: examples.NotFoundError,
  rateLimit: examples.RateLimitError,
  internal: examples.InternalServerError,
};

/** A client for the test server: tiny retry delays, no environment. */
export function testClient(baseUrl: string, options: ClientOptions = {}): IntelligenceClient {
  return new IntelligenceClient({
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    baseUrl,
    env: {},
    initialRetryDelayMs: 1,
    maxRetryDelayMs: 20,
    ...options,
  });
}

/** A configuration like the spec's example, with another id and version. */
export function configurationWith(index: number, version = 1): IntelligenceConfiguration {
  const suffix = index.toString(36).padStart(25, "0");
  return { ...configuration, id: `intelligence_configuration_0${suffix}`, displayName: `config-${index}`, version };
}

/** Collects everything a logger is given, as text. */
export function captureLogger() {
  const lines: string[] = [];
  const write =
    (level: string) =>
    (message: string, ...details: unknown[]) => {
      lines.push(`${level} ${message} ${details.map((detail) => JSON.stringify(detail)).join(" ")}`);
    };
  return { lines, logger: { error: write("error"), warn: write("warn"), info: write("info"), debug: write("debug") } };
}
