/** packages/types: the spec's types (openapi-typescript) and a named alias per schema and query. */
import openapiTS, { astToString } from "openapi-typescript";
import { asObject, HEADER, type SpecModel } from "./model.js";

export async function renderTypes({ document }: SpecModel): Promise<string> {
  // `type: object` without properties allows any keys (JSON Schema): typed Record<string, unknown>, not Record<string, never>.
  const ast = await openapiTS(document as never, { silent: true, emptyObjectsUnknown: true });
  return `${HEADER}${astToString(ast)}`;
}

export function renderAliases({ document, operations }: SpecModel): string {
  const components = asObject(document.components, "components");
  const lines = [HEADER, 'import type { components, operations } from "./schema.js";', ""];
  for (const name of Object.keys(asObject(components.schemas, "components.schemas"))) {
    const schema = asObject(asObject(components.schemas, "schemas")[name], name);
    if (typeof schema.description === "string") lines.push(`/** ${schema.description.trim().replace(/\s+/g, " ")} */`);
    lines.push(`export type ${name} = components["schemas"]["${name}"];`);
  }
  lines.push("");
  for (const operation of operations) {
    if (operation.query) {
      lines.push(`/** Query parameters of ${operation.operationId}. */`);
      lines.push(`export type ${operation.operationId}Query = NonNullable<operations["${operation.operationId}"]["parameters"]["query"]>;`);
    }
  }
  lines.push("");
  lines.push("/** The operationIds of the API. */");
  lines.push(`export type OperationId = ${operations.map((o) => JSON.stringify(o.operationId)).join(" | ")};`);
  return `${lines.join("\n")}\n`;
}
