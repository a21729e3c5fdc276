import type { PaginationMeta } from "@convintel/fetch";
import type { WithResponse } from "./api-promise.js";
import { redactDeep, type Redactor } from "./auth.js";
import { IntelligenceError, PaginationCycleError, PaginationStalledError, RequestValidationError } from "./errors.js";
import { optionIssue } from "./request-input.js";

/** One page of a list, as the API returned it. */
export interface Page<T> {
  items: T[];
  meta: PaginationMeta;
  /** The token of the next page; undefined on the last page. */
  nextToken: string | undefined;
  /** The page's HTTP response (status, headers, `Twilio-Request-Id`). */
  response: Response;
  /** Whether there is a page after this one (within the listing's `limit`). */
  hasNextPage(): boolean;
  /**
   * The page after this one, under the same options (`pageSize`, what is left of `limit`) and the
   * same guards against a server that loops or stalls. Rejects on the last page: check `hasNextPage()`.
   */
  getNextPage(): Promise<Page<T>>;
}

/** Paging options of `list()`. */
export interface PaginationOptions {
  /** Largest number of items per page (the API's limits apply). */
  pageSize?: number;
  /** Start at this page (a `nextToken` or `previousToken` from an earlier page). */
  pageToken?: string;
  /** Stop after this many items in total, across pages. */
  limit?: number;
  /**
   * Empty pages with a `nextToken` accepted in a row before the listing ends with a
   * `PaginationStalledError` (a server that would keep the caller paging forever). Default 20.
   */
  maxEmptyPages?: number;
}

const DEFAULT_MAX_EMPTY_PAGES = 20;

interface RawPage<T> {
  items?: T[];
  meta?: PaginationMeta;
}

export type PageFetcher<T> = (query: { pageSize?: number; pageToken?: string }) => Promise<WithResponse<RawPage<T> | undefined>>;

/** One fetched page, with the call's result it came from. */
interface Fetched<T> {
  page: Page<T>;
  result: WithResponse<RawPage<T> | undefined>;
}

/** Where a listing stands between two pages: what the next request asks for, and what its guards have seen. */
interface Cursor {
  token: string | undefined;
  /**
   * Every token of this listing so far (a server that hands one back again, A, B, A, ..., would loop
   * forever): the first `seenCount` of `seen`, which a walk goes on adding to (a Set keeps the order
   * of insertion), so that a page keeps its place without a copy of every token before it.
   */
  seen: Set<string>;
  seenCount: number;
  emptyPages: number;
  remaining: number;
  pages: number;
}

/**
 * The result of `list()`. Await it for the first page (`await list()`, or `.withResponse()` for that
 * page with its response, status, request id and rate-limit values); iterate it for every item
 * (`for await`), or call `pages()` for one page at a time. Pages are fetched lazily, following
 * `meta.nextToken` until it is absent or null. Each iteration starts again from the first page;
 * awaiting fetches the first page once, however often it is awaited.
 */
export class Paginator<T> implements AsyncIterable<T>, PromiseLike<Page<T>> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #options: PaginationOptions;
  readonly #operationId: string;
  readonly #redact: Redactor;
  #first: Promise<Fetched<T>> | undefined;

  constructor(fetchPage: PageFetcher<T>, options: PaginationOptions, operationId: string, redact: Redactor) {
    this.#fetchPage = fetchPage;
    this.#options = options;
    this.#operationId = operationId;
    this.#redact = redact;
  }

  /** The pages, one request each. With `limit`, the last page is cut to the limit. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    for await (const { page } of this.#walk(false)) yield page;
  }

  /** Fetches the pages in order from `start` (the first page without one); `atLeastOne` fetches a page even when `limit` is 0 (for `await`). */
  async *#walk(atLeastOne: boolean, start?: Cursor): AsyncGenerator<Fetched<T>, void, undefined> {
    const { pageSize, limit, maxEmptyPages = DEFAULT_MAX_EMPTY_PAGES } = this.#options;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
      throw new RequestValidationError([optionIssue("limit", "a whole number of 0 or more")], this.#operationId);
    if (!(Number.isInteger(maxEmptyPages) && maxEmptyPages >= 0))
      throw new RequestValidationError([optionIssue("maxEmptyPages", "a whole number of 0 or more")], this.#operationId);
    const first = this.#options.pageToken;
    const seen = start ? new Set([...start.seen].slice(0, start.seenCount)) : new Set(first === undefined ? [] : [first]);
    const cursor: Cursor = start
      ? { ...start, seen }
      : { token: first, seen, seenCount: seen.size, emptyPages: 0, remaining: limit ?? Infinity, pages: 0 };
    const firstPages = cursor.pages;
    while (cursor.remaining > 0 || (atLeastOne && cursor.pages === firstPages)) {
      const query: { pageSize?: number; pageToken?: string } = {};
      // A page larger than what is still wanted would only be thrown away.
      const { remaining } = cursor;
      if (pageSize !== undefined)
        query.pageSize = Number.isInteger(pageSize) && remaining > 0 && remaining < pageSize ? remaining : pageSize;
      if (cursor.token !== undefined) query.pageToken = cursor.token;
      const result = await this.#fetchPage(query);
      const { data } = result;
      cursor.pages++;
      const items = Array.isArray(data?.items) ? data.items : [];
      const meta = data?.meta ?? ({ key: "items", pageSize: items.length } as PaginationMeta);
      const next = typeof meta.nextToken === "string" && meta.nextToken !== "" ? meta.nextToken : undefined;
      if (next !== undefined) {
        if (cursor.seen.has(next)) {
          throw new PaginationCycleError({
            status: result.status,
            requestId: result.requestId,
            body: redactDeep(data, this.#redact),
            operationId: this.#operationId,
            pages: cursor.pages,
          });
        }
        cursor.seen.add(next);
        cursor.emptyPages = items.length === 0 ? cursor.emptyPages + 1 : 0;
        if (cursor.emptyPages > maxEmptyPages) {
          throw new PaginationStalledError({
            status: result.status,
            requestId: result.requestId,
            body: redactDeep(data, this.#redact),
            operationId: this.#operationId,
            pages: cursor.pages,
            emptyPages: cursor.emptyPages,
          });
        }
      }
      const kept = items.length > remaining ? items.slice(0, remaining) : items;
      cursor.remaining -= kept.length;
      cursor.token = next;
      const after: Cursor = { ...cursor, seenCount: cursor.seen.size };
      const hasNextPage = next !== undefined && after.remaining > 0;
      const page: Page<T> = {
        items: kept,
        meta,
        nextToken: next,
        // A standard Response is made only for a caller who asks for it.
        get response() {
          return result.response;
        },
        hasNextPage: () => hasNextPage,
        getNextPage: () =>
          hasNextPage
            ? this.#pageAt(after).then(({ page: nextPage }) => nextPage)
            : Promise.reject(new IntelligenceError("The last page has no next page: check hasNextPage() before getNextPage().")),
      };
      yield { page, result };
      if (next === undefined) return;
    }
  }

  /** The page a cursor points at. */
  async #pageAt(cursor?: Cursor): Promise<Fetched<T>> {
    const walk = this.#walk(true, cursor);
    const { value } = await walk.next();
    await walk.return();
    return value as Fetched<T>;
  }

  #firstPage(): Promise<Fetched<T>> {
    this.#first ??= this.#pageAt();
    return this.#first;
  }

  /** The first page, with its HTTP response (status, `Twilio-Request-Id`, rate-limit values). */
  withResponse(): Promise<WithResponse<Page<T>>> {
    return this.#firstPage().then(({ page, result }) => result.withData(page));
  }

  // biome-ignore lint/suspicious/noThenProperty: awaiting a listing gives its first page, as documented.
  then<TResult1 = Page<T>, TResult2 = never>(
    onfulfilled?: ((page: Page<T>) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#firstPage()
      .then(({ page }) => page)
      .then(onfulfilled, onrejected);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Every item (up to `limit`) in one array. */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    // One push per item: spreading a page of hundreds of thousands of items would exceed the engine's argument limit.
    for await (const page of this.pages()) for (const item of page.items) all.push(item);
    return all;
  }
}
