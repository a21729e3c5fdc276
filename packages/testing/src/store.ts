import type {
  CreateConfigurationRequest,
  IntelligenceConfiguration,
  Rule,
  RuleCreationRequestPayload,
  RuleUpdateRequestPayload,
  UpdateConfigurationRequest,
} from "@convintel/types";
import { pageOf, type Page, type Sequenced } from "./paging.js";

export type { Page } from "./paging.js";

export interface StoreDependencies {
  accountId: string;
  newConfigurationId: () => string;
  newRuleId: () => string;
  /** The current time, formatted as the API formats it. */
  timestamp: () => string;
}

/** A problem with a request that only the state can reveal (the schema was fine). */
export interface StateIssue {
  pointer: string;
  message: string;
}

type Entry = Sequenced<IntelligenceConfiguration>;

function toRule(id: string, payload: RuleCreationRequestPayload | RuleUpdateRequestPayload): Rule {
  // Rule.triggers is required in responses; a rule sent without triggers is stored with none.
  const rule: Rule = { id, operators: payload.operators, triggers: payload.triggers ?? [], actions: payload.actions };
  if (payload.context !== undefined) rule.context = payload.context;
  return structuredClone(rule);
}

/** The fake's in-memory configurations, with the API's rules for ids, versions, dates and rule identity. */
export class ConfigurationStore {
  private readonly entries = new Map<string, Entry>();
  /** Live rule ids, to the configuration holding each: rule ids are unique across the store, as TTIDs are. */
  private readonly ruleOwners = new Map<string, string>();
  private sequence = 0;

  constructor(private readonly dependencies: StoreDependencies) {}

  create(body: CreateConfigurationRequest): IntelligenceConfiguration {
    const { accountId, timestamp } = this.dependencies;
    const now = timestamp();
    const configuration: IntelligenceConfiguration = {
      accountId,
      id: this.unusedConfigurationId(),
      displayName: body.displayName,
      ...(body.description !== undefined ? { description: body.description } : {}),
      version: 1,
      rules: body.rules.map((rule) => toRule(this.unusedRuleId(), rule)),
      dateCreated: now,
      dateUpdated: now,
    };
    this.entries.set(configuration.id, { sequence: ++this.sequence, value: configuration });
    this.claimRules(configuration);
    return structuredClone(configuration);
  }

  get(id: string): IntelligenceConfiguration | undefined {
    const entry = this.entries.get(id);
    return entry && structuredClone(entry.value);
  }

  /** A full replacement: rules sent with an id keep it, rules without one get a new id, rules left out are removed. */
  update(id: string, body: UpdateConfigurationRequest): { configuration: IntelligenceConfiguration } | { issue: StateIssue } | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const known = new Set(entry.value.rules.map((rule) => rule.id));
    const seen = new Set<string>();
    for (const [index, rule] of body.rules.entries()) {
      if (rule.id === undefined) continue;
      const pointer = `/rules/${index}/id`;
      if (!known.has(rule.id)) return { issue: { pointer, message: `${pointer} names no rule of configuration ${id}` } };
      if (seen.has(rule.id)) return { issue: { pointer, message: `${pointer} names the same rule twice` } };
      seen.add(rule.id);
    }
    const previous = entry.value;
    const configuration: IntelligenceConfiguration = {
      accountId: previous.accountId,
      id: previous.id,
      displayName: body.displayName,
      ...(body.description !== undefined ? { description: body.description } : {}),
      version: previous.version + 1,
      rules: body.rules.map((rule) => toRule(rule.id ?? this.unusedRuleId(), rule)),
      dateCreated: previous.dateCreated,
      dateUpdated: this.dependencies.timestamp(),
    };
    this.releaseRules(previous);
    entry.value = configuration;
    this.claimRules(configuration);
    return { configuration: structuredClone(configuration) };
  }

  delete(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.releaseRules(entry.value);
    return this.entries.delete(id);
  }

  /** One page in creation order, or undefined when the token is not one this store issued. */
  page(pageSize: number, pageToken?: string): Page<IntelligenceConfiguration> | undefined {
    return pageOf([...this.entries.values()], pageSize, pageToken, (value) => structuredClone(value));
  }

  /** Stores configurations as they are (ids, versions and dates included), replacing any with the same id. */
  seed(configurations: readonly IntelligenceConfiguration[]): void {
    for (const configuration of configurations) {
      const existing = this.entries.get(configuration.id);
      const value = structuredClone(configuration);
      if (existing) {
        this.releaseRules(existing.value);
        existing.value = value;
      } else {
        this.entries.set(configuration.id, { sequence: ++this.sequence, value });
      }
      this.claimRules(value);
    }
  }

  snapshot(): IntelligenceConfiguration[] {
    return [...this.entries.values()].map((entry) => structuredClone(entry.value));
  }

  clear(): void {
    this.entries.clear();
    this.ruleOwners.clear();
  }

  private unusedConfigurationId(): string {
    let id = this.dependencies.newConfigurationId();
    while (this.entries.has(id)) id = this.dependencies.newConfigurationId();
    return id;
  }

  private unusedRuleId(): string {
    let id = this.dependencies.newRuleId();
    while (this.ruleOwners.has(id)) id = this.dependencies.newRuleId();
    return id;
  }

  private claimRules(configuration: IntelligenceConfiguration): void {
    for (const rule of configuration.rules) this.ruleOwners.set(rule.id, configuration.id);
  }

  private releaseRules(configuration: IntelligenceConfiguration): void {
    for (const rule of configuration.rules) {
      if (this.ruleOwners.get(rule.id) === configuration.id) this.ruleOwners.delete(rule.id);
    }
  }
}
