/**
 * A fault rule read field by field, before it is scheduled: `fake.faults.add()` and the control
 * endpoint (`POST /__convintel/faults`) refuse a rule the fake could not play (a status HTTP cannot
 * send, a header it cannot carry, a negative delay, a field no fault of that kind has), naming the
 * field and the rule it breaks, instead of the fake failing later on the request that meets it.
 */
import type { OperationId } from "@convintel/types";
import { nearestName, operations } from "@convintel/fetch";
import type { Fault, FaultKind, FaultRequest, FaultRule } from "./fault-types.js";
import { isRecord } from "./records.js";

/** Why a rule was refused: the field (`fault[1].status`) and the rule it breaks. */
export class FaultRuleError extends TypeError {
  override readonly name = "FaultRuleError";
}

const OPERATION_IDS: OperationId[] = Object.values(operations).map((operation) => operation.operationId);
const METHODS: string[] = [...new Set(Object.values(operations).map((operation) => operation.method))];

// A header as HTTP carries it (RFC 9110): a token for a name; for a value, no CR, LF or NUL and nothing above U+00FF.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_HEADER_VALUE = /[\r\n\0\u0100-\uffff]/;

/** Reads the fields of one object: each read marks its field known; `done()` refuses the others. */
class Fields {
  readonly #seen = new Set<string>();

  constructor(
    readonly value: Record<string, unknown>,
    readonly where: string,
  ) {}

  /** The field's path in messages: `fault.status`, or `status` at the top. */
  path(name: string): string {
    return this.where === "" ? name : `${this.where}.${name}`;
  }

  refuse(name: string, rule: string): never {
    throw new FaultRuleError(`${this.path(name)} must be ${rule}`);
  }

  /** The field, marked as known; undefined when absent. */
  get(name: string): unknown {
    this.#seen.add(name);
    return this.value[name];
  }

  /** A number within [min, max] (a whole one with `whole`), or undefined when absent. */
  number(
    name: string,
    { min, max = Number.MAX_SAFE_INTEGER, whole = false }: { min: number; max?: number; whole?: boolean },
  ): number | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value)))
      this.refuse(name, `${whole ? "a whole number" : "a number"} from ${min}${max === Number.MAX_SAFE_INTEGER ? " up" : ` to ${max}`}`);
    return value;
  }

  /** One of `allowed`, or undefined when absent. */
  oneOf<T extends string | number>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined) this.refuse(name, `one of ${allowed.join(", ")}`);
    return found;
  }

  boolean(name: string): boolean | undefined {
    const value = this.get(name);
    if (value === undefined || typeof value === "boolean") return value;
    this.refuse(name, "true or false");
  }

  string(name: string): string | undefined {
    const value = this.get(name);
    if (value === undefined || typeof value === "string") return value;
    this.refuse(name, "a string");
  }

  /** Refuses a field that was not read, naming the nearest known one. */
  done(what: string): void {
    for (const key of Object.keys(this.value)) {
      if (this.#seen.has(key) || this.value[key] === undefined) continue;
      const nearest = nearestName(key, [...this.#seen]);
      throw new FaultRuleError(`${this.path(key)} is not a field of ${what}${nearest ? ` (did you mean ${nearest}?)` : ""}`);
    }
  }
}

// Statuses a fault answers with: final ones (a 1xx is interim), from the classes HTTP defines.
const FINAL_STATUS = { min: 200, max: 599, whole: true };
// `respond` answers what the API never sends: any final status HTTP/1.1 can write (three digits).
const ANY_FINAL_STATUS = { min: 200, max: 999, whole: true };

// Every kind once: the compiler checks this against FaultKind, both ways.
const KIND_NAMES: { readonly [Kind in FaultKind]: Kind } = {
  latency: "latency",
  rateLimit: "rateLimit",
  serverError: "serverError",
  connectionReset: "connectionReset",
  hang: "hang",
  stallBody: "stallBody",
  invalidJson: "invalidJson",
  htmlError: "htmlError",
  redirect: "redirect",
  respond: "respond",
  truncateBody: "truncateBody",
  oversizedBody: "oversizedBody",
};
const KINDS: readonly FaultKind[] = Object.values(KIND_NAMES);

function isAbsoluteUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** One fault, as a new object holding only its checked fields. */
export function readFault(value: unknown, where: string): Fault {
  if (!isRecord(value)) throw new FaultRuleError(`${where} must be a fault: an object with a kind`);
  const fields: Fields = new Fields(value, where);
  const kind = fields.oneOf("kind", KINDS);
  if (kind === undefined) fields.refuse("kind", `one of ${KINDS.join(", ")}`);
  const fault = faultOfKind(kind, fields);
  fields.done(`a ${kind} fault`);
  return fault;
}

function faultOfKind(kind: FaultKind, fields: Fields): Fault {
  if (kind === "latency") {
    const ms = fields.number("ms", { min: 0 });
    if (ms === undefined) fields.refuse("ms", "the delay in milliseconds: a number from 0 up");
    return { kind, ms };
  }
  const commit = { afterCommit: fields.boolean("afterCommit") };
  switch (kind) {
    case "rateLimit": {
      // null leaves Retry-After out.
      const retryAfterSeconds =
        fields.get("retryAfterSeconds") === null ? null : fields.number("retryAfterSeconds", { min: 0, whole: true });
      return {
        kind,
        retryAfterSeconds,
        limit: fields.number("limit", { min: 0, whole: true }),
        resetSeconds: fields.number("resetSeconds", { min: 0, whole: true }),
        ...commit,
      };
    }
    case "serverError":
      return { kind, status: fields.oneOf("status", [500, 502, 503, 504] as const), ...commit };
    case "connectionReset":
    case "hang":
      return { kind, ...commit };
    case "stallBody":
      return { kind, afterBytes: fields.number("afterBytes", { min: 0, whole: true }), ...commit };
    case "invalidJson":
    case "htmlError":
      return { kind, status: fields.number("status", FINAL_STATUS), ...commit };
    case "redirect": {
      const location = fields.string("location");
      if (location !== undefined && !isAbsoluteUrl(location)) fields.refuse("location", "an absolute URL");
      return { kind, status: fields.oneOf("status", [301, 302, 303, 307, 308] as const), location, ...commit };
    }
    case "respond":
      return respondFault(fields, commit);
    case "truncateBody":
      return {
        kind,
        status: fields.number("status", FINAL_STATUS),
        afterBytes: fields.number("afterBytes", { min: 0, whole: true }),
        ...commit,
      };
    case "oversizedBody":
      return { kind, bytes: fields.number("bytes", { min: 1, whole: true }), ...commit };
  }
}

function respondFault(fields: Fields, commit: { afterCommit: boolean | undefined }): Fault {
  const status = fields.number("status", ANY_FINAL_STATUS);
  if (status === undefined) fields.refuse("status", "the status to answer with: a whole number from 200 to 999");
  const headers = fields.get("headers");
  let checkedHeaders: Record<string, string> | undefined;
  if (headers !== undefined) {
    if (!isRecord(headers)) fields.refuse("headers", "an object of header names and string values");
    checkedHeaders = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!HEADER_NAME.test(name)) fields.refuse(`headers.${name}`, "a header whose name is an HTTP token");
      if (typeof value !== "string" || BAD_HEADER_VALUE.test(value))
        fields.refuse(`headers.${name}`, "a string HTTP can carry (no CR, LF or NUL; no character above U+00FF)");
      checkedHeaders[name] = value;
    }
  }
  const json = fields.get("json");
  const text = fields.string("text");
  if (json !== undefined && text !== undefined) fields.refuse("text", "left out when json is given: a fault answers with one body");
  if (json !== undefined) {
    let serialized: string | undefined;
    try {
      serialized = JSON.stringify(json);
    } catch {
      serialized = undefined;
    }
    if (serialized === undefined) fields.refuse("json", "a value JSON can carry");
  }
  const withBody = json !== undefined || text !== undefined;
  if (withBody && (status === 204 || status === 304))
    fields.refuse("status", `a status with a body (not ${status}) when json or text is given`);
  return { kind: "respond", status, headers: checkedHeaders, json, text, delayMs: fields.number("delayMs", { min: 0 }), ...commit };
}

/**
 * A fault rule as a new object of its checked fields. `overHttp`: the rule came as JSON, so only data
 * is allowed (no `match`, no fault function).
 */
export function readFaultRule(value: unknown, { overHttp }: { overHttp: boolean }): FaultRule {
  const what = overHttp ? "a fault rule sent over HTTP (fault, operationId, method, probability, times)" : "a fault rule";
  if (!isRecord(value)) throw new FaultRuleError(`${what} must be an object with a fault`);
  const fields: Fields = new Fields(value, "");
  const fault = fields.get("fault");
  let checkedFault: FaultRule["fault"];
  if (typeof fault === "function" && !overHttp) {
    // What the function picks is read when it picks it: a bad pick fails that request, naming the field.
    checkedFault = (request: FaultRequest) => {
      const picked: unknown = fault(request);
      return picked === undefined ? undefined : readFault(picked, "the fault the rule's function picked");
    };
  } else if (Array.isArray(fault)) {
    if (fault.length === 0) fields.refuse("fault", "a fault, or a list of at least one");
    checkedFault = fault.map((each, index) => readFault(each, `fault[${index}]`));
  } else if (fault === undefined) fields.refuse("fault", `a fault, a list of faults${overHttp ? "" : " or a function that picks one"}`);
  else checkedFault = readFault(fault, "fault");
  const rule: FaultRule = { fault: checkedFault };
  const operationId = fields.get("operationId");
  if (operationId !== undefined) {
    const ids = typeof operationId === "string" ? [operationId] : operationId;
    if (!Array.isArray(ids) || ids.length === 0) fields.refuse("operationId", "an operation id or a list of them");
    rule.operationId = ids.map((id) => {
      const known = OPERATION_IDS.find((candidate) => candidate === id);
      if (known === undefined) {
        const nearest = typeof id === "string" ? nearestName(id, OPERATION_IDS) : undefined;
        fields.refuse("operationId", `an operation of the API${nearest ? ` (did you mean ${nearest}?)` : `: ${OPERATION_IDS.join(", ")}`}`);
      }
      return known;
    });
  }
  const method = fields.string("method");
  if (method !== undefined) {
    if (!METHODS.includes(method.toUpperCase())) fields.refuse("method", `a method the API uses: ${METHODS.join(", ")}`);
    rule.method = method;
  }
  if (!overHttp) {
    const match = fields.get("match");
    if (match !== undefined && typeof match !== "function") fields.refuse("match", "a function of the request");
    if (typeof match === "function") rule.match = (request: FaultRequest) => Boolean(match(request));
  }
  const probability = fields.number("probability", { min: 0, max: 1 });
  if (probability !== undefined) rule.probability = probability;
  const times = fields.number("times", { min: 1, whole: true });
  if (times !== undefined) rule.times = times;
  fields.done(what);
  return rule;
}
