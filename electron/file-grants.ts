import path from 'node:path';
import type { Handlers } from './ipc-handlers';

/**
 * The files the renderer may name. A path becomes one when the main process
 * hands it to the renderer after the user chose it — in the open or save
 * dialog, by dropping it on the window, from the recent list (which only the
 * main process writes), or on the command line / from the OS — so the path
 * the renderer holds is a handle the main process issued. Anything else, a
 * compromised page asking for `/etc/hostname` say, is refused.
 */
export class FileGrants {
  private readonly granted = new Set<string>();

  /** Lets the renderer name this file from now on. */
  grant(file: string): void {
    this.granted.add(path.resolve(file));
  }

  /** Whether the renderer may name this file. */
  has(file: string): boolean {
    return this.granted.has(path.resolve(file));
  }
}

const notChosen = (file: string) => `${path.basename(file)} was not chosen in Tokencast (open it with File › Open, drop it on the window, or pick it from the recent files)`;

/**
 * The handlers, with file access limited to granted paths: open, save and
 * recovery entries may name only a granted file; every path the handlers
 * give the renderer (a dialog's choice, the recent list, recovered work) is
 * granted on the way out.
 */
export function guardFileAccess(handlers: Handlers, grants: FileGrants): Handlers {
  const forbidden = (file: string | undefined) => file !== undefined && !grants.has(file);
  return {
    ...handlers,
    'tokencast:file:open': async (request) => {
      if (forbidden(request.path)) return { status: 'failed', message: notChosen(request.path!) };
      const result = await handlers['tokencast:file:open'](request);
      if (result.status === 'opened') grants.grant(result.file.path);
      return result;
    },
    'tokencast:file:save': async (request) => {
      if (forbidden(request.path)) return { status: 'failed', message: notChosen(request.path!) };
      const result = await handlers['tokencast:file:save'](request);
      if (result.status === 'saved') grants.grant(result.path);
      return result;
    },
    'tokencast:file:dropped': async (request) => {
      grants.grant(request.path);
      return handlers['tokencast:file:dropped'](request);
    },
    'tokencast:recent:list': async (request) => {
      const files = await handlers['tokencast:recent:list'](request);
      for (const file of files) grants.grant(file.path);
      return files;
    },
    'tokencast:recovery:write': async (entry) => {
      if (forbidden(entry.path)) return { ok: false };
      return handlers['tokencast:recovery:write'](entry);
    },
    'tokencast:recovery:list': async (request) => {
      const entries = await handlers['tokencast:recovery:list'](request);
      for (const entry of entries) if (entry.path !== undefined) grants.grant(entry.path);
      return entries;
    },
  };
}
