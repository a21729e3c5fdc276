/**
 * How configuration writes meet the operator-aware check (operator-check.ts) without importing it:
 * the check is a hook of the client's requester, registered by `enableOperatorChecks(core)` (which
 * `IntelligenceClient` calls), so a bundle that only updates configurations keeps none of its code.
 */
import type { LanguageOperator, OperatorRequest } from "@convintel/fetch";
import type { OperationId } from "@convintel/types";
import type { CallHook } from "./call-hook.js";
import { ClientOptionsError, RequestValidationError } from "./errors.js";
import { optionIssue, type RequestOptions } from "./request-input.js";

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
  /**
   * Operators taken as given here, by id, instead of read: definitions about to be written, such as
   * an operator that is created or updated before the configuration that names it. A rule that pins
   * a version of one of them is still checked against that version as the API has it.
   */
  definitions?: Readonly<Record<string, LanguageOperator | OperatorRequest>> | undefined;
}

/** The client options of the check. */
export interface CheckSettings {
  checkOperators: boolean;
  operatorCacheTtlMs: number;
}

/** The name the operator check is registered under on a client's requester. */
export const OPERATOR_CHECKS = "operatorChecks";

/** The operations whose calls the operator check wraps: the configuration writes. */
export const CHECKED_WRITES = ["CreateConfiguration", "UpdateConfiguration"] as const satisfies readonly OperationId[];

/** The operator-aware check of a client: it wraps configuration writes, and `configurations.check()` calls it. */
export interface OperatorChecks extends CallHook {
  /** False for the stand-in that refuses checked writes until the check is turned on. */
  readonly enabled: boolean;
  /** Checks a body; rejects with RequestValidationError naming each broken rule. */
  check(body: unknown, options: CheckOptions | undefined): Promise<OperatorCheckResult>;
}

/**
 * The `applies` of an operator-check hook: a configuration write asked to be checked (its option,
 * else the client's); a value other than true or false is refused.
 */
export function whenAsked(settings: CheckSettings): NonNullable<CallHook["applies"]> {
  return (operation, options) => {
    const asked = (options as { checkOperators?: unknown } | undefined)?.checkOperators;
    if (asked !== undefined && typeof asked !== "boolean")
      throw new RequestValidationError([optionIssue("checkOperators", "true or false")], operation.operationId);
    return asked ?? settings.checkOperators;
  };
}

/** A check asked for on a core whose operator checks were not turned on. */
export function checksMissing(): ClientOptionsError {
  return new ClientOptionsError("Operator checks need enableOperatorChecks(core) on an IntelligenceCore.");
}

/**
 * What stands for the operator check until `enableOperatorChecks(core)` registers it: a write that
 * asks for the check is refused, never sent unchecked. It carries none of the check's code.
 */
export function checksNotEnabled(settings: CheckSettings): OperatorChecks {
  const refuse = () => Promise.reject(checksMissing());
  return {
    enabled: false,
    operations: CHECKED_WRITES,
    applies: whenAsked(settings),
    around: refuse,
    check: refuse,
  };
}
