import type { MenuItemConstructorOptions } from 'electron';
import type { CommandId, RecentFile } from '../shared/ipc';
import type { Lang } from '../shared/lang';

const labels = {
  en: {
    file: 'File', edit: 'Edit', view: 'View', help: 'Help', recent: 'Open Recent', none: 'No recent files',
    'file.new': 'New', 'file.open': 'Open…', 'file.save': 'Save', 'file.saveAs': 'Save As…', 'file.export': 'Export Business Case…', 'file.exportWorkbook': 'Export to Excel…', 'file.close': 'Close',
    'edit.undo': 'Undo', 'edit.redo': 'Redo', 'edit.cut': 'Cut', 'edit.copy': 'Copy', 'edit.paste': 'Paste', 'edit.delete': 'Delete', 'edit.selectAll': 'Select All', 'edit.find': 'Find',
    'view.lang.en': 'English', 'view.lang.zh': '中文', 'view.months': 'Month by Month', 'view.sources': 'Sources', 'view.lab': 'Tokenizer Lab', 'view.whatIf': 'What-if Analysis', 'view.charts': 'Charts', 'view.zoomIn': 'Zoom In', 'view.zoomOut': 'Zoom Out', 'view.zoomReset': 'Actual Size', 'view.nextPane': 'Next Pane', 'view.previousPane': 'Previous Pane', 'help.about': 'About Tokencast',
    language: 'Language', quit: 'Quit',
  },
  zh: {
    file: '文件', edit: '编辑', view: '视图', help: '帮助', recent: '最近打开', none: '没有最近的文件',
    'file.new': '新建', 'file.open': '打开…', 'file.save': '保存', 'file.saveAs': '另存为…', 'file.export': '导出商业论证…', 'file.exportWorkbook': '导出为 Excel…', 'file.close': '关闭',
    'edit.undo': '撤销', 'edit.redo': '重做', 'edit.cut': '剪切', 'edit.copy': '复制', 'edit.paste': '粘贴', 'edit.delete': '删除', 'edit.selectAll': '全选', 'edit.find': '查找',
    'view.lang.en': 'English', 'view.lang.zh': '中文', 'view.months': '逐月视图', 'view.sources': '来源', 'view.lab': '分词实验室', 'view.whatIf': '假设分析', 'view.charts': '图表', 'view.zoomIn': '放大', 'view.zoomOut': '缩小', 'view.zoomReset': '实际大小', 'view.nextPane': '下一个窗格', 'view.previousPane': '上一个窗格', 'help.about': '关于 Tokencast',
    language: '语言', quit: '退出',
  },
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
  const item = (id: CommandId, accelerator?: string): MenuItemConstructorOptions => ({
    id, label: l[id], accelerator, registerAccelerator: false, click: () => actions.command(id),
  });
  const mac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = recent.length > 0
    ? recent.map((file) => ({ label: file.name, sublabel: file.path, click: () => actions.openRecent(file.path) }))
    : [{ label: l.none, enabled: false }];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        item('file.new', 'CmdOrCtrl+N'), item('file.open', 'CmdOrCtrl+O'), { label: l.recent, submenu: recentItems }, { type: 'separator' },
        item('file.save', 'CmdOrCtrl+S'), item('file.saveAs', 'CmdOrCtrl+Shift+S'), item('file.export', 'CmdOrCtrl+E'), item('file.exportWorkbook'), { type: 'separator' },
        item('file.close', 'CmdOrCtrl+W'),
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: l.quit }]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        item('edit.undo', 'CmdOrCtrl+Z'), item('edit.redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'), { type: 'separator' },
        item('edit.cut', 'CmdOrCtrl+X'), item('edit.copy', 'CmdOrCtrl+C'), item('edit.paste', 'CmdOrCtrl+V'), item('edit.delete', 'Delete'),
        item('edit.selectAll', 'CmdOrCtrl+A'), { type: 'separator' },
        item('edit.find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.language, submenu: [item('view.lang.zh'), item('view.lang.en')] }, { type: 'separator' },
        item('view.months'), item('view.sources'), item('view.lab'), item('view.whatIf'), item('view.charts'), { type: 'separator' },
        item('view.zoomIn', 'CmdOrCtrl+='), item('view.zoomOut', 'CmdOrCtrl+-'), item('view.zoomReset', 'CmdOrCtrl+0'), { type: 'separator' },
        item('view.nextPane', 'F6'), item('view.previousPane', 'Shift+F6'),
      ],
    },
    { label: l.help, submenu: [item('help.about')] },
  ];
}
