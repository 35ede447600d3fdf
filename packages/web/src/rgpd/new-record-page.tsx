/**
 * Opening a record of a register (a breach, a request): its page with a form checked with the
 * domain schema the procedure parses; once saved, the record's page says which number it got.
 * Each register brings its fields (`useStep`) and its words.
 */
import { Form, formActions, useRoute } from "@mutu/ui";
import type { ReactNode } from "react";
import type { z } from "zod";
import type { FormValues, SchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import type { Mutation } from "./action-panel.tsx";
import { formMessages } from "./form-messages.ts";
import { RgpdPage, useRgpdHref } from "./space.tsx";

type Created = { id: string; number: number };

export function NewRecordPage<S extends z.ZodType>({
  words,
  list,
  record,
  step,
  values,
  children,
}: {
  words: {
    title: string;
    lead: string;
    back: string;
    failed: string;
    submit: string;
    submitting: string;
    created(number: number): string;
  };
  /** The register's path, and its records' (`/rgpd/violations/violation`). */
  list: string;
  record: string;
  step: {
    form: SchemaForm<S>;
    mutation: Mutation<z.input<S>, Created> & { isPending: boolean };
    layout: readonly { name: string; id: string; label: string }[];
  };
  values(): FormValues<S>;
  children: ReactNode;
}) {
  const { navigate } = useRoute();
  const href = useRgpdHref();
  const utils = trpc.useUtils();
  const { form, mutation } = step;
  return (
    <RgpdPage title={words.title} lead={words.lead} back={{ to: list, label: words.back }}>
      <Form
        error={form.error}
        fields={step.layout}
        failed={words.failed}
        headingLevel={2}
        onSubmit={() => {
          const checked = form.check(values());
          if (checked)
            mutation.mutate(checked, {
              async onSuccess(created) {
                await utils.rgpd.invalidate();
                navigate(href(record, { id: created.id }), {
                  state: { notice: words.created(created.number) },
                });
              },
            });
        }}
        actions={formActions(words, mutation.isPending, {
          label: formMessages.cancel,
          onCancel: () => navigate(href(list)),
        })}
      >
        {children}
      </Form>
    </RgpdPage>
  );
}
