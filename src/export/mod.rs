//! The reference site: every code, every pair of codes and every enhanced
//! code in each class it is used in, in every locale, as HTML or as
//! Markdown, for `cargo xtask export`.
//!
//! [`Export::prepare`] loads the facts and every locale once; `pages` lists
//! the pages with their files and links, `context` builds what each
//! template renders from, and [`Export::write`] renders the pages in
//! parallel into a [`StagedDir`] that then replaces the output.
//!
//! Architecture invariant: a site appears whole or not at all. A failure
//! leaves the previous site untouched, and two exports of the same inputs
//! are byte-identical. The one exception is a preview's
//! [`Export::update`], which rewrites in place the pages a change of the
//! sources touches, each by a rename, so that no page is ever half written. The exporter does not check translations: the caller
//! passes the checker's error counts, and the export shows English where a
//! message is broken.

mod context;
mod coverage;
mod enhanced;
mod out;
mod pages;
mod search;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use minijinja::Value;
use rayon::prelude::*;
use unic_langid::LanguageIdentifier;

use crate::assets::Tree;
use crate::catalog::{Catalog, CatalogError};
use crate::l10n::{Direction, L10nError, Locales, Localizer, Pseudo, REFERENCE, best_match};
use crate::render::{RenderError, Renderer};
use crate::staged::{StagedDir, StagedError};
use crate::view::{CodeView, ViewError, Viewer};
use context::{Labels, Shared, SiteLabels, site_labels};
use pages::{Layout, Page};

/// The file that marks a folder as a site this exporter wrote, so that it
/// may be replaced without [`ExportOptions::force`].
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
    /// Only these locales; empty for all. Each selects the locale a reader
    /// asking for it is shown (see [`crate::l10n::best_match`]): `AR`
    /// selects `ar`, `vi_VN.UTF-8` selects `vi`.
    pub locales: Vec<LanguageIdentifier>,
    /// Also replace a folder without the exporter's marker that holds
    /// nothing but what a site is made of (a site whose marker was lost).
    pub force: bool,
    /// The absolute address the HTML site is served from, such as
    /// `https://example.org/smtp/` (a missing final `/` is added). With it
    /// every page has its canonical address, absolute alternates and Open
    /// Graph address, the 404 pages work from any path, and the site gets
    /// its sitemaps and `robots.txt`; without it nothing claims an address.
    pub base_url: Option<String>,
    /// The address of a translation file to edit, with `{lang}` and
    /// `{file}` in it, such as
    /// `https://github.com/o/r/edit/main/locales/{lang}/{file}`; each page
    /// links to the file that holds its text.
    pub edit_url: Option<String>,
    /// The day the site is dated in its footer, such as `2026-12-01`: from
    /// `SOURCE_DATE_EPOCH`, or else the newest `updated` of the data, so
    /// that the same inputs give the same site.
    pub date: Option<String>,
    /// Pseudo-locales to export besides `locales`, made from the
    /// reference ([`crate::l10n::pseudo`]).
    pub pseudo: Vec<Pseudo>,
    /// The errors the translation checker found, by locale tag. Each
    /// exported locale with errors gets an [`ExportWarning::LocaleErrors`].
    pub check_errors: BTreeMap<String, usize>,
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
    /// `--base-url` is not an absolute http(s) address.
    #[error(
        "--base-url {0}: not an absolute http or https address, such as https://example.org/smtp/"
    )]
    BaseUrl(String),
    /// `--edit-url-template` does not say where the file goes.
    #[error(
        "--edit-url-template {0}: it must hold {{file}} (and may hold {{lang}}), such as https://github.com/o/r/edit/main/locales/{{lang}}/{{file}}"
    )]
    EditUrl(String),
    /// A locale asked for does not exist.
    #[error("no locale “{0}” to export")]
    NoLocale(LanguageIdentifier),
    /// The output is a path the exporter must not replace: one it did not
    /// write, an input, the current folder, a root, a mount point, a link.
    #[error("refusing to write the site to {path}: {why}")]
    Refused {
        /// The output.
        path: PathBuf,
        /// Why, and what to do.
        why: String,
    },
    /// Writing failed.
    #[error("cannot write {path}")]
    Io {
        /// What could not be written.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl From<StagedError> for ExportError {
    fn from(error: StagedError) -> ExportError {
        ExportError::Io {
            path: error.path,
            source: error.source,
        }
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |source| ExportError::Io {
        path: path.to_owned(),
        source,
    }
}

/// A defect of the locales that the site works around by showing English.
#[derive(Debug)]
pub enum ExportWarning {
    /// The checker found errors in an exported locale; its broken messages
    /// are shown in English.
    LocaleErrors {
        /// The locale's tag.
        locale: String,
        /// How many errors.
        errors: usize,
    },
    /// A file or message of a locale could not be loaded; the next locale
    /// of its chain, ending in English, stands in for it.
    Broken(L10nError),
}

/// One locale of the site, loaded once.
struct SiteLocale {
    tag: String,
    name: String,
    direction: Direction,
    l10n: Localizer,
    labels: Shared<Labels>,
    site: SiteLabels,
    /// The view of every code, in the order of [`Layout`]'s codes, reused
    /// by every comparison.
    codes: Vec<Shared<CodeView>>,
}

/// A site ready to write.
pub struct Export {
    options: ExportOptions,
    catalog: Catalog,
    layout: Layout,
    locales: Vec<SiteLocale>,
    renderer: Renderer,
    pages: Vec<Page>,
    /// How much of each page is in its language.
    coverage: coverage::Coverages,
    warnings: Vec<ExportWarning>,
}

/// What changed in a site's sources since it was last written, for
/// [`Export::update`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    /// The facts, the templates or the reference locale: every page.
    Everything,
    /// Only the files of these locales, by tag.
    Locales(Vec<String>),
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
        templates: &Tree,
        mut options: ExportOptions,
    ) -> Result<Export, ExportError> {
        if let Some(base) = &mut options.base_url {
            match url::Url::parse(base) {
                Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => {}
                _ => return Err(ExportError::BaseUrl(base.clone())),
            }
            if !base.ends_with('/') {
                base.push('/');
            }
        }
        if let Some(edit) = &options.edit_url
            && !edit.contains("{file}")
        {
            return Err(ExportError::EditUrl(edit.clone()));
        }
        let inputs: Vec<&Path> = [data.path(), locales_tree.path(), templates.path()]
            .into_iter()
            .flatten()
            .collect();
        out::check(&options.out, &inputs, options.force)?;
        let catalog = Catalog::load(data)?;
        if options.date.is_none() {
            options.date = catalog.updated().map(str::to_owned);
        }
        let locales = Locales::discover(locales_tree.clone())?
            .with_stale_notices()
            .with_pseudo(&options.pseudo)?;
        let tags = selected(&locales, &options.locales, &options.pseudo)?;
        let isolating = options.format == SiteFormat::Html;
        let loaded: Vec<(SiteLocale, Vec<L10nError>)> = tags
            .par_iter()
            .map(|tag| load_locale(&catalog, &locales, tag, isolating))
            .collect::<Result<_, _>>()?;
        let mut site_locales = Vec::with_capacity(loaded.len());
        let mut warnings = Vec::new();
        let mut broken = Vec::new();
        for (locale, problems) in loaded {
            if let Some(&errors) = options.check_errors.get(&locale.tag) {
                warnings.push(ExportWarning::LocaleErrors {
                    locale: locale.tag.clone(),
                    errors,
                });
            }
            broken.extend(problems);
            site_locales.push(locale);
        }
        // Locales loaded in parallel may report a shared bundle's problems
        // twice.
        broken.sort_by_cached_key(ToString::to_string);
        broken.dedup_by(|a, b| a.to_string() == b.to_string());
        warnings.extend(broken.into_iter().map(ExportWarning::Broken));
        let x_default = site_locales
            .iter()
            .position(|l| l.tag == REFERENCE.to_string())
            .unwrap_or(0);
        let renderer = Renderer::new(templates)?;
        let layout = Layout::new(
            options.format,
            site_locales.iter().map(|l| l.tag.clone()).collect(),
            catalog.codes().map(|c| c.code).collect(),
            enhanced::enhanced_pages(&catalog),
            x_default,
            renderer.statics().keys().cloned().collect(),
            options.base_url.is_some(),
        );
        let mut export = Export {
            pages: layout.pages(),
            layout,
            options,
            catalog,
            locales: site_locales,
            renderer,
            coverage: coverage::Coverages::default(),
            warnings,
        };
        if export.options.format == SiteFormat::Html {
            export.coverage = export.coverages()?;
        }
        Ok(export)
    }

    /// The number of files `write` will write.
    pub fn n_pages(&self) -> usize {
        self.pages.len()
    }

    /// Defects of the locales that the site works around.
    pub fn warnings(&self) -> &[ExportWarning] {
        &self.warnings
    }

    /// Writes the site, calling `progress` after each page, and puts it in
    /// place of the output folder.
    pub fn write(&self, progress: &(dyn Fn() + Sync)) -> Result<Summary, ExportError> {
        let out = &self.options.out;
        let staged = StagedDir::new(out)?;
        for folder in self.layout.folders() {
            let dir = staged.path().join(folder);
            std::fs::create_dir(&dir).map_err(io(&dir))?;
        }
        self.write_pages(staged.path(), &self.pages, false, progress)?;
        let marker = staged.path().join(MARKER);
        std::fs::write(
            &marker,
            "A site written by the smtpkb exporter; the next export replaces this folder.\n",
        )
        .map_err(io(&marker))?;
        staged.replace()?;
        Ok(Summary {
            pages: self.pages.len(),
            locales: self.locales.len(),
        })
    }

    /// Rewrites in place, in the folder `previous` wrote, the pages that
    /// `changed` touches, and returns how many. A change of some locales
    /// touches their pages and the root's, and every version of a page
    /// whose translation became whole or stopped being whole, since its
    /// alternates change. `None` when the sites differ in their pages (a
    /// code, an enhanced code or a locale came or went): the whole site
    /// must then be written again.
    pub fn update(
        &self,
        previous: &Export,
        changed: &Changed,
    ) -> Result<Option<usize>, ExportError> {
        let same_locales = self
            .locales
            .iter()
            .map(|l| &l.tag)
            .eq(previous.locales.iter().map(|l| &l.tag));
        if self.pages != previous.pages || !same_locales || self.options.out != previous.options.out
        {
            return Ok(None);
        }
        let full =
            |export: &Export, page: &Page| export.coverage.get(page).is_none_or(|c| c.full());
        let turned: rustc_hash::FxHashSet<Page> = self
            .pages
            .iter()
            .filter(|page| full(self, page) != full(previous, page))
            .copied()
            .collect();
        let touched = |page: &Page| match changed {
            Changed::Everything => true,
            Changed::Locales(tags) => {
                page.locale()
                    .is_none_or(|l| tags.contains(&self.locales[l].tag))
                    || (0..self.locales.len()).any(|l| turned.contains(&page.in_locale(l)))
            }
        };
        let pages: Vec<Page> = self.pages.iter().filter(|p| touched(p)).copied().collect();
        self.write_pages(&self.options.out, &pages, true, &|| ())?;
        Ok(Some(pages.len()))
    }

    /// Renders `pages` into `dir`, calling `progress` after each; `in_place`
    /// writes each beside its file and renames it over the file.
    fn write_pages(
        &self,
        dir: &Path,
        pages: &[Page],
        in_place: bool,
        progress: &(dyn Fn() + Sync),
    ) -> Result<(), ExportError> {
        // One task per locale: threads that write into different folders do
        // not contend for one directory's lock, and a locale's codes are
        // rendered for its comparisons once, kept only while it is written.
        let mut groups: Vec<Vec<Page>> = vec![Vec::new(); self.locales.len() + 1];
        for &page in pages {
            groups[page.locale().map_or(0, |l| l + 1)].push(page);
        }
        groups
            .par_iter()
            .enumerate()
            .try_for_each(|(group, pages)| {
                let columns = match group.checked_sub(1) {
                    Some(locale) if !pages.is_empty() => self.columns(&self.locales[locale])?,
                    _ => Vec::new(),
                };
                pages.iter().try_for_each(|&page| {
                    let path = dir.join(self.layout.path(page));
                    let content = self.render(page, &columns)?;
                    if in_place {
                        let next = path.with_extension("smtpkb-new");
                        std::fs::write(&next, content).map_err(io(&next))?;
                        std::fs::rename(&next, &path).map_err(io(&path))?;
                    } else {
                        std::fs::write(&path, content).map_err(io(&path))?;
                    }
                    progress();
                    Ok::<(), ExportError>(())
                })
            })
    }

    /// Renders one page with its template and context; `columns` are its
    /// locale's codes as a comparison shows them ([`Export::columns`]).
    fn render(&self, page: Page, columns: &[Value]) -> Result<String, ExportError> {
        let template = |name: &str| format!("site/{name}.{}", self.options.format.extension());
        let (template, context) = match page {
            Page::Style => ("site/style.css".to_owned(), Value::UNDEFINED),
            Page::Static { file } => {
                let name = self.layout.static_name(file);
                return Ok(self.renderer.statics()[name].clone());
            }
            Page::SearchIndex { locale } => return self.search_index(&self.locales[locale]),
            Page::Search { locale } => (
                template("search"),
                self.search_context(page, &self.locales[locale])?,
            ),
            Page::Sitemap => ("site/sitemap.xml".to_owned(), self.sitemap_context()),
            Page::LocaleSitemap { of } => (
                "site/sitemap-locale.xml".to_owned(),
                self.locale_sitemap_context(of),
            ),
            Page::Robots => ("site/robots.txt".to_owned(), self.sitemap_context()),
            Page::RootNotFound => (
                template("not-found"),
                self.not_found_context(page, &self.locales[self.layout.x_default()])?,
            ),
            Page::NotFound { locale } => (
                template("not-found"),
                self.not_found_context(page, &self.locales[locale])?,
            ),
            Page::Root => (template("root"), self.root_context()?),
            Page::Index { locale } => (
                template("index"),
                self.index_context(page, &self.locales[locale])?,
            ),
            Page::Comparisons { locale } => (
                template("comparisons"),
                self.comparisons_context(page, &self.locales[locale])?,
            ),
            Page::Code { locale, code } => (
                template("code"),
                self.code_context(page, &self.locales[locale], code)?,
            ),
            Page::Compare { locale, a, b } => (
                template("compare"),
                self.compare_context(page, &self.locales[locale], [a, b], columns)?,
            ),
            Page::EnhancedIndex { locale } => (
                template("enhanced-codes"),
                self.enhanced_index_context(page, &self.locales[locale])?,
            ),
            Page::Enhanced { locale, enhanced } => (
                template("enhanced"),
                self.enhanced_context(page, &self.locales[locale], enhanced)?,
            ),
        };
        Ok(self.renderer.render_template(&template, context)?)
    }
}

/// The locales to export: those asked for and the pseudo-locales, or all,
/// in the order of [`Locales::available`].
fn selected(
    locales: &Locales,
    wanted: &[LanguageIdentifier],
    pseudo: &[Pseudo],
) -> Result<Vec<LanguageIdentifier>, ExportError> {
    let available = locales.available();
    if wanted.is_empty() {
        return Ok(available.to_vec());
    }
    let mut chosen: Vec<&LanguageIdentifier> = Vec::with_capacity(wanted.len());
    let pseudo: Vec<LanguageIdentifier> = pseudo.iter().map(|p| p.tag()).collect();
    chosen.extend(&pseudo);
    for tag in wanted {
        chosen.push(best_match(tag, available).ok_or_else(|| ExportError::NoLocale(tag.clone()))?);
    }
    Ok(available
        .iter()
        .filter(|tag| chosen.contains(tag))
        .cloned()
        .collect())
}

/// Loads one locale leniently, with the view of every code, and returns
/// what could not be loaded with it.
fn load_locale(
    catalog: &Catalog,
    locales: &Locales,
    tag: &LanguageIdentifier,
    isolating: bool,
) -> Result<(SiteLocale, Vec<L10nError>), ExportError> {
    let (l10n, problems) = locales.load_lenient(&locales.negotiate(tag), isolating)?;
    let viewer = Viewer::new(catalog, &l10n);
    let codes = catalog
        .codes()
        .map(|c| Ok(Shared::new(viewer.code(c)?)))
        .collect::<Result<_, L10nError>>()?;
    let labels = viewer.labels()?;
    let name = l10n.text(&crate::messages::LOCALE_NAME, None)?;
    let locale = SiteLocale {
        tag: tag.to_string(),
        name,
        direction: Direction::of(tag),
        site: site_labels(&labels),
        labels: Shared::new(labels),
        codes,
        l10n,
    };
    Ok((locale, problems))
}
