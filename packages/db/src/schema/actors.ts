/**
 * Who did it, on every history row of saisines and arbitrations: a person or a token, with the label
 * shown in timelines. Not in columns.ts, which imports no table (people.ts and auth.ts import it).
 */
import { text, uuid } from "drizzle-orm/pg-core";
import { apiTokens } from "./auth.ts";
import { createdAt } from "./columns.ts";
import { people } from "./people.ts";

export const actorColumns = () => ({
  actorPersonId: uuid().references(() => people.id),
  actorTokenId: uuid().references(() => apiTokens.id),
  actorLabel: text().notNull(),
  /** 'commune', 'operator', or 'system' (maintenance: alerts, purge). */
  actorSide: text().notNull(),
});

/** A history row's closing columns: who wrote it, then when (`created_at`). */
export const historyColumns = () => ({ ...actorColumns(), createdAt: createdAt() });
