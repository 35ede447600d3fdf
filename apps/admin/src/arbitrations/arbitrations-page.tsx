/** « Arbitrages »: every disagreement raised on a saisine, its subject and the last level held. */
import {
  ARBITRATION_OUTCOME_LABELS,
  ARBITRATION_SEATS,
  type ArbitrationLevel,
  DISAGREEMENT_KIND_LABELS,
} from "@mutu/domain";
import { type Column, DateTime, Link, Page, SelectFilter, useRoute, LoadedTable } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { arbitrationMessages } from "@mutu/web/arbitrations";
import { saisineHref } from "@mutu/web/saisines";
import { arbitrationsMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import type { Arbitration } from "./types.ts";

const t = arbitrationsMessages.page;
const statuses = arbitrationMessages.statuses;

export function ArbitrationsPage() {
  const { search, navigate } = useRoute();
  const orgs = useOrganisations();
  const wanted = search.get("etat");
  const status = wanted === "ouvert" || wanted === "clos" ? wanted : undefined;
  const list = trpc.arbitrations.list.useQuery(status ? { status } : {});

  const columns: Column<Arbitration>[] = [
    {
      key: "reference",
      header: t.reference,
      rowHeader: true,
      cell: (a) => <Link to={saisineHref(a.saisineId)}>{a.reference}</Link>,
    },
    { key: "commune", header: t.commune, cell: (a) => orgs.nameOf(a.orgId) },
    { key: "kind", header: t.kind, cell: (a) => DISAGREEMENT_KIND_LABELS[a.kind] },
    { key: "subject", header: t.subject, cell: (a) => a.subject },
    { key: "raised", header: t.raised, cell: (a) => <DateTime value={a.raisedAt} format="date" /> },
    {
      key: "level",
      header: t.level,
      cell: (a) => {
        const last = a.levels[a.levels.length - 1];
        if (!last) return <span className="muted">{t.noLevel}</span>;
        const seat = ARBITRATION_SEATS[last.level as ArbitrationLevel]?.label ?? String(last.level);
        return t.levelOutcome(seat, ARBITRATION_OUTCOME_LABELS[last.outcome]);
      },
    },
    {
      key: "status",
      header: t.status,
      cell: (a) => (
        <span className={a.status === "ouvert" ? "badge badge-warning" : "badge badge-off"}>
          {statuses[a.status]}
        </span>
      ),
    },
  ];

  return (
    <Page title={t.title} lead={t.lead} back={{ to: "/saisines", label: t.back }}>
      <SelectFilter
        id="arbitrages-etat"
        words={{ form: t.filterLabel, label: t.status, show: t.apply }}
        current={status ?? ""}
        onApply={(draft) =>
          navigate(`/saisines/arbitrages${draft ? `?etat=${draft}` : ""}`, { keepFocus: true })
        }
      >
        <option value="">{t.allStatuses}</option>
        <option value="ouvert">{statuses.ouvert}</option>
        <option value="clos">{statuses.clos}</option>
      </SelectFilter>
      <LoadedTable
        query={list}
        loadingLabel={t.loading}
        caption={t.caption}
        columns={columns}
        empty={t.empty}
        layout="cards"
      />
    </Page>
  );
}
