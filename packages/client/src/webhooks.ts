/**
 * The receiving side of a rule's WEBHOOK action: `parseRuleActionWebhook()` reads one delivery (a
 * web `Request`, or a Node.js `IncomingMessage`), checks it, and returns the typed body.
 */
import { toIssues, validateRuleExecutionWebhook, type RuleExecutionWebhook, type ValidationIssue } from "@convintel/fetch";
import { IntelligenceError } from "./errors.js";

/** Why a delivery was refused, with the HTTP status to answer it with. */
export type WebhookErrorReason = "method" | "contentType" | "tooLarge" | "body" | "json" | "schema" | "signature";

const STATUS: Record<WebhookErrorReason, number> = {
  method: 405,
  contentType: 415,
  tooLarge: 413,
  body: 400,
  json: 400,
  schema: 400,
  signature: 401,
};

/** A delivery that is not a valid, authentic Rule Execution webhook. Answer it with `status`. */
export class WebhookError extends IntelligenceError {
  static override readonly brand: string = "WebhookError";
  declare readonly reason: WebhookErrorReason;
  /** The status to answer the delivery with (4xx: Twilio does not retry these). */
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

/** What `parseRuleActionWebhook` reads of a Node.js `IncomingMessage` (node:http, Express, Fastify's `raw`). */
export interface IncomingMessageLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
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
   * match it, or the delivery is refused as `signature`. Without it the signature is not checked:
   * anyone who can reach the URL can post to it.
   */
  authToken?: string | undefined;
  /**
   * The URL Twilio requested, as it requested it, when the one this process sees differs (behind a
   * proxy that rewrites it). Default: the Request's `url`; for an IncomingMessage, its Host and path
   * (with `X-Forwarded-Proto` and `X-Forwarded-Host` when present).
   */
  url?: string | undefined;
  /** Largest body accepted, in bytes. Default 1 MiB. */
  maxBytes?: number | undefined;
}

const DEFAULT_MAX_BYTES = 1024 * 1024;
const encoder = new TextEncoder();

const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

function isRequest(input: unknown): input is Request {
  return typeof (input as Request).arrayBuffer === "function" && (input as Request).headers instanceof Headers;
}

/** The body as bytes, stopping at `maxBytes`. */
async function readBytes(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    length += bytes.byteLength;
    if (length > maxBytes) throw new WebhookError("tooLarge", `The delivery's body is larger than ${maxBytes} bytes.`);
    parts.push(bytes);
  }
  const all = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
}

async function webStream(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  return readBytes(
    {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.cancel().catch(() => {});
        }
      },
    },
    maxBytes,
  );
}

interface Delivery {
  method: string;
  url: string | undefined;
  contentType: string | undefined;
  signature: string | undefined;
  /** The raw body, or a value a framework parsed already. */
  bytes: Uint8Array | undefined;
  parsed: unknown;
}

async function readDelivery(input: Request | IncomingMessageLike, maxBytes: number): Promise<Delivery> {
  if (isRequest(input)) {
    const length = Number(input.headers.get("content-length"));
    if (length > maxBytes) throw new WebhookError("tooLarge", `The delivery's body is larger than ${maxBytes} bytes.`);
    const bytes = await webStream(input, maxBytes);
    return {
      method: input.method,
      url: input.url,
      contentType: input.headers.get("content-type") ?? undefined,
      signature: input.headers.get("x-twilio-signature") ?? undefined,
      bytes,
      parsed: undefined,
    };
  }
  if (typeof input !== "object" || input === null || typeof input.headers !== "object" || input.headers === null) {
    throw new WebhookError("body", "parseRuleActionWebhook takes a web Request or a Node.js IncomingMessage.");
  }
  const headers = input.headers;
  const host = header(headers["x-forwarded-host"]) ?? header(headers.host);
  const protocol =
    header(headers["x-forwarded-proto"])?.split(",")[0]?.trim() ??
    ((input.socket as { encrypted?: boolean } | null | undefined)?.encrypted ? "https" : "http");
  const delivery: Delivery = {
    method: input.method ?? "POST",
    url: host === undefined || input.url === undefined ? undefined : `${protocol}://${host}${input.url}`,
    contentType: header(headers["content-type"]),
    signature: header(headers["x-twilio-signature"]),
    bytes: undefined,
    parsed: undefined,
  };
  const already = input.body;
  if (typeof already === "string") delivery.bytes = encoder.encode(already);
  else if (already instanceof Uint8Array) delivery.bytes = already;
  else if (already !== undefined && input.readableEnded !== false) delivery.parsed = already;
  else delivery.bytes = await readBytes(input, maxBytes);
  if (delivery.bytes && delivery.bytes.byteLength > maxBytes)
    throw new WebhookError("tooLarge", `The delivery's body is larger than ${maxBytes} bytes.`);
  return delivery;
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

/** Twilio's signature of a JSON-body webhook: Base64 HMAC-SHA1 of the requested URL (its `bodySHA256` included), keyed with the Auth Token. */
async function verify(delivery: Delivery, url: string | undefined, authToken: string): Promise<void> {
  const refuse = (why: string) => new WebhookError("signature", `The delivery's signature does not hold: ${why}.`);
  if (delivery.signature === undefined) throw refuse("it has no X-Twilio-Signature header");
  if (delivery.bytes === undefined) throw refuse("the body was parsed before it could be checked; pass the raw body (a string or bytes)");
  if (url === undefined) throw refuse("the requested URL is unknown; pass options.url");
  let bodyDigest: string | null;
  try {
    bodyDigest = new URL(url).searchParams.get("bodySHA256");
  } catch {
    throw refuse("the requested URL does not parse");
  }
  if (bodyDigest === null) throw refuse("the URL has no bodySHA256");
  const subtle = globalThis.crypto.subtle;
  if (!sameText(hex(await subtle.digest("SHA-256", new Uint8Array(delivery.bytes))), bodyDigest.toLowerCase()))
    throw refuse("the body is not the one signed");
  const key = await subtle.importKey("raw", encoder.encode(authToken), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const mac = new Uint8Array(await subtle.sign("HMAC", key, encoder.encode(url)));
  if (!sameText(btoa(String.fromCharCode(...mac)), delivery.signature)) throw refuse("it was not made with this Auth Token for this URL");
}

/**
 * Reads and checks one delivery of a rule's WEBHOOK action, and returns its body typed: the
 * configuration and rule that ran, the conversation, and each operator's result (narrow them by
 * `outputFormat`). Checks, in order: the method (POST), the content type (JSON), the size, the
 * signature (with `authToken`), the JSON and the body against the spec. Anything else rejects with
 * a WebhookError whose `status` is the answer to give; nothing is thrown synchronously.
 *
 * A delivery may come more than once (a retry after a lost answer): its `I-Twilio-Idempotency-Token`
 * header is the same on each.
 */
export async function parseRuleActionWebhook(
  input: Request | IncomingMessageLike,
  options: ParseWebhookOptions = {},
): Promise<RuleExecutionWebhook> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const delivery = await readDelivery(input, maxBytes);
  if (delivery.method.toUpperCase() !== "POST") throw new WebhookError("method", `A delivery is a POST, not a ${delivery.method}.`);
  const type = delivery.contentType?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new WebhookError("contentType", `A delivery's Content-Type is application/json, not ${type ?? "absent"}.`);
  if (options.authToken !== undefined) await verify(delivery, options.url ?? delivery.url, options.authToken);
  let body = delivery.parsed;
  if (delivery.bytes !== undefined) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(delivery.bytes);
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
  return body as RuleExecutionWebhook;
}
