import { useEffect, useRef } from "preact/hooks";

export interface Pending { title: string; run: () => Promise<unknown>; }

/** Asks before an action changes an execution; a native dialog keeps focus inside it and closes on Escape. */
export function Confirm({ pending, onDone }: { pending: Pending | null; onDone: (error?: string) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (pending && !dialog.current!.open) dialog.current!.showModal();
    if (!pending && dialog.current!.open) dialog.current!.close();
  }, [pending]);
  const confirm = async () => {
    try {
      await pending!.run();
      onDone();
    } catch (e) {
      onDone(String((e as Error).message));
    }
  };
  return (
    <dialog ref={dialog} aria-labelledby="confirm-title" onCancel={() => onDone()}>
      <h2 id="confirm-title">{pending?.title}?</h2>
      <div class="buttons">
        <button type="button" class="primary" onClick={confirm}>Confirm</button>
        <button type="button" onClick={() => onDone()}>Cancel</button>
      </div>
    </dialog>
  );
}
