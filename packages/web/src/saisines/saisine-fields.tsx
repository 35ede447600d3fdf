/**
 * The fields a saisine is filed with, alike on the commune's portal and at the call centre: type,
 * sub-domain, nature, criticality, object, description, site, for whom (a resident: a name and one
 * way to reach them, with the retention notice), attachments. Each space gives its own words and
 * id prefix; the form around them keeps the values, checks them with the domain's schema and
 * sends them.
 */
import {
  DEFAULT_RESIDENT_RETENTION_MONTHS,
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_TITLE_MAX,
  SAISINE_TITLE_MIN,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
  type SaisineCriticality,
  type SaisineNature,
  type SaisineType,
  type SubDomainLetter,
} from "@mutu/domain";
import {
  type FieldErrors,
  fieldError,
  Info,
  RadioGroup,
  type RadioOption,
  type SummaryField,
  TextAreaField,
  TextField,
  textBinding,
} from "@mutu/ui";
import { useCallback, useState } from "react";
import { AttachmentsField, attachmentErrors } from "./attachments-field.tsx";
import { subDomainLabel } from "./labels.tsx";
import { saisineMessages } from "./messages.ts";

/** What each space says in its own words (its messages module's `saisines.form` fits as is). */
export type SaisineFieldsWording = {
  type: string;
  types: Record<SaisineType, string>;
  subDomain: string;
  subDomainHint?: string;
  nature: string;
  natures: Record<SaisineNature, string>;
  criticality: string;
  criticalities: Record<SaisineCriticality, string>;
  title_: string;
  titleHint(min: number, max: number): string;
  description: string;
  descriptionHint: string;
  site: string;
  siteHint: string;
  forWhom: string;
  forResident: string;
  forResidentHint: string;
  residentName: string;
  residentContact: string;
  residentContactHint: string;
  residentNotice(months: number): string;
};

export type SaisineFieldValues = {
  type: SaisineType | "";
  subDomain: SubDomainLetter | "";
  nature: SaisineNature;
  criticality: SaisineCriticality | "";
  title: string;
  description: string;
  site: string;
  forResident: boolean;
  residentName: string;
  residentContact: string;
  files: File[];
};

const emptyValues: SaisineFieldValues = {
  type: "",
  subDomain: "",
  nature: "ordinaire",
  criticality: "",
  title: "",
  description: "",
  site: "",
  forResident: false,
  residentName: "",
  residentContact: "",
  files: [],
};

/** The values and a setter taking the fields that changed. */
export function useSaisineFields() {
  const [values, setValues] = useState(emptyValues);
  const change = useCallback(
    (patch: Partial<SaisineFieldValues>) => setValues((current) => ({ ...current, ...patch })),
    [],
  );
  return [values, change] as const;
}

/**
 * The part of `saisines.create`'s input these fields give, as the form holds it (an empty choice
 * stays ""): the form checks it with the domain's schema, which words what is missing.
 */
export function saisineFieldsInput(values: SaisineFieldValues) {
  return {
    type: values.type,
    subDomain: values.subDomain,
    nature: values.nature,
    criticality: values.criticality,
    title: values.title,
    description: values.description,
    ...(values.site.trim() ? { site: values.site } : {}),
    ...(values.forResident
      ? { onBehalfOf: { name: values.residentName, contact: values.residentContact } }
      : {}),
  };
}

/** The files the browser refuses (type, size, double extension), as field errors. */
export function refusedFiles(values: SaisineFieldValues) {
  return (fieldErrors: FieldErrors) => {
    const refused = attachmentErrors(values.files);
    if (refused.length) fieldErrors.files = refused;
  };
}

/** The fields in their order on screen, for the form's error summary. */
export function saisineSummaryFields(idPrefix: string, t: SaisineFieldsWording): SummaryField[] {
  return [
    { name: "type", id: `${idPrefix}-type-0`, label: t.type },
    { name: "subDomain", id: `${idPrefix}-sous-domaine-0`, label: t.subDomain },
    { name: "nature", id: `${idPrefix}-nature-0`, label: t.nature },
    { name: "criticality", id: `${idPrefix}-criticite-0`, label: t.criticality },
    { name: "title", id: `${idPrefix}-objet`, label: t.title_ },
    { name: "description", id: `${idPrefix}-description`, label: t.description },
    { name: "site", id: `${idPrefix}-site`, label: t.site },
    { name: "onBehalfOf.name", id: `${idPrefix}-administre-nom`, label: t.residentName },
    { name: "onBehalfOf.contact", id: `${idPrefix}-administre-contact`, label: t.residentContact },
    { name: "files", id: `${idPrefix}-pieces`, label: saisineMessages.files.label },
  ];
}

const defaultSubDomains: readonly RadioOption[] = SUB_DOMAIN_LETTERS.map((value) => ({
  value,
  label: subDomainLabel(value),
}));

type SaisineFieldsProps = {
  /** The ids' prefix (« saisine », « enregistrer »…). */
  idPrefix: string;
  wording: SaisineFieldsWording;
  /** The « for whom? » answer that is not a resident: the commune, or the person filing. */
  own: { value: string; label: string };
  /** The sub-domains as the commune's contract names them; the model's names by default. */
  subDomainOptions?: readonly RadioOption[];
  values: SaisineFieldValues;
  onChange(patch: Partial<SaisineFieldValues>): void;
  errors: FieldErrors | undefined;
};

export function SaisineFields({
  idPrefix,
  wording: t,
  own,
  subDomainOptions = defaultSubDomains,
  values,
  onChange,
  errors,
}: SaisineFieldsProps) {
  const text = textBinding(values, onChange, errors);
  return (
    <>
      <RadioGroup
        id={`${idPrefix}-type`}
        legend={t.type}
        required
        options={SAISINE_TYPES.map((value) => ({
          value,
          label: SAISINE_TYPE_LABELS[value],
          hint: t.types[value],
        }))}
        value={values.type}
        onChange={(value) => onChange({ type: value as SaisineType })}
        error={fieldError(errors, "type")}
      />
      <RadioGroup
        id={`${idPrefix}-sous-domaine`}
        legend={t.subDomain}
        hint={t.subDomainHint}
        required
        options={subDomainOptions}
        value={values.subDomain}
        onChange={(value) => onChange({ subDomain: value as SubDomainLetter })}
        error={fieldError(errors, "subDomain")}
      />
      <RadioGroup
        id={`${idPrefix}-nature`}
        legend={t.nature}
        required
        options={SAISINE_NATURES.map((value) => ({
          value,
          label: SAISINE_NATURE_LABELS[value],
          hint: t.natures[value],
        }))}
        value={values.nature}
        onChange={(value) => onChange({ nature: value as SaisineNature })}
        error={fieldError(errors, "nature")}
      />
      <RadioGroup
        id={`${idPrefix}-criticite`}
        legend={t.criticality}
        required
        options={SAISINE_CRITICALITIES.map((value) => ({
          value,
          label: SAISINE_CRITICALITY_LABELS[value],
          hint: t.criticalities[value],
        }))}
        value={values.criticality}
        onChange={(value) => onChange({ criticality: value as SaisineCriticality })}
        error={fieldError(errors, "criticality")}
      />
      <TextField
        id={`${idPrefix}-objet`}
        label={t.title_}
        hint={t.titleHint(SAISINE_TITLE_MIN, SAISINE_TITLE_MAX)}
        required
        maxLength={SAISINE_TITLE_MAX}
        {...text("title")}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t.description}
        hint={t.descriptionHint}
        rows={6}
        className="input input-wide"
        {...text("description")}
      />
      <TextField id={`${idPrefix}-site`} label={t.site} hint={t.siteHint} {...text("site")} />
      <RadioGroup
        id={`${idPrefix}-pour`}
        legend={t.forWhom}
        options={[own, { value: "resident", label: t.forResident, hint: t.forResidentHint }]}
        value={values.forResident ? "resident" : own.value}
        onChange={(value) => onChange({ forResident: value === "resident" })}
      >
        {values.forResident ? (
          <div className="fieldset-box">
            <Info>{t.residentNotice(DEFAULT_RESIDENT_RETENTION_MONTHS)}</Info>
            <TextField
              id={`${idPrefix}-administre-nom`}
              label={t.residentName}
              required
              autoComplete="off"
              {...text("residentName", "onBehalfOf.name")}
            />
            <TextField
              id={`${idPrefix}-administre-contact`}
              label={t.residentContact}
              hint={t.residentContactHint}
              required
              autoComplete="off"
              {...text("residentContact", "onBehalfOf.contact")}
            />
          </div>
        ) : null}
      </RadioGroup>
      <AttachmentsField
        id={`${idPrefix}-pieces`}
        files={values.files}
        onChange={(files) => onChange({ files })}
        error={fieldError(errors, "files")}
      />
    </>
  );
}
