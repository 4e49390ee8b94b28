//! Rules about the text itself rather than its agreement with the
//! reference: bidi and invisible characters, doubled words, and the style
//! of the reference (id convention, ellipsis, straight quotes).
//!
//! The character and doubled-word rules are public so that tests hold
//! rendered output to exactly the rules the checker holds `.ftl` files to.

use std::sync::atomic::{AtomicU64, Ordering};

use fluent_syntax::ast::PatternElement;

use super::ast::{self, Facts};
use super::finding::{Kind, Reporter, Severity};
use super::pattern::{PatternContext, What};
use super::source::Parsed;
use crate::l10n::Direction;

/// Why a character that changes or hides what a reader sees is reported in
/// a locale written in `direction`, and how badly; `None` for any other
/// character. Bidi embeddings, overrides and isolates are errors (Trojan
/// source); zero-width characters are warnings, and so are direction marks
/// in a left-to-right locale. Joiners (U+200C, U+200D) are not reported:
/// Persian and Arabic spelling needs them.
pub fn control_reason(c: char, direction: Direction) -> Option<(Severity, &'static str)> {
    match c {
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Some((
            Severity::Error,
            "a bidi control character, which can reorder what the reader sees (Trojan source)",
        )),
        '\u{200b}' | '\u{2060}' | '\u{feff}' => Some((Severity::Warning, "an invisible character")),
        '\u{200e}' | '\u{200f}' | '\u{061c}' if direction == Direction::Ltr => Some((
            Severity::Warning,
            "a direction mark in a left-to-right locale",
        )),
        _ => None,
    }
}

/// Characters that change or hide what a reader sees in some locale: bidi
/// embeddings, overrides and isolates, direction marks, and zero-width
/// characters.
pub fn is_control(c: char) -> bool {
    control_reason(c, Direction::Ltr).is_some()
}

/// Words that may legitimately be written twice in a row, per language
/// (German “die die”, Vietnamese “từ từ”, slowly), lowercase.
pub fn allowed_doubles(lang: &str) -> &'static [&'static str] {
    match lang.split('-').next().unwrap_or_default() {
        "en" => &["that", "had"],
        "de" => &["die", "der", "das", "sie"],
        "nl" => &["dat"],
        "fr" => &["nous", "vous"],
        "vi" => &["từ", "thường", "dần", "lần", "nhiều", "luôn"],
        _ => &[],
    }
}

/// Each word of `text` that repeats the word before it, ignoring case, with
/// its byte offset. Words are runs of letters, digits and apostrophes;
/// numbers and the words [`allowed_doubles`] lists for `lang` may repeat. A
/// word repeats the one before when only spaces (and a literal's tags)
/// part them: “the, the” is a figure of speech, and in `S∀S⅂` (`en-XA`'s
/// SASL upside down) the symbol is a letter. A placeable, written U+FFFC,
/// separates words: “the { $x } the” is not a doubled word.
pub fn doubled_words<'t>(
    lang: &str,
    text: &'t str,
) -> impl Iterator<Item = (usize, &'t str)> + use<'t> {
    let allowed = allowed_doubles(lang);
    // Only the words at the edges of what spaces part are compared, and a
    // word before is looked for only when its last character matches the
    // word after's: most characters are never looked up in Unicode's
    // tables.
    text.split('\u{FFFC}').flat_map(move |stretch| {
        let base = ast::offset_in(text, stretch).unwrap_or(0);
        let mut before: Option<&str> = None;
        stretch
            .split(char::is_whitespace)
            .filter(|token| !token.is_empty())
            .filter_map(move |token| {
                let before = without_closing_tags(before.replace(token)?);
                let (at, word) = first_word(token)?;
                if !end_alike(before, word) {
                    return None;
                }
                let last = last_word(before)?;
                let doubled = last
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(word.chars().flat_map(char::to_lowercase))
                    && word.chars().any(char::is_alphabetic)
                    && !allowed.contains(&word.to_lowercase().as_str());
                let offset = base + ast::offset_in(stretch, token).unwrap_or(0) + at;
                doubled.then_some((offset, word))
            })
    })
}

/// Letters, digits and apostrophes make words.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '\'' || c == '’' || (!c.is_ascii() && is_alphanumeric(c))
}

/// Which characters of the Basic Multilingual Plane are alphanumeric, and
/// which of them have been asked about, a bit for each: text in a script
/// far from Latin (Devanagari, Kannada, Han) would otherwise search
/// Unicode's tables for every character of it, not once for each
/// character it uses.
static ALPHANUMERIC: [AtomicU64; 1024] = [const { AtomicU64::new(0) }; 1024];
static KNOWN: [AtomicU64; 1024] = [const { AtomicU64::new(0) }; 1024];

/// [`char::is_alphanumeric`], remembered for the Basic Multilingual Plane.
fn is_alphanumeric(c: char) -> bool {
    let code = c as usize;
    if code > 0xFFFF {
        return c.is_alphanumeric();
    }
    let (word, bit) = (code / 64, 1u64 << (code % 64));
    if KNOWN[word].load(Ordering::Acquire) & bit == 0 {
        // Two threads may find a character at once: they set the same bit.
        if c.is_alphanumeric() {
            ALPHANUMERIC[word].fetch_or(bit, Ordering::Relaxed);
        }
        KNOWN[word].fetch_or(bit, Ordering::Release);
    }
    ALPHANUMERIC[word].load(Ordering::Relaxed) & bit != 0
}

const OPENING_TAGS: [&str; 2] = ["<samp>", "<code>"];
const CLOSING_TAGS: [&str; 2] = ["</samp>", "</code>"];

/// Whether two texts end with the same character, ignoring case: a test
/// that two words are the same that is quick to fail.
fn end_alike(a: &str, b: &str) -> bool {
    match (a.chars().next_back(), b.chars().next_back()) {
        (Some(a), Some(b)) if a == b => true,
        (Some(a), Some(b)) if a.is_ascii() && b.is_ascii() => a.eq_ignore_ascii_case(&b),
        (Some(a), Some(b)) => a.to_lowercase().last() == b.to_lowercase().last(),
        _ => false,
    }
}

/// A token of text without the tags that close literals at its end.
fn without_closing_tags(token: &str) -> &str {
    let mut token = token;
    while let Some(rest) = CLOSING_TAGS.iter().find_map(|tag| token.strip_suffix(tag)) {
        token = rest;
    }
    token
}

/// The word a token of text, its closing tags removed, ends with.
fn last_word(token: &str) -> Option<&str> {
    let start = token
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()?
        .0;
    Some(&token[start..])
}

/// The word a token of text starts with, after the tags that open
/// literals, with its byte offset in the token.
fn first_word(token: &str) -> Option<(usize, &str)> {
    let mut rest = token;
    while let Some(after) = OPENING_TAGS.iter().find_map(|tag| rest.strip_prefix(tag)) {
        rest = after;
    }
    let at = token.len() - rest.len();
    // Byte by byte while the text is ASCII, as most of it is.
    let bytes = rest.as_bytes();
    let mut end = 0;
    while let Some(&byte) = bytes.get(end) {
        if byte.is_ascii() {
            if !(byte.is_ascii_alphanumeric() || byte == b'\'') {
                break;
            }
            end += 1;
        } else {
            match rest[end..].chars().next() {
                Some(c) if is_word_char(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    (end > 0).then(|| (at, &rest[..end]))
}

/// Reports the control characters of a pattern.
pub(crate) fn check_characters(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
) {
    for &(c, offset) in &facts.controls {
        let Some((severity, why)) = control_reason(c, context.locale.direction) else {
            continue;
        };
        reporter.add_as(
            severity,
            Kind::BidiControl,
            offset,
            Some(context.id),
            format!("{what} contains U+{:04X}, {why}; remove it", c as u32),
        );
    }
}

/// Reports the doubled words of each run of prose of a pattern.
pub(crate) fn check_doubled_words(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
) {
    for run in &facts.runs {
        for (start, word) in doubled_words(context.locale.lang, &run.text) {
            reporter.add(
                Kind::DoubledWord,
                run.source_offset(start)
                    .or(run.offset)
                    .unwrap_or(context.offset),
                Some(context.id),
                format!("{what} has the word “{word}” twice in a row"),
            );
        }
    }
}

/// Reports a plural select (its keys CLDR categories, and numbers) whose
/// variants differ in their placeables, the selector's own variable aside
/// (`[one] one file` may leave `$count` out): the variants say one thing
/// for different numbers, so a value, a name or a term's text that one
/// has and another lacks is lost for some numbers. A select on another
/// kind of value (a gender, a fact) chooses between different sentences,
/// whose placeables may well differ.
pub(crate) fn check_variant_placeables(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
) {
    let is_category = |key: &String| {
        matches!(
            key.as_str(),
            "zero" | "one" | "two" | "few" | "many" | "other"
        )
    };
    let is_plural = |select: &&crate::check::ast::Select| {
        select.keys.iter().any(is_category)
            && select
                .keys
                .iter()
                .all(|k| is_category(k) || k.parse::<f64>().is_ok())
    };
    for select in facts.selects.iter().filter(is_plural) {
        let selector = select.selector.as_ref().map(|name| format!("${name}"));
        let own = |names: &std::collections::BTreeSet<String>| {
            names
                .iter()
                .filter(|name| Some(*name) != selector.as_ref())
                .cloned()
                .collect::<std::collections::BTreeSet<String>>()
        };
        let sets: Vec<_> = select.placeables.iter().map(own).collect();
        let all: std::collections::BTreeSet<String> = sets.iter().flatten().cloned().collect();
        let lacking: Vec<String> = select
            .keys
            .iter()
            .zip(&sets)
            .filter_map(|(key, set)| {
                let missing: Vec<String> =
                    all.difference(set).map(|n| format!("{{ {n} }}")).collect();
                (!missing.is_empty()).then(|| format!("[{key}] lacks {}", missing.join(" and ")))
            })
            .collect();
        if !lacking.is_empty() {
            reporter.add(
                Kind::VariantPlaceables,
                select.offset,
                Some(context.id),
                format!(
                    "{what}: the variants of a select differ in their placeables: {}; give every variant the same ones",
                    lacking.join(", ")
                ),
            );
        }
    }
}

/// The reference's own style: kebab-case ids, the ellipsis character and
/// typographic quotes.
pub(crate) fn lint_reference(reporter: &mut Reporter<'_>, source: &str, parsed: &Parsed<'_>) {
    if !is_kebab_case(parsed.id.trim_start_matches('-')) {
        reporter.add(
            Kind::IdConvention,
            parsed.offset,
            Some(parsed.id),
            format!(
                "“{}” is not kebab-case; write ids like “label-when-to-use”",
                parsed.id
            ),
        );
    }
    let patterns = parsed
        .value
        .into_iter()
        .chain(parsed.attributes.iter().map(|(_, _, p)| *p));
    for pattern in patterns {
        for element in &pattern.elements {
            let PatternElement::TextElement { value } = element else {
                continue;
            };
            let Some(base) = ast::offset_in(source, value) else {
                continue;
            };
            if let Some(i) = value.find("...") {
                reporter.add(
                    Kind::Ellipsis,
                    base + i,
                    Some(parsed.id),
                    "three dots: write the ellipsis character “…”".to_owned(),
                );
            }
            if let Some(i) = value.find(['"', '\'']) {
                reporter.add(
                    Kind::StraightQuote,
                    base + i,
                    Some(parsed.id),
                    "a straight quote: write typographic quotes “ ” ‘ ’ or the apostrophe ’"
                        .to_owned(),
                );
            }
        }
    }
}

/// Lowercase ASCII words and numbers joined by single hyphens, starting
/// with a letter.
fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
        && id.starts_with(|c: char| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphanumeric_characters_are_remembered_as_they_are() {
        for c in (0..=0x1_0000).filter_map(char::from_u32) {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn doubled_words_are_found_with_their_offsets() {
        let found: Vec<(usize, &str)> =
            doubled_words("en", "the The cat \u{FFFC} cat, had had 4 4").collect();
        assert_eq!(found, [(4, "The")]);
        let found: Vec<(usize, &str)> = doubled_words("vi", "từ từ và và").collect();
        assert_eq!(found, [(14, "và")]);
        let found: Vec<(usize, &str)> =
            doubled_words("en", "<code>EHLO</code>, <code>HELO</code> code code").collect();
        assert_eq!(found, [(42, "code")]);
        // Only spaces and a literal's tags part a doubled word.
        let found: Vec<(usize, &str)> =
            doubled_words("en", "very, very (<code>the</code> the) S∀S⅂ x-when when").collect();
        assert_eq!(found, [(29, "the"), (50, "when")]);
        // Digits and apostrophes are in words.
        let found: Vec<(usize, &str)> = doubled_words("en", "md5 md5 it's it's").collect();
        assert_eq!(found, [(4, "md5"), (13, "it's")]);
    }
}
