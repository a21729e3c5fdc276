/** Every error class of the package, from the file of its concern. */
export * from "./error-base.js";
export * from "./api-errors.js";
export * from "./request-errors.js";
export * from "./response-errors.js";
export * from "./call-errors.js";
