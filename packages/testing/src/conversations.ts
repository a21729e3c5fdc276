import type {
  Communication,
  Conversation,
  ConversationStatus,
  ConversationListItem,
  CreateRuleExecutionRequest,
  ListConversationsQuery,
  ListOperatorResultsQuery,
  OperatorResultsResponseV1,
} from "@convintel/types";
import { pageOf, type Page, type Sequenced } from "./paging.js";

/** How a seeded conversation behaves beyond what the API shows of it. */
export interface ConversationSeedOptions {
  /**
   * Whether a Customer Memory store can be found for it through its Conversations configuration. The
   * API does not show this; a rule execution on a conversation without one is refused with 422.
   * Default true.
   */
  memoryStore?: boolean;
}

/** A rule execution the fake accepted (202), in the order received. */
export interface AcceptedRuleExecution extends CreateRuleExecutionRequest {
  /** When it was accepted, as the API formats time. */
  acceptedAt: string;
}

interface StoredConversation {
  conversation: Conversation;
  memoryStore: boolean;
}

function listItem(conversation: Conversation): ConversationListItem {
  const { communications: _communications, ...item } = structuredClone(conversation);
  return item;
}

const asList = (value: string | string[] | undefined): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/** Conversations and operator results: read-only through the API, seeded by tests. */
export class ConversationStore {
  private readonly conversations = new Map<string, Sequenced<StoredConversation>>();
  private readonly results = new Map<string, Sequenced<OperatorResultsResponseV1>>();
  readonly ruleExecutions: AcceptedRuleExecution[] = [];
  private sequence = 0;

  seedConversation(conversation: Conversation, options: ConversationSeedOptions = {}): void {
    const value = { conversation: structuredClone(conversation), memoryStore: options.memoryStore ?? true };
    const existing = this.conversations.get(conversation.id);
    if (existing) existing.value = value;
    else this.conversations.set(conversation.id, { sequence: ++this.sequence, value });
  }

  /** Stores a result, and lists it on its conversation's `operatorResultIds` when that conversation is seeded. */
  seedOperatorResult(result: OperatorResultsResponseV1): void {
    const existing = this.results.get(result.id);
    if (existing) existing.value = structuredClone(result);
    else this.results.set(result.id, { sequence: ++this.sequence, value: structuredClone(result) });
    const conversation = this.conversations.get(result.conversationId)?.value.conversation;
    if (conversation && !conversation.operatorResultIds.includes(result.id)) conversation.operatorResultIds.push(result.id);
  }

  conversation(id: string): Conversation | undefined {
    const stored = this.conversations.get(id);
    return stored && structuredClone(stored.value.conversation);
  }

  /** Adds a communication to a seeded conversation; false when there is no such conversation. */
  addCommunication(id: string, communication: Communication, updatedAt: string): boolean {
    const conversation = this.conversations.get(id)?.value.conversation;
    if (!conversation) return false;
    conversation.communications.push(structuredClone(communication));
    conversation.updatedAt = updatedAt;
    return true;
  }

  /** Sets a seeded conversation's status; false when there is no such conversation. */
  setStatus(id: string, status: ConversationStatus, updatedAt: string): boolean {
    const conversation = this.conversations.get(id)?.value.conversation;
    if (!conversation) return false;
    conversation.status = status;
    conversation.updatedAt = updatedAt;
    return true;
  }

  hasMemoryStore(id: string): boolean {
    return this.conversations.get(id)?.value.memoryStore ?? false;
  }

  /** A page of conversations that pass every filter given (a list filter passes on any of its values). */
  conversationPage(query: ListConversationsQuery, pageSize: number): Page<ConversationListItem> | undefined {
    const after = query.createdAtAfter === undefined ? undefined : Date.parse(query.createdAtAfter);
    const before = query.createdAtBefore === undefined ? undefined : Date.parse(query.createdAtBefore);
    const channels = asList(query.channels);
    const configurations = asList(query.intelligenceConfigurationIds);
    const operators = asList(query.operatorIds);
    const ranOperator = (conversation: Conversation) =>
      conversation.operatorResultIds.some((id) => {
        const operatorId = this.results.get(id)?.value.operator.id;
        return operatorId !== undefined && operators!.includes(operatorId);
      });
    const matching = [...this.conversations.values()].filter(({ value: { conversation } }) => {
      const created = Date.parse(conversation.createdAt);
      if (after !== undefined && !(created > after)) return false;
      if (before !== undefined && !(created < before)) return false;
      if (query.status !== undefined && conversation.status !== query.status) return false;
      if (query.channelId !== undefined && !conversation.channelIds.includes(query.channelId)) return false;
      if (channels && !conversation.channels.some((channel) => channels.includes(channel))) return false;
      if (query.conversationConfigurationId !== undefined && conversation.conversationConfigurationId !== query.conversationConfigurationId)
        return false;
      if (configurations && !conversation.intelligenceConfigurationIds.some((id) => configurations.includes(id))) return false;
      if (operators && !ranOperator(conversation)) return false;
      return true;
    });
    return pageOf(matching, pageSize, query.pageToken, (stored) => listItem(stored.conversation));
  }

  result(id: string): OperatorResultsResponseV1 | undefined {
    const stored = this.results.get(id);
    return stored && structuredClone(stored.value);
  }

  resultPage(query: ListOperatorResultsQuery, pageSize: number): Page<OperatorResultsResponseV1> | undefined {
    const matching = [...this.results.values()].filter(
      ({ value }) =>
        (query.conversationId === undefined || value.conversationId === query.conversationId) &&
        (query.intelligenceConfigurationId === undefined || value.intelligenceConfiguration.id === query.intelligenceConfigurationId) &&
        (query.operatorId === undefined || value.operator.id === query.operatorId),
    );
    return pageOf(matching, pageSize, query.pageToken, (value) => structuredClone(value));
  }

  /** Deletes a result, and takes it off its conversation's `operatorResultIds`. */
  deleteResult(id: string): boolean {
    const stored = this.results.get(id);
    if (!stored) return false;
    this.results.delete(id);
    const conversation = this.conversations.get(stored.value.conversationId)?.value.conversation;
    if (conversation) conversation.operatorResultIds = conversation.operatorResultIds.filter((known) => known !== id);
    return true;
  }

  /** The results stored, in the order they were seeded. */
  allResults(): OperatorResultsResponseV1[] {
    return [...this.results.values()].map((stored) => structuredClone(stored.value));
  }

  allConversations(): Conversation[] {
    return [...this.conversations.values()].map((stored) => structuredClone(stored.value.conversation));
  }

  clear(): void {
    this.conversations.clear();
    this.results.clear();
    this.ruleExecutions.length = 0;
  }
}
