/**
 * packages/fetch/src/generated/operations.ts: the operation table as plain data (method, path,
 * validators), the types of each operation's input and result, and the response headers the client
 * reads.
 */
import { HEADER, type HeaderField, key, type OperationModel, quote, type SpecModel, validatorNames } from "./model.js";

/** `{ requestId: "Twilio-Request-Id", rateLimit: { limit: "X-RateLimit-Limit", ... } }` from the fields' dotted names. */
function headerObject(fields: HeaderField[]): string {
  const groups = new Map<string, HeaderField[]>();
  const entries: string[] = [];
  for (const field of fields) {
    const [group, name] = field.field.split(".");
    if (name === undefined) entries.push(`${key(field.field)}: ${quote(field.name)}`);
    else groups.set(group!, [...(groups.get(group!) ?? []), { field: name, name: field.name }]);
  }
  for (const [group, members] of groups) entries.push(`${key(group)}: ${headerObject(members)}`);
  return `{ ${entries.join(", ")} }`;
}

function inputType(operation: OperationModel): string {
  const members: string[] = [];
  if (operation.pathParams.length > 0) {
    members.push(`path: { ${operation.pathParams.map((p) => `${key(p.name)}: Types.${p.schema}`).join("; ")} }`);
  }
  if (operation.query) members.push(`query${operation.query.required ? "" : "?"}: Types.${operation.query.type}`);
  if (operation.requestBody) members.push(`body${operation.requestBody.required ? "" : "?"}: Types.${operation.requestBody.schema}`);
  if (operation.headerParams.length > 0) {
    const optional = operation.headerParams.every((h) => !h.required);
    members.push(
      `header${optional ? "?" : ""}: { ${operation.headerParams.map((h) => `${quote(h.name)}${h.required ? "" : "?"}: string`).join("; ")} }`,
    );
  }
  return members.length ? `{ ${members.join("; ")} }` : "{}";
}

export function renderOperations({ operations, headerFields, serverUrl }: SpecModel): string {
  const entries = operations.map((operation) => {
    const pathParams = operation.pathParams.map((p) => `${quote(p.name)}: ${p.validator}`);
    const responses = operation.responses.map(
      (r) => `${quote(r.status)}: { validate: ${r.validator ?? "undefined"}, headers: ${quote(r.headers)} }`,
    );
    return [
      `/** ${operation.summary}: ${operation.method} ${operation.path}. */`,
      `export const ${operation.operationId}Operation = {`,
      `  operationId: ${quote(operation.operationId)},`,
      `  method: ${quote(operation.method)},`,
      `  path: ${quote(operation.path)},`,
      `  pathParams: {${pathParams.length ? ` ${pathParams.join(", ")} ` : ""}},`,
      `  query: ${operation.query ? operation.query.validator : "undefined"},`,
      `  requestBody: ${operation.requestBody ? `{ validate: ${operation.requestBody.validator}, required: ${operation.requestBody.required}${operation.requestBody.readOnly.length ? `, readOnly: ${quote(operation.requestBody.readOnly)}` : ""} }` : "undefined"},`,
      ...(operation.ranges.length ? [`  checkQuery: (query: unknown) => rangeIssues(${quote(operation.ranges)}, query),`] : []),
      ...(operation.headerParams.length ? [`  requestHeaders: ${quote(operation.headerParams.map((h) => h.name))},`] : []),
      "  responses: {",
      ...responses.map((r) => `    ${r},`),
      "  },",
      `} as const satisfies OperationDescriptor<${quote(operation.operationId)}>;`,
      "",
    ].join("\n");
  });
  return [
    HEADER,
    'import type * as Types from "@convintel/types";',
    'import type { OperationDescriptor } from "../operation.js";',
    ...(operations.some((o) => o.ranges.length) ? ['import { rangeIssues } from "../validation.js";'] : []),
    `import { ${validatorNames(operations).join(", ")} } from "./validators.js";`,
    "",
    "/** The API's default server. */",
    `export const serverUrl = ${quote(serverUrl)};`,
    "",
    "/** The response headers the client reads, by the field each fills (`x-convintel-field` in the spec). */",
    `export const responseHeaders = ${headerObject(headerFields)} as const;`,
    "",
    "/** What each operation takes: its path parameters, query and body. */",
    "export interface OperationInputs {",
    ...operations.map((o) => `  ${o.operationId}: ${inputType(o)};`),
    "}",
    "",
    "/** The body of each operation's success response (undefined: it has none). */",
    "export interface OperationResults {",
    ...operations.map((o) => `  ${o.operationId}: ${o.resultSchema ? `Types.${o.resultSchema}` : "undefined"};`),
    "}",
    "",
    // One const per operation, so that a bundle keeps only the operations it calls (and their validators).
    ...entries,
    "/** Every operation of the spec: its method, path, the validators of its inputs and outputs. */",
    "export const operations = {",
    ...operations.map((o) => `  ${o.operationId}: ${o.operationId}Operation,`),
    "} as const satisfies { readonly [Id in Types.OperationId]: OperationDescriptor<Id> };",
    "",
  ].join("\n");
}
