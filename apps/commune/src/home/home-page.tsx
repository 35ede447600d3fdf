/** The agent's home: their commune, their functions, what those let them do, and where to go next. */
import { PERMISSIONS, permissionLabels } from "@mutu/domain";
import { Link, Page } from "@mutu/ui";
import { canAny, useSession } from "@mutu/web";
import { homeMessages } from "./messages.ts";
import { routes } from "../routes.ts";

const t = homeMessages;

const shortcuts = [
  { id: "contract", ...t.cards.contract, soon: false },
  { id: "saisines", ...t.cards.saisines, soon: false },
  { id: "rgpd", ...t.cards.rgpd, soon: false },
  { id: "account", ...t.cards.account, soon: false },
] as const;

export function HomePage() {
  const me = useSession();
  // In the catalogue's order (reading before managing), not the alphabetical order of codes.
  const abilities = PERMISSIONS.filter((p) => me.permissions.includes(p)).map(
    (p) => permissionLabels[p],
  );
  const reachable = shortcuts.flatMap((card) => {
    const route = routes.find((r) => r.id === card.id);
    return route && canAny(me, route.anyOf) ? [{ ...card, path: route.path }] : [];
  });

  return (
    <Page title={t.title} lead={t.lead(me.displayName, me.org.name)}>
      <section className="section" aria-labelledby="accueil-fonctions">
        <h2 id="accueil-fonctions">{t.functionsTitle}</h2>
        {me.functions.length ? (
          <ul>
            {me.functions.map((fn) => (
              <li key={fn.id}>{fn.label}</li>
            ))}
          </ul>
        ) : (
          <p className="prose">{t.noFunctions}</p>
        )}
      </section>

      {abilities.length ? (
        <section className="section" aria-labelledby="accueil-droits">
          <h2 id="accueil-droits">{t.permissionsTitle}</h2>
          <p>{t.permissionsIntro}</p>
          <ul>
            {abilities.map((label) => (
              <li key={label}>{label.charAt(0).toLowerCase() + label.slice(1)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section" aria-labelledby="accueil-acces">
        <h2 id="accueil-acces">{t.shortcutsTitle}</h2>
        <ul className="cards">
          {reachable.map((card) => (
            <li key={card.id} className="card">
              <h3>
                <Link to={card.path}>{card.title}</Link>
              </h3>
              <p>{card.body}</p>
              {card.soon ? <p className="badge badge-off">{t.soon}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
