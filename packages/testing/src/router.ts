import { operations, type OperationDescriptor } from "@convintel/fetch";

export type Operation = OperationDescriptor;

interface Route {
  operation: Operation;
  pattern: RegExp;
  names: string[];
}

export type RouteMatch = { operation: Operation; pathParams: Record<string, string> } | { operation: undefined; allowedMethods: string[] };

/** Routes built from the generated operation table: the spec's paths and methods, nothing copied by hand. */
const routes: Route[] = Object.values(operations).map((operation) => {
  const names: string[] = [];
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      if (piece.startsWith("{") && piece.endsWith("}")) {
        names.push(piece.slice(1, -1));
        return "([^/]+)";
      }
      return piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return { operation, pattern: new RegExp(`^${source}/?$`), names };
});

export function matchRoute(method: string, pathname: string): RouteMatch {
  const allowedMethods: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    if (route.operation.method !== method) {
      allowedMethods.push(route.operation.method);
      continue;
    }
    const pathParams: Record<string, string> = {};
    route.names.forEach((name, index) => {
      pathParams[name] = safeDecode(match[index + 1]!);
    });
    return { operation: route.operation, pathParams };
  }
  return { operation: undefined, allowedMethods };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
