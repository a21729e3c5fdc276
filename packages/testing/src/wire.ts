/**
 * What passes between the engine and the ways requests reach it (in-process `fetch`, HTTP): a request
 * as the fake sees it, the response it plans, and the bodies it sends.
 */
import type { OperationId } from "@convintel/types";
import type { FaultKind } from "./fault-types.js";

/** A request as the fake sees it, whichever way it came in. */
export interface IncomingRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
  /** Aborts when the caller gives up (in-process) or the connection closes (HTTP). */
  signal?: AbortSignal;
  /** Set when the body was larger than the listener accepts (its limit, in bytes): it was not read, and `body` is null. */
  bodyTooLarge?: number;
  /** The client's port of the connection (HTTP only): requests with the same port came on one connection. */
  remotePort?: number;
}

export interface BodySource {
  length: number;
  chunks(): Iterable<Uint8Array>;
}

export interface ResponsePlan {
  status: number;
  headers: Record<string, string>;
  body: BodySource | null;
  /** Send this many body bytes, then stall for good. */
  stallAfterBytes?: number;
  /** Send this many body bytes, then reset the connection. */
  truncateAfterBytes?: number;
}

export type Outcome = { type: "respond"; response: ResponsePlan } | { type: "reset" } | { type: "hang" };

/** One handled request, for logs and assertions. */
export interface RequestEvent {
  method: string;
  path: string;
  operationId?: OperationId;
  /** The status sent, if a response was sent. */
  status?: number;
  /** The fault injected, if any. */
  fault?: FaultKind;
  requestId: string;
}

/** A request as the fake received it, for assertions on what a client sent. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** The path alone. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body as text; "" when there was none. */
  body: string;
  /** The operation it was routed to, if any. */
  operationId: OperationId | undefined;
  /** The client's port of the connection it came on (over HTTP; undefined in-process): equal ports, one reused connection. */
  remotePort: number | undefined;
}

export const JSON_TYPE = "application/json";
const encoder = new TextEncoder();

export function bytesOf(text: string): BodySource {
  const bytes = encoder.encode(text);
  return { length: bytes.length, chunks: () => [bytes] };
}

export function jsonBody(value: unknown): BodySource {
  return bytesOf(JSON.stringify(value));
}

/** A JSON object of exactly `size` bytes (at least 16), produced in chunks so it is never held whole. */
export function oversizedBody(size: number): BodySource {
  const head = encoder.encode('{"padding":"');
  const tail = encoder.encode('"}');
  const total = Math.max(size, head.length + tail.length + 1);
  const chunk = encoder.encode("x".repeat(64 * 1024));
  return {
    length: total,
    *chunks() {
      yield head;
      let left = total - head.length - tail.length;
      while (left > 0) {
        const size = Math.min(left, chunk.length);
        yield size === chunk.length ? chunk : chunk.subarray(0, size);
        left -= size;
      }
      yield tail;
    },
  };
}
