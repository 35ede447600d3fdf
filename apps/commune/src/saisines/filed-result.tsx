/**
 * What filing gave: the reference, the routing by the contract (the commune's function, the
 * shared service's, the centre de proximité) and the due dates; attachments refused after filing.
 * Its heading takes the focus, so the person hears the reference at once.
 */
import {
  type Description,
  DescriptionList,
  DateTime,
  Info,
  Link,
  Missing,
  Alert,
  Status,
} from "@mutu/ui";
import { useEffect, useRef } from "react";
import { messages } from "../messages.ts";
import type { UploadOutcome } from "./attachments-field.tsx";
import { StatusBadge } from "./labels.tsx";
import { saisineHref } from "./list-table.tsx";
import type { FiledSaisine } from "./types.ts";

const t = messages.saisines.filed;

function due(value: string | null) {
  return value ? <DateTime value={value} /> : <Missing label={t.noDue} />;
}

export function FiledResult({
  saisine,
  uploads,
  onAnother,
}: {
  saisine: FiledSaisine;
  uploads: readonly UploadOutcome[];
  onAnother(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items: Description[] = [
    { key: "reference", term: t.reference, description: <strong>{saisine.reference}</strong> },
    { key: "status", term: t.status, description: <StatusBadge status={saisine.status} /> },
    { key: "commune", term: t.communeFunction, description: saisine.communeFunction ?? t.anyone },
    { key: "shared", term: t.sharedFunction, description: saisine.sharedServiceFunction },
    {
      key: "proximity",
      term: t.proximity,
      description: saisine.proximityCentre
        ? (saisine.proximityCentreName ?? t.proximityYes)
        : t.notProximity,
    },
    { key: "handling", term: t.handlingDue, description: due(saisine.handlingDueAt) },
    { key: "resolution", term: t.resolutionDue, description: due(saisine.resolutionDueAt) },
  ];
  const accepted = uploads.filter((u) => u.error === null);
  const refused = uploads.filter((u) => u.error !== null);
  return (
    <section className="result" aria-labelledby="saisine-deposee">
      <h2 id="saisine-deposee" ref={heading} tabIndex={-1} className="section-title">
        {t.title(saisine.reference)}
      </h2>
      <p>{t.intro}</p>
      <DescriptionList items={items} />
      {saisine.status === "decision-attendue" ? <Info>{t.exceptional}</Info> : null}
      {saisine.needsQualification ? (
        <Info>{t.needsQualification(saisine.qualificationReason)}</Info>
      ) : null}
      <Status>{accepted.length ? accepted.map((u) => t.uploaded(u.name)).join(" ") : null}</Status>
      {refused.length ? (
        <Alert>
          {refused.map((u) => (
            <p key={u.name}>{t.uploadFailed(u.name, u.error ?? "")}</p>
          ))}
        </Alert>
      ) : null}
      <ul className="inline-actions plain-list">
        <li>
          <Link to={saisineHref(saisine.id)}>{t.open}</Link>
        </li>
        <li>
          <button type="button" className="button button-link" onClick={onAnother}>
            {t.another}
          </button>
        </li>
        <li>
          <Link to="/saisines">{t.list}</Link>
        </li>
      </ul>
    </section>
  );
}
