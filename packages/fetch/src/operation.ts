/**
 * The shape of one operation of the generated table (generated/operations.ts): what the client needs
 * to check a call's input, send it, and check its answer. The table is declared to satisfy it, so a
 * generated entry that does not fit fails to compile.
 */
import type { OperationId } from "@convintel/types";
import type { IntelligenceFetch } from "./client.js";
import type { OperationInputs } from "./generated/operations.js";
import type { AbortSource } from "./transport.js";
import type { CompiledValidator, ValidationIssue } from "./validation.js";

export type { OperationInputs, OperationResults } from "./generated/operations.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH";

/** How one call is sent, besides its parameters and body: the parts that are not the operation's. */
export interface SendInit {
  /** The body as it goes on the wire; the client passes the text it has already serialized and checked. */
  bodySerializer?: (body: unknown) => string;
  /** `"text"`: the body comes back unparsed, for the caller to parse and check. */
  parseAs: "text";
  headers?: Record<string, string>;
  /** Cancellation as a standard AbortSignal (what middleware sees). */
  signal?: AbortSignal;
  /** Cancellation without the cost of an AbortSignal, when no middleware sees the request (see AbortSource). */
  abort?: AbortSource;
  /** Largest decoded response body accepted, in bytes. */
  maxResponseBytes?: number;
}

/** What a sender resolves to: openapi-fetch's result, read as text. */
export interface SendResult {
  /** The success body as text (`parseAs: "text"`). */
  data?: unknown;
  /** The error body as text, or as openapi-fetch reports it. */
  error?: unknown;
  /** The response: a standard `Response`, or a BufferedResponse where no middleware needs one. */
  response: Response;
}

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
  /** The body's validator, whether it is required, and its top-level fields the spec marks read-only (the server's own). */
  readonly requestBody:
    | { readonly validate: CompiledValidator; readonly required: boolean; readonly readOnly?: readonly string[] }
    | undefined;
  /** By status code, as the spec lists them. */
  readonly responses: { readonly [status: string]: ResponseDescriptor };
  /**
   * Sends the call through a client of createIntelligenceFetch, with openapi-fetch's typed method for
   * this path. (A method, so that a descriptor of one operation is also an `OperationDescriptor`.)
   */
  send(client: IntelligenceFetch, input: OperationInputs[Id], init: SendInit): Promise<SendResult>;
}
