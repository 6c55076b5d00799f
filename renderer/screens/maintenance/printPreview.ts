// Print previews: the choices (printer model, site language, layout), their labels, and asking the hub for one.
import {
  type PreviewQuery,
  PrinterModel,
  type PrintPreview,
} from '../../../machines/contracts/deviceCare.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { endonym } from '../kiosk/kioskText.js';
import { hubReason } from './deviceCommands.js';
import { t } from './maintenanceText.js';

export type PreviewLayout = PreviewQuery['layout'];
export type PreviewChoice = PreviewQuery;

export const printerModels: readonly PrinterModel[] = PrinterModel.options;
export const previewLayouts = [
  'ticket',
  'request-receipt',
  'referral-slip',
] as const satisfies readonly PreviewLayout[];

/** "Epson TM-T88VI (80 mm)". */
export const printerModelLabel = (model: PrinterModel): string => t(`printerModel.${model}`);

/** A language by its own name ("Español"), as the kiosk's language buttons say it. */
export const languageLabel = (language: string): string => endonym(language);

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'shown'; choice: PreviewChoice; preview: PrintPreview }
  | { kind: 'failed'; text: string };

export async function requestPreview(bridge: HubBridge, choice: PreviewChoice): Promise<PreviewState> {
  try {
    const preview = await bridge.call('printPreview', { query: choice });
    return { kind: 'shown', choice, preview };
  } catch (error) {
    return { kind: 'failed', text: t('preview.failed', { reason: hubReason(error) }) };
  }
}

/** "Preview of the ticket printout in Español on the Epson TM-T88VI (80 mm)". */
export function previewAlt(choice: PreviewChoice): string {
  return t(`preview.alt.${choice.layout}`, {
    language: languageLabel(choice.language),
    model: printerModelLabel(choice.printerModel),
  });
}

/** "1,204 bytes, 3 lines printed as images". */
export const previewSize = (preview: PrintPreview): string =>
  t('preview.size', { bytes: preview.bytes, lines: preview.rasterLines });
