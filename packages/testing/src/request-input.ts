/**
 * A request's input read and checked against its operation: path parameters, query and JSON body,
 * each against the spec's validators; a broken rule is the 400 (or 415) the API would answer.
 */
import type { CompiledValidator } from "@convintel/fetch";
import { errorBody, errorCodes } from "./errors.js";
import { check, error, invalid } from "./responses.js";
import type { Operation, RouteMatch } from "./router.js";
import { JSON_TYPE, type IncomingRequest, type ResponsePlan } from "./wire.js";

/**
 * Bodies nesting deeper than this are refused with 400. The API states no limit; this is the
 * default of Jackson, the JSON parser of most Java services, and far beyond any body the spec
 * describes (a configuration nests a few levels; operator parameters are the only free-form part).
 */
export const maxBodyDepth = 1000;

/** Whether a parsed JSON value nests deeper than `limit`, found without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current))
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

export function decodeBasic(header: string | null): { username: string; password: string } | undefined {
  const match = header === null ? null : /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return undefined;
  try {
    const binary = atob(match[1]!);
    const text = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const colon = text.indexOf(":");
    return colon < 0 ? undefined : { username: text.slice(0, colon), password: text.slice(colon + 1) };
  } catch {
    return undefined;
  }
}

function isJsonMediaType(value: string | null): boolean {
  const type = value?.split(";")[0]?.trim().toLowerCase();
  return type === JSON_TYPE || (type?.endsWith("+json") ?? false);
}

/** Query values arrive as strings: turn those the schema wants as numbers or booleans into them. */
function coerceQuery(validator: CompiledValidator, raw: Record<string, string | string[]>): Record<string, unknown> {
  const query: Record<string, unknown> = { ...raw };
  if (validator(query)) return query;
  for (const error of validator.errors ?? []) {
    if (error.keyword !== "type") continue;
    const name = error.instancePath.slice(1);
    const given = raw[name];
    if (given === undefined) continue;
    const wanted = String(error.params.type);
    if (wanted === "array" && typeof given === "string") query[name] = [given];
    if (typeof given !== "string") continue;
    const value = given;
    if ((wanted === "integer" || wanted === "number") && /^-?\d+(\.\d+)?$/.test(value)) query[name] = Number(value);
    if (wanted === "boolean" && (value === "true" || value === "false")) query[name] = value === "true";
  }
  return query;
}

/** What a handler is given: the request's input, checked. */
export interface OperationInput {
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  ifMatch: string | null;
}

/** The checked input of a routed request, or the response that refuses it. */
export function readInput(
  request: IncomingRequest,
  route: Extract<RouteMatch, { operation: Operation }>,
  operation: Operation,
): OperationInput | ResponsePlan {
  const pathParams: Record<string, unknown> = { ...route.pathParams };
  for (const [name, validator] of Object.entries(operation.pathParams)) {
    // A path segment is text: one the schema wants as a number (an operator's version) is read as one.
    const segment = route.pathParams[name];
    if (segment !== undefined && !validator(segment) && /^-?\d+$/.test(segment)) pathParams[name] = Number(segment);
    const issues = check(validator, pathParams[name], `/${name}`);
    if (issues.length) return invalid(operation, issues, "path");
  }

  let query: Record<string, unknown> = {};
  // A repeated name is a list (`channels=SMS&channels=VOICE`), as openapi-fetch sends arrays.
  const raw: Record<string, string | string[]> = {};
  request.url.searchParams.forEach((value, key) => {
    const known = raw[key];
    raw[key] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  });
  if (operation.query) {
    query = coerceQuery(operation.query, raw);
    const issues = [...check(operation.query, query), ...(operation.checkQuery?.(query) ?? [])];
    if (issues.length) return invalid(operation, issues, "query");
  }

  let body: unknown;
  if (operation.requestBody) {
    if (request.body === null || request.body === "") {
      return invalid(
        operation,
        [{ pointer: "", keyword: "required", rule: "required", message: "The request body is required (required)", params: {} }],
        "body",
      );
    }
    if (!isJsonMediaType(request.headers.get("content-type"))) {
      return error(operation, errorBody(415, errorCodes.unsupportedMediaType, `Unsupported Content-Type; send ${JSON_TYPE}`));
    }
    try {
      body = JSON.parse(request.body);
    } catch {
      return invalid(
        operation,
        [{ pointer: "", keyword: "json", rule: "json", message: "The request body is not valid JSON (json)", params: {} }],
        "body",
      );
    }
    if (nestsDeeperThan(body, maxBodyDepth)) {
      const rule = `depth ${maxBodyDepth}`;
      return invalid(
        operation,
        [
          {
            pointer: "",
            keyword: "depth",
            rule,
            message: `The request body nests deeper than ${maxBodyDepth} levels (${rule})`,
            params: { limit: maxBodyDepth },
          },
        ],
        "body",
      );
    }
    const issues = check(operation.requestBody.validate, body);
    if (issues.length) return invalid(operation, issues, "body");
  }

  return { pathParams, query, body, ifMatch: request.headers.get("if-match") };
}
