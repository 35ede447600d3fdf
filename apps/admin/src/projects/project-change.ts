/**
 * What the forms of a project page share: their props, what follows an accepted change (the project
 * and the commune's list read again, then the page says what was done), and how a field's words
 * become the domain's input (an empty answer is no answer).
 */
import { focusSectionIfLost } from "@mutu/ui";
import { trpc } from "@mutu/web";
import type { ProjectDetail } from "@mutu/web/projects";

export type FormProps = { project: ProjectDetail; onDone(message: string): void };

/** After a change: the project and the commune's list are read again. */
export function useRefreshProject() {
  const utils = trpc.useUtils();
  return () => Promise.all([utils.projects.get.invalidate(), utils.projects.ofOrg.invalidate()]);
}

/**
 * A change's mutation options: once it is accepted, `first` (a form emptied, a dialog closed), the
 * project read again, then `onDone(message)`. A form its change no longer offers (the committee's
 * decision taken, the project abandoned) took the focus with it: the project's follow-up, where
 * the change shows, takes it.
 */
export function useProjectDone(onDone: FormProps["onDone"]) {
  const refresh = useRefreshProject();
  return (message: string, first?: () => void) => ({
    async onSuccess() {
      first?.();
      await refresh();
      onDone(message);
      focusSectionIfLost("projet-suivi");
    },
  });
}

export const orNothing = (v: string) => (v.trim() === "" ? undefined : v);

/** A number as typed in French (« 2,5 »); nothing typed is no number. */
export const decimal = (v: string) => (v.trim() === "" ? undefined : Number(v.replace(",", ".")));
