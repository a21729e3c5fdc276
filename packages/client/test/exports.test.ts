/**
 * The package's entry point exports what the generator makes, with no hand-kept list: every
 * resource class, and a type for every schema of the spec (a schema or resource new in the spec is
 * exported without a line of hand-written code).
 */
import { fileURLToPath } from "node:url";
import { schemas } from "@convintel/fetch/spec";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as generated from "../src/generated/resources.js";
import * as client from "../src/index.js";

describe("the entry point", () => {
  it("exports every generated resource class, and ResourceClient", () => {
    const names = Object.keys(generated);
    expect(names).toContain("ResourceClient");
    for (const name of names) expect((client as Record<string, unknown>)[name], name).toBe((generated as Record<string, unknown>)[name]);
  });

  it("exports a type for every schema of the spec", () => {
    const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
    const program = ts.createProgram([entry], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const exported = new Set(checker.getExportsOfModule(module).map((symbol) => symbol.name));
    const missing = Object.keys(schemas).filter((name) => !exported.has(name));
    expect(missing).toEqual([]);
    expect(exported).toContain("ErrorBody");
    expect(exported).toContain("RequestOptions");
  });
});
