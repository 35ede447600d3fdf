/** The API's configuration, validated once at start; nothing else reads process.env. */
import { z } from "zod";

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
    /** Set behind a TLS-terminating proxy: cookies get `Secure` and X-Forwarded-Proto is trusted. */
    MUTU_TRUST_PROXY: z
      .enum(["true", "false"], { error: "MUTU_TRUST_PROXY vaut true ou false." })
      .default("false")
      .transform((v) => v === "true"),
    MUTU_SEED_DEMO: z
      .enum(["true", "false"], { error: "MUTU_SEED_DEMO vaut true ou false." })
      .default("true")
      .transform((v) => v === "true"),
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
        "MUTU_MAIL_FROM doit être une adresse (mutu@exemple.fr ou « mutu <mutu@exemple.fr> »).",
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
    LOG_LEVEL: z.enum(["silent", "info", "debug"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.MUTU_SMTP_URL && !env.MUTU_MAIL_FROM)
      ctx.addIssue({
        code: "custom",
        path: ["MUTU_MAIL_FROM"],
        message: "MUTU_MAIL_FROM (l'expéditeur des courriels) est requis avec MUTU_SMTP_URL.",
      });
    if (env.MUTU_WORKERS > 1 && !env.DATABASE_URL)
      ctx.addIssue({
        code: "custom",
        path: ["MUTU_WORKERS"],
        message:
          "MUTU_WORKERS > 1 demande un serveur PostgreSQL (DATABASE_URL) : la base embarquée ne sert qu'un processus.",
      });
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")} : ${i.message}`);
  throw new ConfigError(`Configuration invalide :\n${lines.join("\n")}`);
}
