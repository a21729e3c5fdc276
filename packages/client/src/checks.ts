/**
 * Where a configuration write finds the operator-aware check (operator-check.ts), without importing
 * it: a bundle that only updates configurations keeps none of the check's code and operations, and
 * `enableOperatorChecks(core)` (which `IntelligenceClient` calls) brings them in.
 */
import type { OperationDescriptor, OperationInputs, OperationResults } from "@convintel/fetch";
import type { WithResponse } from "./api-promise.js";
import type { Requester } from "./request.js";
import type { RequestOptions } from "./request-input.js";

/** What the check found that does not stop a write: a rule that runs today but will not for long. */
export interface OperatorWarning {
  /** Where the rule names the operator's version, e.g. `/rules/0/operators/1/version`. */
  pointer: string;
  operatorId: string;
  version: number;
  status: "DEPRECATED";
  /** When the version was deprecated, as the provider states it. */
  dateDeprecated?: string | undefined;
  /** When the version is to be retired (a rule naming it then fails to run), as the provider states it. */
  retirementDate?: string | undefined;
  /** A sentence with the operator, the version and the dates. */
  message: string;
}

/** The outcome of a check that found nothing to refuse: the warnings, possibly none. */
export interface OperatorCheckResult {
  warnings: OperatorWarning[];
}

/** Options of `configurations.check()`: those of the reads it makes, and whether to read past the cache. */
export interface CheckOptions extends RequestOptions {
  /** Read every operator from the API, not from the client's cache (the answers refresh the cache). Default false. */
  fresh?: boolean | undefined;
}

/** The operator-aware check of a client, as configuration calls use it. */
export interface ConfigurationChecks {
  /** Checks a body; rejects with RequestValidationError naming each broken rule. */
  check(body: unknown, options: CheckOptions | undefined): Promise<OperatorCheckResult>;
  /**
   * A configuration write with the check first: the spec's rules (nothing is read on bad input),
   * then the operators, read afresh; sent only when both pass. Warnings go to the client's log.
   */
  write<Id extends "CreateConfiguration" | "UpdateConfiguration">(
    operation: OperationDescriptor<Id>,
    input: OperationInputs[Id],
    options: RequestOptions | undefined,
    dropFields: readonly string[],
  ): Promise<WithResponse<OperationResults[Id]>>;
}

/** The client options of the check. */
export interface CheckSettings {
  checkOperators: boolean;
  operatorCacheTtlMs: number;
}

const settingsByRequester = new WeakMap<Requester, CheckSettings>();
const checks = new WeakMap<Requester, ConfigurationChecks>();

export function setCheckSettings(requester: Requester, settings: CheckSettings): void {
  settingsByRequester.set(requester, settings);
}

export function checkSettingsOf(requester: Requester): CheckSettings {
  return settingsByRequester.get(requester) ?? { checkOperators: false, operatorCacheTtlMs: 0 };
}

/** Registers the check of a client, once: later calls keep the first (and its cache). */
export function registerChecks(requester: Requester, make: () => ConfigurationChecks): void {
  if (!checks.has(requester)) checks.set(requester, make());
}

/** The checks of a client; undefined when they were not turned on (a bare IntelligenceCore). */
export function checksOf(requester: Requester): ConfigurationChecks | undefined {
  return checks.get(requester);
}
