// Print preview (facilities, administrators): choose a printer model, a site language and a printout; shows the
// picture the printer would print at one CSS pixel per printer dot, with its size and how much printed as images.
import { type FormEvent, useEffect, useState } from 'react';
import type { PrinterModel } from '../../../machines/contracts/deviceCare.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { SelectField } from '../../shared/SelectField.js';
import { t } from './maintenanceText.js';
import {
  languageLabel,
  type PreviewChoice,
  type PreviewState,
  previewAlt,
  previewLayouts,
  previewSize,
  printerModelLabel,
  printerModels,
  requestPreview,
} from './printPreview.js';

/** A kiosk row's "Preview printout": its model, and a count so pressing it again loads again. */
export interface PreviewPreset {
  printerModel: PrinterModel;
  request: number;
}

interface Props {
  bridge: HubBridge;
  /** The site's languages, in kiosk order. */
  languages: readonly string[];
  preset: PreviewPreset | null;
}

export function PrintPreviewPanel({ bridge, languages, preset }: Props) {
  const [choice, setChoice] = useState<PreviewChoice>(() => ({
    printerModel: preset?.printerModel ?? printerModels[0] ?? 'epson-tm-t88vi',
    language: languages[0] ?? 'en',
    layout: 'ticket',
  }));
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });

  const load = (wanted: PreviewChoice) => {
    setState({ kind: 'loading' });
    requestPreview(bridge, wanted).then(setState);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new preset (a kiosk row's button) loads by itself
  useEffect(() => {
    if (!preset) return;
    const wanted = { ...choice, printerModel: preset.printerModel };
    setChoice(wanted);
    load(wanted);
    document.getElementById('preview-heading')?.scrollIntoView?.({ block: 'start' });
  }, [preset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.kind !== 'loading') load(choice);
  };
  return (
    <PrintPreviewView
      choice={choice}
      languages={languages}
      state={state}
      onChange={(change) => setChoice((c) => ({ ...c, ...change }))}
      onSubmit={submit}
    />
  );
}

interface ViewProps {
  choice: PreviewChoice;
  languages: readonly string[];
  state: PreviewState;
  onChange: (change: Partial<PreviewChoice>) => void;
  onSubmit: (event: FormEvent) => void;
}

export function PrintPreviewView({ choice, languages, state, onChange, onSubmit }: ViewProps) {
  return (
    <section className="sub-panel" aria-labelledby="preview-heading">
      <h3 id="preview-heading" tabIndex={-1}>
        {t('preview.heading')}
      </h3>
      <p className="field__hint">{t('preview.lead')}</p>
      <form className="stack preview-form" onSubmit={onSubmit} noValidate>
        <SelectField
          id="preview-model"
          label={t('preview.model')}
          value={choice.printerModel}
          options={printerModels.map((m) => ({ value: m, label: printerModelLabel(m) }))}
          onChange={(value) => onChange({ printerModel: value as PrinterModel })}
        />
        <SelectField
          id="preview-language"
          label={t('preview.language')}
          value={choice.language}
          options={languages.map((l) => ({ value: l, label: languageLabel(l) }))}
          onChange={(value) => onChange({ language: value })}
        />
        <SelectField
          id="preview-layout"
          label={t('preview.layout')}
          value={choice.layout}
          options={previewLayouts.map((l) => ({ value: l, label: t(`preview.layout.${l}`) }))}
          onChange={(value) => onChange({ layout: value as PreviewChoice['layout'] })}
        />
        <button type="submit" className="button" aria-disabled={state.kind === 'loading'}>
          {t('preview.show')}
        </button>
      </form>
      <PreviewResult state={state} />
    </section>
  );
}

function PreviewResult({ state }: { state: PreviewState }) {
  return (
    <>
      <p role="status">{state.kind === 'loading' ? t('preview.loading') : ''}</p>
      {state.kind === 'failed' && (
        <p role="alert" className="error-summary">
          {state.text}
        </p>
      )}
      {state.kind === 'shown' && (
        <figure className="paper-preview">
          <div className="paper-preview__scroll">
            <img
              className="paper-preview__img"
              src={`data:image/png;base64,${state.preview.pngBase64}`}
              width={state.preview.widthDots}
              height={state.preview.heightDots}
              alt={previewAlt(state.choice)}
              data-testid="print-preview-img"
            />
          </div>
          <figcaption>{previewSize(state.preview)}</figcaption>
        </figure>
      )}
    </>
  );
}
