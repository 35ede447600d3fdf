/**
 * A form that opens under a button of the page (« Ajouter une personne », « Créer un jeton »…):
 * the button says whether it is open (`aria-expanded`, `aria-controls`) and gets the focus back
 * when the form closes, cancelled or done, so keyboard users stay where they were.
 */
import { type ReactNode, type RefObject, useRef, useState } from "react";
import { Button } from "./button.tsx";

export type FormPanelState = {
  open: boolean;
  setOpen(open: boolean): void;
  /** The button that opens the form: where the focus goes back. */
  toggleRef: RefObject<HTMLButtonElement | null>;
  /** Hides the form and puts the focus back on its button. */
  close(): void;
};

export function useFormPanel(): FormPanelState {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  return {
    open,
    setOpen,
    toggleRef,
    close() {
      setOpen(false);
      toggleRef.current?.focus();
    },
  };
}

type FormPanelProps = {
  /** The panel's id; its heading's is `${id}-titre`. */
  id: string;
  toggle: string;
  title: string;
  headingLevel?: 2 | 3;
  state: FormPanelState;
  /** Called when the button is pressed, before the form opens or closes. */
  onToggle?(): void;
  /** The page's other actions, in the button's row before it (a link to another form). */
  beside?: ReactNode;
  children: ReactNode;
};

export function FormPanel({
  id,
  toggle,
  title,
  headingLevel = 2,
  state,
  onToggle,
  beside,
  children,
}: FormPanelProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      <div className="page-actions">
        {beside}
        <Button
          ref={state.toggleRef}
          variant="secondary"
          aria-expanded={state.open}
          aria-controls={id}
          onClick={() => {
            onToggle?.();
            state.setOpen(!state.open);
          }}
        >
          {toggle}
        </Button>
      </div>
      <section id={id} className="form-panel" aria-labelledby={`${id}-titre`} hidden={!state.open}>
        <Heading id={`${id}-titre`}>{title}</Heading>
        {children}
      </section>
    </>
  );
}
