/**
 * The two queues of the saisines bench whose cost issue 10 asks to weigh against the bare SQL: a
 * commune's open queue (its DGS) and the operator's full-text queue (a call-centre agent). Their
 * inputs live here so the API's calls and the captured SQL (raw-sql.ts) read the same filters;
 * `captureQueues` records, for a handful of callers and every filter, the statements the API runs,
 * to be replayed straight through postgres.js.
 */
import type { RouterInputs } from "@mutu/api";
import { captureStatements, type Statement } from "./raw-sql.ts";
import { OPERATOR_AGENTS, operatorAgent } from "./saisines-common.ts";

type ListInput = RouterInputs["saisines"]["list"];
type QueueInput = RouterInputs["saisines"]["queue"];

export const COMMUNE_FILTERS: Partial<ListInput>[] = [
  { types: ["incident", "demande"] },
  { subDomains: ["C", "D"] },
  { criticalities: ["bloquant"] },
  { types: ["incident"], subDomains: ["C"] },
];

export const QUEUE_FILTERS: Partial<QueueInput>[] = [
  { subDomains: ["C"], natures: ["ordinaire"] },
  { types: ["incident"], criticalities: ["bloquant"] },
  { subDomains: ["C", "D"], types: ["incident"] },
  { natures: ["ordinaire"], due: "breached" },
];

export const WORDS = [
  "imprimante",
  "messagerie",
  "écran",
  "poste",
  "wifi",
  "logiciel",
  "bloqué",
  "lent",
  "accueil",
  "école",
  "badge",
  "scanner",
] as const;

export const communeQueueInput = (filters: Partial<ListInput> | undefined): ListInput => ({
  ...filters,
  sort: "due",
  limit: 50,
});

export const fullTextQueueInput = (
  filters: Partial<QueueInput> | undefined,
  q: string,
): QueueInput => ({ ...filters, q, sort: "due", limit: 50 });

export const CAN = "can@bordeaux-metropole.mutu-demo.fr";

/**
 * The statements of each queue call, captured once per (caller, filters[, word]): five communes'
 * DGS for the commune queue, the call-centre agents for the full-text queue (every word).
 */
export async function captureQueues(ownerDb: string, communeSlugs: readonly string[]) {
  const commune: Statement[][] = [];
  for (const slug of communeSlugs.slice(0, 5))
    for (const filters of COMMUNE_FILTERS)
      commune.push(
        await captureStatements(ownerDb, `dgs@${slug}.mutu-demo.fr`, (api) =>
          api.saisines.list(communeQueueInput(filters)),
        ),
      );
  const fullText: Statement[][] = [];
  const agents = [CAN, ...Array.from({ length: OPERATOR_AGENTS }, (_, n) => operatorAgent(n + 1))];
  for (const [n, q] of WORDS.entries())
    for (const filters of QUEUE_FILTERS)
      fullText.push(
        await captureStatements(ownerDb, agents[n % agents.length] ?? CAN, (api) =>
          api.saisines.queue(fullTextQueueInput(filters, q)),
        ),
      );
  return { communeQueue: commune, adminQueue: fullText };
}
