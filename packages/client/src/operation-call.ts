/**
 * Any operation of the spec, by its id, through a client's requester: its input checked against the
 * spec, its hooks (the operator check, tracing) and its retries, as the resource methods have them.
 * For callers that hold operation ids as data (a tool server, a script), as Octokit's `request()`.
 */
import { type OperationDescriptor, type OperationInputs, type OperationResults, operations } from "@convintel/fetch";
import type { OperationId } from "@convintel/types";
import { ApiPromise } from "./api-promise.js";
import { type IntelligenceCore, requesterOf } from "./core.js";
import { RequestValidationError } from "./errors.js";
import { type CallOptions, type ConfigurationWriteOptions, optionIssue } from "./request-input.js";

/** Calls `operationId` with `input` (`{ path, query, header, body }` as the operation takes them) on `core`. */
export function callOperation<Id extends OperationId>(
  core: IntelligenceCore,
  operationId: Id,
  input: OperationInputs[Id],
  options?: CallOptions<Id>,
): ApiPromise<OperationResults[Id]>;
/**
 * An operation named at run time, with an input read from data (a tool's arguments): both are
 * checked before anything is sent, the id against the spec's operations and the input as an object
 * of `path`, `query`, `header` and `body`, then as the operation takes them. Only for an id typed
 * `string`: a literal id is typed by the signature above, so a wrong input for it does not compile.
 */
export function callOperation<Id extends string>(
  core: IntelligenceCore,
  operationId: string extends Id ? Id : never,
  input: unknown,
  options?: ConfigurationWriteOptions,
): ApiPromise<unknown>;
export function callOperation(
  core: IntelligenceCore,
  operationId: string,
  input: unknown,
  options?: ConfigurationWriteOptions,
): ApiPromise<unknown> {
  const table: Readonly<Record<string, OperationDescriptor>> = operations;
  const operation = Object.hasOwn(table, operationId) ? table[operationId] : undefined;
  if (!operation) return refused("operationId", "an operation of the spec", String(operationId));
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return refused("input", "an object of path, query, header and body", operation.operationId);
  return new ApiPromise(requesterOf(core).execute(operation, input as OperationInputs[OperationId], options));
}

function refused(name: string, rule: string, operationId: string): ApiPromise<never> {
  return new ApiPromise(Promise.reject(new RequestValidationError([optionIssue(name, rule)], operationId)));
}
