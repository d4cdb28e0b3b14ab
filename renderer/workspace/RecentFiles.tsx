import { useEffect, useState } from 'react';
import type { RecentFile } from '../../shared/ipc';
import { useServices } from '../app/app-context';
import { useSession, useT } from '../app/hooks';
import { openDocument } from '../commands/file-commands';

/** A drop-down of recently used files (the native menu has its own in the desktop app). */
export function RecentFiles() {
  const services = useServices();
  const t = useT();
  const fileName = useSession((state) => state.fileName);
  const [files, setFiles] = useState<RecentFile[]>([]);
  useEffect(() => {
    void services.bridge.recentFiles().then(setFiles);
  }, [services, fileName]);
  if (files.length === 0) return null;
  return (
    <select aria-label={t('recentFiles')} value="" onChange={(event) => void openDocument(services, event.target.value)}>
      <option value="" disabled>{t('recentFiles')}…</option>
      {files.map((file) => <option key={file.path} value={file.path}>{file.name}</option>)}
    </select>
  );
}
