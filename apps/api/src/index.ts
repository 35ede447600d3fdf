/** @mutu/api — what other packages may import: the router's types (front ends, client) and the server factory (tests). */
export type { AppRouter, RouterInputs, RouterOutputs } from "./root.ts";
export { appRouter } from "./root.ts";
export { createApp } from "./http/app.ts";
export { startServer } from "./server.ts";
export { loadEnv } from "./env.ts";
