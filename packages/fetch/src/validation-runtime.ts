/**
 * What the generated validators run: a small checker of the spec's schemas (held as data in
 * generated/validators.ts), string length in code points and the spec's formats. Kept here, small and
 * dependency-free, so validation runs on any runtime; it builds no code at run time.
 */
import type { CompiledValidator, ValidatorOptions } from "./validation.js";

// A lead surrogate followed by a trail surrogate: one code point in two UTF-16 code units.
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Length of a string in Unicode code points (a surrogate pair counts once), as JSON Schema requires. */
export function ucs2length(value: string): number {
  return value.length - (value.match(SURROGATE_PAIR)?.length ?? 0);
}

// RFC 3986's grammar rather than the WHATWG URL parser, which refuses URIs the RFC allows (a host
// such as `example.9`) and repairs ones it does not (spaces, backslashes). One expression: scheme ":",
// then either "//" authority (userinfo "@", host, ":" port) or a path that does not start with "//",
// then the path, query and fragment, each in its own characters. An IP literal's host is checked below.
const PCT = "%[0-9A-Fa-f]{2}";
const SUB = "A-Za-z0-9\\-._~!$&'()*+,;=";
const PCHAR = `[${SUB}:@]|${PCT}`;
const URI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.-]*:(?://(?:(?:[${SUB}:]|${PCT})*@)?(\\[[^\\]/]*\\]|(?:[${SUB}]|${PCT})*)(?::\\d*)?(?=[/?#]|$)|(?!//))` +
    `(?:${PCHAR}|/)*(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`,
);
const IPV_FUTURE = new RegExp(`^v[0-9A-Fa-f]+\\.[${SUB}:]+$`);

/**
 * An IP literal's address: IPvFuture by its grammar; an IPv6 address by the platform's URL parser,
 * whose IPv6 grammar is RFC 4291's text form, the one RFC 3986 names (the parser's leniencies are
 * elsewhere: hosts, spaces, backslashes).
 */
function isIpLiteral(address: string): boolean {
  if (IPV_FUTURE.test(address)) return true;
  try {
    new URL(`http://[${address}]/`);
    return true;
  } catch {
    return false;
  }
}

/** An absolute URI as RFC 3986 defines it. */
export function isUri(value: string): boolean {
  const host = URI.exec(value)?.[1];
  if (host === undefined) return URI.test(value);
  return !host.startsWith("[") || isIpLiteral(host.slice(1, -1));
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An RFC 3339 date-time with a time zone, checked field by field (leap years, leap seconds). */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, , offsetHour, offsetMinute] = match
    .slice(1)
    .map((part) => (part === undefined || part === "+" || part === "-" ? 0 : Number(part)));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month! - 1];
  return (
    days !== undefined &&
    day! >= 1 &&
    day! <= days &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60 &&
    offsetHour! <= 23 &&
    offsetMinute! <= 59
  );
}

/** A whole number that fits in a signed 32-bit integer. */
export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
}

/** The spec's formats, shaped as the generated validators call them. */
export const formats = {
  uri: { type: "string", validate: isUri },
  "date-time": { type: "string", validate: isDateTime },
  int32: { type: "number", validate: isInt32 },
} as const;

/**
 * A schema of the spec, reduced by the generator to the keywords that validation reads. A `$ref` is
 * the schema it names, so a schema that nothing uses is dropped by bundlers.
 */
export interface Schema {
  readonly type?: Type | readonly Type[];
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly maximum?: number;
  readonly minimum?: number;
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly format?: keyof typeof formats;
  readonly maxItems?: number;
  readonly minItems?: number;
  readonly items?: Schema;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly properties?: { readonly [name: string]: Schema };
  /** Every one of these schemas applies too. */
  readonly allOf?: readonly Schema[];
  /** OpenAPI's discriminator over a `oneOf`, made by `discriminated()`. */
  readonly discriminator?: Discriminator;
}

interface Failure {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Where a check is: the escaped segments of the value's JSON pointer (kept as a stack), and the failures so far. */
export interface Context {
  path: (string | number)[];
  failures: Failure[];
  /** Objects that list their properties and say nothing of others accept no others. */
  closed: boolean;
}

type Type = "string" | "number" | "integer" | "boolean" | "null" | "array" | "object";
type Validate = (value: never) => boolean;

/**
 * A schema prepared for checking: every field present, so that all nodes share one shape, and the
 * decisions that depend on the schema alone taken once.
 */
interface Node {
  type: Type | readonly Type[] | undefined;
  /** Whether the type is tested before everything else: when no keyword of the type's own group is present. */
  typeFirst: boolean;
  allowedValues: Schema["enum"];
  numbers: boolean;
  maximum: number | undefined;
  minimum: number | undefined;
  strings: boolean;
  maxLength: number | undefined;
  minLength: number | undefined;
  pattern: string | undefined;
  regExp: RegExp | undefined;
  format: string | undefined;
  numberFormat: Validate | undefined;
  stringFormat: Validate | undefined;
  arrays: boolean;
  maxItems: number | undefined;
  minItems: number | undefined;
  items: Node | undefined;
  objects: boolean;
  required: readonly string[] | undefined;
  /** `additionalProperties`: false, the schema of other properties, or undefined when they are free. */
  extra: false | Node | undefined;
  /** Other properties are allowed explicitly (`additionalProperties: true`), so a closed check leaves them alone. */
  open: boolean;
  properties: { readonly [name: string]: Schema } | undefined;
  children: { key: string; segment: string; node: Node }[];
  allOf: Node[] | undefined;
  /**
   * The names a closed check accepts here (see ValidatorOptions.closed): the listed properties, and
   * those of every `allOf` schema; undefined where no closed check applies (other keys are free).
   */
  closedNames: string[] | undefined;
  discriminator: Discriminator | undefined;
}

/** What `discriminated()` makes: the property, the schema of each of its values, and the check. */
export interface Discriminator {
  readonly propertyName: string;
  readonly mapping: { readonly [value: string]: Schema };
  check(value: Record<string, unknown>, context: Context, inAllOf: boolean): void;
}

const nodes = new WeakMap<Schema, Node>();

/** The node of a schema, prepared once and shared by every schema that refers to it. */
function nodeOf(schema: Schema): Node {
  let node = nodes.get(schema);
  if (!node) nodes.set(schema, (node = prepare(schema)));
  return node;
}

/** A key as one segment of a JSON pointer (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. */
export function escapePointerSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function prepare(schema: Schema): Node {
  const { type, format, pattern, items, properties, additionalProperties: extra, allOf, discriminator } = schema;
  const known = format === undefined ? undefined : formats[format];
  // A group runs when the schema has any of its keywords, even one that checks nothing there (`format`
  // of the other group, `required: []`, `additionalProperties: true`): Ajv decides the same way.
  const numbers = schema.maximum !== undefined || schema.minimum !== undefined || format !== undefined;
  const strings = schema.maxLength !== undefined || schema.minLength !== undefined || pattern !== undefined || format !== undefined;
  const arrays = schema.maxItems !== undefined || schema.minItems !== undefined || items !== undefined;
  const objects = schema.required !== undefined || extra !== undefined || properties !== undefined;
  const grouped = type === "number" ? numbers : type === "string" ? strings : type === "array" ? arrays : type === "object" && objects;
  const branches = allOf?.map(nodeOf);
  let closedNames: string[] | undefined;
  // Under a discriminator the chosen schema makes the check, with the names it lists.
  if (extra === undefined && discriminator === undefined && (properties !== undefined || branches !== undefined)) {
    closedNames = Object.keys(properties ?? {});
    for (const branch of branches ?? []) {
      // A schema of required names only (no properties of its own) adds none and keeps the check.
      if (branch.closedNames !== undefined) closedNames.push(...branch.closedNames);
      else if (branch.properties !== undefined || branch.extra !== undefined || branch.open) closedNames = undefined;
      if (closedNames === undefined) break;
    }
  }
  return {
    type,
    typeFirst: type !== undefined && (typeof type !== "string" || !grouped),
    allowedValues: schema.enum,
    numbers,
    maximum: schema.maximum,
    minimum: schema.minimum,
    strings,
    maxLength: schema.maxLength,
    minLength: schema.minLength,
    pattern,
    regExp: pattern === undefined ? undefined : new RegExp(pattern, "u"),
    format,
    numberFormat: known?.type === "number" ? known.validate : undefined,
    stringFormat: known?.type === "string" ? known.validate : undefined,
    arrays,
    maxItems: schema.maxItems,
    minItems: schema.minItems,
    items: items && nodeOf(items),
    objects,
    required: schema.required,
    extra: extra === false ? false : extra === true || extra === undefined ? undefined : nodeOf(extra),
    open: extra !== undefined && extra !== false,
    properties,
    children: Object.keys(properties ?? {}).map((key) => ({ key, segment: escapePointerSegment(key), node: nodeOf(properties![key]!) })),
    allOf: branches,
    closedNames,
    discriminator,
  };
}

function fail(context: Context, keyword: string, params: Record<string, unknown>): void {
  let instancePath = "";
  for (const part of context.path) instancePath += `/${part}`;
  context.failures.push({ instancePath, keyword, params });
}

function hasType(type: Type | readonly Type[], value: unknown): boolean {
  if (typeof type !== "string") return type.some((one) => hasType(one, value));
  switch (type) {
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/** Checks `value` as the child `key` of the current value. */
function within(node: Node, value: unknown, key: string | number, context: Context): void {
  context.path.push(key);
  check(node, value, context);
  context.path.pop();
}

/**
 * Appends every failure of `value` against `node`, in the order and with the parameters that Ajv
 * (allErrors) reports them: a type that no keyword of its own group needs first (a list of types
 * always), then `enum`, then every `allOf` schema, then the keywords of numbers, strings, arrays and
 * objects, each group run only on values of its type and reporting the schema's type when that type
 * is the group's. A discriminator, which Ajv does not check this way, comes last. `inAllOf`: the node
 * is one of an `allOf`, whose own node makes the closed check over all of their names.
 */
// biome-ignore lint/suspicious/noExplicitAny: the keyword checks read fields of a value of any type, each after its own type test.
function check(node: Node, value: any, context: Context, inAllOf = false): void {
  const { type } = node;
  if (node.typeFirst && !hasType(type!, value)) fail(context, "type", { type });
  if (node.allowedValues !== undefined && node.allowedValues.indexOf(value) < 0) {
    fail(context, "enum", { allowedValues: node.allowedValues });
  }
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  if (node.allOf !== undefined) {
    for (const branch of node.allOf) check(branch, value, context, true);
    if (!node.objects && !inAllOf && isObject) closedCheck(node, value, context);
  }
  if (node.numbers) {
    if (typeof value === "number" && Number.isFinite(value)) {
      if (value > node.maximum!) fail(context, "maximum", { comparison: "<=", limit: node.maximum });
      if (value < node.minimum!) fail(context, "minimum", { comparison: ">=", limit: node.minimum });
      if (node.numberFormat !== undefined && !node.numberFormat(value as never)) fail(context, "format", { format: node.format });
    } else if (type === "number") fail(context, "type", { type });
  }
  if (node.strings) {
    if (typeof value === "string") {
      if (node.maxLength !== undefined || node.minLength !== undefined) {
        const length = ucs2length(value);
        if (length > node.maxLength!) fail(context, "maxLength", { limit: node.maxLength });
        if (length < node.minLength!) fail(context, "minLength", { limit: node.minLength });
      }
      if (node.regExp !== undefined && !node.regExp.test(value)) fail(context, "pattern", { pattern: node.pattern });
      if (node.stringFormat !== undefined && !node.stringFormat(value as never)) fail(context, "format", { format: node.format });
    } else if (type === "string") fail(context, "type", { type });
  }
  if (node.arrays) {
    if (Array.isArray(value)) {
      if (value.length > node.maxItems!) fail(context, "maxItems", { limit: node.maxItems });
      if (value.length < node.minItems!) fail(context, "minItems", { limit: node.minItems });
      if (node.items !== undefined) for (let index = 0; index < value.length; index++) within(node.items, value[index], index, context);
    } else if (type === "array") fail(context, "type", { type });
  }
  if (node.objects) {
    if (isObject) {
      if (node.required !== undefined) {
        for (const name of node.required) if (value[name] === undefined) fail(context, "required", { missingProperty: name });
      }
      const { extra, properties } = node;
      if (extra !== undefined) {
        for (const key in value) {
          if (properties !== undefined && Object.hasOwn(properties, key)) continue;
          if (extra === false) fail(context, "additionalProperties", { additionalProperty: key });
          else within(extra, value[key], escapePointerSegment(key), context);
        }
      } else if (!inAllOf) closedCheck(node, value, context);
      for (const child of node.children) {
        const property = value[child.key];
        if (property !== undefined) within(child.node, property, child.segment, context);
      }
    } else if (type === "object") fail(context, "type", { type });
  }
  if (node.discriminator !== undefined) {
    // Only an object can carry the property that picks the schema.
    if (isObject) node.discriminator.check(value, context, inAllOf);
    else if (type === undefined) fail(context, "type", { type: "object" });
  }
}

/**
 * OpenAPI's discriminator, as the generated schemas write it: the value of `propertyName` names the
 * one schema of the `oneOf` that applies, and only that schema's failures are reported. A missing
 * value fails as `required`, one that names no schema as `enum` (the names it could be). A function
 * the generated data calls, so that only bundles with such a schema carry this code.
 */
export function discriminated(propertyName: string, mapping: { readonly [value: string]: Schema }): Discriminator {
  const segment = escapePointerSegment(propertyName);
  return {
    propertyName,
    mapping,
    check(value, context, inAllOf) {
      const tag = value[propertyName];
      if (tag === undefined) return fail(context, "required", { missingProperty: propertyName });
      const branch = typeof tag === "string" && Object.hasOwn(mapping, tag) ? mapping[tag] : undefined;
      if (branch !== undefined) return check(nodeOf(branch), value, context, inAllOf);
      context.path.push(segment);
      fail(context, "enum", { allowedValues: Object.keys(mapping) });
      context.path.pop();
    },
  };
}

/** With `closed` (see ValidatorOptions): each key the node does not name fails, with the nearest name it does. */
// biome-ignore lint/suspicious/noExplicitAny: an object of any shape; only its keys are read.
function closedCheck(node: Node, value: any, context: Context): void {
  const names = node.closedNames;
  if (!context.closed || names === undefined) return;
  for (const key in value) {
    if (names.includes(key)) continue;
    const suggestion = nearestName(key, names);
    fail(context, "additionalProperties", suggestion === undefined ? { additionalProperty: key } : { additionalProperty: key, suggestion });
  }
}

/** Edit distance with transpositions (optimal string alignment): `descripton` is 1 from `description`. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = (rows[i] = [i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The listed name closest to an unknown key, when it is close enough to be a slip (case aside, at most a third of it differs). */
export function nearestName(key: string, names: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const name of names) {
    const gap = distance(lower, name.toLowerCase());
    if (gap < bestDistance) {
      best = name;
      bestDistance = gap;
    }
  }
  return best;
}

/** A validator of `schema`: returns whether a value is valid and leaves every failure on `.errors`. */
export function validator<T>(schema: Schema): CompiledValidator<T> {
  let node: Node | undefined;
  const validate: CompiledValidator<T> = (data, options?: ValidatorOptions) => {
    const context: Context = { path: [], failures: [], closed: options?.closed === true };
    check((node ??= nodeOf(schema)), data, context);
    validate.errors = context.failures.length > 0 ? context.failures : null;
    return context.failures.length === 0;
  };
  return validate;
}
