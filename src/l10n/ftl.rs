//! One `.ftl` file, parsed once: its resource (shared by the bundles that
//! use it), its syntax errors, its line index, and each entry with the
//! byte offset where its id is written.
//!
//! Architecture invariant: a file is parsed once for as long as anything
//! holds it (the tree's cache holds it weakly, so that a check of a large
//! tree has in memory only the locales it is checking), and finding any
//! position in it is a lookup in the index built with it, never a rescan,
//! so that nothing is quadratic in the number of entries. What cannot be
//! read (a syntax error, nesting deeper than [`MAX_NESTING`],
//! bytes that are not UTF-8) is a [`SyntaxError`] of the file, the same
//! for every command.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;
use fluent_syntax::parser::{ErrorKind, ParserError};

use crate::assets::{AssetError, Tree};
use crate::diagnostic::{LineIndex, Location};

/// The `.ftl` files of a tree parsed and still held, by path within the
/// tree, shared by the tree's clones.
#[derive(Clone, Default)]
pub(crate) struct ParseCache(Arc<Mutex<HashMap<String, Weak<FtlFile>>>>);

impl std::fmt::Debug for ParseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ParseCache")
    }
}

impl Tree {
    /// One `.ftl` file of the tree, parsed on its first use by any holder
    /// of this tree or of its clones, and again only once none holds it.
    /// Invalid UTF-8 is replaced by U+FFFD and is a [`SyntaxError`] at the
    /// first invalid byte, so that the checker can check the rest of the
    /// file while a bundle refuses it.
    pub fn ftl(&self, relative: &str) -> Result<Arc<FtlFile>, AssetError> {
        let cache = || self.parsed.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(file) = cache().get(relative).and_then(Weak::upgrade) {
            return Ok(file);
        }
        let bytes = self.read_bytes(relative)?;
        let (text, not_utf8) = match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            // Up to the first invalid sequence the text is unchanged, so
            // that offset is the same in the text with U+FFFD.
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
            }
        };
        let mut file = FtlFile::parse(self.display_path(relative), text);
        if let Some(offset) = not_utf8 {
            file.errors.insert(
                0,
                SyntaxError {
                    offset,
                    message: "not valid UTF-8 text".to_owned(),
                    skips_entry: false,
                },
            );
        }
        let file = Arc::new(file);
        cache().insert(relative.to_owned(), Arc::downgrade(&file));
        Ok(file)
    }
}

/// How deep placeables (`{ { … } }`) and call arguments (`F(G(…))`) may
/// nest. The parser, the resolver and the checker recurse once per level,
/// so a file nested thousands deep would overflow their stacks; real files
/// nest a handful.
pub const MAX_NESTING: usize = 100;

/// A parsed Fluent file.
#[derive(Debug)]
pub struct FtlFile {
    path: String,
    resource: Arc<FluentResource>,
    errors: Vec<SyntaxError>,
    lines: LineIndex,
    /// The file as written, when the parser was given something else.
    written: Option<Box<str>>,
}

/// What could not be read in a file: its parser's errors, each at the
/// start of the entry it made unreadable, an entry nested deeper than
/// [`MAX_NESTING`], or bytes that are not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The byte offset where it is reported.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
    /// Whether the entry it is in was skipped (not so for bytes that are
    /// not UTF-8, which are read as U+FFFD).
    pub skips_entry: bool,
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
    /// Parses `text`, the file named `path` in messages. An entry nested
    /// deeper than [`MAX_NESTING`] is not given to the parser: it is an
    /// error, and the rest of the file is read.
    pub fn parse(path: String, text: String) -> FtlFile {
        let too_deep = too_deep(&text);
        let (given, mut written) = if too_deep.is_empty() {
            (text, None)
        } else {
            // The parser is given the entry up to the level too many, where
            // a `}` stops it at once, and the rest blanked out: the offsets
            // stay those of the file, and the parser goes on from the next
            // entry.
            let mut blanked = text.clone().into_bytes();
            for (at, entry) in &too_deep {
                for byte in &mut blanked[*at..entry.end] {
                    if *byte != b'\n' {
                        *byte = b' ';
                    }
                }
                blanked[*at] = b'}';
            }
            (String::from_utf8_lossy(&blanked).into_owned(), Some(text))
        };
        let (resource, parser_errors, spaced) = parse_guarded(given);
        written = written.or(spaced);
        // Positions are counted in the text the parser was given, which
        // has as many bytes as the file and differs only inside entries it
        // skipped.
        let lines = LineIndex::new(resource.source());
        // The entries cut short are reported for their nesting alone.
        let cut = |offset: usize| too_deep.iter().any(|(_, entry)| entry.contains(&offset));
        let mut errors: Vec<SyntaxError> = parser_errors
            .into_iter()
            // An error is shown where it is when that is on the first line
            // of the broken entry (the junk the parser skipped), else where
            // that entry starts: an unclosed placeable is found lines later.
            .map(|error| {
                let start = error.slice.map_or(error.pos.start, |s| s.start);
                let at = error.pos.start.max(start);
                let same_line = !resource.source()[start..at].contains('\n');
                (if same_line { at } else { start }, error.kind)
            })
            .filter(|&(offset, _)| !cut(offset))
            .map(|(offset, kind)| SyntaxError {
                offset,
                message: kind.to_string(),
                skips_entry: true,
            })
            .collect();
        errors.extend(too_deep.into_iter().map(|(offset, _)| SyntaxError {
            offset,
            message: format!("placeables or call arguments nest deeper than {MAX_NESTING} levels"),
            skips_entry: true,
        }));
        errors.sort_by_key(|e| e.offset);
        FtlFile {
            path,
            resource: Arc::new(resource),
            errors,
            lines,
            written: written.map(String::into_boxed_str),
        }
    }

    /// The file as messages name it.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The text the parser was given, which the entries borrow: the file
    /// as written, but inside the entries it could not read safely (what
    /// follows the level too many of an entry nested too deep is blanked
    /// out, a character that ends an incomplete escape is spaces). Every
    /// offset is the same in both.
    pub fn source(&self) -> &str {
        self.resource.source()
    }

    /// The text of the file as written, for excerpts.
    pub fn written(&self) -> &str {
        self.written.as_deref().unwrap_or(self.source())
    }

    /// The parsed resource, to add to a bundle.
    pub fn resource(&self) -> &Arc<FluentResource> {
        &self.resource
    }

    /// What could not be read, in file order.
    pub fn syntax_errors(&self) -> &[SyntaxError] {
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

/// Parses `text` with `fluent-syntax`, which panics on an incomplete
/// `\u` or `\U` escape of a string literal followed by a character
/// outside ASCII (`"\u20é"`: it slices the text inside that character to
/// quote the escape in its error). Each such character is given to the
/// parser as spaces, which end the escape the same way; where that was in
/// a string literal the parser reports the escape there, quoted here as
/// written, and where it was not (text, a comment) the file is parsed
/// again with that character as written. The resource's text keeps the
/// spaces, inside the entries the parser skipped; every offset is the
/// file's. The text as given is returned when it was changed.
fn parse_guarded(text: String) -> (FluentResource, Vec<ParserError>, Option<String>) {
    let parse = |text: String| match FluentResource::try_new(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut risky = unsafe_escapes(&text);
    if risky.is_empty() {
        let (resource, errors) = parse(text);
        return (resource, errors, None);
    }
    let spaced = |risky: &[std::ops::Range<usize>]| {
        let mut bytes = text.clone().into_bytes();
        for char in risky {
            bytes[char.clone()].fill(b' ');
        }
        String::from_utf8(bytes).expect("only whole characters are replaced")
    };
    let is_escape_error = |risky: &std::ops::Range<usize>, errors: &[ParserError]| {
        errors.iter().any(|e| {
            e.pos.start == risky.start
                && matches!(e.kind, ErrorKind::InvalidUnicodeEscapeSequence(_))
        })
    };
    let (mut resource, mut errors) = parse(spaced(&risky));
    if !risky.iter().all(|r| is_escape_error(r, &errors)) {
        risky.retain(|r| is_escape_error(r, &errors));
        (resource, errors) = parse(spaced(&risky));
    }
    for error in &mut errors {
        if let ErrorKind::InvalidUnicodeEscapeSequence(seq) = &mut error.kind
            && let Some(char) = risky.iter().find(|r| r.start == error.pos.start)
        {
            *seq = text[char.start - seq.len() + 1..char.end].to_owned();
        }
    }
    let written = (!risky.is_empty()).then_some(text);
    (resource, errors, written)
}

/// Each character outside ASCII that ends an incomplete `\u` (four hex
/// digits) or `\U` (six) escape, wherever it is: only the parser knows
/// which of them are in string literals. `\\` escapes a backslash.
fn unsafe_escapes(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(n) = memchr::memchr(b'\\', &b[i..]) {
        let at = i + n;
        let digits = match b.get(at + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => {
                i = (at + 2).min(b.len());
                continue;
            }
        };
        let hex = b[at + 2..]
            .iter()
            .take(digits)
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        let end = at + 2 + hex;
        if hex < digits && b.get(end).is_some_and(|&c| c >= 0x80) {
            let len = text[end..].chars().next().map_or(1, char::len_utf8);
            found.push(end..end + len);
        }
        i = end;
    }
    found
}

/// Each entry of `text` that nests deeper than [`MAX_NESTING`]: the offset
/// of the `{` or `(` that opens the level too many, and the lines of the
/// entry. Braces count everywhere but in comments and string literals,
/// parentheses only inside placeables. A line that defines a message or a
/// term (`id =`, `-id =`) starts afresh: the parser can carry no nesting
/// across it, since that line is an error inside any expression.
fn too_deep(text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut depth = 0usize;
    // Where the current entry's first line starts, and whether it has
    // been found too deep already.
    let mut entry = 0;
    let mut reported: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        if i == 0 || b[i - 1] == b'\n' {
            if defines_entry(&b[i..]) {
                if let Some(at) = reported.take() {
                    found.push((at, entry..i));
                }
                depth = 0;
                entry = i;
            } else if depth == 0 && b[i] == b'#' {
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n + 1);
                continue;
            }
        }
        if depth == 0 {
            // Outside placeables only a `{` or the next line counts.
            let Some(n) = memchr::memchr2(b'{', b'\n', &b[i..]) else {
                break;
            };
            i += n;
            if b[i] == b'\n' {
                i += 1;
                continue;
            }
        }
        match b[i] {
            b'{' | b'(' if b[i] == b'{' || depth > 0 => {
                depth += 1;
                if depth > MAX_NESTING && reported.is_none() {
                    reported = Some(i);
                }
            }
            b'}' | b')' if depth > 0 => depth -= 1,
            b'"' if depth > 0 => {
                // A string literal ends at its closing quote or the line.
                i += 1;
                while i < b.len() && !matches!(b[i], b'"' | b'\n') {
                    i += usize::from(b[i] == b'\\') + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if let Some(at) = reported {
        found.push((at, entry..b.len()));
    }
    found
}

/// Whether a line starts by defining a message or term: `id =`, `-id =`.
fn defines_entry(line: &[u8]) -> bool {
    let name = usize::from(line.first() == Some(&b'-'));
    if !line.get(name).is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let rest = &line[name..];
    let id = rest
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-')))
        .unwrap_or(rest.len());
    rest[id..]
        .iter()
        .find(|&&c| c != b' ')
        .is_some_and(|&c| c == b'=')
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
        assert!(first.syntax_errors().is_empty());
    }

    #[test]
    fn a_file_no_one_holds_is_not_kept() {
        let tree = Tree::embedded(crate::assets::Kind::Locales);
        let file = Arc::downgrade(&tree.ftl("en/ui.ftl").unwrap());
        assert!(file.upgrade().is_none());
        assert!(tree.ftl("en/ui.ftl").unwrap().syntax_errors().is_empty());
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_an_error_of_its_entry_only() {
        let deep = |n: usize| format!("{}x{}", "{ ".repeat(n), " }".repeat(n));
        let calls = |n: usize| format!("{{ {}1{} }}", "F(".repeat(n), ")".repeat(n));
        for body in [deep(3000), calls(3000), deep(MAX_NESTING + 1)] {
            let text =
                format!("ok = 1\nbad = {body}\n  and more\n# {{{{{{\nlater = {{ \"{{{{\" }}\n");
            let file = FtlFile::parse("x.ftl".to_owned(), text.clone());
            let errors = file.syntax_errors();
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(file.line_column(errors[0].offset).0, 2);
            let ids: Vec<&str> = file.entries().map(|e| e.id).collect();
            assert_eq!(ids, ["ok", "later"]);
            assert_eq!(file.source().len(), text.len());
        }
        let fine = format!("ok = {}\n", deep(MAX_NESTING));
        assert!(
            FtlFile::parse("x.ftl".to_owned(), fine)
                .syntax_errors()
                .is_empty()
        );
        // Parentheses in text and braces in comments and strings do not count.
        let text = format!(
            "a = {}\n# {}\nb = {{ \"{}\" }}\n",
            "(".repeat(500),
            "{".repeat(500),
            "{".repeat(500)
        );
        assert!(too_deep(&text).is_empty());
    }

    #[test]
    fn an_incomplete_escape_before_a_wide_character_is_an_error_not_a_panic() {
        let text = "ok = 1\nbad = { \"\\u20é\" } and { \"\\U1F6€\" }\nlater = 2\n";
        let file = FtlFile::parse("x.ftl".to_owned(), text.to_owned());
        let errors: Vec<_> = file
            .syntax_errors()
            .iter()
            .map(|e| (file.line_column(e.offset), e.message.as_str()))
            .collect();
        assert_eq!(
            errors,
            [((2, 14), "Invalid unicode escape sequence, \"20é\"")]
        );
        let ids: Vec<&str> = file.entries().map(|e| e.id).collect();
        assert_eq!(ids, ["ok", "later"]);
        assert_eq!(file.source().len(), text.len());
        assert_eq!(file.written(), text);
        // Outside string literals a backslash is text, kept as written.
        let text = "# \\u20é\nok = \\u20é { \"\\\\u20é\" }\n";
        let file = FtlFile::parse("x.ftl".to_owned(), text.to_owned());
        assert!(
            file.syntax_errors().is_empty(),
            "{:?}",
            file.syntax_errors()
        );
        assert_eq!(file.source(), text);
        assert_eq!(unsafe_escapes(text).len(), 2);
        assert!(unsafe_escapes("\\").is_empty());
    }

    #[test]
    fn a_syntax_error_is_reported_where_its_entry_starts() {
        let text = "ok = 1\nbroken = { $x\n\nlater = 2\n";
        let file = FtlFile::parse("x.ftl".to_owned(), text.to_owned());
        let errors = file.syntax_errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(file.line_column(errors[0].offset), (2, 1));
    }

    #[test]
    fn syntax_errors_are_kept_with_the_resource() {
        let file = FtlFile::parse("x.ftl".to_owned(), "ok = 1\nbroken\nlater = 2\n".to_owned());
        assert_eq!(file.syntax_errors().len(), 1);
        assert_eq!(file.entries().count(), 2);
    }
}
