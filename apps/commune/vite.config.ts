/**
 * The commune SPA, served at / by the API in production. In development the API runs beside it:
 * /trpc and /healthz go to it (MUTU_API_URL, default http://127.0.0.1:3000). The proxy keeps the
 * browser's Host header, so the API's same-origin check sees this dev server as the origin.
 */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.MUTU_API_URL ?? "http://127.0.0.1:3000";
// Object form: the string shorthand would rewrite Host (changeOrigin) and fail the CSRF check.
const toApi = { target: api, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/trpc": toApi, "/healthz": toApi },
  },
  preview: { port: 4173 },
  build: { outDir: "dist", sourcemap: true },
});
