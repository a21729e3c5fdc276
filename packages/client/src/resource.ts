import type { OperationDescriptor, OperationInputs, OperationResults } from "@convintel/fetch";
import type { OperationId } from "@convintel/types";
import { ApiPromise } from "./api-promise.js";
import { requesterOf, type IntelligenceCore } from "./core.js";
import { Paginator, type PaginationOptions } from "./pagination.js";
import type { Requester } from "./request.js";
import type { RequestOptions } from "./request-input.js";

/**
 * What every resource of the client does with an operation: the generated classes
 * (generated/resources.ts) call these, so a method is one line of generated code.
 */
export abstract class Resource {
  // Private, so that inspecting or serializing a resource shows nothing of the client's settings.
  readonly #requester: Requester;

  constructor(core: IntelligenceCore) {
    this.#requester = requesterOf(core);
  }

  protected get requester(): Requester {
    return this.#requester;
  }

  protected call<Id extends OperationId>(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
  ): ApiPromise<OperationResults[Id]> {
    return new ApiPromise(this.requester.execute(operation, input, options));
  }

  /** A list operation, page after page: the query's filters stay on every page, the paging options move. */
  protected paginate<Id extends OperationId, T>(
    operation: OperationDescriptor<Id>,
    input: Omit<OperationInputs[Id], "query">,
    params: PaginationOptions & object,
    options: RequestOptions | undefined,
  ): Paginator<T> {
    const { pageSize, pageToken, limit, maxEmptyPages, ...filters } = params;
    return new Paginator<T>(
      (query) => this.requester.execute(operation, { ...input, query: { ...filters, ...query } } as OperationInputs[Id], options) as never,
      { pageSize, pageToken, limit, maxEmptyPages },
      operation.operationId,
      this.requester.redact,
    );
  }
}

/** The request headers of a call, from the options that carry them (`ifMatch` → `If-Match`); only those given. */
export function headerParams<Input extends { header?: object }>(
  options: object | undefined,
  names: Record<string, string>,
): NonNullable<Input["header"]> {
  const header: Record<string, string> = {};
  for (const [field, name] of Object.entries(names)) {
    const value = (options as Record<string, unknown> | undefined)?.[field];
    if (value !== undefined) header[name] = String(value);
  }
  return header as NonNullable<Input["header"]>;
}
