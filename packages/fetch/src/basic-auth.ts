/** HTTP basic authentication: the header value, and middleware for credentials that change. */
import type { Middleware } from "openapi-fetch";

export interface BasicCredentials {
  username: string;
  password: string;
}

/** Base64 of the text's UTF-8 bytes (`btoa` alone takes only Latin-1). */
export function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
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
