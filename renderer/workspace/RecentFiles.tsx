import { useEffect, useRef, useState } from 'react';
import type { RecentFile } from '../../shared/ipc';
import { useServices } from '../hooks/services';
import { useSession, useT } from '../hooks/store-hooks';
import { openDocument } from '../commands/file-commands';

/**
 * Recently used files (the native menu has its own in the desktop app): a
 * button that shows the list; a file opens when chosen (click, Enter or
 * Space), never merely by moving over it with the arrows. Escape folds it.
 */
export function RecentFiles() {
  const services = useServices();
  const t = useT();
  const fileName = useSession((state) => state.fileName);
  const [files, setFiles] = useState<RecentFile[]>([]);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    void services.bridge.recentFiles().then(setFiles);
  }, [services, fileName]);
  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);
  if (files.length === 0) return null;
  const fold = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const move = (by: number) => {
    const items = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + by + items.length) % items.length]?.focus();
  };
  return (
    <div className="recent-files">
      <button ref={toggle} type="button" aria-expanded={open} aria-controls="recent-list" onClick={() => setOpen(!open)}>{t('recentFiles')} ▾</button>
      {open ? (
        <ul id="recent-list" ref={list} className="recent-list" aria-label={t('recentFiles')}
          onBlur={(event) => {
            if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node)) setOpen(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') fold();
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              move(event.key === 'ArrowDown' ? 1 : -1);
            }
          }}>
          {files.map((file) => (
            <li key={file.path}>
              <button type="button" title={file.path} onClick={() => {
                setOpen(false);
                void openDocument(services, file.path);
              }}>{file.name}</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
