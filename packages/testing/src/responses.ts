/** The fake's responses: successes and errors, each checked against the spec before it leaves. */
import { toIssues, validators, type CompiledValidator, type ValidationIssue } from "@convintel/fetch";
import { validationSchema } from "@convintel/fetch/spec";
import { errorBody, errorCodes, type ErrorBody } from "./errors.js";
import type { Page } from "./paging.js";
import type { Operation } from "./router.js";
import { JSON_TYPE, jsonBody, type ResponsePlan } from "./wire.js";

/** An outgoing response broke the spec: a bug in the fake, never a state a test should pass with. */
export class FakeResponseError extends Error {
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`The fake's ${operationId} ${status} response breaks the spec: ${issues.map((issue) => issue.message).join("; ")}`);
    this.name = "FakeResponseError";
  }
}

/** The spec's default for the `pageSize` query parameter. */
export const defaultPageSize: number = validationSchema.$defs.ListConfigurationsQuery.properties.pageSize.default;

export const badToken: ValidationIssue = {
  pointer: "/pageToken",
  keyword: "token",
  rule: "token",
  message: "/pageToken is not a token this service issued",
  params: {},
};

export function pageBody(page: Page<unknown>): Record<string, unknown> {
  const meta: Record<string, unknown> = { key: "items", pageSize: page.items.length };
  if (page.nextToken !== undefined) meta.nextToken = page.nextToken;
  if (page.previousToken !== undefined) meta.previousToken = page.previousToken;
  return { items: page.items, meta };
}

export function check(validator: CompiledValidator, value: unknown, rootPointer = ""): ValidationIssue[] {
  return validator(value) ? [] : toIssues(validator.errors, rootPointer);
}

/** A 2xx, validated against the operation's declared response before it leaves. */
export function success(operation: Operation, status: number, body: unknown, headers: Record<string, string> = {}): ResponsePlan {
  const declared = operation.responses[String(status)];
  if (!declared)
    throw new FakeResponseError(operation.operationId, status, [
      { pointer: "", keyword: "status", rule: "status", message: `status ${status} is not declared`, params: {} },
    ]);
  if (declared.validate) {
    const issues = check(declared.validate, body);
    if (issues.length) throw new FakeResponseError(operation.operationId, status, issues);
    return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body: jsonBody(body) };
  }
  return { status, headers, body: null };
}

/** An error response with the spec's error body, validated like any other response. */
export function error(operation: Operation | undefined, body: ErrorBody, headers: Record<string, string> = {}): ResponsePlan {
  const status = body.httpStatusCode;
  const declared = operation?.responses[String(status)];
  // Statuses the spec leaves undeclared for an operation (401, 405, 415, ...) still carry the spec's error body.
  const issues = check(declared?.validate ?? validators.validateError, body);
  if (issues.length) throw new FakeResponseError(operation?.operationId ?? "(no operation)", status, issues);
  return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body: jsonBody(body) };
}

export function invalid(operation: Operation, issues: readonly ValidationIssue[], location: "path" | "query" | "body"): ResponsePlan {
  const first = issues[0]!;
  const message = issues.map((issue) => issue.message).join("; ");
  return error(operation, errorBody(400, errorCodes.validation, message, { pointer: first.pointer, rule: first.rule, in: location }));
}
