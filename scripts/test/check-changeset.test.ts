/** The changeset check: the pending changesets must declare at least the bump the spec's changes need. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SpecChange } from "../spec/diff.js";
import { changesetProblems, pendingChangesets } from "../spec/release.js";

const group = ["@convintel/types", "@convintel/fetch"];
const change = (level: SpecChange["level"], rule: string): SpecChange => ({
  level,
  operation: "CreateConfiguration",
  pointer: "/components/schemas/CreateConfigurationRequest/properties/displayName/maxLength",
  rule,
  before: 128,
  after: 64,
});

describe("the changeset check", () => {
  it("passes with no spec change, whatever is pending", () => {
    expect(changesetProblems([], "0.3.0", [], group)).toEqual([]);
  });

  it("fails when nothing pending names the packages, naming the change that needs a release", () => {
    const problems = changesetProblems(
      [change("major", "request constraint narrower")],
      "1.2.0",
      [{ file: ".changeset/x.md", releases: { "@convintel/cli": "major" } }],
      group,
    );
    expect(problems[0]).toContain("need a major release");
    expect(problems[0]).toContain("declare none for them");
    expect(problems[1]).toBe(
      "  major CreateConfiguration /components/schemas/CreateConfigurationRequest/properties/displayName/maxLength: request constraint narrower",
    );
  });

  it("fails when the declared bump is lower than needed, and passes when it is enough", () => {
    const changes = [change("major", "request constraint narrower"), change("patch", "descriptions, examples and other text")];
    expect(changesetProblems(changes, "1.2.0", [{ file: "a.md", releases: { "@convintel/types": "minor" } }], group)[0]).toContain(
      "at most minor",
    );
    expect(changesetProblems(changes, "1.2.0", [{ file: "a.md", releases: { "@convintel/fetch": "major" } }], group)).toEqual([]);
  });

  it("before 1.0.0, takes a minor for a change the table calls major", () => {
    const changes = [change("major", "request constraint narrower")];
    expect(changesetProblems(changes, "0.4.2", [{ file: "a.md", releases: { "@convintel/types": "minor" } }], group)).toEqual([]);
    expect(changesetProblems(changes, "0.4.2", [{ file: "a.md", releases: { "@convintel/types": "patch" } }], group)).toHaveLength(2);
  });

  it("reads the bumps of this repository's pending changesets from their front matter", () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
    for (const changeset of pendingChangesets(root)) {
      expect(changeset.file).toMatch(/^\.changeset\/.+\.md$/);
      for (const level of Object.values(changeset.releases)) expect(["major", "minor", "patch"]).toContain(level);
    }
  });
});
