/** A call or a client refused before anything was sent: a broken rule of the spec, or wrong options. */
import type { ValidationIssue } from "@convintel/fetch";
import { IntelligenceError } from "./error-base.js";

/** Where an invalid request value sits: the path (`id`), the query, the body, or a client-side option. */
export type RequestIssueLocation = "path" | "query" | "body" | "options";

/** A broken rule in a request, found before anything was sent. */
export interface RequestIssue extends ValidationIssue {
  in: RequestIssueLocation;
}

/** The request broke a rule of the spec. Raised before any network call; nothing was sent. */
export class RequestValidationError extends IntelligenceError {
  static override readonly brand: string = "RequestValidationError";
  /** Every broken rule, each with its JSON pointer and rule (`/rules/0/operators`, `minItems 1`). */
  declare readonly issues: readonly RequestIssue[];
  declare readonly operationId: string | undefined;

  constructor(issues: readonly RequestIssue[], operationId?: string, options?: { cause?: unknown }) {
    const list = issues.map((issue) => `${issue.in} ${issue.message}`).join("; ");
    super(
      `${operationId ?? "The request"} was not sent: ${issues.length === 1 ? "a value breaks" : `${issues.length} values break`} ` +
        `the API's rules: ${list}. Fix ${issues.length === 1 ? "it" : "them"} and call again.`,
      options,
    );
    this.issues = issues;
    this.operationId = operationId;
  }
}

/** The client's options are missing or wrong (no credentials, a non-https baseUrl, ...). */
export class ClientOptionsError extends IntelligenceError {
  static override readonly brand: string = "ClientOptionsError";
}
