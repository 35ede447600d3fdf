/** @mutu/api-server — what the browser tests start: a configured, running mutu. */
export { loadEnv } from "./env.ts";
export { startServer } from "./server.ts";
