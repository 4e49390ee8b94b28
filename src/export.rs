//! The reference site: every code and every pair of codes in every locale,
//! as HTML or as Markdown, for `cargo xtask export`.
//!
//! Architecture invariant: a site appears whole or not at all. Pages are
//! rendered in parallel and written as they go into a folder beside the
//! output, which replaces the output only once every page is written; a
//! failure leaves the previous site untouched. Two exports of the same
//! inputs are byte-identical.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use minijinja::Value;
use minijinja::value::Serde;
use rayon::prelude::*;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::assets::Tree;
use crate::catalog::{Catalog, CatalogError, Code};
use crate::check::{self, Severity};
use crate::l10n::{Direction, L10nError, Locales, Localizer, REFERENCE};
use crate::messages::{self, CodeField, Labels};
use crate::render::{RenderError, Renderer};
use crate::view::{CodeView, CompareField, ViewError, Viewer};

/// The file that marks a folder as a site this exporter wrote, so that it
/// may be replaced without `--force`.
pub const MARKER: &str = ".smtpkb-site";

/// The kind of site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteFormat {
    /// HTML pages, a stylesheet and a sitemap.
    Html,
    /// GitHub-flavoured Markdown with relative links.
    Markdown,
}

impl SiteFormat {
    fn extension(self) -> &'static str {
        match self {
            SiteFormat::Html => "html",
            SiteFormat::Markdown => "md",
        }
    }
}

/// What to export and where.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// HTML or Markdown.
    pub format: SiteFormat,
    /// The folder the site replaces.
    pub out: PathBuf,
    /// Only these locales; empty for all.
    pub locales: Vec<String>,
    /// Replace an existing folder that this exporter did not write.
    pub force: bool,
    /// The address the HTML site is served from, for the sitemap, such as
    /// `https://example.org/smtp/`; `/` serves it from the root.
    pub base_url: String,
}

/// Why a site could not be exported; the previous one is untouched.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The facts could not be loaded.
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    /// A locale could not be loaded.
    #[error(transparent)]
    L10n(#[from] L10nError),
    /// A page could not be built.
    #[error(transparent)]
    View(#[from] ViewError),
    /// A page could not be rendered.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The locales could not be checked.
    #[error(transparent)]
    Check(#[from] check::CheckError),
    /// A locale asked for does not exist.
    #[error("no locale “{0}” to export")]
    NoLocale(String),
    /// The output exists and was not written by the exporter.
    #[error("{0} exists and was not written by the exporter; pass --force to replace it")]
    NotOurs(PathBuf),
    /// Writing failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// What could not be written.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |source| ExportError::Io {
        path: path.to_owned(),
        source,
    }
}

/// One locale of the site, loaded once.
struct SiteLocale {
    tag: String,
    name: String,
    direction: Direction,
    l10n: Localizer,
    labels: Labels,
    /// The view of every code, in catalog order, reused by every
    /// comparison.
    codes: Vec<CodeView>,
    /// The same views as template values, converted once.
    code_values: Vec<Value>,
    /// `labels` as a template value, converted once.
    labels_value: Value,
}

/// One page of the site.
#[derive(Debug, Clone, Copy)]
enum Page {
    /// The list of languages.
    Root,
    /// The stylesheet (HTML).
    Style,
    /// The sitemap (HTML).
    Sitemap,
    /// A locale's index of codes.
    Index(usize),
    /// A locale's index of comparisons.
    Pairs(usize),
    /// A code's page: locale, code.
    Code(usize, usize),
    /// A comparison: locale, lower code, higher code.
    Compare(usize, usize, usize),
}

/// A site ready to write.
pub struct Export {
    options: ExportOptions,
    catalog: Catalog,
    locales: Vec<SiteLocale>,
    renderer: Renderer,
    pages: Vec<Page>,
    warnings: Vec<String>,
    /// Every locale for the language switcher, as a template value.
    languages: Value,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Files written, the stylesheet and sitemap included.
    pub pages: usize,
    /// Locales exported.
    pub locales: usize,
}

impl Export {
    /// Loads the facts and the locales and lists the pages. A locale with
    /// defects is exported all the same, its broken messages in English,
    /// and each defect becomes a warning.
    pub fn prepare(
        data: &Tree,
        locales_tree: &Tree,
        options: ExportOptions,
    ) -> Result<Export, ExportError> {
        let catalog = Catalog::load(data)?;
        let locales = Locales::discover(locales_tree.clone())?;
        let mut tags: Vec<LanguageIdentifier> = locales.available().to_vec();
        if !options.locales.is_empty() {
            for wanted in &options.locales {
                if !tags.iter().any(|t| t.to_string() == *wanted) {
                    return Err(ExportError::NoLocale(wanted.clone()));
                }
            }
            tags.retain(|t| options.locales.contains(&t.to_string()));
        }
        let mut warnings = Vec::new();
        let errors_by_locale = match locales_tree.path() {
            Some(_) => {
                // Only the locales being exported (and the reference).
                let only = check::Options {
                    locales: options.locales.clone(),
                    partial_files: vec!["codes.ftl".to_owned()],
                    ..check::Options::default()
                };
                let report = check::check(locales_tree, &only)?;
                let mut counts: BTreeMap<String, usize> = BTreeMap::new();
                for finding in report
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                {
                    *counts.entry(finding.locale.clone()).or_default() += 1;
                }
                counts
            }
            None => BTreeMap::new(),
        };
        let isolating = options.format == SiteFormat::Html;
        let site_locales: Vec<SiteLocale> = tags
            .par_iter()
            .map(|tag| {
                let (l10n, problems) = locales.load_lenient(&locales.negotiate(tag), isolating)?;
                let viewer = Viewer::new(&catalog, &l10n);
                let codes: Vec<CodeView> = catalog.codes().map(|c| viewer.code(c)).collect::<Result<_, _>>()?;
                let code_values = codes.iter().map(|c| Value::from(Serde(c))).collect();
                let labels = viewer.labels()?;
                let name = l10n.text(&messages::LOCALE_NAME, None)?;
                Ok((
                    SiteLocale {
                        tag: tag.to_string(),
                        name,
                        direction: Direction::of(tag),
                        l10n,
                        labels_value: Value::from(Serde(&labels)),
                        labels,
                        codes,
                        code_values,
                    },
                    problems,
                ))
            })
            .collect::<Result<Vec<_>, ExportError>>()?
            .into_iter()
            .map(|(locale, problems)| {
                if let Some(n) = errors_by_locale.get(&locale.tag) {
                    warnings.push(format!(
                        "locale {} has {n} error{} (see `cargo xtask check --lang {}`); its broken messages are shown in English",
                        locale.tag,
                        if *n == 1 { "" } else { "s" },
                        locale.tag
                    ));
                }
                warnings.extend(problems.iter().map(|p| format!("{p}; shown in English")));
                locale
            })
            .collect();
        // Locales loaded in parallel may report a shared bundle's problems
        // twice.
        warnings.sort();
        warnings.dedup();
        let mut pages = vec![Page::Root];
        if options.format == SiteFormat::Html {
            pages.extend([Page::Style, Page::Sitemap]);
        }
        let n_codes = catalog.len();
        for locale in 0..site_locales.len() {
            pages.extend([Page::Index(locale), Page::Pairs(locale)]);
            pages.extend((0..n_codes).map(|code| Page::Code(locale, code)));
            for a in 0..n_codes {
                pages.extend((a + 1..n_codes).map(|b| Page::Compare(locale, a, b)));
            }
        }
        let languages: Vec<Language> = site_locales
            .iter()
            .map(|l| Language {
                lang: l.tag.clone(),
                dir: l.direction.as_str(),
                name: l.name.clone(),
            })
            .collect();
        Ok(Export {
            languages: Value::from(Serde(languages)),
            options,
            catalog,
            locales: site_locales,
            renderer: Renderer::embedded()?,
            pages,
            warnings,
        })
    }

    /// The number of files `write` will write.
    pub fn n_pages(&self) -> usize {
        self.pages.len()
    }

    /// Defects of the locales that the site works around.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Writes the site, calling `progress` after each page, and puts it in
    /// place of the output folder.
    pub fn write(&self, progress: &(dyn Fn() + Sync)) -> Result<Summary, ExportError> {
        let out = &self.options.out;
        if out.exists() && !self.options.force && !is_ours(out)? {
            return Err(ExportError::NotOurs(out.clone()));
        }
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let name = out
            .file_name()
            .map_or("site".into(), |n| n.to_string_lossy().into_owned());
        let staging = tempfile::Builder::new()
            .prefix(&format!(".{name}.new-"))
            .tempdir_in(&parent)
            .map_err(io(&parent))?;
        for locale in &self.locales {
            let dir = staging.path().join(&locale.tag);
            std::fs::create_dir(&dir).map_err(io(&dir))?;
        }
        // One task per locale: threads that write into different folders do
        // not contend for one directory's lock.
        let mut groups: Vec<Vec<Page>> = vec![Vec::new(); self.locales.len() + 1];
        for &page in &self.pages {
            let group = match page {
                Page::Root | Page::Style | Page::Sitemap => 0,
                Page::Index(l) | Page::Pairs(l) | Page::Code(l, _) | Page::Compare(l, _, _) => {
                    l + 1
                }
            };
            groups[group].push(page);
        }
        groups.par_iter().try_for_each(|pages| {
            pages.iter().try_for_each(|&page| {
                let path = staging.path().join(self.path(page));
                let content = self.render(page)?;
                std::fs::write(&path, content).map_err(io(&path))?;
                progress();
                Ok::<(), ExportError>(())
            })
        })?;
        let marker = staging.path().join(MARKER);
        std::fs::write(
            &marker,
            "A site written by cargo xtask export; the next export replaces this folder.\n",
        )
        .map_err(io(&marker))?;
        replace(staging, out, &parent, &name)?;
        Ok(Summary {
            pages: self.pages.len(),
            locales: self.locales.len(),
        })
    }

    /// A page's file, relative to the site's root.
    fn path(&self, page: Page) -> String {
        let ext = self.options.format.extension();
        match page {
            Page::Root if ext == "md" => "README.md".to_owned(),
            Page::Root => "index.html".to_owned(),
            Page::Style => "style.css".to_owned(),
            Page::Sitemap => "sitemap.xml".to_owned(),
            _ => {
                let (locale, file) = self.locale_file(page);
                format!("{}/{file}", self.locales[locale].tag)
            }
        }
    }

    /// For a page of a locale: the locale and the file name within it.
    fn locale_file(&self, page: Page) -> (usize, String) {
        let ext = self.options.format.extension();
        let code = |i: usize| {
            self.catalog
                .codes()
                .nth(i)
                .expect("a page of a known code")
                .code
        };
        match page {
            Page::Index(l) if ext == "md" => (l, "README.md".to_owned()),
            Page::Index(l) => (l, "index.html".to_owned()),
            Page::Pairs(l) => (l, format!("comparisons.{ext}")),
            Page::Code(l, c) => (l, format!("{}.{ext}", code(c))),
            Page::Compare(l, a, b) => (l, format!("{}-vs-{}.{ext}", code(a), code(b))),
            Page::Root | Page::Style | Page::Sitemap => unreachable!("not a page of a locale"),
        }
    }

    fn render(&self, page: Page) -> Result<String, ExportError> {
        let template = |name: &str| format!("site/{name}.{}", self.options.format.extension());
        let reference = self
            .locales
            .iter()
            .position(|l| l.tag == REFERENCE.to_string())
            .unwrap_or(0);
        match page {
            Page::Style => Ok(self
                .renderer
                .render_template("site/style.css", Value::UNDEFINED)?),
            Page::Sitemap => {
                let urls: Vec<String> = self
                    .pages
                    .iter()
                    .filter(|p| !matches!(p, Page::Style | Page::Sitemap))
                    .map(|&p| format!("{}{}", self.options.base_url, self.path(p)))
                    .collect();
                Ok(self
                    .renderer
                    .render_template("site/sitemap.xml", minijinja::context! { urls })?)
            }
            Page::Root => {
                let locale = &self.locales[reference];
                let meta = Meta {
                    lang: &locale.tag,
                    dir: locale.direction.as_str(),
                    title: &locale.labels.site_title,
                    description: &locale.labels.site_description,
                    root: "",
                    file: if self.options.format == SiteFormat::Html {
                        "index.html"
                    } else {
                        "README.md"
                    },
                    x_default: &locale.tag,
                };
                self.page(&template("root"), &meta, locale, Value::UNDEFINED)
            }
            _ => {
                let (l, file) = self.locale_file(page);
                let locale = &self.locales[l];
                let viewer = Viewer::new(&self.catalog, &locale.l10n);
                let (name, title, description, body) = match page {
                    Page::Index(_) => {
                        let list = viewer.list(None)?;
                        let labels = &locale.labels;
                        (
                            "index",
                            labels.site_title.clone(),
                            labels.site_description.clone(),
                            Value::from(Serde(list)),
                        )
                    }
                    Page::Pairs(_) => {
                        let groups: Vec<PairGroup> = (0..locale.codes.len())
                            .map(|i| PairGroup {
                                code: locale.codes[i].code,
                                name: &locale.codes[i].name,
                                fallback: locale.codes[i].fallback.contains(&CodeField::Name),
                                others: self.pairs_of(i),
                            })
                            .collect();
                        let description = locale
                            .l10n
                            .text(&messages::SITE_COMPARISONS_DESCRIPTION, None)?;
                        (
                            "comparisons",
                            locale.labels.comparisons.clone(),
                            description,
                            Value::from(Serde(groups)),
                        )
                    }
                    Page::Code(_, c) => {
                        let view = &locale.codes[c];
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("code", view.code.to_string());
                        args.set("name", view.name.clone());
                        let title = locale.l10n.text(&messages::SITE_CODE_TITLE, Some(&args))?;
                        let body = minijinja::context! {
                            code => locale.code_values[c].clone(),
                            pairs => Value::from(Serde(self.pairs_of(c))),
                        };
                        ("code", title, view.description.clone(), body)
                    }
                    Page::Compare(_, a, b) => {
                        let code_at = |i: usize| -> &Code {
                            self.catalog.codes().nth(i).expect("a known code")
                        };
                        let view = viewer.comparison_of_views(
                            code_at(a),
                            code_at(b),
                            locale.codes[a].clone(),
                            locale.codes[b].clone(),
                        )?;
                        let frames = Frames {
                            title: &view.title,
                            summary: &view.summary,
                            differences: &view.differences,
                            when_to_use: &view.when_to_use,
                            learn_more: &view.learn_more,
                            fallback: &view.fallback,
                        };
                        let body = minijinja::context! {
                            view => Value::from(Serde(&frames)),
                            a => locale.code_values[a].clone(),
                            b => locale.code_values[b].clone(),
                        };
                        ("compare", view.title.clone(), view.summary.clone(), body)
                    }
                    Page::Root | Page::Style | Page::Sitemap => unreachable!("handled above"),
                };
                let meta = Meta {
                    lang: &locale.tag,
                    dir: locale.direction.as_str(),
                    title: &title,
                    description: &description,
                    root: "../",
                    file: &file,
                    x_default: &self.locales[reference].tag,
                };
                self.page(&template(name), &meta, locale, body)
            }
        }
    }

    /// Renders one page: `page` holds its own facts, `languages` every
    /// locale (for the switcher and the alternates, whose links the
    /// templates build from `page.root`, the locale and `page.file`).
    fn page(
        &self,
        template: &str,
        meta: &Meta<'_>,
        locale: &SiteLocale,
        body: Value,
    ) -> Result<String, ExportError> {
        Ok(self.renderer.render_template(
            template,
            minijinja::context! {
                page => Value::from(Serde(meta)),
                languages => self.languages.clone(),
                labels => locale.labels_value.clone(),
                body => body,
            },
        )?)
    }

    /// Links from the code at catalog position `i` to its comparisons.
    fn pairs_of(&self, i: usize) -> Vec<PairLink> {
        let codes = &self.locales[0].codes;
        (0..codes.len())
            .filter(|&j| j != i)
            .map(|j| PairLink {
                code: codes[j].code,
                href: self.pair_file(i, j),
            })
            .collect()
    }

    /// The file of the comparison of the codes at two catalog positions.
    fn pair_file(&self, i: usize, j: usize) -> String {
        let code = |k: usize| self.locales[0].codes[k].code;
        let (low, high) = if code(i) < code(j) {
            (code(i), code(j))
        } else {
            (code(j), code(i))
        };
        format!("{low}-vs-{high}.{}", self.options.format.extension())
    }
}

/// A comparison's own text; its two codes go to the template as the values
/// converted once per locale.
#[derive(Debug, Serialize)]
struct Frames<'v> {
    title: &'v str,
    summary: &'v str,
    differences: &'v [String],
    when_to_use: &'v str,
    learn_more: &'v [crate::view::Link],
    fallback: &'v [CompareField],
}

/// The page-level facts every template gets as `page`.
#[derive(Debug, Serialize)]
struct Meta<'a> {
    lang: &'a str,
    dir: &'static str,
    title: &'a str,
    description: &'a str,
    /// The way back to the site's root: `../` from a locale's pages.
    root: &'static str,
    /// The page's file within its locale's folder: the same page in
    /// another locale is `{root}{lang}/{file}`.
    file: &'a str,
    /// The locale `x-default` points to.
    x_default: &'a str,
}

/// A locale as the switcher lists it.
#[derive(Debug, Clone, Serialize)]
struct Language {
    lang: String,
    dir: &'static str,
    name: String,
}

#[derive(Debug, Serialize)]
struct PairGroup<'a> {
    code: u16,
    name: &'a str,
    fallback: bool,
    others: Vec<PairLink>,
}

#[derive(Debug, Serialize)]
struct PairLink {
    code: u16,
    href: String,
}

/// Whether a path may be replaced: a site this exporter wrote, or an empty
/// folder.
fn is_ours(out: &Path) -> Result<bool, ExportError> {
    if !out.is_dir() {
        return Ok(false);
    }
    if out.join(MARKER).is_file() {
        return Ok(true);
    }
    Ok(std::fs::read_dir(out).map_err(io(out))?.next().is_none())
}

/// Puts the staged site in place of `out`. Where the system can swap two
/// folders in one step (Linux, macOS), `out` is never missing; elsewhere the
/// old site is moved aside, the new one renamed in, and the old one put
/// back if that fails.
fn replace(
    staging: tempfile::TempDir,
    out: &Path,
    parent: &Path,
    name: &str,
) -> Result<(), ExportError> {
    let staged = staging.keep();
    let failed = |source: std::io::Error| {
        let _ = std::fs::remove_dir_all(&staged);
        ExportError::Io {
            path: out.to_owned(),
            source,
        }
    };
    if !out.exists() {
        return std::fs::rename(&staged, out).map_err(failed);
    }
    if exchange(&staged, out).is_ok() {
        // `staged` now holds the previous site.
        let _ = std::fs::remove_dir_all(&staged);
        return Ok(());
    }
    let old = tempfile::Builder::new()
        .prefix(&format!(".{name}.old-"))
        .tempdir_in(parent)
        .map_err(io(parent))?
        .keep();
    let aside = old.join("site");
    if let Err(source) = std::fs::rename(out, &aside) {
        let _ = std::fs::remove_dir_all(&old);
        return Err(failed(source));
    }
    if let Err(source) = std::fs::rename(&staged, out) {
        let _ = std::fs::rename(&aside, out);
        let _ = std::fs::remove_dir_all(&old);
        return Err(failed(source));
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// Swaps two paths in one step.
#[cfg(any(target_os = "linux", target_os = "macos"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    Ok(renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE)?)
}

/// Swaps two paths in one step: not available here.
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}
