import { responseHeaders, validators, sleep } from "@convintel/fetch";
import type { ConversationStatus, IntelligenceConfiguration, OperationId } from "@convintel/types";
import { ConversationStore } from "./conversations.js";
import { errorBody, errorCodes, notFound, payloadTooLarge, unauthenticated } from "./errors.js";
import { faultOutcome } from "./fault-outcomes.js";
import { CONTROL_PATH, Control } from "./control.js";
import type { Fault, FaultRule } from "./fault-types.js";
import { FaultInjector } from "./faults.js";
import { seedConfiguration, seedConversation, seedConversationOptions, seedOperator, seedOperatorResult } from "./seed-checks.js";
import { applySeedData, type SeedData } from "./seed-data.js";
import { handle, type HandlerState } from "./handlers.js";
import {
  communicationIdPattern,
  configurationIdPattern,
  createIdGenerator,
  operatorIdPattern,
  operatorResultIdPattern,
  ruleIdPattern,
} from "./ids.js";
import { OperatorStore } from "./operators.js";
import { createRandom, deriveSeed, randomHex, type Random } from "./random.js";
import { decodeBasic, readInput } from "./request-input.js";
import { check, error } from "./responses.js";
import { matchRoute } from "./router.js";
import { RuleRunner, type RuleRun, type WebhookOptions } from "./rules.js";
import { ConfigurationStore } from "./store.js";
import { formatTimestamp } from "./time.js";
import type { IncomingRequest, Outcome, ReceivedRequest, RequestEvent, ResponsePlan } from "./wire.js";

/** `T` with every property and array readonly, as the spec's generated `examples` are. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

export interface Credentials {
  accountSid: string;
  authToken: string;
}

export interface ApiKey {
  sid: string;
  secret: string;
}

export interface EngineOptions {
  credentials?: Partial<Credentials>;
  apiKeys?: readonly ApiKey[];
  /** The clock behind `dateCreated`/`dateUpdated` (default: the real time). */
  now?: () => Date;
  /** Seeds ids, default credentials and fault probabilities (default 1). */
  seed?: number;
  faults?: readonly FaultRule[];
  /** Configurations to start with (checked against the spec); the spec's readonly `examples` fit as they are. */
  configurations?: readonly DeepReadonly<IntelligenceConfiguration>[];
  onRequest?: (event: RequestEvent) => void;
  /** Keep every request received in `received` (default false: a long run would hold them all). */
  recordRequests?: boolean;
  /** How the WEBHOOK actions of the rules the fake runs are delivered (attempts, delays, the `fetch`). */
  webhooks?: WebhookOptions;
  /** Operators, configurations, conversations and operator results to start with, and to start from again on every reset (see seed-data.ts). */
  data?: SeedData;
}

/** A communication to add to a seeded conversation; the fake fills in what is left out. */
export interface CommunicationInput {
  /** Default: a new id. */
  id?: string;
  /** Default: the conversation's first participant. */
  participantId?: string;
  text: string;
  /** Default: now. */
  createdAt?: string;
}

/** The fake's state and request handling, independent of how requests arrive. */
export class Engine implements HandlerState {
  readonly store: ConfigurationStore;
  readonly operators: OperatorStore;
  readonly conversations: ConversationStore;
  readonly rules: RuleRunner;
  readonly faults: FaultInjector;
  readonly control: Control;
  private readonly data: SeedData | undefined;
  readonly credentials: Credentials;
  private readonly apiKeys: readonly ApiKey[];
  readonly now: () => Date;
  private readonly onRequest: ((event: RequestEvent) => void) | undefined;
  private readonly seed: number;
  private idRandom!: Random;
  private newCommunicationId!: () => string;
  private requestIdRandom!: Random;
  private requestCount = 0;
  /** Every request received, when `recordRequests` is on. */
  readonly received: ReceivedRequest[] = [];
  private readonly recordRequests: boolean;
  private operationCounts = new Map<string, number>();
  private readonly closers = new Set<() => void>();

  constructor(options: EngineOptions = {}) {
    this.seed = options.seed ?? 1;
    this.now = options.now ?? (() => new Date());
    this.onRequest = options.onRequest;
    this.recordRequests = options.recordRequests ?? false;
    const credentialRandom = createRandom(deriveSeed(this.seed, "credentials"));
    this.credentials = {
      accountSid: options.credentials?.accountSid ?? `AC${randomHex(credentialRandom, 32)}`,
      authToken: options.credentials?.authToken ?? randomHex(credentialRandom, 32),
    };
    this.apiKeys = options.apiKeys ?? [];
    this.faults = new FaultInjector(deriveSeed(this.seed, "faults"));
    this.restartRandom();
    this.store = new ConfigurationStore({
      accountId: this.credentials.accountSid,
      newConfigurationId: createIdGenerator(configurationIdPattern, {
        next: () => this.idRandom.next(),
        below: (bound) => this.idRandom.below(bound),
      }),
      newRuleId: createIdGenerator(ruleIdPattern, { next: () => this.idRandom.next(), below: (bound) => this.idRandom.below(bound) }),
      timestamp: () => formatTimestamp(this.now()),
    });
    this.operators = new OperatorStore({
      newOperatorId: createIdGenerator(operatorIdPattern, {
        next: () => this.idRandom.next(),
        below: (bound) => this.idRandom.below(bound),
      }),
      timestamp: () => formatTimestamp(this.now()),
      timestampIn: (days) => formatTimestamp(new Date(this.now().getTime() + days * 86_400_000)),
    });
    this.conversations = new ConversationStore();
    const ids = { next: () => this.idRandom.next(), below: (bound: number) => this.idRandom.below(bound) };
    this.newCommunicationId = createIdGenerator(communicationIdPattern, ids);
    this.rules = new RuleRunner(
      {
        configuration: (id) => this.store.get(id),
        operators: this.operators,
        conversations: this.conversations,
        newResultId: createIdGenerator(operatorResultIdPattern, ids),
        now: this.now,
        accountId: this.credentials.accountSid,
        authToken: this.credentials.authToken,
        webhooks: options.webhooks ?? {},
      },
      this.resultRandom(),
    );
    for (const rule of options.faults ?? []) this.faults.add(rule);
    if (options.configurations) this.seedConfigurations(options.configurations);
    this.data = options.data;
    if (this.data) applySeedData(this, this.data);
    this.control = new Control(this);
  }

  get requests(): number {
    return this.requestCount;
  }

  /** Requests routed to each operation so far. */
  requestsFor(operationId: OperationId): number {
    return this.operationCounts.get(operationId) ?? 0;
  }

  /** Empties the store, removes faults and restarts counters and generators, as a fresh fake. */
  reset(): void {
    this.store.clear();
    this.operators.clear();
    this.conversations.clear();
    this.rules.clear(this.resultRandom());
    this.faults.reset();
    this.requestCount = 0;
    this.received.length = 0;
    this.operationCounts.clear();
    this.restartRandom();
    if (this.data) applySeedData(this, this.data);
  }

  /** Seeds configurations as the API shows them; each is checked against the spec first (a TypeError names it). */
  seedConfigurations(configurations: readonly unknown[]): void {
    this.store.seed(configurations.map((configuration, index) => seedConfiguration(configuration, index)));
  }

  /** Stores an operator as given (id, version, author), with its versions: see OperatorSeed. */
  seedOperator(operator: unknown): void {
    this.operators.seed(structuredClone(seedOperator(operator)));
  }

  seedConversation(conversation: unknown, options?: unknown): void {
    this.conversations.seedConversation(seedConversation(conversation), seedConversationOptions(options));
  }

  seedOperatorResult(result: unknown): void {
    this.conversations.seedOperatorResult(seedOperatorResult(result));
  }

  /** Registers work to end when the fake closes (hung requests, stalled bodies); returns its removal. */
  onClose(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  /**
   * Adds a communication to a seeded conversation, as a participant's message or utterance would,
   * and runs the COMMUNICATION rules whose `count` it reaches. Returns the runs.
   */
  addCommunication(conversationId: string, input: CommunicationInput): RuleRun[] {
    const conversation = this.conversations.conversation(conversationId);
    if (!conversation) throw new TypeError(`addCommunication: no seeded conversation ${conversationId}`);
    const participantId = input.participantId ?? conversation.participants[0]?.id;
    if (participantId === undefined) throw new TypeError(`addCommunication: conversation ${conversationId} has no participant to speak`);
    const communication = {
      id: input.id ?? this.newCommunicationId(),
      participantId,
      content: { text: input.text },
      createdAt: input.createdAt ?? formatTimestamp(this.now()),
    };
    const issues = check(validators.validateConversation, { ...conversation, communications: [communication] });
    if (issues.length)
      throw new TypeError(`addCommunication: the communication breaks the spec: ${issues.map((issue) => issue.message).join("; ")}`);
    this.conversations.addCommunication(conversationId, communication, formatTimestamp(this.now()));
    return this.rules.communicationAdded(this.conversations.conversation(conversationId)!);
  }

  /** Sets a seeded conversation's status; CLOSED runs its CONVERSATION_END rules, INACTIVE its CONVERSATION_INACTIVE rules. */
  setConversationStatus(conversationId: string, status: ConversationStatus): RuleRun[] {
    const before = this.conversations.conversation(conversationId);
    if (!before) throw new TypeError(`setConversationStatus: no seeded conversation ${conversationId}`);
    this.conversations.setStatus(conversationId, status, formatTimestamp(this.now()));
    return before.status === status ? [] : this.rules.statusChanged(this.conversations.conversation(conversationId)!);
  }

  /** Ends every hung request and stalled body. */
  closeAll(): void {
    this.rules.stop();
    const closers = [...this.closers];
    this.closers.clear();
    for (const close of closers) close();
  }

  async handle(request: IncomingRequest): Promise<Outcome> {
    const { pathname } = request.url;
    if (pathname === CONTROL_PATH || pathname.startsWith(`${CONTROL_PATH}/`))
      return { type: "respond", response: this.control.handle(request) };
    const requestId = `RQ${randomHex(this.requestIdRandom, 32)}`;
    const path = request.url.pathname + request.url.search;
    const event: RequestEvent = { method: request.method, path, requestId };
    if (this.recordRequests) {
      this.received.push({
        method: request.method,
        url: path,
        path: request.url.pathname,
        query: new URLSearchParams(request.url.search),
        headers: Object.fromEntries(request.headers),
        body: request.body ?? "",
        operationId: matchRoute(request.method, request.url.pathname).operation?.operationId,
        remotePort: request.remotePort,
      });
    }
    try {
      const outcome = await this.route(request, event);
      if (outcome.type === "respond") {
        const { headers } = outcome.response;
        // A `respond` fault may give its own request id.
        const named = responseHeaders.requestId.toLowerCase();
        if (!Object.keys(headers).some((name) => name.toLowerCase() === named)) headers[responseHeaders.requestId] = requestId;
        event.status = outcome.response.status;
      }
      return outcome;
    } finally {
      this.onRequest?.(event);
    }
  }

  private async route(request: IncomingRequest, event: RequestEvent): Promise<Outcome> {
    const route = matchRoute(request.method, request.url.pathname);
    let lostResponse: Exclude<Fault, { kind: "latency" }> | undefined;
    if (route.operation) {
      const { operationId } = route.operation;
      event.operationId = operationId;
      const operationCount = (this.operationCounts.get(operationId) ?? 0) + 1;
      this.operationCounts.set(operationId, operationCount);
      const fault = this.faults.pick({
        operationId,
        method: request.method,
        path: request.url.pathname + request.url.search,
        count: ++this.requestCount,
        operationCount,
        headers: request.headers,
        body: request.body,
      });
      if (fault) event.fault = fault.kind;
      if (fault?.kind === "latency") await sleep(fault.ms, request.signal);
      else if (fault?.kind === "respond" && fault.delayMs) {
        await sleep(fault.delayMs, request.signal);
        if (!fault.afterCommit) return faultOutcome(fault, request, route.operation, this.now());
        lostResponse = fault;
      } else if (fault?.afterCommit) lostResponse = fault;
      else if (fault) return faultOutcome(fault, request, route.operation, this.now());
    }

    const response = this.respond(request, route);
    if (lostResponse && route.operation) return faultOutcome(lostResponse, request, route.operation, this.now());
    return { type: "respond", response };
  }

  private respond(request: IncomingRequest, route: ReturnType<typeof matchRoute>): ResponsePlan {
    const operation = route.operation;
    if (!this.authenticated(request.headers.get("authorization"))) {
      return error(operation, unauthenticated(), { "WWW-Authenticate": 'Basic realm="Twilio API"' });
    }
    // Only once the caller is known: an unauthenticated client learns nothing about limits.
    if (request.bodyTooLarge !== undefined) return error(operation, payloadTooLarge(request.bodyTooLarge), { Connection: "close" });
    if (!operation) {
      if (route.allowedMethods.length) {
        return error(undefined, errorBody(405, errorCodes.methodNotAllowed, `Method ${request.method} is not allowed here`), {
          Allow: route.allowedMethods.join(", "),
        });
      }
      return error(undefined, notFound());
    }

    const input = readInput(request, route, operation);
    return "status" in input ? input : handle(this, operation, input);
  }

  /** Whether an Authorization header carries the fake's credentials (its Account SID and Auth Token, or an API key). */
  authenticated(header: string | null): boolean {
    const given = decodeBasic(header);
    if (!given) return false;
    if (given.username === this.credentials.accountSid && given.password === this.credentials.authToken) return true;
    return this.apiKeys.some((key) => key.sid === given.username && key.secret === given.password);
  }

  private resultRandom(): Random {
    return createRandom(deriveSeed(this.seed, "results"));
  }

  private restartRandom(): void {
    this.idRandom = createRandom(deriveSeed(this.seed, "ids"));
    this.requestIdRandom = createRandom(deriveSeed(this.seed, "request-ids"));
  }
}
