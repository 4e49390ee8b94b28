// Opens the pseudo-locales' pages of an exported site in Debian's Chromium
// (headless) and checks what they exist to show:
//
// - en-XA: every word of every page comes from a message. A message's text
//   is between brackets, so a word outside every pair of brackets of its
//   block (a paragraph, item, heading, cell, link, label or button) is
//   written in a template or in code and no translator can reach it. The
//   words of CLDR's list patterns ("and", "or"), of literals (<code>,
//   <samp>, text marked with another lang, such as the language menu's
//   names), of codes and notations (2yz), and the names a template takes
//   from the data (a vendor's in a <bdi>, a document's as its link's text)
//   are not the page's to translate.
// - en-XA: no sentence is glued from two messages: a message that ends in a
//   letter is not followed, across spaces only, by one that begins in a
//   lowercase letter ("…ẇħeeƞ] [ŧħee şeeřṽeeř…").
// - en-XA: the text, a third longer than English, fits a 360-pixel-wide
//   screen: no page scrolls sideways.
// - ar-XB: every page is laid out right to left, its title set against the
//   right edge.
//
// To show that the checks can fail, a page is then opened with a word
// written into its template, and one with two messages glued.
//
// Usage: node tests/site/pseudo.mjs SITE_DIR
import { launch } from "./browser.mjs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const [site] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
let failures = 0;
function expect(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures += 1;
}

// What a page shows that is not from a message, and where messages glue.
function probe() {
  const blocks = "p, li, h1, h2, h3, h4, dt, dd, td, th, a, button, label, summary, caption, figcaption, title";
  const foreign = (el) => {
    const marked = el.closest("[lang]");
    return el.closest("code, samp, script, style") !== null
      || (marked !== null && marked.getAttribute("lang") !== "en-XA");
  };
  // The text of a block that is its own: not in a nested block, a literal
  // or another language.
  const own = (block) => {
    let text = "";
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          text += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          // A value the template places (a vendor's name in a <bdi>, a
          // document's name as the text of its link) is data.
          const data = (child.matches("bdi") && !child.textContent.includes("["))
            || child.matches('a[href^="http"]');
          if (child.matches(blocks) || foreign(child) || data) {
            text += " ";
          } else {
            walk(child);
          }
        }
      }
    };
    walk(block);
    return text;
  };
  const unbracketed = [];
  const glued = [];
  // Brackets are counted over the whole page, in order: the site may
  // set one message in several blocks (the steps of a fix are one).
  let depth = 0;
  for (const block of document.querySelectorAll(blocks)) {
    if (foreign(block) || block.matches('a[href^="http"]')) continue;
    const text = own(block);
    let outside = "";
    for (const c of text) {
      if (c === "[") depth += 1;
      else if (c === "]") depth = Math.max(0, depth - 1);
      else if (depth === 0) outside += c;
      else outside += " ";
    }
    // A token with a digit is a code or a notation (2yz, X.7.1).
    for (const word of outside.match(/[\p{L}\p{N}][\p{L}\p{N}._-]*/gu) ?? []) {
      if (/\p{L}{2,}/u.test(word) && !/\p{N}/u.test(word) && !["and", "or"].includes(word)) unbracketed.push(`${word} in “${text.trim().slice(0, 80)}”`);
    }
    for (const m of text.matchAll(/\p{L}\]+\s*\[+\p{Ll}/gu)) {
      glued.push(`“${text.slice(Math.max(0, m.index - 30), m.index + 30).trim()}”`);
    }
  }
  for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
    for (const name of ["aria-label", "title", "alt", "placeholder"]) {
      const value = el.getAttribute(name);
      if (value && !foreign(el) && /\p{L}/u.test(value) && !value.startsWith("[")) {
        unbracketed.push(`${name}="${value}"`);
      }
    }
  }
  return {
    unbracketed,
    glued,
    scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  };
}

async function open(path) {
  await page.goto(pathToFileURL(path).href);
  return page.evaluate(probe);
}

// Every page but the comparisons, of which every tenth: they are made
// from the same messages.
const pages = readdirSync(join(site, "en-XA"))
  .filter((f) => f.endsWith(".html"))
  .filter((f, i) => !f.includes("-vs-") || i % 10 === 0);
const unbracketed = new Map();
const glued = [];
const scrolling = [];
for (const name of pages) {
  const found = await open(join(site, "en-XA", name));
  for (const word of found.unbracketed) unbracketed.set(word, name);
  glued.push(...found.glued.map((g) => `${name}: ${g}`));
  if (found.scrolls) scrolling.push(name);
}
expect(unbracketed.size === 0,
  `en-XA: ${pages.length} pages, every word from a message`
  + [...unbracketed].slice(0, 10).map(([w, p]) => `\n     ${p}: ${w}`).join(""));
expect(glued.length === 0,
  `en-XA: no sentence glued from two messages` + glued.slice(0, 10).map((g) => `\n     ${g}`).join(""));
expect(scrolling.length === 0,
  `en-XA: no page wider than a 360-pixel screen` + scrolling.slice(0, 10).map((p) => `\n     ${p}`).join(""));

const rtl = [];
for (const name of pages) {
  await page.goto(pathToFileURL(join(site, "ar-XB", name)).href);
  const ok = await page.evaluate(() => {
    const h1 = document.querySelector("h1");
    const range = document.createRange();
    range.selectNodeContents(h1);
    const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
    const main = document.querySelector("main").getBoundingClientRect();
    return getComputedStyle(document.documentElement).direction === "rtl"
      && Math.max(...boxes.map((box) => box.right)) > main.right - 2;
  });
  if (!ok) rtl.push(name);
}
expect(rtl.length === 0, `ar-XB: every page right to left, its title against the right edge`
  + rtl.slice(0, 10).map((p) => `\n     ${p}`).join(""));

// The checks fail where they should.
const original = readFileSync(join(site, "en-XA", "451.html"), "utf8");
const broken = join(site, "en-XA", "broken-by-the-check.html");
writeFileSync(broken, original.replace("<h1>", "<h1>Reply code ").replace("</h1>", "[ŧħee ŀaaşŧ ẇoořḓ]</h1>"));
const found = await open(broken);
expect(found.unbracketed.some((w) => w.startsWith("Reply ")),
  "a word written into a template is reported");
expect(found.glued.length > 0, "two messages glued into one sentence are reported");
await import("node:fs").then((fs) => fs.rmSync(broken));

await browser.close();
process.exit(failures === 0 ? 0 : 1);
