// Where the notice shows: kiosks, lobby displays, desks, and (for roles that may list devices) only some
// kiosks and displays.
import type { Device } from '../../../../machines/contracts/auth.js';
import { fieldIds, type NoticeDraft } from './noticeDraft.js';
import { t } from './noticesText.js';

interface Props {
  draft: NoticeDraft;
  onChange: (draft: NoticeDraft) => void;
  /** Enrolled kiosks and displays; null when this role may not list devices. */
  devices: readonly Device[] | null;
  problemOf: (fieldId: string) => string | undefined;
}

export function NoticeTargetFields({ draft, onChange, devices, problemOf }: Props) {
  const targetsError = problemOf(fieldIds.targets);
  const devicesError = problemOf(fieldIds.devices);
  const choosable = (devices ?? []).filter(
    (d) => !d.disabled && (d.role === 'kiosk' || d.role === 'display'),
  );
  const toggleDevice = (id: string) =>
    onChange({
      ...draft,
      deviceIds: draft.deviceIds.includes(id)
        ? draft.deviceIds.filter((d) => d !== id)
        : [...draft.deviceIds, id],
    });
  return (
    <fieldset
      className={targetsError ? 'fieldset field field--error' : 'fieldset field'}
      aria-describedby={targetsError ? 'notice-targets-error' : undefined}
    >
      <legend className="field__label">{t('form.targets')}</legend>
      {targetsError && (
        <p id="notice-targets-error" className="field__error">
          {targetsError}
        </p>
      )}
      <div className="checkboxes">
        {(['kiosks', 'displays', 'desks'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input
              id={`notice-target-${kind}`}
              type="checkbox"
              checked={draft[kind]}
              onChange={(e) => onChange({ ...draft, [kind]: e.target.checked })}
            />
            {t(`form.target.${kind}`)}
          </label>
        ))}
      </div>
      {devices !== null && (draft.kiosks || draft.displays) && (
        <div className={devicesError ? 'field field--error' : 'field'}>
          {devicesError && (
            <p id="notice-devices-error" className="field__error">
              {devicesError}
            </p>
          )}
          <label className="checkbox">
            <input
              id={fieldIds.devices}
              type="checkbox"
              checked={draft.onlyDevices}
              aria-describedby={devicesError ? 'notice-devices-error' : undefined}
              onChange={(e) => onChange({ ...draft, onlyDevices: e.target.checked })}
            />
            {t('form.onlyDevices')}
          </label>
          {draft.onlyDevices && (
            <fieldset className="fieldset notice-devices">
              <legend className="visually-hidden">{t('form.devicesLegend')}</legend>
              {choosable.length === 0 && <p>{t('form.noDevices')}</p>}
              <div className="checkboxes">
                {choosable.map((device) => (
                  <label key={device.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={draft.deviceIds.includes(device.id)}
                      onChange={() => toggleDevice(device.id)}
                    />
                    {device.name}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </div>
      )}
    </fieldset>
  );
}
