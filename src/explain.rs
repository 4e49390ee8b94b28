//! Finding the SMTP replies in text as mail servers and clients log it: a
//! bounce line, a DSN field, a session transcript, an exception message.
//!
//! The text is read as a reader pastes it: with log prefixes, with a
//! multi-line reply kept apart (`550-…` lines, then `550 …`) or folded into
//! one line, with replies quoted inside other replies, and with numbers
//! everywhere that are not codes (addresses, dates, ports, versions, queue
//! ids). [`find`] returns every reply found and picks the one to explain:
//! the last reply of a transcript, and in it the innermost quoted reply.
//!
//! The rules follow RFC 5321 section 4.2 (a reply is a three-digit code,
//! then a space or, on every line but the last, a hyphen) and RFC 3463
//! (an enhanced status code `class.subject.detail` follows the reply code).
//! Everything else is judged from the characters around a number: a code
//! never touches a letter, a dot or a digit, and one that starts neither a
//! line nor a quoted or delimited reply must be a code an RFC defines.

use std::fmt;
use std::io::Read;

use serde::Serialize;
use smallvec::SmallVec;

/// An enhanced status code as found: `class.subject.detail`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Status {
    /// The class, the first number.
    pub class: u8,
    /// The subject, the second number.
    pub subject: u16,
    /// The detail, the third number.
    pub detail: u16,
}

impl Status {
    /// The code as text, written into `buf`: `class.subject.detail`. It is
    /// written on every line of `explain --each`, so without formatting
    /// machinery.
    pub fn write<'b>(&self, buf: &'b mut [u8; 15]) -> &'b str {
        let mut len = 0;
        let numbers = [u16::from(self.class), self.subject, self.detail];
        for (i, number) in numbers.into_iter().enumerate() {
            if i > 0 {
                buf[len] = b'.';
                len += 1;
            }
            let mut digits = itoa::Buffer::new();
            let digits = digits.format(number).as_bytes();
            buf[len..len + digits.len()].copy_from_slice(digits);
            len += digits.len();
        }
        std::str::from_utf8(&buf[..len]).expect("digits and dots are ASCII")
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.write(&mut [0; 15]))
    }
}

impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.write(&mut [0; 15]))
    }
}

/// One reply found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The reply code: the code of its final line.
    pub code: u16,
    /// The enhanced status code that follows the reply code, on the final
    /// line or, failing that, on a continuation line.
    pub status: Option<Status>,
    /// The reply's own text, its lines joined by line breaks, without the
    /// codes and without the text of replies it quotes.
    pub text: String,
    /// How many lines the reply has (continuation lines and final line).
    pub lines: usize,
    /// Whether the reply is multi-line: it had at least one `NNN-` line.
    pub multiline: bool,
    /// Whether the final line was never seen: only `NNN-` lines.
    pub unfinished: bool,
    /// The codes of its other lines that differ from the final line's, in
    /// order: a reply's lines should share one code.
    pub other_codes: Vec<u16>,
    /// How deep it is quoted: 0 for a reply of its own, 1 for a reply
    /// quoted in one, and so on.
    pub depth: usize,
    /// The index of the reply that quotes it.
    pub parent: Option<usize>,
}

/// Where the enhanced code of the explained reply was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatusSource {
    /// Right after its reply code.
    Reply,
    /// Elsewhere in the reply's text, as in qmail's `(#5.1.1)`.
    Text,
    /// In a reply that quotes it.
    Wrapper,
    /// Elsewhere in the input, as a DSN `Status:` field or Postfix's
    /// `dsn=` field.
    Input,
}

/// Everything found in one input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Whether the input had bytes that are not UTF-8.
    pub lossy: bool,
    /// Every reply, outermost first: in the order they start, each quoting
    /// reply before the replies it quotes.
    pub replies: Vec<Reply>,
    /// The reply to explain, an index into `replies`.
    pub primary: Option<usize>,
    /// The enhanced code to explain with it, or alone when there is no
    /// reply.
    pub status: Option<(Status, StatusSource)>,
}

impl Found {
    /// The reply to explain.
    pub fn primary(&self) -> Option<&Reply> {
        self.primary.map(|i| &self.replies[i])
    }

    /// Whether the last reply of its own is unfinished: a continuation
    /// line was its last line, so the reply goes on in the next line of a
    /// log.
    pub fn open(&self) -> bool {
        self.replies
            .iter()
            .rev()
            .find(|r| r.depth == 0)
            .is_some_and(|r| r.unfinished)
    }

    /// Whether anything was found: a reply or an enhanced code.
    pub fn is_empty(&self) -> bool {
        self.primary.is_none() && self.status.is_none()
    }

    /// The replies that quote the primary one, innermost first.
    pub fn wrappers(&self) -> Vec<&Reply> {
        let mut wrappers = Vec::new();
        let mut at = self.primary().and_then(|r| r.parent);
        while let Some(i) = at {
            wrappers.push(&self.replies[i]);
            at = self.replies[i].parent;
        }
        wrappers
    }
}

/// Finds the replies in `input`. `defined` says whether an RFC defines a
/// reply code: a code in the middle of a line that neither follows a
/// delimiter nor carries an enhanced code counts only then.
pub fn find(input: &[u8], defined: impl Fn(u16) -> bool) -> Found {
    let (text, lossy) = normalize(input);
    let scanner = Scanner::new(&text);
    let candidates = scanner.candidates(&defined);
    let replies = build(&scanner, &candidates);
    let primary = pick(&replies);
    let status = status_of(&scanner, &replies, primary);
    let replies = replies.into_iter().map(|r| r.finish(&text)).collect();
    Found {
        lossy,
        replies,
        primary,
        status,
    }
}

/// Every reply of a log, for `explain --each`: one record per line,
/// except that an indented line continues the record before it (a folded
/// line), and so does every line after an `NNN-` continuation line until
/// the reply's final line.
///
/// The log is read a block at a time, so memory stays flat however long it
/// is, and the lines of a block are read in parallel, a batch at a time;
/// `emit` gets each batch's records in order, each with the number of its
/// first line (from 1) and what it holds. A record still open at the end
/// of a block is read again with the next one, from its first line: the
/// records before it are complete, so grouping starts afresh there. When
/// one record fills the block, the block grows to twice its size, so that
/// no text is read more than a few times.
pub fn each<E: From<ReadError>>(
    input: impl std::io::Read,
    defined: &(dyn Fn(u16) -> bool + Sync),
    emit: impl FnMut(Vec<(usize, Found)>) -> Result<(), E>,
) -> Result<(), E> {
    each_in_blocks(input, 1 << 20, defined, emit)
}

/// [`each`] with blocks of `block` bytes.
fn each_in_blocks<E: From<ReadError>>(
    mut input: impl std::io::Read,
    block: usize,
    defined: &(dyn Fn(u16) -> bool + Sync),
    mut emit: impl FnMut(Vec<(usize, Found)>) -> Result<(), E>,
) -> Result<(), E> {
    let mut buf = Vec::with_capacity(block);
    // The number of lines before the first line of `buf`.
    let mut base = 0;
    let mut want = block;
    let mut eof = false;
    while !(eof && buf.is_empty()) {
        while !eof && buf.len() < want {
            let more = want - buf.len();
            let read = input.by_ref().take(more as u64).read_to_end(&mut buf);
            eof = read.map_err(ReadError)? == 0;
        }
        // The lines that end in this block, or every line at the end.
        let end = match memchr::memrchr(b'\n', &buf) {
            _ if eof => buf.len(),
            Some(i) => i + 1,
            None => {
                want = buf.len() * 2;
                continue;
            }
        };
        let (lines, carried) = each_in_block(&buf[..end], base, eof, defined, &mut emit)?;
        let from = carried.unwrap_or(end);
        base += lines;
        buf.drain(..from);
        // A record that fills the block: read twice as much before trying
        // again; else a block more than what is carried over.
        want = if from == 0 {
            buf.len() * 2
        } else {
            buf.len() + block
        };
    }
    Ok(())
}

/// The records of the complete lines `block`, whose first line is line
/// `base + 1`. Returns how many lines it emitted and, unless `last`, where
/// the record still open at its end starts.
fn each_in_block<E>(
    block: &[u8],
    base: usize,
    last: bool,
    defined: &(dyn Fn(u16) -> bool + Sync),
    emit: &mut impl FnMut(Vec<(usize, Found)>) -> Result<(), E>,
) -> Result<(usize, Option<usize>), E> {
    use rayon::prelude::*;
    const BATCH: usize = 4096;
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', block).map(|i| i + 1));
    if starts.last() == Some(&block.len()) {
        starts.pop();
    }
    let end_of = |i: usize| starts.get(i + 1).copied().unwrap_or(block.len());
    // The record being read: its first line, the line after its last,
    // what its first line holds (while it is the only one), and whether
    // its reply is still open.
    let mut pending: Option<Record> = None;
    let mut first = 0;
    while first < starts.len() {
        let last = (first + BATCH).min(starts.len());
        // Each line is read, and what grouping needs known, where it is
        // found: a thread that only groups reads none of the text.
        let lines: Vec<Line> = (first..last)
            .into_par_iter()
            .map(|i| Line::read(&block[starts[i]..end_of(i)], defined))
            .collect();
        let mut records = Vec::new();
        for (i, line) in (first..last).zip(lines) {
            if let Some(record) = &mut pending
                && (record.open || (line.indented && !line.blank))
            {
                record.end = i + 1;
                record.found = None;
                if line.own {
                    record.open = line.open;
                }
                continue;
            }
            records.extend(pending.take());
            if !line.blank {
                pending = Some(Record {
                    first: i,
                    end: i + 1,
                    open: line.open,
                    found: Some(line.found),
                });
            }
        }
        emit(read_again(block, &starts, base, records, defined))?;
        first = last;
    }
    match pending {
        Some(record) if !last => Ok((record.first, Some(starts[record.first]))),
        Some(record) => {
            emit(read_again(block, &starts, base, vec![record], defined))?;
            Ok((starts.len(), None))
        }
        None => Ok((starts.len(), None)),
    }
}

/// The log given to [`each`] could not be read.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct ReadError(pub std::io::Error);

/// One line of a log, as [`each`] reads it.
struct Line {
    found: Found,
    /// Whether it holds only white space.
    blank: bool,
    /// Whether it starts with white space: a folded line.
    indented: bool,
    /// Whether it has a reply of its own (not quoted).
    own: bool,
    /// Whether its last reply of its own is unfinished.
    open: bool,
}

impl Line {
    fn read(line: &[u8], defined: &(dyn Fn(u16) -> bool + Sync)) -> Line {
        let content = trim_line_end(line);
        let blank = content.iter().all(u8::is_ascii_whitespace);
        let found = if blank {
            Found::default()
        } else {
            find(line, defined)
        };
        Line {
            blank,
            indented: content.first().is_some_and(u8::is_ascii_whitespace),
            own: found.replies.iter().any(|r| r.depth == 0),
            open: found.open(),
            found,
        }
    }
}

/// A record of a log: lines `first..end`, with what its line holds while
/// it has one.
struct Record {
    first: usize,
    end: usize,
    open: bool,
    found: Option<Found>,
}

/// The records as found, each with the number of its first line (`base`
/// lines come before `block`): a single line as it was read, several lines
/// read again together, in parallel.
fn read_again(
    block: &[u8],
    starts: &[usize],
    base: usize,
    mut records: Vec<Record>,
    defined: &(dyn Fn(u16) -> bool + Sync),
) -> Vec<(usize, Found)> {
    use rayon::prelude::*;
    records
        .par_iter_mut()
        .filter(|r| r.found.is_none())
        .for_each(|r| {
            let to = starts.get(r.end).copied().unwrap_or(block.len());
            r.found = Some(find(&block[starts[r.first]..to], defined));
        });
    records
        .into_iter()
        .map(|r| (base + r.first + 1, r.found.unwrap_or_default()))
        .collect()
}

/// A line without its line break.
fn trim_line_end(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && matches!(line[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &line[..end]
}

/// The input as text: invalid UTF-8 replaced, line breaks made LF, and
/// what programs and transports did to a reply undone: quoted-printable
/// soft line breaks (`=` at a line end) removed, and line breaks written
/// out as `\r\n` or `\n` (by PHPMailer, an Erlang term, a JSON string)
/// made real.
fn normalize(input: &[u8]) -> (std::borrow::Cow<'_, str>, bool) {
    let (text, lossy) = match std::str::from_utf8(input) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), false),
        Err(_) => (String::from_utf8_lossy(input), true),
    };
    let bytes = text.as_bytes();
    // Most lines need nothing undone: an `=` or a `\` that no line break
    // follows is kept.
    let undone = |i: usize| match bytes[i] {
        b'\r' => true,
        b'=' => matches!(bytes.get(i + 1), Some(b'\n' | b'\r')),
        _ => matches!(bytes.get(i + 1), Some(b'n' | b'r')),
    };
    if !memchr::memchr3_iter(b'\r', b'=', b'\\', bytes).any(undone) {
        return (text, lossy);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                out.push(b'\n');
                i += 2;
            }
            b'\r' => {
                out.push(b'\n');
                i += 1;
            }
            b'=' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'=' if bytes.get(i + 1) == Some(&b'\r') => {
                i += if bytes.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
            }
            b'\\' if bytes[i + 1..].starts_with(b"r\\n") => {
                out.push(b'\n');
                i += 4;
            }
            b'\\' if matches!(bytes.get(i + 1), Some(b'n' | b'r')) => {
                out.push(b'\n');
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    // Only ASCII bytes were removed, or replaced by ASCII bytes, so the
    // text is still UTF-8.
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (std::borrow::Cow::Owned(text), lossy)
}

/// A three-digit number that may be a reply code.
#[derive(Debug, Clone)]
struct Candidate {
    /// Where its digits start and end.
    start: usize,
    end: usize,
    code: u16,
    /// The enhanced code right after it, with where that ends.
    status: Option<(Status, usize)>,
    /// Whether a hyphen follows: a continuation line.
    continued: bool,
    /// Whether only white space and marks (`<<<`, `>`, `|`) precede it on
    /// its line.
    line_start: bool,
    /// The indentation of its line.
    indent: usize,
    /// The kind of text before it.
    context: Context,
    /// Whether no text follows it: the end of the line, or a closing
    /// quote or bracket.
    bare: bool,
    /// Whether an RFC defines the code.
    defined: bool,
}

/// What precedes a candidate code on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A character that ends a prefix or opens a quotation of a reply:
    /// `:` (`said:`), `;` (`smtp;`), a quote, `<`, `>` (`->`, `<<<`), an
    /// ellipsis (sendmail's `<address>... 550 …`).
    Quote,
    /// A weaker delimiter that appears in ordinary prose too: `(`, `,`,
    /// `#`, `|`, `{`, or a word that names a code: `code`,
    /// `ResponseCode`, `error`.
    Delimiter,
    /// A word or anything else.
    Text,
}

/// The text and where its lines start.
struct Scanner<'a> {
    bytes: &'a [u8],
    /// The byte ranges of URLs, where no number is a code, in order.
    urls: Vec<(usize, usize)>,
    /// Where each line starts.
    lines: SmallVec<[usize; 4]>,
    /// Where each line's text starts: its first byte that is neither
    /// white space nor a transcript mark.
    text_starts: SmallVec<[usize; 4]>,
}

/// Whether a byte may stand before a reply code at the start of a line:
/// white space and the marks of transcripts and quotations (`<<<`, `>`,
/// `|`, `*`, `#`, `[`, quotes).
fn is_mark(c: u8) -> bool {
    c.is_ascii_whitespace()
        || matches!(
            c,
            b'<' | b'>' | b'|' | b'-' | b'*' | b'#' | b'[' | b']' | b'(' | b'\'' | b'"'
        )
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Scanner<'a> {
        let bytes = text.as_bytes();
        let mut urls = Vec::new();
        let mut from = 0;
        while let Some(at) = find_url(bytes, from) {
            let end = bytes[at..]
                .iter()
                .position(|&b| {
                    b.is_ascii_whitespace() || matches!(b, b'\'' | b'"' | b'<' | b'>' | b')' | b']')
                })
                .map_or(bytes.len(), |n| at + n);
            urls.push((at, end));
            from = end.max(at + 1);
        }
        let mut lines: SmallVec<[usize; 4]> = smallvec::smallvec![0];
        lines.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        let text_starts = lines
            .iter()
            .map(|&start| {
                start
                    + bytes[start..]
                        .iter()
                        .take_while(|&&c| c != b'\n' && is_mark(c))
                        .count()
            })
            .collect();
        Scanner {
            bytes,
            urls,
            lines,
            text_starts,
        }
    }

    fn in_url(&self, at: usize) -> bool {
        let i = self.urls.partition_point(|&(s, _)| s <= at);
        i > 0 && at < self.urls[i - 1].1
    }

    /// The index of the line that holds byte `at`.
    fn line_of(&self, at: usize) -> usize {
        self.lines.partition_point(|&s| s <= at) - 1
    }

    fn line_end_of(&self, at: usize) -> usize {
        self.lines
            .get(self.line_of(at) + 1)
            .map_or(self.bytes.len(), |&next| next - 1)
    }

    /// Every three-digit number that can be a reply code, in order.
    fn candidates(&self, defined: &dyn Fn(u16) -> bool) -> Vec<Candidate> {
        let b = self.bytes;
        let mut found = Vec::new();
        let mut i = 0;
        while let Some(start) = next_digit(b, i) {
            i = start;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - start != 3 || self.in_url(start) {
                continue;
            }
            if let Some(candidate) = self.candidate(start, defined) {
                found.push(candidate);
            }
        }
        found
    }

    /// The number at `start` as a candidate, if the text around it allows.
    fn candidate(&self, start: usize, defined: &dyn Fn(u16) -> bool) -> Option<Candidate> {
        let b = self.bytes;
        let end = start + 3;
        let first = b[start] - b'0';
        if !(1..=5).contains(&first) {
            return None;
        }
        let code = decimal(&b[start..end]);
        let prev = start.checked_sub(1).map(|i| b[i]);
        let prev2 = start.checked_sub(2).map(|i| b[i]);
        if let Some(p) = prev
            && (p.is_ascii_alphanumeric()
                || matches!(
                    p,
                    b'.' | b'_'
                        | b'-'
                        | b'/'
                        | b'='
                        | b'+'
                        | b'@'
                        | b'&'
                        | b'%'
                        | b'$'
                        | b'\\'
                        | b'*'
                )
                || !p.is_ascii())
        {
            return None;
        }
        let next = b.get(end).copied();
        if !matches!(
            next,
            None | Some(
                b' ' | b'\t'
                    | b'\n'
                    | b'\''
                    | b'"'
                    | b')'
                    | b']'
                    | b'>'
                    | b';'
                    | b'-'
                    | b':'
                    | b','
                    | b'.'
            )
        ) {
            return None;
        }
        // "25:530 5.7.1" is a reply after a port; "2800:220:6d" is not.
        let after_number =
            matches!(prev, Some(b':' | b',')) && prev2.is_some_and(|p| p.is_ascii_alphanumeric());
        let status = status_after(b, end);
        let next2 = b.get(end + 1).copied();
        let digit_after = next2.is_some_and(|c| c.is_ascii_digit());
        match next {
            None | Some(b' ' | b'\t' | b'\n' | b'\'' | b'"' | b')' | b']' | b'>' | b';') => {}
            Some(b'-') => {}
            Some(b':' | b',') if !digit_after || status.is_some() => {}
            Some(b'.') if status.is_some() => {}
            _ => return None,
        }
        if after_number && status.is_none() {
            return None;
        }
        let line_index = self.line_of(start);
        let line = self.lines[line_index];
        let before = &b[line..start];
        let line_start = start <= self.text_starts[line_index];
        if first == 1 && !line_start {
            return None;
        }
        let indent = before
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        let continued = next == Some(b'-')
            && !matches!(next2, Some(b'\'' | b'"'))
            && (status.is_some() || line_start || !digit_after);
        if next == Some(b'-') && digit_after && !continued {
            return None;
        }
        let context = context_before(before);
        let bare = status.is_none()
            && b[end..]
                .iter()
                .find(|&&c| {
                    c == b'\n'
                        || !(c.is_ascii_whitespace()
                            || matches!(
                                c,
                                b'\'' | b'"' | b')' | b']' | b'>' | b',' | b';' | b':' | b'.'
                            ))
                })
                .is_none_or(|&c| c == b'\n');
        // A header field's value is not a reply ("Content-Length: 530"),
        // unless the field is one that carries replies or codes.
        if status.is_none() && header_value(before) {
            return None;
        }
        if bare && !defined(code) && !names_code(before) {
            return None;
        }
        Some(Candidate {
            start,
            end,
            code,
            status,
            continued,
            line_start,
            indent,
            context,
            bare,
            defined: defined(code),
        })
    }
}

/// Where the first ASCII digit at or after `i` is. Eight bytes at a time,
/// since most of a log is not digits: a byte `c` is a digit when `c ^ 0x30`
/// is below 10, which adding 0x76 to each byte's low seven bits tells by
/// its high bit, with no carry from one byte into the next.
fn next_digit(b: &[u8], mut i: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let t = u64::from_le_bytes(chunk.try_into().ok()?) ^ 0x3030_3030_3030_3030;
        let other = (((t & !HIGH) + 0x7676_7676_7676_7676) | t) & HIGH;
        if other != HIGH {
            return Some(i + ((!other & HIGH).trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b.get(i..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|n| i + n)
}

/// Where the next URL starts: its scheme before `://`, or `mailto:`.
fn find_url(bytes: &[u8], from: usize) -> Option<usize> {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static WEB: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"://"));
    static MAIL: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"mailto:"));
    let rest = &bytes[from..];
    let web = WEB.find(rest).map(|at| {
        let scheme = rest[..at]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        from + at - scheme
    });
    let mail = MAIL.find(rest).map(|at| from + at);
    match (web, mail) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The enhanced code right after a reply code ending at `end`, with the
/// offset where it ends. Between them may stand what servers and loggers
/// put there: a space or line break, a hyphen (`550-5.7.1`), a colon
/// (`501: 5.1.8`), a dot (`554.5.6.2`), a comma and quotes (Google's
/// `550, "5.7.1"`, Cisco's `('452', [4.3.1`), SES's `550-'5.2.2`, or `#`.
fn status_after(b: &[u8], end: usize) -> Option<(Status, usize)> {
    let mut i = end;
    if matches!(b.get(i), Some(b'\'' | b'"')) {
        i += 1;
    }
    let dotted = b.get(i) == Some(&b'.');
    if matches!(b.get(i), Some(b'-' | b'.' | b':' | b',')) {
        i += 1;
    }
    let mut newlines = 0;
    while let Some(&c) = b.get(i) {
        if c == b'\n' {
            newlines += 1;
            if newlines > 1 {
                return None;
            }
        } else if !c.is_ascii_whitespace() {
            break;
        }
        i += 1;
    }
    if matches!(b.get(i), Some(b'"' | b'\'' | b'#' | b'(' | b'[')) {
        i += 1;
    }
    if i == end {
        return None;
    }
    let (status, after) = parse_status(b, i)?;
    // "554.5.6.2" is a code and its status; "203.0.113.2" an address.
    let code = decimal(&b[end - 3..end]);
    if status.class < 2 || (dotted && code <= 255 && status.subject <= 255 && status.detail <= 255)
    {
        return None;
    }
    Some((status, after))
}

/// The number that a few ASCII digits write (at most three: no overflow).
fn decimal(digits: &[u8]) -> u16 {
    digits
        .iter()
        .fold(0, |n, &d| n * 10 + u16::from(d.wrapping_sub(b'0')))
}

/// A `d.d{1,3}.d{1,3}` status at `i` that no digit, letter or dotted
/// number continues, with the offset after it.
fn parse_status(b: &[u8], i: usize) -> Option<(Status, usize)> {
    let digits = |from: usize| {
        let n = b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        (1..=3).contains(&n).then_some(n)
    };
    if !b.get(i)?.is_ascii_digit() || b.get(i + 1) != Some(&b'.') {
        return None;
    }
    let class = b[i] - b'0';
    let s = i + 2;
    let sn = digits(s)?;
    if b.get(s + sn) != Some(&b'.') {
        return None;
    }
    let d = s + sn + 1;
    let dn = digits(d)?;
    let after = d + dn;
    match b.get(after) {
        Some(c) if c.is_ascii_alphanumeric() || *c == b'_' => return None,
        Some(b'.' | b'-') if b.get(after + 1).is_some_and(|c| c.is_ascii_digit()) => return None,
        _ => {}
    }
    Some((
        Status {
            class,
            subject: decimal(&b[s..s + sn]),
            detail: decimal(&b[d..d + dn]),
        },
        after,
    ))
}

/// The kind of text before a candidate on its line.
fn context_before(before: &[u8]) -> Context {
    let trimmed = before.trim_ascii_end();
    let Some(&last) = trimmed.last() else {
        return Context::Quote;
    };
    match last {
        b':' | b';' | b'\'' | b'"' | b'<' | b'>' => Context::Quote,
        b'.' if trimmed.ends_with(b"..") => Context::Quote,
        b'(' | b',' | b'#' | b'|' | b'{' => Context::Delimiter,
        _ if names_code(before) => Context::Delimiter,
        _ => Context::Text,
    }
}

/// Whether the text before a number on its line is only a header field
/// name such as `Content-Length:` (a name with a hyphen, then a colon),
/// of a field other than those that carry replies: `Diagnostic-Code`,
/// `X-Postfix-…-Reason`, `…-Status`, `…-Error`, `…-Response`.
fn header_value(before: &[u8]) -> bool {
    let trimmed = before.trim_ascii();
    let Some(name) = trimmed.strip_suffix(b":") else {
        return false;
    };
    let is_name = name.first().is_some_and(u8::is_ascii_alphabetic)
        && name.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && name.contains(&b'-');
    if !is_name {
        return false;
    }
    ![
        "code",
        "diagnostic",
        "reason",
        "status",
        "error",
        "response",
        "reply",
    ]
    .iter()
    .any(|w| {
        name.windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Whether the word before a number names it as a code: "Code: 577",
/// "ResponseCode 421", "ERROR 571", "got code \"550\"".
fn names_code(before: &[u8]) -> bool {
    let trimmed = before
        .trim_ascii_end()
        .strip_suffix(b":")
        .unwrap_or(before.trim_ascii_end())
        .trim_ascii_end();
    let trimmed = trimmed.strip_suffix(b"\"").unwrap_or(trimmed);
    let word_start = trimmed
        .iter()
        .rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
        .map_or(0, |n| n + 1);
    let word = &trimmed[word_start..];
    let ends_with_code = word.len() >= 4 && word[word.len() - 4..].eq_ignore_ascii_case(b"code");
    ends_with_code || word.eq_ignore_ascii_case(b"error") || word.eq_ignore_ascii_case(b"status")
}

/// A reply while it is being built.
#[derive(Debug, Clone)]
struct Building {
    code: u16,
    status: Option<(Status, usize)>,
    /// Each line: where its text starts and ends.
    lines: SmallVec<[(usize, usize); 2]>,
    open: bool,
    multiline: bool,
    /// Every code its lines carried, in order, without repeats.
    codes: SmallVec<[u16; 2]>,
    depth: usize,
    parent: Option<usize>,
    start: usize,
    end: usize,
    indent: usize,
    /// The character before it when it opened a quotation: `'`, `"`, `<`
    /// or `(`, whose closing mate ends its text.
    opener: Option<u8>,
    children: SmallVec<[usize; 2]>,
}

impl Building {
    fn finish(self, text: &str) -> Reply {
        let mut joined = String::new();
        for &(s, e) in &self.lines {
            let line = clean_text(&text[s..e.max(s)], self.opener);
            if joined.is_empty() {
                joined = line;
            } else if !line.is_empty() {
                joined.push('\n');
                joined.push_str(&line);
            }
        }
        Reply {
            code: self.code,
            status: self.status.map(|s| s.0),
            text: joined,
            lines: self.lines.len(),
            multiline: self.multiline,
            unfinished: self.open,
            other_codes: self
                .codes
                .iter()
                .copied()
                .filter(|&c| c != self.code)
                .collect(),
            depth: self.depth,
            parent: self.parent,
        }
    }
}

/// A line of a reply's text without what loggers wrap around it.
fn clean_text(text: &str, opener: Option<u8>) -> String {
    // Folded lines are read as if the folds were spaces.
    let text = text.trim_ascii();
    let folded = text
        .as_bytes()
        .windows(2)
        .any(|w| w[1].is_ascii_whitespace() && (w[0] == b' ' || w[1] != b' '));
    let mut out = if folded {
        let mut out = String::with_capacity(text.len());
        for word in text.split_ascii_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    } else {
        text.to_owned()
    };
    let closer = match opener {
        Some(b'\'') => Some('\''),
        Some(b'"') => Some('"'),
        Some(b'<') => Some('>'),
        Some(b'(') => Some(')'),
        _ => None,
    };
    // The mate of the quotation mark that opened the reply ends its text,
    // as in Cisco's "('550', ['There is no such active account.'])".
    if let Some(closer) = closer
        && let Some(at) = out.rfind(closer)
    {
        out.truncate(at);
    }
    strip_unmatched(&mut out);
    // Postfix: "... (in reply to RCPT TO command)".
    static IN_REPLY_TO: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new(b"(in reply to "));
    if out.ends_with("command)")
        && let Some(at) = IN_REPLY_TO.rfind(out.as_bytes())
    {
        out.truncate(at);
        strip_unmatched(&mut out);
    }
    out
}

/// Removes the closing marks at the end of a text that nothing in it
/// opened: a quotation or a parenthesis that began before the reply, as
/// in SES's "550-'5.2.2 … Mailbox Full'" or Postfix's "status=bounced
/// (host … said: 550 … command))".
fn strip_unmatched(text: &mut String) {
    let count = |text: &str, c: u8| memchr::memchr_iter(c, text.as_bytes()).count();
    loop {
        text.truncate(text.trim_end().len());
        let unmatched = match text.as_bytes().last() {
            Some(&q @ (b'\'' | b'"')) => count(text, q) % 2 == 1,
            Some(b')') => count(text, b')') > count(text, b'('),
            Some(b']') => count(text, b']') > count(text, b'['),
            Some(b'>') => count(text, b'>') > count(text, b'<'),
            _ => false,
        };
        if !unmatched {
            return;
        }
        text.pop();
    }
}

/// Groups candidates into replies: continuation lines into their reply,
/// replies quoted inside a reply's text under it, and replies of their
/// own (a transcript) side by side.
fn build(scanner: &Scanner<'_>, candidates: &[Candidate]) -> Vec<Building> {
    let b = scanner.bytes;
    let mut replies: Vec<Building> = Vec::new();
    // The reply whose text the scan is in, and the top-level one.
    let mut current: Option<usize> = None;
    let mut top: Option<usize> = None;
    let mut skip_to = 0;
    for c in candidates {
        if c.start < skip_to {
            continue;
        }
        let text_start = c.status.map_or(c.end, |s| s.1);
        let line_end = scanner.line_end_of(text_start.min(b.len()));
        let text_start = text_start.min(line_end);
        let text_start = if b.get(text_start) == Some(&b'-') {
            text_start + 1
        } else {
            text_start
        };
        // A continuation or final line of the reply being read.
        if let Some(r) = current
            && replies[r].open
            && (c.code == replies[r].code || (c.line_start && replies[r].depth == 0))
            && matches!(
                c.context,
                Context::Quote | Context::Delimiter | Context::Text
            )
            && (c.line_start
                || c.start == 0
                || b[c.start - 1].is_ascii_whitespace()
                || b[c.start - 1] == b']')
        {
            let reply = &mut replies[r];
            if !reply.codes.contains(&c.code) {
                reply.codes.push(c.code);
            }
            reply.code = c.code;
            if let Some(prev) = reply.lines.last_mut() {
                prev.1 = prev.1.min(c.start);
            }
            reply.lines.push((text_start, line_end));
            reply.multiline = true;
            reply.open = c.continued;
            if c.status.is_some() {
                reply.status = c.status;
            }
            skip_to = c.status.map_or(c.end, |s| s.1);
            continue;
        }
        let opener = c
            .start
            .checked_sub(1)
            .map(|i| b[i])
            .filter(|p| matches!(p, b'\'' | b'"' | b'<' | b'('));
        let new = |depth: usize, parent: Option<usize>| Building {
            code: c.code,
            status: c.status,
            lines: smallvec::smallvec![(text_start, line_end)],
            open: c.continued,
            multiline: c.continued,
            codes: smallvec::smallvec![c.code],
            depth,
            parent,
            start: c.start,
            end: b.len(),
            indent: c.indent,
            opener,
            children: SmallVec::new(),
        };
        let own = c.status.is_some() || c.line_start || c.context != Context::Text;
        match top {
            None => {
                // Before any reply, a code in running text counts when it
                // is one an RFC defines and text follows it; that was
                // checked for bare codes, so only running text is left.
                if !own && (!c.defined || c.bare) {
                    continue;
                }
                replies.push(new(0, None));
                top = Some(replies.len() - 1);
                current = top;
            }
            Some(t) => {
                let folded = c.indent > replies[t].indent && c.status.is_none();
                if c.line_start && !folded {
                    // A reply of its own: the next one of a transcript.
                    replies[t].end = c.start;
                    if let Some(r) = current {
                        replies[r].end = replies[r].end.min(c.start);
                    }
                    close_lines(&mut replies, t, c.start);
                    replies.push(new(0, None));
                    top = Some(replies.len() - 1);
                    current = top;
                } else {
                    // A reply quoted in the current one's text: it needs an
                    // enhanced code, or a quotation mark or prefix before
                    // it and text after it.
                    let quoted =
                        c.status.is_some() || (c.context == Context::Quote && !c.bare && c.defined);
                    if !quoted {
                        continue;
                    }
                    let parent = current.unwrap_or(t);
                    if let Some(last) = replies[parent].lines.last_mut() {
                        last.1 = last.1.min(c.start);
                    }
                    let depth = replies[parent].depth + 1;
                    replies.push(new(depth, Some(parent)));
                    let index = replies.len() - 1;
                    replies[parent].children.push(index);
                    current = Some(index);
                }
            }
        }
        skip_to = c.status.map_or(c.end, |s| s.1);
    }
    // A reply whose first line has no text takes the next line's.
    for reply in &mut replies {
        if reply.lines.len() == 1 {
            let (s, e) = reply.lines[0];
            if b[s..e].iter().all(u8::is_ascii_whitespace) && e < reply.end {
                let next_end = scanner.line_end_of((e + 1).min(b.len())).min(reply.end);
                if e < next_end {
                    reply.lines[0] = (e, next_end);
                }
            }
        }
    }
    // Folded lines (indented more than the reply's own line) belong to a
    // single-line reply's text.
    for reply in &mut replies {
        if reply.multiline {
            continue;
        }
        let (s, mut e) = reply.lines[0];
        while e < reply.end {
            let next = e + 1;
            let next_end = scanner.line_end_of(next.min(b.len())).min(reply.end);
            let indent = b[next.min(b.len())..next_end]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
            if next >= b.len() || indent <= reply.indent || next_end <= next + indent {
                break;
            }
            e = next_end;
        }
        reply.lines[0] = (s, e);
    }
    replies
}

/// Ends the lines of a top-level reply and its quoted replies at `at`.
fn close_lines(replies: &mut [Building], top: usize, at: usize) {
    let mut stack = vec![top];
    while let Some(r) = stack.pop() {
        for line in &mut replies[r].lines {
            line.1 = line.1.min(at);
        }
        stack.extend(replies[r].children.iter().copied());
    }
}

/// The reply to explain: the last reply of its own (the last one of a
/// transcript), and in it the innermost quoted reply, the last one at each
/// level.
fn pick(replies: &[Building]) -> Option<usize> {
    let mut at = replies.iter().rposition(|r| r.depth == 0)?;
    while let Some(&child) = replies[at].children.last() {
        at = child;
    }
    Some(at)
}

/// The enhanced code to explain: the primary reply's own, else one that
/// stands alone in its text, else its wrappers' (their own, then in their
/// text), else one that stands alone outside every other reply.
fn status_of(
    scanner: &Scanner<'_>,
    replies: &[Building],
    primary: Option<usize>,
) -> Option<(Status, StatusSource)> {
    let b = scanner.bytes;
    let Some(p) = primary else {
        return standalone(b, 0, b.len(), &[]).map(|s| (s, StatusSource::Input));
    };
    if let Some((status, _)) = replies[p].status {
        return Some((status, StatusSource::Reply));
    }
    let excluded = |r: usize| -> Vec<(usize, usize)> {
        replies[r]
            .children
            .iter()
            .map(|&c| (replies[c].start, replies[c].end))
            .collect()
    };
    if let Some(s) = standalone(b, replies[p].start, replies[p].end, &excluded(p)) {
        return Some((s, StatusSource::Text));
    }
    // A code from elsewhere counts only in the reply's class: a wrapper's
    // 5.4.7 says nothing about the 421 it quotes.
    let class = (replies[p].code / 100) as u8;
    let mut at = replies[p].parent;
    while let Some(w) = at {
        if let Some((status, _)) = replies[w].status.filter(|s| s.0.class == class) {
            return Some((status, StatusSource::Wrapper));
        }
        if let Some(s) = standalone(b, replies[w].start, replies[w].end, &excluded(w))
            .filter(|s| s.class == class)
        {
            return Some((s, StatusSource::Wrapper));
        }
        at = replies[w].parent;
    }
    // Outside every reply: before the first one.
    let first = replies.first().map_or(b.len(), |r| r.start);
    standalone(b, 0, first, &[])
        .filter(|s| s.class == class)
        .map(|s| (s, StatusSource::Input))
}

/// The first enhanced code in `b[from..to]`, outside `excluded`, that
/// stands alone: class 2, 4 or 5, subject 0 to 7, and not part of an
/// address, a version number (`Version: 2.1.5`, `Dovecot 2.3.16`), an
/// identifier or a longer dotted number.
fn standalone(b: &[u8], from: usize, to: usize, excluded: &[(usize, usize)]) -> Option<Status> {
    // Each code starts with its class digit and a dot: found from the dots.
    for dot in memchr::memchr_iter(b'.', &b[from..to]) {
        let i = from + dot;
        if i == from || !b[i - 1].is_ascii_digit() {
            continue;
        }
        let i = i - 1;
        if excluded.iter().any(|&(s, e)| s <= i && i < e) {
            continue;
        }
        let prev = i.checked_sub(1).map(|j| b[j]);
        let boundary = prev.is_none_or(|p| {
            !(p.is_ascii_alphanumeric()
                || matches!(p, b'.' | b'-' | b'_' | b'/' | b'\\' | b'+')
                || !p.is_ascii())
        });
        if boundary
            && let Some((status, after)) = parse_status(b, i)
            && after <= to
            && matches!(status.class, 2 | 4 | 5)
            && status.subject <= 7
            && b[i + 2].is_ascii_digit()
            && b[i + 3] == b'.'
            && !versioned(&b[..i])
        {
            return Some(status);
        }
    }
    None
}

/// Whether the text before a dotted number makes it a version: a word
/// right before it, or a word containing "version" before a colon.
fn versioned(before: &[u8]) -> bool {
    let trimmed = before.trim_ascii_end();
    if trimmed.len() < before.len() && trimmed.last().is_some_and(|c| c.is_ascii_alphanumeric()) {
        let word_start = trimmed
            .iter()
            .rposition(|c| !c.is_ascii_alphanumeric())
            .map_or(0, |n| n + 1);
        let word = trimmed[word_start..].to_ascii_lowercase();
        return !matches!(word.as_slice(), b"status" | b"dsn" | b"code");
    }
    let word = trimmed
        .strip_suffix(b":")
        .unwrap_or(trimmed)
        .trim_ascii_end();
    let word_start = word
        .iter()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(0, |n| n + 1);
    word[word_start..]
        .to_ascii_lowercase()
        .windows(7)
        .any(|w| w == b"version")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// The records `each` finds in `log` with blocks of `block` bytes.
    fn records(log: &[u8], block: usize) -> Vec<(usize, super::Found)> {
        let mut records = Vec::new();
        super::each_in_blocks(
            log,
            block,
            &|_| true,
            |batch| -> Result<(), super::ReadError> {
                records.extend(batch);
                Ok(())
            },
        )
        .unwrap();
        records
    }

    proptest! {
        /// However small the blocks, the records are those of one block:
        /// a record across a block's end, one longer than a block and a
        /// line longer than a block included.
        #[test]
        fn blocks_do_not_change_the_records(
            picks in proptest::collection::vec(0usize..9, 0..60),
            block in 1usize..200,
        ) {
            let pieces: [&[u8]; 9] = [
                b"Mar 1 mx postfix/smtp[1]: A: said: 550 5.1.1 no such user\n",
                b"250-mx.example Hello\n",
                b"250-SIZE 1000\n",
                b"250 PIPELINING\n",
                b"\n",
                b"   folded: 452 4.3.1 Insufficient system storage\n",
                b"no reply on this line\r\n",
                b"554-5.7.1 a continuation that never ends",
                b"421 4.4.2 Connection timed out\n",
            ];
            let log: Vec<u8> = picks.iter().flat_map(|&i| pieces[i].iter().copied()).collect();
            prop_assert_eq!(records(&log, block), records(&log, 1 << 20));
        }

        #[test]
        fn next_digit_finds_the_first_digit(b in proptest::collection::vec(any::<u8>(), 0..40), i in 0usize..48) {
            let expected = b.get(i..).and_then(|rest| rest.iter().position(u8::is_ascii_digit)).map(|n| i + n);
            prop_assert_eq!(super::next_digit(&b, i), expected);
        }
    }
}
