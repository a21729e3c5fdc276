import { escapePointerSegment } from "./validation-runtime.js";

/** One broken rule, found by a generated validator. */
export interface ValidationIssue {
  /** JSON pointer to the offending value (for a missing field, to where it should be), e.g. `/rules/0/triggers/0/parameters/count`. */
  pointer: string;
  /** The JSON Schema keyword that failed: `maxLength`, `required`, `enum`, `pattern`, ... */
  keyword: string;
  /** The rule with its limit, e.g. `maxLength 128`, `enum COMMUNICATION | CONVERSATION_END`. */
  rule: string;
  /** A sentence naming the field and the rule. It never repeats the offending value. */
  message: string;
  /** The keyword's parameters, as the schema states them (`{ limit: 128 }`). */
  params: Record<string, unknown>;
}

/** The error shape that the generated validators leave on `validate.errors` (Ajv's, without `schemaPath`). */
interface CompiledError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** How a validator checks. */
export interface ValidatorOptions {
  /**
   * Treat every object schema that lists its properties, and says nothing of others, as closed: a key
   * it does not list fails as `additionalProperties`, with the nearest listed name as `params.suggestion`.
   * Schemas that allow other keys explicitly (`additionalProperties: true` or a schema) stay open.
   * Meant for requests, where a misspelt optional field would otherwise be dropped without a word.
   */
  closed?: boolean;
}

// A type-only key: no validator has it at run time; it carries the schema's type for `validate()`.
declare const schemaType: unique symbol;

/**
 * A generated validator: returns whether the value is valid and leaves its failures on `.errors`.
 * `T` is the type of the schema it checks, which `validate()` gives back.
 */
export interface CompiledValidator<T = unknown> {
  (data: unknown, options?: ValidatorOptions): boolean;
  errors?: CompiledError[] | null;
  readonly [schemaType]?: T;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

function plural(count: unknown, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}

/** The rule (the keyword and its parameter, e.g. `maxLength 128`) and the sentence that explains it. */
function describe(keyword: string, params: Record<string, unknown>): { rule: string; sentence: string } {
  let value: string;
  let sentence: string;
  switch (keyword) {
    case "required":
      return { rule: "required", sentence: "is required" };
    case "additionalProperties":
      return {
        rule: "additionalProperties false",
        sentence:
          typeof params.suggestion === "string" ? `is not a known field; did you mean ${params.suggestion}?` : "is not a known field",
      };
    case "type":
      value = Array.isArray(params.type) ? params.type.join(" or ") : String(params.type);
      sentence = `must be of type ${value}`;
      break;
    case "minLength":
      value = String(params.limit);
      sentence = `must have at least ${plural(params.limit, "character")}`;
      break;
    case "maxLength":
      value = String(params.limit);
      sentence = `must have at most ${plural(params.limit, "character")}`;
      break;
    case "minItems":
      value = String(params.limit);
      sentence = `must have at least ${plural(params.limit, "item")}`;
      break;
    case "maxItems":
      value = String(params.limit);
      sentence = `must have at most ${plural(params.limit, "item")}`;
      break;
    case "minimum":
      value = String(params.limit);
      sentence = `must be at least ${value}`;
      break;
    case "maximum":
      value = String(params.limit);
      sentence = `must be at most ${value}`;
      break;
    case "pattern":
      value = String(params.pattern);
      sentence = `must match the pattern ${value}`;
      break;
    case "format":
      value = String(params.format);
      sentence = `must be a valid ${value}`;
      break;
    case "enum":
      value = (params.allowedValues as unknown[]).map(String).join(" | ");
      sentence = `must be one of ${value}`;
      break;
    case "const":
      value = String(params.allowedValue);
      sentence = `must be ${value}`;
      break;
    default:
      return { rule: keyword, sentence: `breaks the ${keyword} rule` };
  }
  return { rule: `${keyword} ${value}`, sentence };
}

/** Turns a validator's raw failures into issues that name the field and the rule. */
export function toIssues(errors: readonly CompiledError[] | null | undefined, rootPointer = ""): ValidationIssue[] {
  return (errors ?? []).map(({ instancePath, keyword, params }) => {
    let pointer = rootPointer + instancePath;
    if (keyword === "required") pointer += `/${escapePointerSegment(String(params.missingProperty))}`;
    if (keyword === "additionalProperties") pointer += `/${escapePointerSegment(String(params.additionalProperty))}`;
    const { rule, sentence } = describe(keyword, params);
    // The sentence states the rule with its limit; `rule` repeats it in short form for code, not in the message.
    return { pointer, keyword, rule, message: `${pointer || "(root)"} ${sentence}`, params };
  });
}

/** Runs a generated validator and returns either the value, typed by the validator's schema, or every issue found. */
export function validate<T>(
  validator: CompiledValidator<T>,
  value: unknown,
  rootPointer = "",
  options?: ValidatorOptions,
): ValidationResult<T> {
  if (validator(value, options)) return { ok: true, value: value as T };
  return { ok: false, issues: toIssues(validator.errors, rootPointer) };
}

/**
 * The issues of a query whose date-time pairs lie further apart than an operation allows (its
 * `ranges`): one per pair, at the later one's pointer. Pairs with a side missing or unparsable are
 * left to the schema.
 */
export function rangeIssues(
  ranges: readonly { readonly from: string; readonly to: string; readonly days: number }[] | undefined,
  query: unknown,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (ranges === undefined || typeof query !== "object" || query === null) return issues;
  for (const { from, to, days } of ranges) {
    const start = Date.parse(String((query as Record<string, unknown>)[from]));
    const end = Date.parse(String((query as Record<string, unknown>)[to]));
    if (Number.isNaN(start) || Number.isNaN(end) || end - start <= days * 86_400_000) continue;
    const pointer = `/${escapePointerSegment(to)}`;
    const rule = `at most ${days} days after ${from}`;
    issues.push({ pointer, keyword: "maxRange", rule, message: `${pointer} must be ${rule}`, params: { from, days } });
  }
  return issues;
}
