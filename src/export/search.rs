//! The search of the HTML site: one index per locale, built here with
//! elasticlunr-rs in the format elasticlunr.js reads, and written as a
//! script (`search-index.js`) so that a page opened from disk can load it:
//! browsers refuse `fetch` over `file://` but run a `<script>`.
//!
//! Words go through the same pipeline on both sides: the index names its
//! pipeline functions, and the browser has each of them, from elasticlunr.js
//! (English), lunr-languages (the Turkish and Arabic stemmers) or
//! `search.js` (`trimmer-smtpkb`, for languages without a stemmer). Codes
//! are not words: the index lists each page's codes, and `search.js`
//! matches a code such as 550, 5.7.1 or X.7.1 exactly.

use elasticlunr::lang::common::RegexTrimmer;
use elasticlunr::lang::{Arabic, English, Language, Turkish};
use elasticlunr::{Index, IndexBuilder, Pipeline};
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{Export, ExportError, SiteLocale};
use crate::markup;
use crate::messages;
use crate::view::{FixPart, Viewer};

/// The scripts of the site's `static/` folder that a locale's search loads,
/// in order, after elasticlunr.js.
pub(super) fn stemmer_scripts(tag: &str) -> &'static [&'static str] {
    match primary(tag) {
        "tr" => &["lunr.stemmer.support.min.js", "lunr.tr.min.js"],
        "ar" => &["lunr.stemmer.support.min.js", "lunr.ar.min.js"],
        _ => &[],
    }
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The words of a locale as its index and its search read them: stemmed
/// where elasticlunr has the language's stemmer, otherwise split at spaces
/// and hyphens, lowercased and trimmed of punctuation. Vietnamese needs no
/// more: its words do not inflect.
fn language(tag: &str) -> Box<dyn Language> {
    match primary(tag) {
        "en" => Box::new(English::new()),
        "tr" => Box::new(Turkish::new()),
        "ar" => Box::new(Arabic::new()),
        _ => Box::new(Unstemmed),
    }
}

/// A language without a stemmer.
struct Unstemmed;

impl Language for Unstemmed {
    fn name(&self) -> String {
        "Unstemmed".into()
    }

    fn code(&self) -> String {
        "smtpkb".into()
    }

    fn tokenize(&self, text: &str) -> Vec<String> {
        elasticlunr::lang::tokenize_whitespace(text)
    }

    fn make_pipeline(&self) -> Pipeline {
        Pipeline {
            queue: vec![Box::new(RegexTrimmer::new(
                "trimmer-smtpkb",
                r"\p{L}\p{N}\p{M}",
            ))],
        }
    }
}

/// What a page of the results is.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
enum Kind {
    Code,
    Enhanced,
}

/// One page that the search can find.
#[derive(Debug, Serialize)]
struct Doc {
    /// Its title.
    title: String,
    /// Its page, from the locale's folder.
    href: String,
    kind: Kind,
    /// The code it is about, as a reader types it: `550`, `5.7.1`.
    code: String,
    /// Its description, shown under the title.
    summary: String,
}

/// The texts the search shows, in the locale's language.
#[derive(Debug, Serialize)]
struct SearchLabels {
    /// "No page matches this search."
    none: String,
    /// "N pages found", for N from 0 to [`MAX_RESULTS`]; index 0 is unused.
    counts: Vec<String>,
    /// The name of each kind of page.
    code: String,
    enhanced: String,
    comparison: String,
}

/// The most results shown.
const MAX_RESULTS: usize = 20;

/// What `search-index.js` sets as `window.smtpkbSearch`.
#[derive(Serialize)]
struct SearchData<'a> {
    labels: SearchLabels,
    docs: Vec<Doc>,
    /// The comparison of two codes, with `{a}` and `{b}` for the lower and
    /// the higher code.
    pair_href: String,
    /// The elasticlunr index of the docs' titles and texts; a doc's
    /// reference is its position in `docs`.
    index: &'a Index,
}

impl Export {
    /// The script that holds a locale's search index.
    pub(super) fn search_index(&self, locale: &SiteLocale) -> Result<String, ExportError> {
        let labels = &locale.labels.view;
        // What the index reads: the words alone.
        let plain = |text: &str| -> String {
            markup::without_isolates(&markup::plain(
                text,
                &labels.quote_open,
                &labels.quote_close,
            ))
            .into_owned()
        };
        // What a reader sees in the results, as plain text: Fluent's
        // isolation marks kept, and each literal isolated left to right, so
        // that right-to-left text shows “RFC 4954” and a server's reply in
        // their order.
        let open = format!("{}\u{2066}", labels.quote_open);
        let close = format!("\u{2069}{}", labels.quote_close);
        let shown = |text: &str| -> String { markup::plain(text, &open, &close) };
        let steps = |fix: &[FixPart]| -> String {
            fix.iter()
                .flat_map(|part| &part.steps)
                .map(|step| plain(step))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut docs = Vec::new();
        let mut texts = Vec::new();
        for shared in &locale.codes {
            let view = &shared.view;
            let code = view.code.to_string();
            let mut body = vec![
                plain(&view.description),
                plain(&view.when),
                steps(&view.fix),
            ];
            body.extend(view.restriction.as_deref().map(plain));
            texts.push(body.join(" "));
            docs.push(Doc {
                title: shown(&format!("{code} {}", view.name)),
                href: self.layout.code_href(view.code),
                kind: Kind::Code,
                code,
                summary: shown(&view.description),
            });
        }
        let viewer = Viewer::new(&self.catalog, &locale.l10n);
        for page in self.layout.enhanced_pages() {
            let entry = &self.catalog.registry().codes[page.entry];
            let view = viewer.enhanced(Some(page.class), entry)?;
            texts.push([plain(&view.description), steps(&view.fix)].join(" "));
            docs.push(Doc {
                title: shown(&format!("{} {}", view.code, view.name)),
                href: self.layout.enhanced_page_href(page),
                kind: Kind::Enhanced,
                code: view.code,
                summary: shown(&view.description),
            });
        }
        let mut index = IndexBuilder::with_language(language(&locale.tag))
            .save_docs(false)
            .add_fields(["title", "body"])
            .build();
        for (i, (doc, text)) in docs.iter().zip(&texts).enumerate() {
            let title = markup::without_isolates(&doc.title);
            index.add_doc(&i.to_string(), [title.as_ref(), text.as_str()]);
        }
        let count = |n: usize| -> Result<String, ExportError> {
            let mut args = FluentArgs::new();
            args.set("count", n);
            Ok(locale
                .l10n
                .text(&messages::SITE_SEARCH_COUNT, Some(&args))?)
        };
        let data = SearchData {
            labels: SearchLabels {
                none: locale.l10n.text(&messages::SITE_SEARCH_NONE, None)?,
                counts: std::iter::once(Ok(String::new()))
                    .chain((1..=MAX_RESULTS).map(count))
                    .collect::<Result<_, _>>()?,
                code: labels.reply_code.clone(),
                enhanced: labels.status_code.clone(),
                comparison: labels.comparison.clone(),
            },
            docs,
            pair_href: self.layout.compare_href_pattern(),
            index: &index,
        };
        // Strings, numbers and maps with string keys: nothing that JSON
        // cannot hold, as elasticlunr's own `to_json` relies on.
        let json = serde_json::to_string(&data).expect("the search data is JSON");
        Ok(format!("window.smtpkbSearch = {json};\n"))
    }
}
