/** The built spec reads the same to a YAML 1.1 reader as to a YAML 1.2 one. */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderSpecDocument } from "../lib/render.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("spec/intelligence-v3.yaml", () => {
  it("reads the same as YAML 1.1 (on: is a key, not true) and as YAML 1.2", async () => {
    const text = await readFile(join(root, "spec", "intelligence-v3.yaml"), "utf8");
    const asOld = parse(text, { version: "1.1" });
    expect(asOld).toEqual(parse(text, { version: "1.2" }));
    expect(text).toMatch(/^\s+"on":/m);
  });

  it("quotes every string a YAML 1.1 reader would take for a boolean, a number or null", () => {
    const document = { on: "off", yes: ["y", "No", "0755", "~", "2026-12-05"], plain: "CONVERSATION_END" };
    const text = renderSpecDocument(document);
    expect(parse(text, { version: "1.1" })).toEqual(document);
    expect(text).toContain("plain: CONVERSATION_END");
  });
});
