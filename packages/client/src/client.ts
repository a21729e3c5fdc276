import { IntelligenceCore, type ClientOptions } from "./core.js";
import { ConversationsResource, OperatorResultsResource, RuleExecutionsResource, type Resources } from "./generated/resources.js";
import { Configurations } from "./resources/configurations.js";
import { Operators } from "./resources/operators.js";

export type { ClientOptions } from "./core.js";

/**
 * The client with every resource of the API. In a browser or edge bundle that uses a few of them,
 * an `IntelligenceCore` with only those (`new Configurations(core)`) keeps the others out.
 */
export class IntelligenceClient extends IntelligenceCore implements Resources {
  /** Intelligence Configurations: create, list, fetch, update, delete, modify. */
  readonly configurations: Configurations;
  /** Language Operators and their versions: create, list, fetch, update (If-Match), delete, modify. */
  readonly operators: Operators;
  /** Conversations processed by a configuration: list (with filters), fetch. */
  readonly conversations: ConversationsResource;
  /** What operators produced: list (with filters), fetch, delete. */
  readonly operatorResults: OperatorResultsResource;
  /** Running one rule on one conversation on demand: create. */
  readonly ruleExecutions: RuleExecutionsResource;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.configurations = new Configurations(this);
    this.operators = new Operators(this);
    this.conversations = new ConversationsResource(this);
    this.operatorResults = new OperatorResultsResource(this);
    this.ruleExecutions = new RuleExecutionsResource(this);
  }
}
