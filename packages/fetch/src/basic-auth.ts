/** HTTP basic authentication: the header value, and middleware for credentials that change. */
import type { Middleware } from "openapi-fetch";
import { base64Utf8 } from "./base64.js";

export interface BasicCredentials {
  username: string;
  password: string;
}

/** The `Authorization` header value for HTTP basic authentication. */
export function basicAuthHeader({ username, password }: BasicCredentials): string {
  return `Basic ${base64Utf8(`${username}:${password}`)}`;
}

/** Middleware that sets HTTP basic authentication on each request (use the `auth` option for a fixed pair). */
export function basicAuthMiddleware(credentials: BasicCredentials | (() => BasicCredentials)): Middleware {
  return {
    onRequest({ request }) {
      const current = typeof credentials === "function" ? credentials() : credentials;
      request.headers.set("Authorization", basicAuthHeader(current));
      return undefined;
    },
  };
}
