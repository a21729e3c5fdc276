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
import { type CallOptions, optionIssue } from "./request-input.js";

/** Calls `operationId` with `input` (`{ path, query, header, body }` as the operation takes them) on `core`. */
export function callOperation<Id extends OperationId>(
  core: IntelligenceCore,
  operationId: Id,
  input: OperationInputs[Id],
  options?: CallOptions<Id>,
): ApiPromise<OperationResults[Id]> {
  const table: Readonly<Record<string, OperationDescriptor>> = operations;
  const operation = Object.hasOwn(table, operationId) ? (table[operationId] as OperationDescriptor<Id>) : undefined;
  if (!operation) {
    const refused = new RequestValidationError([optionIssue("operationId", "an operation of the spec")], String(operationId));
    return new ApiPromise(Promise.reject(refused));
  }
  return new ApiPromise(requesterOf(core).execute<Id>(operation, input, options));
}
