import { IntelligenceCore, type ClientOptions } from "./core.js";
import { resourceClasses } from "./generated/resources.js";
import { enableOperatorChecks } from "./operator-check.js";
import { Configurations } from "./resources/configurations.js";
import { Operators } from "./resources/operators.js";

export type { ClientOptions } from "./core.js";

/**
 * The hand-written subclasses of generated resources, where the spec cannot say everything
 * (`modify()`). Every other resource is the generated class (src/generated/resources.ts), so a
 * resource new in the spec is on the client without a line of hand-written code.
 */
const subclasses = {
  configurations: Configurations,
  operators: Operators,
} satisfies {
  readonly [Name in keyof typeof resourceClasses]?: new (
    core: IntelligenceCore,
  ) => InstanceType<(typeof resourceClasses)[Name]>;
};

type Classes = Omit<typeof resourceClasses, keyof typeof subclasses> & typeof subclasses;
type ResourceTree = { readonly [Name in keyof Classes]: InstanceType<Classes[Name]> };

// The fields the constructor sets, one per resource, typed by their classes.
export interface IntelligenceClient extends ResourceTree {}

/**
 * The client with every resource of the API: `configurations`, `operators` (and
 * `operators.versions`), `conversations`, `operatorResults`, `ruleExecutions`. In a browser or edge
 * bundle that uses a few of them, an `IntelligenceCore` with only those (`new Configurations(core)`)
 * keeps the others out.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares the fields the constructor assigns from `classes`.
export class IntelligenceClient extends IntelligenceCore {
  constructor(options: ClientOptions = {}) {
    super(options);
    // Merged here, not at the top of the module: a spread there would keep every resource in bundles
    // that only import IntelligenceCore.
    const classes: Classes = { ...resourceClasses, ...subclasses };
    for (const [name, Resource] of Object.entries(classes) as [string, new (core: IntelligenceCore) => object][]) {
      Object.defineProperty(this, name, { value: new Resource(this), enumerable: true });
    }
    enableOperatorChecks(this);
  }
}
