/** Every generated file, each from one renderer of the spec's model. */
import { buildModel, loadSpec } from "./model.js";
import { renderOperations } from "./render-operations.js";
import { renderSpecData } from "./render-spec.js";
import { renderAliases, renderTypes } from "./render-types.js";
import { renderValidators } from "./render-validators.js";

/** Every generated file, by path from the repository root. */
export async function renderAll(root: string): Promise<Map<string, string>> {
  const model = buildModel(await loadSpec(root));
  return new Map([
    ["packages/types/src/generated/schema.ts", await renderTypes(model)],
    ["packages/types/src/generated/aliases.ts", renderAliases(model)],
    ["packages/fetch/src/generated/validators.ts", renderValidators(model)],
    ["packages/fetch/src/generated/operations.ts", renderOperations(model)],
    ["packages/fetch/src/generated/spec.ts", renderSpecData(model)],
  ]);
}
