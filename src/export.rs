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
use crate::render::{RenderError, Renderer};
use crate::view::{CodeView, ViewError, Viewer};

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
    labels: BTreeMap<&'static str, String>,
    /// The view of every code, in catalog order, reused by every
    /// comparison.
    codes: Vec<CodeView>,
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
            Some(dir) => {
                let report = check::check(dir, &check::Options::default())?;
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
                let codes = catalog.codes().map(|c| viewer.code(c)).collect::<Result<_, _>>()?;
                let labels = viewer.labels()?;
                let name = l10n.text("locale-name", None)?;
                Ok((
                    SiteLocale {
                        tag: tag.to_string(),
                        name,
                        direction: Direction::of(tag),
                        l10n,
                        labels,
                        codes,
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
        Ok(Export {
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

    /// The number of locales.
    pub fn n_locales(&self) -> usize {
        self.locales.len()
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
        self.pages.par_iter().try_for_each(|&page| {
            let path = staging.path().join(self.path(page));
            let content = self.render(page)?;
            std::fs::write(&path, content).map_err(io(&path))?;
            progress();
            Ok::<(), ExportError>(())
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
        let html = self.options.format == SiteFormat::Html;
        let template = |name: &str| format!("site/{name}.{}", self.options.format.extension());
        Ok(match page {
            Page::Style => self
                .renderer
                .render_template("site/style.css", Value::UNDEFINED)?,
            Page::Sitemap => {
                let urls: Vec<String> = self
                    .pages
                    .iter()
                    .filter(|p| !matches!(p, Page::Style | Page::Sitemap))
                    .map(|&p| format!("{}{}", self.options.base_url, self.path(p)))
                    .collect();
                self.renderer
                    .render_template("site/sitemap.xml", minijinja::context! { urls })?
            }
            Page::Root => {
                let languages: Vec<Language> = self
                    .locales
                    .iter()
                    .map(|l| Language {
                        lang: l.tag.clone(),
                        dir: l.direction.as_str(),
                        name: l.name.clone(),
                        href: if html {
                            format!("{}/index.html", l.tag)
                        } else {
                            format!("{}/README.md", l.tag)
                        },
                        current: false,
                    })
                    .collect();
                let reference = self
                    .locales
                    .iter()
                    .find(|l| l.tag == REFERENCE.to_string())
                    .unwrap_or(&self.locales[0]);
                let meta = Meta {
                    lang: reference.tag.clone(),
                    dir: reference.direction.as_str(),
                    title: reference.labels["site_title"].clone(),
                    description: reference.labels["site_description"].clone(),
                    root: String::new(),
                    alternates: languages
                        .iter()
                        .map(|l| Alternate {
                            hreflang: l.lang.clone(),
                            href: l.href.clone(),
                        })
                        .collect(),
                    languages: languages.clone(),
                };
                self.renderer.render_template(
                    &template("root"),
                    minijinja::context! { page => Value::from(Serde(&meta)), labels => Value::from(Serde(&reference.labels)) },
                )?
            }
            _ => {
                let (l, file) = self.locale_file(page);
                let locale = &self.locales[l];
                let viewer = Viewer::new(&self.catalog, &locale.l10n);
                let (title, description, body) = match page {
                    Page::Index(_) => {
                        let list = viewer.list(None)?;
                        (
                            locale.labels["site_title"].clone(),
                            locale.labels["site_description"].clone(),
                            Value::from(Serde(list)),
                        )
                    }
                    Page::Pairs(_) => {
                        let codes: Vec<PairGroup> = locale
                            .codes
                            .iter()
                            .enumerate()
                            .map(|(i, view)| PairGroup {
                                code: view.code,
                                name: view.name.clone(),
                                fallback: view.fallback.contains(&"name"),
                                others: locale
                                    .codes
                                    .iter()
                                    .enumerate()
                                    .filter(|(j, _)| *j != i)
                                    .map(|(j, other)| PairLink {
                                        code: other.code,
                                        href: self.pair_file(i, j),
                                    })
                                    .collect(),
                            })
                            .collect();
                        let description = locale.l10n.text("site-comparisons-description", None)?;
                        (
                            locale.labels["comparisons"].clone(),
                            description,
                            Value::from(Serde(codes)),
                        )
                    }
                    Page::Code(_, c) => {
                        let view = &locale.codes[c];
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("code", view.code.to_string());
                        args.set("name", view.name.clone());
                        let title = locale.l10n.text("site-code-title", Some(&args))?;
                        let pairs: Vec<PairLink> = (0..locale.codes.len())
                            .filter(|&j| j != c)
                            .map(|j| PairLink {
                                code: locale.codes[j].code,
                                href: self.pair_file(c, j),
                            })
                            .collect();
                        let body = minijinja::context! { code => Value::from(Serde(view)), pairs => Value::from(Serde(pairs)) };
                        (title, view.description.clone(), body)
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
                        (
                            view.title.clone(),
                            view.summary.clone(),
                            Value::from(Serde(view)),
                        )
                    }
                    Page::Root | Page::Style | Page::Sitemap => unreachable!("handled above"),
                };
                let languages: Vec<Language> = self
                    .locales
                    .iter()
                    .map(|other| Language {
                        lang: other.tag.clone(),
                        dir: other.direction.as_str(),
                        name: other.name.clone(),
                        href: format!("../{}/{file}", other.tag),
                        current: other.tag == locale.tag,
                    })
                    .collect();
                let mut alternates: Vec<Alternate> = languages
                    .iter()
                    .map(|l| Alternate {
                        hreflang: l.lang.clone(),
                        href: l.href.clone(),
                    })
                    .collect();
                if let Some(reference) = languages.iter().find(|l| l.lang == REFERENCE.to_string())
                {
                    alternates.push(Alternate {
                        hreflang: "x-default".to_owned(),
                        href: reference.href.clone(),
                    });
                }
                let meta = Meta {
                    lang: locale.tag.clone(),
                    dir: locale.direction.as_str(),
                    title,
                    description,
                    root: "../".to_owned(),
                    alternates,
                    languages,
                };
                let name = match page {
                    Page::Index(_) => "index",
                    Page::Pairs(_) => "comparisons",
                    Page::Code(..) => "code",
                    _ => "compare",
                };
                self.renderer.render_template(
                    &template(name),
                    minijinja::context! {
                        page => Value::from(Serde(&meta)),
                        labels => Value::from(Serde(&locale.labels)),
                        body => body,
                        ext => self.options.format.extension(),
                    },
                )?
            }
        })
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

/// The page-level facts every template gets as `page`.
#[derive(Debug, Serialize)]
struct Meta {
    lang: String,
    dir: &'static str,
    title: String,
    description: String,
    /// The way back to the site's root: `../` from a locale's pages.
    root: String,
    alternates: Vec<Alternate>,
    languages: Vec<Language>,
}

#[derive(Debug, Clone, Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Debug, Clone, Serialize)]
struct Language {
    lang: String,
    dir: &'static str,
    name: String,
    href: String,
    current: bool,
}

#[derive(Debug, Serialize)]
struct PairGroup {
    code: u16,
    name: String,
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

/// Puts the staged site in place of `out`: the old site is moved aside,
/// the new one renamed in, and the old one deleted; if the rename fails, the
/// old one is put back.
fn replace(
    staging: tempfile::TempDir,
    out: &Path,
    parent: &Path,
    name: &str,
) -> Result<(), ExportError> {
    let staged = staging.keep();
    if !out.exists() {
        return std::fs::rename(&staged, out).map_err(|source| {
            let _ = std::fs::remove_dir_all(&staged);
            ExportError::Io {
                path: out.to_owned(),
                source,
            }
        });
    }
    let old = tempfile::Builder::new()
        .prefix(&format!(".{name}.old-"))
        .tempdir_in(parent)
        .map_err(io(parent))?
        .keep();
    let aside = old.join("site");
    std::fs::rename(out, &aside).map_err(|source| {
        let _ = std::fs::remove_dir_all(&staged);
        let _ = std::fs::remove_dir_all(&old);
        ExportError::Io {
            path: out.to_owned(),
            source,
        }
    })?;
    if let Err(source) = std::fs::rename(&staged, out) {
        let _ = std::fs::rename(&aside, out);
        let _ = std::fs::remove_dir_all(&staged);
        let _ = std::fs::remove_dir_all(&old);
        return Err(ExportError::Io {
            path: out.to_owned(),
            source,
        });
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}
