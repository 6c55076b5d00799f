// A date question as three selects (year, month, day): usable by touch alone. The answer is `YYYY-MM-DD`; a
// date left part-chosen stays as typed (e.g. `2026-03-`) so the check can say what is missing.
import { useText } from '../kioskText.js';

interface DateAnswerProps {
  id: string;
  value: string;
  /** The flow's start year: the years offered run from ten before it to one after. */
  year: number;
  onChange: (value: string) => void;
  labelledBy: string;
  describedBy?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function DateAnswer({ id, value, year, onChange, labelledBy, describedBy }: DateAnswerProps) {
  const { lang, request: t } = useText();
  const [y = '', m = '', d = ''] = value.split('T')[0]?.split('-') ?? [];
  const set = (parts: [string, string, string]) =>
    onChange(parts.every((p) => p === '') ? '' : parts.join('-'));
  const monthName = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  const years = Array.from({ length: 12 }, (_, i) => String(year + 1 - i));
  const parts = [
    { key: 'year', label: t('date.year'), value: y, options: years.map((v) => [v, v] as const) },
    {
      key: 'month',
      label: t('date.month'),
      value: m,
      options: Array.from(
        { length: 12 },
        (_, i) => [pad(i + 1), monthName.format(Date.UTC(2000, i, 1))] as const,
      ),
    },
    {
      key: 'day',
      label: t('date.day'),
      value: d,
      options: Array.from({ length: 31 }, (_, i) => [pad(i + 1), String(i + 1)] as const),
    },
  ];
  return (
    <fieldset className="date-answer" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {parts.map((part, index) => {
        const partId = index === 0 ? id : `${id}-${part.key}`;
        return (
          <div key={part.key} className="date-answer__part">
            <label htmlFor={partId} className="field__label">
              {part.label}
            </label>
            <select
              id={partId}
              className="field__select"
              value={part.value}
              onChange={(event) => {
                const next: [string, string, string] = [y, m, d];
                next[index] = event.target.value;
                set(next);
              }}
            >
              <option value="">{t('date.choose')}</option>
              {part.options.map(([optionValue, label]) => (
                <option key={optionValue} value={optionValue}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
