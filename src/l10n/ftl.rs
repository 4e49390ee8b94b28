//! One `.ftl` file, parsed once: its resource (shared by the bundles that
//! use it), its syntax errors, its line index, and each entry with the
//! byte offset where its id is written.
//!
//! Architecture invariant: a file is parsed once per process, and finding
//! any position in it is a lookup in the index built with it, never a
//! rescan, so that nothing is quadratic in the number of entries.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;
use fluent_syntax::parser::ParserError;

use crate::assets::{AssetError, Tree};
use crate::diagnostic::{LineIndex, Location};

/// The `.ftl` files of a tree parsed so far, by path within the tree,
/// shared by the tree's clones.
#[derive(Clone, Default)]
pub(crate) struct ParseCache(Arc<Mutex<HashMap<String, Arc<FtlFile>>>>);

impl std::fmt::Debug for ParseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ParseCache")
    }
}

impl Tree {
    /// One `.ftl` file of the tree, parsed on its first use by any holder
    /// of this tree or of its clones. Invalid UTF-8 is replaced by U+FFFD
    /// and remembered ([`FtlFile::is_valid_utf8`]), so that the checker can
    /// check the rest of the file while a bundle refuses it.
    pub fn ftl(&self, relative: &str) -> Result<Arc<FtlFile>, AssetError> {
        let cache = || self.parsed.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(file) = cache().get(relative) {
            return Ok(Arc::clone(file));
        }
        let bytes = self.read_bytes(relative)?;
        let (text, valid_utf8) = match String::from_utf8(bytes) {
            Ok(text) => (text, true),
            Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
        };
        let mut file = FtlFile::parse(self.display_path(relative), text);
        file.valid_utf8 = valid_utf8;
        let file = Arc::new(file);
        cache().insert(relative.to_owned(), Arc::clone(&file));
        Ok(file)
    }
}

/// A parsed Fluent file.
#[derive(Debug)]
pub struct FtlFile {
    path: String,
    resource: Arc<FluentResource>,
    errors: Vec<ParserError>,
    lines: LineIndex,
    valid_utf8: bool,
}

/// A message or term of a file.
#[derive(Debug, Clone, Copy)]
pub struct EntryAt<'f> {
    /// The id as other messages refer to it: terms start with `-`.
    pub id: &'f str,
    /// Whether the entry is a term.
    pub is_term: bool,
    /// The byte offset where the entry starts (its id, or the `-` of a
    /// term).
    pub offset: usize,
    /// The entry as parsed.
    pub entry: &'f Entry<&'f str>,
}

impl FtlFile {
    /// Parses `text`, the file named `path` in messages.
    pub fn parse(path: String, text: String) -> FtlFile {
        let lines = LineIndex::new(&text);
        let (resource, errors) = match FluentResource::try_new(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        FtlFile {
            path,
            resource: Arc::new(resource),
            errors,
            lines,
            valid_utf8: true,
        }
    }

    /// Whether the file was valid UTF-8; if not, the text has U+FFFD in
    /// place of each invalid sequence.
    pub fn is_valid_utf8(&self) -> bool {
        self.valid_utf8
    }

    /// The file as messages name it.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The text of the file.
    pub fn source(&self) -> &str {
        self.resource.source()
    }

    /// The parsed resource, to add to a bundle.
    pub fn resource(&self) -> &Arc<FluentResource> {
        &self.resource
    }

    /// The parser's errors, in file order.
    pub fn syntax_errors(&self) -> &[ParserError] {
        &self.errors
    }

    /// The location of a byte offset.
    pub fn location(&self, offset: usize) -> Location {
        self.lines.location(&self.path, self.source(), offset)
    }

    /// The 1-based line and column of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines.line_column(self.source(), offset)
    }

    /// Every message and term, in file order.
    pub fn entries(&self) -> impl Iterator<Item = EntryAt<'_>> {
        let source = self.source();
        self.resource.entries().filter_map(move |entry| {
            let (name, is_term) = match entry {
                Entry::Message(m) => (m.id.name, false),
                Entry::Term(t) => (t.id.name, true),
                _ => return None,
            };
            let at = offset_in(source, name).unwrap_or(0);
            // A term's id is written after its `-`, which the parser drops.
            let (id, offset) = if is_term {
                let start = at.saturating_sub(1);
                (&source[start..at + name.len()], start)
            } else {
                (name, at)
            };
            Some(EntryAt {
                id,
                is_term,
                offset,
                entry,
            })
        })
    }
}

/// The byte offset of `slice` within `source`, when it is a slice of it:
/// the parser keeps no spans, but every identifier and text it returns
/// borrows from the source.
pub fn offset_in(source: &str, slice: &str) -> Option<usize> {
    let start = source.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    (at >= start && at + slice.len() <= start + source.len()).then(|| at - start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_know_where_they_start() {
        let file = FtlFile::parse(
            "x.ftl".to_owned(),
            "# c\nhello = Hi\n-brand = B\n\nbye =\n    Bye\n".to_owned(),
        );
        let found: Vec<(&str, usize, bool)> = file
            .entries()
            .map(|e| (e.id, file.line_column(e.offset).0, e.is_term))
            .collect();
        assert_eq!(
            found,
            [("hello", 2, false), ("-brand", 3, true), ("bye", 5, false)]
        );
        assert!(file.syntax_errors().is_empty());
    }

    #[test]
    fn a_tree_and_its_clones_parse_a_file_once() {
        let tree = Tree::embedded(crate::assets::Kind::Locales);
        let first = tree.ftl("en/ui.ftl").unwrap();
        let again = tree.clone().ftl("en/ui.ftl").unwrap();
        assert!(Arc::ptr_eq(&first, &again));
        assert!(first.is_valid_utf8());
    }

    #[test]
    fn syntax_errors_are_kept_with_the_resource() {
        let file = FtlFile::parse("x.ftl".to_owned(), "ok = 1\nbroken\nlater = 2\n".to_owned());
        assert_eq!(file.syntax_errors().len(), 1);
        assert_eq!(file.entries().count(), 2);
    }
}
