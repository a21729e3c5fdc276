/**
 * The shape of one operation of the generated table (generated/operations.ts): plain data that says
 * how to check a call's input, where to send it, and how to check its answer. The table is declared
 * to satisfy it, so a generated entry that does not fit fails to compile.
 */
import type { OperationId } from "@convintel/types";
import type { HttpMethod } from "./http.js";
import type { CompiledValidator, ValidationIssue } from "./validation.js";

export type { OperationInputs, OperationResults } from "./generated/operations.js";

export interface ResponseDescriptor {
  /** Checks the body; undefined when the response has none. */
  readonly validate: CompiledValidator | undefined;
  /** The headers the spec declares on it. */
  readonly headers: readonly string[];
}

export interface OperationDescriptor<Id extends OperationId = OperationId> {
  readonly operationId: Id;
  readonly method: HttpMethod;
  readonly path: string;
  /** A validator per path parameter, by name. */
  readonly pathParams: { readonly [name: string]: CompiledValidator };
  readonly query: CompiledValidator | undefined;
  /**
   * Checks of the query beyond its schema, for the operations that have them (ListConversations: its
   * time filters at most 31 days apart, which the provider states in words); only those operations
   * carry the code.
   */
  readonly checkQuery?: (query: unknown) => ValidationIssue[];
  /** The request headers the spec declares as parameters (`If-Match`), for the operations that have them. */
  readonly requestHeaders?: readonly string[];
  /** The body's validator, whether it is required, and its top-level fields the spec marks read-only (the server's own). */
  readonly requestBody:
    | { readonly validate: CompiledValidator; readonly required: boolean; readonly readOnly?: readonly string[] }
    | undefined;
  /** By status code, as the spec lists them. */
  readonly responses: { readonly [status: string]: ResponseDescriptor };
}
