//! Translation coverage per locale and file, for `cargo xtask stats`: the
//! reference's messages, attributes and words that each locale translates.
//! It reads and indexes the locales tree as the checker does.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::Entry;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::assets::{AssetError, Tree};
use crate::check::{
    CheckError, Counted, LocaleText, Options, Ordered, count_reference, read_locales, reference_of,
    select_locales,
};
use crate::diagnostic::{LineIndex, Location};
use crate::l10n::origin::{self, Record};

/// Translated out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    /// Present in the locale.
    pub translated: usize,
    /// In the reference.
    pub total: usize,
}

impl Count {
    /// Whole percent, rounded down; 100 for an empty total.
    pub fn percent(self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }

    fn add(&mut self, other: Count) {
        self.translated += other.translated;
        self.total += other.total;
    }
}

/// Coverage of one file of one locale.
#[derive(Debug, Clone, Serialize)]
pub struct FileStats {
    /// The file name, such as `ui.ftl`.
    pub file: String,
    /// Messages and terms.
    pub messages: Count,
    /// Attributes of messages and terms.
    pub attributes: Count,
    /// Words of the reference text, counted for translated messages.
    pub words: Count,
    /// The ids of the reference that the locale lacks.
    pub missing: Vec<String>,
}

/// Coverage of one locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStats {
    /// The locale, by folder name.
    pub locale: String,
    /// Per file of the reference.
    pub files: Vec<FileStats>,
    /// Messages over all files.
    pub messages: Count,
    /// Attributes over all files.
    pub attributes: Count,
    /// Words over all files.
    pub words: Count,
}

/// Coverage of every locale other than the reference (or of the locales
/// `options` names), in a locales tree laid out `<lang>/*.ftl`.
pub fn stats(tree: &Tree, options: &Options) -> Result<Vec<LocaleStats>, CheckError> {
    let reference = reference_folder(tree, options)?;
    let mut all = coverage(tree, options)?;
    all.retain(|locale| locale.locale != reference);
    Ok(all)
}

/// What could not be read in the `.ftl` files of a tree, with where: the
/// entries it skipped count as untranslated.
pub fn unreadable(tree: &Tree) -> Result<Vec<(crate::diagnostic::Location, String)>, CheckError> {
    let mut found = Vec::new();
    for name in tree.files()?.iter() {
        if !name.ends_with(".ftl") {
            continue;
        }
        let file = tree.ftl(name)?;
        for error in file.syntax_errors() {
            found.push((file.location(error.offset), error.message.clone()));
        }
    }
    Ok(found)
}

/// The name of the reference locale's folder.
fn reference_folder(tree: &Tree, options: &Options) -> Result<String, CheckError> {
    let locales = select_locales(tree, &options.reference, &[])?;
    Ok(locales
        .into_iter()
        .find(|l| l.is_reference)
        .expect("select_locales keeps the reference")
        .name)
}

/// Coverage of every locale of a tree (or of the locales `options` names),
/// the reference included: the one model of coverage, which `smtpkb
/// locales` and `cargo xtask stats` both show. A locale's percentage is
/// that of the reference's words it translates.
pub fn coverage(tree: &Tree, options: &Options) -> Result<Vec<LocaleStats>, CheckError> {
    let locales = select_locales(tree, &options.reference, &options.locales)?;
    let texts = read_locales(tree, &locales)?;
    let reference_files = reference_of(&texts).parse();
    let reference = count_reference(&reference_files);
    let mut all = Vec::new();
    for text in &texts {
        let present = present_entries(text, &reference);
        let mut locale = LocaleStats {
            locale: text.folder.name.clone(),
            files: Vec::new(),
            messages: Count::default(),
            attributes: Count::default(),
            words: Count::default(),
        };
        for (index, ref_file) in reference_files.iter().enumerate() {
            let mut file = FileStats {
                file: ref_file.base.to_owned(),
                messages: Count::default(),
                attributes: Count::default(),
                words: Count::default(),
                missing: Vec::new(),
            };
            for ((id, entry), present) in reference.iter().zip(&present) {
                if entry.file != index {
                    continue;
                }
                file.messages.total += 1;
                file.attributes.total += entry.attributes.len();
                file.words.total += entry.words;
                match present {
                    Some(attributes) => {
                        file.messages.translated += 1;
                        file.attributes.translated += attributes;
                        file.words.translated += entry.words;
                    }
                    None => file.missing.push(id.clone()),
                }
            }
            locale.messages.add(file.messages);
            locale.attributes.add(file.attributes);
            locale.words.add(file.words);
            // Only the missing ids are sorted: they are what a reader reads.
            file.missing.sort_unstable();
            locale.files.push(file);
        }
        all.push(locale);
    }
    Ok(all)
}

/// For each reference entry, in order, whether the locale has it and how
/// many of its attributes, found with [`Ordered::find_from`] so that the
/// walk stays in order in memory on large files.
fn present_entries(text: &LocaleText, reference: &Ordered<Counted<'_>>) -> Vec<Option<usize>> {
    let mut present: Vec<Option<usize>> = vec![None; reference.len()];
    let mut next = 0;
    for file in &text.files {
        for entry in file.ftl.entries() {
            let attributes = match entry.entry {
                Entry::Message(message) => &message.attributes,
                Entry::Term(term) => &term.attributes,
                _ => continue,
            };
            let Some(found) = reference.find_from(entry.id, &mut next) else {
                continue;
            };
            // An id defined twice counts the attributes of either.
            let has = reference
                .at(found)
                .attributes
                .iter()
                .filter(|name| attributes.iter().any(|a| a.id.name == **name))
                .count();
            present[found] = Some(present[found].map_or(has, |before| before.max(has)));
        }
    }
    present
}

/// A table a translator reads at a glance; with `verbose`, the missing ids
/// of each file below its row.
pub fn render_stats_text(stats: &[LocaleStats], verbose: bool) -> String {
    let mut rows = vec![[
        "locale".to_owned(),
        "file".to_owned(),
        "messages".to_owned(),
        "attributes".to_owned(),
        "words".to_owned(),
        "done".to_owned(),
    ]];
    let mut missing_after = BTreeMap::new();
    for locale in stats {
        for file in &locale.files {
            rows.push([
                locale.locale.clone(),
                file.file.clone(),
                format!("{}/{}", file.messages.translated, file.messages.total),
                format!("{}/{}", file.attributes.translated, file.attributes.total),
                format!("{}/{}", file.words.translated, file.words.total),
                format!("{}%", file.words.percent()),
            ]);
            if verbose && !file.missing.is_empty() {
                missing_after.insert(rows.len() - 1, file.missing.join(", "));
            }
        }
        rows.push([
            locale.locale.clone(),
            "(all)".to_owned(),
            format!("{}/{}", locale.messages.translated, locale.messages.total),
            format!(
                "{}/{}",
                locale.attributes.translated, locale.attributes.total
            ),
            format!("{}/{}", locale.words.translated, locale.words.total),
            format!("{}%", locale.words.percent()),
        ]);
    }
    let widths: Vec<usize> = (0..6)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let pad = widths[c] - cell.chars().count();
                if c < 2 {
                    format!("{cell}{}", " ".repeat(pad))
                } else {
                    format!("{}{cell}", " ".repeat(pad))
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
        if let Some(missing) = missing_after.get(&i) {
            out.push_str(&format!("    missing: {missing}\n"));
        }
    }
    out
}

/// What [`mark_current`] did.
#[derive(Debug)]
pub struct Marked {
    /// The record it wrote, as the user names it.
    pub path: String,
    /// How many messages it recorded as translated from the English now.
    pub count: usize,
}

/// A `--only` id or a record that stops `stats --mark-current`.
#[derive(Debug, thiserror::Error)]
pub enum MarkError {
    #[error(transparent)]
    Check(#[from] CheckError),
    #[error("{location}: {message}")]
    Record { location: Location, message: String },
    #[error("{lang} has no message “{id}” to mark; give an id that the locale translates")]
    NotTranslated { lang: String, id: String },
    #[error("cannot write {path}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// Records, in `<lang>/translated-from.toml`, that `lang`'s messages are
/// translated from the reference's English now: every message the locale
/// has that the reference has too, or only the `only` ones. The record is
/// written beside the locale's files and renamed into place, so it is
/// never half written; what it held for other messages is kept.
pub fn mark_current(
    tree: &Tree,
    options: &Options,
    lang: &LanguageIdentifier,
    only: &[String],
) -> Result<Marked, MarkError> {
    let folders = select_locales(tree, &options.reference, std::slice::from_ref(lang))?;
    let texts = read_locales(tree, &folders)?;
    let english = origin::english(reference_of(&texts).files.iter().map(|f| &*f.ftl));
    let locale = texts
        .iter()
        .find(|t| !t.folder.is_reference)
        .unwrap_or(&texts[0]);
    let defined: BTreeSet<String> = locale
        .files
        .iter()
        .flat_map(|f| f.ftl.entries().map(|e| e.id.to_owned()).collect::<Vec<_>>())
        .filter(|id| english.contains_key(id))
        .collect();
    let ids: Vec<String> = if only.is_empty() {
        defined.into_iter().collect()
    } else {
        for id in only {
            if !defined.contains(id) {
                return Err(MarkError::NotTranslated {
                    lang: locale.folder.name.clone(),
                    id: id.clone(),
                });
            }
        }
        only.to_vec()
    };
    let relative = format!("{}/{}", locale.folder.name, origin::FILE);
    let path = tree.display_path(&relative);
    let mut record = match tree.read(&relative) {
        Ok(text) => Record::parse(&text).map_err(|error| {
            let location = LineIndex::new(&text).location(&path, &text, error.offset);
            MarkError::Record {
                location,
                message: error.message,
            }
        })?,
        Err(AssetError::Missing { .. }) => Record::default(),
        Err(error) => return Err(CheckError::from(error).into()),
    };
    let count = ids.len();
    record.mark(&english, ids);
    let Some(dir) = tree.path() else {
        return Err(MarkError::Write {
            path,
            source: std::io::Error::other("the embedded locales cannot be written"),
        });
    };
    let target = dir.join(&relative);
    let staged = target.with_extension("toml.new");
    let text = record
        .render(&locale.folder.name)
        .map_err(|error| MarkError::Write {
            path: path.clone(),
            source: std::io::Error::other(error),
        })?;
    let write = std::fs::write(&staged, text).and_then(|()| std::fs::rename(&staged, &target));
    if let Err(source) = write {
        let _ = std::fs::remove_file(&staged);
        return Err(MarkError::Write { path, source });
    }
    Ok(Marked { path, count })
}
