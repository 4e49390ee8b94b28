//! The view of an explained reply: what `smtpkb explain` prints. The codes
//! and the server's text come from [`crate::explain`]; what they mean,
//! whether to retry and who acts come from the catalog and the locale.
//!
//! What a pair of codes means does not depend on the text around them, so
//! [`Explainer`] resolves it once per pair: a log of 100,000 replies holds
//! a few hundred pairs.

use std::borrow::Cow;

use fluent_bundle::FluentArgs;
use rustc_hash::FxHashMap;
use serde::Serialize;
use serde_json::value::RawValue;

use super::{CodeRef, FixPart, Link, Part, Viewer};
use crate::catalog::{Actor, Audience, Retry, RfcSection};
use crate::explain::{Found, Reply, Status, StatusSource};
use crate::l10n::{L10nError, ListKind};
use crate::messages::{self, CodeField, EnhancedField};

/// One reply found in the text, as listed under "Replies found".
#[derive(Debug, Clone, Serialize)]
pub struct ReplyView<'a> {
    /// The reply code.
    pub code: u16,
    /// Its enhanced code, right after the reply code.
    pub enhanced: Option<Status>,
    /// The server's text, as sent.
    pub text: &'a str,
    /// How deep it is quoted in another reply: 0 for none.
    pub depth: usize,
    /// Its number of lines.
    pub lines: usize,
    /// Whether it is the one explained.
    pub primary: bool,
}

/// The reply code explained.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyMeaning {
    /// The code.
    pub code: u16,
    /// Whether an RFC defines it: the catalog has it.
    pub defined: bool,
    /// Its name, or for a code no RFC defines the name of its class.
    pub name: String,
    /// What it means (the catalog's description), for a defined code.
    pub description: Option<String>,
    /// The class as written: "5yz".
    pub class: String,
    /// The class's name.
    pub class_name: String,
}

/// The enhanced status code explained.
#[derive(Debug, Clone, Serialize)]
pub struct StatusMeaning {
    /// The code as found.
    pub code: Status,
    /// Whether the registry has it.
    pub registered: bool,
    /// Its name, for a registered code.
    pub name: Option<String>,
    /// What it means, for a registered code.
    pub description: Option<String>,
    /// Its class, when RFC 3463 defines it (2, 4 or 5).
    pub class: Option<Part>,
    /// Its subject, when RFC 3463 defines it (0 to 7).
    pub subject: Option<Part>,
    /// Where it was found.
    pub source: StatusSource,
}

/// What a pair of codes means, in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct Meaning {
    /// The reply code.
    pub reply: Option<ReplyMeaning>,
    /// The enhanced status code.
    pub status: Option<StatusMeaning>,
    /// The class that decides what happens: the reply code's first digit,
    /// else the enhanced code's class.
    pub class: Option<u8>,
    /// What the sending side does next.
    pub retry: Option<Retry>,
    /// What to do about retrying.
    pub retry_text: Option<String>,
    /// Who has to act, for a code the catalog has.
    pub actor: Option<Actor>,
    /// Who has to act, in words.
    pub actor_text: Option<String>,
    /// The sentences of the explanation that depend only on the codes.
    #[serde(skip)]
    sentences: Vec<String>,
    /// Those sentences as one paragraph.
    #[serde(skip)]
    explanation: String,
    /// The title.
    #[serde(skip)]
    title: String,
    /// The title and the explanation as JSON strings, written once for
    /// every reply of a log with these codes.
    #[serde(skip)]
    json: (Box<RawValue>, Box<RawValue>),
    /// What each audience can do: the enhanced code's advice when the
    /// registry has it, else the reply code's.
    pub fix: Vec<FixPart>,
    /// The related pages: the reply code's and the enhanced code's.
    pub related: Vec<CodeRef>,
    /// The documents that define the codes.
    pub learn_more: Vec<Link>,
    /// The texts shown in English because the locale lacks them:
    /// `reply-description`, `status-description`, `fix-sender`, …
    pub fallback: Vec<String>,
}

/// Everything `smtpkb explain` prints for one reply. It borrows from the
/// [`Explainer`] that made it and from what was found.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainView<'a> {
    /// The requested locale.
    pub lang: &'a str,
    /// The line where the reply starts, with `--each`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The title.
    pub title: &'a str,
    /// The heading of the record in a log, for text and Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The reply code explained, if there is one.
    pub code: Option<u16>,
    /// The enhanced status code explained, if there is one.
    pub enhanced: Option<Status>,
    /// The explained reply's text, as the server sent it.
    pub text: Option<&'a str>,
    /// The class that decides what happens.
    pub class: Option<u8>,
    /// What the sending side does next: `completion`, `intermediate`,
    /// `transient`, `permanent`.
    pub retry: Option<Retry>,
    /// Who has to act.
    pub actor: Option<Actor>,
    /// The explanation, in the reader's language: the codes' own, or one
    /// of this reply's (a quoted reply's names its wrapper).
    pub explanation: Cow<'a, str>,
    /// What to look out for, in the reader's language.
    pub warnings: Vec<String>,
    /// Every reply found, outermost first.
    pub replies: Vec<ReplyView<'a>>,
    /// What the codes mean.
    pub meaning: &'a Meaning,
}

/// One line of the JSON of `explain --each`: the view without what the
/// codes mean (a line per reply of a log would repeat it), with the text
/// that replies of the same codes share written as JSON once.
#[derive(Serialize)]
pub struct JsonLine<'a> {
    lang: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    title: &'a RawValue,
    code: Option<u16>,
    enhanced: Option<Status>,
    text: Option<&'a str>,
    class: Option<u8>,
    retry: Option<Retry>,
    actor: Option<Actor>,
    explanation: Prose<'a>,
    warnings: &'a [String],
    replies: &'a [ReplyView<'a>],
}

/// The explanation: the codes' own, already JSON, or one of this reply's.
#[derive(Serialize)]
#[serde(untagged)]
enum Prose<'a> {
    Json(&'a RawValue),
    Text(&'a str),
}

impl ExplainView<'_> {
    /// The line that `explain --each --format json` writes for it.
    pub fn json_line(&self) -> JsonLine<'_> {
        let (title, explanation) = &self.meaning.json;
        JsonLine {
            lang: self.lang,
            line: self.line,
            title,
            code: self.code,
            enhanced: self.enhanced,
            text: self.text,
            class: self.class,
            retry: self.retry,
            actor: self.actor,
            explanation: match &self.explanation {
                Cow::Borrowed(_) => Prose::Json(explanation),
                Cow::Owned(text) => Prose::Text(text),
            },
            warnings: &self.warnings,
            replies: &self.replies,
        }
    }
}

/// A reply code and an enhanced code with where it was found.
type Codes = (Option<u16>, Option<(Status, StatusSource)>);

/// Builds explanations in one locale, resolving what each pair of codes
/// means once.
pub struct Explainer<'v, 'a> {
    viewer: &'v Viewer<'a>,
    lang: String,
    meanings: FxHashMap<Codes, Meaning>,
}

impl<'a> Viewer<'a> {
    /// An explainer in this viewer's locale.
    pub fn explainer(&self) -> Explainer<'_, 'a> {
        Explainer {
            viewer: self,
            lang: self.lang(),
            meanings: FxHashMap::default(),
        }
    }
}

impl Explainer<'_, '_> {
    /// The view of what was found in one text, or `None` when it holds no
    /// reply and no enhanced code. `line` is its line number in a log.
    ///
    /// # Panics
    ///
    /// When what `found` holds was not [learned](Explainer::learn) first.
    pub fn explain<'e>(
        &'e self,
        found: &'e Found,
        line: Option<usize>,
    ) -> Result<Option<ExplainView<'e>>, L10nError> {
        if found.is_empty() {
            return Ok(None);
        }
        let primary = found.primary();
        let code = primary.map(|r| r.code);
        let meaning = &self.meanings[&(code, found.status)];
        let viewer = self.viewer;
        let l10n = viewer.l10n;
        let shown = |reply: &Reply| match reply.status {
            Some(status) => format!("{} {status}", reply.code),
            None => reply.code.to_string(),
        };
        let wrappers = found.wrappers();
        let explanation = match (primary, wrappers.last()) {
            (Some(primary), Some(outer)) => {
                let mut args = FluentArgs::new();
                args.set("outer", shown(outer));
                args.set("inner", shown(primary));
                let mut sentences = meaning.sentences.clone();
                sentences.insert(1, l10n.text(&messages::EXPLAIN_NESTED, Some(&args))?);
                Cow::Owned(sentences.join(" "))
            }
            _ => Cow::Borrowed(meaning.explanation.as_str()),
        };
        let mut warnings = Vec::new();
        if found.lossy {
            warnings.push(l10n.text(&messages::WARNING_NOT_UTF8, None)?);
        }
        if let Some(reply) = primary {
            if !reply.other_codes.is_empty() {
                let mut args = FluentArgs::new();
                let codes: Vec<String> = reply.other_codes.iter().map(u16::to_string).collect();
                args.set("continuation", l10n.list(ListKind::And, &codes));
                args.set("final", reply.code.to_string());
                warnings.push(l10n.text(&messages::WARNING_CODE_CHANGED, Some(&args))?);
            }
            if reply.unfinished {
                let mut args = FluentArgs::new();
                args.set("code", reply.code.to_string());
                warnings.push(l10n.text(&messages::WARNING_UNFINISHED, Some(&args))?);
            }
            if let Some((status, _)) = found.status
                && status.class != (reply.code / 100) as u8
            {
                let mut args = FluentArgs::new();
                args.set("code", reply.code.to_string());
                args.set("class", format!("{}yz", reply.code / 100));
                args.set("enhanced", status.to_string());
                args.set("status-class", format!("{}.XXX.YYY", status.class));
                warnings.push(l10n.text(&messages::WARNING_CLASS_MISMATCH, Some(&args))?);
            }
            let own = found.replies.iter().filter(|r| r.depth == 0).count();
            if own > 1 {
                let mut args = FluentArgs::new();
                args.set("count", own);
                args.set("code", reply.code.to_string());
                warnings.push(l10n.text(&messages::WARNING_SEVERAL_REPLIES, Some(&args))?);
            }
        }
        Ok(Some(ExplainView {
            lang: &self.lang,
            line,
            title: &meaning.title,
            heading: None,
            code,
            enhanced: found.status.map(|s| s.0),
            text: primary.map(|r| r.text.as_str()),
            class: meaning.class,
            retry: meaning.retry,
            actor: meaning.actor,
            explanation,
            warnings,
            replies: found
                .replies
                .iter()
                .enumerate()
                .map(|(i, r)| ReplyView {
                    code: r.code,
                    enhanced: r.status,
                    text: &r.text,
                    depth: r.depth,
                    lines: r.lines,
                    primary: found.primary == Some(i),
                })
                .collect(),
            meaning,
        }))
    }

    /// Resolves, once, what the codes of `found` mean, so that explaining
    /// it (from any thread) shares that with every reply of the same codes.
    pub fn learn(&mut self, found: &Found) -> Result<(), L10nError> {
        let code = found.primary().map(|r| r.code);
        let key = (code, found.status);
        if !found.is_empty() && !self.meanings.contains_key(&key) {
            let meaning = self.meaning(code, found.status)?;
            self.meanings.insert(key, meaning);
        }
        Ok(())
    }

    /// The heading of a reply of a log, which starts on line `line`.
    pub fn heading(&self, line: usize) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("line", line);
        self.viewer
            .l10n
            .text(&messages::EXPLAIN_RECORD, Some(&args))
    }

    /// What a reply code and an enhanced code mean, with no text.
    fn meaning(
        &self,
        code: Option<u16>,
        status: Option<(Status, StatusSource)>,
    ) -> Result<Meaning, L10nError> {
        let viewer = self.viewer;
        let l10n = viewer.l10n;
        let catalog = viewer.catalog;
        let known = code.and_then(|c| catalog.get(c));
        let mut fallback = Vec::new();
        let mut english = |field: &str, text: crate::l10n::Text| -> String {
            if viewer.is_fallback(&text) {
                fallback.push(field.to_owned());
            }
            text.value
        };
        let mut sentences = Vec::new();
        let mut related = Vec::new();
        let mut learn_more = Vec::new();
        let reply = match code {
            Some(code) => {
                let class = (code / 100) as u8;
                let class_id = match class {
                    1 => messages::CLASS_PRELIMINARY,
                    _ => messages::class_name(class),
                };
                let class_name = l10n.text(&class_id, None)?;
                let class_text = format!("{class}yz");
                let mut args = FluentArgs::new();
                args.set("code", code.to_string());
                Some(match known {
                    Some(known) => {
                        let name = viewer.code_text(code, CodeField::Name)?.value;
                        args.set("name", name.clone());
                        sentences.push(l10n.text(&messages::EXPLAIN_REPLY, Some(&args))?);
                        related.push(viewer.code_ref(code)?);
                        learn_more.extend(viewer.links(&known.sections())?);
                        ReplyMeaning {
                            code,
                            defined: true,
                            name,
                            description: Some(english(
                                "reply-description",
                                viewer.code_text(code, CodeField::Description)?,
                            )),
                            class: class_text,
                            class_name,
                        }
                    }
                    None => {
                        args.set("class", class_text.clone());
                        args.set("class-name", class_name.clone());
                        sentences.push(l10n.text(&messages::EXPLAIN_REPLY_UNDEFINED, Some(&args))?);
                        ReplyMeaning {
                            code,
                            defined: false,
                            name: class_name.clone(),
                            description: None,
                            class: class_text,
                            class_name,
                        }
                    }
                })
            }
            None => None,
        };
        let registry = catalog.registry();
        let status = match status {
            Some((found, source)) => {
                let subject = u8::try_from(found.subject).ok().filter(|&s| s <= 7);
                let detail = subject.and_then(|s| registry.get(s, found.detail));
                let class_part = matches!(found.class, 2 | 4 | 5)
                    .then(|| viewer.class_part(found.class))
                    .transpose()?;
                let subject_part = subject.map(|s| viewer.subject_part(s)).transpose()?;
                let text = |field| -> Result<crate::l10n::Text, L10nError> {
                    let s = subject.unwrap_or(0);
                    l10n.format(&messages::enhanced_text(s, found.detail, field), None)
                };
                let mut args = FluentArgs::new();
                args.set("enhanced", found.to_string());
                args.set("subject", format!("X.{}.YYY", found.subject));
                if let Some(subject) = &subject_part {
                    args.set("subject-name", subject.name.clone());
                }
                let (name, description) = match detail {
                    Some(_) => {
                        let name = text(EnhancedField::Name)?.value;
                        args.set("name", name.clone());
                        sentences.push(l10n.text(&messages::EXPLAIN_STATUS, Some(&args))?);
                        let description =
                            english("status-description", text(EnhancedField::Description)?);
                        (Some(name), Some(description))
                    }
                    None if subject_part.is_some() => {
                        sentences
                            .push(l10n.text(&messages::EXPLAIN_STATUS_UNREGISTERED, Some(&args))?);
                        (None, None)
                    }
                    None => {
                        sentences.push(
                            l10n.text(&messages::EXPLAIN_STATUS_UNKNOWN_SUBJECT, Some(&args))?,
                        );
                        (None, None)
                    }
                };
                let from = match (code, source) {
                    (None, _) => Some(messages::EXPLAIN_STATUS_ONLY),
                    (Some(_), StatusSource::Wrapper) => Some(messages::EXPLAIN_STATUS_FROM_WRAPPER),
                    (Some(_), StatusSource::Input) => Some(messages::EXPLAIN_STATUS_FROM_INPUT),
                    (Some(_), StatusSource::Reply | StatusSource::Text) => None,
                };
                if let Some(from) = from {
                    sentences.push(l10n.text(&from, Some(&args))?);
                }
                if let Some(detail) = detail {
                    for reference in &detail.references {
                        if let crate::catalog::Reference::Rfc(section) = reference
                            && !learn_more.iter().any(|l: &Link| l.url == section.url())
                        {
                            learn_more.extend(viewer.links(std::slice::from_ref(section))?);
                        }
                    }
                } else if subject_part.is_some() {
                    let section = RfcSection {
                        rfc: 3463,
                        section: "2".to_owned(),
                    };
                    learn_more.extend(viewer.links(std::slice::from_ref(&section))?);
                }
                Some((
                    StatusMeaning {
                        code: found,
                        registered: detail.is_some(),
                        name,
                        description,
                        class: class_part,
                        subject: subject_part,
                        source,
                    },
                    detail.is_some() && subject.is_some(),
                ))
            }
            None => None,
        };
        let class = code
            .map(|c| (c / 100) as u8)
            .or(status.as_ref().map(|s| s.0.code.class));
        let retry = match known {
            Some(known) => Some(known.retry),
            None => class.and_then(|c| match c {
                1 | 3 => Some(Retry::Intermediate),
                2 => Some(Retry::Completion),
                4 => Some(Retry::Transient),
                5 => Some(Retry::Permanent),
                _ => None,
            }),
        };
        let retry_text = retry
            .map(|r| l10n.text(&messages::explain_retry(r), None))
            .transpose()?;
        let actor = known.map(|k| k.actor);
        let actor_text = actor
            .map(|a| l10n.text(&messages::explain_actor(a), None))
            .transpose()?;
        sentences.extend(retry_text.iter().cloned());
        // The advice: the enhanced code's, which is the more precise, when
        // the registry has it and the reply is a failure; else the reply
        // code's.
        let failure = matches!(retry, Some(Retry::Transient | Retry::Permanent));
        let mut fix = Vec::new();
        if let Some((meaning, true)) = &status
            && failure
        {
            let subject = meaning.subject.as_ref().map_or(0, |s| s.number);
            for audience in [Audience::Sender, Audience::Admin] {
                let steps = l10n.format(
                    &messages::enhanced_text(
                        subject,
                        meaning.code.detail,
                        EnhancedField::Fix(audience),
                    ),
                    None,
                )?;
                let steps = english(&format!("fix-{audience}"), steps);
                fix.push(viewer.fix_part(audience, &steps)?);
            }
        } else if let Some(known) = known
            && failure
        {
            for &audience in &known.fix {
                let steps = english(
                    &format!("fix-{audience}"),
                    viewer.code_text(known.code, CodeField::Fix(audience))?,
                );
                fix.push(viewer.fix_part(audience, &steps)?);
            }
        }
        let shown = match (code, status.as_ref()) {
            (Some(code), Some((s, _))) if s.source == StatusSource::Reply => {
                format!("{code} {}", s.code)
            }
            (Some(code), _) => code.to_string(),
            (None, Some((s, _))) => s.code.to_string(),
            (None, None) => String::new(),
        };
        let mut args = FluentArgs::new();
        args.set("reply", shown);
        let title = l10n.text(&messages::EXPLAIN_TITLE, Some(&args))?;
        let explanation = sentences.join(" ");
        let json =
            |text: &str| serde_json::value::to_raw_value(text).expect("a string is always JSON");
        Ok(Meaning {
            json: (json(&title), json(&explanation)),
            explanation,
            title,
            reply,
            status: status.map(|s| s.0),
            class,
            retry,
            retry_text,
            actor,
            actor_text,
            sentences,
            fix,
            related,
            learn_more,
            fallback,
        })
    }
}
