/**
 * « Recevoir par courriel »: for each kind of notification the person's side receives, in the
 * app only or by email too — checked with the domain's schema, saved in one go.
 */
import {
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KIND_LABELS,
  type NotificationDelivery,
  type NotificationKind,
  notificationPreferencesInput,
} from "@mutu/domain";
import {
  type FieldPlace,
  Form,
  fieldLayout,
  Loaded,
  RadioGroup,
  Section,
  Status,
  useFields,
} from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { notificationsMessages } from "./messages.ts";

const t = notificationsMessages.preferences;

function PreferencesForm({
  kinds,
}: {
  kinds: { kind: NotificationKind; delivery: NotificationDelivery }[];
}) {
  const utils = trpc.useUtils();
  const save = trpc.notifications.setPreferences.useMutation();
  const form = useSchemaForm(notificationPreferencesInput, save);
  const fields = fieldLayout(
    "notification",
    Object.fromEntries(
      kinds.map((k) => [`deliveries.${k.kind}`, [`${k.kind}-0`, NOTIFICATION_KIND_LABELS[k.kind]]]),
    ) as Record<`deliveries.${string}`, FieldPlace>,
  );
  const f = useFields(
    Object.fromEntries(kinds.map((k) => [k.kind, k.delivery])) as Record<string, string>,
    form.error,
    fields,
  );
  const [saved, setSaved] = useState<string | null>(null);

  function submit() {
    setSaved(null);
    const checked = form.check({ deliveries: f.values });
    if (!checked) return;
    save.mutate(checked, {
      async onSuccess(result) {
        utils.notifications.preferences.setData(undefined, result);
        setSaved(t.saved);
      },
    });
  }

  return (
    <Form
      error={form.error}
      fields={fields}
      failed={t.failed}
      onSubmit={submit}
      actions={{ submit: t.submit, pending: save.isPending, submitting: t.submitting }}
    >
      {kinds.map((k) => {
        const group = f.group(k.kind, `deliveries.${k.kind}`);
        return (
          <RadioGroup
            key={k.kind}
            options={(["app", "email"] as const).map((d) => ({
              value: d,
              label: NOTIFICATION_DELIVERY_LABELS[d],
            }))}
            {...group}
            value={group.value ?? ""}
            onChange={(value) => {
              setSaved(null);
              group.onChange(value);
            }}
          />
        );
      })}
      <Status>{saved}</Status>
    </Form>
  );
}

export function PreferencesSection() {
  const prefs = trpc.notifications.preferences.useQuery();
  return (
    <Section id="notifications-choix" title={t.title} lead={t.lead}>
      <Loaded query={prefs} loadingLabel={t.loading}>
        {(data) => <PreferencesForm kinds={data.kinds} />}
      </Loaded>
    </Section>
  );
}
