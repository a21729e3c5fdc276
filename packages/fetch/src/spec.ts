// The spec's schemas and examples as data, on a separate entry point so that clients do not bundle them.
export { examples, schemas, validationSchema } from "./generated/spec.js";
