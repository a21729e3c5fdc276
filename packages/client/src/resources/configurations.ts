import {
  FetchConfigurationOperation,
  UpdateConfigurationOperation,
  type IntelligenceConfiguration,
  type CreateConfigurationRequest,
  type ListConfigurationsQuery,
  type Rule,
  type RuleUpdateRequestPayload,
  type UpdateConfigurationRequest,
} from "@convintel/fetch";
import { ApiPromise, UNCONFIRMED, type WithResponse } from "../api-promise.js";
import { redactDeep } from "../auth.js";
import { OPERATOR_CHECKS, checksMissing, type CheckOptions, type OperatorCheckResult, type OperatorChecks } from "../checks.js";
import { ConcurrentModificationError, ResponseValidationError } from "../errors.js";
import { exclusive } from "../exclusive.js";
import { ConfigurationsResource } from "../generated/resources.js";
import type { PaginationOptions } from "../pagination.js";
import type { ConfigurationWriteOptions } from "../request-input.js";

/** Parameters of `list()`: the API's query plus a `limit` on the total number of items. */
export type ListConfigurationsParams = ListConfigurationsQuery & PaginationOptions;

// Stored rules can be sent back as they are, ids included.
const rulesFitUpdates: Rule extends RuleUpdateRequestPayload ? true : false = true;
void rulesFitUpdates;

/**
 * What a `modify()` callback returns: an update body, or the whole configuration with changes. The
 * server's fields (`id`, `version`, ...) are read-only in the spec: they are left out of what is sent.
 */
export type ConfigurationChange = UpdateConfigurationRequest;

function deepCopy<T>(value: T): T {
  return typeof structuredClone === "function" ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T);
}

/** The update body of a changed configuration: without the fields the spec marks read-only (the server's); rule ids are kept. */
export function toUpdateRequest(change: ConfigurationChange): UpdateConfigurationRequest {
  if (typeof change !== "object" || change === null || Array.isArray(change)) return change;
  const body: Record<string, unknown> = { ...change };
  for (const field of UpdateConfigurationOperation.requestBody.readOnly) delete body[field];
  return body as UpdateConfigurationRequest;
}

/**
 * `client.configurations`: create, list, fetch, update, delete and modify Intelligence Configurations.
 * Beyond the spec's operations: `create` and `update` leave the server's own fields of a fetched
 * configuration (`id`, `version`, ...) out of the body, so `update(id, { ...fetched, displayName })`
 * sends exactly what an update takes (rule ids kept); with `checkOperators`, they check the
 * operators the rules name first (`check()`); `create` is not retried once the request may have
 * reached the server (a retry could create a duplicate); a `delete` whose lost answer is retried and
 * finds the configuration gone is taken as done (`withResponse().status` is then 404); and `modify()`.
 */
export class Configurations extends ConfigurationsResource {
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
    const checks = this.requester.hook<OperatorChecks>(OPERATOR_CHECKS);
    return checks ? checks.check(body, options) : Promise.reject(checksMissing());
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
    const updated = await requester.execute(UpdateConfigurationOperation, { path: { id }, body }, options);
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
