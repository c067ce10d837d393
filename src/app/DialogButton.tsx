import { type ReactNode, useEffect, useRef, useState } from 'react';
import { PanelBoundary } from './PanelBoundary';

/**
 * A toolbar button that opens a modal dialog. The dialog's content is made only while it is
 * open (it may be big, or load code on first use), and a failure inside stays inside.
 */
export function DialogButton({
  label,
  name,
  className,
  labelledBy,
  testId,
  children,
}: {
  label: string;
  /** What the dialog is called, for a failure message. */
  name: string;
  className: string;
  labelledBy: string;
  testId: string;
  children: (close: () => void) => ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button type="button" className="am-button" onClick={() => setOpen(true)}>
        {label}
      </button>
      <dialog
        ref={dialog}
        className={className}
        aria-labelledby={labelledBy}
        data-testid={testId}
        onClose={() => setOpen(false)}
      >
        {open && (
          <PanelBoundary name={name}>{children(() => dialog.current?.close())}</PanelBoundary>
        )}
      </dialog>
    </>
  );
}
