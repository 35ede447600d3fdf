import { expect, test } from "vitest";
import { ConfigError, loadEnv } from "./env.ts";

test("defaults: embedded database in .data, port 3000", () => {
  const env = loadEnv({});
  expect(env).toMatchObject({
    PORT: 3000,
    HOST: "127.0.0.1",
    MUTU_DATA_DIR: ".data",
    MUTU_TRUST_PROXY: false,
  });
  expect(env.DATABASE_URL).toBeUndefined();
});

test.each([
  [{ PORT: "abc" }, "PORT : PORT doit être un nombre."],
  [{ PORT: "70000" }, "PORT : PORT doit être compris entre 0 et 65535."],
  [{ PORT: "-1" }, "PORT : PORT doit être compris entre 0 et 65535."],
  [
    { DATABASE_URL: "mysql://localhost/mutu" },
    "DATABASE_URL : DATABASE_URL doit être une URL postgres:// ou postgresql://.",
  ],
  [{ MUTU_TRUST_PROXY: "oui" }, "MUTU_TRUST_PROXY : MUTU_TRUST_PROXY vaut true ou false."],
])("%j fails fast with a French message", (env, message) => {
  expect(() => loadEnv(env)).toThrow(ConfigError);
  expect(() => loadEnv(env)).toThrow(message);
});

test("a PostgreSQL URL is accepted", () => {
  expect(
    loadEnv({ DATABASE_URL: "postgresql://mutu:secret@db.internal:5432/mutu" }).DATABASE_URL,
  ).toBe("postgresql://mutu:secret@db.internal:5432/mutu");
});
