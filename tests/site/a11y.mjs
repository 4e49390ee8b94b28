// Runs axe-core in headless Chromium on a sample of pages of every locale,
// in the light and the dark colour scheme, with the WCAG A, AA and AAA rules
// and axe's best practices; enhanced contrast (7:1) included. Any violation
// fails. First, a page whose links are made pale must fail the AAA contrast
// rule, or a clean result would prove nothing: #6e6e6e on white is 5.1:1,
// enough for AA (4.5:1), not for AAA.
//
// A site exported with --base-url BASE is audited as published: what its
// pages ask of BASE (the 404 pages' <base>) is answered from SITE_DIR.
//
// Usage: node tests/site/a11y.mjs SITE_DIR [BASE]
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";

const site = resolve(process.argv[2]);
const base = process.argv[3];
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const options = {
  runOnly: {
    type: "tag",
    values: ["wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
  },
  rules: { "color-contrast-enhanced": { enabled: true } },
  resultTypes: ["violations"],
};

// Every kind of page, in every locale the site has.
const kinds = [
  "index.html", "550.html", "334-vs-451.html", "5.7.1.html", "comparisons.html",
  "enhanced-codes.html", "search.html", "404.html",
];
const locales = (await readdir(site, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && entry.name !== "static")
  .map((entry) => entry.name)
  .sort();
const pages = ["index.html", "404.html", ...locales.flatMap((locale) => kinds.map((kind) => `${locale}/${kind}`))];

const browser = await launch();

async function audit(context, path, prepare) {
  const page = await context.newPage();
  if (base) {
    await page.route(`${base}**`, async (route) =>
      route.fulfill({ path: join(site, route.request().url().slice(base.length).split(/[?#]/)[0]) }));
  }
  await page.goto(pathToFileURL(join(site, path)).href);
  if (prepare) await page.addStyleTag({ content: prepare });
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate((options) => window.axe.run(document, options).then((r) => r.violations), options);
  await page.close();
  return violations;
}

let failed = 0;
const light = await browser.newContext({ colorScheme: "light" });
const pale = await audit(light, "en/550.html", "a { color: #6e6e6e !important; }");
if (!pale.some((v) => v.id === "color-contrast-enhanced")) {
  console.error("axe does not report pale links (color-contrast-enhanced)");
  failed++;
}

for (const scheme of ["light", "dark"]) {
  const context = await browser.newContext({ colorScheme: scheme });
  for (const path of pages) {
    const violations = await audit(context, path);
    for (const v of violations) {
      failed++;
      console.error(`${path} (${scheme}): ${v.id} (${v.impact}): ${v.help}`);
      for (const node of v.nodes.slice(0, 3)) {
        console.error(`  ${node.target.join(" ")}: ${node.failureSummary.split("\n").slice(1).join(" ").trim()}`);
      }
    }
  }
  await context.close();
}
await browser.close();
if (failed) {
  console.error(`${failed} violations`);
  process.exit(1);
}
console.log(`${pages.length} pages x light and dark: 0 violations (WCAG A to AAA and best practices)`);
