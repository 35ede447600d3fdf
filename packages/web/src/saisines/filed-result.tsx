/**
 * What filing (or registering) a saisine gave: the reference, the routing by the contract (the
 * commune's function, the shared service's, the centre de proximité) and the due dates;
 * attachments refused after filing. Its heading takes the focus, so the person hears the
 * reference at once.
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
import type { RouterOutputs } from "@mutu/api";
import { useEffect, useRef } from "react";
import type { UploadOutcome } from "./attachments-field.tsx";
import { StatusBadge, saisineHref } from "./labels.tsx";
import { saisineMessages } from "./messages.ts";

const t = saisineMessages.filed;

type FiledSaisine = RouterOutputs["saisines"]["create"];

/** What each space says in its own words: « déposée » by a commune, « enregistrée » by the centre. */
export type FiledWording = {
  title(reference: string): string;
  intro: string;
  proximityYes: string;
  needsQualification(reason: string | null): string;
  uploadFailed(name: string, reason: string): string;
  open: string;
  another: string;
  /** The link back to the list of saisines. */
  back: string;
};

function due(value: string | null) {
  return value ? <DateTime value={value} /> : <Missing label={t.noDue} />;
}

type FiledResultProps = {
  /** The heading's id (« saisine-deposee »…). */
  id: string;
  saisine: FiledSaisine;
  uploads: readonly UploadOutcome[];
  wording: FiledWording;
  onAnother(): void;
};

export function FiledResult({ id, saisine, uploads, wording: w, onAnother }: FiledResultProps) {
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
        ? (saisine.proximityCentreName ?? w.proximityYes)
        : t.notProximity,
    },
    { key: "handling", term: t.handlingDue, description: due(saisine.handlingDueAt) },
    { key: "resolution", term: t.resolutionDue, description: due(saisine.resolutionDueAt) },
  ];
  const accepted = uploads.filter((u) => u.error === null);
  const refused = uploads.filter((u) => u.error !== null);
  return (
    <section className="result" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1} className="section-title">
        {w.title(saisine.reference)}
      </h2>
      <p>{w.intro}</p>
      <DescriptionList items={items} />
      {saisine.status === "decision-attendue" ? <Info>{t.exceptional}</Info> : null}
      {saisine.needsQualification ? (
        <Info>{w.needsQualification(saisine.qualificationReason)}</Info>
      ) : null}
      <Status>{accepted.length ? accepted.map((u) => t.uploaded(u.name)).join(" ") : null}</Status>
      {refused.length ? (
        <Alert>
          {refused.map((u) => (
            <p key={u.name}>{w.uploadFailed(u.name, u.error ?? "")}</p>
          ))}
        </Alert>
      ) : null}
      <ul className="inline-actions plain-list">
        <li>
          <Link to={saisineHref(saisine.id)}>{w.open}</Link>
        </li>
        <li>
          <button type="button" className="button button-link" onClick={onAnother}>
            {w.another}
          </button>
        </li>
        <li>
          <Link to="/saisines">{w.back}</Link>
        </li>
      </ul>
    </section>
  );
}
