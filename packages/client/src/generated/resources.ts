// Generated from spec/intelligence-v3.yaml by `pnpm generate`; do not edit.

import {
  CreateConfigurationOperation,
  CreateOperatorOperation,
  CreateRuleExecutionOperation,
  DeleteConfigurationOperation,
  DeleteOperatorOperation,
  DeleteOperatorResultOperation,
  FetchConfigurationOperation,
  FetchConversationOperation,
  FetchOperatorOperation,
  FetchOperatorResultOperation,
  FetchOperatorVersionOperation,
  ListConfigurationsOperation,
  ListConversationsOperation,
  ListOperatorResultsOperation,
  ListOperatorVersionsOperation,
  ListOperatorsOperation,
  UpdateConfigurationOperation,
  UpdateOperatorOperation,
  type OperationInputs,
} from "@convintel/fetch";
import type * as Types from "@convintel/types";
import type { ApiPromise } from "../api-promise.js";
import { type ClientOptions, IntelligenceCore } from "../core.js";
import type { PaginationOptions, Paginator } from "../pagination.js";
import type { CallOptions } from "../request-input.js";
import { headerParams, Resource } from "../resource.js";

/** The request headers of UpdateOperator, as options of its method. */
export interface UpdateOperatorHeaders {
  /** Sent as `If-Match`. */
  ifMatch?: string | undefined;
}

/** `client.configurations`: the operations of the spec on this resource. */
export class ConfigurationsResource extends Resource {
  /**
   * Retrieve a list of Intelligence Configurations: `GET /v3/ControlPlane/Configurations`.
   *
   * Returns one page of configurations. Pass `meta.nextToken` of a page as `pageToken` to get
   * the next one; the last page has no `nextToken` (absent, or `null` on some deployments).
   */
  list(params: Types.ListConfigurationsQuery & PaginationOptions = {}, options?: CallOptions<"ListConfigurations">): Paginator<Types.IntelligenceConfiguration> {
    return this.paginate(ListConfigurationsOperation, {}, params, options);
  }

  /**
   * Create an Intelligence Configuration: `POST /v3/ControlPlane/Configurations`.
   *
   * Creates a configuration. `rules` is required but may be empty; a configuration without
   * rules exists but never runs. It must also be attached to a Conversations configuration
   * (through the Conversations API) before it runs.
   */
  create(body: Types.CreateConfigurationRequest, options?: CallOptions<"CreateConfiguration">): ApiPromise<Types.IntelligenceConfiguration> {
    return this.call(CreateConfigurationOperation, { body }, options);
  }

  /**
   * Retrieve an Intelligence Configuration: `GET /v3/ControlPlane/Configurations/{id}`.
   *
   * Returns one configuration with all of its rules.
   */
  fetch(id: Types.IntelligenceConfigurationTtid, options?: CallOptions<"FetchConfiguration">): ApiPromise<Types.IntelligenceConfiguration> {
    return this.call(FetchConfigurationOperation, { path: { id } }, options);
  }

  /**
   * Update an Intelligence Configuration: `PUT /v3/ControlPlane/Configurations/{id}`.
   *
   * Replaces a configuration's metadata and rules: every required field must be sent each time.
   * A rule sent with an `id` updates that rule; a rule without one is created. Configurations have
   * no `If-Match`/`ETag`: the update is never conditional, and `version` grows by one with each.
   */
  update(id: Types.IntelligenceConfigurationTtid, body: Types.UpdateConfigurationRequest, options?: CallOptions<"UpdateConfiguration">): ApiPromise<Types.IntelligenceConfiguration> {
    return this.call(UpdateConfigurationOperation, { path: { id }, body }, options);
  }

  /**
   * Delete an Intelligence Configuration: `DELETE /v3/ControlPlane/Configurations/{id}`.
   *
   * Deletes a configuration. The response has no body.
   */
  delete(id: Types.IntelligenceConfigurationTtid, options?: CallOptions<"DeleteConfiguration">): ApiPromise<void> {
    return this.call(DeleteConfigurationOperation, { path: { id } }, options);
  }
}

/** `client.operators.versions`: the operations of the spec on this resource. */
export class OperatorsVersionsResource extends Resource {
  /**
   * Retrieve a list of Operator Versions: `GET /v3/ControlPlane/Operators/{id}/Versions`.
   *
   * Returns one page of an operator's versions, each with its lifecycle status and dates.
   */
  list(id: Types.OperatorTtid, params: Types.ListOperatorVersionsQuery & PaginationOptions = {}, options?: CallOptions<"ListOperatorVersions">): Paginator<Types.OperatorVersionSummary> {
    return this.paginate(ListOperatorVersionsOperation, { path: { id } }, params, options);
  }

  /**
   * Retrieve a specific Operator Version: `GET /v3/ControlPlane/Operators/{id}/Versions/{version}`.
   *
   * Returns the operator as it was defined in one version, with that version's status.
   */
  fetch(id: Types.OperatorTtid, version: Types.OperatorVersionNumber, options?: CallOptions<"FetchOperatorVersion">): ApiPromise<Types.LanguageOperatorVersion> {
    return this.call(FetchOperatorVersionOperation, { path: { id, version } }, options);
  }
}

/** `client.operators`: the operations of the spec on this resource. */
export class OperatorsResource extends Resource {
  /** `operators.versions`. */
  readonly versions: OperatorsVersionsResource;

  constructor(core: IntelligenceCore) {
    super(core);
    this.versions = new OperatorsVersionsResource(core);
  }

  /**
   * Retrieve a list of Operators: `GET /v3/ControlPlane/Operators`.
   *
   * Returns one page of the operators this account can use: Twilio's (`author` TWILIO) and its
   * own custom ones (`author` SELF), attached to a configuration or not.
   */
  list(params: Types.ListOperatorsQuery & PaginationOptions = {}, options?: CallOptions<"ListOperators">): Paginator<Types.LanguageOperator> {
    return this.paginate(ListOperatorsOperation, {}, params, options);
  }

  /**
   * Create an Operator: `POST /v3/ControlPlane/Operators`.
   *
   * Creates a custom operator: a prompt, the format of its output and, optionally, the
   * parameters that rules pass to it. The response's `ETag` is its first version.
   */
  create(body: Types.OperatorRequest, options?: CallOptions<"CreateOperator">): ApiPromise<Types.LanguageOperator> {
    return this.call(CreateOperatorOperation, { body }, options);
  }

  /**
   * Retrieve an Operator: `GET /v3/ControlPlane/Operators/{id}`.
   *
   * Returns the operator's current version; its `ETag` is that version.
   */
  fetch(id: Types.OperatorTtid, options?: CallOptions<"FetchOperator">): ApiPromise<Types.LanguageOperator> {
    return this.call(FetchOperatorOperation, { path: { id } }, options);
  }

  /**
   * Update an Operator: `PUT /v3/ControlPlane/Operators/{id}`.
   *
   * Replaces a custom operator's definition; the operator gets a new version. With `If-Match`
   * set to the `ETag` last read, the update is made only if no other has been made since, and is
   * refused with 412 otherwise.
   */
  update(id: Types.OperatorTtid, body: Types.OperatorRequest, options?: CallOptions<"UpdateOperator"> & UpdateOperatorHeaders): ApiPromise<Types.LanguageOperator> {
    return this.call(UpdateOperatorOperation, { path: { id }, body, header: headerParams<OperationInputs["UpdateOperator"]>(options, { ifMatch: "If-Match" }) }, options);
  }

  /**
   * Delete an Operator: `DELETE /v3/ControlPlane/Operators/{id}`.
   *
   * Deletes a custom operator. The response has no body.
   */
  delete(id: Types.OperatorTtid, options?: CallOptions<"DeleteOperator">): ApiPromise<void> {
    return this.call(DeleteOperatorOperation, { path: { id } }, options);
  }
}

/** `client.operatorResults`: the operations of the spec on this resource. */
export class OperatorResultsResource extends Resource {
  /**
   * Retrieve a list of OperatorResults: `GET /v3/OperatorResults`.
   *
   * Returns one page of operator results, optionally only those of one conversation, configuration or operator.
   */
  list(params: Types.ListOperatorResultsQuery & PaginationOptions = {}, options?: CallOptions<"ListOperatorResults">): Paginator<Types.OperatorResultsResponseV1> {
    return this.paginate(ListOperatorResultsOperation, {}, params, options);
  }

  /**
   * Retrieve an OperatorResult: `GET /v3/OperatorResults/{operatorResultId}`.
   *
   * Returns one operator result; `outputFormat` says the shape of its `result`.
   */
  fetch(operatorResultId: Types.OperatorResultTtid, options?: CallOptions<"FetchOperatorResult">): ApiPromise<Types.OperatorResultsResponseV1> {
    return this.call(FetchOperatorResultOperation, { path: { operatorResultId } }, options);
  }

  /**
   * Delete an OperatorResult: `DELETE /v3/OperatorResults/{operatorResultId}`.
   *
   * Deletes one operator result. The response has no body.
   */
  delete(operatorResultId: Types.OperatorResultTtid, options?: CallOptions<"DeleteOperatorResult">): ApiPromise<void> {
    return this.call(DeleteOperatorResultOperation, { path: { operatorResultId } }, options);
  }
}

/** `client.conversations`: the operations of the spec on this resource. */
export class ConversationsResource extends Resource {
  /**
   * Retrieve a list of Conversations: `GET /v3/Conversations`.
   *
   * Returns one page of the conversations that Intelligence Configurations processed, optionally
   * filtered. `createdAtAfter` and `createdAtBefore` may be at most 31 days apart.
   */
  list(params: Types.ListConversationsQuery & PaginationOptions = {}, options?: CallOptions<"ListConversations">): Paginator<Types.ConversationListItem> {
    return this.paginate(ListConversationsOperation, {}, params, options);
  }

  /**
   * Retrieve a Conversation: `GET /v3/Conversations/{id}`.
   *
   * Returns one conversation with its participants and communications.
   */
  fetch(id: Types.ConversationTtid, options?: CallOptions<"FetchConversation">): ApiPromise<Types.Conversation> {
    return this.call(FetchConversationOperation, { path: { id } }, options);
  }
}

/** `client.ruleExecutions`: the operations of the spec on this resource. */
export class RuleExecutionsResource extends Resource {
  /**
   * Manually queue a rule execution: `POST /v3/RuleExecutions`.
   *
   * Queues one rule of a configuration to run on one conversation, as its trigger would. The
   * Customer Memory store comes from the conversation's Conversations configuration. Accepted
   * (202) means queued, not run: the results arrive later, as the rule's actions and as
   * operator results.
   */
  create(body: Types.CreateRuleExecutionRequest, options?: CallOptions<"CreateRuleExecution">): ApiPromise<void> {
    return this.call(CreateRuleExecutionOperation, { body }, options);
  }
}

/** A class for each top-level resource, to make in place of the generated one: a hand-written subclass. */
export interface ResourceClasses {
  configurations?: new (core: IntelligenceCore) => ConfigurationsResource;
  operators?: new (core: IntelligenceCore) => OperatorsResource;
  operatorResults?: new (core: IntelligenceCore) => OperatorResultsResource;
  conversations?: new (core: IntelligenceCore) => ConversationsResource;
  ruleExecutions?: new (core: IntelligenceCore) => RuleExecutionsResource;
}

/**
 * An `IntelligenceCore` with every top-level resource of the spec as a field, made of the generated
 * class or of the one `classes` gives; `IntelligenceClient` is this with the hand-written subclasses.
 */
export class ResourceClient extends IntelligenceCore {
  /** `client.configurations`. */
  declare readonly configurations: ConfigurationsResource;
  /** `client.operators`. */
  declare readonly operators: OperatorsResource;
  /** `client.operatorResults`. */
  declare readonly operatorResults: OperatorResultsResource;
  /** `client.conversations`. */
  declare readonly conversations: ConversationsResource;
  /** `client.ruleExecutions`. */
  declare readonly ruleExecutions: RuleExecutionsResource;

  constructor(options: ClientOptions = {}, classes: ResourceClasses = {}) {
    super(options);
    this.configurations = new (classes.configurations ?? ConfigurationsResource)(this);
    this.operators = new (classes.operators ?? OperatorsResource)(this);
    this.operatorResults = new (classes.operatorResults ?? OperatorResultsResource)(this);
    this.conversations = new (classes.conversations ?? ConversationsResource)(this);
    this.ruleExecutions = new (classes.ruleExecutions ?? RuleExecutionsResource)(this);
  }
}

/** The client's resources, as the generated classes type them. */
export type Resources = { readonly [Name in keyof ResourceClasses]-?: InstanceType<NonNullable<ResourceClasses[Name]>> };
