/**
 * The delays of one indicator: each for the saisines it names (a nature, a criticality, or all),
 * in business hours and minutes, with an optional compliance rate (« 95 % en 4 heures ouvrées »).
 */
import {
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
} from "@mutu/domain";
import {
  Button,
  type FieldErrors,
  fieldError,
  labelled,
  NumberField,
  Options,
  SelectField,
  TextField,
  useRowsFocus,
} from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import { emptyRule, type RuleState } from "./target-state.ts";

const t = contractsMessages.amendment;

type Props = {
  /** The target's field path (`annex.indicators.3.target`) and its inputs' id prefix. */
  path: string;
  idPrefix: string;
  code: string;
  rules: readonly RuleState[];
  errors: FieldErrors | undefined;
  onChange(rules: RuleState[]): void;
};

export function DelayRulesField({ path, idPrefix, code, rules, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<RuleState>) =>
    onChange(rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const focus = useRowsFocus<HTMLDivElement>();
  return (
    <div className="rules" ref={focus.list}>
      {rules.map((rule, index) => {
        const id = `${idPrefix}-delai-${index}`;
        const at = `${path}.rules.${index}`;
        const bind = (key: "hours" | "minutes" | "percent") => ({
          value: rule[key],
          onChange: (event: { currentTarget: { value: string } }) =>
            update(index, { [key]: event.currentTarget.value }),
        });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position, as the API's error paths are
          <fieldset key={index} className="fieldset-box" data-row>
            <legend>{t.ruleLegend(code, index + 1)}</legend>
            {fieldError(errors, at).length &&
            !fieldError(errors, `${at}.businessMinutes`).length ? (
              <p className="field-error">{fieldError(errors, at).join(" ")}</p>
            ) : null}
            <div className="field-row">
              <SelectField
                id={`${id}-nature`}
                label={t.ruleNature}
                value={rule.nature}
                onChange={(event) => update(index, { nature: event.currentTarget.value })}
                error={fieldError(errors, `${at}.nature`)}
              >
                <Options
                  empty={t.ruleAll}
                  options={labelled(SAISINE_NATURES, SAISINE_NATURE_LABELS)}
                />
              </SelectField>
              <SelectField
                id={`${id}-criticite`}
                label={t.ruleCriticality}
                value={rule.criticality}
                onChange={(event) => update(index, { criticality: event.currentTarget.value })}
                error={fieldError(errors, `${at}.criticality`)}
              >
                <Options
                  empty={t.ruleAll}
                  options={labelled(SAISINE_CRITICALITIES, SAISINE_CRITICALITY_LABELS)}
                />
              </SelectField>
            </div>
            <div className="field-row">
              <NumberField
                id={`${id}-heures`}
                label={t.ruleHours}
                error={fieldError(errors, `${at}.businessMinutes`)}
                {...bind("hours")}
              />
              <NumberField id={`${id}-minutes`} label={t.ruleMinutes} {...bind("minutes")} />
              <TextField
                id={`${id}-taux`}
                label={t.rulePercent}
                hint={t.rulePercentHint}
                inputMode="decimal"
                className="input input-short"
                error={fieldError(errors, `${at}.compliancePercent`)}
                {...bind("percent")}
              />
            </div>
            {rules.length > 1 ? (
              <Button
                variant="link"
                onClick={() => {
                  onChange(rules.filter((_, i) => i !== index));
                  focus.removed();
                }}
              >
                {t.removeRule(index + 1)}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        ref={focus.add}
        onClick={() => {
          onChange([...rules, emptyRule()]);
          focus.added();
        }}
      >
        {t.addRule}
      </Button>
    </div>
  );
}
