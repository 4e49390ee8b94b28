// Opens a sample of the exported Arabic pages in Debian's Chromium (headless)
// and checks that every left-to-right token or Latin phrase in their
// right-to-left text reads left to right on screen: "RFC 4954", "4yz",
// "554 5.7.1 Relay access denied", "smtpd_tls_auth_only".
//
// A run is a stretch of one block's text (a paragraph, list item, heading,
// cell or link, across the elements inside it) made of Latin letters,
// digits and the punctuation that joins them in a token or phrase (. : _ -
// / @ ' ’ # = + * % & and spaces, and Fluent's isolation marks), starting
// and ending with a letter or digit. Where two isolated elements (an
// element with a dir attribute) meet across white space, as a code and its
// name do in a list, they are two runs, which a right-to-left page rightly
// sets side by side from the right; a token split between an isolate and
// its neighbour with no space between ("4" and "yz") stays one run. The
// boxes of a run's characters, from Range.getClientRects, must stand left
// to right, one after the other, on each line it occupies. A run that
// Chromium lays out backwards ("yz3", "4954 RFC", "Relay access denied
// 5.7.1 554") is reported with its page and the order it shows.
//
// To show that the check can fail, the same pages are then opened with the
// site's isolation removed (every dir attribute inside <main>, and every
// <bdi>, <samp> and <code> turned into a plain <span>): some run must read
// backwards there.
//
// Usage: node tests/site/bidi.mjs SITE_DIR
import { launch } from "./browser.mjs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

const [site] = process.argv.slice(2);
const pages = [
  "ar/index.html",
  "ar/comparisons.html",
  "ar/enhanced-codes.html",
  "ar/220.html",
  "ar/334.html",
  "ar/421.html",
  "ar/451.html",
  "ar/530.html",
  "ar/550.html",
  "ar/552.html",
  "ar/553.html",
  "ar/554.html",
  "ar/334-vs-451.html",
  "ar/454-vs-530.html",
  "ar/550-vs-553.html",
  "ar/5.7.1.html",
  "ar/4.7.1.html",
  "ar/5.1.1.html",
  "ar/5.2.2.html",
  "ar/4.2.1.html",
  "ar/5.7.26.html",
];

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });

// The runs of a page that read backwards, as { text, shown }.
async function reversed(url) {
  await page.goto(url);
  return page.evaluate(() => {
    const blocks = document.querySelectorAll(
      "main p, main li, main h1, main h2, main h3, main dt, main dd, main td, main th, nav a, header a",
    );
    const run = /[A-Za-z0-9](?:[A-Za-z0-9.:_\-\/@'’#=+*%& \u2066-\u2069]*[A-Za-z0-9])?/g;
    // The isolated element a text node is in, below the block.
    const isolate = (node, block) => {
      for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
        if (el.hasAttribute("dir") || el.localName === "bdi") return el;
      }
      return null;
    };
    const found = [];
    for (const block of blocks) {
      // A block inside another block is read with its parent's text.
      if (block.parentElement.closest("main p, main li, main dd, main td") && block.matches("p, li, dd, td")) {
        continue;
      }
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const chars = []; // [node, offset, character, isolate]
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const iso = isolate(node, block);
        for (let i = 0; i < node.data.length; i += 1) {
          chars.push([node, i, node.data[i], iso]);
        }
      }
      const text = chars.map((c) => c[2]).join("");
      const pieces = [];
      for (const match of text.matchAll(run)) {
        let start = match.index;
        const end = match.index + match[0].length;
        for (let i = start + 1; i < end; i += 1) {
          const meet = chars[i][3] !== chars[i - 1][3] && (text[i] === " " || text[i - 1] === " ");
          if (meet) {
            pieces.push([start, i]);
            start = i;
          }
        }
        pieces.push([start, end]);
      }
      for (let [from, to] of pieces) {
        // A piece starts and ends with a letter or digit, as a run does.
        while (from < to && !/[A-Za-z0-9]/.test(text[from])) from += 1;
        while (to > from && !/[A-Za-z0-9]/.test(text[to - 1])) to -= 1;
        const boxes = [];
        for (let i = from; i < to; i += 1) {
          const [node, offset, c] = chars[i];
          if (/[\s\u2066-\u2069]/.test(c)) continue;
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const box = [...range.getClientRects()].find((b) => b.width > 0);
          if (box) boxes.push({ c, left: box.left, top: box.top });
        }
        let backwards = false;
        for (let i = 1; i < boxes.length; i += 1) {
          const [a, b] = [boxes[i - 1], boxes[i]];
          if (Math.abs(a.top - b.top) < 3 && b.left < a.left - 0.5) backwards = true;
        }
        if (backwards) {
          const shown = [...boxes]
            .sort((a, b) => (Math.abs(a.top - b.top) < 3 ? a.left - b.left : a.top - b.top))
            .map((b) => b.c)
            .join("");
          found.push({ text: text.slice(from, to).trim(), shown });
        }
      }
    }
    return found;
  });
}

let failures = 0;
let runs = 0;
for (const path of pages) {
  const bad = await reversed(pathToFileURL(join(site, path)).href);
  runs += 1;
  for (const { text, shown } of bad) {
    console.log(`FAIL ${path}: “${text}” reads backwards, shown as “${shown}”`);
    failures += 1;
  }
}
console.log(`${pages.length} Arabic pages: ${failures} reversed tokens`);

// The same pages without the isolation must fail, or a clean result would
// prove nothing.
const bare = mkdtempSync(join(tmpdir(), "bidi-"));
let unfixed = 0;
for (const path of pages) {
  const html = readFileSync(join(site, path), "utf8");
  const [head, main = "", tail = ""] = html.split(/(<main[\s\S]*<\/main>)/);
  const stripped = main
    .replace(/<(bdi|samp|code)\b[^>]*>/g, "<span>")
    .replace(/<\/(bdi|samp|code)>/g, "</span>")
    .replace(/ dir="(ltr|rtl|auto)"/g, "");
  const file = join(bare, path.replace("/", "-"));
  writeFileSync(file, head.replace(/href="(?!https?:|#)/g, `href="${pathToFileURL(join(site, "ar")).href}/`) + stripped + tail);
  unfixed += (await reversed(pathToFileURL(file).href)).length;
}
rmSync(bare, { recursive: true, force: true });
console.log(`the same pages without isolation: ${unfixed} reversed tokens`);
await browser.close();
if (unfixed === 0) {
  console.log("FAIL the check finds nothing on pages without isolation, so it proves nothing");
  process.exit(1);
}
process.exit(failures === 0 ? 0 : 1);
