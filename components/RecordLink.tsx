import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { collectionUrl, openInTab } from './data';

/**
 * How a row opens a call's record: from the popup in a new tab of the collection page; the
 * collection page provides its own, which shows the record in place (and in its history).
 */
export const RecordOpener = createContext<(callId: number) => void>((callId) => openInTab(collectionUrl(`?call=${callId}`)));

/** A link to a call's record (collection.html?call=N): a plain click opens it as the page provides; a middle click or a modifier opens the address as any link. */
export function RecordLink({ callId, children, title }: { callId: number; children: ComponentChildren; title?: string }) {
  const open = useContext(RecordOpener);
  return (
    <a
      class="row-who record-link"
      href={collectionUrl(`?call=${callId}`)}
      title={title}
      data-testid="record-link"
      onClick={(e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        open(callId);
      }}
    >
      {children}
    </a>
  );
}
