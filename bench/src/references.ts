/** The contender every other is compared with: plain `fetch`, the limit. */
export const fetchReference = "raw fetch";

/** The reference for clients that, like ours, give `fetch` a signal for a per-attempt timeout. */
export const signalReference = "raw fetch + timeout signal";

/** The client users switch from: the targets are set against it. */
export const twilioReference = "twilio-node";

/** undici's own `request`: the least CPU per call on Node.js, the limit for any client there. */
export const undiciReference = "undici request";

/** undici's connection pool for one origin, `Pool.request`: the Node.js target is set against its rate with 16 in flight. */
export const poolReference = "undici Pool.request";
