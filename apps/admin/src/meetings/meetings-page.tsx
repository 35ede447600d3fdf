/**
 * Governance, the Métropole's side (/gouvernance?commune=…&annee=…): every commune's next meetings
 * and late actions until one is chosen; then a commune's (or the intercommunal) calendar of bodies,
 * where the next due meeting of a body is planned, the year's meetings and the open actions.
 */
import {
  Button,
  Loaded,
  Options,
  Page,
  Section,
  Status,
  useNotice,
  useOpenerFocus,
  useRoute,
} from "@mutu/ui";
import { isIntercommunalBody } from "@mutu/domain";
import { trpc, useYearParam } from "@mutu/web";
import {
  type BodyCalendar,
  GovernanceView,
  meetingsMessages,
  GovernanceFilter,
} from "@mutu/web/meetings";
import { useState } from "react";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { meetingsAdminMessages as t } from "./messages.ts";
import { PlanForm } from "./plan-form.tsx";
import { UpcomingGovernance } from "./upcoming.tsx";

export function MeetingsPage() {
  const route = useRoute();
  const orgs = useOrganisations();
  const orgId = route.search.get("commune") ?? "";
  const year = useYearParam();
  const overview = trpc.meetings.overview.useQuery({ orgId, year }, { enabled: orgId !== "" });
  const [planning, setPlanning] = useState<{ body: BodyCalendar | null } | null>(null);
  const notice = useNotice();
  const opener = useOpenerFocus();

  function openPlan(body: BodyCalendar | null) {
    opener.remember();
    setPlanning({ body });
    requestAnimationFrame(() => document.getElementById("reunion-date")?.focus());
  }

  return (
    <Page title={meetingsMessages.title} lead={meetingsMessages.lead}>
      <Status>{notice}</Status>
      <GovernanceFilter
        year={year}
        commune={{
          current: orgId,
          label: t.commune,
          options: (
            <Options
              empty={t.chooseCommune}
              options={orgs.list.map((o) => ({
                value: o.id,
                label: o.kind === "operator" ? t.intercommunal(o.name) : o.name,
              }))}
            />
          ),
        }}
        onShow={() => setPlanning(null)}
      />
      {orgId === "" ? (
        <UpcomingGovernance />
      ) : (
        <Loaded query={overview}>
          {(o) => (
            <GovernanceView
              overview={o}
              calendarAction={
                o.canManage
                  ? (body) =>
                      // Every body may meet; the next due period, when there is one, is proposed.
                      // Intercommunal bodies are planned for all members, from the operator's page.
                      (body.key === "reunion-lancement" && !body.next) ||
                      (isIntercommunalBody(body.body) && o.org.kind === "commune") ? null : (
                        <Button variant="secondary" onClick={() => openPlan(body)}>
                          {t.planNext}
                          <span className="visually-hidden">
                            {body.next ? t.planNextLabel(body.label) : t.planLabel(body.label)}
                          </span>
                        </Button>
                      )
                  : undefined
              }
              before={
                o.canManage ? (
                  planning ? (
                    <Section
                      id="gouvernance-planifier"
                      title={t.plan.title(planning.body?.label ?? t.plan.other)}
                    >
                      <PlanForm
                        key={planning.body?.key ?? "autre"}
                        overview={o}
                        body={planning.body}
                        onCancel={() => {
                          setPlanning(null);
                          opener.restore();
                        }}
                      />
                    </Section>
                  ) : (
                    <div className="page-actions">
                      <Button
                        id="gouvernance-autre-instance"
                        variant="secondary"
                        onClick={() => openPlan(null)}
                      >
                        {t.plan.other}
                      </Button>
                    </div>
                  )
                ) : null
              }
            />
          )}
        </Loaded>
      )}
    </Page>
  );
}
