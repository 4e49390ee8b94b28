// Checks what a published site tells search engines and link previews, in
// headless Chromium: a site exported with --base-url BASE and
// --edit-url-template EDIT, with SOURCE_DATE_EPOCH set to DAY's midnight,
// from a copy of the locales in which LANG lacks the translation of the
// description of code 550.
//
// - Every sampled page of every locale: a canonical link to its own
//   address; absolute hreflang alternates, itself and x-default among
//   them, for the locales the page is whole in; og:title, og:description,
//   og:url (the canonical address), og:locale and one og:locale:alternate
//   per other whole locale; the footer's version and DAY; a working edit
//   link.
// - LANG/550.html: the notice, with the share translated (0 to 99 %) and a
//   link to the English page; no alternates, and no other page's alternates
//   point to it, nor does the sitemap.
// - The sitemap index: one sitemap per locale, each address under BASE,
//   with xhtml:link alternates; robots.txt points to the index.
// - The 404 pages, served for a missing address deep in the site: their
//   links resolve to pages that exist.
//
// Usage: node tests/site/meta.mjs SITE_DIR BASE EDIT DAY LANG
import { createServer } from "node:http";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";

const [siteArg, base, edit, day, partial] = process.argv.slice(2);
const site = resolve(siteArg);
const locales = readdirSync(site, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== "static")
  .map((e) => e.name)
  .sort();
const kinds = ["index.html", "550.html", "334-vs-451.html", "5.7.1.html", "comparisons.html", "enhanced-codes.html"];
const problems = [];
const fail = (message) => problems.push(message);
const browser = await launch();
const page = await browser.newPage();

// The head and footer of a page, read from its DOM.
async function read(path) {
  await page.goto(pathToFileURL(join(site, path)).href);
  return page.evaluate(() => {
    const meta = (p) => document.querySelector(`meta[property="${p}"]`)?.content ?? null;
    return {
      lang: document.documentElement.lang,
      canonical: document.querySelector('link[rel="canonical"]')?.href ?? null,
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.getAttribute("href")]),
      title: meta("og:title"),
      description: meta("og:description"),
      url: meta("og:url"),
      locale: meta("og:locale"),
      localeAlternates: [...document.querySelectorAll('meta[property="og:locale:alternate"]')].map((m) => m.content),
      footer: document.querySelector("footer")?.textContent ?? "",
      edit: document.querySelector("footer a")?.getAttribute("href") ?? null,
      notice: document.querySelector(".page-notice")?.textContent ?? null,
      english: document.querySelector(".page-notice a")?.getAttribute("href") ?? null,
    };
  });
}

const version = JSON.parse(readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = ("[^"]+")/m)[1]);
for (const locale of locales) {
  for (const kind of kinds) {
    const path = `${locale}/${kind}`;
    const m = await read(path);
    const own = base + path;
    if (m.canonical !== own) fail(`${path}: canonical ${m.canonical}, not ${own}`);
    if (m.url !== own) fail(`${path}: og:url ${m.url}, not ${own}`);
    if (!m.title || !m.description) fail(`${path}: no og:title or og:description`);
    if (!m.locale || !m.locale.toLowerCase().startsWith(locale.slice(0, 2))) fail(`${path}: og:locale ${m.locale}`);
    if (!m.footer.includes(version) || !m.footer.includes(day)) fail(`${path}: footer "${m.footer.trim()}" lacks ${version} or ${day}`);
    // A code's text is in codes.ftl, an enhanced code's in enhanced.ftl; a
    // comparison's sentences and the indexes are ui.ftl's.
    const file = /^\d{3}\.html$/.test(kind) ? "codes.ftl"
      : /^(\d\.\d+\.\d+|enhanced-codes)\.html$/.test(kind) ? "enhanced.ftl" : "ui.ftl";
    const wantEdit = edit.replace("{lang}", locale).replace("{file}", file);
    if (m.edit !== wantEdit) fail(`${path}: edit link ${m.edit}, not ${wantEdit}`);
    for (const [lang, href] of m.alternates) {
      if (!href.startsWith(base)) fail(`${path}: alternate ${lang} ${href} is not absolute`);
      if (lang === partial && kind === "550.html") fail(`${path}: advertises ${partial}'s partly English 550`);
    }
    const langs = m.alternates.map(([lang]) => lang);
    if (locale === partial && kind === "550.html") {
      if (m.alternates.length) fail(`${path}: a page with English parts has alternates`);
      if (m.localeAlternates.length) fail(`${path}: a page with English parts has og:locale:alternate`);
      const percent = m.notice?.match(/(\d+)/)?.[1];
      if (percent === undefined || Number(percent) > 99) fail(`${path}: notice "${m.notice}" gives no share under 100`);
      if (m.english !== "../en/550.html") fail(`${path}: the notice links to ${m.english}`);
      continue;
    }
    if (m.notice) fail(`${path}: a whole page has a notice: ${m.notice}`);
    const whole = kind === "550.html" ? locales.filter((l) => l !== partial) : locales;
    if (JSON.stringify(langs.filter((l) => l !== "x-default").sort()) !== JSON.stringify(whole)) {
      fail(`${path}: alternates ${langs.join(" ")}, not ${whole.join(" ")} and x-default`);
    }
    if (!langs.includes("x-default") || !langs.includes(locale)) fail(`${path}: no x-default or no self alternate`);
    if (m.localeAlternates.length !== whole.length - 1) fail(`${path}: ${m.localeAlternates.length} og:locale:alternate`);
  }
}

// Sitemaps, parsed as XML.
async function xml(path) {
  const text = readFileSync(join(site, path), "utf8");
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
    const ns = "http://www.w3.org/1999/xhtml";
    return {
      root: doc.documentElement.localName,
      locs: [...doc.getElementsByTagName("loc")].map((l) => l.textContent),
      alternates: [...doc.getElementsByTagNameNS(ns, "link")].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
    };
  }, text);
}
const index = await xml("sitemap.xml");
if (index.error || index.root !== "sitemapindex") fail(`sitemap.xml: not a sitemap index ${index.error ?? index.root}`);
const wantSitemaps = locales.map((l) => `${base}sitemap-${l}.xml`).sort();
if (JSON.stringify([...index.locs].sort()) !== JSON.stringify(wantSitemaps)) fail(`sitemap.xml lists ${index.locs.join(" ")}`);
let urls = 0;
for (const locale of locales) {
  const map = await xml(`sitemap-${locale}.xml`);
  if (map.error || map.root !== "urlset") fail(`sitemap-${locale}.xml: ${map.error ?? map.root}`);
  urls += map.locs.length;
  if (!map.locs.includes(`${base}${locale}/550.html`)) fail(`sitemap-${locale}.xml lacks its 550`);
  if (!map.alternates.length) fail(`sitemap-${locale}.xml has no xhtml:link alternates`);
  for (const loc of map.locs) if (!loc.startsWith(base) || !existsSync(join(site, loc.slice(base.length)))) fail(`sitemap-${locale}.xml: ${loc}`);
  for (const [lang, href] of map.alternates) {
    if (!href.startsWith(base)) fail(`sitemap-${locale}.xml: alternate ${href}`);
    if (lang === partial && href === `${base}${partial}/550.html`) fail(`sitemap-${locale}.xml advertises ${partial}/550.html`);
  }
}
const robots = readFileSync(join(site, "robots.txt"), "utf8");
if (!robots.split("\n").includes(`Sitemap: ${base}sitemap.xml`)) fail(`robots.txt: ${robots}`);

// The 404 pages, as a static host serves them: for any missing address,
// the root's, or the locale's under a locale's folder.
const prefix = new URL(base).pathname;
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  const inSite = path.startsWith(prefix) ? path.slice(prefix.length) : null;
  const file = inSite === null ? null : join(site, inSite || "index.html");
  if (file && existsSync(file) && !file.endsWith("/")) {
    response.writeHead(200);
    response.end(readFileSync(file));
    return;
  }
  const locale = locales.find((l) => inSite?.startsWith(`${l}/`));
  response.writeHead(404, { "content-type": "text/html" });
  response.end(readFileSync(join(site, locale ? `${locale}/404.html` : "404.html")));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;
// The pages are dated for BASE; served here, their <base> is rewritten to
// this server's address of the same folder.
await page.route("**/*", async (route) => {
  const response = await route.fetch();
  const type = response.headers()["content-type"] ?? "";
  if (!type.startsWith("text/html")) return route.fulfill({ response });
  const body = (await response.text()).replaceAll(base, `${origin}${prefix}`);
  return route.fulfill({ response, body });
});
let notFound = 0;
for (const missing of ["no/such/page.html", ...locales.map((l) => `${l}/deep/no-such-page.html`)]) {
  const response = await page.goto(`${origin}${prefix}${missing}`);
  if (response.status() !== 404) fail(`${missing}: status ${response.status()}`);
  const links = await page.evaluate(() => [...document.querySelectorAll("main a, header a.home")].map((a) => a.href));
  if (!links.length) fail(`${missing}: the 404 page has no links`);
  for (const link of links) {
    const check = await page.request.get(link);
    if (check.status() !== 200) fail(`${missing}: link ${link} gives ${check.status()}`);
  }
  notFound++;
}
server.close();
await browser.close();

if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`${problems.length} problems`);
  process.exit(1);
}
console.log(`${locales.length * kinds.length} pages: canonical, alternates, Open Graph, footer and edit link right; ` +
  `${partial}/550.html has the notice and is not advertised; ${index.locs.length} sitemaps, ${urls} addresses; ` +
  `robots.txt; ${notFound} 404 pages whose links work`);
