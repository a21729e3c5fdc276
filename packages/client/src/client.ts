import type { ClientOptions } from "./core.js";
import { ResourceClient } from "./generated/resources.js";
import { enableOperatorChecks } from "./operator-check.js";
import { enableTracing } from "./tracing.js";
import { Configurations } from "./resources/configurations.js";
import { Operators } from "./resources/operators.js";

export type { ClientOptions } from "./core.js";

/**
 * The client with every resource of the API: `configurations`, `operators` (and
 * `operators.versions`), `conversations`, `operatorResults`, `ruleExecutions`, each a field of the
 * generated `ResourceClient`. Where the spec cannot say everything (`modify()`), a hand-written
 * subclass takes the generated class's place, and its field is declared here; a resource new in the
 * spec is on the client without a line of hand-written code. In a browser or edge bundle that uses a
 * few resources, an `IntelligenceCore` with only those (`new Configurations(core)`) keeps the others out.
 */
export class IntelligenceClient extends ResourceClient {
  /** `client.configurations`: create, list, fetch, update, delete, check and modify configurations. */
  declare readonly configurations: Configurations;
  /** `client.operators`: language operators and their versions, with compare-and-swap updates. */
  declare readonly operators: Operators;

  constructor(options: ClientOptions = {}) {
    super(options, { configurations: Configurations, operators: Operators });
    enableOperatorChecks(this);
    enableTracing(this, options.openTelemetry);
  }
}
