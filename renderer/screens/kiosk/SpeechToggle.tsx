// The audio guide's switch in the top bar: a labelled toggle button (pressed while the guide speaks). Text only:
// the bundled fonts have no speaker symbol, and a symbol without a font would show as a box.
import { useSpeechModeContext } from '../../speech/speechModeContext.js';
import { useText } from './kioskText.js';

export function SpeechToggle() {
  const { t } = useText();
  const speech = useSpeechModeContext();
  if (!speech) return null;
  return (
    <button
      type="button"
      className="button button--bar"
      aria-pressed={speech.on}
      data-testid="speech-toggle"
      onClick={speech.toggle}
    >
      {t('speech.toggle')}
    </button>
  );
}
