// Opens exported pages in Debian's Chromium (headless) and checks that an
// Arabic comparison renders right to left with its codes isolated left to
// right, that the English parts of an Arabic code page (its literals) run
// left to right, and that an English page renders left to right. Writes a
// screenshot of each page.
//
// Usage: node tests/site/rtl.mjs SITE_DIR SCREENSHOT_DIR
import { launch } from "./browser.mjs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [site, shots] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
let failures = 0;
function expect(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures += 1;
}

async function probe(path) {
  await page.goto(pathToFileURL(join(site, path)).href);
  return page.evaluate(() => {
    const style = (el) => getComputedStyle(el);
    const h1 = document.querySelector("h1");
    const main = document.querySelector("main").getBoundingClientRect();
    // Where the heading's text sits within <main>: the union of its boxes.
    const range = document.createRange();
    range.selectNodeContents(h1);
    const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
    const text = {
      left: Math.min(...boxes.map((box) => box.left)),
      right: Math.max(...boxes.map((box) => box.right)),
    };
    const codes = [...document.querySelectorAll("h2 bdi")].map((el) => style(el).direction);
    const english = [...document.querySelectorAll('[lang="en"]')]
      .filter((el) => !el.closest("nav"))
      .map((el) => style(el).direction);
    return {
      direction: style(document.documentElement).direction,
      textStartsRight: text.right > main.right - 2 && text.left > main.left + 2,
      textStartsLeft: text.left < main.left + 2 && text.right < main.right - 2,
      codes,
      english,
    };
  });
}

const ar = await probe("ar/334-vs-451.html");
expect(ar.direction === "rtl", `ar comparison: computed direction is rtl (${ar.direction})`);
expect(ar.textStartsRight, "ar comparison: the title is set against the right edge");
expect(ar.codes.length === 2 && ar.codes.every((d) => d === "ltr"), `ar comparison: codes isolated ltr (${ar.codes})`);
await page.screenshot({ path: join(shots, "site-ar.png") });

// Its English parts: the literals (server replies, commands, codes).
const literals = await probe("ar/550.html");
expect(literals.english.length > 0 && literals.english.every((d) => d === "ltr"),
  `ar code page: ${literals.english.length} English parts, all ltr`);

const en = await probe("en/334-vs-451.html");
expect(en.direction === "ltr", `en comparison: computed direction is ltr (${en.direction})`);
expect(en.textStartsLeft, "en comparison: the title is set against the left edge");
await page.screenshot({ path: join(shots, "site-en.png") });

await browser.close();
if (failures > 0) {
  console.error(`${failures} browser check(s) failed`);
  process.exit(1);
}
