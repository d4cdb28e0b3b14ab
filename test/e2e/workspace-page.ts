import type { Browser, Locator, Page } from 'playwright-core';
import { createScenarioEngine, loadScenario } from '../../models/scenario';
import { referenceTemplate } from '../../models/templates';

/** The engine's answer for the template with some cells changed: what the UI must show. */
export function expected(ref: string, edits: Record<string, number | string> = {}): string {
  const loaded = loadScenario(referenceTemplate.text);
  if (!loaded.ok) throw new Error(loaded.errors[0]);
  const engine = createScenarioEngine(loaded.file.scenario);
  for (const [cell, input] of Object.entries(edits)) engine.set(cell, input);
  return String(engine.get(ref));
}

/** A key figure by reference. */
export const kpi = (page: Page, ref: string): Locator => page.locator(`[data-kpi="${ref}"]`);

/** A drawn value cell by reference. */
export const cell = (page: Page, ref: string): Locator => page.locator(`[data-ref="${ref}"]`);

/** Opens the workspace in a new page and waits for the key figures. */
export async function openWorkspace(browser: Browser, url: string, viewport = { width: 1440, height: 900 }, deviceScaleFactor = 1): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor, acceptDownloads: true });
  await page.goto(url);
  await kpi(page, 'out.tco').waitFor();
  return page;
}

/** Types a reference into the Name Box and presses Enter. */
export async function goTo(page: Page, ref: string): Promise<void> {
  const box = page.getByLabel('Cell reference');
  await box.click();
  await box.fill(ref);
  await box.press('Enter');
}

/** Types into the formula bar and presses Enter. */
export async function typeFormula(page: Page, text: string): Promise<void> {
  const bar = page.getByLabel('Formula');
  await bar.click();
  await bar.fill(text);
  await bar.press('Enter');
}

/** Drops a file on the window, as a user dragging it from the desktop. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { name, text });
}

/** Pastes text as the system clipboard would (a paste event with text/plain). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

/** Runs a clipboard event (copy or cut) and returns the text the page put on the clipboard. */
export async function clipboardEvent(page: Page, type: 'copy' | 'cut'): Promise<string> {
  return page.evaluate((type) => {
    const data = new DataTransfer();
    document.dispatchEvent(new ClipboardEvent(type, { clipboardData: data, bubbles: true }));
    return data.getData('text/plain');
  }, type);
}

/** True when the element's centre is inside the window and inside every scrolling box around it: the user sees it. */
export async function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (!/(auto|scroll|hidden)/.test(style.overflow + style.overflowX + style.overflowY)) continue;
      const frame = parent.getBoundingClientRect();
      if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return false;
    }
    return true;
  });
}
