// Walk-in: serve a visitor at this counter now (service, language, interpreter, needs, optional class).
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { AccessibilityNeed, InterpreterMode } from '../../../machines/contracts/ticket.js';
import type { WalkInVisit } from '../../../machines/deskSession.js';
import { ChoiceGroup } from '../../shared/ChoiceGroup.js';
import { SelectField } from '../../shared/SelectField.js';
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

const languageOptions = (codes: readonly string[]) =>
  codes.map((l) => ({ value: l, label: languageName(l) }));

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
        <SelectField
          id="walkin-service"
          label={t('walkIn.service')}
          value={serviceId}
          onChange={setServiceId}
          options={site.services.map((s) => ({ value: s.id, label: s.name }))}
        />
        <SelectField
          id="walkin-language"
          label={t('walkIn.language')}
          value={language}
          onChange={setLanguage}
          options={languageOptions(languages)}
        />
        <SelectField
          id="walkin-interpreter"
          label={t('walkIn.interpreter')}
          value={mode}
          onChange={setMode}
          emptyOption={t('walkIn.interpreterNone')}
          options={InterpreterMode.options.map((m) => ({ value: m, label: t(`needs.mode.${m}`) }))}
        />
        {mode && (
          <SelectField
            id="walkin-interpreter-language"
            label={t('walkIn.interpreterLanguage')}
            value={interpreterLanguage}
            onChange={setInterpreterLanguage}
            options={languageOptions(interpreterLanguages)}
          />
        )}
        <ChoiceGroup
          type="checkbox"
          legend={t('walkIn.needs')}
          options={AccessibilityNeed.options.map((need) => ({ value: need, label: t(`needs.${need}`) }))}
          selected={needs}
          onToggle={toggle}
        />
        <SelectField
          id="walkin-priority"
          label={t('walkIn.priority')}
          value={priorityClass}
          onChange={setPriorityClass}
          emptyOption={t('walkIn.priorityAuto')}
          options={site.policy.classes.map((c) => ({ value: c.id, label: c.name }))}
        />
        <button type="submit" className="button" aria-disabled={busy}>
          {t('walkIn.start')}
        </button>
      </form>
    </section>
  );
}
