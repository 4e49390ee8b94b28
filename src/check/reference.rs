//! The reference locale, indexed: each message and term reduced to what a
//! translation is compared against (variables, references, text, edges,
//! markup, plural selectors), and, for coverage, the words a translator
//! reads in it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast::{Entry, Pattern};

use super::ast;
use super::plural::is_plural_key;
use super::source::SourceFile;

/// A message or term of the reference, reduced to what translations are
/// compared against.
#[derive(Debug, Default)]
pub(crate) struct RefEntry {
    /// The reference file that defines it: `ui.ftl`.
    pub file: String,
    /// The value, if the message has one.
    pub value: Option<RefPattern>,
    /// The attributes by name.
    pub attributes: BTreeMap<String, RefPattern>,
}

/// One pattern (value or attribute) of the reference.
#[derive(Debug, Default)]
pub(crate) struct RefPattern {
    /// The `$variables` it uses.
    pub variables: BTreeSet<String>,
    /// The text as a reader sees it, placeables as U+FFFC, to tell an
    /// untranslated copy.
    pub text: String,
    /// The text at its edges, for leading and trailing whitespace.
    pub edge: String,
    /// Its HTML-like tags, sorted.
    pub tags: Vec<String>,
    /// The variables that a plural select chooses on.
    pub plural_selectors: BTreeSet<String>,
    /// The messages and terms it refers to.
    pub references: BTreeSet<String>,
}

/// The reference's messages and terms, in file order, and by id.
#[derive(Debug, Default)]
pub(crate) struct Index {
    entries: Vec<(String, RefEntry)>,
    position: HashMap<String, usize>,
}

impl Index {
    /// The position of an id, looked for first at `*next` and found by id
    /// only when it is elsewhere; `*next` moves past it. A locale usually
    /// lists its entries in the reference's order, so walking it this way
    /// reads the reference in order, not scattered in memory.
    pub(crate) fn find_from(&self, id: &str, next: &mut usize) -> Option<usize> {
        let found = match self.entries.get(*next) {
            Some((expected, _)) if expected == id => *next,
            _ => *self.position.get(id)?,
        };
        *next = found + 1;
        Some(found)
    }

    /// The position of an id.
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        self.position.get(id).copied()
    }

    /// The entry at a position.
    pub(crate) fn at(&self, position: usize) -> &RefEntry {
        &self.entries[position].1
    }

    /// Whether the reference defines an id.
    pub(crate) fn contains_key(&self, id: &str) -> bool {
        self.position.contains_key(id)
    }

    /// Every entry with its id, in file order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &RefEntry)> {
        self.entries.iter().map(|(id, entry)| (id, entry))
    }

    /// The number of entries.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Words in a text: runs of letters or digits.
fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// What coverage needs of a reference entry: its id, its file, the names of
/// its attributes and the words a translator reads in it.
pub(crate) struct Counted<'f> {
    /// The message or term id, `-` first for a term.
    pub id: &'f str,
    /// The index of the reference file that defines it.
    pub file: usize,
    /// Its attributes' names.
    pub attributes: Vec<&'f str>,
    /// Words a translator reads in the value and attributes.
    pub words: usize,
}

/// The reference's messages and terms with their words, in file order,
/// and the position of each id in that list, without the rest of
/// [`Index`]: for coverage, which compares no patterns. The first
/// definition of an id wins.
pub(crate) fn count_reference<'f>(
    files: &[SourceFile<'f>],
) -> (Vec<Counted<'f>>, HashMap<&'f str, usize>) {
    let mut position = HashMap::new();
    let mut counted = Vec::new();
    for (index, file) in files.iter().enumerate() {
        for entry in file.ftl.entries() {
            let (value, attributes) = match entry.entry {
                Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            let std::collections::hash_map::Entry::Vacant(vacant) = position.entry(entry.id) else {
                continue;
            };
            vacant.insert(counted.len());
            counted.push(Counted {
                id: entry.id,
                file: index,
                attributes: attributes.iter().map(|a| a.id.name).collect(),
                words: value
                    .into_iter()
                    .chain(attributes.iter().map(|a| &a.value))
                    .map(|p| count_words(&ast::facts(file.text, p).text()))
                    .sum(),
            });
        }
    }
    (counted, position)
}

fn ref_pattern(source: &str, pattern: &Pattern<&str>) -> RefPattern {
    let facts = ast::facts(source, pattern);
    let text = facts.text();
    RefPattern {
        references: facts.references.iter().map(|r| r.id.clone()).collect(),
        variables: facts.variables.keys().cloned().collect(),
        text: text.clone(),
        edge: ast::edge_text(pattern),
        tags: ast::tags(&text),
        plural_selectors: facts
            .selects
            .iter()
            .filter(|s| s.keys.iter().any(|k| is_plural_key(k) && k != "other"))
            .filter_map(|s| s.selector.clone())
            .collect(),
    }
}

/// Indexes the reference's files; the first definition of an id wins, as
/// in Fluent.
pub(crate) fn index_reference(files: &[SourceFile<'_>]) -> Index {
    let mut index = Index::default();
    for file in files {
        for parsed in file.entries() {
            if index.position.contains_key(parsed.id) {
                continue;
            }
            index
                .position
                .insert(parsed.id.to_owned(), index.entries.len());
            index.entries.push((parsed.id.to_owned(), {
                let value = parsed.value.map(|p| ref_pattern(file.text, p));
                let attributes: BTreeMap<String, RefPattern> = parsed
                    .attributes
                    .iter()
                    .map(|(name, _, p)| (name.to_string(), ref_pattern(file.text, p)))
                    .collect();
                RefEntry {
                    file: file.base.to_owned(),
                    value,
                    attributes,
                }
            }));
        }
    }
    index
}
