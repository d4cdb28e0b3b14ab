import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/menu-template';
import { commandIds } from '../../shared/commands';
import type { CommandId } from '../../shared/ipc';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the native menu', () => {
  const sent: CommandId[] = [];
  const template = menuTemplate('linux', 'en', [{ path: '/x/a.tokencast', name: 'a.tokencast' }], { command: (id) => sent.push(id), openRecent: () => undefined });

  it('has File, Edit, View and Help', () => {
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('offers every command id', () => {
    const ids = items(template).map((item) => item.id).filter(Boolean);
    expect(new Set(ids)).toEqual(new Set(commandIds));
  });

  it('sends the command id when an item is chosen', () => {
    const save = items(template).find((item) => item.id === 'file.save')!;
    (save.click as () => void)();
    expect(sent).toEqual(['file.save']);
  });

  it('uses Ctrl+Y for redo on Linux and Cmd+Shift+Z on macOS', () => {
    const redo = (platform: NodeJS.Platform) => items(menuTemplate(platform, 'en', [], { command: () => undefined, openRecent: () => undefined })).find((item) => item.id === 'edit.redo')!.accelerator;
    expect([redo('linux'), redo('darwin')]).toEqual(['Ctrl+Y', 'Cmd+Shift+Z']);
  });

  it('speaks Chinese', () => {
    expect(menuTemplate('linux', 'zh', [], { command: () => undefined, openRecent: () => undefined }).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });
});
