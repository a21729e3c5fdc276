/**
 * The operator-aware check of a configuration: every operator a rule names is read from the API
 * (the version the rule pins, or the operator's current one) and the rule's parameters are checked
 * against what that version declares. The API's schema cannot say this: a rule's `parameters` is
 * any object there, so a wrong type, a missing parameter or a retired version is otherwise found
 * only when the rule fails to run.
 */
import {
  escapePointerSegment,
  FetchOperatorOperation,
  FetchOperatorVersionOperation,
  ListOperatorVersionsOperation,
  nearestName,
  validate,
  validateKnowledgeBaseTtid,
  validateKnowledgeSourceTtid,
  validateUpdateConfigurationRequest,
  type LanguageOperator,
  type LanguageOperatorVersion,
  type OperatorParameter,
  type OperatorParameters,
  type OperatorVersionSummary,
} from "@convintel/fetch";
import {
  CHECKED_WRITES,
  OPERATOR_CHECKS,
  whenAsked,
  type CheckOptions,
  type OperatorCheckResult,
  type OperatorChecks,
  type OperatorWarning,
} from "./checks.js";
import { requesterOf, type IntelligenceCore } from "./core.js";
import { NotFoundError, RequestValidationError, type RequestIssue } from "./errors.js";
import { Paginator } from "./pagination.js";
import type { Requester } from "./request.js";
import type { RequestOptions } from "./request-input.js";

/** How a value of each parameter type is written in a rule, and the test of it. */
const PARAMETER_TYPES: Record<OperatorParameter["type"], { rule: string; test: (value: unknown) => boolean }> = {
  STRING: { rule: "a string", test: (value) => typeof value === "string" },
  INTEGER: { rule: "an integer", test: (value) => Number.isInteger(value) },
  NUMBER: { rule: "a number", test: (value) => typeof value === "number" && Number.isFinite(value) },
  BOOLEAN: { rule: "true or false", test: (value) => typeof value === "boolean" },
  KNOWLEDGE_BASE_AND_SOURCE_IDS: {
    rule: "a string knowledge_base_id:knowledge_source_id",
    test: (value) => {
      if (typeof value !== "string") return false;
      const parts = value.split(":");
      return parts.length === 2 && validateKnowledgeBaseTtid(parts[0]) && validateKnowledgeSourceTtid(parts[1]);
    },
  },
};

/** Reads of operators at once, at most, so that a large configuration does not burst into the rate limit. */
const CONCURRENT_READS = 4;

interface Entry<T> {
  value: Promise<T>;
  expiresAt: number;
}

/**
 * The operators a client has read, each for `ttlMs`. A read that fails is not kept. A fresh check
 * reads again and keeps the new answer.
 */
class OperatorCatalog {
  readonly #entries = new Map<string, Entry<unknown>>();
  readonly #requester: Requester;
  readonly #ttlMs: number;

  constructor(requester: Requester, ttlMs: number) {
    this.#requester = requester;
    this.#ttlMs = ttlMs;
  }

  #cached<T>(key: string, fresh: boolean, read: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const entry = this.#entries.get(key) as Entry<T> | undefined;
    if (!fresh && entry && entry.expiresAt > now) return entry.value;
    const value = read();
    const stored = { value, expiresAt: now + this.#ttlMs };
    this.#entries.set(key, stored);
    value.catch(() => {
      if (this.#entries.get(key) === stored) this.#entries.delete(key);
    });
    return value;
  }

  /** The operator in its current version; undefined when there is none with this id. */
  operator(id: string, options: RequestOptions | undefined, fresh: boolean): Promise<LanguageOperator | undefined> {
    return this.#cached(`operator ${id}`, fresh, () =>
      orMissing(this.#requester.execute(FetchOperatorOperation, { path: { id } }, options).then((result) => result.data)),
    );
  }

  /** Every version of the operator with its status and dates; undefined when there is no operator with this id. */
  versions(id: string, options: RequestOptions | undefined, fresh: boolean): Promise<OperatorVersionSummary[] | undefined> {
    return this.#cached(`versions ${id}`, fresh, () => {
      const pages = new Paginator<OperatorVersionSummary>(
        (query) => this.#requester.execute(ListOperatorVersionsOperation, { path: { id }, query }, options),
        {},
        ListOperatorVersionsOperation.operationId,
        this.#requester.redact,
      );
      return orMissing(
        (async () => {
          const all: OperatorVersionSummary[] = [];
          for await (const version of pages) all.push(version);
          return all;
        })(),
      );
    });
  }

  /** One version of the operator as it is defined (its parameters). */
  version(id: string, version: number, options: RequestOptions | undefined, fresh: boolean): Promise<LanguageOperatorVersion | undefined> {
    return this.#cached(`version ${id} ${version}`, fresh, () =>
      orMissing(this.#requester.execute(FetchOperatorVersionOperation, { path: { id, version } }, options).then((result) => result.data)),
    );
  }
}

/** A 404 as undefined; every other failure as it is. */
async function orMissing<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** Runs the tasks with at most `limit` at a time; after a failure no further task starts. */
async function inBatches(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < tasks.length) {
      try {
        await tasks[next++]!();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function issue(pointer: string, keyword: string, rule: string, sentence: string, params: Record<string, unknown> = {}): RequestIssue {
  return { in: "body", pointer, keyword, rule, message: `${pointer} ${sentence}`, params };
}

/** The issues of one rule operator's parameters against the parameters its operator version declares. */
function parameterIssues(given: unknown, declared: OperatorParameters | undefined, at: string, operatorId: string): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const values = isRecord(given) ? given : {};
  const names = Object.keys(declared ?? {});
  for (const [name, value] of Object.entries(values)) {
    const pointer = `${at}/parameters/${escapePointerSegment(name)}`;
    const parameter = declared?.[name];
    if (parameter === undefined) {
      const suggestion = nearestName(name, names);
      const known = names.length === 0 ? "it declares none" : `it declares ${names.join(", ")}`;
      issues.push(
        issue(
          pointer,
          "additionalProperties",
          "a parameter the operator declares",
          `is not a parameter of operator ${operatorId} (${known}${suggestion === undefined ? "" : `; did you mean ${suggestion}?`})`,
          suggestion === undefined ? { additionalProperty: name } : { additionalProperty: name, suggestion },
        ),
      );
      continue;
    }
    const type = PARAMETER_TYPES[parameter.type];
    // A type this client does not know yet (a newer API) is left to the API.
    if (type !== undefined && !type.test(value)) {
      issues.push(
        issue(pointer, "type", type.rule, `must be ${type.rule}: operator ${operatorId} declares it ${parameter.type}`, {
          type: parameter.type,
        }),
      );
    }
  }
  for (const [name, parameter] of Object.entries(declared ?? {})) {
    if (parameter.required === true && parameter.default === undefined && values[name] === undefined) {
      issues.push(
        issue(
          `${at}/parameters/${escapePointerSegment(name)}`,
          "required",
          "a required parameter",
          `is required by operator ${operatorId} (${parameter.type}, no default)`,
          { missingProperty: name },
        ),
      );
    }
  }
  return issues;
}

/** One operator named by a rule, where the rule names it. */
interface Named {
  at: string;
  id: string;
  version: number | undefined;
  parameters: unknown;
}

function namedOperators(body: unknown): Named[] {
  const named: Named[] = [];
  const rules = isRecord(body) && Array.isArray(body.rules) ? body.rules : [];
  rules.forEach((rule, r) => {
    const operators = isRecord(rule) && Array.isArray(rule.operators) ? rule.operators : [];
    operators.forEach((operator, o) => {
      if (!isRecord(operator) || typeof operator.id !== "string") return;
      const version = Number.isInteger(operator.version) ? (operator.version as number) : undefined;
      named.push({ at: `/rules/${r}/operators/${o}`, id: operator.id, version, parameters: operator.parameters });
    });
  });
  return named;
}

/**
 * What a check knows of the operators, as the API answers FetchOperator, ListOperatorVersions
 * (every page) and FetchOperatorVersion; undefined where it answers 404. The client reads them; an
 * offline check (a catalog pulled earlier) gives its own.
 */
export interface OperatorSource {
  operator(id: string): LanguageOperator | undefined;
  versions(id: string): readonly OperatorVersionSummary[] | undefined;
  version(id: string, version: number): LanguageOperatorVersion | undefined;
}

/**
 * The issues and warnings of a configuration body's rules against the operators they name (see
 * `configurations.check()`), from what `source` knows; the body is not checked against the spec here.
 */
export function operatorIssues(body: unknown, source: OperatorSource): { issues: RequestIssue[]; warnings: OperatorWarning[] } {
  const named = namedOperators(body);
  const issues: RequestIssue[] = [];
  const warnings: OperatorWarning[] = [];
  const unknownOperator = (at: string, id: string) =>
    issues.push(issue(`${at}/id`, "operator", "an existing operator", `names no operator (${id})`));
  for (const { at, id, version, parameters } of named) {
    if (version === undefined) {
      const operator = source.operator(id);
      if (operator === undefined) unknownOperator(at, id);
      else issues.push(...parameterIssues(parameters, operator.parameters, at, id));
      continue;
    }
    const versions = source.versions(id);
    if (versions === undefined) {
      unknownOperator(at, id);
      continue;
    }
    const summary = versions.find((candidate) => candidate.version === version);
    const definition = source.version(id, version);
    if (summary === undefined || definition === undefined) {
      const known = versions.map((candidate) => `${candidate.version} ${candidate.status}`).join(", ");
      issues.push(
        issue(`${at}/version`, "version", "a version of the operator", `names no version of operator ${id} (it has ${known || "none"})`),
      );
      continue;
    }
    if (summary.status === "RETIRED") {
      const when = summary.dateRetired === undefined ? "" : ` on ${summary.dateRetired}`;
      issues.push(
        issue(
          `${at}/version`,
          "version",
          "a version that is not RETIRED",
          `names version ${version} of operator ${id}, retired${when}: a rule with it fails to run`,
          { status: summary.status },
        ),
      );
      continue;
    }
    if (summary.status === "DEPRECATED") {
      const dates = [
        summary.dateDeprecated === undefined ? undefined : `deprecated on ${summary.dateDeprecated}`,
        summary.retirementDate === undefined ? undefined : `to be retired on ${summary.retirementDate}`,
      ].filter((part) => part !== undefined);
      warnings.push({
        pointer: `${at}/version`,
        operatorId: id,
        version,
        status: "DEPRECATED",
        dateDeprecated: summary.dateDeprecated,
        retirementDate: summary.retirementDate,
        message: `${at}/version names version ${version} of operator ${id}, DEPRECATED${dates.length ? ` (${dates.join(", ")})` : ""}; move the rule to a newer version`,
      });
    }
    issues.push(...parameterIssues(parameters, definition.parameters, at, id));
  }
  return { issues, warnings };
}

/** The checks of one client, over its cache of operators. */
function makeChecks(requester: Requester): OperatorChecks {
  const settings = requester.checkSettings;
  const catalog = new OperatorCatalog(requester, settings.operatorCacheTtlMs);
  // The operators' part: reads what the rules name, then checks them (the body's shape is the caller's).
  const checkOperators = async (body: unknown, options: CheckOptions | undefined, operationId?: string): Promise<OperatorCheckResult> => {
    const { fresh = false, definitions = {}, ...readOptions } = options ?? {};
    const given = (id: string) => (Object.hasOwn(definitions, id) ? (definitions[id] as LanguageOperator) : undefined);
    const named = namedOperators(body);
    // Each distinct read once, however many rules name the operator; then the rules are checked.
    const read = new Map<string, unknown>();
    const tasks = new Map<string, () => Promise<void>>();
    const need = (key: string, load: () => Promise<unknown>) => {
      if (!tasks.has(key)) tasks.set(key, async () => void read.set(key, await load()));
    };
    for (const { id, version } of named) {
      if (version === undefined) {
        if (given(id) === undefined) need(`operator ${id}`, () => catalog.operator(id, readOptions, fresh));
      } else {
        need(`versions ${id}`, () => catalog.versions(id, readOptions, fresh));
        need(`version ${id} ${version}`, () => catalog.version(id, version, readOptions, fresh));
      }
    }
    await inBatches([...tasks.values()], CONCURRENT_READS);

    const { issues, warnings } = operatorIssues(body, {
      operator: (id) => given(id) ?? (read.get(`operator ${id}`) as LanguageOperator | undefined),
      versions: (id) => read.get(`versions ${id}`) as OperatorVersionSummary[] | undefined,
      version: (id, version) => read.get(`version ${id} ${version}`) as LanguageOperatorVersion | undefined,
    });
    if (issues.length > 0) throw new RequestValidationError(issues, operationId);
    return { warnings };
  };
  return {
    check(body, options) {
      // A fetched configuration can be checked as it is: its server fields are not rules.
      const shape = validate(validateUpdateConfigurationRequest, body, "", { closed: options?.allowUnknownFields !== true });
      if (!shape.ok) return Promise.reject(new RequestValidationError(shape.issues.map((found) => ({ in: "body" as const, ...found }))));
      return checkOperators(body, options);
    },
    enabled: true,
    operations: CHECKED_WRITES,
    // The body's shape has been checked as every call checks it (validateRequests and
    // allowUnknownFields apply); then its operators are read afresh and checked, and only then sent.
    applies: whenAsked(settings),
    async around(call, proceed) {
      const { warnings } = await checkOperators(call.body(), { ...call.options, fresh: true }, call.operation.operationId);
      for (const warning of warnings) requester.log.warn(warning.message, { operatorId: warning.operatorId, version: warning.version });
      return proceed();
    },
  };
}

/**
 * Turns on `configurations.check()` and the `checkOperators` option for the resources made on this
 * core. `IntelligenceClient` does this itself; a program that builds its own `IntelligenceCore` calls
 * it once, and its bundle then carries the check and the operator reads it makes.
 */
export function enableOperatorChecks(core: IntelligenceCore): void {
  const requester = requesterOf(core);
  // Once: a later call keeps the first check and its cache.
  if (!requester.hook<OperatorChecks>(OPERATOR_CHECKS)?.enabled) requester.use(OPERATOR_CHECKS, makeChecks(requester));
}
