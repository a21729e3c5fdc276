/** The faults the fake can play, and the rules that schedule them: data (and, in process, functions). */
import type { OperationId } from "@convintel/types";

/** Wait before answering normally. */
export interface LatencyFault {
  kind: "latency";
  ms: number;
}

/** 429 with the spec's error body, `Retry-After` and the `X-RateLimit-*` headers. */
export interface RateLimitFault {
  kind: "rateLimit";
  /** `Retry-After` in seconds (default 1); `null` leaves the header out. */
  retryAfterSeconds?: number | null;
  /** `X-RateLimit-Limit` (default 100). */
  limit?: number;
  /** Seconds until `X-RateLimit-Reset` (default 1). */
  resetSeconds?: number;
}

/** A 5xx with the spec's error body. */
export interface ServerErrorFault {
  kind: "serverError";
  status?: 500 | 502 | 503 | 504;
}

/** The connection is reset before any response byte (`ECONNRESET`). */
export interface ConnectionResetFault {
  kind: "connectionReset";
}

/** No response ever starts: the request waits until the client gives up (or the fake closes). */
export interface HangFault {
  kind: "hang";
}

/** Status and headers arrive, the body stops part-way and never finishes. */
export interface StallBodyFault {
  kind: "stallBody";
  /** Bytes sent before the stall (default: half of the body). */
  afterBytes?: number;
}

/** A 2xx whose `application/json` body is not JSON. */
export interface InvalidJsonFault {
  kind: "invalidJson";
  status?: number;
}

/** An HTML error page, as a proxy or load balancer sends (default 502). */
export interface HtmlErrorFault {
  kind: "htmlError";
  status?: number;
}

/** A redirect to another host. */
export interface RedirectFault {
  kind: "redirect";
  status?: 301 | 302 | 303 | 307 | 308;
  /** Absolute `Location` (default `http://elsewhere.invalid` + the request path). */
  location?: string;
}

/**
 * Any answer, as given: status, headers and a JSON or text body, sent without checking it against the
 * spec. For testing a client against what the API does not describe (a status it never sends, a body
 * of the wrong shape, a header it never sets).
 */
export interface RespondFault {
  kind: "respond";
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON (Content-Type application/json unless `headers` says otherwise). */
  json?: unknown;
  /** Sent as it is (Content-Type text/plain unless `headers` says otherwise). */
  text?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** Status, headers and the start of the body arrive, then the connection is reset: a body cut short. */
export interface TruncateBodyFault {
  kind: "truncateBody";
  /** The status sent (default: the operation's success status). */
  status?: number;
  /** Bytes sent before the reset (default 16). */
  afterBytes?: number;
}

/** A 200 whose JSON body is larger than any real answer: by default 32 MiB, twice the client's default limit. */
export interface OversizedBodyFault {
  kind: "oversizedBody";
  bytes?: number;
}

interface Commit {
  /** Apply the operation first, then lose its response to the fault (a write that happened but was not seen). */
  afterCommit?: boolean;
}

export type Fault =
  | LatencyFault
  | ((
      | RateLimitFault
      | ServerErrorFault
      | ConnectionResetFault
      | HangFault
      | StallBodyFault
      | InvalidJsonFault
      | HtmlErrorFault
      | RedirectFault
      | OversizedBodyFault
      | RespondFault
      | TruncateBodyFault
    ) &
      Commit);

export type FaultKind = Fault["kind"];

/** What a fault rule sees of each request. */
export interface FaultRequest {
  operationId: OperationId;
  method: string;
  /** Path and query of the request. */
  path: string;
  /** 1 for the first request the fake routed, 2 for the next, ... */
  count: number;
  /** The same count, per operation. */
  operationCount: number;
  /** The request's headers. */
  headers: Headers;
  /** The request's body as text; null when it has none. */
  body: string | null;
}

export interface FaultRule {
  /** The fault; a list is a script played one item per matching request; a function decides per request. */
  fault: Fault | readonly Fault[] | ((request: FaultRequest) => Fault | undefined);
  /** Only for these operations. */
  operationId?: OperationId | readonly OperationId[];
  /** Only for this HTTP method. */
  method?: string;
  /** Only for requests this returns true for. */
  match?: (request: FaultRequest) => boolean;
  /** Chance that a matching request gets the fault, drawn from the fake's seeded generator (default 1). */
  probability?: number;
  /** Fire at most this many times (default: unlimited; a scripted list, its length). */
  times?: number;
}

export interface FaultHandle {
  /** How many times the rule has fired. */
  readonly fired: number;
  remove(): void;
}
