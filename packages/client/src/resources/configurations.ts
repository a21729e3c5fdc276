import {
  operations,
  type CreateConfigurationRequest,
  type IntelligenceConfiguration,
  type ListConfigurationsQuery,
  type PaginatedConfigurationResponse,
  type Rule,
  type RuleUpdateRequestPayload,
  type UpdateConfigurationRequest,
} from "@convintel/fetch";
import { APIPromise, type WithResponse } from "../api-promise.js";
import { ConcurrentModificationError, ResponseValidationError } from "../errors.js";
import { Paginator, type PaginationOptions } from "../pagination.js";
import type { RequestOptions, Requester } from "../request.js";

/** Parameters of `list()`: the API's query plus a `limit` on the total number of items. */
export type ListConfigurationsParams = ListConfigurationsQuery & PaginationOptions;

// Fields of a stored configuration that an update body does not carry: server state.
const SERVER_FIELDS = ["accountId", "id", "version", "dateCreated", "dateUpdated"] as const;
type ServerField = (typeof SERVER_FIELDS)[number];
// Fails to compile if the spec adds a read-only field that the list above misses, or drops one it names.
const serverFieldsMatchSpec: [Exclude<keyof IntelligenceConfiguration, keyof UpdateConfigurationRequest>] extends [ServerField]
  ? [ServerField] extends [Exclude<keyof IntelligenceConfiguration, keyof UpdateConfigurationRequest>]
    ? true
    : false
  : false = true;
// Stored rules can be sent back as they are, ids included.
const rulesFitUpdates: Rule extends RuleUpdateRequestPayload ? true : false = true;
void serverFieldsMatchSpec;
void rulesFitUpdates;

/** What a `modify()` callback returns: an update body, or the whole configuration with changes (server fields are dropped). */
export type ConfigurationChange = UpdateConfigurationRequest & Partial<Pick<IntelligenceConfiguration, ServerField>>;

function deepCopy<T>(value: T): T {
  return typeof structuredClone === "function" ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T);
}

/** The update body of a changed configuration: everything but the server's fields; rule ids are kept. */
export function toUpdateRequest(change: ConfigurationChange): UpdateConfigurationRequest {
  if (typeof change !== "object" || change === null || Array.isArray(change)) return change;
  const body: Record<string, unknown> = { ...change };
  for (const field of SERVER_FIELDS) delete body[field];
  return body as UpdateConfigurationRequest;
}

/** `client.configurations`: create, list, fetch, update, delete and modify Intelligence Configurations. */
export class Configurations {
  readonly #requester: Requester;

  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /** Creates a configuration. Not retried once the request may have reached the server (a retry could create a duplicate). */
  create(body: CreateConfigurationRequest, options?: RequestOptions): APIPromise<IntelligenceConfiguration> {
    return new APIPromise(this.#requester.execute(operations.CreateConfiguration, undefined, undefined, body, options));
  }

  /** Fetches one configuration with all its rules. */
  fetch(id: string, options?: RequestOptions): APIPromise<IntelligenceConfiguration> {
    return new APIPromise(this.#requester.execute(operations.FetchConfiguration, { id }, undefined, undefined, options));
  }

  /** Replaces a configuration: send every field, rules included (a rule with an `id` updates that rule). */
  update(id: string, body: UpdateConfigurationRequest, options?: RequestOptions): APIPromise<IntelligenceConfiguration> {
    return new APIPromise(this.#requester.execute(operations.UpdateConfiguration, { id }, undefined, body, options));
  }

  /** Deletes a configuration. */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return new APIPromise(this.#requester.execute(operations.DeleteConfiguration, { id }, undefined, undefined, options));
  }

  /**
   * Every configuration, page after page: `for await (const config of client.configurations.list())`.
   * `.pages()` yields whole pages; `limit` stops after that many items.
   */
  list(params: ListConfigurationsParams = {}, options?: RequestOptions): Paginator<IntelligenceConfiguration> {
    const operation = operations.ListConfigurations;
    return new Paginator<IntelligenceConfiguration>(
      (query) => this.#requester.execute<PaginatedConfigurationResponse | undefined>(operation, undefined, query, undefined, options),
      params,
      operation.operationId,
    );
  }

  /**
   * Reads, changes and writes back one configuration. `change` gets a copy of the current
   * configuration and returns the new one (server fields such as `version` are dropped, rule ids
   * kept). The API's update is a full replacement without If-Match, so after writing, the returned
   * `version` is checked: anything but the fetched version + 1 means someone else wrote in between,
   * and a ConcurrentModificationError says so, with both configurations.
   */
  modify(
    id: string,
    change: (current: IntelligenceConfiguration) => ConfigurationChange | Promise<ConfigurationChange>,
    options?: RequestOptions,
  ): APIPromise<IntelligenceConfiguration> {
    return new APIPromise(this.#modify(id, change, options));
  }

  async #modify(
    id: string,
    change: (current: IntelligenceConfiguration) => ConfigurationChange | Promise<ConfigurationChange>,
    options: RequestOptions | undefined,
  ): Promise<WithResponse<IntelligenceConfiguration>> {
    const fetched = (await this.#requester.execute<IntelligenceConfiguration>(operations.FetchConfiguration, { id }, undefined, undefined, options)).data;
    const body = toUpdateRequest(await change(deepCopy(fetched)));
    const updated = await this.#requester.execute<IntelligenceConfiguration>(operations.UpdateConfiguration, { id }, undefined, body, options);
    const result = updated.data;
    if (typeof fetched?.version !== "number" || typeof result?.version !== "number") {
      throw new ResponseValidationError({
        issues: [{ pointer: "/version", keyword: "type", rule: "type integer", message: "/version must be of type integer (type integer); modify() needs it to detect concurrent changes", params: { type: "integer" } }],
        status: updated.status,
        requestId: updated.requestId,
        body: result,
        operationId: operations.UpdateConfiguration.operationId,
      });
    }
    if (result.version !== fetched.version + 1) throw new ConcurrentModificationError({ id, fetched, result });
    return updated;
  }

  toJSON(): Record<string, never> {
    return {};
  }
}
