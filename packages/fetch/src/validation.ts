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

// A type-only key: no validator has it at run time; it carries the schema's type for `validate()`.
declare const schemaType: unique symbol;

/**
 * A generated validator: returns whether the value is valid and leaves its failures on `.errors`.
 * `T` is the type of the schema it checks, which `validate()` gives back.
 */
export interface CompiledValidator<T = unknown> {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
  readonly [schemaType]?: T;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

function plural(count: unknown, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}

function describe(keyword: string, params: Record<string, unknown>): { rule: string; sentence: string } {
  switch (keyword) {
    case "required":
      return { rule: "required", sentence: "is required" };
    case "additionalProperties":
      return { rule: "additionalProperties false", sentence: "is not a known field" };
    case "type":
      return { rule: `type ${String(params.type)}`, sentence: `must be of type ${String(params.type)}` };
    case "minLength":
      return { rule: `minLength ${String(params.limit)}`, sentence: `must have at least ${plural(params.limit, "character")}` };
    case "maxLength":
      return { rule: `maxLength ${String(params.limit)}`, sentence: `must have at most ${plural(params.limit, "character")}` };
    case "minItems":
      return { rule: `minItems ${String(params.limit)}`, sentence: `must have at least ${plural(params.limit, "item")}` };
    case "maxItems":
      return { rule: `maxItems ${String(params.limit)}`, sentence: `must have at most ${plural(params.limit, "item")}` };
    case "minimum":
      return { rule: `minimum ${String(params.limit)}`, sentence: `must be at least ${String(params.limit)}` };
    case "maximum":
      return { rule: `maximum ${String(params.limit)}`, sentence: `must be at most ${String(params.limit)}` };
    case "pattern":
      return { rule: `pattern ${String(params.pattern)}`, sentence: `must match the pattern ${String(params.pattern)}` };
    case "format":
      return { rule: `format ${String(params.format)}`, sentence: `must be a valid ${String(params.format)}` };
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String).join(" | ");
      return { rule: `enum ${allowed}`, sentence: `must be one of ${allowed}` };
    }
    case "const":
      return { rule: `const ${String(params.allowedValue)}`, sentence: `must be ${String(params.allowedValue)}` };
    default:
      return { rule: keyword, sentence: `breaks the ${keyword} rule` };
  }
}

/** Turns a validator's raw failures into issues that name the field and the rule. */
export function toIssues(errors: readonly CompiledError[] | null | undefined, rootPointer = ""): ValidationIssue[] {
  return (errors ?? []).map(({ instancePath, keyword, params }) => {
    let pointer = rootPointer + instancePath;
    if (keyword === "required") pointer += `/${escapePointerSegment(String(params.missingProperty))}`;
    if (keyword === "additionalProperties") pointer += `/${escapePointerSegment(String(params.additionalProperty))}`;
    const { rule, sentence } = describe(keyword, params);
    return { pointer, keyword, rule, message: `${pointer || "(root)"} ${sentence} (${rule})`, params };
  });
}

/** Runs a generated validator and returns either the value, typed by the validator's schema, or every issue found. */
export function validate<T>(validator: CompiledValidator<T>, value: unknown, rootPointer = ""): ValidationResult<T> {
  if (validator(value)) return { ok: true, value: value as T };
  return { ok: false, issues: toIssues(validator.errors, rootPointer) };
}
