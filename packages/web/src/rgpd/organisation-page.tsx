/**
 * The commune's RGPD organisation (/rgpd/organisation): the options of its contract in force (set
 * by amendment, with the Métropole), who the DPO's interlocutors are, its designations, the
 * référentiel notified to it, and its RGPD disagreements.
 */
import { BREACH_HANDLER_LABELS } from "@mutu/domain";
import {
  CalendarDate,
  DescriptionList,
  Link,
  Loaded,
  PageContents,
  Section,
  useConfirmation,
} from "@mutu/ui";
import { can, useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { DisagreementsSection } from "./disagreements-section.tsx";
import { rgpdMessages } from "./messages.ts";
import { organisationMessages as t } from "./organisation-messages.ts";
import { ReferentialSection } from "./referential-section.tsx";
import { SettingsForm } from "./settings-form.tsx";
import { useOrgInput, useRgpdSpace, RgpdPage } from "./space.tsx";
import type { Overview } from "./types.ts";

function OptionsSection({ o, amendHref }: { o: Overview; amendHref: string | null }) {
  const { options } = o;
  const handler = (h: "commune" | "metropole" | null) =>
    h === null
      ? t.handlers.null
      : h === "metropole"
        ? BREACH_HANDLER_LABELS.metropole
        : BREACH_HANDLER_LABELS.commune;
  return (
    <Section id="options" title={t.options} lead={t.optionsLead(options.source)}>
      <DescriptionList
        items={[
          {
            key: "dpo",
            term: t.dpoShared,
            description: t.dpoSharedValues[String(options.dpoShared) as "true" | "false" | "null"],
          },
          {
            key: "breaches",
            term: t.breaches,
            description: options.breachesHandledBy
              ? BREACH_HANDLER_LABELS[options.breachesHandledBy]
              : t.handlers.null,
          },
          {
            key: "requests",
            term: t.requests,
            description: handler(options.dataSubjectRequestsHandledBy),
          },
          {
            key: "sub",
            term: t.subProcessors,
            description: options.subProcessorSelection ?? t.handlers.null,
          },
          {
            key: "inventory",
            term: t.inventoryDue,
            description: <CalendarDate value={options.legacyProcessingInventoryDue} />,
          },
        ]}
      />
      {amendHref ? (
        <p>
          <Link to={amendHref}>{t.amend}</Link>
        </p>
      ) : null}
    </Section>
  );
}

export function OrganisationPage({ amendHref }: { amendHref?: (orgId: string) => string | null }) {
  const me = useSession();
  const space = useRgpdSpace();
  const orgInput = useOrgInput();
  const utils = trpc.useUtils();
  const overview = trpc.rgpd.overview.useQuery(orgInput);
  const referential = trpc.rgpd.referential.list.useQuery(orgInput);
  const disagreements = trpc.rgpd.disagreements.list.useQuery(orgInput);
  const processings = trpc.rgpd.processing.list.useQuery(orgInput);
  // A disagreement's last step or a document acknowledged takes its button away: the message then
  // takes the focus.
  const notice = useConfirmation();
  const done = async (message: string) => {
    await utils.rgpd.invalidate();
    notice.show(message);
  };
  const manage = can(me, "rgpd.manage");
  return (
    <RgpdPage
      title={t.title}
      lead={t.lead}
      back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
    >
      {notice.node}
      <PageContents
        items={[
          { id: "options", label: t.options },
          { id: "interlocuteurs", label: t.interlocutors },
          { id: "designations", label: t.designations },
          { id: "referentiel", label: t.referential },
          { id: "desaccords", label: t.disagreements },
        ]}
      />
      <Loaded query={overview} loadingLabel={rgpdMessages.loading}>
        {(o) => (
          <>
            <OptionsSection o={o} amendHref={amendHref ? amendHref(o.orgId) : null} />
            <Section id="interlocuteurs" title={t.interlocutors}>
              {o.interlocutors.byDefault ? <p>{t.interlocutorsDefault}</p> : null}
              <ul>
                {o.interlocutors.people.map((p) => (
                  <li key={`${p.name}-${p.function}`}>
                    {p.name}, {p.function}
                    {p.email ? ` — ${p.email}` : ""}
                  </li>
                ))}
              </ul>
            </Section>
            <Section id="designations" title={t.designations} lead={t.designationsLead}>
              {manage ? (
                <SettingsForm o={o} onDone={done} />
              ) : (
                <p className="muted">{t.readOnlyDesignations}</p>
              )}
            </Section>
          </>
        )}
      </Loaded>
      <Loaded query={referential} loadingLabel={rgpdMessages.loading}>
        {(docs) => (
          <ReferentialSection
            docs={docs}
            canAcknowledge={manage && space.side === "commune"}
            onDone={done}
          />
        )}
      </Loaded>
      <Loaded query={disagreements} loadingLabel={rgpdMessages.loading}>
        {(list) => (
          <DisagreementsSection
            list={list}
            processings={processings.data ?? []}
            canManage={manage}
            onDone={done}
          />
        )}
      </Loaded>
    </RgpdPage>
  );
}
