// Walk-in: serve a visitor at this counter now (service, language, interpreter, needs, optional class).
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { AccessibilityNeed, InterpreterMode } from '../../../machines/contracts/ticket.js';
import type { WalkInVisit } from '../../../machines/deskSession.js';
import { t } from './deskText.js';
import { languageName } from './ticketFacts.js';

/** Languages Portland's lobby most often interprets, besides the kiosk languages; "ase" is ASL. */
const interpreterLanguages = [
  'es',
  'vi',
  'zh-Hans',
  'zh-Hant',
  'ru',
  'uk',
  'so',
  'ar',
  'ko',
  'ja',
  'ro',
  'am',
  'ase',
];

interface Props {
  site: SiteConfig;
  busy: boolean;
  onStart: (visit: WalkInVisit) => void;
}

export function WalkInForm({ site, busy, onStart }: Props) {
  const languages = [...new Set([...site.languages, ...interpreterLanguages])];
  const [serviceId, setServiceId] = useState(site.services[0]?.id ?? '');
  const [language, setLanguage] = useState(site.languages[0] ?? 'en');
  const [mode, setMode] = useState('');
  const [interpreterLanguage, setInterpreterLanguage] = useState('es');
  const [needs, setNeeds] = useState<AccessibilityNeed[]>([]);
  const [priorityClass, setPriorityClass] = useState('');
  const toggle = (need: AccessibilityNeed) =>
    setNeeds((list) => (list.includes(need) ? list.filter((n) => n !== need) : [...list, need]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const interpreter = mode ? { mode: InterpreterMode.parse(mode), language: interpreterLanguage } : null;
    onStart({
      serviceId,
      language,
      needs: { interpreter, accessibility: needs },
      ...(priorityClass ? { priorityClass } : {}),
    });
  };
  return (
    <section className="panel panel--quiet" aria-labelledby="walkin-heading">
      <h2 id="walkin-heading">{t('walkIn.heading')}</h2>
      <p className="field__hint">{t('walkIn.hint')}</p>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="walkin-service" className="field__label">
            {t('walkIn.service')}
          </label>
          <select
            id="walkin-service"
            className="select"
            value={serviceId}
            onChange={(e) => setServiceId(e.target.value)}
          >
            {site.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="walkin-language" className="field__label">
            {t('walkIn.language')}
          </label>
          <select
            id="walkin-language"
            className="select"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="walkin-interpreter" className="field__label">
            {t('walkIn.interpreter')}
          </label>
          <select
            id="walkin-interpreter"
            className="select"
            value={mode}
            onChange={(e) => setMode(e.target.value)}
          >
            <option value="">{t('walkIn.interpreterNone')}</option>
            {InterpreterMode.options.map((m) => (
              <option key={m} value={m}>
                {t(`needs.mode.${m}`)}
              </option>
            ))}
          </select>
        </div>
        {mode && (
          <div className="field">
            <label htmlFor="walkin-interpreter-language" className="field__label">
              {t('walkIn.interpreterLanguage')}
            </label>
            <select
              id="walkin-interpreter-language"
              className="select"
              value={interpreterLanguage}
              onChange={(e) => setInterpreterLanguage(e.target.value)}
            >
              {interpreterLanguages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="fieldset">
          <legend className="field__label">{t('walkIn.needs')}</legend>
          <div className="checkboxes">
            {AccessibilityNeed.options.map((need) => (
              <label key={need} className="checkbox">
                <input type="checkbox" checked={needs.includes(need)} onChange={() => toggle(need)} />{' '}
                {t(`needs.${need}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="walkin-priority" className="field__label">
            {t('walkIn.priority')}
          </label>
          <select
            id="walkin-priority"
            className="select"
            value={priorityClass}
            onChange={(e) => setPriorityClass(e.target.value)}
          >
            <option value="">{t('walkIn.priorityAuto')}</option>
            {site.policy.classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" aria-disabled={busy}>
          {t('walkIn.start')}
        </button>
      </form>
    </section>
  );
}
