import { expect, test } from "vitest";
import { ConfigError, loadEnv } from "./env.ts";

test("defaults: embedded database in .data, port 3000", () => {
  const env = loadEnv({});
  expect(env).toMatchObject({
    PORT: 3000,
    HOST: "127.0.0.1",
    MUTU_DATA_DIR: ".data",
    MUTU_TRUST_PROXY: { kind: "none" },
  });
  expect(env.DATABASE_URL).toBeUndefined();
});

test.each([
  [{ PORT: "abc" }, "PORT : PORT doit être un nombre."],
  [{ PORT: "70000" }, "PORT : PORT doit être compris entre 0 et 65535."],
  [{ PORT: "-1" }, "PORT : PORT doit être compris entre 0 et 65535."],
  [
    { DATABASE_URL: "mysql://localhost/mutu" },
    "DATABASE_URL : DATABASE_URL doit être une URL postgres:// ou postgresql://.",
  ],
  [{ MUTU_TRUST_PROXY: "oui" }, "MUTU_TRUST_PROXY : Adresse de proxy invalide : oui."],
  [
    { MUTU_TRUST_PROXY: "true" },
    "MUTU_TRUST_PROXY : « true » ne dit pas quels proxys croire : indiquez leur nombre (1 pour un seul proxy) ou leurs adresses (10.0.0.5, 192.168.0.0/24).",
  ],
  [
    { MUTU_TRUST_PROXY: "10.0.0.0/33" },
    "MUTU_TRUST_PROXY : Réseau de proxys invalide : 10.0.0.0/33.",
  ],
  [
    { MUTU_OIDC_ISSUER: "https://idp.example.fr" },
    "MUTU_OIDC_ISSUER : La connexion unique demande MUTU_OIDC_ISSUER, MUTU_OIDC_CLIENT_ID et MUTU_OIDC_CLIENT_SECRET ensemble.",
  ],
  [
    { MUTU_PUBLIC_URL: "mutu.example.fr" },
    "MUTU_PUBLIC_URL : MUTU_PUBLIC_URL doit être une URL http:// ou https://.",
  ],
  [
    { MUTU_SMTP_URL: "http://mail.example.fr", MUTU_MAIL_FROM: "mutu@example.fr" },
    "MUTU_SMTP_URL : MUTU_SMTP_URL doit être une URL smtp:// ou smtps://.",
  ],
  [
    { MUTU_SMTP_URL: "smtp://mail.example.fr:587", MUTU_MAIL_FROM: "mutu" },
    "MUTU_MAIL_FROM : MUTU_MAIL_FROM doit être une adresse (mutu@exemple.fr ou « mutu <mutu@exemple.fr> »).",
  ],
  [
    { MUTU_SMTP_URL: "smtp://mail.example.fr:587" },
    "MUTU_MAIL_FROM : MUTU_MAIL_FROM (l'expéditeur des courriels) est requis avec MUTU_SMTP_URL.",
  ],
  [{ MUTU_WORKERS: "deux" }, "MUTU_WORKERS : MUTU_WORKERS doit être un nombre."],
  [
    { MUTU_WORKERS: "0", DATABASE_URL: "postgres://db/mutu" },
    "MUTU_WORKERS : MUTU_WORKERS doit être compris entre 1 et 64.",
  ],
  [
    { MUTU_WORKERS: "2" },
    "MUTU_WORKERS : MUTU_WORKERS > 1 demande un serveur PostgreSQL (DATABASE_URL) : la base embarquée ne sert qu'un processus.",
  ],
])("%j fails fast with a French message", (env, message) => {
  expect(() => loadEnv(env)).toThrow(ConfigError);
  expect(() => loadEnv(env)).toThrow(message);
});

test("a PostgreSQL URL is accepted", () => {
  expect(
    loadEnv({ DATABASE_URL: "postgresql://mutu:secret@db.internal:5432/mutu" }).DATABASE_URL,
  ).toBe("postgresql://mutu:secret@db.internal:5432/mutu");
});

test("a mail server is optional; with one, its URL and sender are kept", () => {
  expect(loadEnv({}).MUTU_SMTP_URL).toBeUndefined();
  expect(
    loadEnv({
      MUTU_SMTP_URL: "smtp://mutu:secret@mail.example.fr:587",
      MUTU_MAIL_FROM: "mutu <mutu@example.fr>",
    }),
  ).toMatchObject({
    MUTU_SMTP_URL: "smtp://mutu:secret@mail.example.fr:587",
    MUTU_MAIL_FROM: "mutu <mutu@example.fr>",
  });
});

test("several HTTP workers with a PostgreSQL server; one by default", () => {
  expect(loadEnv({}).MUTU_WORKERS).toBe(1);
  expect(loadEnv({ MUTU_WORKERS: "2", DATABASE_URL: "postgres://db/mutu" }).MUTU_WORKERS).toBe(2);
});

test("proxies are named by number or by address; none by default", () => {
  expect(loadEnv({ MUTU_TRUST_PROXY: "1" }).MUTU_TRUST_PROXY).toEqual({ kind: "hops", hops: 1 });
  expect(loadEnv({ MUTU_TRUST_PROXY: "10.0.0.5, 192.168.0.0/24" }).MUTU_TRUST_PROXY).toMatchObject({
    kind: "addresses",
    text: "10.0.0.5, 192.168.0.0/24",
  });
});
