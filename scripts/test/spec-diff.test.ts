/**
 * The classifier on fixtures built from this spec: each kind of change the README's table names,
 * made to a copy of the built spec, and the level it must get.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type JsonObject, loadSpec } from "../lib/model.js";
import { bumpFor, diffSpecs, highestLevel, type Level } from "../spec/diff.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
let spec: JsonObject;
beforeAll(async () => {
  spec = await loadSpec(root);
});

type Spec = any;
const changed = (change: (copy: Spec) => void): JsonObject => {
  const copy = structuredClone(spec) as Spec;
  change(copy);
  return copy;
};
const schemas = (copy: Spec) => copy.components.schemas;

const cases: [string, (copy: Spec) => void, Level, string][] = [
  [
    "a field removed",
    (s) => delete schemas(s).IntelligenceConfiguration.properties.description,
    "major",
    "/components/schemas/IntelligenceConfiguration/properties/description",
  ],
  [
    "a request maxLength narrowed",
    (s) => (schemas(s).CreateConfigurationRequest.properties.displayName.maxLength = 64),
    "major",
    "/components/schemas/CreateConfigurationRequest/properties/displayName/maxLength",
  ],
  [
    "a request maxLength wider",
    (s) => (schemas(s).CreateConfigurationRequest.properties.displayName.maxLength = 256),
    "minor",
    "/components/schemas/CreateConfigurationRequest/properties/displayName/maxLength",
  ],
  ["an enum value added to a request", (s) => schemas(s).TriggerType.enum.push("MANUAL"), "minor", "/components/schemas/TriggerType/enum"],
  [
    "an enum value added to a response",
    (s) => schemas(s).OperatorVersionStatus.enum.push("ARCHIVED"),
    "minor",
    "/components/schemas/OperatorVersionStatus/enum",
  ],
  ["an enum value removed", (s) => schemas(s).TriggerType.enum.pop(), "major", "/components/schemas/TriggerType/enum"],
  [
    "a new optional request field",
    (s) => (schemas(s).CreateConfigurationRequest.properties.labels = { type: "array", items: { type: "string" } }),
    "minor",
    "/components/schemas/CreateConfigurationRequest/properties/labels",
  ],
  [
    "a new required request field",
    (s) => {
      schemas(s).CreateConfigurationRequest.properties.owner = { type: "string" };
      schemas(s).CreateConfigurationRequest.required.push("owner");
    },
    "major",
    "/components/schemas/CreateConfigurationRequest/properties/owner",
  ],
  [
    "a new response field",
    (s) => (schemas(s).IntelligenceConfiguration.properties.lastRunAt = { type: "string" }),
    "minor",
    "/components/schemas/IntelligenceConfiguration/properties/lastRunAt",
  ],
  [
    "a response field becomes optional",
    (s) =>
      (schemas(s).IntelligenceConfiguration.required = schemas(s).IntelligenceConfiguration.required.filter(
        (name: string) => name !== "dateUpdated",
      )),
    "major",
    "/components/schemas/IntelligenceConfiguration/required",
  ],
  [
    "a new operation",
    (s) =>
      (s.paths["/v3/ControlPlane/Configurations/{id}/Copy"] = {
        post: { operationId: "CopyConfiguration", responses: { "201": { description: "The copy." } } },
      }),
    "minor",
    "/paths/~1v3~1ControlPlane~1Configurations~1{id}~1Copy/post",
  ],
  ["an operation removed", (s) => delete s.paths["/v3/RuleExecutions"], "major", "/paths/~1v3~1RuleExecutions/post"],
  [
    "a description changed",
    (s) => (schemas(s).IntelligenceConfiguration.description = "Changed words."),
    "patch",
    "/components/schemas/IntelligenceConfiguration/description",
  ],
  [
    "a response limit narrower",
    (s) => (schemas(s).IntelligenceConfiguration.properties.displayName.maxLength = 64),
    "patch",
    "/components/schemas/IntelligenceConfiguration/properties/displayName/maxLength",
  ],
  ["a schema removed", (s) => delete schemas(s).OperatorVersionSummary, "major", "/components/schemas/OperatorVersionSummary"],
];

describe("spec:diff's classifier", () => {
  it("finds nothing between the spec and itself", () => {
    expect(diffSpecs(spec, structuredClone(spec))).toEqual([]);
  });

  it.each(cases)("%s", (_name, change, level, pointer) => {
    const changes = diffSpecs(spec, changed(change));
    expect(changes.length, JSON.stringify(changes, null, 1)).toBeGreaterThan(0);
    expect(changes.find((found) => found.pointer === pointer) ?? changes, JSON.stringify(changes, null, 1)).toMatchObject({
      level,
      pointer,
    });
    expect(highestLevel(changes)).toBe(level);
  });

  it("names the operation a change is reached through, with before and after", () => {
    const [change] = diffSpecs(
      spec,
      changed((s) => (schemas(s).CreateConfigurationRequest.properties.displayName.maxLength = 64)),
    );
    expect(change).toMatchObject({ operation: "CreateConfiguration", before: 128, after: 64, rule: "request constraint narrower" });
  });

  it("asks before 1.0.0 for a minor where the table says major, and a patch for the rest", () => {
    expect([bumpFor("major", "0.3.1"), bumpFor("minor", "0.3.1"), bumpFor("patch", "0.3.1")]).toEqual(["minor", "patch", "patch"]);
    expect([bumpFor("major", "1.2.0"), bumpFor("minor", "1.2.0")]).toEqual(["major", "minor"]);
  });
});
