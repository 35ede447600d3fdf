import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Rules are computed for Europe/Paris whatever the host says; a foreign TZ catches leaks.
    env: { TZ: "America/New_York" },
  },
});
