import type { MenuItemConstructorOptions } from 'electron';
import { commandLabel, menuAccelerator } from '../shared/commands';
import type { CommandId, RecentFile } from '../shared/ipc';
import type { Lang } from '../shared/lang';

// The menus' own words; each command's label and shortcut come from shared/commands.ts.
const labels = {
  en: { file: 'File', edit: 'Edit', view: 'View', help: 'Help', recent: 'Open Recent', none: 'No recent files', language: 'Language', quit: 'Quit' },
  zh: { file: '文件', edit: '编辑', view: '视图', help: '帮助', recent: '最近打开', none: '没有最近的文件', language: '语言', quit: '退出' },
} as const;

/** What the menu can do: send a command to the focused window, open a recent file, quit. */
export interface MenuActions {
  readonly command: (id: CommandId) => void;
  readonly openRecent: (path: string) => void;
}

/**
 * The native menu: File, Edit, View, Help with the platform's shortcuts.
 * Items only send command ids; the renderer's dispatcher runs them. Shortcuts
 * are shown but not registered here (registerAccelerator: false): the
 * renderer handles keys, so a shortcut typed in a text field stays the field's.
 */
export function menuTemplate(platform: NodeJS.Platform, lang: Lang, recent: readonly RecentFile[], actions: MenuActions): MenuItemConstructorOptions[] {
  const l = labels[lang];
  const mac = platform === 'darwin';
  const item = (id: CommandId): MenuItemConstructorOptions => ({
    id, label: commandLabel(id, lang), accelerator: menuAccelerator(id, mac ? 'mac' : 'other'), registerAccelerator: false, click: () => actions.command(id),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length > 0
    ? recent.map((file) => ({ label: file.name, sublabel: file.path, click: () => actions.openRecent(file.path) }))
    : [{ label: l.none, enabled: false }];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        item('file.new'), item('file.open'), { label: l.recent, submenu: recentItems }, { type: 'separator' },
        item('file.save'), item('file.saveAs'), item('file.export'), item('file.exportWorkbook'), { type: 'separator' },
        item('file.close'),
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: l.quit }]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        item('edit.undo'), item('edit.redo'), { type: 'separator' },
        item('edit.cut'), item('edit.copy'), item('edit.paste'), item('edit.delete'),
        item('edit.selectAll'), { type: 'separator' },
        item('edit.find'),
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.language, submenu: [item('view.lang.zh'), item('view.lang.en')] }, { type: 'separator' },
        item('view.months'), item('view.sources'), item('view.lab'), item('view.whatIf'), item('view.charts'), { type: 'separator' },
        item('view.zoomIn'), item('view.zoomOut'), item('view.zoomReset'), { type: 'separator' },
        item('view.nextPane'), item('view.previousPane'),
      ],
    },
    { label: l.help, submenu: [item('help.about')] },
  ];
}
