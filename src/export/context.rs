//! What each site template renders from: one type per template, built in
//! Rust from the views and the [`Layout`]'s hrefs.
//!
//! Architecture invariant: a template sees only the fields of its context
//! type. Every href and every English-fallback flag is computed here, so
//! templates hold layout and nothing else.

use fluent_bundle::FluentArgs;
use minijinja::Value;
use minijinja::value::Serde;
use serde::{Serialize, Serializer};

use super::enhanced::{EnhancedLinks, enhanced_links};
use super::pages::{Layout, Page};
use super::search;
use super::{Export, ExportError, SiteLocale};
use crate::l10n::REFERENCE;
use crate::markup;
use crate::messages::{self, CodeField};
use crate::view::{CodeView, CompareField, ComparisonView, Link, ListView, Viewer};

pub(super) use crate::messages::Labels;

/// The labels the site itself uses in Rust, for titles and descriptions.
#[derive(Debug)]
pub(super) struct SiteLabels {
    /// The site's title.
    pub title: String,
    /// The site's one-line description.
    pub description: String,
    /// The title of the index of comparisons.
    pub comparisons: String,
    /// The title of the index of enhanced codes.
    pub enhanced: String,
}

/// Takes the site's own labels out of a locale's labels; the one place
/// that reads labels by name.
pub(super) fn site_labels(labels: &Labels) -> SiteLabels {
    SiteLabels {
        title: labels.site_title.clone(),
        description: labels.site_description.clone(),
        comparisons: labels.comparisons.clone(),
        enhanced: labels.enhanced.clone(),
    }
}

/// A value with its template form, converted once and shared by every page
/// that shows it (a code's view appears on every comparison of the code).
#[derive(Debug)]
pub(super) struct Shared<T> {
    /// The value itself.
    pub view: T,
    value: Value,
}

impl<T: Serialize> Shared<T> {
    /// Converts `view` for templates.
    pub(super) fn new(view: T) -> Shared<T> {
        let value = template_value(&view);
        Shared { view, value }
    }
}

impl<T> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Inside a template context, minijinja passes the converted value
        // through without serializing it again.
        self.value.serialize(serializer)
    }
}

/// What every page's template gets as `page`.
#[derive(Debug, Serialize)]
pub(super) struct PageMeta<'a> {
    /// The page's language.
    lang: &'a str,
    /// Its direction, `ltr` or `rtl`.
    dir: &'static str,
    /// The `<title>`.
    title: String,
    /// The meta description.
    description: String,
    /// The index of the page's folder.
    home_href: String,
    /// The stylesheet (HTML).
    stylesheet_href: String,
    /// The icon (HTML).
    icon_href: String,
    /// Every locale, linking to this page in it.
    languages: Vec<LanguageLink<'a>>,
    /// The page's own address, with `--base-url`.
    canonical: Option<String>,
    /// The versions of this page in the languages it is whole in, itself
    /// included, when it is whole in its own: `hreflang` alternates.
    alternates: Vec<Alternate<'a>>,
    /// The `x-default` alternate, among them when its locale is.
    x_default_href: Option<String>,
    /// The Open Graph locale of the page, and of its alternates.
    og_locale: String,
    og_alternates: Vec<String>,
    /// The search box (HTML).
    search: SearchMeta,
    /// The notice on a page with English parts.
    notice: Option<Notice>,
    /// The link to the translation file that holds the page's text.
    edit: Option<EditLink>,
    /// The footer: the version and the day.
    footer: String,
}

/// The link to a page's translation file.
#[derive(Debug, Serialize)]
pub(super) struct EditLink {
    href: String,
    /// "Edit this translation", or on an English page "Edit this text".
    text: String,
}

/// One `hreflang` alternate.
#[derive(Debug, Serialize)]
pub(super) struct Alternate<'a> {
    lang: &'a str,
    href: String,
}

/// What a partly translated page says of itself.
#[derive(Debug, Serialize)]
pub(super) struct Notice {
    /// "Part of this page is not yet translated: 57% …".
    text: String,
    /// The page in English, when the site has English.
    english_href: Option<String>,
}

/// What the search box of a page needs: where it sends the query, and the
/// scripts `search.js` loads the first time it is used.
#[derive(Debug, Serialize)]
pub(super) struct SearchMeta {
    /// The search page, where the query goes without JavaScript.
    action: String,
    /// `search.js`.
    script: String,
    /// The scripts to load in order, space-separated: elasticlunr.js, the
    /// locale's stemmer, its index.
    scripts: String,
    /// The folder of the locale searched, prefixed to the results' hrefs.
    base: String,
}

/// A locale in the language switcher.
#[derive(Debug, Serialize)]
pub(super) struct LanguageLink<'a> {
    /// The language tag.
    lang: &'a str,
    /// Its direction.
    dir: &'static str,
    /// The language's own name for itself.
    name: &'a str,
    /// The current page in this language.
    href: String,
    /// Whether this is the language of the current page.
    current: bool,
}

/// A link to a code's page, with the code's localized name.
#[derive(Debug, Serialize)]
pub(super) struct CodeLink {
    /// The code.
    code: u16,
    /// Its name.
    name: String,
    /// Whether the name is shown in English.
    fallback: bool,
    /// Its page.
    href: String,
}

/// A link to the comparison with another code, the same in every locale.
#[derive(Debug, Clone)]
pub(super) struct PairLink {
    /// The other code's position.
    pub other: usize,
    /// The other code.
    pub code: u16,
    /// The comparison's page.
    pub href: String,
}

/// A text that may be shown in English.
#[derive(Debug, Serialize)]
pub(super) struct Localized<'a> {
    /// The text.
    text: &'a str,
    /// Whether it is English in place of a missing translation.
    fallback: bool,
}

/// `site/root.*`: the landing page, in the `x-default` locale: what the
/// site is, every language with the site's title in it, and the codes.
#[derive(Debug, Serialize)]
struct RootPage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    /// The site's title in each language, by position in `page.languages`.
    titles: Vec<&'a str>,
    codes: CodeIndex,
}

/// `site/index.*`: a locale's codes by class.
#[derive(Debug, Serialize)]
struct IndexPage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    codes: CodeIndex,
}

/// A locale's codes by class, with the links to its other indexes: on its
/// index and on the landing page.
#[derive(Debug, Serialize)]
struct CodeIndex {
    comparisons_href: String,
    enhanced_href: String,
    classes: Vec<ClassLinks>,
    /// "37 reply codes", localized.
    count: String,
}

/// The codes of one class, on the index.
#[derive(Debug, Serialize)]
struct ClassLinks {
    class: u8,
    name: String,
    codes: Vec<CodeLink>,
}

/// `site/comparisons.*`: every code with links to its comparisons.
#[derive(Debug, Serialize)]
struct ComparisonsPage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    groups: Vec<PairGroup>,
}

/// One code of the index of comparisons.
#[derive(Debug, Serialize)]
struct PairGroup {
    link: CodeLink,
    pairs: Vec<CodeLink>,
}

/// `site/code.*`: one code.
#[derive(Debug, Serialize)]
struct CodePage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    code: &'a Shared<CodeView>,
    enhanced: Vec<EnhancedLinks<'a>>,
    related: Vec<CodeLink>,
    pairs: Vec<CodeLink>,
    comparisons_href: String,
}

/// `site/compare.*`: two codes side by side.
#[derive(Debug, Serialize)]
struct ComparePage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    title: &'a str,
    summary: Localized<'a>,
    codes: [CompareColumn<'a>; 2],
    differences: Vec<Localized<'a>>,
    when_to_use: Localized<'a>,
    learn_more: &'a [Link],
    comparisons_href: String,
}

/// One of the two codes of a comparison.
#[derive(Debug, Serialize)]
struct CompareColumn<'a> {
    code: &'a Shared<CodeView>,
    /// The code's part of the page, rendered from `site/column.*`.
    body: &'a Value,
}

/// `site/column.*`: one code as every comparison of it shows it.
#[derive(Debug, Serialize)]
struct ColumnContext<'a> {
    page: ColumnPage<'a>,
    labels: &'a Shared<Labels>,
    code: &'a Shared<CodeView>,
    href: String,
}

/// What of a page a column's markup depends on: its direction.
#[derive(Debug, Serialize)]
struct ColumnPage<'a> {
    dir: &'a str,
}

/// `site/search.html`: the search page, with where a reader without
/// JavaScript finds the codes.
#[derive(Debug, Serialize)]
struct SearchPage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    index_href: String,
    enhanced_href: String,
}

/// `site/sitemap.xml` and `site/robots.txt`: the sitemap index.
#[derive(Debug, Serialize)]
struct SitemapIndex {
    /// The index's own address.
    index: String,
    /// Each locale's sitemap.
    sitemaps: Vec<String>,
}

/// `site/sitemap-locale.xml`: one locale's pages.
#[derive(Debug, Serialize)]
struct LocaleSitemap {
    urls: Vec<SitemapUrl>,
}

/// One page of a sitemap, with its `xhtml:link` alternates.
#[derive(Debug, Serialize)]
struct SitemapUrl {
    loc: String,
    /// Language tag (or `x-default`) and address.
    alternates: Vec<(String, String)>,
}

/// `site/not-found.*`: the page for a missing address.
#[derive(Debug, Serialize)]
struct NotFoundPage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    /// The `<base href>`, with the site's address.
    base: Option<String>,
    /// The index of codes of the page's locale.
    index_href: String,
}

/// A language tag as Open Graph writes a locale: `pt_BR`.
fn og_locale(tag: &str) -> String {
    tag.replace('-', "_")
}

/// A context as minijinja takes it.
pub(super) fn template_value<T: Serialize>(context: &T) -> Value {
    Value::from(Serde(context))
}

impl CodeLink {
    pub(super) fn new(layout: &Layout, code: u16, name: &str, fallback: bool) -> CodeLink {
        CodeLink {
            code,
            name: name.to_owned(),
            fallback,
            href: layout.code_href(code),
        }
    }

    /// The link to a code whose view is at hand.
    fn of_view(layout: &Layout, view: &CodeView) -> CodeLink {
        let fallback = view.fallback.contains(&CodeField::Name);
        CodeLink::new(layout, view.code, &view.name, fallback)
    }
}

impl Export {
    /// The `page` of one page: its locale's language, its title and
    /// description, the links to itself in every locale and the languages
    /// it is whole in, and what it says of its translation. Title and
    /// description are plain text: `<title>` and `<meta>` show no markup,
    /// so Fluent's isolation marks would only be stray characters there.
    pub(super) fn meta(
        &self,
        page: Page,
        title: String,
        description: String,
    ) -> Result<PageMeta<'_>, ExportError> {
        let own = page.locale();
        let locale = &self.locales[own.unwrap_or(self.layout.x_default())];
        let plain = |text: String| -> String { markup::without_isolates(&text).into_owned() };
        let address = |page: Page| {
            self.options
                .base_url
                .as_ref()
                .map(|base| format!("{base}{}", self.layout.path(page)))
        };
        // Another locale's version of this page, absolute when the site's
        // address is known.
        let version = |i: usize| {
            address(page.in_locale(i)).unwrap_or_else(|| self.layout.language_href(page, i))
        };
        let whole = self.whole_in(page);
        let x_default = self.layout.x_default();
        let coverage = self.coverage.get(&page).copied().unwrap_or_default();
        let notice = match own {
            Some(_) if !coverage.full() => {
                let mut args = FluentArgs::new();
                args.set("percent", coverage.percent());
                let english = self
                    .locales
                    .iter()
                    .position(|l| l.tag == REFERENCE.to_string());
                Some(Notice {
                    text: locale
                        .l10n
                        .text(&messages::SITE_NOTICE_PARTIAL, Some(&args))?,
                    english_href: english.map(|en| self.layout.language_href(page, en)),
                })
            }
            _ => None,
        };
        let mut args = FluentArgs::new();
        args.set("version", env!("CARGO_PKG_VERSION"));
        let footer = match &self.options.date {
            Some(date) => {
                args.set("date", date.as_str());
                &messages::SITE_FOOTER
            }
            None => &messages::SITE_FOOTER_UNDATED,
        };
        Ok(PageMeta {
            lang: &locale.tag,
            dir: locale.direction.as_str(),
            title: plain(title),
            description: plain(description),
            home_href: self.layout.index_href(),
            stylesheet_href: self.layout.stylesheet_href(page),
            icon_href: self.layout.static_href(page, "favicon.svg"),
            languages: self
                .locales
                .iter()
                .enumerate()
                .map(|(i, l)| LanguageLink {
                    lang: &l.tag,
                    dir: l.direction.as_str(),
                    name: &l.name,
                    href: self.layout.language_href(page, i),
                    current: own == Some(i),
                })
                .collect(),
            canonical: address(page),
            alternates: whole
                .iter()
                .map(|&i| Alternate {
                    lang: &self.locales[i].tag,
                    href: version(i),
                })
                .collect(),
            x_default_href: whole.contains(&x_default).then(|| version(x_default)),
            og_locale: og_locale(&locale.tag),
            og_alternates: whole
                .iter()
                .filter(|&&i| Some(i) != own)
                .map(|&i| og_locale(&self.locales[i].tag))
                .collect(),
            search: self.search_meta(page, locale),
            notice,
            edit: own
                .and_then(|_| self.edit_href(page, &locale.tag))
                .map(|href| EditLink {
                    href,
                    text: if locale.tag == REFERENCE.to_string() {
                        locale.labels.view.edit_source.clone()
                    } else {
                        locale.labels.view.edit_translation.clone()
                    },
                }),
            footer: locale.l10n.text(footer, Some(&args))?,
        })
    }

    /// The locales a page of a locale is whole in, when it is whole in its
    /// own: the languages it is advertised in. A page with English parts
    /// claims no other language's version, nor is it claimed by one.
    pub(super) fn whole_in(&self, page: Page) -> Vec<usize> {
        let full = |p: Page| self.coverage.get(&p).is_some_and(|c| c.full());
        if page.locale().is_none() || !full(page) {
            return Vec::new();
        }
        (0..self.locales.len())
            .filter(|&i| full(page.in_locale(i)))
            .collect()
    }

    /// The translation file that holds a page's text, in the edit
    /// address given.
    fn edit_href(&self, page: Page, tag: &str) -> Option<String> {
        let template = self.options.edit_url.as_ref()?;
        let file = match page {
            Page::Code { .. } => "codes.ftl",
            Page::Enhanced { .. } | Page::EnhancedIndex { .. } => "enhanced.ftl",
            _ => "ui.ftl",
        };
        Some(template.replace("{lang}", tag).replace("{file}", file))
    }

    /// The search box of a page.
    fn search_meta(&self, page: Page, locale: &SiteLocale) -> SearchMeta {
        let base = self.layout.locale_base(page);
        let statics = std::iter::once("elasticlunr.min.js")
            .chain(search::stemmer_scripts(&locale.tag).iter().copied())
            .map(|name| self.layout.static_href(page, name));
        let scripts: Vec<String> = statics
            .chain(std::iter::once(format!("{base}search-index.js")))
            .collect();
        SearchMeta {
            action: format!("{base}search.html"),
            script: self.layout.static_href(page, "search.js"),
            scripts: scripts.join(" "),
            base,
        }
    }

    /// The context of a locale's search page.
    pub(super) fn search_context(
        &self,
        page: Page,
        locale: &SiteLocale,
    ) -> Result<Value, ExportError> {
        let description = locale.l10n.text(&messages::SITE_SEARCH_DESCRIPTION, None)?;
        let meta = self.meta(page, locale.labels.view.search_title.clone(), description)?;
        Ok(template_value(&SearchPage {
            page: meta,
            labels: &locale.labels,
            index_href: self.layout.index_href(),
            enhanced_href: self.layout.enhanced_index_href(),
        }))
    }

    /// The context of the sitemap index and of `robots.txt`: the site's
    /// address and the locales' sitemaps.
    pub(super) fn sitemap_context(&self) -> Value {
        let base = self.options.base_url.clone().unwrap_or_default();
        let sitemaps = (0..self.locales.len())
            .map(|of| format!("{base}{}", self.layout.path(Page::LocaleSitemap { of })))
            .collect();
        template_value(&SitemapIndex {
            index: format!("{base}{}", self.layout.path(Page::Sitemap)),
            sitemaps,
        })
    }

    /// The context of one locale's sitemap: each page's address, and its
    /// versions in the languages it is whole in.
    pub(super) fn locale_sitemap_context(&self, locale: usize) -> Value {
        let base = self.options.base_url.clone().unwrap_or_default();
        let address = |page: Page| format!("{base}{}", self.layout.path(page));
        let x_default = self.layout.x_default();
        let urls = self
            .layout
            .sitemap_pages(locale)
            .into_iter()
            .map(|page| {
                let whole = self.whole_in(page);
                let mut alternates: Vec<(String, String)> = whole
                    .iter()
                    .map(|&i| (self.locales[i].tag.clone(), address(page.in_locale(i))))
                    .collect();
                if whole.contains(&x_default) {
                    alternates.push(("x-default".to_owned(), address(page.in_locale(x_default))));
                }
                SitemapUrl {
                    loc: address(page),
                    alternates,
                }
            })
            .collect();
        template_value(&LocaleSitemap { urls })
    }

    /// The context of a page for a missing address. With the site's
    /// address it gets a `<base>`, so that its links work from wherever a
    /// server shows it.
    pub(super) fn not_found_context(
        &self,
        page: Page,
        locale: &SiteLocale,
    ) -> Result<Value, ExportError> {
        let base = self.options.base_url.as_ref().map(|base| {
            let folder = match page.locale() {
                Some(_) => format!("{}/", locale.tag),
                None => String::new(),
            };
            format!("{base}{folder}")
        });
        let meta = self.meta(
            page,
            locale.labels.view.not_found_title.clone(),
            locale.labels.view.not_found_text.clone(),
        )?;
        let folder = self.layout.locale_base(page);
        Ok(template_value(&NotFoundPage {
            page: meta,
            labels: &locale.labels,
            base,
            index_href: format!("{folder}{}", self.layout.index_href()),
        }))
    }

    /// The context of the root page, in the `x-default` locale.
    pub(super) fn root_context(&self) -> Result<Value, ExportError> {
        let page = Page::Root;
        let locale = &self.locales[self.layout.x_default()];
        let meta = self.meta(
            page,
            locale.site.title.clone(),
            locale.site.description.clone(),
        )?;
        Ok(template_value(&RootPage {
            page: meta,
            labels: &locale.labels,
            titles: self.locales.iter().map(|l| l.site.title.as_str()).collect(),
            codes: self.code_index(page, locale)?,
        }))
    }

    /// A locale's codes by class and its other indexes, linked from `page`.
    fn code_index(&self, page: Page, locale: &SiteLocale) -> Result<CodeIndex, ExportError> {
        let base = self.layout.locale_base(page);
        let list: ListView = Viewer::new(&self.catalog, &locale.l10n).list(None)?;
        let classes = list
            .classes
            .into_iter()
            .map(|group| ClassLinks {
                class: group.class,
                name: group.name,
                codes: group
                    .codes
                    .iter()
                    .map(|e| {
                        let mut link = CodeLink::new(&self.layout, e.code, &e.name, e.fallback);
                        link.href.insert_str(0, &base);
                        link
                    })
                    .collect(),
            })
            .collect();
        Ok(CodeIndex {
            comparisons_href: format!("{base}{}", self.layout.comparisons_href()),
            enhanced_href: format!("{base}{}", self.layout.enhanced_index_href()),
            classes,
            count: list.count,
        })
    }

    /// The context of a locale's index.
    pub(super) fn index_context(
        &self,
        page: Page,
        locale: &SiteLocale,
    ) -> Result<Value, ExportError> {
        let meta = self.meta(
            page,
            locale.site.title.clone(),
            locale.site.description.clone(),
        )?;
        Ok(template_value(&IndexPage {
            page: meta,
            labels: &locale.labels,
            codes: self.code_index(page, locale)?,
        }))
    }

    /// The context of a locale's index of comparisons.
    pub(super) fn comparisons_context(
        &self,
        page: Page,
        locale: &SiteLocale,
    ) -> Result<Value, ExportError> {
        let groups = locale
            .codes
            .iter()
            .enumerate()
            .map(|(i, code)| PairGroup {
                link: CodeLink::of_view(&self.layout, &code.view),
                pairs: self.pair_links(locale, i),
            })
            .collect();
        let description = locale
            .l10n
            .text(&messages::SITE_COMPARISONS_DESCRIPTION, None)?;
        let meta = self.meta(page, locale.site.comparisons.clone(), description)?;
        Ok(template_value(&ComparisonsPage {
            page: meta,
            labels: &locale.labels,
            groups,
        }))
    }

    /// The context of a code's page.
    pub(super) fn code_context(
        &self,
        page: Page,
        locale: &SiteLocale,
        code: usize,
    ) -> Result<Value, ExportError> {
        let shared = &locale.codes[code];
        let view = &shared.view;
        let mut args = FluentArgs::new();
        args.set("code", view.code.to_string());
        args.set("name", view.name.clone());
        let title = locale.l10n.text(&messages::SITE_CODE_TITLE, Some(&args))?;
        let related = view
            .related
            .iter()
            .map(|r| CodeLink::new(&self.layout, r.code, &r.name, r.fallback))
            .collect();
        Ok(template_value(&CodePage {
            page: self.meta(page, title, view.description.clone())?,
            labels: &locale.labels,
            code: shared,
            enhanced: enhanced_links(&self.layout, view),
            related,
            pairs: self.pair_links(locale, code),
            comparisons_href: self.layout.comparisons_href(),
        }))
    }

    /// The links from the code at a position to its comparisons, each
    /// with the other code's name in the locale.
    fn pair_links(&self, locale: &SiteLocale, code: usize) -> Vec<CodeLink> {
        self.layout
            .pairs_of(code)
            .iter()
            .map(|pair| {
                let view = &locale.codes[pair.other].view;
                CodeLink {
                    code: pair.code,
                    name: view.name.clone(),
                    fallback: view.fallback.contains(&CodeField::Name),
                    href: pair.href.clone(),
                }
            })
            .collect()
    }

    /// Every code of a locale as its comparisons show it, rendered once:
    /// the two columns are most of a comparison's page.
    pub(super) fn columns(&self, locale: &SiteLocale) -> Result<Vec<Value>, ExportError> {
        let template = format!("site/column.{}", self.options.format.extension());
        locale
            .codes
            .iter()
            .map(|code| {
                let context = ColumnContext {
                    page: ColumnPage {
                        dir: locale.direction.as_str(),
                    },
                    labels: &locale.labels,
                    code,
                    href: self.layout.code_href(code.view.code),
                };
                let body = self
                    .renderer
                    .render_template(&template, template_value(&context))?;
                Ok(Value::from_safe_string(body))
            })
            .collect()
    }

    /// The comparison of the codes at two positions, from their views.
    pub(super) fn comparison(
        &self,
        locale: &SiteLocale,
        a: usize,
        b: usize,
    ) -> Result<ComparisonView, ExportError> {
        let code = |i: usize| {
            self.catalog
                .get(self.layout.code(i))
                .expect("every page's code is in the catalog")
        };
        Ok(
            Viewer::new(&self.catalog, &locale.l10n).comparison_of_views(
                code(a),
                code(b),
                locale.codes[a].view.clone(),
                locale.codes[b].view.clone(),
            )?,
        )
    }

    /// The context of the comparison of two codes.
    pub(super) fn compare_context(
        &self,
        page: Page,
        locale: &SiteLocale,
        [a, b]: [usize; 2],
        columns: &[Value],
    ) -> Result<Value, ExportError> {
        let view = self.comparison(locale, a, b)?;
        let field = |text, field| Localized {
            text,
            fallback: view.fallback.contains(&field),
        };
        let differences = view
            .differences
            .iter()
            .enumerate()
            .map(|(i, text)| Localized {
                text,
                fallback: view.fallback.contains(&CompareField::Difference(i)),
            })
            .collect();
        let column = |i: usize| CompareColumn {
            code: &locale.codes[i],
            body: &columns[i],
        };
        let context = ComparePage {
            page: self.meta(page, view.title.clone(), view.summary.clone())?,
            labels: &locale.labels,
            title: &view.title,
            summary: field(&view.summary, CompareField::Summary),
            codes: [column(a), column(b)],
            differences,
            when_to_use: field(&view.when_to_use, CompareField::WhenToUse),
            learn_more: &view.learn_more,
            comparisons_href: self.layout.comparisons_href(),
        };
        Ok(template_value(&context))
    }
}
