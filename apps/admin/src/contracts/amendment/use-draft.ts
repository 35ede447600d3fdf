/**
 * What every part of the amendment editor shares: saving a change to the draft (the whole annex
 * goes back, with only that part changed; the domain's `updateDraftInput` is checked here, the API
 * validates the annex), and form state that follows the draft until the person starts editing —
 * another part's save then never overwrites their work.
 */
import { type FieldErrors, updateDraftInput } from "@mutu/domain";
import { bindFields, type SummaryField } from "@mutu/ui";
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";
import { type RouterInputs, trpc, useSchemaForm } from "@mutu/web";
import { contractsMessages } from "../messages.ts";
import { explainPaths } from "../problems.ts";
import type { VersionDetail } from "../types.ts";

type Patch = Omit<RouterInputs["contracts"]["updateDraft"], "versionId">;

export type DraftSave = ReturnType<typeof useDraftSave>;

/** Saving one part (`part`, its title): refused in its fields, or « Modifications enregistrées ». */
export function useDraftSave(
  version: VersionDetail,
  fields: readonly SummaryField[],
  part: string,
) {
  const utils = trpc.useUtils();
  const [status, setStatus] = useState<string | null>(null);
  const mutation = trpc.contracts.updateDraft.useMutation();
  const form = useSchemaForm(updateDraftInput, mutation);
  // Keyed on the names only: a new error object would move the focus to the summary again.
  const names = fields.map((field) => field.name).join("|");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `names` stands for `fields`
  const error = useMemo(() => explainPaths(form.error, fields), [form.error, names]);

  /** `refused` adds what the part could not read (a time range, a year) to the schema's errors. */
  function save(patch: Patch, onSaved: () => void, refused?: (fieldErrors: FieldErrors) => void) {
    setStatus(null);
    const checked = form.check({ versionId: version.id, ...patch }, refused);
    if (!checked) return;
    mutation.mutate(checked, {
      onSuccess(data) {
        utils.contracts.version.setData({ versionId: version.id }, data);
        void utils.contracts.diff.invalidate();
        void utils.contracts.history.invalidate();
        void utils.contracts.list.invalidate();
        onSaved();
        setStatus(contractsMessages.amendment.saved(lowerFirst(part)));
      },
    });
  }
  return { save, pending: mutation.isPending, error, status, clear: form.clear };
}

/** The parts edited and not saved yet, across the editor: leaving then asks first. */
const unsaved = new Set<string>();
const listeners = new Set<() => void>();
let unsavedCount = 0;

function markUnsaved(id: string, dirty: boolean) {
  if (dirty) unsaved.add(id);
  else unsaved.delete(id);
  if (unsaved.size === unsavedCount) return;
  unsavedCount = unsaved.size;
  for (const listener of listeners) listener();
}

/** How many parts of the draft hold edits not yet saved. */
export function useUnsavedParts() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unsavedCount,
  );
}

/** Form state seeded from the draft, re-seeded when the draft changes unless edited since. */
export function useEditable<S>(source: S) {
  const key = JSON.stringify(source);
  const id = useId();
  const [value, setValue] = useState(source);
  const [dirty, setDirty] = useState(false);
  const [seen, setSeen] = useState(key);
  if (key !== seen) {
    setSeen(key);
    if (!dirty) setValue(source);
  }
  useEffect(() => {
    markUnsaved(id, dirty);
    return () => markUnsaved(id, false);
  }, [id, dirty]);
  return {
    value,
    dirty,
    set(next: S | ((current: S) => S)) {
      setValue(next);
      setDirty(true);
    },
    /** After a save: follow the draft again (the API's normalised copy replaces the edit). */
    saved() {
      setDirty(false);
    },
    reset() {
      setValue(source);
      setDirty(false);
    },
  };
}

/**
 * A part's fields bound to its editable state and placed by its layout (`bindFields`):
 * `{...f.field("subject")}`, or `f.field("breaches", "annex.rgpd.breachesHandledBy")` where the
 * annex names the value otherwise.
 */
export function bindPart<S extends object, const L extends readonly SummaryField[]>(
  form: ReturnType<typeof useEditable<S>>,
  draft: DraftSave,
  layout: L,
) {
  return bindFields(
    form.value,
    (patch: Partial<S>) => form.set((current) => ({ ...current, ...patch })),
    draft.error?.fieldErrors,
    layout,
  );
}

/** Text lines → list items; blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** '' → null, so an emptied field means « non précisé ». */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** « Annexe complète (JSON) » → « annexe complète (JSON) », inside a sentence. */
export function lowerFirst(text: string) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
