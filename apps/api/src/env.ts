/** The API's configuration, validated once at start; nothing else reads process.env. */
import { z } from "zod";

const envSchema = z.object({
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
  LOG_LEVEL: z.enum(["silent", "info", "debug"]).default("info"),
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
