/** Every generated file, each from one renderer of the spec's model. */
import { stringify } from "yaml";
import { NAMES_FILE, OVERLAY_FILE, PROVIDER_FACTS_FILE } from "../spec/build.js";
import { buildModel, loadSpec, SPEC_FILE, type JsonObject } from "./model.js";
import { renderOperations } from "./render-operations.js";
import { renderMcpTools } from "./render-mcp.js";
import { renderResources } from "./render-resources.js";
import { renderSpecData } from "./render-spec.js";
import { renderAliases, renderTypes } from "./render-types.js";
import { renderValidators } from "./render-validators.js";

/** Every generated file, by path from the repository root. */
export async function renderAll(root: string): Promise<Map<string, string>> {
  const document = await loadSpec(root);
  const model = buildModel(document);
  return new Map([
    [SPEC_FILE, renderSpecDocument(document)],
    ["packages/types/src/generated/schema.ts", await renderTypes(model)],
    ["packages/types/src/generated/aliases.ts", renderAliases(model)],
    ["packages/fetch/src/generated/validators.ts", renderValidators(model)],
    ["packages/fetch/src/generated/operations.ts", renderOperations(model)],
    ["packages/fetch/src/generated/spec.ts", renderSpecData(model)],
    ["packages/client/src/generated/resources.ts", renderResources(model)],
    ["packages/mcp/src/generated/tools.ts", renderMcpTools(model)],
  ]);
}

/**
 * The built spec as YAML: what the generated code follows, and what linters and mock servers read.
 * Written for YAML 1.1 readers too (PyYAML, SnakeYAML, Go's yaml.v2): a string they would take for
 * something else (`on`, `yes`, `off` as a boolean, `0755` as a number) is quoted, so every reader
 * reads the same spec.
 */
export function renderSpecDocument(document: JsonObject): string {
  return [
    `# Built from ${PROVIDER_FACTS_FILE}, ${NAMES_FILE} and ${OVERLAY_FILE} by \`pnpm generate\`; do not edit.`,
    stringify(document, { lineWidth: 0, version: "1.1" }),
  ].join("\n");
}
