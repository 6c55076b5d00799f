// A topic's weekly hours: none at all, or per weekday closed or open with one or two periods (opens, closes),
// typed as 24-hour times; the editor checks them against the contract when publishing.
import type { OpeningHours, OpeningPeriod, Weekday } from '../../../../machines/contracts/site.js';
import { t } from './contentText.js';

export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The periods a newly opened day starts with. */
export const defaultPeriod: OpeningPeriod = { opens: '09:00', closes: '17:00' };

/** Most periods in a day the editor offers (the contract allows more; more are kept, but not added). */
export const maxPeriods = 2;

interface Props {
  idPrefix: string;
  hours: OpeningHours | null;
  onSetHours: (hours: OpeningHours | null) => void;
  onSetDay: (day: Weekday, periods: OpeningPeriod[]) => void;
}

export function HoursFields({ idPrefix, hours, onSetHours, onSetDay }: Props) {
  const hasHours = hours !== null;
  return (
    <fieldset className="fieldset content-hours">
      <legend className="field__label">{t('hours.legend')}</legend>
      <div className="checkbox">
        <input
          id={`${idPrefix}-has-hours`}
          type="checkbox"
          checked={hasHours}
          onChange={(event) => onSetHours(event.target.checked ? {} : null)}
        />
        <label htmlFor={`${idPrefix}-has-hours`}>{t('hours.has')}</label>
      </div>
      {hours &&
        weekdays.map((day) => (
          <DayFields
            key={day}
            idPrefix={`${idPrefix}-${day}`}
            day={day}
            periods={hours[day] ?? []}
            onChange={(periods) => onSetDay(day, periods)}
          />
        ))}
    </fieldset>
  );
}

interface DayProps {
  idPrefix: string;
  day: Weekday;
  periods: readonly OpeningPeriod[];
  onChange: (periods: OpeningPeriod[]) => void;
}

function DayFields({ idPrefix, day, periods, onChange }: DayProps) {
  const dayName = t(`day.${day}`);
  const open = periods.length > 0;
  const setPeriod = (index: number, change: Partial<OpeningPeriod>) =>
    onChange(periods.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <fieldset className="fieldset content-day" data-testid={`${idPrefix}`}>
      <legend className="content-day__name">{dayName}</legend>
      <div className="checkbox">
        <input
          id={`${idPrefix}-open`}
          type="checkbox"
          checked={open}
          onChange={(event) => onChange(event.target.checked ? [defaultPeriod] : [])}
        />
        <label htmlFor={`${idPrefix}-open`}>{t('hours.open', { day: dayName })}</label>
      </div>
      {periods.map((period, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a period is edited in place; its index is its identity
        <div key={index} className="content-period">
          <label htmlFor={`${idPrefix}-${index}-opens`}>{t('hours.opens', { n: index + 1 })}</label>
          <input
            id={`${idPrefix}-${index}-opens`}
            className="input input--time"
            type="time"
            value={period.opens}
            onChange={(event) => setPeriod(index, { opens: event.target.value })}
          />
          <label htmlFor={`${idPrefix}-${index}-closes`}>{t('hours.closes', { n: index + 1 })}</label>
          <input
            id={`${idPrefix}-${index}-closes`}
            className="input input--time"
            type="time"
            value={period.closes}
            onChange={(event) => setPeriod(index, { closes: event.target.value })}
          />
          {index > 0 && (
            <button
              type="button"
              className="button button--small"
              onClick={() => onChange(periods.filter((_, i) => i !== index))}
            >
              {t('hours.removePeriod')}
              <span className="visually-hidden"> {t('hours.periodOf', { n: index + 1, day: dayName })}</span>
            </button>
          )}
        </div>
      ))}
      {open && periods.length < maxPeriods && (
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange([...periods, { opens: '13:00', closes: '17:00' }])}
        >
          {t('hours.addPeriod')}
          <span className="visually-hidden"> {dayName}</span>
        </button>
      )}
    </fieldset>
  );
}
