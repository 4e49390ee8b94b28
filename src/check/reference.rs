//! The reference locale, indexed: each message and term reduced to what a
//! translation is compared against (variables, references, text, edges,
//! markup, plural selectors), and, for coverage, the words a translator
//! reads in it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast::Pattern;

use super::ast;
use super::plural::is_plural_key;
use super::source::{Parsed, SourceFile};
use crate::markup::{self, Element};

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
    /// Its literals (`<samp>`, `<code>`), in order.
    pub literals: Vec<(Element, String)>,
    /// The variables that a plural select chooses on.
    pub plural_selectors: BTreeSet<String>,
    /// The messages and terms it refers to.
    pub references: BTreeSet<String>,
}

/// The reference's messages and terms, in file order, and by id: each
/// reduced to `T`, what a task compares a translation against.
#[derive(Debug)]
pub(crate) struct Ordered<T> {
    entries: Vec<(String, T)>,
    position: HashMap<String, usize>,
}

/// The reference as the checker compares translations against it.
pub(crate) type Index = Ordered<RefEntry>;

impl<T> Default for Ordered<T> {
    fn default() -> Self {
        Ordered {
            entries: Vec::new(),
            position: HashMap::new(),
        }
    }
}

impl<T> Ordered<T> {
    /// Indexes the messages and terms of the reference's files, each made
    /// into a `T` by `make`; the first definition of an id wins, as in
    /// Fluent.
    pub(crate) fn of<'f>(
        files: &[SourceFile<'f>],
        mut make: impl FnMut(usize, &SourceFile<'f>, &Parsed<'f>) -> T,
    ) -> Ordered<T> {
        let mut ordered = Ordered::default();
        for (index, file) in files.iter().enumerate() {
            for parsed in file.entries() {
                if ordered.position.contains_key(parsed.id) {
                    continue;
                }
                let entry = make(index, file, &parsed);
                ordered
                    .position
                    .insert(parsed.id.to_owned(), ordered.entries.len());
                ordered.entries.push((parsed.id.to_owned(), entry));
            }
        }
        ordered
    }

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
    pub(crate) fn at(&self, position: usize) -> &T {
        &self.entries[position].1
    }

    /// Whether the reference defines an id.
    pub(crate) fn contains_key(&self, id: &str) -> bool {
        self.position.contains_key(id)
    }

    /// Every entry with its id, in file order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.entries.iter().map(|(id, entry)| (id, entry))
    }

    /// The number of entries.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Words in a text: runs of letters or digits.
fn count_words(text: &str) -> usize {
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    // The names in literal tags are not words a translator reads.
    words - markup::parse(text).0.len() * 2
}

/// What coverage needs of a reference entry: its file, the names of its
/// attributes and the words a translator reads in it.
pub(crate) struct Counted<'f> {
    /// The index of the reference file that defines it.
    pub file: usize,
    /// Its attributes' names.
    pub attributes: Vec<&'f str>,
    /// Words a translator reads in the value and attributes.
    pub words: usize,
}

/// The reference with the words of each entry, without the patterns of
/// [`Index`]: for coverage, which compares none.
pub(crate) fn count_reference<'f>(files: &[SourceFile<'f>]) -> Ordered<Counted<'f>> {
    Ordered::of(files, |index, file, parsed| Counted {
        file: index,
        attributes: parsed.attributes.iter().map(|(name, _, _)| *name).collect(),
        words: parsed
            .value
            .into_iter()
            .chain(parsed.attributes.iter().map(|(_, _, p)| *p))
            .map(|p| count_words(&ast::facts(file.text, p).text()))
            .sum(),
    })
}

fn ref_pattern(source: &str, pattern: &Pattern<&str>) -> RefPattern {
    let facts = ast::facts(source, pattern);
    let text = facts.text();
    RefPattern {
        references: facts
            .references
            .iter()
            .filter_map(ast::Reference::compared_name)
            .collect(),
        variables: facts.variables.keys().cloned().collect(),
        text: text.clone(),
        edge: ast::edge_text(pattern),
        tags: ast::tags(&text),
        literals: facts
            .runs
            .iter()
            .flat_map(|run| markup::parse(&run.text).0)
            .map(|l| (l.element, l.text.to_owned()))
            .collect(),
        plural_selectors: facts
            .selects
            .iter()
            .filter(|s| s.keys.iter().any(|k| is_plural_key(k) && k != "other"))
            .filter_map(|s| s.selector.clone())
            .collect(),
    }
}

/// Indexes the reference's files for the checker.
pub(crate) fn index_reference(files: &[SourceFile<'_>]) -> Index {
    Ordered::of(files, |_, file, parsed| RefEntry {
        file: file.base.to_owned(),
        value: parsed.value.map(|p| ref_pattern(file.text, p)),
        attributes: parsed
            .attributes
            .iter()
            .map(|(name, _, p)| (name.to_string(), ref_pattern(file.text, p)))
            .collect(),
    })
}
