/**
 * What a call sends, checked before anything is sent: its options, path parameters, query and body
 * (serialized once, and checked as serialized). A broken rule is a RequestValidationError.
 */
import { isByteLimit, toIssues, type CompiledValidator, type OperationDescriptor } from "@convintel/fetch";
import type { OperationId } from "@convintel/types";
import { RequestValidationError, type RequestIssue } from "./errors.js";

/**
 * Options of a single call; each overrides the client's option of the same name. Every field also
 * accepts `undefined` (the client's setting applies), so options can be passed through under
 * `exactOptionalPropertyTypes`.
 */
export interface RequestOptions {
  /** Cancels the call: the pending attempt is aborted and the call rejects with an AbortError whose `reason` is the signal's. */
  signal?: AbortSignal | undefined;
  /** Limit for each attempt, in milliseconds. */
  timeout?: number | undefined;
  /** Limit for the whole call, retries and waits included, in milliseconds. */
  deadline?: number | undefined;
  /** Retries after the first attempt; 0 for none. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** Largest response body accepted, in bytes, counted after decompression. */
  maxResponseBytes?: number | undefined;
  /** Send fields of a request body that the API does not describe, instead of failing validation. */
  allowUnknownFields?: boolean | undefined;
}

/** Options of a configuration write (`create`, `update`, `modify`). */
export interface ConfigurationWriteOptions extends RequestOptions {
  /**
   * Check the operators the rules name first (`configurations.check()`, reading them from the API,
   * never only from the cache), and send nothing when the check fails. Default: the client's
   * `checkOperators`.
   */
  checkOperators?: boolean | undefined;
}

/** The options of a call of each operation: RequestOptions, and more for the operations a hook reads more of. */
export type CallOptions<Id extends OperationId> = Id extends "CreateConfiguration" | "UpdateConfiguration"
  ? ConfigurationWriteOptions
  : RequestOptions;

/** Any operation's input, as the checks read it: every operation's input fits this shape. */
export interface CallInput {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

function pathIssue(name: string, value: unknown): RequestIssue | undefined {
  // A number (an operator's version) is written as its digits: never empty, never a dot segment.
  if ((typeof value === "string" && value !== "" && value !== "." && value !== "..") || Number.isFinite(value)) return undefined;
  const pointer = `/${name}`;
  return {
    in: "path",
    pointer,
    keyword: "path",
    rule: "non-empty string, not . or ..",
    message: `${pointer} must be a non-empty string other than . and .. (it becomes part of the URL path)`,
    params: {},
  };
}

function issuesOf(validator: CompiledValidator, location: RequestIssue["in"], root: string): RequestIssue[] {
  return toIssues(validator.errors, root).map((issue) => ({ in: location, ...issue }));
}

/** An issue of a call option: `/timeout must be a positive number of milliseconds`. */
export function optionIssue(name: string, rule: string): RequestIssue {
  const pointer = `/${name}`;
  return { in: "options", pointer, keyword: "option", rule, message: `${pointer} must be ${rule}`, params: {} };
}

/** Checks the numbers of per-call options, which would otherwise silently mean "no retries" or "time out at once". */
export function validateCallOptions(options: RequestOptions, operationId: string): void {
  const issues: RequestIssue[] = [];
  const { maxRetries, timeout, deadline, signal, maxResponseBytes } = options;
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0))
    issues.push(optionIssue("maxRetries", "a whole number of 0 or more"));
  if (timeout !== undefined && !(typeof timeout === "number" && timeout > 0))
    issues.push(optionIssue("timeout", "a positive number of milliseconds"));
  if (deadline !== undefined && !(typeof deadline === "number" && deadline > 0))
    issues.push(optionIssue("deadline", "a positive number of milliseconds"));
  if (maxResponseBytes !== undefined && !isByteLimit(maxResponseBytes))
    issues.push(optionIssue("maxResponseBytes", "a positive whole number of bytes"));
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof signal.addEventListener !== "function"))
    issues.push(optionIssue("signal", "an AbortSignal"));
  if (issues.length) throw new RequestValidationError(issues, operationId);
}

function jsonIssue(message: string): RequestIssue {
  return { in: "body", pointer: "", keyword: "json", rule: "JSON", message: `(root) ${message}`, params: {} };
}

/**
 * The body exactly as it will be sent: serialized once and, when it is to be validated, parsed back,
 * so that validation sees what `JSON.stringify` produced (getters read, `toJSON` applied, inherited
 * and undefined fields gone), never the object the caller holds. `dropFields` (the fields the spec
 * marks read-only) leave the top level of what is sent. Returns the text to send and, when parsed,
 * the value sent.
 */
function serialize(body: unknown, dropFields: readonly string[] | undefined, parse: boolean, operationId: string): CheckedBody {
  if (body === undefined) return { text: undefined, sent: undefined };
  let text: string | undefined;
  try {
    text = JSON.stringify(parse ? body : without(body, dropFields));
  } catch (error) {
    // A cycle, a BigInt, a throwing getter, or nesting deeper than the engine's stack.
    const reason = error instanceof RangeError ? "nests too deeply to be serialized" : "cannot be serialized as JSON";
    throw new RequestValidationError([jsonIssue(reason)], operationId, { cause: error });
  }
  if (text === undefined) throw new RequestValidationError([jsonIssue("must be a JSON value (it serializes to nothing)")], operationId);
  if (!parse) return { text, sent: undefined };
  const parsed = JSON.parse(text) as unknown;
  const sent = without(parsed, dropFields);
  return { text: sent === parsed ? text : JSON.stringify(sent), sent };
}

/** A plain object without `fields` at its top level; the value itself when it has none of them. */
function without(value: unknown, fields: readonly string[] | undefined): unknown {
  if (!fields || typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (!fields.some((field) => Object.hasOwn(record, field))) return value;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(record)) if (!fields.includes(key)) kept[key] = record[key];
  return kept;
}

/** A call's body as checked: the text to send, and the value it parses to (undefined when it was not parsed). */
export interface CheckedBody {
  text: string | undefined;
  sent: unknown;
}

/**
 * Checks what will be sent; returns the body as it is sent. The fields the spec marks read-only
 * (the server's own, as in a fetched resource) leave the body first. Throws RequestValidationError.
 */
export function validateInput(
  operation: OperationDescriptor,
  input: CallInput,
  validate: boolean,
  allowUnknownFields: boolean,
): CheckedBody {
  const { path, query } = input;
  let issues: RequestIssue[] | undefined;
  const pathValidators = operation.pathParams;
  for (const name in pathValidators) {
    const value = path?.[name];
    const validator = pathValidators[name]!;
    if (validate && !validator(value)) (issues ??= []).push(...issuesOf(validator, "path", `/${name}`));
    else {
      const unsafe = pathIssue(name, value);
      if (unsafe) (issues ??= []).push(unsafe);
    }
  }
  if (validate) {
    const queryValidator = operation.query;
    if (queryValidator && query !== undefined && !queryValidator(query)) (issues ??= []).push(...issuesOf(queryValidator, "query", ""));
    if (operation.checkQuery && query !== undefined)
      for (const issue of operation.checkQuery(query)) (issues ??= []).push({ in: "query", ...issue });
  }
  const { requestBody } = operation;
  let body: CheckedBody = { text: undefined, sent: undefined };
  if (requestBody !== undefined || input.body !== undefined) {
    body = serialize(input.body, requestBody?.readOnly, validate && requestBody !== undefined, operation.operationId);
    if (validate && requestBody && !requestBody.validate(body.sent, { closed: !allowUnknownFields })) {
      (issues ??= []).push(...issuesOf(requestBody.validate, "body", ""));
    }
  }
  if (issues) throw new RequestValidationError(issues, operation.operationId);
  return body;
}
