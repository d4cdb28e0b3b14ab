import { loadScenario, serializeScenarioFile, toScenarioFile } from '../../models/scenario';
import { referenceTemplate } from '../../models/templates';
import type { AppServices } from '../hooks/services';
import { translate } from '../i18n/translate';
import { isDirty } from '../state/document-store';
import type { Command } from './command';
import { exportBusinessCase } from './export-business-case';
import { exportWorkbook } from './export-workbook';

const untitled = (services: AppServices) => services.sessionStore.getState().fileName ?? translate(services.sessionStore.getState().lang, 'untitled');

/** Asks to save unsaved changes; false when the user cancelled. */
export async function settleUnsaved(services: AppServices): Promise<boolean> {
  if (!isDirty(services.documentStore.getState())) return true;
  const { ask, lang } = services.sessionStore.getState();
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(lang, key, params);
  const answer = await ask({
    title: t('unsavedChanges', { name: untitled(services) }),
    buttons: [{ id: 'save', label: t('save') }, { id: 'discard', label: t('dontSave') }, { id: 'cancel', label: t('cancel') }],
  });
  if (answer.button === 'cancel') return false;
  return answer.button === 'discard' || (await saveDocument(services, false));
}

/** Loads a scenario file's text into the workspace, or says why it cannot. A file without a name is untitled (the template). */
export function openText(services: AppServices, file: { path: string | undefined; name: string | undefined; text: string; modifiedMs: number | undefined }, restored = false): boolean {
  const { notify, setFile, select, lang } = services.sessionStore.getState();
  const result = loadScenario(file.text);
  if (!result.ok) {
    notify({ kind: 'error', text: translate(lang, 'openFailed', { name: file.name ?? translate(lang, 'untitled'), message: result.errors[0]! }) });
    return false;
  }
  services.documentStore.getState().load(result.file.scenario, restored);
  setFile({ path: file.path, name: file.name, modifiedMs: file.modifiedMs });
  select(undefined);
  // A problem reported about an earlier file is not about this one.
  notify(undefined);
  return true;
}

/** Starts an untitled document from the reference template. */
function openTemplate(services: AppServices): void {
  openText(services, { path: undefined, name: undefined, text: referenceTemplate.text, modifiedMs: undefined });
}

/** Opens a file (the given path, or one the user picks) after settling unsaved changes. */
export async function openDocument(services: AppServices, path?: string): Promise<void> {
  if (!(await settleUnsaved(services))) return;
  const result = await services.bridge.open(path);
  const { notify, lang } = services.sessionStore.getState();
  // The host's message names the file itself.
  if (result.status === 'failed') notify({ kind: 'error', text: translate(lang, 'openFailedFile', { message: result.message }) });
  // Only a file that loaded enters the recent files: a broken one must not push out (or replace) a good entry.
  if (result.status === 'opened' && openText(services, result.file)) await services.bridge.addRecent(result.file.path);
}

/** Saves the document; returns true when it is on disk. Never loses the document: a failure leaves it open and dirty. */
export async function saveDocument(services: AppServices, saveAs: boolean): Promise<boolean> {
  const session = services.sessionStore.getState();
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(session.lang, key, params);
  const text = serializeScenarioFile(toScenarioFile(services.documentStore.getState().scenario, new Date()));
  const request = {
    path: saveAs ? undefined : session.filePath,
    suggestedName: session.fileName ?? 'scenario.tokencast',
    text,
    expectedModifiedMs: saveAs ? undefined : session.modifiedMs,
  };
  let result = await services.bridge.save(request);
  if (result.status === 'changed-on-disk') {
    const answer = await session.ask({ title: t('confirmOverwrite', { name: untitled(services) }), buttons: [{ id: 'overwrite', label: t('save') }, { id: 'cancel', label: t('cancel') }] });
    if (answer.button !== 'overwrite') return false;
    result = await services.bridge.save({ ...request, overwrite: true });
  }
  if (result.status === 'failed') session.notify({ kind: 'error', text: t('saveFailed', { message: result.message }) });
  if (result.status !== 'saved') return false;
  // The recovery keeper deletes the copy of the unsaved work once the document is marked saved.
  session.setFile({ path: result.path, name: result.name, modifiedMs: result.modifiedMs });
  services.documentStore.getState().markSaved();
  session.notify({ kind: 'info', text: t('saved', { name: result.name }) });
  return true;
}

/** The File menu's commands. */
export const fileCommands: Command[] = [
  {
    id: 'file.new',
    async run(services) {
      if (await settleUnsaved(services)) openTemplate(services);
    },
  },
  { id: 'file.open', run: (services) => openDocument(services) },
  { id: 'file.save', run: async (services) => void (await saveDocument(services, false)) },
  { id: 'file.saveAs', run: async (services) => void (await saveDocument(services, true)) },
  { id: 'file.export', run: (services) => exportBusinessCase(services) },
  { id: 'file.exportWorkbook', run: (services) => exportWorkbook(services) },
  {
    id: 'file.close',
    async run(services) {
      if (!(await settleUnsaved(services))) return;
      if (services.bridge.host === 'electron') window.close();
      else openTemplate(services);
    },
  },
];
