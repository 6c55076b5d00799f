// A native modal <dialog> opened on mount: focus moves into it and the rest of the screen becomes inert.
import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';

interface ModalDialogProps {
  role: 'dialog' | 'alertdialog';
  title: string;
  /** Escape (or the platform's cancel gesture) does this instead of closing the dialog by itself. */
  onCancel: () => void;
  children: (ids: { descriptionId: string }) => ReactNode;
}

export function ModalDialog({ role, title, onCancel, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  // Layout effect: close() must run while the dialog is still in the page, so focus returns where it was.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className="dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children({ descriptionId })}
    </dialog>
  );
}
