/**
 * The Next.js app of the webhook recipe (app/twilio/intelligence/route.ts): nothing written beside
 * it but its build folder, which a test moves to a folder of its own (`CONVINTEL_NEXT_DIST_DIR`).
 */
export default {
  distDir: process.env.CONVINTEL_NEXT_DIST_DIR ?? ".next",
  agentRules: false,
  experimental: { agentUpgrade: false },
};
