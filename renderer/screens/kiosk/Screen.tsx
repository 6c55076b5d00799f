// Layout shared by every kiosk screen: an optional Back button, a heading that takes focus, then the content.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useText } from './kioskText.js';

interface ScreenProps {
  title: ReactNode;
  lead?: ReactNode;
  /** Shown on question screens; returns to the previous question. */
  onBack?: () => void;
  className?: string;
  /** `data-testid` of the screen, for the end-to-end tests. */
  testId?: string;
  /** What a speech output mode reads for this screen (`data-speak`), when the heading alone is not enough. */
  speak?: string;
  /** Marks a screen about a ticket issued while the hub was unreachable (`data-offline`, for tests only). */
  offline?: boolean;
  /** The heading's id, when a field on the screen is labelled by the heading (the question is the title). */
  titleId?: string;
  children?: ReactNode;
}

export function Screen({
  title,
  lead,
  onBack,
  className,
  testId,
  speak,
  offline,
  titleId,
  children,
}: ScreenProps) {
  const { t } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const ownId = useId();
  const headingId = titleId ?? ownId;
  // A new screen moves focus to its heading, so screen readers announce the new question.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section
      className={['screen', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-testid={testId}
      data-speak={speak}
      data-offline={offline ? 'true' : undefined}
    >
      {onBack && (
        <button type="button" className="button button--back" onClick={onBack}>
          <span aria-hidden="true" className="button__arrow">
            ←
          </span>{' '}
          {t('common.back')}
        </button>
      )}
      <h1 id={headingId} ref={heading} tabIndex={-1} className="screen__title">
        {title}
      </h1>
      {lead && <p className="screen__lead">{lead}</p>}
      {children}
    </section>
  );
}
