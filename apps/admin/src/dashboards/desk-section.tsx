/**
 * The call centre's desk on its home: what nobody holds, what the person (or their team) holds,
 * what is near or past its deadline, what waits for qualification — each count the queue's, and a
 * link to the queue with the same filters.
 */
import { Loaded, Section } from "@mutu/ui";
import { type RouterOutputs, trpc } from "@mutu/web";
import { Tile, type TileLabel } from "@mutu/web/dashboards";
import { dashboardsMessages } from "./messages.ts";

const t = dashboardsMessages.desk;
type Desk = RouterOutputs["dashboards"]["desk"];

/** Each tile: its words, its count, the queue's filters, its tone. */
const TILES: [TileLabel, (d: Desk) => number, string, ("warning" | "danger")?][] = [
  [t.unassigned, (d) => d.unassigned.open, "titulaire=none"],
  [t.unassignedSoon, (d) => d.unassigned.dueSoon, "titulaire=none&echeance=soon", "warning"],
  [
    t.unassignedBreached,
    (d) => d.unassigned.breached,
    "titulaire=none&echeance=breached",
    "danger",
  ],
  [t.mine, (d) => d.mine.open, "titulaire=me"],
  [t.mineSoon, (d) => d.mine.dueSoon, "titulaire=me&echeance=soon", "warning"],
  [t.mineBreached, (d) => d.mine.breached, "titulaire=me&echeance=breached", "danger"],
  [t.toQualify, (d) => d.all.toQualify, "qualification=a-verifier", "warning"],
  [t.breached, (d) => d.all.breached, "echeance=breached", "danger"],
];

export function DeskSection() {
  const desk = trpc.dashboards.desk.useQuery();
  return (
    <Section id="tableau-file" title={t.title} lead={t.lead}>
      <Loaded query={desk} loadingLabel={t.loading}>
        {(d) => (
          <ul className="tiles">
            {TILES.map(([label, count, query, tone]) => (
              <Tile
                key={query}
                label={label}
                count={count(d)}
                to={`/saisines?${query}`}
                {...(tone ? { tone } : {})}
              />
            ))}
          </ul>
        )}
      </Loaded>
    </Section>
  );
}
