//! Every Fluent message id the code and the templates use, typed, and the
//! values each selector of a sentence frame can take.
//!
//! Architecture invariant: no other module spells a message id. A fixed
//! message is a constant of this module, a family (class names, the prose
//! of a code…) a typed constructor over a closed domain, so the set of ids
//! the project needs is computed here ([`used`]) and never kept by hand.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::catalog::{Actor, Also, Audience, Catalog, Code, Context, Phase, Retry};
use unic_langid::LanguageIdentifier;

/// The id of a Fluent message, from this registry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageId(Cow<'static, str>);

impl MessageId {
    const fn fixed(id: &'static str) -> MessageId {
        MessageId(Cow::Borrowed(id))
    }

    /// The id as written in `.ftl` files.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The file of the reference locale a message belongs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Home {
    /// `ui.ftl`: labels, names, sentence frames, messages to the reader.
    Interface,
    /// `codes.ftl`: the prose of one code.
    CodeProse,
    /// `enhanced.ftl`: the names and descriptions of the enhanced status
    /// codes.
    Enhanced,
}

impl Home {
    /// The file name.
    pub fn file(self) -> &'static str {
        match self {
            Home::Interface => "ui.ftl",
            Home::CodeProse => "codes.ftl",
            Home::Enhanced => "enhanced.ftl",
        }
    }
}

/// The files of the reference a locale may translate in part: the prose of
/// the codes. A message missing there is shown in English, so the checker
/// reports it as a warning.
pub fn partial_files() -> Vec<String> {
    [Home::CodeProse, Home::Enhanced]
        .iter()
        .map(|home| home.file().to_owned())
        .collect()
}

/// The ids a locale may define that the reference does not: the case
/// forms of a code (`code-case-dative`, …) that the `CASE` function of
/// [`crate::l10n`] reads, in languages that inflect numbers.
pub fn locale_only() -> Vec<String> {
    vec![crate::l10n::CASE_PREFIX.to_owned()]
}

/// The options smtpkb's own locales are checked with, by `cargo xtask
/// check` and by `smtpkb check` given this project's data: the prose of
/// codes may be partial, case forms are a locale's own, and the project's
/// rules run against `catalog`.
pub fn own_check_options(
    catalog: &Catalog,
    reference: LanguageIdentifier,
    locales: Vec<LanguageIdentifier>,
) -> crate::check::Options {
    crate::check::Options {
        reference,
        locales,
        partial_files: partial_files(),
        locale_only: locale_only(),
        project: Some(project(catalog)),
        ..crate::check::Options::default()
    }
}

/// Defines fixed message ids as constants and lists them.
macro_rules! fixed {
    ($($(#[$meta:meta])* $name:ident = $id:literal,)+) => {
        $($(#[$meta])* pub const $name: MessageId = MessageId::fixed($id);)+

        /// Every fixed message id outside the labels.
        const FIXED: &[MessageId] = &[$($name),+];
    };
}

fixed! {
    /// The name of a language, in that language.
    LOCALE_NAME = "locale-name",
    /// The title of a code's page: `$code`, `$name`.
    SHOW_TITLE = "show-title",
    /// A link to an RFC section: `$rfc`, `$section`.
    LEARN_MORE_RFC = "learn-more-rfc",
    /// "37 reply codes": `$count`.
    LIST_COUNT = "list-count",
    /// A coverage figure: `$percent`.
    COVERAGE_PERCENT = "coverage-percent",
    /// The word before an error on standard error.
    LABEL_ERROR = "label-error",
    /// The word before a warning on standard error.
    LABEL_WARNING = "label-warning",
    /// A code that does not exist: `$code`, `$nearest`.
    ERROR_UNKNOWN_CODE = "error-unknown-code",
    /// Input that is not three digits: `$input`.
    ERROR_NOT_A_CODE = "error-not-a-code",
    /// A language without a translation: `$requested`, `$used`.
    WARNING_UNKNOWN_LOCALE = "warning-unknown-locale",
    /// A broken translation shown in English: `$problem`.
    WARNING_SHOWN_IN_ENGLISH = "warning-shown-in-english",
    /// The title of a code's page on the site: `$code`, `$name`.
    SITE_CODE_TITLE = "site-code-title",
    /// The description of the site's page of comparisons.
    SITE_COMPARISONS_DESCRIPTION = "site-comparisons-description",
    /// The title of a comparison.
    COMPARE_TITLE = "compare-title",
    /// The summary paragraph of a comparison.
    COMPARE_SUMMARY = "compare-summary",
    /// The advice on choosing between two codes.
    COMPARE_WHEN_TO_USE = "compare-when-to-use",
    /// A code compared with itself: `$code`.
    COMPARE_SAME_CODE = "compare-same-code",
    /// One source of a code in a comparison: `$rfc`, `$context`.
    COMPARE_SOURCE = "compare-source",
    /// The commands a code answers when it answers all but a few:
    /// `$commands`.
    LABEL_ANY_COMMAND_EXCEPT = "label-any-command-except",
    /// "any command", among the commands a code answers.
    LABEL_ANY_COMMAND = "label-any-command",
    /// The opening of the connection, shown for the greeting's `CONNECT`.
    LABEL_CONNECT = "label-connect",
    /// An associated reply code no RFC defines: `$code`.
    ENHANCED_UNDEFINED_CODE = "enhanced-undefined-code",
    /// The associations of an enhanced code the registry names none for.
    ENHANCED_NOT_GIVEN = "enhanced-not-given",
    /// An enhanced code the registry does not have: `$code`.
    ERROR_UNKNOWN_ENHANCED = "error-unknown-enhanced",
    /// The name of class 1yz, which no command uses (RFC 5321, section
    /// 4.2.1): for a reply that has it anyway.
    CLASS_PRELIMINARY = "class-1",
    /// Input to `explain` that holds no reply.
    ERROR_NO_REPLY = "error-no-reply",
    /// The title of an explanation: `$reply`, the codes as found.
    EXPLAIN_TITLE = "explain-title",
    /// The heading of one record of `explain --each`: `$line`.
    EXPLAIN_RECORD = "explain-record",
    /// The reply code, defined by an RFC: `$code`, `$name`.
    EXPLAIN_REPLY = "explain-reply",
    /// A reply code no RFC defines: `$code`, `$class` ("5yz"),
    /// `$class-name`.
    EXPLAIN_REPLY_UNDEFINED = "explain-reply-undefined",
    /// A registered enhanced code: `$enhanced`, `$name`, `$subject`
    /// ("X.7.YYY"), `$subject-name`.
    EXPLAIN_STATUS = "explain-status",
    /// An enhanced code the registry does not have, of a known subject:
    /// `$enhanced`, `$subject`, `$subject-name`.
    EXPLAIN_STATUS_UNREGISTERED = "explain-status-unregistered",
    /// An enhanced code of a subject RFC 3463 does not define:
    /// `$enhanced`, `$subject`.
    EXPLAIN_STATUS_UNKNOWN_SUBJECT = "explain-status-unknown-subject",
    /// The enhanced code came from the reply that quotes the explained
    /// one: `$enhanced`.
    EXPLAIN_STATUS_FROM_WRAPPER = "explain-status-from-wrapper",
    /// The enhanced code came from elsewhere in the text: `$enhanced`.
    EXPLAIN_STATUS_FROM_INPUT = "explain-status-from-input",
    /// Only an enhanced code was found: `$enhanced`.
    EXPLAIN_STATUS_ONLY = "explain-status-only",
    /// The explained reply is quoted in another: `$outer`, `$inner`.
    EXPLAIN_NESTED = "explain-nested",
    /// The enhanced class differs from the reply's class: `$code`,
    /// `$class` ("5yz"), `$enhanced`, `$status-class` ("4.XXX.YYY").
    WARNING_CLASS_MISMATCH = "warning-class-mismatch",
    /// The continuation lines had another code than the final line:
    /// `$continuation`, `$final`.
    WARNING_CODE_CHANGED = "warning-code-changed",
    /// Only continuation lines were found: `$code`.
    WARNING_UNFINISHED = "warning-unfinished",
    /// The input was not UTF-8.
    WARNING_NOT_UTF8 = "warning-not-utf8",
    /// Several replies of their own: `$count`, `$code`.
    WARNING_SEVERAL_REPLIES = "warning-several-replies",
    /// The heading of the enhanced codes the registry names for a reply
    /// code: `$code`.
    ENHANCED_NAMED = "enhanced-named",
    /// The heading of the enhanced codes the registry allows with any reply
    /// code of a class: `$class`, the first digit.
    ENHANCED_WIDER = "enhanced-wider",
    /// The heading of the enhanced codes commonly seen with a reply code:
    /// `$code`.
    ENHANCED_PRACTICE = "enhanced-practice",
    /// "81 enhanced status codes": `$count`.
    LIST_ENHANCED_COUNT = "list-enhanced-count",
    /// A class with no enhanced codes, asked for with `--class`: `$class`.
    ERROR_NO_ENHANCED_CLASS = "error-no-enhanced-class",
    /// The title of an enhanced code's page on the site: `$code`, `$name`.
    SITE_ENHANCED_TITLE = "site-enhanced-title",
    /// The description of the site's page of enhanced codes.
    SITE_ENHANCED_DESCRIPTION = "site-enhanced-description",
    /// "N pages found" in the site's search: `$count`.
    SITE_SEARCH_COUNT = "site-search-count",
    /// The search's answer when no page matches.
    SITE_SEARCH_NONE = "site-search-none",
    /// The description of the site's search page.
    SITE_SEARCH_DESCRIPTION = "site-search-description",
    /// The notice on a page with English parts: `$percent`.
    SITE_NOTICE_PARTIAL = "site-notice-partial",
    /// The footer of every page: `$version`, `$date`.
    SITE_FOOTER = "site-footer",
    /// The footer of every page when the site's day is not known:
    /// `$version`.
    SITE_FOOTER_UNDATED = "site-footer-undated",
}

/// Defines [`Labels`]: one field per label, each with its message id.
macro_rules! labels {
    ($($(#[$meta:meta])* $field:ident = $id:literal,)+) => {
        /// The labels every page may use, resolved for one locale;
        /// templates read them as `labels.<field>`.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        pub struct Labels {
            $($(#[$meta])* pub $field: String,)+
        }

        impl Labels {
            /// Every label as (template key, message id).
            pub const ALL: &'static [(&'static str, MessageId)] =
                &[$((stringify!($field), MessageId::fixed($id))),+];

            /// Resolves every label with `text`.
            pub fn resolve<E>(
                mut text: impl FnMut(&MessageId) -> Result<String, E>,
            ) -> Result<Labels, E> {
                Ok(Labels {
                    $($field: text(&MessageId::fixed($id))?,)+
                })
            }
        }
    };
}

labels! {
    /// The quotation marks around a server's text quoted in plain text:
    /// "“" and "”".
    quote_open = "label-quote-open",
    quote_close = "label-quote-close",
    /// The note on a text whose translation is older than its English.
    stale = "label-stale",
    /// "Description".
    description = "label-description",
    /// "When you see it".
    when = "label-when",
    /// "How to fix".
    fix = "label-fix",
    /// "Key differences".
    differences = "label-differences",
    /// "When to use which".
    when_to_use = "label-when-to-use",
    /// "Learn more".
    learn_more = "label-learn-more",
    /// "Related codes".
    related = "label-related",
    /// "Class".
    class = "label-class",
    /// "Category".
    category = "label-category",
    /// "Appears during".
    phases = "label-phases",
    /// "Replies to".
    commands = "label-commands",
    /// "Enhanced status codes".
    enhanced = "label-enhanced",
    /// "Defined in".
    defined_in = "label-defined-in",
    /// "Usage note".
    usage_note = "label-usage-note",
    /// "Subject", the second number of an enhanced code.
    subject = "label-subject",
    /// "Associated reply codes".
    associated = "label-associated",
    /// The mark of a deprecated enhanced code.
    deprecated = "label-deprecated",
    /// "Code".
    code = "label-code",
    /// "Name".
    name = "label-name",
    /// "Locale".
    locale = "label-locale",
    /// "Language".
    language = "label-language",
    /// "Interface".
    interface = "label-interface",
    /// "Code text".
    code_text = "label-code-text",
    /// The note on text shown in English.
    fallback = "label-fallback",
    /// The note on a list whose names are all shown in English.
    fallback_names = "label-fallback-names",
    /// The site's title.
    site_title = "site-title",
    /// The site's description.
    site_description = "site-description",
    /// "Languages".
    languages = "label-languages",
    /// "Comparisons".
    comparisons = "label-comparisons",
    /// "All comparisons".
    all_comparisons = "label-all-comparisons",
    /// "Compare with".
    compare_with = "label-compare-with",
    /// "All enhanced status codes", the link to the site's page of them.
    all_enhanced = "label-all-enhanced",
    /// "Home".
    home = "label-home",
    /// Between the items of a list of phrases.
    list_separator = "separator-list",
    /// Between short items such as codes.
    item_separator = "separator-items",
    /// "Reply code".
    reply_code = "label-reply-code",
    /// "Enhanced status code", one.
    status_code = "label-status-code",
    /// "Server’s text", the reply's text as sent.
    server_text = "label-server-text",
    /// The note that the server's text is not translated.
    server_text_note = "label-server-text-note",
    /// "Retry".
    retry = "label-retry",
    /// "Who acts".
    actor = "label-actor",
    /// "Explanation".
    explanation = "label-explanation",
    /// "Warnings".
    warnings = "label-warnings",
    /// "Replies found".
    replies = "label-replies",
    /// "Search": the search box's label and button.
    search = "label-search",
    /// What the empty search box suggests typing.
    search_placeholder = "site-search-placeholder",
    /// The search page's heading.
    search_title = "site-search-title",
    /// What the search finds, on the search page.
    search_hint = "site-search-hint",
    /// The search page's note for browsers without JavaScript.
    search_needs_script = "site-search-needs-script",
    /// "Comparison", a kind of page in the search results.
    comparison = "label-comparison",
    /// The heading of the landing page's language picker.
    root_languages = "site-root-languages",
    /// What the site is for, on the landing page.
    root_about = "site-root-about",
    /// "Reply codes", above a list of codes.
    reply_codes = "label-reply-codes",
    /// The link that skips to the main text.
    skip = "site-skip",
    /// The control that links to a section and copies its link.
    copy_link = "site-copy-link",
    /// Said once a section's link is copied.
    link_copied = "site-link-copied",
    /// The heading of a comparison's table of contents.
    on_this_page = "site-on-this-page",
    /// The link from a partly translated page to its English.
    notice_english = "site-notice-english",
    /// The link to a page's translation file.
    edit_translation = "site-edit-translation",
    /// The link to an English page's text.
    edit_source = "site-edit-source",
    /// The title of the page for a missing address.
    not_found_title = "site-not-found-title",
    /// The text of that page.
    not_found_text = "site-not-found-text",
}

/// A prose field of one code, in `codes.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CodeField {
    /// The code's name.
    Name,
    /// What it means.
    Description,
    /// When servers send it.
    When,
    /// What one audience can do about it.
    Fix(Audience),
    /// The RFCs' restrictions on its use.
    Restriction,
}

impl CodeField {
    /// Every field a code has: the four every code has, a fix for each of
    /// its audiences, and the restriction where an RFC restricts it.
    pub fn of(code: &Code) -> Vec<CodeField> {
        let mut fields = vec![CodeField::Name, CodeField::Description, CodeField::When];
        fields.extend(code.fix.iter().map(|&a| CodeField::Fix(a)));
        if !code.restrictions.is_empty() {
            fields.push(CodeField::Restriction);
        }
        fields
    }

    /// The field as written in ids and in JSON: `name`, `fix-sender`…
    pub fn as_str(self) -> &'static str {
        match self {
            CodeField::Name => "name",
            CodeField::Description => "description",
            CodeField::When => "when",
            CodeField::Fix(Audience::Sender) => "fix-sender",
            CodeField::Fix(Audience::Admin) => "fix-admin",
            CodeField::Fix(Audience::Developer) => "fix-developer",
            CodeField::Restriction => "restriction",
        }
    }
}

impl Serialize for CodeField {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One prose field of one code: `code-451-description`.
pub fn code_text(code: u16, field: CodeField) -> MessageId {
    MessageId(Cow::Owned(format!("code-{code}-{}", field.as_str())))
}

/// A text of the registry of enhanced codes: a name, a description, or
/// (for a detail code) the advice for one audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EnhancedField {
    /// The short name: the registry's sample text.
    Name,
    /// What it means and when it is used.
    Description,
    /// What one audience can do about it.
    Fix(Audience),
}

impl EnhancedField {
    /// The fields of a detail code, in the order shown.
    pub const DETAIL: &'static [EnhancedField] = &[
        EnhancedField::Name,
        EnhancedField::Description,
        EnhancedField::Fix(Audience::Sender),
        EnhancedField::Fix(Audience::Admin),
    ];

    /// The field as written in ids and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EnhancedField::Name => "name",
            EnhancedField::Description => "description",
            EnhancedField::Fix(Audience::Sender) => "fix-sender",
            EnhancedField::Fix(Audience::Admin) => "fix-admin",
            EnhancedField::Fix(Audience::Developer) => "fix-developer",
        }
    }
}

impl Serialize for EnhancedField {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A wider association of an enhanced code, as a phrase: `enhanced-also-5xx`.
pub fn enhanced_also(also: Also) -> MessageId {
    MessageId(Cow::Owned(format!("enhanced-also-{also}")))
}

/// A text of an enhanced class: `enhanced-class-5-name`.
pub fn enhanced_class(class: u8, field: EnhancedField) -> MessageId {
    MessageId(Cow::Owned(format!(
        "enhanced-class-{class}-{}",
        field.as_str()
    )))
}

/// A text of an enhanced subject: `enhanced-subject-7-name`.
pub fn enhanced_subject(subject: u8, field: EnhancedField) -> MessageId {
    MessageId(Cow::Owned(format!(
        "enhanced-subject-{subject}-{}",
        field.as_str()
    )))
}

/// A text of an enhanced detail code: `enhanced-x-7-1-description`.
pub fn enhanced_text(subject: u8, detail: u16, field: EnhancedField) -> MessageId {
    MessageId(Cow::Owned(format!(
        "enhanced-x-{subject}-{detail}-{}",
        field.as_str()
    )))
}

/// The label of the advice for one audience: `label-fix-sender`.
pub fn fix_label(audience: Audience) -> MessageId {
    MessageId(Cow::Owned(format!("label-fix-{audience}")))
}

/// What to do about retrying, for a reply of one class:
/// `explain-retry-transient`.
pub fn explain_retry(retry: Retry) -> MessageId {
    MessageId(Cow::Owned(format!("explain-retry-{retry}")))
}

/// Who has to act after a reply: `explain-actor-sender`.
pub fn explain_actor(actor: Actor) -> MessageId {
    MessageId(Cow::Owned(format!("explain-actor-{actor}")))
}

/// The reply classes, by first digit (RFC 5321 section 4.2.1).
pub const CLASSES: &[u8] = &[2, 3, 4, 5];

/// The reply categories, by second digit (RFC 5321 section 4.2.1).
pub const CATEGORIES: &[u8] = &[0, 1, 2, 3, 4, 5];

/// The name of a reply class: `class-4`.
pub fn class_name(class: u8) -> MessageId {
    MessageId(Cow::Owned(format!("class-{class}")))
}

/// The name of a reply category: `category-5`.
pub fn category_name(category: u8) -> MessageId {
    MessageId(Cow::Owned(format!("category-{category}")))
}

/// The name of a session phase: `phase-auth`.
pub fn phase_name(phase: Phase) -> MessageId {
    MessageId(Cow::Owned(format!("phase-{phase}")))
}

/// Where a code appears, as a phrase inside a sentence: `phase-auth-phrase`
/// ("during the AUTH exchange").
pub fn phase_phrase(phase: Phase) -> MessageId {
    MessageId(Cow::Owned(format!("phase-{phase}-phrase")))
}

/// The name of a specification or extension: `context-etrn`.
pub fn context_name(context: Context) -> MessageId {
    MessageId(Cow::Owned(format!("context-{context}")))
}

/// The short name of a specification or extension, for use inside a
/// sentence: `context-etrn-short` ("ETRN").
pub fn context_short(context: Context) -> MessageId {
    MessageId(Cow::Owned(format!("context-{context}-short")))
}

/// A key difference between two codes, one sentence frame each, in the
/// order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Difference {
    /// The first digit.
    Class,
    /// The second digit.
    Category,
    /// Where in the session each appears.
    Phase,
    /// Who has to act.
    Actor,
    /// Which specification defines each.
    Source,
}

impl Difference {
    /// Every difference, in the order shown.
    pub const ALL: &'static [Difference] = &[
        Difference::Class,
        Difference::Category,
        Difference::Phase,
        Difference::Actor,
        Difference::Source,
    ];

    /// Its sentence frame.
    pub fn frame(self) -> MessageId {
        MessageId::fixed(match self {
            Difference::Class => "compare-diff-class",
            Difference::Category => "compare-diff-category",
            Difference::Phase => "compare-diff-phase",
            Difference::Actor => "compare-diff-actor",
            Difference::Source => "compare-diff-source",
        })
    }
}

/// The sentence frames of a comparison: each receives the variables of
/// [`FRAME_VARIABLES`].
pub fn frames() -> Vec<MessageId> {
    [COMPARE_TITLE, COMPARE_SUMMARY, COMPARE_WHEN_TO_USE]
        .into_iter()
        .chain(Difference::ALL.iter().map(|d| d.frame()))
        .collect()
}

/// The values a frame variable can take, where frames select on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Domain {
    /// Free text or a number no frame selects on: a code.
    Open,
    /// The text of a message of one kind, or a list of them: a code's
    /// name, the phrases of phases.
    Texts(TextsOf),
    /// A number out of a closed set, such as a class digit.
    Numbers(&'static [u8]),
    /// A string out of a closed set, such as a phase.
    Values(&'static [&'static str]),
}

impl Domain {
    /// The closed set as the variant keys that stand for it, or `None` for
    /// an open domain.
    pub fn keys(self) -> Option<Vec<String>> {
        match self {
            Domain::Open | Domain::Texts(_) => None,
            Domain::Numbers(numbers) => Some(numbers.iter().map(u8::to_string).collect()),
            Domain::Values(values) => Some(values.iter().map(|v| (*v).to_owned()).collect()),
        }
    }
}

/// The messages whose texts a frame variable takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextsOf {
    /// `code-451-name`.
    CodeName,
    /// `class-4`.
    ClassName,
    /// `category-5`.
    CategoryName,
    /// `phase-auth-phrase`.
    PhasePhrase,
    /// `context-etrn-short`.
    ContextShort,
}

impl TextsOf {
    /// Whether a message id is one of them.
    pub fn matches(self, id: &str) -> bool {
        let between = |prefix: &str, suffix: &str| {
            id.strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(suffix))
                .is_some_and(|middle| !middle.is_empty())
        };
        let digit = |prefix: &str| {
            id.strip_prefix(prefix)
                .is_some_and(|rest| rest.len() == 1 && rest.as_bytes()[0].is_ascii_digit())
        };
        match self {
            TextsOf::CodeName => {
                id.len() == "code-000-name".len()
                    && between("code-", "-name")
                    && id[5..8].bytes().all(|b| b.is_ascii_digit())
            }
            TextsOf::ClassName => digit("class-"),
            TextsOf::CategoryName => digit("category-"),
            TextsOf::PhasePhrase => between("phase-", "-phrase"),
            TextsOf::ContextShort => between("context-", "-short"),
        }
    }
}

/// `yes` or `no`: whether a fact is the same for both codes.
pub const YES_NO: &[&str] = &["yes", "no"];

/// Which of two codes belongs to an SMTP extension.
pub const EXTENSION: &[&str] = &["a", "b", "both", "none"];

/// How the phases of two codes overlap: one answers any command and the
/// other does not, the same phases, those of one within those of the
/// other, some shared and some not, or none shared.
pub const PHASE_OVERLAP: &[&str] = &[
    "a-any",
    "b-any",
    "same",
    "a-within-b",
    "b-within-a",
    "partial",
    "none",
];

/// Every variable the comparison frames receive, with its domain. A select
/// on a variable with a closed domain must have a variant for each value
/// and none for any other, in every locale.
pub const FRAME_VARIABLES: &[(&str, Domain)] = &[
    ("a", Domain::Open),
    ("b", Domain::Open),
    ("name-a", Domain::Texts(TextsOf::CodeName)),
    ("name-b", Domain::Texts(TextsOf::CodeName)),
    ("class-a", Domain::Numbers(CLASSES)),
    ("class-b", Domain::Numbers(CLASSES)),
    ("class-name-a", Domain::Texts(TextsOf::ClassName)),
    ("class-name-b", Domain::Texts(TextsOf::ClassName)),
    ("class-yz-a", Domain::Open),
    ("class-yz-b", Domain::Open),
    ("category-a", Domain::Numbers(CATEGORIES)),
    ("category-b", Domain::Numbers(CATEGORIES)),
    ("category-name-a", Domain::Texts(TextsOf::CategoryName)),
    ("category-name-b", Domain::Texts(TextsOf::CategoryName)),
    ("message-a", Domain::Values(YES_NO)),
    ("message-b", Domain::Values(YES_NO)),
    ("phases-a", Domain::Texts(TextsOf::PhasePhrase)),
    ("phases-b", Domain::Texts(TextsOf::PhasePhrase)),
    ("phases-shared", Domain::Texts(TextsOf::PhasePhrase)),
    ("phases-only-a", Domain::Texts(TextsOf::PhasePhrase)),
    ("phases-only-b", Domain::Texts(TextsOf::PhasePhrase)),
    ("phase-overlap", Domain::Values(PHASE_OVERLAP)),
    ("actor-a", Domain::Values(Actor::NAMES)),
    ("actor-b", Domain::Values(Actor::NAMES)),
    ("sources-a", Domain::Open),
    ("sources-b", Domain::Open),
    ("offers-a", Domain::Texts(TextsOf::ContextShort)),
    ("offers-b", Domain::Texts(TextsOf::ContextShort)),
    ("same-class", Domain::Values(YES_NO)),
    ("same-category", Domain::Values(YES_NO)),
    ("same-actor", Domain::Values(YES_NO)),
    ("extension", Domain::Values(EXTENSION)),
];

/// The closed domain of every selector of every message, by message id
/// and variable name: what the checker holds each select to.
pub fn selector_domains() -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let closed: BTreeMap<String, Vec<String>> = FRAME_VARIABLES
        .iter()
        .filter_map(|(name, domain)| Some(((*name).to_owned(), domain.keys()?)))
        .collect();
    frames()
        .into_iter()
        .map(|id| (id.as_str().to_owned(), closed.clone()))
        .collect()
}

/// The variables of every frame that take the texts of messages, by
/// message id and variable name, with the ids of those messages among
/// `used`: the rendered checks format each frame with their texts, where
/// a word may meet itself (“when { $phases-a }” with “when the server…”).
pub fn variable_texts(
    used: &BTreeMap<MessageId, Home>,
) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let texts: BTreeMap<String, Vec<String>> = FRAME_VARIABLES
        .iter()
        .filter_map(|(name, domain)| match domain {
            Domain::Texts(of) => Some((
                (*name).to_owned(),
                used.keys()
                    .filter(|id| of.matches(id.as_str()))
                    .map(|id| id.as_str().to_owned())
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    frames()
        .into_iter()
        .map(|id| (id.as_str().to_owned(), texts.clone()))
        .collect()
}

/// Every message id the code, the templates and the facts need from the
/// reference locale, with the file it belongs in: labels, fixed messages,
/// frames, the names of every class, category, phase and context, and the
/// prose of every code of the catalog.
pub fn used(catalog: &Catalog) -> BTreeMap<MessageId, Home> {
    let interface = Labels::ALL
        .iter()
        .map(|(_, id)| id.clone())
        .chain(FIXED.iter().cloned())
        .chain(Difference::ALL.iter().map(|d| d.frame()))
        .chain(CLASSES.iter().map(|&c| class_name(c)))
        .chain(CATEGORIES.iter().map(|&c| category_name(c)))
        .chain(
            Phase::ALL
                .iter()
                .flat_map(|&p| [phase_name(p), phase_phrase(p)]),
        )
        .chain(
            Context::ALL
                .iter()
                .flat_map(|&c| [context_name(c), context_short(c)]),
        )
        .chain(Audience::ALL.iter().map(|&a| fix_label(a)))
        .chain(Retry::ALL.iter().map(|&r| explain_retry(r)))
        .chain(Actor::ALL.iter().map(|&a| explain_actor(a)))
        .map(|id| (id, Home::Interface));
    let prose = catalog.codes().flat_map(|code| {
        CodeField::of(code)
            .into_iter()
            .map(|field| (code_text(code.code, field), Home::CodeProse))
    });
    let registry = catalog.registry();
    let fields = [EnhancedField::Name, EnhancedField::Description];
    let classes_and_subjects = registry
        .classes
        .iter()
        .flat_map(|c| fields.map(|f| enhanced_class(c.class, f)))
        .chain(
            registry
                .subjects
                .iter()
                .flat_map(|s| fields.map(|f| enhanced_subject(s.subject, f))),
        )
        .chain(Also::ALL.iter().map(|&a| enhanced_also(a)))
        .map(|id| (id, Home::Interface));
    let details = registry
        .codes
        .iter()
        .flat_map(|e| {
            EnhancedField::DETAIL
                .iter()
                .map(|&f| enhanced_text(e.subject, e.detail, f))
        })
        .map(|id| (id, Home::Enhanced));
    interface
        .chain(prose)
        .chain(classes_and_subjects)
        .chain(details)
        .collect()
}

/// The project's rules for the checker: every id in use with its file, the
/// selector domains of the frames and the texts their variables take.
pub fn project(catalog: &Catalog) -> crate::check::Project {
    let used = used(catalog);
    crate::check::Project {
        variable_texts: variable_texts(&used),
        used,
        selector_domains: selector_domains(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_ids_are_spelled_as_in_the_locales() {
        assert_eq!(
            code_text(451, CodeField::Description).as_str(),
            "code-451-description"
        );
        assert_eq!(class_name(4).as_str(), "class-4");
        assert_eq!(phase_name(Phase::AnyCommand).as_str(), "phase-any-command");
        assert_eq!(Difference::Source.frame().as_str(), "compare-diff-source");
        assert_eq!(
            code_text(451, CodeField::Fix(Audience::Admin)).as_str(),
            "code-451-fix-admin"
        );
        assert_eq!(phase_phrase(Phase::Auth).as_str(), "phase-auth-phrase");
    }
}
