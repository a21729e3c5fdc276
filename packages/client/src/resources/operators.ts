import type { LanguageOperator, OperatorRequest } from "@convintel/fetch";
import { ApiPromise, type WithResponse } from "../api-promise.js";
import { PreconditionFailedError, RequestValidationError, ResponseValidationError } from "../errors.js";
import { exclusive } from "../exclusive.js";
import { OperatorsResource } from "../generated/resources.js";
import { optionIssue, type RequestOptions } from "../request.js";

/** What a `modify()` callback returns: an operator body, or the whole operator with changes (read-only fields are dropped). */
export type OperatorChange = OperatorRequest | LanguageOperator;

/** Options of `operators.modify()`. */
export interface OperatorModifyOptions extends RequestOptions {
  /** Reads and writes before giving up when others keep changing the operator in between. Default 3. */
  maxAttempts?: number | undefined;
}

const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * `client.operators`: create, list, fetch, update (conditional with `ifMatch`), delete and modify
 * Language Operators; `client.operators.versions` lists and fetches their versions. An operator's
 * `ETag` (its version) is on `withResponse().etag` of `fetch`, `create` and `update`. `update` and
 * `create` drop the fields the spec marks read-only (`id`, `version`, `author`), so a fetched operator
 * can be sent back with changes.
 */
export class Operators extends OperatorsResource {
  /**
   * Changes an operator without losing anyone else's change (compare-and-swap): reads it with its
   * `ETag`, calls `change` with a copy, and updates with `If-Match` set to that `ETag`. When someone
   * updated it in between (412), it reads it again and calls `change` again, up to `maxAttempts`
   * reads; after that the last PreconditionFailedError is thrown. `change` may therefore run more than
   * once: make it a function of the operator it is given. In this process, `modify()` calls on the same
   * operator run one after another.
   */
  modify(
    id: string,
    change: (current: LanguageOperator) => OperatorChange | Promise<OperatorChange>,
    options?: OperatorModifyOptions,
  ): ApiPromise<LanguageOperator> {
    const maxAttempts = options?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1)) {
      const issue = optionIssue("maxAttempts", "a whole number of 1 or more");
      return new ApiPromise(Promise.reject(new RequestValidationError([issue], "UpdateOperator")));
    }
    const { maxAttempts: _maxAttempts, ...callOptions } = options ?? {};
    return new ApiPromise(
      exclusive(`${this.requester.scope}\noperator ${id}`, options?.signal, "modify", () =>
        this.#modify(id, change, callOptions, maxAttempts),
      ),
    );
  }

  async #modify(
    id: string,
    change: (current: LanguageOperator) => OperatorChange | Promise<OperatorChange>,
    options: RequestOptions,
    maxAttempts: number,
  ): Promise<WithResponse<LanguageOperator>> {
    for (let attempt = 1; ; attempt++) {
      const fetched = await this.fetch(id, options).withResponse();
      const { etag } = fetched;
      if (etag === undefined) {
        throw new ResponseValidationError({
          issues: [
            {
              pointer: "",
              keyword: "header",
              rule: "ETag",
              message: "(root) must come with an ETag header; modify() needs it to update conditionally",
              params: {},
            },
          ],
          status: fetched.status,
          requestId: fetched.requestId,
          body: undefined,
          operationId: "FetchOperator",
          method: "GET",
        });
      }
      const body = (await change(structuredClone(fetched.data))) as OperatorRequest;
      try {
        return await this.update(id, body, { ...options, ifMatch: etag }).withResponse();
      } catch (error) {
        if (!(error instanceof PreconditionFailedError) || attempt >= maxAttempts) throw error;
      }
    }
  }
}
