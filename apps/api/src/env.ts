/** The API's configuration, validated once at start; nothing else reads process.env. */
import { z } from "zod";
import { parseProxyTrust, type ProxyTrust } from "./http/proxy.ts";

const url = (name: string) =>
  z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, `${name} doit être une URL http:// ou https://.`)
    .refine((v) => URL.canParse(v), `${name} n'est pas une URL valide.`);
const flag = (name: string, fallback: "true" | "false") =>
  z
    .enum(["true", "false"], { error: `${name} vaut true ou false.` })
    .default(fallback)
    .transform((v) => v === "true");

const envSchema = z
  .object({
    PORT: z.coerce
      .number({ error: "PORT doit être un nombre." })
      .int("PORT doit être un entier.")
      // 0 asks the system for any free port (tests, benchmarks).
      .min(0, "PORT doit être compris entre 0 et 65535.")
      .max(65535, "PORT doit être compris entre 0 et 65535.")
      .default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    DATABASE_URL: z
      .string()
      .regex(
        /^postgres(ql)?:\/\/[^\s]+$/,
        "DATABASE_URL doit être une URL postgres:// ou postgresql://.",
      )
      .refine((v) => URL.canParse(v), "DATABASE_URL n'est pas une URL valide.")
      .optional(),
    MUTU_DATA_DIR: z.string().min(1).default(".data"),
    /**
     * The reverse proxies in front of mutu: `false` (none), their number (`1`), or their addresses
     * and networks (`10.0.0.5, 192.168.0.0/24`). Only they are believed about the client's address
     * (X-Forwarded-For, read from the right) and the protocol (X-Forwarded-Proto).
     */
    MUTU_TRUST_PROXY: z
      .string()
      .default("false")
      .transform((v, ctx): ProxyTrust => {
        const trust = parseProxyTrust(v);
        if ("error" in trust) {
          ctx.addIssue({ code: "custom", message: trust.error });
          return z.NEVER;
        }
        return trust;
      }),
    /**
     * The address people reach mutu at (https://mutu.example.fr): links in emails and the single
     * sign-on's return address are built from it, never from a request's Host header.
     */
    MUTU_PUBLIC_URL: url("MUTU_PUBLIC_URL")
      .transform((v) => v.replace(/\/+$/, ""))
      .optional(),
    MUTU_SEED_DEMO: flag("MUTU_SEED_DEMO", "true"),
    /** Outgoing mail: smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465. */
    MUTU_SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "MUTU_SMTP_URL doit être une URL smtp:// ou smtps://.")
      .refine((v) => URL.canParse(v), "MUTU_SMTP_URL n'est pas une URL valide.")
      .optional(),
    /** The sender of mutu's emails: `mutu@example.fr` or `mutu <mutu@example.fr>`. */
    MUTU_MAIL_FROM: z
      .string()
      .regex(
        /^(?:[^\s@<>]+@[^\s@<>]+|[^<>]*<[^\s@<>]+@[^\s@<>]+>)$/,
        "MUTU_MAIL_FROM doit être une adresse (mutu@exemple.fr ou « mutu <mutu@exemple.fr> »).",
      )
      .optional(),
    /**
     * HTTP worker processes (node:cluster) sharing the port, with DATABASE_URL only: the embedded
     * database lives in one process. One per core lets requests' JavaScript run in parallel.
     */
    MUTU_WORKERS: z.coerce
      .number({ error: "MUTU_WORKERS doit être un nombre." })
      .int("MUTU_WORKERS doit être un entier.")
      .min(1, "MUTU_WORKERS doit être compris entre 1 et 64.")
      .max(64, "MUTU_WORKERS doit être compris entre 1 et 64.")
      .default(1),
    /** Set by a cluster's primary for each worker it starts (1, 2…); not to be set by hand. */
    MUTU_WORKER_INDEX: z.coerce.number().int().min(1).optional(),
    /** Single sign-on (OpenID Connect): the provider's issuer and mutu's client there. */
    MUTU_OIDC_ISSUER: url("MUTU_OIDC_ISSUER").optional(),
    MUTU_OIDC_CLIENT_ID: z.string().min(1).optional(),
    MUTU_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** The provider's name on the sign-in button (« Se connecter avec ProConnect »). */
    MUTU_OIDC_LABEL: z.string().min(1).max(60).default("ProConnect"),
    MUTU_OIDC_SCOPES: z.string().min(1).default("openid email profile"),
    /**
     * A federation that vouches for every email it sends (ProConnect) may omit `email_verified`;
     * otherwise an account is linked only by an email the provider says it verified.
     */
    MUTU_OIDC_TRUST_EMAILS: flag("MUTU_OIDC_TRUST_EMAILS", "false"),
    LOG_LEVEL: z.enum(["silent", "info", "debug"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.MUTU_SMTP_URL && !env.MUTU_MAIL_FROM)
      ctx.addIssue({
        code: "custom",
        path: ["MUTU_MAIL_FROM"],
        message: "MUTU_MAIL_FROM (l'expéditeur des courriels) est requis avec MUTU_SMTP_URL.",
      });
    const oidc = [env.MUTU_OIDC_ISSUER, env.MUTU_OIDC_CLIENT_ID, env.MUTU_OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean))
      ctx.addIssue({
        code: "custom",
        path: ["MUTU_OIDC_ISSUER"],
        message:
          "La connexion unique demande MUTU_OIDC_ISSUER, MUTU_OIDC_CLIENT_ID et MUTU_OIDC_CLIENT_SECRET ensemble.",
      });
    if (
      env.MUTU_OIDC_ISSUER?.startsWith("http://") &&
      !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(env.MUTU_OIDC_ISSUER)
    )
      ctx.addIssue({
        code: "custom",
        path: ["MUTU_OIDC_ISSUER"],
        message:
          "MUTU_OIDC_ISSUER doit être en https:// (http:// seulement sur cette machine, pour essayer).",
      });
    if (env.MUTU_WORKERS > 1 && !env.DATABASE_URL)
      ctx.addIssue({
        code: "custom",
        path: ["MUTU_WORKERS"],
        message:
          "MUTU_WORKERS > 1 demande un serveur PostgreSQL (DATABASE_URL) : la base embarquée ne sert qu'un processus.",
      });
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")} : ${i.message}`);
  throw new ConfigError(`Configuration invalide :\n${lines.join("\n")}`);
}
