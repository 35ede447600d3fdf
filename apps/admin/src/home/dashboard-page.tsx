/** The service commun's home: the sections this person may open, and their functions. */
import { Link, Page } from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import { homeMessages } from "./messages.ts";
import { type RouteId, routes } from "../routes.ts";
import { DeskSection } from "../dashboards/desk-section.tsx";

const t = homeMessages;

const descriptions: Partial<Record<RouteId, string>> = {
  organisations: t.cards.organisations,
  people: t.cards.people,
  tokens: t.cards.tokens,
  audit: t.cards.audit,
  contracts: t.cards.contracts,
  memberships: t.cards.memberships,
  saisines: t.cards.saisines,
  reports: t.cards.reports,
  rgpd: t.cards.rgpd,
  communesDashboard: t.cards.communesDashboard,
  indicators: t.cards.indicators,
  projects: t.cards.projects,
  meetings: t.cards.meetings,
};

/** The annual reports still to send before 31 March (000 art. 5), for those who follow contracts. */
function ReportReminders() {
  const reminders = trpc.reports.reminders.useQuery(undefined);
  const due = reminders.data ?? [];
  const first = due[0];
  if (!first) return null;
  return (
    <section className="section notice notice-info" aria-labelledby="tableau-rapports">
      <h2 id="tableau-rapports">{t.remindersTitle}</h2>
      <p>
        {t.remindersCount(due.length, first.year)} {first.reminder?.text}
      </p>
      <p>
        <Link to={`/rapports?annee=${first.year}`}>{t.remindersLink(first.year)}</Link>
      </p>
    </section>
  );
}

export function DashboardPage() {
  const me = useSession();
  const sections = routes.filter(
    (route) => descriptions[route.id] && route.nav && canAny(me, route.anyOf),
  );
  return (
    <Page title={t.title} lead={t.lead(me.displayName, me.org.name)}>
      {canAny(me, ["contracts.read"]) ? <ReportReminders /> : null}
      {canAny(me, ["saisines.manage"]) ? <DeskSection /> : null}
      <section className="section" aria-labelledby="tableau-rubriques">
        <h2 id="tableau-rubriques">{t.sectionsTitle}</h2>
        {sections.length ? (
          <ul className="cards">
            {sections.map((route) => (
              <li key={route.id} className="card">
                <h3>
                  <Link to={route.path}>{route.nav}</Link>
                </h3>
                <p>{descriptions[route.id]}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="prose">{t.none}</p>
        )}
      </section>
      <section className="section" aria-labelledby="tableau-fonctions">
        <h2 id="tableau-fonctions">{t.functionsTitle}</h2>
        {me.functions.length ? (
          <ul>
            {me.functions.map((fn) => (
              <li key={fn.id}>{fn.label}</li>
            ))}
          </ul>
        ) : (
          <p>{t.noFunctions}</p>
        )}
      </section>
    </Page>
  );
}
