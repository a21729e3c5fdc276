import {
  base64Bytes,
  isRetryableStatus,
  toIssues,
  validateOperatorResultsResponseV1,
  validateRuleExecutionWebhook,
  sleep,
} from "@convintel/fetch";
import type {
  Conversation,
  IntelligenceConfiguration,
  LanguageOperatorVersion,
  OperatorResultsResponseV1,
  Rule,
  RuleExecutionResult,
  RuleExecutionWebhook,
} from "@convintel/types";
import type { ConversationStore } from "./conversations.js";
import type { OperatorStore } from "./operators.js";
import { randomHex, type Random } from "./random.js";
import { sampleOf } from "./sample.js";
import { formatTimestamp } from "./time.js";

/** How the fake delivers the WEBHOOK actions of the rules it runs. What the provider does not document is the fake's assumption (see the README). */
export interface WebhookOptions {
  /** Attempts per delivery, the first included. Default 3. */
  attempts?: number;
  /** Wait before the first retry, in milliseconds; doubled before each next one. Default 100. */
  retryDelayMs?: number;
  /** Limit of each attempt, in milliseconds. Default 5000. */
  timeoutMs?: number;
  /** The `fetch` deliveries are sent with. Default `globalThis.fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

/** One try to deliver a webhook. */
export interface DeliveryAttempt {
  /** When it was sent (ISO 8601, milliseconds). */
  at: string;
  /** The receiver's status, when it answered. */
  status?: number;
  /** Why there was no answer (connection refused, timeout), when there was none. */
  error?: string;
}

/** A webhook the fake sent (or is sending) for a rule it ran. */
export interface Delivery {
  /** Sent as `I-Twilio-Idempotency-Token`, the same on every attempt: a receiver that saw it already may ignore it. */
  id: string;
  /** The action's `url`, as configured. */
  url: string;
  /** The URL requested: the action's, with `bodySHA256` (the body's SHA-256, hex) added to its query; the signature covers it. */
  requestUrl: string;
  configurationId: string;
  ruleId: string;
  conversationId: string;
  /** The request headers, `X-Twilio-Signature` included. */
  headers: Record<string, string>;
  /** The body sent, as text, and parsed. */
  text: string;
  body: RuleExecutionWebhook;
  attempts: DeliveryAttempt[];
  /** `pending` until a 2xx answer (`delivered`) or the last attempt failed (`failed`). */
  state: "pending" | "delivered" | "failed";
}

/** One run of a rule on a conversation. */
export interface RuleRun {
  configurationId: string;
  configurationVersion: number;
  ruleId: string;
  conversationId: string;
  /** What started it: the trigger type that fired, or `EXECUTION` for a rule execution through the API. */
  cause: "COMMUNICATION" | "CONVERSATION_END" | "CONVERSATION_INACTIVE" | "EXECUTION";
  at: string;
  /** The results stored, one per operator that ran, in the rule's order. */
  operatorResultIds: string[];
  /** Operators that did not run: unknown, or the version named is unknown or RETIRED. */
  skipped: { operatorId: string; reason: string }[];
  /** The webhooks sent for it, one per WEBHOOK action. */
  deliveryIds: string[];
}

export interface RuleRunnerDependencies {
  configuration: (id: string) => IntelligenceConfiguration | undefined;
  operators: OperatorStore;
  conversations: ConversationStore;
  newResultId: () => string;
  now: () => Date;
  accountId: string;
  authToken: string;
  webhooks: WebhookOptions;
}

const encoder = new TextEncoder();
const LABELS = ["positive", "neutral", "negative"];

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Twilio's request signature as it documents it for webhooks with a JSON body: `bodySHA256` (the
 * body's SHA-256, hex) is added to the URL's query, and `X-Twilio-Signature` is the Base64 HMAC-SHA1
 * of that whole URL, keyed with the account's Auth Token.
 */
export async function signWebhook(url: string, text: string, authToken: string): Promise<{ requestUrl: string; signature: string }> {
  const digest = hex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
  const target = new URL(url);
  // Appended to the query as it is: `searchParams` would re-encode all of it (`%20` → `+`, `~` → `%7E`),
  // and a receiver signing the URL it was configured with would then fail. No fragment is ever sent.
  target.search = target.search ? `${target.search}&bodySHA256=${digest}` : `?bodySHA256=${digest}`;
  target.hash = "";
  const requestUrl = target.href;
  const key = await crypto.subtle.importKey("raw", encoder.encode(authToken), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(requestUrl)));
  return { requestUrl, signature: base64Bytes(mac) };
}

/** Retried: no answer, 408, 429 and 5xx; any other status is final. */
const retryable = (status: number | undefined) => status === undefined || isRetryableStatus(status);

/**
 * Runs rules as the provider's service would, as far as the fake can tell: each operator of the rule
 * produces a result in its output format (a value of its `outputSchema` for JSON), stored as an
 * operator result, and each WEBHOOK action gets every result as one POST.
 */
export class RuleRunner {
  readonly runs: RuleRun[] = [];
  readonly deliveries: Delivery[] = [];
  // Communications since each rule's last COMMUNICATION run, by conversation, configuration and rule.
  readonly #counts = new Map<string, number>();
  readonly #pending = new Set<Promise<void>>();
  #aborter = new AbortController();

  constructor(
    private readonly dependencies: RuleRunnerDependencies,
    private random: Random,
  ) {}

  /** Runs one rule of a configuration on a conversation; the webhooks go out in the background. */
  run(configuration: IntelligenceConfiguration, rule: Rule, conversation: Conversation, cause: RuleRun["cause"]): RuleRun {
    const at = this.dependencies.now();
    const run: RuleRun = {
      configurationId: configuration.id,
      configurationVersion: configuration.version,
      ruleId: rule.id,
      conversationId: conversation.id,
      cause,
      at: formatTimestamp(at),
      operatorResultIds: [],
      skipped: [],
      deliveryIds: [],
    };
    this.runs.push(run);
    if (conversation.communications.length === 0) {
      for (const named of rule.operators) run.skipped.push({ operatorId: named.id, reason: "the conversation has no communications" });
      return run;
    }
    const results: { stored: OperatorResultsResponseV1; displayName: string | undefined }[] = [];
    for (const named of rule.operators) {
      const definition = this.#definition(named.id, named.version, run);
      if (!definition) continue;
      const stored = this.#result(configuration, rule, conversation, definition, named.parameters ?? {}, cause, at);
      this.dependencies.conversations.seedOperatorResult(stored);
      run.operatorResultIds.push(stored.id);
      results.push({ stored, displayName: definition.displayName });
    }
    if (results.length === 0) return run;
    const body: RuleExecutionWebhook = {
      accountId: this.dependencies.accountId,
      conversationId: conversation.id,
      intelligenceConfiguration: {
        id: configuration.id,
        displayName: configuration.displayName,
        version: configuration.version,
        ruleId: rule.id,
      },
      operatorResults: results.map(({ stored, displayName }) => {
        const { accountId: _a, conversationId: _c, intelligenceConfiguration: _i, operator, ...rest } = stored;
        return { ...rest, operator: displayName === undefined ? operator : { ...operator, displayName } } as RuleExecutionResult;
      }),
    };
    if (!validateRuleExecutionWebhook(body)) {
      throw new Error(
        `The fake's webhook body breaks the spec: ${toIssues(validateRuleExecutionWebhook.errors)
          .map((issue) => issue.message)
          .join("; ")}`,
      );
    }
    for (const action of rule.actions) {
      if (action.type !== "WEBHOOK") continue;
      const delivery = this.#deliver(action.url, run, body);
      run.deliveryIds.push(delivery.id);
    }
    return run;
  }

  /** Counts a new communication for every COMMUNICATION rule of the conversation's configurations; runs those whose `count` is reached. */
  communicationAdded(conversation: Conversation): RuleRun[] {
    return this.#triggered(conversation, "COMMUNICATION", (key, rule) => {
      const count = (this.#counts.get(key) ?? 0) + 1;
      const every = rule.triggers[0]?.parameters?.count ?? 1;
      if (count < every) {
        this.#counts.set(key, count);
        return false;
      }
      this.#counts.delete(key);
      return true;
    });
  }

  /** Runs the CONVERSATION_END (CLOSED) or CONVERSATION_INACTIVE (INACTIVE) rules of the conversation's configurations. */
  statusChanged(conversation: Conversation): RuleRun[] {
    const type =
      conversation.status === "CLOSED" ? "CONVERSATION_END" : conversation.status === "INACTIVE" ? "CONVERSATION_INACTIVE" : undefined;
    return type === undefined ? [] : this.#triggered(conversation, type, () => true);
  }

  /** Resolves once every delivery under way has been delivered or has failed. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  /** Stops the deliveries under way: no further attempt is made. */
  stop(): void {
    this.#aborter.abort();
    this.#aborter = new AbortController();
  }

  /** Forgets every run and delivery; deliveries under way stop. */
  clear(random: Random): void {
    this.stop();
    this.runs.length = 0;
    this.deliveries.length = 0;
    this.#counts.clear();
    this.random = random;
  }

  #triggered(conversation: Conversation, type: RuleRun["cause"], fires: (key: string, rule: Rule) => boolean): RuleRun[] {
    const runs: RuleRun[] = [];
    for (const configurationId of conversation.intelligenceConfigurationIds) {
      const configuration = this.dependencies.configuration(configurationId);
      for (const rule of configuration?.rules ?? []) {
        if (rule.triggers[0]?.on !== type) continue;
        if (fires(`${conversation.id} ${configurationId} ${rule.id}`, rule)) runs.push(this.run(configuration!, rule, conversation, type));
      }
    }
    return runs;
  }

  /** The version of an operator a rule runs: the one it names, else the newest that is not RETIRED. */
  #definition(id: string, version: number | undefined, run: RuleRun): LanguageOperatorVersion | undefined {
    const history = this.dependencies.operators.history(id);
    if (!history) {
      run.skipped.push({ operatorId: id, reason: "no operator with this id" });
      return undefined;
    }
    const candidates = history.map((stored) => stored.definition);
    const chosen =
      version === undefined
        ? candidates.filter((definition) => definition.status !== "RETIRED").at(-1)
        : candidates.find((definition) => definition.version === version);
    if (!chosen) {
      run.skipped.push({ operatorId: id, reason: version === undefined ? "every version is RETIRED" : `no version ${version}` });
      return undefined;
    }
    if (chosen.status === "RETIRED") {
      run.skipped.push({ operatorId: id, reason: `version ${chosen.version} is RETIRED` });
      return undefined;
    }
    return chosen;
  }

  #result(
    configuration: IntelligenceConfiguration,
    rule: Rule,
    conversation: Conversation,
    definition: LanguageOperatorVersion,
    given: Record<string, unknown>,
    cause: RuleRun["cause"],
    at: Date,
  ): OperatorResultsResponseV1 {
    const transcript = conversation.communications.map((communication) => communication.content.text ?? "").join("\n");
    const parameters: Record<string, unknown> = {};
    for (const [name, parameter] of Object.entries(definition.parameters ?? {}))
      if (parameter.default !== undefined) parameters[name] = parameter.default;
    Object.assign(parameters, given);
    const output = this.#output(definition, transcript);
    const first = conversation.communications[0];
    const last = conversation.communications.at(-1);
    const result = {
      id: this.dependencies.newResultId(),
      accountId: this.dependencies.accountId,
      intelligenceConfiguration: { id: configuration.id, ruleId: rule.id, version: configuration.version },
      conversationId: conversation.id,
      operator: { id: definition.id!, version: definition.version!, parameters },
      dateCreated: formatTimestamp(at),
      referenceIds: [...conversation.channelIds],
      executionDetails: {
        trigger: { on: cause === "EXECUTION" ? (rule.triggers[0]?.on ?? "CONVERSATION_END") : cause, timestamp: formatTimestamp(at) },
        communications: { first: first!.id, last: last!.id },
        channels: [...conversation.channels],
        participants: conversation.participants.map((participant) =>
          participant.type ? { id: participant.id, type: participant.type } : { id: participant.id },
        ),
      },
      metadata: {
        system: {
          resolvedModel: "convintel-fake",
          latencyMs: 20 + this.random.below(480),
          inputCharacters: transcript.length,
          outputCharacters: JSON.stringify(output.result).length,
          inputTruncated: false,
        },
      },
      ...output,
    } as OperatorResultsResponseV1;
    if (!validateOperatorResultsResponseV1(result)) {
      throw new Error(
        `The fake's operator result breaks the spec: ${toIssues(validateOperatorResultsResponseV1.errors)
          .map((issue) => issue.message)
          .join("; ")}`,
      );
    }
    return result;
  }

  #output(definition: LanguageOperatorVersion, transcript: string): Pick<OperatorResultsResponseV1, "outputFormat" | "result"> {
    switch (definition.outputFormat) {
      case "JSON":
        return {
          outputFormat: "JSON",
          result: sampleOf(definition.outputSchema ?? { type: "object" }, this.random) as Record<string, unknown>,
        };
      case "CLASSIFICATION": {
        const schema = definition.outputSchema as { enum?: unknown[]; properties?: { label?: { enum?: unknown[] } } } | undefined;
        const labels = (schema?.enum ?? schema?.properties?.label?.enum ?? LABELS).filter(
          (label): label is string => typeof label === "string",
        );
        const pool = labels.length > 0 ? labels : LABELS;
        return { outputFormat: "CLASSIFICATION", result: { label: pool[this.random.below(pool.length)]! } };
      }
      default: {
        const words = transcript.split(/\s+/).filter(Boolean);
        const text =
          words.length === 0
            ? "The conversation has no text yet."
            : `${definition.displayName}: ${words.slice(0, 12).join(" ")}${words.length > 12 ? "..." : ""}`;
        return { outputFormat: "TEXT", result: { text } };
      }
    }
  }

  #deliver(url: string, run: RuleRun, body: RuleExecutionWebhook): Delivery {
    const text = JSON.stringify(body);
    const delivery: Delivery = {
      id: randomHex(this.random, 32),
      url,
      requestUrl: url,
      configurationId: run.configurationId,
      ruleId: run.ruleId,
      conversationId: run.conversationId,
      headers: {},
      text,
      body: structuredClone(body),
      attempts: [],
      state: "pending",
    };
    this.deliveries.push(delivery);
    const task = this.#attemptDelivery(delivery, this.#aborter.signal).finally(() => this.#pending.delete(task));
    this.#pending.add(task);
    return delivery;
  }

  async #attemptDelivery(delivery: Delivery, stopped: AbortSignal): Promise<void> {
    const { attempts = 3, retryDelayMs = 100, timeoutMs = 5000 } = this.dependencies.webhooks;
    const post = this.dependencies.webhooks.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
    const { requestUrl, signature } = await signWebhook(delivery.url, delivery.text, this.dependencies.authToken);
    delivery.requestUrl = requestUrl;
    delivery.headers = {
      "Content-Type": "application/json",
      "User-Agent": "convintel-fake",
      "I-Twilio-Idempotency-Token": delivery.id,
      "X-Twilio-Signature": signature,
    };
    for (let attempt = 1; attempt <= attempts && !stopped.aborted; attempt++) {
      const record: DeliveryAttempt = { at: new Date().toISOString() };
      delivery.attempts.push(record);
      try {
        const response = await post(requestUrl, {
          method: "POST",
          headers: delivery.headers,
          body: delivery.text,
          redirect: "manual",
          signal: AbortSignal.any([stopped, AbortSignal.timeout(timeoutMs)]),
        });
        record.status = response.status;
        await response.body?.cancel().catch(() => {});
      } catch (error) {
        record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      if (record.status !== undefined && record.status >= 200 && record.status < 300) {
        delivery.state = "delivered";
        return;
      }
      if (!retryable(record.status) || attempt === attempts) break;
      // Ends early, without error, when the runner stops; the wait leaves no listener behind.
      await sleep(retryDelayMs * 2 ** (attempt - 1), stopped).catch(() => {});
    }
    delivery.state = "failed";
  }
}
