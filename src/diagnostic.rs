//! Positions in source files: a byte offset becomes `file:line:col` once,
//! through a [`LineIndex`] built once per file.
//!
//! Architecture invariant: no other module counts lines. Every position a
//! user reads comes from here, 1-based, with the column in characters, as
//! editors and compilers print it.

use std::fmt;

/// A position in a file, 1-based, as editors and compilers print it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as [`crate::assets::Tree::display_path`] names it.
    pub path: String,
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

/// The line starts of one text, found once, so that each position is a
/// binary search and a scan of one line.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes a text.
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The 1-based line and character column of byte `offset` in `text`,
    /// the text this index was built from; an offset past the end or inside
    /// a character is clamped to a valid position.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        (line, text[start.min(offset)..offset].chars().count() + 1)
    }

    /// The location of byte `offset` of `text` in the file `path`.
    pub fn location(&self, path: &str, text: &str, offset: usize) -> Location {
        let (line, column) = self.line_column(text, offset);
        Location {
            path: path.to_owned(),
            line,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_from_one() {
        let text = "ab\nçd\r\nx";
        let index = LineIndex::new(text);
        let at = |offset| index.line_column(text, offset);
        assert_eq!(at(0), (1, 1));
        assert_eq!(at(3), (2, 1));
        assert_eq!(at(5), (2, 2));
        assert_eq!(at(4), (2, 1));
        assert_eq!(at(8), (3, 1));
        assert_eq!(at(99), (3, 2));
    }

    #[test]
    fn an_empty_text_has_one_line() {
        assert_eq!(LineIndex::new("").line_column("", 5), (1, 1));
    }
}
