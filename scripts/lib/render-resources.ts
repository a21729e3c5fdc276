/**
 * packages/client/src/generated/resources.ts: one class per resource of the client
 * (`client.operators`, `client.operators.versions`, ...), one method per operation, each typed by the
 * operation's input and result and calling the generated operation descriptor. What the spec cannot
 * say (modify, which fields an update drops) is added by hand-written subclasses in src/resources/.
 */
import { HEADER, key, type OperationModel, quote, type SpecModel } from "./model.js";
const pascal = (path: string[]) => path.map((part) => part[0]!.toUpperCase() + part.slice(1)).join("");

interface ResourceNode {
  path: string[];
  operations: OperationModel[];
  children: Map<string, ResourceNode>;
}

function tree(operations: OperationModel[]): ResourceNode {
  const root: ResourceNode = { path: [], operations: [], children: new Map() };
  for (const operation of operations) {
    let node = root;
    for (const part of operation.resource) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = { path: [...node.path, part], operations: [], children: new Map() }));
      node = child;
    }
    if (node.operations.some((known) => known.clientMethod === operation.clientMethod)) {
      throw new Error(`${operation.operationId}: ${operation.resource.join(".")} already has a method ${operation.clientMethod}`);
    }
    node.operations.push(operation);
  }
  return root;
}

function method(operation: OperationModel): string[] {
  const id = operation.operationId;
  const args = operation.pathParams.map((p) => `${p.name}: Types.${p.schema}`);
  const path = operation.pathParams.length ? `path: { ${operation.pathParams.map((p) => key(p.name)).join(", ")} }` : undefined;
  const headers = operation.headerParams;
  const optionsType = headers.length ? `CallOptions<${quote(id)}> & ${id}Headers` : `CallOptions<${quote(id)}>`;
  const words = operation.description
    .trim()
    .split("\n")
    .map((line) => `   * ${line}`.trimEnd());
  const doc = [`  /**`, `   * ${operation.summary}: \`${operation.method} ${operation.path}\`.`, "   *", ...words, "   */"].join("\n");
  const lines: string[] = [];
  const headerInput = headers.length
    ? `header: headerParams<OperationInputs[${quote(id)}]>(options, { ${headers.map((h) => `${key(h.field)}: ${quote(h.name)}`).join(", ")} })`
    : undefined;
  if (operation.itemSchema) {
    const params = `params: ${operation.query ? `Types.${operation.query.type} & PaginationOptions` : "PaginationOptions"} = {}`;
    lines.push(
      doc,
      `  ${operation.clientMethod}(${[...args, params, `options?: ${optionsType}`].join(", ")}): Paginator<Types.${operation.itemSchema}> {`,
      `    return this.paginate(${id}Operation, ${path ? `{ ${path} }` : "{}"}, params, options);`,
      "  }",
    );
    return lines;
  }
  if (operation.requestBody) args.push(`body: Types.${operation.requestBody.schema}`);
  if (operation.query) args.push(`query${operation.query.required ? "" : "?"}: Types.${operation.query.type}`);
  const input = [path, operation.requestBody ? "body" : undefined, operation.query ? "query" : undefined, headerInput].filter(Boolean);
  const result = operation.resultSchema ? `Types.${operation.resultSchema}` : "void";
  lines.push(
    doc,
    `  ${operation.clientMethod}(${[...args, `options?: ${optionsType}`].join(", ")}): ApiPromise<${result}> {`,
    `    return this.call(${id}Operation, { ${input.join(", ")} }, options);`,
    "  }",
  );
  return lines;
}

function classOf(node: ResourceNode, out: string[]): void {
  for (const child of node.children.values()) classOf(child, out);
  if (node.path.length === 0) return;
  const name = `${pascal(node.path)}Resource`;
  const body: string[] = [];
  for (const [part, child] of node.children) {
    body.push(`  /** \`${[...node.path, part].join(".")}\`. */`, `  readonly ${part}: ${pascal(child.path)}Resource;`, "");
  }
  if (node.children.size > 0) {
    body.push("  constructor(core: IntelligenceCore) {", "    super(core);");
    for (const [part, child] of node.children) body.push(`    this.${part} = new ${pascal(child.path)}Resource(core);`);
    body.push("  }", "");
  }
  for (const operation of node.operations) body.push(...method(operation), "");
  out.push(
    `/** \`client.${node.path.join(".")}\`: the operations of the spec on this resource. */`,
    `export class ${name} extends Resource {`,
  );
  out.push(...body.slice(0, -1), "}", "");
}

export function renderResources({ operations }: SpecModel): string {
  const root = tree(operations);
  const classes: string[] = [];
  classOf(root, classes);
  const headerTypes = operations
    .filter((operation) => operation.headerParams.length > 0)
    .flatMap((operation) => [
      `/** The request headers of ${operation.operationId}, as options of its method. */`,
      `export interface ${operation.operationId}Headers {`,
      ...operation.headerParams.map(
        (h) => `  /** Sent as \`${h.name}\`. */\n  ${key(h.field)}${h.required ? "" : "?"}: string | undefined;`,
      ),
      "}",
      "",
    ]);
  const used = [...new Set(operations.map((operation) => `${operation.operationId}Operation`))].sort();
  return [
    HEADER,
    "import {",
    ...used.map((name) => `  ${name},`),
    "  type OperationInputs,",
    '} from "@convintel/fetch";',
    'import type * as Types from "@convintel/types";',
    'import type { ApiPromise } from "../api-promise.js";',
    'import { type ClientOptions, IntelligenceCore } from "../core.js";',
    'import type { PaginationOptions, Paginator } from "../pagination.js";',
    'import type { CallOptions } from "../request-input.js";',
    'import { headerParams, Resource } from "../resource.js";',
    "",
    ...headerTypes,
    ...classes,
    "/** A class for each top-level resource, to make in place of the generated one: a hand-written subclass. */",
    "export interface ResourceClasses {",
    ...[...root.children].map(([part, child]) => `  ${part}?: new (core: IntelligenceCore) => ${pascal(child.path)}Resource;`),
    "}",
    "",
    "/**",
    " * An `IntelligenceCore` with every top-level resource of the spec as a field, made of the generated",
    " * class or of the one `classes` gives; `IntelligenceClient` is this with the hand-written subclasses.",
    " */",
    "export class ResourceClient extends IntelligenceCore {",
    ...[...root.children].flatMap(([part, child]) => [
      `  /** \`client.${part}\`. */`,
      `  declare readonly ${part}: ${pascal(child.path)}Resource;`,
    ]),
    "",
    "  constructor(options: ClientOptions = {}, classes: ResourceClasses = {}) {",
    "    super(options);",
    ...[...root.children].map(([part, child]) => `    this.${part} = new (classes.${part} ?? ${pascal(child.path)}Resource)(this);`),
    "  }",
    "}",
    "",
    "/** The client's resources, as the generated classes type them. */",
    "export type Resources = { readonly [Name in keyof ResourceClasses]-?: InstanceType<NonNullable<ResourceClasses[Name]>> };",
    "",
  ].join("\n");
}
