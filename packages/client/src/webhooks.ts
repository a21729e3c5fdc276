/**
 * The receiving side of a rule's WEBHOOK action: `parseRuleActionWebhook()` reads one delivery (a
 * web `Request`, or a Node.js `IncomingMessage`), checks it, and returns the typed body.
 *
 * It fails closed: without an Auth Token to check the signature with (the option, else
 * `TWILIO_AUTH_TOKEN`), it refuses every delivery; accepting unsigned ones takes `allowUnsigned: true`.
 */
import {
  base64Bytes,
  readLimited,
  streamChunks,
  toIssues,
  validateRuleExecutionWebhook,
  type RuleExecutionWebhook,
  type ValidationIssue,
} from "@convintel/fetch";
import { IntelligenceError } from "./errors.js";

/** Why a delivery was refused, with the HTTP status to answer it with. */
export type WebhookErrorReason = "setup" | "method" | "contentType" | "tooLarge" | "timeout" | "body" | "json" | "schema" | "signature";

const STATUS: Record<WebhookErrorReason, number> = {
  // The receiver, not the delivery, is at fault: a 5xx, so Twilio delivers it again once it is fixed.
  setup: 500,
  method: 405,
  contentType: 415,
  tooLarge: 413,
  timeout: 408,
  body: 400,
  json: 400,
  schema: 400,
  signature: 401,
};

/** A delivery that is not a valid, authentic Rule Execution webhook, or a receiver set up wrong. Answer it with `status`. */
export class WebhookError extends IntelligenceError {
  static override readonly brand: string = "WebhookError";
  declare readonly reason: WebhookErrorReason;
  /** The status to answer the delivery with: 4xx for the delivery's fault (not retried), 500 for the receiver's (`setup`). */
  declare readonly status: number;
  /** For `schema`: every rule the body breaks, each at its JSON pointer. */
  declare readonly issues: readonly ValidationIssue[];

  constructor(reason: WebhookErrorReason, message: string, issues: readonly ValidationIssue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
    this.status = STATUS[reason];
    this.issues = issues;
  }
}

/**
 * What `parseRuleActionWebhook` reads of a Node.js `IncomingMessage` (node:http, Express), or of a
 * framework's request whose raw body it read already (Fastify with a `parseAs: "buffer"` parser):
 * the body is read from the stream, or taken from `body` when that is text or bytes.
 */
export interface IncomingMessageLike extends Partial<AsyncIterable<Uint8Array | string>> {
  method?: string | undefined;
  url?: string | undefined;
  /** Express's `originalUrl`: the path as requested, which a router mounted on a prefix takes off `url`. Read before `url`. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true`: the URL is then https. */
  socket?: object | null | undefined;
  /** A body a framework already read: only text or bytes can be checked against a signature. */
  body?: unknown;
  readableEnded?: boolean | undefined;
}

export interface ParseWebhookOptions {
  /**
   * The Auth Token of the account: the delivery's `X-Twilio-Signature` (and its `bodySHA256`) must
   * match it, or the delivery is refused as `signature`. Default: the `TWILIO_AUTH_TOKEN` environment
   * variable, where the runtime has one. With neither, every delivery is refused as `setup` (500).
   */
  authToken?: string | undefined;
  /**
   * `true` accepts deliveries without checking their signature: anyone who can reach the URL can post
   * to it. For tests and local tools only; never the default, and not together with `authToken`.
   */
  allowUnsigned?: boolean | undefined;
  /**
   * The scheme and host the rule's action delivers to, as the action names them
   * (`https://hooks.example.com`, with a port if it names one). The signature is then checked over
   * this origin and the request's path and query, whatever host the request claims. Without it the
   * host is the request's `Host` header, which the sender chooses: a delivery Twilio signed for
   * another receiver of the same account (a staging host) would hold here too when sent with that
   * host name. Set it where you can; not together with `url`.
   */
  origin?: string | undefined;
  /**
   * The whole URL Twilio requested (origin, path and query), when neither the request nor `origin`
   * gives it (a proxy that rewrites the path). Default: `origin` and the request's path and query;
   * without `origin`, the Request's `url`, or for an IncomingMessage its `Host` header and path, over
   * https when the socket is TLS or `X-Forwarded-Proto` says https. `X-Forwarded-Host` is never read:
   * behind a proxy that changes the host, pass `origin`.
   */
  url?: string | undefined;
  /** Largest body accepted, in bytes: a positive number. Default 1 MiB. */
  maxBytes?: number | undefined;
  /** Longest time reading the body may take, in milliseconds: a positive number. Default 10 s. */
  timeoutMs?: number | undefined;
  /** Stops reading the body when aborted (a server shutting down, a framework's own deadline). */
  signal?: AbortSignal | undefined;
}

/** A checked delivery: its body, typed, and the delivery's idempotency token. */
export type RuleActionWebhook = RuleExecutionWebhook & {
  /**
   * The delivery's `I-Twilio-Idempotency-Token` header: the same on every attempt of one delivery, so
   * a receiver that has seen it already can skip the work. Not part of the body: not enumerable, so
   * it is neither serialized nor spread with it.
   */
  readonly idempotencyToken: string | undefined;
};

const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
const encoder = new TextEncoder();

const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

function isRequest(input: unknown): input is Request {
  return (
    typeof input === "object" &&
    input !== null &&
    typeof (input as Request).arrayBuffer === "function" &&
    (input as Request).headers instanceof Headers
  );
}

/** The environment's Auth Token, where the runtime exposes one (Node.js, Bun, Deno with `--allow-env`). */
function environmentToken(): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.TWILIO_AUTH_TOKEN;
    return typeof value === "string" ? value : undefined;
  } catch {
    // Deno without the env permission throws on reading.
    return undefined;
  }
}

interface Settings {
  authToken: string | undefined;
  origin: string | undefined;
  url: string | undefined;
  maxBytes: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

const positive = (value: unknown) => typeof value === "number" && value > 0 && Number.isFinite(value);

/** `origin` as given, less one trailing slash, once it is checked to be a scheme and a host and nothing more. */
function originOf(origin: unknown, setup: (message: string) => WebhookError): string | undefined {
  if (origin === undefined) return undefined;
  const example = "such as https://hooks.example.com";
  if (typeof origin !== "string") throw setup(`origin must be a string, ${example}.`);
  const bare = origin.endsWith("/") ? origin.slice(0, -1) : origin;
  let parsed: URL | undefined;
  try {
    parsed = new URL(bare);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:\/\/[^/?#@]+$/i.test(bare) || parsed.pathname !== "/" || parsed.search || parsed.hash)
    throw setup(`origin must be a scheme and a host (a port if the action names one) and nothing else, ${example}.`);
  return bare;
}

/** The options, checked before the delivery is looked at: a receiver set up wrong refuses everything. */
function settingsOf(options: ParseWebhookOptions): Settings {
  const setup = (message: string) => new WebhookError("setup", `parseRuleActionWebhook: ${message}`);
  if (typeof options !== "object" || options === null) throw setup("options must be an object.");
  const { authToken, allowUnsigned, maxBytes = DEFAULT_MAX_BYTES, timeoutMs = DEFAULT_TIMEOUT_MS, signal, url, origin } = options;
  if (allowUnsigned !== undefined && typeof allowUnsigned !== "boolean") throw setup("allowUnsigned must be true or false.");
  if (authToken !== undefined && typeof authToken !== "string") throw setup("authToken must be a string.");
  if (!positive(maxBytes)) throw setup("maxBytes must be a positive number of bytes.");
  if (!positive(timeoutMs)) throw setup("timeoutMs must be a positive number of milliseconds.");
  if (url !== undefined && typeof url !== "string") throw setup("url must be a string.");
  if (url !== undefined && origin !== undefined) throw setup("url and origin both name the requested URL; pass one.");
  const checkedOrigin = originOf(origin, setup);
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw setup("signal must be an AbortSignal.");
  const checked = { origin: checkedOrigin, url, maxBytes: maxBytes as number, timeoutMs: timeoutMs as number, signal };
  if (allowUnsigned === true) {
    if (authToken !== undefined) throw setup("authToken and allowUnsigned: true contradict each other; pass one.");
    return { ...checked, authToken: undefined };
  }
  const token = authToken ?? environmentToken();
  if (!token) {
    throw setup(
      `no Auth Token to check the delivery's signature with${authToken === "" ? " (authToken is empty)" : ""}: set TWILIO_AUTH_TOKEN or pass authToken. Deliveries are refused until then (allowUnsigned: true accepts unsigned ones, for tests only).`,
    );
  }
  return { ...checked, authToken: token };
}

const NO_CHUNKS: AsyncIterator<Uint8Array> = { next: async () => ({ done: true, value: undefined }) };

const tooLarge = (maxBytes: number) => new WebhookError("tooLarge", `The delivery's body is larger than ${maxBytes} bytes.`);

/**
 * The body as bytes, stopping at `maxBytes`, at `timeoutMs` after it began and when `signal` aborts;
 * the source is closed on every way out. A source that fails (a peer gone mid-body) is `body`.
 */
async function readBytes(iterator: AsyncIterator<Uint8Array | string>, settings: Settings): Promise<Uint8Array> {
  const { maxBytes, timeoutMs, signal } = settings;
  let stop!: (error: WebhookError) => void;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  stopped.catch(() => {});
  const timer = setTimeout(
    () => stop(new WebhookError("timeout", `The delivery's body took longer than ${timeoutMs} ms to arrive.`)),
    timeoutMs,
  );
  const onAbort = () =>
    stop(new WebhookError("timeout", "Reading the delivery's body was stopped by the caller's signal.", [], { cause: signal?.reason }));
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  try {
    return await readLimited(iterator, { limit: maxBytes, tooLarge: () => tooLarge(maxBytes), stopped });
  } catch (error) {
    if (error instanceof WebhookError) throw error;
    throw new WebhookError("body", `The delivery's body could not be read: ${(error as Error)?.message ?? String(error)}.`, [], {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** What is known of a delivery before its body is read. */
interface Envelope {
  method: string;
  /** The URL as this process sees it. */
  url: string | undefined;
  /** Its path and query, as requested. */
  path: string | undefined;
  /** An `X-Forwarded-Host` header, which is not read as the host: named when a signature fails. */
  forwardedHost: string | undefined;
  contentType: string | undefined;
  contentLength: string | undefined;
  signature: string | undefined;
  idempotencyToken: string | undefined;
  /** Reads the raw body, or gives a value a framework parsed already. */
  body(settings: Settings): Promise<{ bytes: Uint8Array } | { parsed: unknown }>;
}

/** The path and query of a Request's URL. */
function pathOf(url: string): string | undefined {
  try {
    const { pathname, search } = new URL(url);
    return pathname + search;
  } catch {
    return undefined;
  }
}

function envelopeOf(input: Request | IncomingMessageLike): Envelope {
  if (isRequest(input)) {
    return {
      method: input.method,
      url: input.url,
      path: pathOf(input.url),
      forwardedHost: input.headers.get("x-forwarded-host") ?? undefined,
      contentType: input.headers.get("content-type") ?? undefined,
      contentLength: input.headers.get("content-length") ?? undefined,
      signature: input.headers.get("x-twilio-signature") ?? undefined,
      idempotencyToken: input.headers.get("i-twilio-idempotency-token") ?? undefined,
      body: async (settings) => {
        if (input.bodyUsed) throw new WebhookError("body", "The Request's body was read already; pass the Request before reading it.");
        return { bytes: await readBytes(input.body ? streamChunks(input.body) : NO_CHUNKS, settings) };
      },
    };
  }
  if (typeof input !== "object" || input === null || typeof input.headers !== "object" || input.headers === null) {
    throw new WebhookError("body", "parseRuleActionWebhook takes a web Request or a Node.js IncomingMessage.");
  }
  const headers = input.headers;
  const path = input.originalUrl ?? input.url;
  const host = header(headers.host);
  const protocol =
    header(headers["x-forwarded-proto"])?.split(",")[0]?.trim() ??
    ((input.socket as { encrypted?: boolean } | null | undefined)?.encrypted ? "https" : "http");
  return {
    method: input.method ?? "POST",
    url: host === undefined || path === undefined ? undefined : `${protocol}://${host}${path}`,
    path,
    forwardedHost: header(headers["x-forwarded-host"]),
    contentType: header(headers["content-type"]),
    contentLength: header(headers["content-length"]),
    signature: header(headers["x-twilio-signature"]),
    idempotencyToken: header(headers["i-twilio-idempotency-token"]),
    body: async (settings) => {
      const already = input.body;
      if (typeof already === "string") return { bytes: encoder.encode(already) };
      if (already instanceof Uint8Array) return { bytes: already };
      if (already !== undefined && input.readableEnded !== false) return { parsed: already };
      const chunks = input[Symbol.asyncIterator];
      if (typeof chunks !== "function")
        throw new WebhookError("body", "The IncomingMessage has no body to read (it is not a readable stream).");
      return { bytes: await readBytes(chunks.call(input), settings) };
    },
  };
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Compares in time independent of where the texts differ. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  return difference === 0;
}

/**
 * The URL in each form Twilio may have signed it: as requested, and with the scheme's default port
 * written out where it was left off, or left off where it was written out. Twilio's signatures have
 * come in both forms; its own libraries accept either.
 */
function signedForms(url: string): string[] {
  const match = /^(https?):\/\/((?:[^@/?#]*@)?(?:\[[^\]/?#]*\]|[^:/?#]*))(?::(\d*))?(?=[/?#]|$)/i.exec(url);
  if (!match) return [url];
  const [whole, scheme = "", authority = "", port] = match;
  const standard = scheme.toLowerCase() === "https" ? "443" : "80";
  const rest = url.slice(whole.length);
  if (port === undefined) return [url, `${scheme}://${authority}:${standard}${rest}`];
  if (port === standard) return [url, `${scheme}://${authority}${rest}`];
  return [url];
}

/** What a refused signature's message says of the URL it was checked over: no query (it may carry a secret of the receiver's). */
function described(url: URL, envelope: Envelope, settings: Settings): string {
  const checked = `${url.protocol}//${url.host}${url.pathname}`;
  if (settings.origin !== undefined || settings.url !== undefined) return checked;
  const proxy =
    envelope.forwardedHost === undefined
      ? ""
      : `; the request came with X-Forwarded-Host ${JSON.stringify(envelope.forwardedHost.slice(0, 100))}, which is not read as the host`;
  return `${checked}${proxy} (if Twilio requested another host, pass origin)`;
}

/** Twilio's signature of a JSON-body webhook: Base64 HMAC-SHA1 of the requested URL (its `bodySHA256` included), keyed with the Auth Token. */
async function verify(envelope: Envelope, bytes: Uint8Array | undefined, settings: Settings, authToken: string): Promise<void> {
  const refuse = (why: string) => new WebhookError("signature", `The delivery's signature does not hold: ${why}.`);
  const url =
    settings.url ?? (settings.origin !== undefined && envelope.path !== undefined ? settings.origin + envelope.path : envelope.url);
  if (envelope.signature === undefined) throw refuse("it has no X-Twilio-Signature header");
  if (bytes === undefined) throw refuse("the body was parsed before it could be checked; pass the raw body (a string or bytes)");
  if (url === undefined) throw refuse("the requested URL is unknown; pass options.origin");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse("the requested URL does not parse");
  }
  const bodyDigest = parsed.searchParams.get("bodySHA256");
  if (bodyDigest === null) throw refuse("the URL has no bodySHA256");
  let macs: string[];
  let digest: string;
  try {
    const subtle = globalThis.crypto.subtle;
    digest = hex(await subtle.digest("SHA-256", new Uint8Array(bytes)));
    const key = await subtle.importKey("raw", encoder.encode(authToken), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
    macs = await Promise.all(
      signedForms(url).map(async (form) => base64Bytes(new Uint8Array(await subtle.sign("HMAC", key, encoder.encode(form))))),
    );
  } catch (error) {
    // The runtime's crypto failed, not the delivery: the receiver's fault, told without the token.
    throw new WebhookError("setup", `The signature could not be computed: ${(error as Error)?.name ?? "error"}.`, [], { cause: error });
  }
  if (!sameText(digest, bodyDigest.toLowerCase())) throw refuse("the body is not the one signed");
  const signature = envelope.signature;
  if (!macs.some((mac) => sameText(mac, signature)))
    throw refuse(`it was not made with this Auth Token for ${described(parsed, envelope, settings)}`);
}

/**
 * Reads and checks one delivery of a rule's WEBHOOK action, and returns its body typed: the
 * configuration and rule that ran, the conversation, and each operator's result (narrow them by
 * `outputFormat`), with the delivery's `idempotencyToken`. Checks, in order: the options (an Auth
 * Token to check with; 500), the method (POST; 405) and the content type (JSON; 415) before any of
 * the body is read, the size (`maxBytes`; 413) and time (`timeoutMs`, `signal`; 408) of reading it,
 * the signature (401), the JSON and the body against the spec (400). Anything else that goes wrong
 * (input that is no request, a body read already, a peer gone mid-body) rejects with a WebhookError
 * too; nothing is thrown synchronously.
 */
export async function parseRuleActionWebhook(
  input: Request | IncomingMessageLike,
  options: ParseWebhookOptions = {},
): Promise<RuleActionWebhook> {
  const settings = settingsOf(options);
  const envelope = envelopeOf(input);
  if (envelope.method.toUpperCase() !== "POST") throw new WebhookError("method", `A delivery is a POST, not a ${envelope.method}.`);
  const type = envelope.contentType?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new WebhookError("contentType", `A delivery's Content-Type is application/json, not ${type ?? "absent"}.`);
  if (Number(envelope.contentLength) > settings.maxBytes) throw tooLarge(settings.maxBytes);
  const read = await envelope.body(settings);
  const bytes = "bytes" in read ? read.bytes : undefined;
  if (bytes && bytes.byteLength > settings.maxBytes) throw tooLarge(settings.maxBytes);
  if (settings.authToken !== undefined) await verify(envelope, bytes, settings, settings.authToken);
  let body = "parsed" in read ? read.parsed : undefined;
  if (bytes !== undefined) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (error) {
      throw new WebhookError("json", "The delivery's body is not UTF-8 text.", [], { cause: error });
    }
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new WebhookError("json", "The delivery's body is not JSON.", [], { cause: error });
    }
  }
  if (!validateRuleExecutionWebhook(body)) {
    const issues = toIssues(validateRuleExecutionWebhook.errors);
    throw new WebhookError("schema", `The delivery's body breaks the spec: ${issues.map((issue) => issue.message).join("; ")}.`, issues);
  }
  Object.defineProperty(body, "idempotencyToken", { value: envelope.idempotencyToken, enumerable: false });
  return body as RuleActionWebhook;
}
