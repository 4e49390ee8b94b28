//! The files of a locales tree as the checker, `stats` and `scaffold` read
//! them: through [`Tree`], each `.ftl` parsed once, with its line index
//! built once.
//!
//! Ownership: a locale's files ([`LocaleText`]) are read and parsed
//! together, each into an [`FtlFile`] (the one parsed form of a `.ftl`
//! file, shared with the bundles); the checker holds one locale's for as
//! long as it checks them, the reference's for the whole run. A
//! [`SourceFile`] is a view of one of them.

use fluent_syntax::ast::{Entry, Pattern};
use rayon::prelude::*;
use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use super::CheckError;
use super::ast;
use crate::assets::{AssetError, Tree};
use crate::l10n::ftl::EntryAt;
use crate::l10n::{FtlFile, Pseudo, best_match, folder_tag, parse_tag};

/// The file beside the locale folders that lists words a translation may
/// keep from the reference, one per line (`#` starts a comment).
pub const ALLOWLIST: &str = "untranslated-allowlist.txt";

/// One `.ftl` file of one locale, parsed.
#[derive(Debug)]
pub(crate) struct FileText {
    /// `vi/ui.ftl`, relative to the tree.
    pub name: String,
    /// `ui.ftl`.
    pub base: String,
    /// The file, its invalid UTF-8 replaced by U+FFFD.
    pub ftl: Arc<FtlFile>,
}

/// One locale folder of a tree, as a selection keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LocaleFolder {
    /// The folder's name, as findings and file names show it: `vi`.
    pub name: String,
    /// The tag the name spells, read with [`parse_tag`]; `None` for a
    /// folder not named with a tag, which no `--lang` selects.
    pub tag: Option<LanguageIdentifier>,
    /// Whether it is the reference locale of the selection.
    pub is_reference: bool,
    /// The tag whose plural rules and words apply: the locale's own, or
    /// the reference's for a pseudo-locale, which is the reference in other
    /// letters.
    pub grammar: Option<LanguageIdentifier>,
    /// The pseudo-locale it is, made from the reference, if it is one.
    pub pseudo: Option<Pseudo>,
}

/// The `.ftl` files of one locale, sorted by name.
#[derive(Debug)]
pub(crate) struct LocaleText {
    /// The locale's folder.
    pub folder: LocaleFolder,
    /// Its files.
    pub files: Vec<FileText>,
}

impl LocaleText {
    /// A view of every file of the locale.
    pub(crate) fn parse(&self) -> Vec<SourceFile<'_>> {
        self.files.iter().map(SourceFile::parse).collect()
    }
}

/// The locales to read: every folder of the tree (sorted, hidden ones
/// skipped), or only the reference and the `wanted` ones. A tag selects
/// the folder [`best_match`] picks among the folders' tags, so `pt_br`
/// selects `pt-BR` and `vi_VN.UTF-8` selects `vi`; the reference and each
/// wanted locale must be found.
pub(crate) fn select_locales(
    tree: &Tree,
    reference: &LanguageIdentifier,
    wanted: &[LanguageIdentifier],
) -> Result<Vec<LocaleFolder>, CheckError> {
    let mut folders: Vec<LocaleFolder> = tree
        .folders()?
        .into_iter()
        .map(|name| {
            let tag = parse_tag(&name).ok();
            LocaleFolder {
                grammar: tag.clone(),
                tag,
                name,
                is_reference: false,
                pseudo: None,
            }
        })
        .collect();
    let tags: Vec<LanguageIdentifier> = folders.iter().filter_map(|f| f.tag.clone()).collect();
    // Two folders may spell one tag (`pt-BR` and `pt_br`): the first is
    // the one selected.
    let find = |requested: &LanguageIdentifier| {
        let tag = best_match(requested, &tags)?;
        folders.iter().position(|f| f.tag.as_ref() == Some(tag))
    };
    let reference_index = find(reference).ok_or_else(|| CheckError::NoReference {
        path: tree.display_path(""),
        reference: reference.clone(),
    })?;
    let mut selected = vec![wanted.is_empty(); folders.len()];
    selected[reference_index] = true;
    for locale in wanted {
        let index = find(locale).ok_or_else(|| CheckError::NoLocale {
            path: tree.display_path(""),
            locale: locale.clone(),
        })?;
        selected[index] = true;
    }
    folders[reference_index].is_reference = true;
    let mut selected = selected.into_iter();
    folders.retain(|_| selected.next().unwrap_or(false));
    Ok(folders)
}

/// The pseudo-locales of a reference, as a locale of the tree each
/// ([`crate::l10n::pseudo`]): their files are named as if they were in the
/// tree (`en-XA/ui.ftl`), and each line is the reference's line.
pub(crate) fn pseudo_locales(
    tree: &Tree,
    reference: &LocaleText,
    pseudo: &[Pseudo],
) -> Result<Vec<LocaleText>, CheckError> {
    let folders = tree.folders()?;
    pseudo
        .iter()
        .map(|&pseudo| {
            let tag = pseudo.tag();
            let name = tag.to_string();
            if folders
                .iter()
                .any(|f| parse_tag(f).ok().as_ref() == Some(&tag))
            {
                return Err(CheckError::PseudoTaken {
                    path: tree.display_path(&name),
                    tag,
                });
            }
            let files = reference
                .files
                .iter()
                .map(|file| {
                    let relative = format!("{name}/{}", file.base);
                    FileText {
                        ftl: Arc::new(pseudo.file(&file.ftl, tree.display_path(&relative))),
                        name: relative,
                        base: file.base.clone(),
                    }
                })
                .collect();
            Ok(LocaleText {
                folder: LocaleFolder {
                    name,
                    tag: Some(tag),
                    is_reference: false,
                    grammar: reference.folder.grammar.clone(),
                    pseudo: Some(pseudo),
                },
                files,
            })
        })
        .collect()
}

/// The folders of the tree that `smtpkb` cannot load as locales, with why
/// ([`folder_tag`]): every folder, whichever are selected, since one
/// misnamed folder stops the whole tree from loading.
pub(crate) fn misnamed_folders(tree: &Tree) -> Result<Vec<(String, String)>, CheckError> {
    Ok(tree
        .folders()?
        .into_iter()
        .filter_map(|name| folder_tag(&name).err().map(|reason| (name, reason)))
        .collect())
}

/// The reference among locales read by [`read_locales`].
pub(crate) fn reference_of(texts: &[LocaleText]) -> &LocaleText {
    texts
        .iter()
        .find(|l| l.folder.is_reference)
        .expect("select_locales keeps the reference")
}

/// The texts of the given locales, in the same order.
pub(crate) fn read_locales(
    tree: &Tree,
    folders: &[LocaleFolder],
) -> Result<Vec<LocaleText>, CheckError> {
    folders
        .par_iter()
        .map(|folder| read_locale(tree, folder))
        .collect()
}

/// The texts of the reference locale, which must exist.
pub(crate) fn read_reference(
    tree: &Tree,
    reference: &LanguageIdentifier,
) -> Result<LocaleText, CheckError> {
    let folders = select_locales(tree, reference, std::slice::from_ref(reference))?;
    let mut texts = read_locales(tree, &folders)?;
    Ok(texts.remove(0))
}

/// The `.ftl` files directly in one locale's folder.
pub(crate) fn read_locale(tree: &Tree, folder: &LocaleFolder) -> Result<LocaleText, CheckError> {
    let mut files = Vec::new();
    for name in tree.files_in(&folder.name)? {
        // `vi/ui.ftl` gives `ui.ftl`.
        let base = name[folder.name.len() + 1..].to_owned();
        if !base.ends_with(".ftl") {
            continue;
        }
        files.push(FileText {
            ftl: tree.ftl(&name)?,
            name,
            base,
        });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(LocaleText {
        folder: folder.clone(),
        files,
    })
}

/// The words of the tree's allow-list, if it has one. The embedded tree has
/// none: it holds only `.ftl` files.
pub(crate) fn read_allowlist(tree: &Tree) -> Result<Vec<String>, CheckError> {
    let text = match tree.read(ALLOWLIST) {
        Ok(text) => text,
        Err(AssetError::Missing { .. }) => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    Ok(text
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect())
}

/// A locale's glossary, beside its files: a Markdown table whose first
/// column is the concept in the reference's words and whose second is the
/// locale's term.
pub const GLOSSARY: &str = "GLOSSARY.md";

/// The words a locale's glossary keeps as the reference writes them: those
/// of a term that its concept has too (`| relay | relay |` keeps "relay").
/// A locale without a glossary keeps none.
pub(crate) fn read_glossary(tree: &Tree, folder: &LocaleFolder) -> Vec<String> {
    let Ok(text) = tree.read(&format!("{}/{GLOSSARY}", folder.name)) else {
        return Vec::new();
    };
    let words = |cell: &str| -> Vec<String> {
        cell.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .map(str::to_lowercase)
            .collect()
    };
    let mut kept = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        let [concept, term, ..] = cells[..] else {
            continue;
        };
        if !line.trim_start().starts_with('|') {
            continue;
        }
        let concept = words(concept);
        for word in words(term) {
            if concept.contains(&word) && !kept.contains(&word) {
                kept.push(word);
            }
        }
    }
    kept
}

/// One file of one locale, parsed, with its line index.
#[derive(Clone, Copy)]
pub(crate) struct SourceFile<'t> {
    /// `vi/ui.ftl`.
    pub name: &'t str,
    /// `ui.ftl`.
    pub base: &'t str,
    /// The text.
    pub text: &'t str,
    /// The parsed file.
    pub ftl: &'t FtlFile,
}

impl<'t> SourceFile<'t> {
    /// A view of one parsed file.
    pub(crate) fn parse(file: &'t FileText) -> SourceFile<'t> {
        SourceFile {
            name: &file.name,
            base: &file.base,
            text: file.ftl.source(),
            ftl: &file.ftl,
        }
    }

    /// What the parser could not read.
    pub(crate) fn errors(&self) -> &'t [crate::l10n::ftl::SyntaxError] {
        self.ftl.syntax_errors()
    }

    /// The 1-based line and column of a byte offset.
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        self.ftl.line_column(offset)
    }

    /// The messages and terms of the file, in order.
    pub(crate) fn entries(&self) -> Vec<Parsed<'t>> {
        self.ftl
            .entries()
            .filter_map(|entry| Parsed::new(self.text, entry))
            .collect()
    }
}

/// A message or term of one file, as parsed, with the offsets of its id and
/// attributes.
pub(crate) struct Parsed<'s> {
    /// The id, with a leading `-` for a term.
    pub id: &'s str,
    /// Byte offset of the id (of the `-` for a term).
    pub offset: usize,
    /// The value; a message may have none.
    pub value: Option<&'s Pattern<&'s str>>,
    /// Each attribute: name, byte offset of the name, value.
    pub attributes: Vec<(&'s str, usize, &'s Pattern<&'s str>)>,
}

impl<'s> Parsed<'s> {
    fn new(source: &'s str, at: EntryAt<'s>) -> Option<Parsed<'s>> {
        let (value, attributes) = match at.entry {
            Entry::Message(m) => (m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (Some(&t.value), &t.attributes),
            _ => return None,
        };
        Some(Parsed {
            id: at.id,
            offset: at.offset,
            value,
            attributes: attributes
                .iter()
                .map(|a| {
                    (
                        a.id.name,
                        ast::offset_in(source, a.id.name).unwrap_or(at.offset),
                        &a.value,
                    )
                })
                .collect(),
        })
    }
}
