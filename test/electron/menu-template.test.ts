import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/menu-template';
import { commandIds, commandLabel, menuAccelerator } from '../../shared/commands';
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

  it('labels every command as its descriptor does, in each language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const commandItems = items(menuTemplate('linux', lang, [], { command: () => undefined, openRecent: () => undefined })).filter((item) => item.id);
      expect(commandItems.map((item) => item.label)).toEqual(commandItems.map((item) => commandLabel(item.id as CommandId, lang)));
    }
  });

  it('shows every command\'s shortcut from its descriptor, on macOS and elsewhere', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const commandItems = items(menuTemplate(platform, 'en', [], { command: () => undefined, openRecent: () => undefined })).filter((item) => item.id);
      expect(commandItems.map((item) => item.accelerator)).toEqual(commandItems.map((item) => menuAccelerator(item.id as CommandId, platform === 'darwin' ? 'mac' : 'other')));
    }
  });

  it('shows the shortcuts the app has always shown', () => {
    const shown = (platform: NodeJS.Platform) => Object.fromEntries(items(menuTemplate(platform, 'en', [], { command: () => undefined, openRecent: () => undefined })).filter((item) => item.accelerator).map((item) => [item.id, item.accelerator]));
    const common = {
      'file.new': 'CmdOrCtrl+N', 'file.open': 'CmdOrCtrl+O', 'file.save': 'CmdOrCtrl+S', 'file.saveAs': 'CmdOrCtrl+Shift+S', 'file.export': 'CmdOrCtrl+E', 'file.close': 'CmdOrCtrl+W',
      'edit.undo': 'CmdOrCtrl+Z', 'edit.cut': 'CmdOrCtrl+X', 'edit.copy': 'CmdOrCtrl+C', 'edit.paste': 'CmdOrCtrl+V', 'edit.delete': 'Delete', 'edit.selectAll': 'CmdOrCtrl+A', 'edit.find': 'CmdOrCtrl+F',
      'view.zoomIn': 'CmdOrCtrl+=', 'view.zoomOut': 'CmdOrCtrl+-', 'view.zoomReset': 'CmdOrCtrl+0', 'view.nextPane': 'F6', 'view.previousPane': 'Shift+F6',
    };
    expect(shown('linux')).toEqual({ ...common, 'edit.redo': 'Ctrl+Y' });
    expect(shown('darwin')).toEqual({ ...common, 'edit.redo': 'Cmd+Shift+Z' });
  });

  it('leaves the keys to the renderer, so a shortcut typed in a text field stays the field\'s', () => {
    expect(items(template).filter((item) => item.accelerator).every((item) => item.registerAccelerator === false)).toBe(true);
  });

  it('uses Ctrl+Y for redo on Linux and Cmd+Shift+Z on macOS', () => {
    const redo = (platform: NodeJS.Platform) => items(menuTemplate(platform, 'en', [], { command: () => undefined, openRecent: () => undefined })).find((item) => item.id === 'edit.redo')!.accelerator;
    expect([redo('linux'), redo('darwin')]).toEqual(['Ctrl+Y', 'Cmd+Shift+Z']);
  });

  it('speaks Chinese', () => {
    expect(menuTemplate('linux', 'zh', [], { command: () => undefined, openRecent: () => undefined }).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });
});
