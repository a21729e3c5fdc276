import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultPageSize } from "../src/index.js";
import { parseIdPattern } from "../src/ids.js";
import { createIdGenerator } from "../src/ids.js";
import { createRandom } from "../src/random.js";
import { schemas } from "@convintel/fetch/spec";

const spec = readFileSync(fileURLToPath(new URL("../../../spec/intelligence-v3.yaml", import.meta.url)), "utf8");

describe("facts the fake takes from the generated layer", () => {
  it("the default page size is the spec's pageSize default, on every list operation", () => {
    const document = parse(spec) as {
      paths: Record<string, Record<string, { parameters?: { name: string; schema: { default?: number } }[] }>>;
    };
    const defaults = Object.values(document.paths).flatMap((item) =>
      (item.get?.parameters ?? []).filter((parameter) => parameter.name === "pageSize").map((parameter) => parameter.schema.default),
    );
    expect(defaults.length).toBeGreaterThanOrEqual(5);
    for (const value of defaults) expect(value).toBe(defaultPageSize);
  });
});

describe("ids minted from the spec's patterns", () => {
  it.each([schemas.IntelligenceConfigurationTtid.pattern, schemas.IntelligenceConfigurationRuleTtid.pattern])("%s", (pattern) => {
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
