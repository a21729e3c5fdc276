import {
  defaultMaxResponseBytes,
  responseHeaders,
  toIssues,
  validators,
  type CompiledValidator,
  type ValidationIssue,
} from "@convintel/fetch";
import { validationSchema } from "@convintel/fetch/spec";
import type {
  Conversation,
  ConversationStatus,
  CreateConfigurationRequest,
  CreateRuleExecutionRequest,
  IntelligenceConfiguration,
  ListConversationsQuery,
  ListOperatorResultsQuery,
  OperationId,
  OperatorRequest,
  OperatorResultsResponseV1,
  UpdateConfigurationRequest,
} from "@convintel/types";
import { ConversationStore, type ConversationSeedOptions } from "./conversations.js";
import { OperatorStore, type OperatorSeed } from "./operators.js";
import {
  errorBody,
  errorCodes,
  internalError,
  noMemoryStore,
  notFound,
  preconditionFailed,
  payloadTooLarge,
  rateLimited,
  unauthenticated,
  type ErrorBody,
} from "./errors.js";
import { FaultInjector, type Fault, type FaultKind, type FaultRule } from "./faults.js";
import {
  communicationIdPattern,
  configurationIdPattern,
  createIdGenerator,
  operatorIdPattern,
  operatorResultIdPattern,
  ruleIdPattern,
} from "./ids.js";
import { createRandom, deriveSeed, randomHex, type Random } from "./random.js";
import { matchRoute, type Operation } from "./router.js";
import { RuleRunner, type RuleRun, type WebhookOptions } from "./rules.js";
import { formatTimestamp } from "./time.js";

export { formatTimestamp };
import type { Page } from "./paging.js";
import { ConfigurationStore } from "./store.js";

const badToken: ValidationIssue = {
  pointer: "/pageToken",
  keyword: "token",
  rule: "token",
  message: "/pageToken is not a token this service issued",
  params: {},
};

function pageBody(page: Page<unknown>): Record<string, unknown> {
  const meta: Record<string, unknown> = { key: "items", pageSize: page.items.length };
  if (page.nextToken !== undefined) meta.nextToken = page.nextToken;
  if (page.previousToken !== undefined) meta.previousToken = page.previousToken;
  return { items: page.items, meta };
}

/** `T` with every property and array readonly, as the spec's generated `examples` are. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** A request as the fake sees it, whichever way it came in. */
export interface IncomingRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
  /** Aborts when the caller gives up (in-process) or the connection closes (HTTP). */
  signal?: AbortSignal;
  /** Set when the body was larger than the listener accepts (its limit, in bytes): it was not read, and `body` is null. */
  bodyTooLarge?: number;
  /** The client's port of the connection (HTTP only): requests with the same port came on one connection. */
  remotePort?: number;
}

/**
 * Bodies nesting deeper than this are refused with 400. The API states no limit; this is the
 * default of Jackson, the JSON parser of most Java services, and far beyond any body the spec
 * describes (a configuration nests a few levels; operator parameters are the only free-form part).
 */
export const maxBodyDepth = 1000;

/** Whether a parsed JSON value nests deeper than `limit`, found without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current))
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

export interface BodySource {
  length: number;
  chunks(): Iterable<Uint8Array>;
}

export interface ResponsePlan {
  status: number;
  headers: Record<string, string>;
  body: BodySource | null;
  /** Send this many body bytes, then stall for good. */
  stallAfterBytes?: number;
  /** Send this many body bytes, then reset the connection. */
  truncateAfterBytes?: number;
}

export type Outcome = { type: "respond"; response: ResponsePlan } | { type: "reset" } | { type: "hang" };

/** One handled request, for logs and assertions. */
export interface RequestEvent {
  method: string;
  path: string;
  operationId?: OperationId;
  /** The status sent, if a response was sent. */
  status?: number;
  /** The fault injected, if any. */
  fault?: FaultKind;
  requestId: string;
}

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

/** A request as the fake received it, for assertions on what a client sent. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** The path alone. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body as text; "" when there was none. */
  body: string;
  /** The operation it was routed to, if any. */
  operationId: OperationId | undefined;
  /** The client's port of the connection it came on (over HTTP; undefined in-process): equal ports, one reused connection. */
  remotePort: number | undefined;
}

/** An outgoing response broke the spec: a bug in the fake, never a state a test should pass with. */
export class FakeResponseError extends Error {
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`The fake's ${operationId} ${status} response breaks the spec: ${issues.map((issue) => issue.message).join("; ")}`);
    this.name = "FakeResponseError";
  }
}

/** The spec's default for the `pageSize` query parameter. */
export const defaultPageSize: number = validationSchema.$defs.ListConfigurationsQuery.properties.pageSize.default;

const encoder = new TextEncoder();
const JSON_TYPE = "application/json";

function bytesOf(text: string): BodySource {
  const bytes = encoder.encode(text);
  return { length: bytes.length, chunks: () => [bytes] };
}

function jsonBody(value: unknown): BodySource {
  return bytesOf(JSON.stringify(value));
}

function decodeBasic(header: string | null): { username: string; password: string } | undefined {
  const match = header === null ? null : /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return undefined;
  try {
    const binary = atob(match[1]!);
    const text = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const colon = text.indexOf(":");
    return colon < 0 ? undefined : { username: text.slice(0, colon), password: text.slice(colon + 1) };
  } catch {
    return undefined;
  }
}

function isJsonMediaType(value: string | null): boolean {
  const type = value?.split(";")[0]?.trim().toLowerCase();
  return type === JSON_TYPE || (type?.endsWith("+json") ?? false);
}

function successStatus(operation: Operation): number {
  return Number(Object.keys(operation.responses).find((status) => status.startsWith("2")));
}

/** Query values arrive as strings: turn those the schema wants as numbers or booleans into them. */
function coerceQuery(validator: CompiledValidator, raw: Record<string, string | string[]>): Record<string, unknown> {
  const query: Record<string, unknown> = { ...raw };
  if (validator(query)) return query;
  for (const error of validator.errors ?? []) {
    if (error.keyword !== "type") continue;
    const name = error.instancePath.slice(1);
    const given = raw[name];
    if (given === undefined) continue;
    const wanted = String(error.params.type);
    if (wanted === "array" && typeof given === "string") query[name] = [given];
    if (typeof given !== "string") continue;
    const value = given;
    if ((wanted === "integer" || wanted === "number") && /^-?\d+(\.\d+)?$/.test(value)) query[name] = Number(value);
    if (wanted === "boolean" && (value === "true" || value === "false")) query[name] = value === "true";
  }
  return query;
}

const HTML_TITLES: Record<number, string> = {
  500: "500 Internal Server Error",
  502: "502 Bad Gateway",
  503: "503 Service Temporarily Unavailable",
  504: "504 Gateway Time-out",
};

/** The fake's state and request handling, independent of how requests arrive. */
export class Engine {
  readonly store: ConfigurationStore;
  readonly operators: OperatorStore;
  readonly conversations: ConversationStore;
  readonly rules: RuleRunner;
  readonly faults: FaultInjector;
  readonly credentials: Credentials;
  private readonly apiKeys: readonly ApiKey[];
  private readonly now: () => Date;
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
  }

  seedConfigurations(configurations: readonly DeepReadonly<IntelligenceConfiguration>[]): void {
    configurations.forEach((configuration, index) => {
      const issues = this.check(validators.validateIntelligenceConfiguration, configuration);
      if (issues.length)
        throw new TypeError(`seed: configuration ${index} breaks the spec: ${issues.map((issue) => issue.message).join("; ")}`);
      const idIssues = this.check(validators.validateIntelligenceConfigurationTtid, configuration.id, "/id");
      if (idIssues.length) throw new TypeError(`seed: configuration ${index}: ${idIssues[0]!.message}`);
    });
    this.store.seed(configurations as readonly IntelligenceConfiguration[]);
  }

  /** Stores an operator as given (id, version, author), with its versions: see OperatorSeed. */
  seedOperator(operator: DeepReadonly<OperatorSeed>): void {
    const { versions, ...current } = operator as OperatorSeed;
    this.checkSeed("operator", validators.validateLanguageOperator, current);
    this.checkSeed("operator id", validators.validateOperatorTtid, current.id);
    // Each version's lifecycle, checked as a list of versions would show it.
    const summaries = (versions ?? []).map(({ definition: _definition, ...summary }) => summary);
    this.checkSeed("operator's versions", validators.validateListOperatorVersionsResponse, {
      items: summaries,
      meta: { key: "items", pageSize: summaries.length },
    });
    this.operators.seed(structuredClone(operator) as OperatorSeed);
  }

  seedConversation(conversation: DeepReadonly<Conversation>, options?: ConversationSeedOptions): void {
    this.checkSeed("conversation", validators.validateConversation, conversation);
    this.conversations.seedConversation(conversation as Conversation, options);
  }

  seedOperatorResult(result: DeepReadonly<OperatorResultsResponseV1>): void {
    this.checkSeed("operator result", validators.validateOperatorResultsResponseV1, result);
    this.conversations.seedOperatorResult(result as OperatorResultsResponseV1);
  }

  private checkSeed(what: string, validator: CompiledValidator, value: unknown): void {
    const issues = this.check(validator, value);
    if (issues.length) throw new TypeError(`seed: the ${what} breaks the spec: ${issues.map((issue) => issue.message).join("; ")}`);
  }

  /** Registers work to end when the fake closes (hung requests, stalled bodies); returns its removal. */
  onClose(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  /** Ends every hung request and stalled body. */
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
    const issues = this.check(validators.validateConversation, { ...conversation, communications: [communication] });
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

  closeAll(): void {
    this.rules.stop();
    const closers = [...this.closers];
    this.closers.clear();
    for (const close of closers) close();
  }

  async handle(request: IncomingRequest): Promise<Outcome> {
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
        if (!fault.afterCommit) return this.faultOutcome(fault, request, route.operation);
        lostResponse = fault;
      } else if (fault?.afterCommit) lostResponse = fault;
      else if (fault) return this.faultOutcome(fault, request, route.operation);
    }

    const response = this.respond(request, route);
    if (lostResponse && route.operation) return this.faultOutcome(lostResponse, request, route.operation);
    return { type: "respond", response };
  }

  private respond(request: IncomingRequest, route: ReturnType<typeof matchRoute>): ResponsePlan {
    const operation = route.operation;
    if (!this.authenticated(request.headers.get("authorization"))) {
      return this.error(operation, unauthenticated(), { "WWW-Authenticate": 'Basic realm="Twilio API"' });
    }
    // Only once the caller is known: an unauthenticated client learns nothing about limits.
    if (request.bodyTooLarge !== undefined) return this.error(operation, payloadTooLarge(request.bodyTooLarge), { Connection: "close" });
    if (!operation) {
      if (route.allowedMethods.length) {
        return this.error(undefined, errorBody(405, errorCodes.methodNotAllowed, `Method ${request.method} is not allowed here`), {
          Allow: route.allowedMethods.join(", "),
        });
      }
      return this.error(undefined, notFound());
    }

    const pathParams: Record<string, unknown> = { ...route.pathParams };
    for (const [name, validator] of Object.entries(operation.pathParams)) {
      // A path segment is text: one the schema wants as a number (an operator's version) is read as one.
      const segment = route.pathParams[name];
      if (segment !== undefined && !validator(segment) && /^-?\d+$/.test(segment)) pathParams[name] = Number(segment);
      const issues = this.check(validator, pathParams[name], `/${name}`);
      if (issues.length) return this.invalid(operation, issues, "path");
    }

    let query: Record<string, unknown> = {};
    // A repeated name is a list (`channels=SMS&channels=VOICE`), as openapi-fetch sends arrays.
    const raw: Record<string, string | string[]> = {};
    request.url.searchParams.forEach((value, key) => {
      const known = raw[key];
      raw[key] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
    });
    if (operation.query) {
      query = coerceQuery(operation.query, raw);
      const issues = [...this.check(operation.query, query), ...(operation.checkQuery?.(query) ?? [])];
      if (issues.length) return this.invalid(operation, issues, "query");
    }

    let body: unknown;
    if (operation.requestBody) {
      if (request.body === null || request.body === "") {
        return this.invalid(
          operation,
          [{ pointer: "", keyword: "required", rule: "required", message: "The request body is required (required)", params: {} }],
          "body",
        );
      }
      if (!isJsonMediaType(request.headers.get("content-type"))) {
        return this.error(operation, errorBody(415, errorCodes.unsupportedMediaType, `Unsupported Content-Type; send ${JSON_TYPE}`));
      }
      try {
        body = JSON.parse(request.body);
      } catch {
        return this.invalid(
          operation,
          [{ pointer: "", keyword: "json", rule: "json", message: "The request body is not valid JSON (json)", params: {} }],
          "body",
        );
      }
      if (nestsDeeperThan(body, maxBodyDepth)) {
        const rule = `depth ${maxBodyDepth}`;
        return this.invalid(
          operation,
          [
            {
              pointer: "",
              keyword: "depth",
              rule,
              message: `The request body nests deeper than ${maxBodyDepth} levels (${rule})`,
              params: { limit: maxBodyDepth },
            },
          ],
          "body",
        );
      }
      const issues = this.check(operation.requestBody.validate, body);
      if (issues.length) return this.invalid(operation, issues, "body");
    }

    return this.execute(operation, pathParams, query, body, request.headers.get("if-match"));
  }

  private execute(
    operation: Operation,
    pathParams: Record<string, unknown>,
    query: Record<string, unknown>,
    body: unknown,
    ifMatch: string | null,
  ): ResponsePlan {
    const id = String(pathParams.id ?? "");
    const pageSize = typeof query.pageSize === "number" ? query.pageSize : defaultPageSize;
    const pageToken = typeof query.pageToken === "string" ? query.pageToken : undefined;
    const pageOrInvalid = (page: Page<unknown> | undefined): ResponsePlan =>
      page ? this.success(operation, 200, pageBody(page)) : this.invalid(operation, [badToken], "query");
    const etag = (operator: { version?: number }) => ({ [responseHeaders.etag]: String(operator.version) });
    switch (operation.operationId) {
      case "CreateConfiguration":
        return this.success(operation, 201, this.store.create(body as CreateConfigurationRequest));
      case "ListConfigurations":
        return pageOrInvalid(this.store.page(pageSize, pageToken));
      case "FetchConfiguration": {
        const configuration = this.store.get(id);
        return configuration ? this.success(operation, 200, configuration) : this.error(operation, notFound());
      }
      case "UpdateConfiguration": {
        const result = this.store.update(id, body as UpdateConfigurationRequest);
        if (!result) return this.error(operation, notFound());
        if ("issue" in result) {
          const { pointer, message } = result.issue;
          return this.error(operation, errorBody(400, errorCodes.validation, message, { pointer, rule: "known rule id", in: "body" }));
        }
        return this.success(operation, 200, result.configuration);
      }
      case "DeleteConfiguration":
        return this.store.delete(id) ? this.success(operation, 204, undefined) : this.error(operation, notFound());
      case "CreateOperator": {
        const operator = this.operators.create(body as OperatorRequest);
        return this.success(operation, 201, operator, etag(operator));
      }
      case "ListOperators":
        return pageOrInvalid(this.operators.page(pageSize, pageToken));
      case "FetchOperator": {
        const operator = this.operators.get(id);
        return operator ? this.success(operation, 200, operator, etag(operator)) : this.error(operation, notFound());
      }
      case "UpdateOperator": {
        const result = this.operators.update(id, body as OperatorRequest, ifMatch);
        if (result === undefined) return this.error(operation, notFound());
        if (result === "precondition") return this.error(operation, preconditionFailed());
        if (result === "twilio") {
          return this.error(
            operation,
            errorBody(400, errorCodes.validation, "Operators authored by Twilio cannot be updated", { in: "path", pointer: "/id" }),
          );
        }
        return this.success(operation, 200, result.operator, etag(result.operator));
      }
      case "DeleteOperator":
        return this.operators.delete(id) ? this.success(operation, 204, undefined) : this.error(operation, notFound());
      case "ListOperatorVersions": {
        const page = this.operators.versions(id, pageSize, pageToken);
        if (page === undefined) return this.error(operation, notFound());
        return pageOrInvalid(page === "token" ? undefined : page);
      }
      case "FetchOperatorVersion": {
        const version = this.operators.version(id, Number(pathParams.version));
        return version ? this.success(operation, 200, version) : this.error(operation, notFound());
      }
      case "ListConversations":
        return pageOrInvalid(this.conversations.conversationPage(query as ListConversationsQuery, pageSize));
      case "FetchConversation": {
        const conversation = this.conversations.conversation(id);
        return conversation ? this.success(operation, 200, conversation) : this.error(operation, notFound());
      }
      case "ListOperatorResults":
        return pageOrInvalid(this.conversations.resultPage(query as ListOperatorResultsQuery, pageSize));
      case "FetchOperatorResult": {
        const result = this.conversations.result(String(pathParams.operatorResultId));
        return result ? this.success(operation, 200, result) : this.error(operation, notFound());
      }
      case "DeleteOperatorResult":
        return this.conversations.deleteResult(String(pathParams.operatorResultId))
          ? this.success(operation, 204, undefined)
          : this.error(operation, notFound());
      case "CreateRuleExecution": {
        const execution = body as CreateRuleExecutionRequest;
        const configuration = this.store.get(execution.intelligenceConfigurationId);
        const notFoundAt = (pointer: string, what: string) =>
          this.error(operation, errorBody(404, errorCodes.notFound, `${pointer} names no ${what}`, { pointer, in: "body" }));
        if (!configuration) return notFoundAt("/intelligenceConfigurationId", "Intelligence Configuration");
        if (!configuration.rules.some((rule) => rule.id === execution.ruleId)) return notFoundAt("/ruleId", "rule of that configuration");
        if (!this.conversations.conversation(execution.conversationId)) return notFoundAt("/conversationId", "conversation");
        if (!this.conversations.hasMemoryStore(execution.conversationId)) return this.error(operation, noMemoryStore());
        this.conversations.ruleExecutions.push({ ...structuredClone(execution), acceptedAt: formatTimestamp(this.now()) });
        const rule = configuration.rules.find((candidate) => candidate.id === execution.ruleId)!;
        this.rules.run(configuration, rule, this.conversations.conversation(execution.conversationId)!, "EXECUTION");
        return this.success(operation, 202, undefined);
      }
    }
  }

  private authenticated(header: string | null): boolean {
    const given = decodeBasic(header);
    if (!given) return false;
    if (given.username === this.credentials.accountSid && given.password === this.credentials.authToken) return true;
    return this.apiKeys.some((key) => key.sid === given.username && key.secret === given.password);
  }

  private check(validator: CompiledValidator, value: unknown, rootPointer = ""): ValidationIssue[] {
    return validator(value) ? [] : toIssues(validator.errors, rootPointer);
  }

  /** A 2xx, validated against the operation's declared response before it leaves. */
  private success(operation: Operation, status: number, body: unknown, headers: Record<string, string> = {}): ResponsePlan {
    const declared = operation.responses[String(status)];
    if (!declared)
      throw new FakeResponseError(operation.operationId, status, [
        { pointer: "", keyword: "status", rule: "status", message: `status ${status} is not declared`, params: {} },
      ]);
    if (declared.validate) {
      const issues = this.check(declared.validate, body);
      if (issues.length) throw new FakeResponseError(operation.operationId, status, issues);
      return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body: jsonBody(body) };
    }
    return { status, headers, body: null };
  }

  /** An error response with the spec's error body, validated like any other response. */
  private error(operation: Operation | undefined, body: ErrorBody, headers: Record<string, string> = {}): ResponsePlan {
    const status = body.httpStatusCode;
    const declared = operation?.responses[String(status)];
    // Statuses the spec leaves undeclared for an operation (401, 405, 415, ...) still carry the spec's error body.
    const issues = this.check(declared?.validate ?? validators.validateError, body);
    if (issues.length) throw new FakeResponseError(operation?.operationId ?? "(no operation)", status, issues);
    return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body: jsonBody(body) };
  }

  private invalid(operation: Operation, issues: readonly ValidationIssue[], location: "path" | "query" | "body"): ResponsePlan {
    const first = issues[0]!;
    const message = issues.map((issue) => issue.message).join("; ");
    return this.error(
      operation,
      errorBody(400, errorCodes.validation, message, { pointer: first.pointer, rule: first.rule, in: location }),
    );
  }

  private faultOutcome(fault: Exclude<Fault, { kind: "latency" }>, request: IncomingRequest, operation: Operation): Outcome {
    const status = successStatus(operation);
    switch (fault.kind) {
      case "connectionReset":
        return { type: "reset" };
      case "hang":
        return { type: "hang" };
      case "rateLimit": {
        const { limit: limitHeader, remaining: remainingHeader, reset: resetHeader } = responseHeaders.rateLimit;
        const resetAt = Math.ceil(this.now().getTime() / 1000 + (fault.resetSeconds ?? 1));
        const headers: Record<string, string> = {
          [limitHeader]: String(fault.limit ?? 100),
          [remainingHeader]: "0",
          [resetHeader]: String(resetAt),
        };
        if (fault.retryAfterSeconds !== null) headers["Retry-After"] = String(fault.retryAfterSeconds ?? 1);
        return { type: "respond", response: this.error(operation, rateLimited(), headers) };
      }
      case "serverError": {
        const code = fault.status ?? 500;
        const body =
          code === 500
            ? internalError()
            : code === 503
              ? errorBody(503, errorCodes.unavailable, "Service unavailable, try again later")
              : errorBody(code, errorCodes.internal, code === 502 ? "Bad gateway" : "Gateway timeout");
        return { type: "respond", response: this.error(operation, body) };
      }
      case "stallBody": {
        const body = bytesOf(JSON.stringify({ message: "stalled ".repeat(512) }));
        return {
          type: "respond",
          response: {
            status: status === 204 ? 200 : status,
            headers: { "Content-Type": JSON_TYPE },
            body,
            stallAfterBytes: Math.min(fault.afterBytes ?? Math.floor(body.length / 2), body.length - 1),
          },
        };
      }
      case "invalidJson":
        return {
          type: "respond",
          response: {
            status: fault.status ?? (status === 204 ? 200 : status),
            headers: { "Content-Type": JSON_TYPE },
            body: bytesOf('{"id":"intelligence_configuration_<!-- truncated -->'),
          },
        };
      case "htmlError": {
        const code = fault.status ?? 502;
        const title = HTML_TITLES[code] ?? `${code} Error`;
        return {
          type: "respond",
          response: {
            status: code,
            headers: { "Content-Type": "text/html; charset=utf-8" },
            body: bytesOf(
              `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
            ),
          },
        };
      }
      case "redirect":
        return {
          type: "respond",
          response: {
            status: fault.status ?? 302,
            headers: { Location: fault.location ?? `http://elsewhere.invalid${request.url.pathname}${request.url.search}` },
            body: null,
          },
        };
      case "respond": {
        const headers: Record<string, string> = { ...fault.headers };
        const has = (name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name);
        let body: BodySource | null = null;
        if (fault.json !== undefined) {
          if (!has("content-type")) headers["Content-Type"] = JSON_TYPE;
          body = jsonBody(fault.json);
        } else if (fault.text !== undefined) {
          if (!has("content-type")) headers["Content-Type"] = "text/plain";
          body = bytesOf(fault.text);
        }
        return { type: "respond", response: { status: fault.status, headers, body } };
      }
      case "truncateBody": {
        const body = bytesOf(JSON.stringify({ message: "truncated ".repeat(64) }));
        return {
          type: "respond",
          response: {
            status: fault.status ?? (status === 204 ? 200 : status),
            headers: { "Content-Type": JSON_TYPE },
            body,
            truncateAfterBytes: Math.min(fault.afterBytes ?? 16, body.length - 1),
          },
        };
      }
      case "oversizedBody":
        return {
          type: "respond",
          response: {
            status: status === 204 ? 200 : status,
            headers: { "Content-Type": JSON_TYPE },
            body: oversizedBody(fault.bytes ?? 2 * defaultMaxResponseBytes),
          },
        };
    }
  }

  private resultRandom(): Random {
    return createRandom(deriveSeed(this.seed, "results"));
  }

  private restartRandom(): void {
    this.idRandom = createRandom(deriveSeed(this.seed, "ids"));
    this.requestIdRandom = createRandom(deriveSeed(this.seed, "request-ids"));
  }
}

/** A JSON object of exactly `size` bytes (at least 16), produced in chunks so it is never held whole. */
function oversizedBody(size: number): BodySource {
  const head = encoder.encode('{"padding":"');
  const tail = encoder.encode('"}');
  const total = Math.max(size, head.length + tail.length + 1);
  const chunk = encoder.encode("x".repeat(64 * 1024));
  return {
    length: total,
    *chunks() {
      yield head;
      let left = total - head.length - tail.length;
      while (left > 0) {
        const size = Math.min(left, chunk.length);
        yield size === chunk.length ? chunk : chunk.subarray(0, size);
        left -= size;
      }
      yield tail;
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
