import { type LanguageOperator, type LanguageOperatorVersion, type OperatorRequest, UpdateOperatorOperation } from "@convintel/fetch";
import { ApiPromise, type WithResponse } from "../api-promise.js";
import { PreconditionFailedError, RequestValidationError, ResponseValidationError } from "../errors.js";
import { exclusive } from "../exclusive.js";
import { OperatorsResource, type UpdateOperatorHeaders } from "../generated/resources.js";
import { optionIssue, type RequestOptions } from "../request-input.js";

/** What a `modify()` callback returns: an operator body, or the whole operator with changes (read-only fields are dropped). */
export type OperatorChange = OperatorRequest | LanguageOperator;

/** Options of `operators.modify()`. */
export interface OperatorModifyOptions extends RequestOptions {
  /** Reads and writes before giving up when others keep changing the operator in between. Default 3. */
  maxAttempts?: number | undefined;
}

const DEFAULT_MAX_ATTEMPTS = 3;

/** The version an `If-Match` names (`"3"`, `3` or `W/"3"`); undefined when it names none. */
function versionOf(ifMatch: string): number | undefined {
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch);
  return match ? Number(match[1]) : undefined;
}

/** Equal as JSON values, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, index) => sameJson(item, (b as unknown[])[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}

/** Whether a stored operator (or version) holds what `body` sets: each writable field sent, as sent. */
function holds(stored: LanguageOperator | LanguageOperatorVersion, body: OperatorRequest): boolean {
  const sent = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const readOnly: readonly string[] = UpdateOperatorOperation.requestBody.readOnly;
  const record = stored as Record<string, unknown>;
  return Object.keys(sent).every((key) => readOnly.includes(key) || sameJson(sent[key], record[key]));
}

/**
 * `client.operators`: create, list, fetch, update (conditional with `ifMatch`), delete and modify
 * Language Operators; `client.operators.versions` lists and fetches their versions. An operator's
 * `ETag` (its version) is on `withResponse().etag` of `fetch`, `create` and `update`. `update` and
 * `create` drop the fields the spec marks read-only (`id`, `version`, `author`), so a fetched operator
 * can be sent back with changes.
 */
export class Operators extends OperatorsResource {
  /**
   * Replaces a custom operator's definition. With `ifMatch`, only onto that version: a 412 means
   * someone else wrote since. When an earlier attempt of this call was retried after its answer was
   * lost, a 412 may instead mean that attempt landed: the operator is read again (and the version the
   * write would have made), and when it holds this body the call succeeds with the operator as it is
   * now, instead of reporting its own write as someone else's.
   */
  override update(id: string, body: OperatorRequest, options?: RequestOptions & UpdateOperatorHeaders): ApiPromise<LanguageOperator> {
    const written = super.update(id, body, options);
    const ifMatch = options?.ifMatch;
    if (options === undefined || ifMatch === undefined) return written;
    return new ApiPromise(written.withResponse().catch((error: unknown) => this.#ownWrite(id, body, ifMatch, options, error)));
  }

  /** After a 412 that the call's own lost attempt may explain: the operator now, when that attempt landed; else the error. */
  async #ownWrite(
    id: string,
    body: OperatorRequest,
    ifMatch: string,
    options: RequestOptions & UpdateOperatorHeaders,
    error: unknown,
  ): Promise<WithResponse<LanguageOperator>> {
    if (!(error instanceof PreconditionFailedError) || error.unconfirmedAttempts === 0) throw error;
    const base = versionOf(ifMatch);
    if (base === undefined) throw error;
    const { ifMatch: _ifMatch, ...readOptions } = options;
    const current = await this.fetch(id, readOptions).withResponse();
    const version = current.data.version;
    if (version === base + 1 && holds(current.data, body)) return current;
    // Written over since: the version our write would have made tells whether it was ours.
    if (version !== undefined && version > base + 1 && holds(await this.versions.fetch(id, base + 1, readOptions), body)) return current;
    throw error;
  }

  /**
   * Changes an operator without losing anyone else's change (compare-and-swap): reads it with its
   * `ETag`, calls `change` with a copy, and updates with `If-Match` set to that `ETag`. When someone
   * updated it in between (412), it reads it again and calls `change` again, up to `maxAttempts`
   * reads; after that the last PreconditionFailedError is thrown. `change` may therefore run more than
   * once: make it a function of the operator it is given. A write that landed although its answer was
   * lost is told from someone else's (see `update`), so a change is applied once. In this process,
   * `modify()` calls on the same operator run one after another.
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
