/** packages/fetch/src/generated/spec.ts: the spec's schemas, parameters and examples as data. */
import { asObject, HEADER, SPEC_FILE, type SpecModel } from "./model.js";

export function renderSpecData({ document, defs, exampleSchemas }: SpecModel): string {
  const components = asObject(document.components, "components");
  const examples = Object.entries(asObject(components.examples, "components.examples"));
  // Each example typed as the schema it illustrates, so that it can be passed where that type is
  // expected (a fixture, a seed); the compiler checks that it fits.
  const exampleTypes = examples.map(([name]) => {
    const schema = exampleSchemas.get(name);
    if (!schema) throw new Error(`${SPEC_FILE}: components.examples.${name} is not used by any request or response`);
    return `  readonly ${name}: Types.${schema};`;
  });
  const values = Object.fromEntries(examples.map(([name, example]) => [name, asObject(example, name).value ?? null]));
  return [
    HEADER,
    'import type * as Types from "@convintel/types";',
    "",
    "/** The spec's component schemas (OpenAPI 3.1 / JSON Schema 2020-12), for tools that derive data from them. */",
    `export const schemas = ${JSON.stringify(components.schemas, null, 2)} as const;`,
    "",
    "/**",
    " * The schemas the generated validators check, as one JSON Schema 2020-12 document: the component",
    " * schemas and each operation's query (`<operationId>Query`) under `$defs`, every `$ref` local to it.",
    " */",
    `export const validationSchema = ${JSON.stringify({ $defs: defs }, null, 2)} as const;`,
    "",
    "/** The spec's named examples, by component name, each typed as the schema it illustrates. */",
    "export const examples: {",
    ...exampleTypes,
    `} = ${JSON.stringify(values, null, 2)};`,
    "",
  ].join("\n");
}
