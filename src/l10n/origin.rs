//! The English each translation was made from, kept beside a locale's
//! files in `<lang>/translated-from.toml`: for every message it records,
//! the reference's text at the time, so that a translator learns which
//! translations are older than the English they translate, and what the
//! English said then.
//!
//! A message's English is its entry in the reference written as canonical
//! Fluent (its value and attributes, without its comment and id), so that
//! moving or reformatting a message changes nothing, and changing a word
//! does. `cargo xtask stats --mark-current LANG` records the current
//! English of a locale's messages; `cargo xtask new-locale` writes an
//! empty record.

use std::collections::{BTreeMap, HashSet};

use fluent_syntax::ast::{Entry, Resource};
use serde::{Deserialize, Serialize};

use super::ftl::FtlFile;

/// The record's file name, in each locale folder.
pub const FILE: &str = "translated-from.toml";

/// A locale's record: the English each message was translated from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Message or term id (`code-550-when`, `-brand`) to its English.
    #[serde(default)]
    pub messages: BTreeMap<String, String>,
}

/// A record that cannot be read, at a byte offset of its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    pub offset: usize,
    pub message: String,
}

impl Record {
    /// Reads a record.
    pub fn parse(text: &str) -> Result<Record, RecordError> {
        toml::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).map_err(|error| RecordError {
            offset: error.span().map_or(0, |span| span.start),
            message: error.message().to_owned(),
        })
    }

    /// The record as its file holds it, with a comment that says what it
    /// is for `lang`.
    pub fn render(&self, lang: &str) -> Result<String, toml::ser::Error> {
        let mut out = format!(
            "# The English that each message of this locale was translated from.\n\
             # `cargo xtask check` warns about a message whose English has changed\n\
             # since (stale-translation); after updating the translation, record it\n\
             # with `cargo xtask stats --mark-current {lang}`. Written by smtpkb.\n\n\
             [messages]\n"
        );
        out.push_str(&toml::to_string(&self.messages)?);
        Ok(out)
    }

    /// Each recorded message whose English is no longer `english`'s, with
    /// the English it was translated from and the English now.
    pub fn stale<'a>(
        &'a self,
        english: &'a BTreeMap<String, String>,
    ) -> impl Iterator<Item = (&'a str, &'a str, &'a str)> + 'a {
        self.messages.iter().filter_map(|(id, old)| {
            let now = english.get(id)?;
            (now != old).then_some((id.as_str(), old.as_str(), now.as_str()))
        })
    }

    /// The ids of [`Record::stale`].
    pub fn stale_ids(&self, english: &BTreeMap<String, String>) -> HashSet<String> {
        self.stale(english)
            .map(|(id, _, _)| id.to_owned())
            .collect()
    }

    /// Records the current English of `ids` (those the reference has).
    pub fn mark(
        &mut self,
        english: &BTreeMap<String, String>,
        ids: impl IntoIterator<Item = String>,
    ) {
        for id in ids {
            if let Some(text) = english.get(&id) {
                self.messages.insert(id, text.clone());
            }
        }
    }
}

/// The English of every message and term of the reference's `files`.
pub fn english<'f>(files: impl IntoIterator<Item = &'f FtlFile>) -> BTreeMap<String, String> {
    let mut english = BTreeMap::new();
    for file in files {
        for at in file.entries() {
            english
                .entry(at.id.to_owned())
                .or_insert_with(|| canonical(at.entry));
        }
    }
    english
}

/// An entry as canonical Fluent, without its comment and id: what follows
/// the `=`.
fn canonical(entry: &Entry<&str>) -> String {
    let entry = match entry.clone() {
        Entry::Message(mut message) => {
            message.comment = None;
            Entry::Message(message)
        }
        Entry::Term(mut term) => {
            term.comment = None;
            Entry::Term(term)
        }
        other => other,
    };
    let text = fluent_syntax::serializer::serialize(&Resource { body: vec![entry] });
    text.split_once('=')
        .map_or(text.as_str(), |(_, value)| value)
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> FtlFile {
        FtlFile::parse("en/ui.ftl".into(), text.into())
    }

    #[test]
    fn the_english_of_a_message_ignores_its_comment_and_layout() {
        let a = english([&file("# A comment.\nhello = Hello, { $name }!\n")]);
        let b = english([&file("hello =\n    Hello, { $name }!\n")]);
        assert_eq!(a, b);
        assert_eq!(a["hello"], "Hello, { $name }!");
        let c = english([&file("hello = Hello, { $who }!\n")]);
        assert_ne!(a, c);
    }

    #[test]
    fn a_record_finds_what_changed_and_reads_back() {
        let english = english([&file("a = One\nb = Two\nc = Three\n")]);
        let mut record = Record::default();
        record.mark(&english, ["a".to_owned(), "b".to_owned(), "x".to_owned()]);
        assert_eq!(record.messages.len(), 2);
        let newer = super::english([&file("a = One\nb = Two, now\n")]);
        let stale: Vec<_> = record.stale(&newer).collect();
        assert_eq!(stale, [("b", "Two", "Two, now")]);
        assert_eq!(
            Record::parse(&record.render("vi").unwrap()).unwrap(),
            record
        );
        let error = Record::parse("[messages]\na = 1\n").unwrap_err();
        assert_eq!(error.offset, 15);
    }
}
