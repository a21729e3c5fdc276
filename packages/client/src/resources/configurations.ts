import {
  CreateConfigurationOperation,
  FetchConfigurationOperation,
  UpdateConfigurationOperation,
  type IntelligenceConfiguration,
  type OperationDescriptor,
  type CreateConfigurationRequest,
  type ListConfigurationsQuery,
  type Rule,
  type RuleUpdateRequestPayload,
  type UpdateConfigurationRequest,
} from "@convintel/fetch";
import { ApiPromise, UNCONFIRMED, type WithResponse } from "../api-promise.js";
import { redactDeep } from "../auth.js";
import { checkSettingsOf, checksOf, type CheckOptions, type ConfigurationChecks, type OperatorCheckResult } from "../checks.js";
import { ClientOptionsError, ConcurrentModificationError, ResponseValidationError } from "../errors.js";
import { exclusive } from "../exclusive.js";
import { ConfigurationsResource } from "../generated/resources.js";
import type { PaginationOptions } from "../pagination.js";
import type { RequestOptions } from "../request-input.js";

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

/** A configurations resource on an `IntelligenceCore` whose operator checks were not turned on. */
function noChecks(): ClientOptionsError {
  return new ClientOptionsError("Operator checks need enableOperatorChecks(core) on an IntelligenceCore.");
}

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

/** Options of a configuration write (`create`, `update`, `modify`). */
export interface ConfigurationWriteOptions extends RequestOptions {
  /**
   * Check the operators the rules name first (`check()`, reading them from the API, never only from
   * the cache), and send nothing when the check fails. Default: the client's `checkOperators`.
   */
  checkOperators?: boolean | undefined;
}

/**
 * `client.configurations`: create, list, fetch, update, delete and modify Intelligence Configurations.
 * Beyond the spec's operations: `create` and `update` drop the server's own fields of a fetched
 * configuration (`id`, `version`, ...) from the body, so `update(id, { ...fetched, displayName })`
 * sends exactly what an update takes (rule ids kept); `create` is not retried once the request may
 * have reached the server (a retry could create a duplicate); a `delete` whose lost answer is retried
 * and finds the configuration gone is taken as done (`withResponse().status` is then 404); and
 * `modify()`.
 */
export class Configurations extends ConfigurationsResource {
  // The provider marks none of a configuration's server fields read-only, so they are named here
  // (and checked against the spec's types above).
  protected override dropFields(operation: OperationDescriptor): readonly string[] | undefined {
    return operation === CreateConfigurationOperation || operation === UpdateConfigurationOperation ? SERVER_FIELDS : undefined;
  }

  /**
   * Checks a configuration against the operators its rules name, without writing anything: each
   * operator must exist; a version a rule pins must exist and not be RETIRED (DEPRECATED is a
   * warning with the provider's dates); each parameter the rule passes must be one the operator
   * version declares, with a value of its declared type; each required parameter without a default
   * must be passed. Rules without a `version` are checked against the operator's current version.
   * The body is checked against the spec first (as an update body; a create body is one too; a
   * fetched configuration's server fields are ignored).
   *
   * Resolves with the warnings; rejects with one RequestValidationError listing every issue, each at
   * its pointer (`/rules/0/operators/0/parameters/scale`), or with the error of a read that failed.
   * Operators read are kept by the client for `operatorCacheTtlMs` (`fresh: true` reads them again).
   */
  check(body: ConfigurationChange | CreateConfigurationRequest, options?: CheckOptions): Promise<OperatorCheckResult> {
    const checks = checksOf(this.requester);
    return checks ? checks.check(toUpdateRequest(body as ConfigurationChange), options) : Promise.reject(noChecks());
  }

  override create(body: CreateConfigurationRequest, options?: ConfigurationWriteOptions): ApiPromise<IntelligenceConfiguration> {
    const write = this.#checkedWrite(options);
    return write ? new ApiPromise(write(CreateConfigurationOperation, { body }, options, SERVER_FIELDS)) : super.create(body, options);
  }

  override update(
    id: string,
    body: UpdateConfigurationRequest,
    options?: ConfigurationWriteOptions,
  ): ApiPromise<IntelligenceConfiguration> {
    const write = this.#checkedWrite(options);
    return write
      ? new ApiPromise(write(UpdateConfigurationOperation, { path: { id }, body }, options, SERVER_FIELDS))
      : super.update(id, body, options);
  }

  /** The write with the operator check first, when the call or the client asks for it. */
  #checkedWrite(options: ConfigurationWriteOptions | undefined): ConfigurationChecks["write"] | undefined {
    // A value other than true or false is refused by the checked write.
    if (!(options?.checkOperators ?? checkSettingsOf(this.requester).checkOperators)) return undefined;
    return checksOf(this.requester)?.write ?? (() => Promise.reject(noChecks()));
  }

  /**
   * Reads, changes and writes back one configuration. `change` gets a copy of the current
   * configuration and returns the new one (server fields such as `version` are dropped, rule ids
   * kept).
   *
   * In this process, `modify()` calls on the same configuration (through any client with the same
   * base URL and credentials) run one after another, never interleaved, so none of them overwrites
   * another. Across processes nothing can prevent it: the API's update is a full replacement
   * without If-Match. So after writing, the returned `version` is checked: anything above the
   * fetched version + 1, beyond what this call's own retried attempts explain, means someone else
   * wrote in between and was overwritten, and a ConcurrentModificationError says which versions.
   */
  modify(
    id: string,
    change: (current: IntelligenceConfiguration) => ConfigurationChange | Promise<ConfigurationChange>,
    options?: ConfigurationWriteOptions,
  ): ApiPromise<IntelligenceConfiguration> {
    return new ApiPromise(exclusive(`${this.requester.scope}\n${id}`, options?.signal, "modify", () => this.#modify(id, change, options)));
  }

  async #modify(
    id: string,
    change: (current: IntelligenceConfiguration) => ConfigurationChange | Promise<ConfigurationChange>,
    options: ConfigurationWriteOptions | undefined,
  ): Promise<WithResponse<IntelligenceConfiguration>> {
    const requester = this.requester;
    const fetched = (await requester.execute(FetchConfigurationOperation, { path: { id } }, options)).data;
    const body = await change(deepCopy(fetched));
    const write = this.#checkedWrite(options) ?? requester.execute.bind(requester);
    const updated = await write(UpdateConfigurationOperation, { path: { id }, body }, options, SERVER_FIELDS);
    const result = updated.data;
    const versionIssue = (message: string) =>
      new ResponseValidationError({
        issues: [{ pointer: "/version", keyword: "version", rule: "version", message, params: {} }],
        status: updated.status,
        requestId: updated.requestId,
        body: redactDeep(result, requester.redact),
        operationId: UpdateConfigurationOperation.operationId,
        method: UpdateConfigurationOperation.method,
      });
    if (typeof fetched?.version !== "number" || typeof result?.version !== "number") {
      throw versionIssue("/version must be of type integer; modify() needs it to detect concurrent changes");
    }
    if (result.version <= fetched.version) {
      throw versionIssue(`/version must grow with each update; the update returned ${result.version} after ${fetched.version} was fetched`);
    }
    // Versions between ours and the fetched one: written by our own retried attempts, or by someone else.
    const between = result.version - fetched.version - 1;
    const unconfirmed = updated[UNCONFIRMED];
    if (between > unconfirmed) {
      throw new ConcurrentModificationError({
        id,
        fetched: redactDeep(fetched, requester.redact),
        result: redactDeep(result, requester.redact),
        unconfirmedAttempts: unconfirmed,
      });
    }
    return updated;
  }
}
