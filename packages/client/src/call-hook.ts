/**
 * What runs around the calls of some operations, between the check of their input and their first
 * attempt: the operator check of configuration writes is one. Registered on a client's requester
 * (`Requester.use`), as Octokit's `hook.wrap` wraps its requests.
 */
import type { OperationDescriptor } from "@convintel/fetch";
import type { OperationId } from "@convintel/types";
import type { WithResponse } from "./api-promise.js";
import type { CallInput, RequestOptions } from "./request-input.js";

/** A call as a hook sees it: its input already checked against the spec. */
export interface HookedCall {
  readonly operation: OperationDescriptor;
  readonly input: CallInput;
  /** The body as it is sent (read-only fields left out, as JSON parses it); undefined without one. */
  body(): unknown;
  readonly options: RequestOptions | undefined;
  /** Attempts made so far (0 before the first): after `proceed()`, one more than the resends. */
  readonly attempts: number;
  /** Adds a header to every attempt of this call (a trace context); a name the call sends already keeps its value. */
  addHeader(name: string, value: string): void;
}

export interface CallHook {
  /** The operations whose calls it wraps. */
  readonly operations: readonly OperationId[];
  /**
   * Whether it wraps this call, from the call's options (throw to refuse an option it reads). Absent:
   * every call of its operations. A call no hook wraps goes straight to its attempts.
   */
  applies?(operation: OperationDescriptor, options: RequestOptions | undefined): boolean;
  /** Runs the call: `proceed()` makes its attempts; throw to refuse it before anything is sent. */
  around(call: HookedCall, proceed: () => Promise<WithResponse<unknown>>): Promise<WithResponse<unknown>>;
}
