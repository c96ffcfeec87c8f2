// Reaching controls as a keyboard user does: Tab until the control has focus.

/** Presses Tab until the element is focused (fails after `limit` presses). */
export async function tabTo(page, locator, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${locator} with the Tab key`);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page, locator, limit = 80) {
  await tabTo(page, locator, limit);
  await page.keyboard.press('Enter');
}
