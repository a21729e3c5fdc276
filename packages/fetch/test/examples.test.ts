import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validate, validators, type CompiledValidator } from "../src/index.js";
import { examples } from "../src/spec.js";

type Node = Record<string, unknown>;
const document = parse(readFileSync(fileURLToPath(new URL("../../../spec/intelligence-v3.yaml", import.meta.url)), "utf8")) as Node;

function resolve(value: unknown): Node {
  const node = value as Node;
  if (typeof node.$ref !== "string") return node;
  let target: unknown = document;
  for (const segment of node.$ref.slice(2).split("/")) target = (target as Node)[segment];
  return resolve(target);
}

/** Every example attached to a request or response body in the spec, with the schema it illustrates. */
function collectExamples(): { where: string; schema: string; example: string; value: unknown }[] {
  const found: { where: string; schema: string; example: string; value: unknown }[] = [];
  for (const [path, pathItem] of Object.entries(document.paths as Node)) {
    for (const [method, operationValue] of Object.entries(pathItem as Node)) {
      const operation = operationValue as Node;
      if (!operation.operationId) continue;
      const bodies: [string, Node][] = [];
      if (operation.requestBody) bodies.push(["request", resolve(operation.requestBody)]);
      for (const [status, response] of Object.entries(operation.responses as Node)) bodies.push([status, resolve(response)]);
      for (const [label, body] of bodies) {
        const media = (body.content as Node | undefined)?.["application/json"] as Node | undefined;
        if (!media?.examples) continue;
        const schema = String((media.schema as Node).$ref)
          .split("/")
          .pop()!;
        for (const exampleRef of Object.values(media.examples as Node)) {
          const example = String((exampleRef as Node).$ref)
            .split("/")
            .pop()!;
          found.push({ where: `${method.toUpperCase()} ${path} ${label}`, schema, example, value: resolve(exampleRef).value });
        }
      }
    }
  }
  return found;
}

const cases = collectExamples();
const compiled = validators as Record<string, CompiledValidator>;

describe("the spec's examples", () => {
  it("illustrate every operation's success body and at least one error and one list page", () => {
    const schemas = new Set(cases.map((c) => c.schema));
    for (const name of ["UpdateConfigurationRequest", "IntelligenceConfiguration", "PaginatedConfigurationResponse", "Error"]) {
      expect(schemas).toContain(name);
    }
  });

  it.each(cases)("$where: example $example is a valid $schema", ({ schema, value }) => {
    const validator = compiled[`validate${schema}`];
    expect(validator, `no generated validator for ${schema}`).toBeTypeOf("function");
    const result = validate(validator!, value);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("are exported as data, unchanged from the spec", () => {
    const fromSpec = (document.components as Node).examples as Node;
    for (const [name, example] of Object.entries(fromSpec)) {
      expect(examples[name as keyof typeof examples]).toEqual((example as Node).value);
    }
  });

  it("use ids that match the spec's id patterns", () => {
    const update = examples.UpdatedConfiguration;
    expect(validators.validateIntelligenceConfigurationTtid(update.id)).toBe(true);
    expect(validators.validateIntelligenceConfigurationTtid(examples.CreatedConfiguration.id)).toBe(true);
  });
});
