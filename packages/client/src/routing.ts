import { serverUrl } from "@convintel/fetch";
import type { Environment } from "./auth.js";
import { ClientOptionsError } from "./errors.js";
import { envValue } from "./runtime.js";

export interface RoutingOptions {
  /**
   * Origin (and optional path prefix) of the API, e.g. a proxy or a local fake server. Overrides
   * region and edge. Must be `https:`; plain `http:` is accepted for loopback hosts only. Falls back
   * to `CONVINTEL_BASE_URL` (when no region or edge is given).
   */
  baseUrl?: string;
  /** Twilio region, e.g. `ie1`. Falls back to `TWILIO_REGION`. */
  region?: string;
  /** Twilio edge location, e.g. `dublin`. Falls back to `TWILIO_EDGE`. With an edge and no region, the region is `us1`. */
  edge?: string;
  /**
   * Accept a plain `http:` baseUrl on any host, such as a fake in docker-compose (`http://fake:4010`):
   * the credentials then cross the network unencrypted. Default false: `http:` reaches loopback hosts only.
   */
  allowInsecureHttp?: boolean;
}

// twilio-node's default region when only an edge is given.
const DEFAULT_REGION = "us1";
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function hostLabel(name: string, value: string): string {
  if (!HOST_LABEL.test(value)) {
    throw new ClientOptionsError(`${name} must be a single host name label of letters, digits and hyphens, such as "ie1" or "dublin".`);
  }
  return value.toLowerCase();
}

/** True for hosts that never leave the machine: localhost, 127.0.0.0/8 and [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Checks a caller's baseUrl (or the `CONVINTEL_BASE_URL` it came from: `name`) and returns it without a trailing slash. */
export function normalizedBaseUrl(raw: string, name = "baseUrl", allowInsecureHttp = false): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ClientOptionsError(`${name} must be an absolute URL, such as "https://intelligence.twilio.com".`);
  }
  if (url.username || url.password) {
    throw new ClientOptionsError(`${name} must not contain credentials; pass them as apiKey/apiSecret or accountSid/authToken.`);
  }
  if (url.search || url.hash) throw new ClientOptionsError(`${name} must not have a query string or fragment.`);
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (loopback || allowInsecureHttp))) {
    throw new ClientOptionsError(
      `${name} must use https: so credentials are never sent in clear text; plain http: is allowed only for loopback hosts (localhost, 127.0.0.0/8, [::1]), or anywhere with allowInsecureHttp: true.`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * The API origin, like twilio-node: `https://intelligence.{edge}.{region}.twilio.com`, with
 * region `us1` when only an edge is given, `intelligence.{region}.twilio.com` for a region alone,
 * and the spec's server otherwise. An explicit baseUrl wins, then an explicit region or edge, then
 * `CONVINTEL_BASE_URL`, then `TWILIO_REGION` and `TWILIO_EDGE`.
 */
export function resolveBaseUrl(options: RoutingOptions, env: Environment | undefined): string {
  if (options.baseUrl !== undefined) {
    if (options.region !== undefined || options.edge !== undefined) {
      throw new ClientOptionsError("Pass either baseUrl or region/edge, not both: baseUrl already names the host.");
    }
    return normalizedBaseUrl(options.baseUrl, "baseUrl", options.allowInsecureHttp === true);
  }
  const fromEnv = envValue(env, "CONVINTEL_BASE_URL");
  if (fromEnv !== undefined && options.region === undefined && options.edge === undefined)
    return normalizedBaseUrl(fromEnv, "CONVINTEL_BASE_URL", options.allowInsecureHttp === true);
  const regionValue = options.region ?? envValue(env, "TWILIO_REGION");
  const edgeValue = options.edge ?? envValue(env, "TWILIO_EDGE");
  if (!regionValue && !edgeValue) return serverUrl;
  const edge = edgeValue ? hostLabel("edge", edgeValue) : undefined;
  const region = regionValue ? hostLabel("region", regionValue) : DEFAULT_REGION;
  const server = new URL(serverUrl);
  const [product, ...domain] = server.hostname.split(".");
  const host = [product, edge, region, ...domain].filter(Boolean).join(".");
  return `${server.protocol}//${host}${server.port ? `:${server.port}` : ""}`;
}
