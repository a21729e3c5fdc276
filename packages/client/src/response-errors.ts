/** A response the client cannot take: not what the spec describes, a listing that never ends, a body over the limit. */
import type { ValidationIssue } from "@convintel/fetch";
import { IntelligenceError } from "./error-base.js";

/** What a failed answer means for the caller's data: a read changed nothing; a write may have happened. */
function consequence(method: string | undefined): string {
  return method === "GET" || method === "HEAD"
    ? "This was a read: nothing was changed; try again, and report it if it persists."
    : "The change may have been applied; fetch the resource to check.";
}

/** A successful response did not match the spec (or was not JSON). See `validateResponses`. */
export class ResponseValidationError extends IntelligenceError {
  static override readonly brand: string = "ResponseValidationError";
  declare readonly issues: readonly ValidationIssue[];
  declare readonly status: number;
  declare readonly requestId: string | undefined;
  /** The parsed body, or the raw text when it was not JSON. */
  declare readonly body: unknown;
  declare readonly operationId: string | undefined;

  constructor(init: {
    issues: readonly ValidationIssue[];
    status: number;
    requestId?: string;
    body: unknown;
    operationId?: string;
    method?: string;
  }) {
    const list = init.issues.map((issue) => issue.message).join("; ");
    super(
      `${init.operationId ?? "The request"} got an HTTP ${init.status} response that does not match the API description: ${list}. ` +
        `${consequence(init.method)} Pass validateResponses: "warn" or false to accept such responses.`,
    );
    this.issues = init.issues;
    this.status = init.status;
    this.requestId = init.requestId;
    this.body = init.body;
    this.operationId = init.operationId;
  }
}

/** What a listing that would never end is reported as: a read whose `nextToken` makes no progress. */
function unendingListing(
  init: { status: number; requestId?: string; body: unknown; operationId?: string },
  rule: string,
  message: string,
): ConstructorParameters<typeof ResponseValidationError>[0] {
  return {
    issues: [{ pointer: "/meta/nextToken", keyword: "progress", rule, message, params: {} }],
    status: init.status,
    requestId: init.requestId,
    body: init.body,
    operationId: init.operationId,
    method: "GET",
  };
}

/**
 * A listing handed back a `nextToken` it had already given (or started from): following it would
 * fetch the same pages forever. Raised at the first repeat; the pages before it were yielded.
 */
export class PaginationCycleError extends ResponseValidationError {
  static override readonly brand: string = "PaginationCycleError";
  /** Pages fetched before the repeat was seen, the one that repeated included. */
  declare readonly pages: number;

  constructor(init: { status: number; requestId?: string; body: unknown; operationId?: string; pages: number }) {
    super(
      unendingListing(
        init,
        "a token not seen before in this listing",
        `/meta/nextToken repeats a token this listing already had (page ${init.pages}), so paging would never end`,
      ),
    );
    this.pages = init.pages;
  }
}

/**
 * A listing handed back page after page with no items but a new `nextToken` each time, more of them
 * in a row than `maxEmptyPages`: a server that would keep the caller paging forever. Raised at the
 * page past the bound; the pages before it were yielded.
 */
export class PaginationStalledError extends ResponseValidationError {
  static override readonly brand: string = "PaginationStalledError";
  /** Pages fetched in all, the last empty one included. */
  declare readonly pages: number;
  /** Empty pages in a row that ended the listing. */
  declare readonly emptyPages: number;

  constructor(init: { status: number; requestId?: string; body: unknown; operationId?: string; pages: number; emptyPages: number }) {
    super(
      unendingListing(
        init,
        "at most maxEmptyPages empty pages in a row",
        `/meta/nextToken came with an empty page ${init.emptyPages} times in a row (page ${init.pages}), so paging may never end; raise maxEmptyPages if the API is slow to fill pages`,
      ),
    );
    this.pages = init.pages;
    this.emptyPages = init.emptyPages;
  }
}

/**
 * A response body was larger than `maxResponseBytes` (counted after decompression). Reading and
 * decompressing stopped at the limit; the call is not retried, as the same answer would come again.
 */
export class ResponseTooLargeError extends IntelligenceError {
  static override readonly brand: string = "ResponseTooLargeError";
  /** The limit that was passed, in bytes. */
  declare readonly limit: number;
  /** The HTTP status of the response. */
  declare readonly status: number;
  declare readonly operationId: string | undefined;

  constructor(init: { limit: number; status: number; operationId?: string; method?: string }) {
    const operation = init.operationId ?? "The request";
    super(
      `${operation} got an HTTP ${init.status} response whose body is larger than maxResponseBytes (${init.limit} bytes, counted after decompression); ` +
        `reading stopped there. ${init.status >= 200 && init.status < 300 ? `${consequence(init.method)} ` : ""}` +
        "If answers this large are expected, raise maxResponseBytes (new IntelligenceClient({ maxResponseBytes }) or per call).",
    );
    this.limit = init.limit;
    this.status = init.status;
    this.operationId = init.operationId;
  }
}
