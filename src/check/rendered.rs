//! Checks on the text a reader sees: each message of a locale is formatted
//! with fluent-bundle, as a program would, once for each sample of its
//! selectors (a number of each CLDR plural category of the locale, and
//! each key of a select on a string), and the result is read for what its
//! source cannot show: a word doubled across a reference ("when { -when }"
//! where the term starts with "when"), an empty text, and an error of
//! formatting. A stray brace cannot reach the text: Fluent's syntax makes
//! it a syntax error, and an unresolved reference, which fluent-bundle
//! writes in braces, is missing-message's or unknown-reference's.
//!
//! Variables get samples that cannot make a doubled word: `‹1›`, `‹2›` …
//! for a string, 3 for a number given to a function. A variable the
//! program gives the text of a message (a code's name, a list of phases:
//! the project's [`super::Project::variable_texts`]) is then given each of
//! those texts in the locale, in place of its sample, so that “when
//! { $phases }” with “when the client authenticates” is found. Errors of
//! reference (an unknown message, term, variable or function, which other
//! checks report or the program supplies) leave the message unread.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use intl_pluralrules::{PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::ast;
use super::finding::{Finding, Kind, Reporter};
use super::lints::doubled_words;
use super::source::SourceFile;

/// At most this many samples of one message are formatted.
const MAX_SAMPLES: usize = 24;

/// At most this many texts of messages are given to one variable.
const MAX_TEXTS: usize = 64;

/// The rendered-text findings of one locale's files. `variable_texts` names,
/// by message id and variable, the messages whose texts the program gives
/// the variable ([`super::Project::variable_texts`]).
pub(crate) fn check_rendered(
    locale: &str,
    lang: Option<&LanguageIdentifier>,
    files: &[SourceFile<'_>],
    variable_texts: Option<&BTreeMap<String, BTreeMap<String, Vec<String>>>>,
) -> Vec<Finding> {
    let tag = lang.cloned().unwrap_or_default();
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![tag.clone()]);
    bundle.set_use_isolating(false);
    for file in files {
        bundle.add_resource_overriding(file.ftl.resource());
    }
    let numbers = plural_samples(lang);
    let mut texts_of = Texts::default();
    let mut findings = Vec::new();
    for file in files {
        let mut reporter = Reporter::new(locale, file.name, Some(file));
        let source = file.ftl.source();
        for entry in file.ftl.resource().entries() {
            let Entry::Message(message) = entry else {
                continue;
            };
            // The texts the program gives its variables, for the value and
            // the attributes alike.
            let texts: BTreeMap<String, Vec<String>> = variable_texts
                .and_then(|all| all.get(message.id.name))
                .into_iter()
                .flatten()
                .map(|(name, ids)| (name.clone(), texts_of.of(&bundle, ids)))
                .collect();
            let patterns = message.value.iter().map(|value| (None, value)).chain(
                message
                    .attributes
                    .iter()
                    .map(|a| (Some(a.id.name), &a.value)),
            );
            for (attribute, pattern) in patterns {
                let offset = ast::offset_in(source, message.id.name).unwrap_or(0);
                check_pattern(
                    &bundle,
                    &mut reporter,
                    attribute,
                    message.id.name,
                    offset,
                    source,
                    pattern,
                    &numbers,
                    &texts,
                    &tag,
                );
            }
        }
        findings.extend(reporter.into_findings());
    }
    findings
}

/// Formats one pattern (the value of message `id`, or its `attribute`)
/// with each of its samples and reports what the results show.
#[allow(clippy::too_many_arguments)]
fn check_pattern(
    bundle: &FluentBundle<&FluentResource>,
    reporter: &mut Reporter<'_>,
    attribute: Option<&str>,
    id: &str,
    offset: usize,
    source: &str,
    pattern: &Pattern<&str>,
    numbers: &[(&'static str, f64)],
    texts: &BTreeMap<String, Vec<String>>,
    tag: &LanguageIdentifier,
) {
    // A pattern of text and variables reads as its source does, with the
    // samples, which make no word: only references and selects, or more
    // placeables than fluent-bundle formats, can show what the source
    // does not.
    let placeables = pattern
        .elements
        .iter()
        .filter(|e| matches!(e, PatternElement::Placeable { .. }))
        .count();
    let plain = |e: &PatternElement<&str>| match e {
        PatternElement::TextElement { .. } => true,
        PatternElement::Placeable { expression } => matches!(
            expression,
            Expression::Inline(
                InlineExpression::VariableReference { .. }
                    | InlineExpression::StringLiteral { .. }
                    | InlineExpression::NumberLiteral { .. }
            )
        ),
    };
    if placeables < 100 && texts.is_empty() && pattern.elements.iter().all(plain) {
        return;
    }
    let what = super::pattern::What { id, attribute };
    let facts = ast::facts(source, pattern);
    let lang = tag.language.as_str();
    // The doubled words the source shows already are the doubled-word
    // check's.
    let known: Vec<String> = facts
        .runs
        .iter()
        .flat_map(|run| {
            doubled_words(lang, &run.text)
                .map(|(_, w)| w.to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect();
    let counted = function_arguments(pattern);
    let given: Vec<(&String, &Vec<String>)> = texts
        .iter()
        .filter(|(name, _)| facts.variables.contains_key(*name))
        .collect();
    for sample in samples(&facts, numbers, &counted) {
        let mut args = FluentArgs::with_capacity(sample.len());
        for (name, value) in &sample {
            args.set(name.as_str(), value.value());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        let shown = || describe(&sample);
        // A reference that cannot be resolved (a message or term the
        // locale lacks, which missing-message and unknown-reference
        // report; a function the program supplies) leaves the message
        // unread, as does a cycle (cyclic-reference).
        let mut unread = false;
        for error in &errors {
            match error {
                FluentError::ResolverError(ResolverError::Reference(_) | ResolverError::Cyclic) => {
                    unread = true;
                }
                error => reporter.add(
                    Kind::FormatError,
                    offset,
                    Some(id),
                    format!("{what} cannot be formatted{}: {error}", shown()),
                ),
            }
        }
        if unread {
            return;
        }
        if text.trim().is_empty() && !facts.runs.iter().all(|r| r.text.trim().is_empty()) {
            reporter.add(
                Kind::RenderedEmpty,
                offset,
                Some(id),
                format!("{what} reads as an empty text{}", shown()),
            );
            return;
        }
        let doubled = |text: &str| {
            doubled_words(lang, text)
                .find(|(_, w)| !known.contains(&w.to_lowercase()))
                .map(|(_, word)| word.to_owned())
        };
        let mut report = |text: &str, word: &str, shown: String| {
            reporter.add(
                Kind::RenderedDoubledWord,
                offset,
                Some(id),
                format!(
                    "{what} reads “{}”{shown}: “{word}” twice in a row, across a placeable",
                    excerpt(text)
                ),
            );
        };
        if let Some(word) = doubled(&text) {
            report(&text, &word, shown());
            return;
        }
        // The texts the program gives a variable: each in place of the
        // variable's sample, which is a word nothing else writes (‹1›).
        for &(name, values) in &given {
            let Some(Sample::Text(mark)) = sample.get(name) else {
                continue;
            };
            let Some(at) = text.find(mark.as_str()) else {
                continue;
            };
            // A value meets the text around it only at its edges: the
            // word before the variable and the word after.
            let (before, after) = (&text[..at], &text[at + mark.len()..]);
            let start = before
                .trim_end()
                .rfind(char::is_whitespace)
                .map_or(0, |i| i + 1);
            let end = after
                .find(|c: char| !c.is_whitespace())
                .and_then(|first| after[first..].find(char::is_whitespace).map(|n| first + n))
                .unwrap_or(after.len());
            for value in values {
                let window = format!("{}{value}{}", &before[start..], &after[..end]);
                if let Some(word) = doubled(&window) {
                    let given_text = text.replace(mark.as_str(), value);
                    let mut with = sample.clone();
                    with.insert(name.clone(), Sample::Text(value.clone()));
                    report(&given_text, &word, describe(&with));
                    return;
                }
            }
        }
    }
}

/// A value given to a variable.
#[derive(Debug, Clone)]
enum Sample {
    Number(&'static str, f64),
    Text(String),
}

impl Sample {
    fn value(&self) -> FluentValue<'_> {
        match self {
            Sample::Number(_, n) => FluentValue::from(*n),
            Sample::Text(text) => FluentValue::from(text.as_str()),
        }
    }
}

/// The samples of a pattern's variables: each selector's cases (numbers of
/// every plural category for a plural select, each key for another), and
/// one value for each other variable; at most [`MAX_SAMPLES`] of them.
fn samples(
    facts: &ast::Facts,
    numbers: &[(&'static str, f64)],
    counted: &BTreeSet<String>,
) -> Vec<BTreeMap<String, Sample>> {
    let mut cases: BTreeMap<String, Vec<Sample>> = BTreeMap::new();
    for select in &facts.selects {
        let Some(selector) = &select.selector else {
            continue;
        };
        let plural = select
            .keys
            .iter()
            .any(|k| super::plural::is_plural_key(k) || k.parse::<f64>().is_ok());
        let values = cases.entry(selector.clone()).or_default();
        if plural {
            values.extend(
                numbers
                    .iter()
                    .map(|&(category, n)| Sample::Number(category, n)),
            );
            values.extend(
                select
                    .keys
                    .iter()
                    .filter_map(|k| k.parse::<f64>().ok())
                    .map(|n| Sample::Number("exact", n)),
            );
        } else {
            values.extend(select.keys.iter().map(|k| Sample::Text(k.clone())));
        }
    }
    let mut all = vec![BTreeMap::new()];
    for (name, values) in &cases {
        let mut next = Vec::new();
        for base in &all {
            for value in values {
                let mut sample: BTreeMap<String, Sample> = base.clone();
                sample.insert(name.clone(), value.clone());
                next.push(sample);
            }
        }
        next.truncate(MAX_SAMPLES);
        all = next;
    }
    for sample in &mut all {
        for (i, name) in facts.variables.keys().enumerate() {
            sample.entry(name.clone()).or_insert_with(|| {
                if counted.contains(name) {
                    Sample::Number("other", 3.0)
                } else {
                    // A number is never a doubled word, whatever precedes it.
                    Sample::Text(format!("‹{}›", i + 1))
                }
            });
        }
    }
    all
}

/// The variables a pattern gives to a function (`NUMBER($n)`): they get a
/// number.
fn function_arguments(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    ast::for_each_inline(pattern, &mut |expression, in_call| {
        if let (InlineExpression::VariableReference { id }, true) = (expression, in_call) {
            names.insert(id.name.to_owned());
        }
    });
    names
}

/// The texts of messages, formatted once for a locale and kept by id.
#[derive(Default)]
struct Texts(BTreeMap<String, Option<String>>);

impl Texts {
    /// The texts of these messages that a doubled word can tell apart:
    /// one for each first and last word, at most [`MAX_TEXTS`]. A message
    /// the locale lacks, or that needs variables, gives none.
    fn of(&mut self, bundle: &FluentBundle<&FluentResource>, ids: &[String]) -> Vec<String> {
        let mut seen = BTreeSet::new();
        let mut texts = Vec::new();
        for id in ids {
            let text = self.0.entry(id.clone()).or_insert_with(|| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                errors.is_empty().then(|| text.into_owned())
            });
            let Some(text) = text else {
                continue;
            };
            let mut words = text.split_whitespace();
            let first = words.next().unwrap_or_default().to_lowercase();
            let last = words.next_back().map(str::to_lowercase);
            if seen.insert((first, last)) && texts.len() < MAX_TEXTS {
                texts.push(text.clone());
            }
        }
        texts
    }
}

/// How a finding names the sample that showed it: “ with $count = 1”.
fn describe(sample: &BTreeMap<String, Sample>) -> String {
    let parts: Vec<String> = sample
        .iter()
        .filter_map(|(name, value)| match value {
            Sample::Number("exact", n) => Some(format!("${name} = {n}")),
            Sample::Number(category, n) => Some(format!("${name} = {n} ({category})")),
            Sample::Text(text) if !text.starts_with('‹') => Some(format!("${name} = “{text}”")),
            Sample::Text(_) => None,
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" with {}", parts.join(", "))
    }
}

/// The text on one line, cut to its first 60 and last 30 characters when
/// it is longer than 100.
fn excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= 100 {
        return text;
    }
    let start: String = text.chars().take(60).collect();
    let end: String = text
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("{start} … {end}")
}

/// A number of each plural category of the locale, the smallest integer
/// (or else fraction) that CLDR puts in it.
fn plural_samples(lang: Option<&LanguageIdentifier>) -> Vec<(&'static str, f64)> {
    let rules = lang.and_then(|l| PluralRules::create(l.clone(), PluralRuleType::CARDINAL).ok());
    let Some(rules) = rules else {
        return vec![("other", 3.0)];
    };
    let mut found: Vec<(&'static str, f64)> = Vec::new();
    // Integers are given to the rules as integers: a float is read
    // through its decimal digits.
    let integers = (0..=200u32).map(|n| (f64::from(n), rules.select(n)));
    let fractions = [0.5, 1.5, 2.5].map(|n| (n, rules.select(n)));
    let million = (1_000_000.0, rules.select(1_000_000u32));
    for (n, category) in integers.chain(fractions).chain([million]) {
        let Ok(category) = category else {
            continue;
        };
        let name = super::plural::category_name(category);
        if !found.iter().any(|(c, _)| *c == name) {
            found.push((name, n));
        }
    }
    found
}
