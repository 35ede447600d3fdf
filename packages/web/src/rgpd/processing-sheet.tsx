/**
 * A processing record as the register states it (RGPD art. 30.1): purposes and their legal bases,
 * persons, data (the sensitive ones with their Art. 9 condition), recipients and transfers,
 * retention and what happens at its end, security, applications, processors, impact assessment.
 */
import {
  ARTICLE9_CONDITION_LABELS,
  DPIA_CRITERION_LABELS,
  PROCESSING_PATH_LABELS,
  PROCESSOR_ROLE_LABELS,
  purposeText,
  REMEDIATION_PRIORITY_LABELS,
  retentionRuleText,
  SECURITY_MEASURE_LABELS,
  transferText,
} from "@mutu/domain";
import { CalendarDate, type Description, DescriptionList, formatNumber, Section } from "@mutu/ui";
import type { ReactNode } from "react";
import { rgpdMessages } from "./messages.ts";
import { sheetMessages as t } from "./sheet-messages.ts";
import type { ProcessingDetail } from "./types.ts";

const list = (items: readonly ReactNode[]) =>
  items.length ? (
    <ul className="plain-list">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, read only
        <li key={i}>{item}</li>
      ))}
    </ul>
  ) : (
    <span className="muted">{rgpdMessages.none}</span>
  );

export function ProcessingSheet({ p }: { p: ProcessingDetail }) {
  const c = p.content;
  const vendor = new Map(p.processors.map((v) => [v.id, v]));
  const items: Description[] = [
    {
      key: "service",
      term: t.service,
      description: c.service || <span className="muted">{rgpdMessages.notGiven}</span>,
    },
    {
      key: "description",
      term: t.description,
      description: c.description ? (
        <span className="text-block">{c.description}</span>
      ) : (
        <span className="muted">{rgpdMessages.notGiven}</span>
      ),
    },
    { key: "path", term: t.path, description: PROCESSING_PATH_LABELS[c.path] },
    {
      key: "purposes",
      term: t.purposes,
      description: list(c.purposes.map(purposeText)),
    },
    { key: "persons", term: t.persons, description: list(c.personCategories) },
    {
      key: "count",
      term: t.estimatedPersons,
      description:
        c.estimatedPersons === null ? (
          <span className="muted">{rgpdMessages.notGiven}</span>
        ) : (
          formatNumber(c.estimatedPersons)
        ),
    },
    {
      key: "data",
      term: t.data,
      description: list(
        c.dataCategories.map((d) =>
          d.sensitive && d.article9Condition ? (
            <>
              {d.label} — <strong>{t.sensitive}</strong>,{" "}
              {ARTICLE9_CONDITION_LABELS[d.article9Condition]}
            </>
          ) : (
            d.label
          ),
        ),
      ),
    },
    { key: "recipients", term: t.recipients, description: list(c.recipients) },
    {
      key: "transfers",
      term: t.transfers,
      description: list(c.transfers.map(transferText)),
    },
    {
      key: "retention",
      term: t.retention,
      description: list(c.retention.map(retentionRuleText)),
    },
    {
      key: "security",
      term: t.security,
      description: list(c.securityMeasures.map((m) => SECURITY_MEASURE_LABELS[m])),
    },
    ...(c.securityNotes
      ? [
          {
            key: "securityNotes",
            term: t.securityNotes,
            description: <span className="text-block">{c.securityNotes}</span>,
          },
        ]
      : []),
    { key: "applications", term: t.applications, description: list(c.applications) },
    {
      key: "processors",
      term: t.processors,
      description: list(
        c.processors.map((x) => {
          const v = vendor.get(x.processorId);
          return v
            ? t.processor(v.name, PROCESSOR_ROLE_LABELS[x.role], v.contractReference)
            : t.unknownVendor;
        }),
      ),
    },
    {
      key: "dpia",
      term: t.dpia,
      description: (
        <>
          <p>{p.dpia.reason}</p>
          {list(p.dpia.criteria.map((x) => DPIA_CRITERION_LABELS[x]))}
          {c.dpia.reference ? (
            <p>
              {t.dpiaDone(c.dpia.reference)} <CalendarDate value={c.dpia.doneOn} />
            </p>
          ) : null}
          {c.dpia.cnilConsultationRequired ? (
            <p>
              {t.cnil} <CalendarDate value={c.dpia.cnilConsultedOn} missing={t.cnilPending} />
            </p>
          ) : null}
        </>
      ),
    },
  ];
  if (c.path === "project")
    items.push({
      key: "diagnosis",
      term: t.diagnosis,
      description: c.securityDiagnosis.doneOn ? (
        <>
          {c.securityDiagnosis.reference} — <CalendarDate value={c.securityDiagnosis.doneOn} />
        </>
      ) : (
        <span className="muted">{t.diagnosisMissing}</span>
      ),
    });
  if (c.remediation)
    items.push({
      key: "remediation",
      term: t.remediation,
      description: (
        <>
          <p>
            {t.remediationOf(
              REMEDIATION_PRIORITY_LABELS[c.remediation.priority],
              c.remediation.owner,
            )}{" "}
            <CalendarDate value={c.remediation.dueOn} />
          </p>
          <p className="text-block">{c.remediation.actions}</p>
          {c.remediation.doneOn ? (
            <p>
              {t.remediationDone} <CalendarDate value={c.remediation.doneOn} />
            </p>
          ) : null}
        </>
      ),
    });
  return (
    <Section id="fiche" title={t.title} lead={t.lead}>
      <DescriptionList items={items} />
    </Section>
  );
}
