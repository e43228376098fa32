import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Debian's chromium, installed by .ci/run; playwright-core never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each launch gets a fresh temporary profile, so no service worker or IndexedDB survives between runs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Content-Security-Policy violations reported in any page of a context made here, for the test file to assert on. */
export const cspViolations: string[] = [];

/** Chromium reports every violation to the page's console; the event also catches one a page would swallow. */
async function watchingPolicy(context: BrowserContext): Promise<BrowserContext> {
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${message.location().url}: ${message.text()}`);
  });
  await context.addInitScript(
    "document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`))",
  );
  return context;
}

/** A phone: 360×740 CSS px, touch, Chinese, as the cheap Android phones workers use. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return watchingPolicy(
    await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      serviceWorkers: 'allow',
    }),
  );
}

/** A desktop at 1366×768, the most common office screen, for the staff console. */
export async function desktopContext(browser: Browser): Promise<BrowserContext> {
  // reduced motion: screenshots and axe see settled screens, not a dialog half faded in
  return watchingPolicy(
    await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
      reducedMotion: 'reduce',
    }),
  );
}

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../docs/screenshots');

export async function screenshot(page: Page, name: string, showing?: Locator): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // what the phone shows: the viewport from the top of the screen, or scrolled to the part the screen is about
  if (showing) await showing.scrollIntoViewIfNeeded();
  else await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

export interface AxeFinding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A/AA rules). */
export async function seriousViolations(page: Page, screen: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      id: violation.id,
      impact: violation.impact!,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/**
 * Interactive elements smaller than 44×44 CSS px (WCAG 2.5.5), by their text. A native radio or checkbox counts by
 * the label row it sits in, which is what the finger hits.
 */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const targets = [...document.querySelectorAll('button, a[href], [role=button], [role=switch], [role=tab], input:not([type=file]), textarea, label.choice')]
      .filter((element) => !(element.matches('input[type=radio], input[type=checkbox]') && element.closest('label')))
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden');
    return targets
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => Math.round(box.height) < 44 || Math.round(box.width) < 44)
      .map(({ element, box }) => (element.textContent || element.getAttribute('aria-label') || element.tagName).trim().slice(0, 30) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
  })()`);
}

/** A real camera-sized JPEG of a hospital bill, drawn by the browser, so the phone's compression has work to do. */
export async function billPhoto(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const base64 = await page.evaluate(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const g = canvas.getContext('2d');
    for (let y = 0; y < 2000; y += 8) {
      g.fillStyle = 'hsl(' + (y % 360) + ', 20%, ' + (85 + (y % 10)) + '%)';
      g.fillRect(0, y, 3000, 8);
    }
    g.fillStyle = '#222';
    g.font = '120px sans-serif';
    g.fillText('住院医疗费用票据  ¥28,460.00', 200, 1000);
    return canvas.toDataURL('image/jpeg', 0.95).split(',')[1];
  })()`);
  return { name: 'bill.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64 as string, 'base64') };
}

/** Screenshot, axe-core findings and (for touch screens) small targets, gathered screen by screen for one test. */
export function screenChecks(prefix: string, options: { touchTargets?: boolean } = {}) {
  const findings: AxeFinding[] = [];
  const smallTargets: string[] = [];
  return {
    findings,
    smallTargets,
    reset() {
      findings.length = 0;
      smallTargets.length = 0;
    },
    async capture(page: Page, name: string, showing?: Locator) {
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${prefix}-${name}`, showing);
      findings.push(...(await seriousViolations(page, name)));
      if (options.touchTargets) smallTargets.push(...(await smallTouchTargets(page)).map((target) => `${name}: ${target}`));
    },
  };
}
