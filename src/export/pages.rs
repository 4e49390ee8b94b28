//! The pages of a site: which there are, the file each is written to, and
//! every link between them.
//!
//! Architecture invariant: every path and href of the site is computed
//! here; templates print the hrefs they are given and never build one.

use super::SiteFormat;
use super::context::PairLink;

/// One page of the site. A locale is a position in [`Layout::locales`], a
/// code a position in [`Layout::codes`], an enhanced code a position in
/// [`Layout::enhanced`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Page {
    /// The list of languages, at the site's root.
    Root,
    /// The stylesheet (HTML).
    Style,
    /// The index of the locales' sitemaps (HTML, with a base URL).
    Sitemap,
    /// The sitemap of one locale's pages, at the root (HTML, with a base
    /// URL): a position in [`Layout::locales`].
    LocaleSitemap {
        /// The locale.
        of: usize,
    },
    /// `robots.txt`, pointing at the sitemap (HTML, with a base URL).
    Robots,
    /// The page for a missing address, at the root, in the `x-default`
    /// locale (HTML).
    RootNotFound,
    /// A locale's page for a missing address (HTML).
    NotFound {
        /// The locale.
        locale: usize,
    },
    /// A file of the site's `static/` folder, copied as it is (HTML): a
    /// position in [`Layout::statics`].
    Static {
        /// The file.
        file: usize,
    },
    /// A locale's search index, a script (HTML).
    SearchIndex {
        /// The locale.
        locale: usize,
    },
    /// A locale's search page (HTML).
    Search {
        /// The locale.
        locale: usize,
    },
    /// A locale's index of codes.
    Index {
        /// The locale.
        locale: usize,
    },
    /// A locale's index of comparisons.
    Comparisons {
        /// The locale.
        locale: usize,
    },
    /// A locale's index of enhanced codes.
    EnhancedIndex {
        /// The locale.
        locale: usize,
    },
    /// A code's page.
    Code {
        /// The locale.
        locale: usize,
        /// The code.
        code: usize,
    },
    /// The comparison of two codes.
    Compare {
        /// The locale.
        locale: usize,
        /// The lower code.
        a: usize,
        /// The higher code.
        b: usize,
    },
    /// An enhanced code's page in one class.
    Enhanced {
        /// The locale.
        locale: usize,
        /// The enhanced code in its class.
        enhanced: usize,
    },
}

/// An enhanced code in one class, such as 5.7.1, which has a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct EnhancedPage {
    /// The class it is written in.
    pub class: u8,
    /// The subject.
    pub subject: u8,
    /// The detail.
    pub detail: u16,
    /// Its entry's position in the registry's codes.
    pub entry: usize,
}

impl Page {
    /// The same page in another locale; a page of the root is its own.
    pub(super) fn in_locale(self, other: usize) -> Page {
        match self {
            Page::NotFound { .. } => Page::NotFound { locale: other },
            Page::Index { .. } => Page::Index { locale: other },
            Page::Comparisons { .. } => Page::Comparisons { locale: other },
            Page::EnhancedIndex { .. } => Page::EnhancedIndex { locale: other },
            Page::Search { .. } => Page::Search { locale: other },
            Page::SearchIndex { .. } => Page::SearchIndex { locale: other },
            Page::Code { code, .. } => Page::Code {
                locale: other,
                code,
            },
            Page::Compare { a, b, .. } => Page::Compare {
                locale: other,
                a,
                b,
            },
            Page::Enhanced { enhanced, .. } => Page::Enhanced {
                locale: other,
                enhanced,
            },
            // The pages of the root are the same in every locale.
            _ => self,
        }
    }

    /// Whether the page is one a reader lands on, listed in the sitemap.
    pub(super) fn is_listed(self) -> bool {
        matches!(
            self,
            Page::Root
                | Page::Index { .. }
                | Page::Comparisons { .. }
                | Page::EnhancedIndex { .. }
                | Page::Code { .. }
                | Page::Compare { .. }
                | Page::Enhanced { .. }
        )
    }

    /// The locale whose folder holds the page; `None` for the site's root.
    pub(super) fn locale(self) -> Option<usize> {
        match self {
            Page::Root
            | Page::Style
            | Page::Sitemap
            | Page::LocaleSitemap { .. }
            | Page::Robots
            | Page::RootNotFound
            | Page::Static { .. } => None,
            Page::NotFound { locale }
            | Page::Index { locale }
            | Page::SearchIndex { locale }
            | Page::Search { locale }
            | Page::Comparisons { locale }
            | Page::EnhancedIndex { locale }
            | Page::Code { locale, .. }
            | Page::Compare { locale, .. }
            | Page::Enhanced { locale, .. } => Some(locale),
        }
    }
}

/// The shape of a site: its format, locales, codes and enhanced codes, and
/// from them its pages, their files and the links between them.
#[derive(Debug)]
pub(super) struct Layout {
    format: SiteFormat,
    /// The tag of every locale, in the order of the language switcher.
    locales: Vec<String>,
    /// Every code, in catalog order.
    codes: Vec<u16>,
    /// Every enhanced code with a page, in the registry's order and by
    /// class within an entry.
    enhanced: Vec<EnhancedPage>,
    /// The locale `x-default` points to, and the root page's language.
    x_default: usize,
    /// The files of the `static/` folder (HTML), by name.
    statics: Vec<String>,
    /// Whether the site has sitemaps and `robots.txt`: only when its
    /// address is known.
    sitemaps: bool,
    /// For each code, the links to its comparisons with every other code.
    pairs: Vec<Vec<PairLink>>,
}

impl Layout {
    /// The layout of a site of `codes` and the `enhanced` codes with a page
    /// in `locales`; `x_default` is the position of the locale shown to
    /// readers whose language is not among them.
    pub(super) fn new(
        format: SiteFormat,
        locales: Vec<String>,
        codes: Vec<u16>,
        enhanced: Vec<EnhancedPage>,
        x_default: usize,
        statics: Vec<String>,
        sitemaps: bool,
    ) -> Layout {
        let mut layout = Layout {
            format,
            locales,
            codes,
            enhanced,
            x_default,
            statics,
            sitemaps,
            pairs: Vec::new(),
        };
        layout.pairs = (0..layout.codes.len())
            .map(|i| {
                let code = layout.codes[i];
                layout
                    .codes
                    .iter()
                    .enumerate()
                    .filter(|&(_, &other)| other != code)
                    .map(|(position, &other)| PairLink {
                        other: position,
                        code: other,
                        href: layout.compare_href(code, other),
                    })
                    .collect()
            })
            .collect();
        layout
    }

    /// The code at a position.
    pub(super) fn code(&self, code: usize) -> u16 {
        self.codes[code]
    }

    /// The enhanced code at a position.
    pub(super) fn enhanced(&self, enhanced: usize) -> EnhancedPage {
        self.enhanced[enhanced]
    }

    /// Every enhanced code with a page.
    pub(super) fn enhanced_pages(&self) -> impl Iterator<Item = EnhancedPage> + '_ {
        self.enhanced.iter().copied()
    }

    /// The name of a file of the `static/` folder.
    pub(super) fn static_name(&self, file: usize) -> &str {
        &self.statics[file]
    }

    /// The position of the locale `x-default` points to.
    pub(super) fn x_default(&self) -> usize {
        self.x_default
    }

    /// Every page: the root (in HTML with the stylesheet, the 404 page, the
    /// static files, and with a base URL the sitemaps and `robots.txt`),
    /// then per locale its three indexes (in HTML its search and 404
    /// pages), every code, every pair of codes and every enhanced code in
    /// each of its classes.
    pub(super) fn pages(&self) -> Vec<Page> {
        let html = self.format == SiteFormat::Html;
        let mut pages = vec![Page::Root];
        if html {
            pages.extend([Page::Style, Page::RootNotFound]);
            pages.extend((0..self.statics.len()).map(|file| Page::Static { file }));
            if self.sitemaps {
                pages.extend([Page::Sitemap, Page::Robots]);
                pages.extend((0..self.locales.len()).map(|of| Page::LocaleSitemap { of }));
            }
        }
        let n_codes = self.codes.len();
        for locale in 0..self.locales.len() {
            pages.extend([
                Page::Index { locale },
                Page::Comparisons { locale },
                Page::EnhancedIndex { locale },
            ]);
            if html {
                pages.extend([
                    Page::Search { locale },
                    Page::SearchIndex { locale },
                    Page::NotFound { locale },
                ]);
            }
            pages.extend((0..n_codes).map(|code| Page::Code { locale, code }));
            for a in 0..n_codes {
                pages.extend((a + 1..n_codes).map(|b| Page::Compare { locale, a, b }));
            }
            pages.extend(
                (0..self.enhanced.len()).map(|enhanced| Page::Enhanced { locale, enhanced }),
            );
        }
        pages
    }

    /// The folders under the site's root: one per locale, and `static/`.
    pub(super) fn folders(&self) -> impl Iterator<Item = &str> {
        let statics =
            (self.format == SiteFormat::Html && !self.statics.is_empty()).then_some("static");
        self.locales.iter().map(String::as_str).chain(statics)
    }

    /// A page's file, relative to the site's root.
    pub(super) fn path(&self, page: Page) -> String {
        match page.locale() {
            Some(locale) => format!("{}/{}", self.locales[locale], self.file(page)),
            None => self.file(page),
        }
    }

    /// A page's file within its folder: the locale's folder, or the root.
    fn file(&self, page: Page) -> String {
        match page {
            Page::Root | Page::Index { .. } => self.index_href(),
            Page::Style => "style.css".to_owned(),
            Page::Sitemap => "sitemap.xml".to_owned(),
            Page::LocaleSitemap { of } => format!("sitemap-{}.xml", self.locales[of]),
            Page::Robots => "robots.txt".to_owned(),
            Page::RootNotFound | Page::NotFound { .. } => {
                format!("404.{}", self.format.extension())
            }
            Page::Static { file } => format!("static/{}", self.statics[file]),
            Page::SearchIndex { .. } => "search-index.js".to_owned(),
            Page::Search { .. } => "search.html".to_owned(),
            Page::Comparisons { .. } => self.comparisons_href(),
            Page::EnhancedIndex { .. } => self.enhanced_index_href(),
            Page::Code { code, .. } => self.code_href(self.codes[code]),
            Page::Compare { a, b, .. } => self.compare_href(self.codes[a], self.codes[b]),
            Page::Enhanced { enhanced, .. } => self.enhanced_page_href(self.enhanced[enhanced]),
        }
    }

    /// The way from a page back to the site's root.
    fn root(&self, page: Page) -> &'static str {
        if page.locale().is_some() { "../" } else { "" }
    }

    /// The index of the folder a page is in: the locale's index from a
    /// locale's page, the list of languages from the root.
    pub(super) fn index_href(&self) -> String {
        match self.format {
            SiteFormat::Html => "index.html".to_owned(),
            SiteFormat::Markdown => "README.md".to_owned(),
        }
    }

    /// The index of comparisons, from a page of the same locale.
    pub(super) fn comparisons_href(&self) -> String {
        format!("comparisons.{}", self.format.extension())
    }

    /// A code's page, from a page of the same locale.
    pub(super) fn code_href(&self, code: u16) -> String {
        format!("{code}.{}", self.format.extension())
    }

    /// The index of enhanced codes, from a page of the same locale.
    pub(super) fn enhanced_index_href(&self) -> String {
        format!("enhanced-codes.{}", self.format.extension())
    }

    /// An enhanced code's page, such as `5.7.1.html`, from a page of the
    /// same locale.
    pub(super) fn enhanced_page_href(&self, page: EnhancedPage) -> String {
        format!(
            "{}.{}.{}.{}",
            page.class,
            page.subject,
            page.detail,
            self.format.extension()
        )
    }

    /// An enhanced code's page in a class, from a page of the same locale;
    /// `None` when it has no page in that class.
    pub(super) fn enhanced_href(&self, class: u8, subject: u8, detail: u16) -> Option<String> {
        self.enhanced
            .iter()
            .find(|p| (p.class, p.subject, p.detail) == (class, subject, detail))
            .map(|&page| self.enhanced_page_href(page))
    }

    /// The pages of one detail code, by class.
    pub(super) fn enhanced_pages_of(
        &self,
        subject: u8,
        detail: u16,
    ) -> impl Iterator<Item = EnhancedPage> + '_ {
        self.enhanced
            .iter()
            .copied()
            .filter(move |p| (p.subject, p.detail) == (subject, detail))
    }

    /// The comparison of two codes in either order, from a page of the same
    /// locale: one file per pair, lower code first.
    pub(super) fn compare_href(&self, a: u16, b: u16) -> String {
        self.compare_href_pattern()
            .replace("{a}", &a.min(b).to_string())
            .replace("{b}", &a.max(b).to_string())
    }

    /// [`Layout::compare_href`] with `{a}` for the lower code and `{b}` for
    /// the higher, for the search to fill in.
    pub(super) fn compare_href_pattern(&self) -> String {
        format!("{{a}}-vs-{{b}}.{}", self.format.extension())
    }

    /// The links from the code at a position to its comparisons.
    pub(super) fn pairs_of(&self, code: usize) -> &[PairLink] {
        &self.pairs[code]
    }

    /// The stylesheet, from a page.
    pub(super) fn stylesheet_href(&self, page: Page) -> String {
        format!("{}style.css", self.root(page))
    }

    /// A file of the `static/` folder, from a page.
    pub(super) fn static_href(&self, page: Page, name: &str) -> String {
        format!("{}static/{name}", self.root(page))
    }

    /// The folder of the locale a page shows, from the page: its own, or
    /// from the root the `x-default` locale's. Prefixed to a locale's
    /// hrefs, it makes them links from the page.
    pub(super) fn locale_base(&self, page: Page) -> String {
        match page.locale() {
            Some(_) => String::new(),
            None => format!("{}/", self.locales[self.x_default]),
        }
    }

    /// The same page in another locale; from the root, that locale's index.
    pub(super) fn language_href(&self, page: Page, locale: usize) -> String {
        let same = match page {
            Page::Root
            | Page::Style
            | Page::Sitemap
            | Page::LocaleSitemap { .. }
            | Page::Robots
            | Page::Static { .. } => Page::Index { locale },
            Page::RootNotFound => Page::NotFound { locale },
            Page::SearchIndex { .. } => Page::Search { locale },
            _ => page,
        };
        format!(
            "{}{}/{}",
            self.root(page),
            self.locales[locale],
            self.file(same)
        )
    }

    /// The pages listed in a locale's sitemap: its own, and for the
    /// `x-default` locale the landing page.
    pub(super) fn sitemap_pages(&self, locale: usize) -> Vec<Page> {
        self.pages()
            .into_iter()
            .filter(|p| p.is_listed())
            .filter(|p| p.locale().unwrap_or(self.x_default) == locale)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(format: SiteFormat) -> Layout {
        let page = |class, subject, detail, entry| EnhancedPage {
            class,
            subject,
            detail,
            entry,
        };
        Layout::new(
            format,
            vec!["ar".to_owned(), "en".to_owned()],
            vec![334, 451, 550],
            vec![page(4, 7, 1, 0), page(5, 7, 1, 0), page(5, 7, 27, 1)],
            1,
            vec!["search.js".to_owned()],
            true,
        )
    }

    #[test]
    fn files_and_links_follow_the_format() {
        let html = layout(SiteFormat::Html);
        let page = Page::Compare {
            locale: 0,
            a: 0,
            b: 2,
        };
        assert_eq!(html.path(page), "ar/334-vs-550.html");
        assert_eq!(html.language_href(page, 1), "../en/334-vs-550.html");
        assert_eq!(html.stylesheet_href(page), "../style.css");
        assert_eq!(html.path(Page::Root), "index.html");
        assert_eq!(html.language_href(Page::Root, 0), "ar/index.html");
        assert_eq!(html.stylesheet_href(Page::Root), "style.css");
        assert_eq!(html.path(Page::Static { file: 0 }), "static/search.js");
        assert_eq!(html.static_href(page, "search.js"), "../static/search.js");
        assert_eq!(
            html.path(Page::SearchIndex { locale: 0 }),
            "ar/search-index.js"
        );
        assert_eq!(html.locale_base(Page::Root), "en/");
        assert_eq!(html.compare_href(451, 334), "334-vs-451.html");
        let enhanced = Page::Enhanced {
            locale: 0,
            enhanced: 1,
        };
        assert_eq!(html.path(enhanced), "ar/5.7.1.html");
        assert_eq!(html.language_href(enhanced, 1), "../en/5.7.1.html");
        assert_eq!(
            html.path(Page::EnhancedIndex { locale: 1 }),
            "en/enhanced-codes.html"
        );
        let md = layout(SiteFormat::Markdown);
        assert_eq!(md.path(Page::Root), "README.md");
        assert_eq!(md.path(Page::Index { locale: 1 }), "en/README.md");
        assert_eq!(md.path(Page::Code { locale: 1, code: 1 }), "en/451.md");
        assert_eq!(md.path(enhanced), "ar/5.7.1.md");
    }

    #[test]
    fn an_enhanced_code_links_only_to_the_classes_it_has_a_page_in() {
        let html = layout(SiteFormat::Html);
        assert_eq!(html.enhanced_href(4, 7, 1).as_deref(), Some("4.7.1.html"));
        assert_eq!(html.enhanced_href(4, 7, 27), None);
        let classes: Vec<u8> = html.enhanced_pages_of(7, 1).map(|p| p.class).collect();
        assert_eq!(classes, [4, 5]);
    }

    #[test]
    fn a_pair_has_one_file_whichever_code_comes_first() {
        let html = layout(SiteFormat::Html);
        assert_eq!(html.compare_href(550, 334), html.compare_href(334, 550));
        let links: Vec<(u16, &str)> = html
            .pairs_of(2)
            .iter()
            .map(|l| (l.code, l.href.as_str()))
            .collect();
        assert_eq!(links, [(334, "334-vs-550.html"), (451, "451-vs-550.html")]);
    }

    #[test]
    fn every_page_a_reader_lands_on_is_in_a_sitemap() {
        let html = layout(SiteFormat::Html);
        // Three indexes, three codes, three pairs, three enhanced pages;
        // not the search page and its index, the 404 pages, the
        // stylesheet, the sitemaps, robots.txt or the static files.
        let per_locale = 3 + 3 + 3 + 3;
        let root = 1 + 2 + 1 + 2 + 2;
        assert_eq!(html.pages().len(), root + 2 * (per_locale + 3));
        assert_eq!(html.sitemap_pages(0).len(), per_locale);
        assert_eq!(html.sitemap_pages(1).len(), 1 + per_locale);
        assert_eq!(html.path(Page::LocaleSitemap { of: 0 }), "sitemap-ar.xml");
        assert_eq!(html.path(Page::NotFound { locale: 0 }), "ar/404.html");
        assert_eq!(
            layout(SiteFormat::Markdown).pages().len(),
            1 + 2 * per_locale
        );
    }
}
