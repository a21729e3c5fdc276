import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultPageSize } from "../src/index.js";
import { parseIdPattern } from "../src/ids.js";
import { createIdGenerator } from "../src/ids.js";
import { createRandom } from "../src/random.js";
import { schemas } from "@convintel/fetch/spec";

const spec = readFileSync(fileURLToPath(new URL("../../../spec/intelligence-v3.yaml", import.meta.url)), "utf8");

describe("facts the fake takes from the generated layer", () => {
  it("the default page size is the spec's PageSize default", () => {
    const block = /\n {4}PageSize:\n((?: {6,}.*\n)+)/.exec(spec)?.[1] ?? "";
    expect(block).toContain("name: pageSize");
    expect(Number(/default: (\d+)/.exec(block)?.[1])).toBe(defaultPageSize);
  });
});

describe("ids minted from the spec's patterns", () => {
  it.each([schemas.ConfigurationId.pattern, schemas.RuleId.pattern])("%s", (pattern) => {
    const next = createIdGenerator(pattern, createRandom(7));
    const seen = new Set<string>();
    for (let index = 0; index < 2000; index++) {
      const id = next();
      expect(id).toMatch(new RegExp(pattern));
      seen.add(id);
    }
    expect(seen.size).toBe(2000);
    // Every character the pattern allows in each position shows up: the generator is not stuck on a subset.
    const lastPart = parseIdPattern(pattern).at(-1)!;
    expect("alphabet" in lastPart && lastPart.alphabet).toBe("0123456789abcdefghijklmnopqrstuvwxyz");
  });

  it("refuses patterns it cannot honour", () => {
    expect(() => parseIdPattern("^a(b|c)$")).toThrow(/Unsupported/);
    expect(() => parseIdPattern("^a+$")).toThrow(/Unsupported/);
  });
});
