import { acceleratorOn, ariaKeyShortcut, shortcutText, type Accelerator, type KeyPlatform, type Shortcut } from './accelerators';
import type { Lang } from './lang';

/**
 * Every command of the app, declared once: its id, its label in each UI
 * language and its shortcut. The native menu, the toolbar and the
 * renderer's key map all read this list, so a label or a key cannot say one
 * thing in the menu and another on a button. Labels are in Title Case, the
 * menu convention of macOS and Windows, and buttons show the same words.
 */

/**
 * Who answers a command's shortcut inside the window. The native menu only
 * shows shortcuts (so that a key typed in a text field can stay the
 * field's); one of these renderer paths runs them:
 * - `app`: the renderer's key map, wherever the focus is (Save works from a text field);
 * - `app-outside-fields`: the key map, except in a text field, whose own undo, delete or select all keeps the key;
 * - `clipboard-events`: the browser's copy, cut and paste events, which reach the system clipboard and work in text fields alike;
 * - `menu`: none; the key map has never run it and leaves the key alone.
 */
export type KeyHandler = 'app' | 'app-outside-fields' | 'clipboard-events' | 'menu';

/** One command: what every surface that offers it needs to know. */
export interface CommandDescriptor {
  /** The id the menu sends over IPC and the dispatcher runs. */
  readonly id: string;
  /** What the menu item and the toolbar button say, in each UI language. */
  readonly label: Readonly<Record<Lang, string>>;
  /** The shortcut the menu shows, which the window also answers. */
  readonly shortcut?: Shortcut;
  /** Keys the window answers as well, not shown in the menu (Backspace deletes as Delete does). */
  readonly moreKeys?: readonly Accelerator[];
  /** Who answers the shortcut in the window; `app` when absent. */
  readonly keyHandler?: KeyHandler;
}

/** Every command, in the order of the menus. */
export const COMMANDS = [
  { id: 'file.new', label: { en: 'New', zh: '新建' }, shortcut: 'CmdOrCtrl+N' },
  { id: 'file.open', label: { en: 'Open…', zh: '打开…' }, shortcut: 'CmdOrCtrl+O' },
  { id: 'file.save', label: { en: 'Save', zh: '保存' }, shortcut: 'CmdOrCtrl+S' },
  { id: 'file.saveAs', label: { en: 'Save As…', zh: '另存为…' }, shortcut: 'CmdOrCtrl+Shift+S' },
  { id: 'file.export', label: { en: 'Export Business Case…', zh: '导出商业论证…' }, shortcut: 'CmdOrCtrl+E' },
  { id: 'file.exportWorkbook', label: { en: 'Export to Excel…', zh: '导出为 Excel…' } },
  { id: 'file.close', label: { en: 'Close', zh: '关闭' }, shortcut: 'CmdOrCtrl+W', keyHandler: 'menu' },
  { id: 'edit.undo', label: { en: 'Undo', zh: '撤销' }, shortcut: 'CmdOrCtrl+Z', keyHandler: 'app-outside-fields' },
  {
    id: 'edit.redo',
    label: { en: 'Redo', zh: '重做' },
    // Each platform's own redo in the menu; the window takes the other one too, and Cmd+Y or Ctrl+Y on a Mac.
    shortcut: { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' },
    moreKeys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y', 'Ctrl+Y'],
    keyHandler: 'app-outside-fields',
  },
  { id: 'edit.cut', label: { en: 'Cut', zh: '剪切' }, shortcut: 'CmdOrCtrl+X', keyHandler: 'clipboard-events' },
  { id: 'edit.copy', label: { en: 'Copy', zh: '复制' }, shortcut: 'CmdOrCtrl+C', keyHandler: 'clipboard-events' },
  { id: 'edit.paste', label: { en: 'Paste', zh: '粘贴' }, shortcut: 'CmdOrCtrl+V', keyHandler: 'clipboard-events' },
  // Backspace too: it is the key labelled delete on a Mac.
  { id: 'edit.delete', label: { en: 'Delete', zh: '删除' }, shortcut: 'Delete', moreKeys: ['Backspace'], keyHandler: 'app-outside-fields' },
  { id: 'edit.selectAll', label: { en: 'Select All', zh: '全选' }, shortcut: 'CmdOrCtrl+A', keyHandler: 'app-outside-fields' },
  // Find works from a text field as well: it moves the keyboard to the Name Box.
  { id: 'edit.find', label: { en: 'Find', zh: '查找' }, shortcut: 'CmdOrCtrl+F' },
  // A language is named in itself, whatever the UI speaks.
  { id: 'view.lang.en', label: { en: 'English', zh: 'English' } },
  { id: 'view.lang.zh', label: { en: '中文', zh: '中文' } },
  { id: 'view.months', label: { en: 'Month by Month', zh: '逐月视图' } },
  { id: 'view.sources', label: { en: 'Sources', zh: '来源' } },
  { id: 'view.lab', label: { en: 'Tokenizer Lab', zh: '分词实验室' } },
  { id: 'view.whatIf', label: { en: 'What-If Analysis', zh: '假设分析' } },
  { id: 'view.charts', label: { en: 'Charts', zh: '图表' } },
  { id: 'view.zoomIn', label: { en: 'Zoom In', zh: '放大' }, shortcut: 'CmdOrCtrl+=' },
  { id: 'view.zoomOut', label: { en: 'Zoom Out', zh: '缩小' }, shortcut: 'CmdOrCtrl+-' },
  { id: 'view.zoomReset', label: { en: 'Actual Size', zh: '实际大小' }, shortcut: 'CmdOrCtrl+0' },
  { id: 'view.nextPane', label: { en: 'Next Pane', zh: '下一个窗格' }, shortcut: 'F6' },
  { id: 'view.previousPane', label: { en: 'Previous Pane', zh: '上一个窗格' }, shortcut: 'Shift+F6' },
  { id: 'help.about', label: { en: 'About Tokencast', zh: '关于 Tokencast' } },
] as const satisfies readonly CommandDescriptor[];

/** A command id: one of {@link COMMANDS}. */
export type CommandId = (typeof COMMANDS)[number]['id'];

/** Every command id, in the order of {@link COMMANDS}: what the IPC contract accepts from the menu. */
export const commandIds: readonly CommandId[] = COMMANDS.map((command) => command.id);

const byId: ReadonlyMap<CommandId, CommandDescriptor> = new Map(COMMANDS.map((command) => [command.id, command]));

function commandDescriptor(id: CommandId): CommandDescriptor {
  return byId.get(id)!;
}

/** What a command is called in a UI language. */
export function commandLabel(id: CommandId, lang: Lang): string {
  return commandDescriptor(id).label[lang];
}

/** The accelerator the menu shows for a command on a platform, if it has one. */
export function menuAccelerator(id: CommandId, platform: KeyPlatform): Accelerator | undefined {
  const { shortcut } = commandDescriptor(id);
  return shortcut === undefined ? undefined : acceleratorOn(shortcut, platform);
}

/**
 * What a command's button says about its shortcut on a platform: its label
 * with the shortcut as the menu writes it, for the tooltip ("Undo (Ctrl+Z)"),
 * and the shortcut for `aria-keyshortcuts`; a command without a shortcut has no hint.
 */
export function commandHint(id: CommandId, lang: Lang, platform: KeyPlatform): { title?: string; ariaKeyShortcuts?: string } {
  const accelerator = menuAccelerator(id, platform);
  if (accelerator === undefined) return {};
  return { title: `${commandLabel(id, lang)} (${shortcutText(accelerator, platform)})`, ariaKeyShortcuts: ariaKeyShortcut(accelerator, platform) };
}

/** Every key of a command on a platform: the shortcut the menu shows, then the further keys. */
export function commandKeys(command: CommandDescriptor, platform: KeyPlatform): Accelerator[] {
  return [...(command.shortcut === undefined ? [] : [acceleratorOn(command.shortcut, platform)]), ...(command.moreKeys ?? [])];
}
