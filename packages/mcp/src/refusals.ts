/** A tool call refused with a reason an agent can act on; nothing was written. */
export class ToolRefused extends Error {}
