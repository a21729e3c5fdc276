/** A success response turned into a call's data: parsed as JSON, and checked against the spec when asked. */
import { toIssues, type BufferedResponse, type CompiledValidator, type OperationDescriptor } from "@convintel/fetch";
import { WithResponse } from "./api-promise.js";
import { redactDeep } from "./auth.js";
import { ResponseValidationError } from "./errors.js";
import { readRequestId } from "./headers.js";
import type { RequesterSettings } from "./request.js";

function successValidator(operation: OperationDescriptor, status: number): CompiledValidator | undefined {
  const { responses } = operation;
  const declared = responses[String(status)];
  if (declared) return declared.validate;
  for (const code in responses) if (code.startsWith("2")) return responses[code]!.validate;
  return undefined;
}

export function decodeSuccess<T>(
  operation: OperationDescriptor,
  text: string | undefined,
  response: BufferedResponse | Response,
  unconfirmed: number,
  settings: Pick<RequesterSettings, "redact" | "validateResponses" | "log">,
): WithResponse<T> {
  let data: unknown;
  if (text !== undefined && text !== "") {
    try {
      data = JSON.parse(text);
    } catch {
      throw new ResponseValidationError({
        issues: [{ pointer: "", keyword: "json", rule: "JSON", message: "(root) must be JSON (the body could not be parsed)", params: {} }],
        status: response.status,
        requestId: readRequestId(response.headers),
        body: settings.redact(text),
        operationId: operation.operationId,
        method: operation.method,
      });
    }
  }
  const mode = settings.validateResponses;
  if (mode) {
    const validator = successValidator(operation, response.status);
    if (validator && !validator(data)) {
      const error = new ResponseValidationError({
        issues: toIssues(validator.errors),
        status: response.status,
        requestId: readRequestId(response.headers),
        body: redactDeep(data, settings.redact),
        operationId: operation.operationId,
        method: operation.method,
      });
      if (mode === "strict") throw error;
      settings.log.warn(error.message, { requestId: error.requestId });
    }
  }
  return new WithResponse(data as T, response, unconfirmed);
}
