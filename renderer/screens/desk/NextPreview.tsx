// Who Call next would pick at this counter and why, and who it passes over (cooling down, another counter).
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { t } from './deskText.js';
import { nextText } from './nextExplanationText.js';
import type { NextPreview as Preview } from './useNextPreview.js';

export function NextPreview({ site, preview }: { site: SiteConfig; preview: Preview }) {
  if (preview.status !== 'ready') {
    return (
      <p className="muted" data-testid="next-preview">
        {t(preview.status === 'loading' ? 'next.loading' : 'next.failed')}
      </p>
    );
  }
  const text = nextText(preview.explanation, site, t);
  return (
    <div className="next-preview" data-testid="next-preview">
      <p className="next-preview__headline">{text.headline}</p>
      {text.details.map((line) => (
        <p key={line} className="muted">
          {line}
        </p>
      ))}
    </div>
  );
}
