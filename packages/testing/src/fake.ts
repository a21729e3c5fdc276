import type { FetchFunction } from "@convintel/fetch";
import type {
  Conversation,
  ConversationStatus,
  IntelligenceConfiguration,
  LanguageOperator,
  OperationId,
  OperatorResultsResponseV1,
} from "@convintel/types";
import type { AcceptedRuleExecution, ConversationSeedOptions } from "./conversations.js";
import type { OperatorSeed, StoredVersion } from "./operators.js";
import { Engine, type CommunicationInput, type Credentials, type DeepReadonly, type EngineOptions } from "./engine.js";
import type { ReceivedRequest } from "./wire.js";
import type { FaultInjector } from "./faults.js";
import type { FakeServer, ListenOptions } from "./http.js";
import { createInProcessFetch } from "./in-process.js";
import type { Delivery, RuleRun } from "./rules.js";

export type FakeIntelligenceOptions = EngineOptions;

/**
 * Puts state in the fake as tests need it. Called as a function it stores configurations as given
 * (ids, versions and dates included); its methods store what the API only reads (conversations,
 * operator results) or cannot make (Twilio's operators, versions in any status). Each value is
 * checked against the spec first.
 */
export interface FakeSeed {
  (configurations: readonly DeepReadonly<IntelligenceConfiguration>[]): void;
  /** An operator with its versions (statuses and lifecycle dates as given; by default one ACTIVE version). */
  operator(operator: DeepReadonly<OperatorSeed>): void;
  /** A conversation; `memoryStore: false` makes rule executions on it fail with 422. */
  conversation(conversation: DeepReadonly<Conversation>, options?: ConversationSeedOptions): void;
  /** An operator result; it is added to its conversation's `operatorResultIds` when that conversation is seeded. */
  operatorResult(result: DeepReadonly<OperatorResultsResponseV1>): void;
}

export interface FakeIntelligence {
  /** A standard `fetch` answered in-process by the fake; any base URL works (the path decides). */
  readonly fetch: FetchFunction;
  /** The credentials the fake accepts; `accountSid` is also the `accountId` of its configurations. */
  readonly credentials: Credentials;
  /** The same credentials as `{ username, password }`, the shape of `createIntelligenceFetch`'s `auth`. */
  readonly auth: { username: string; password: string };
  /** The fault schedule: `faults.add(rule)`, `faults.once(fault)`, `faults.clear()`. */
  readonly faults: FaultInjector;
  /** A copy of every stored configuration, in creation order. */
  readonly configurations: IntelligenceConfiguration[];
  /** A copy of every operator in its current version, in creation order. */
  readonly operators: LanguageOperator[];
  /** The versions of one operator as stored, oldest first, with their lifecycle dates; undefined for an unknown id. */
  operatorVersions(id: string): StoredVersion[] | undefined;
  /** A copy of every seeded conversation. */
  readonly conversations: Conversation[];
  /** A copy of every operator result (seeded, not deleted). */
  readonly operatorResults: OperatorResultsResponseV1[];
  /** Every rule execution accepted (202), oldest first. */
  readonly ruleExecutions: readonly AcceptedRuleExecution[];
  /** Every rule the fake ran (a rule execution, or a trigger that fired), oldest first, with the results it stored. */
  readonly ruleRuns: readonly RuleRun[];
  /** Every webhook sent for the rules it ran, oldest first, with each attempt; see {@link waitForDeliveries}. */
  readonly deliveries: readonly Delivery[];
  /** Resolves, with every delivery, once none is under way: each was delivered or has failed its last attempt. */
  waitForDeliveries(): Promise<readonly Delivery[]>;
  /** Adds a communication to a seeded conversation and runs the COMMUNICATION rules whose `count` it reaches; returns their runs. */
  addCommunication(conversationId: string, communication: CommunicationInput): RuleRun[];
  /** Sets a seeded conversation's status: CLOSED runs its CONVERSATION_END rules, INACTIVE its CONVERSATION_INACTIVE rules; returns their runs. */
  setConversationStatus(conversationId: string, status: ConversationStatus): RuleRun[];
  /** Requests routed to an operation so far. */
  readonly requests: number;
  /** Every request received so far, oldest first, when created with `recordRequests: true` (else empty). */
  readonly received: readonly ReceivedRequest[];
  requestsFor(operationId: OperationId): number;
  readonly seed: FakeSeed;
  /** Back to a fresh fake: no configurations, no faults, counters and generators restarted; then the `data` option seeded again. */
  reset(): void;
  /** Serves the fake over HTTP (Node.js); see {@link ListenOptions}. */
  listen(options?: ListenOptions): Promise<FakeServer>;
  /** Closes every listener and ends hung requests and stalled bodies. */
  close(): Promise<void>;
}

/** A stateful fake of the Intelligence v3 API, built on the spec's generated validators. */
export function createFakeIntelligence(options: FakeIntelligenceOptions = {}): FakeIntelligence {
  const engine = new Engine(options);
  const servers = new Set<FakeServer>();
  return {
    fetch: createInProcessFetch(engine),
    credentials: engine.credentials,
    auth: { username: engine.credentials.accountSid, password: engine.credentials.authToken },
    faults: engine.faults,
    get configurations() {
      return engine.store.snapshot();
    },
    get operators() {
      return engine.operators.snapshot();
    },
    operatorVersions: (id) => engine.operators.history(id),
    get conversations() {
      return engine.conversations.allConversations();
    },
    get operatorResults() {
      return engine.conversations.allResults();
    },
    get ruleExecutions() {
      return engine.conversations.ruleExecutions.map((execution) => ({ ...execution }));
    },
    get ruleRuns() {
      return structuredClone(engine.rules.runs);
    },
    get deliveries() {
      return structuredClone(engine.rules.deliveries);
    },
    async waitForDeliveries() {
      await engine.rules.settled();
      return structuredClone(engine.rules.deliveries);
    },
    addCommunication: (conversationId, communication) => engine.addCommunication(conversationId, communication),
    setConversationStatus: (conversationId, status) => engine.setConversationStatus(conversationId, status),
    get requests() {
      return engine.requests;
    },
    get received() {
      return engine.received;
    },
    requestsFor: (operationId) => engine.requestsFor(operationId),
    seed: Object.assign((configurations: readonly DeepReadonly<IntelligenceConfiguration>[]) => engine.seedConfigurations(configurations), {
      operator: (operator: DeepReadonly<OperatorSeed>) => engine.seedOperator(operator),
      conversation: (conversation: DeepReadonly<Conversation>, options?: ConversationSeedOptions) =>
        engine.seedConversation(conversation, options),
      operatorResult: (result: DeepReadonly<OperatorResultsResponseV1>) => engine.seedOperatorResult(result),
    }),
    reset: () => engine.reset(),
    async listen(listenOptions) {
      // Loaded on demand so that the in-process fake never pulls in node:http.
      const { listen } = await import("./http.js");
      const server = await listen(engine, listenOptions);
      servers.add(server);
      return {
        ...server,
        close: async () => {
          servers.delete(server);
          await server.close();
        },
      };
    },
    async close() {
      engine.closeAll();
      await Promise.all([...servers].map((server) => server.close()));
      servers.clear();
    },
  };
}
