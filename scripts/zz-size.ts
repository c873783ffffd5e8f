import { launchBrowser, openPage, waitForFirstIdle } from './bench/browser.ts';
import { writeScaledSite } from './bench/scale.ts';
import { serveStatic } from './bench/server.ts';

for (const f of [1, 10, 100]) {
  const dir = f === 1 ? '/work/main/dist' : `/tmp/scaled${f}`;
  if (f > 1) writeScaledSite('/work/main/dist', dir, f);
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  for (const vp of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    const opened = await openPage(browser, `${server.origin}/?bench`);
    await opened.page.setViewportSize(vp);
    await waitForFirstIdle(opened, 'x');
    const m = await opened.page.locator('#map').boundingBox();
    const t = await opened.page.locator('#timeline').boundingBox();
    console.log(f, vp.width, vp.height, 'map', m?.height.toFixed(0), 'timeline', t?.height.toFixed(0));
    await opened.context.close();
  }
  await browser.close();
  await server.close();
}
