// Types queries into the search box of the English and Arabic sites in
// headless Chromium and checks the first results: codes, enhanced codes
// with and without their class, a pair, stemmed words, the search page and
// the landing page. English is opened from disk (file://), Arabic served
// over HTTP, since the site must search both ways.
//
// Usage: node tests/site/search.mjs SITE_DIR
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";

const site = resolve(process.argv[2]);
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = createServer(async (request, response) => {
  const path = join(site, decodeURIComponent(new URL(request.url, "http://x").pathname));
  try {
    const body = await readFile(path.endsWith("/") ? join(path, "index.html") : path);
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const http = `http://127.0.0.1:${server.address().port}/`;
const disk = pathToFileURL(site + "/").href;

// [site root, page, query, what the results must show]
const cases = [
  [disk, "en/index.html", "550", { first: "550.html" }],
  [disk, "en/index.html", "5.7.1", { first: "5.7.1.html" }],
  [disk, "en/index.html", "X.7.1", { firstTwo: ["4.7.1.html", "5.7.1.html"] }],
  [disk, "en/index.html", "334 451", { first: "334-vs-451.html", then: ["334.html", "451.html"] }],
  [disk, "en/index.html", "mailbox full", { first: "5.2.2.html" }],
  // "authenticating" is not on any page; its stem is.
  [disk, "en/index.html", "authenticating", { titleHas: "Authentication" }],
  [disk, "en/index.html", "qqqzzzxy", { none: true }],
  [disk, "en/search.html?q=5.7.1", null, { first: "5.7.1.html", on: "#search-page" }],
  [disk, "index.html", "451", { first: "en/451.html" }],
  [http, "ar/index.html", "550", { first: "550.html", countHas: "صفحة" }],
  [http, "ar/index.html", "5.7.1", { first: "5.7.1.html" }],
  [http, "ar/index.html", "334 451", { first: "334-vs-451.html" }],
  // A broken plural: the stemmer takes "servers" back to "server".
  [http, "ar/index.html", "خوادم", { titleHas: "خادم" }],
  [http, "ar/index.html", "صندوق البريد", { titleHas: "صندوق البريد" }],
  [http, "ar/search.html?q=X.7.1", null, { firstTwo: ["4.7.1.html", "5.7.1.html"], on: "#search-page" }],
];

const browser = await launch();
const failures = [];
for (const [root, path, query, want] of cases) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(root + path);
  const on = want.on ?? "#search-results";
  if (query !== null) await page.fill("#search-q", query);
  await page.waitForFunction((on) => document.querySelector(`${on} .search-count`), on, { timeout: 10000 })
    .catch(() => errors.push("no results shown"));
  const shown = await page.$$eval(`${on} li > a`, (links) =>
    links.map((a) => ({ href: a.getAttribute("href"), title: a.textContent })));
  const count = await page.$eval(`${on}`, (d) => d.querySelector(".search-count")?.textContent ?? "");
  const hrefs = shown.map((s) => s.href);
  const what = `${root === http ? "http" : "file"} ${path} ${JSON.stringify(query ?? "")}`;
  const fail = (why) => failures.push(`${what}: ${why}; got ${JSON.stringify(hrefs.slice(0, 4))}`);
  if (errors.length) fail(errors.join("; "));
  if (want.first && hrefs[0] !== want.first) fail(`first result is not ${want.first}`);
  if (want.then && want.then.some((h, i) => hrefs[i + 1] !== h)) fail(`then not ${want.then}`);
  if (want.firstTwo && [...hrefs.slice(0, 2)].sort().join() !== want.firstTwo.join()) {
    fail(`first two are not ${want.firstTwo}`);
  }
  if (want.titleHas && !shown[0]?.title.includes(want.titleHas)) fail(`first title lacks ${want.titleHas}`);
  if (want.countHas && !count.includes(want.countHas)) fail(`count “${count}” lacks ${want.countHas}`);
  if (want.none && hrefs.length) fail("a nonsense word found pages");
  if (!want.none && !hrefs.length) fail("nothing found");
  console.log(`${what}: ${hrefs.length} results, first ${hrefs[0] ?? "none"}`);
  await page.close();
}
await browser.close();
server.close();
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`${cases.length} searches give their expected first results`);
