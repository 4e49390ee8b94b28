//! A locale whose every text is a payload: each text element and string
//! literal of the project's `vi` becomes markup, script, a quote that would
//! end an HTML attribute, Markdown syntax or a terminal escape. The site
//! in both formats and every command in every output format must show it
//! as text: no tag of it reaches an HTML or Markdown page unescaped, no
//! quote ends an attribute, no escape reaches a terminal.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use smtpkb::assets::{Kind, Tree};
use smtpkb::export::{Export, ExportOptions, SiteFormat};
use smtpkb::l10n::parse_tag;

use crate::util::{copy_of, project_root, smtpkb};

/// What a text element becomes, in turn.
const TEXTS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    "<code onmouseover=alert(4)>x</code>",
    "<samp><iframe src=javascript:alert(5)></samp>",
    "\" onmouseover=\"alert(6)",
    "' onfocus='alert(7)",
    "](javascript:alert(8)) | --- | <b>bold</b> *x* _y_ `z`",
];

/// What a string literal becomes, in turn: written as Fluent escapes them.
const LITERALS: &[&str] = &[
    "<img src=x onerror=alert(9)>",
    "\\u001B[31mred\\u001B]8;;x\\u0007",
];

/// The openings of the payloads' tags: none may reach a page as markup.
const TAGS: &[&str] = &["<script", "<img", "<svg", "<code on", "<iframe", "<b>"];

/// Quotes that would end an attribute value and add a handler.
const BREAKOUTS: &[&str] = &["\" onmouseover=\"", "' onfocus='"];

fn replace_pattern(pattern: &mut Pattern<String>, turn: &mut usize) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                *value = TEXTS[*turn % TEXTS.len()].to_owned();
                *turn += 1;
            }
            PatternElement::Placeable { expression } => replace_expression(expression, turn),
        }
    }
}

fn replace_expression(expression: &mut Expression<String>, turn: &mut usize) {
    match expression {
        Expression::Inline(inline) => replace_inline(inline, turn),
        Expression::Select { variants, .. } => {
            for variant in variants {
                replace_pattern(&mut variant.value, turn);
            }
        }
    }
}

fn replace_inline(inline: &mut InlineExpression<String>, turn: &mut usize) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            *value = LITERALS[*turn % LITERALS.len()].to_owned();
            *turn += 1;
        }
        InlineExpression::Placeable { expression } => replace_expression(expression, turn),
        _ => {}
    }
}

/// The project's locales with `vi` made of payloads.
fn payload_locales() -> tempfile::TempDir {
    let locales = copy_of("locales");
    let vi = locales.path().join("vi");
    for entry in std::fs::read_dir(&vi).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut owned: Resource<String> = fluent_syntax::parser::parse(text).unwrap();
        let mut turn = 0;
        for entry in &mut owned.body {
            let (value, attributes) = match entry {
                Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
                Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
                _ => continue,
            };
            if let Some(value) = value {
                replace_pattern(value, &mut turn);
            }
            for attribute in attributes {
                replace_pattern(&mut attribute.value, &mut turn);
            }
        }
        std::fs::write(&path, fluent_syntax::serializer::serialize(&owned)).unwrap();
    }
    locales
}

/// Every payload tag and breakout in a page of the HTML site, by the line
/// it is on: there a payload is never as written, since `<` is `&lt;` and
/// a quote is an entity wherever it is.
fn html_problems(text: &str) -> Vec<String> {
    // The one script of a page is the site's own.
    let own =
        regex::Regex::new(r#"<script src="(\.\./)?static/search\.js" defer></script>"#).unwrap();
    needles(&own.replace_all(text, ""), TAGS.iter().chain(BREAKOUTS))
}

/// The search index is data, not markup: one JSON value, whose strings
/// `search.js` shows as text (`textContent`), never as HTML.
fn search_index_problems(text: &str) -> Vec<String> {
    let json = text
        .strip_prefix("window.smtpkbSearch = ")
        .and_then(|t| t.strip_suffix(";\n"));
    match json.map(serde_json::from_str::<serde_json::Value>) {
        Some(Ok(_)) => Vec::new(),
        Some(Err(error)) => vec![format!("not JSON: {error}")],
        None => vec!["not a single assignment of the index".to_owned()],
    }
}

/// Every place of `text` where one of `needles` is, by its line.
fn needles<'a>(text: &str, needles: impl Iterator<Item = &'a &'a str>) -> Vec<String> {
    let mut found = Vec::new();
    for needle in needles {
        for (at, _) in text.match_indices(needle) {
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            found.push(format!("{needle}: {}", &text[start..end]));
        }
    }
    found
}

/// Markdown is checked as a reader gets it: rendered to HTML as GitHub
/// does (tables, strikethrough), where raw markup stays raw and a tag must
/// not be found. The renderer leaves quotes in text as they are, where
/// they end nothing.
fn markdown_problems(text: &str) -> Vec<String> {
    use pulldown_cmark::{Options, Parser, html};
    let mut rendered = String::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    html::push_html(&mut rendered, Parser::new_ext(text, options));
    needles(&rendered, TAGS.iter())
}

/// Text for a terminal holds no control character but line breaks and
/// tabs.
fn terminal_problems(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| line.chars().any(|c| c.is_control() && c != '\t'))
        .map(|line| format!("control character: {line:?}"))
        .collect()
}

/// Every file under `dir`, by path, with its text.
fn pages(dir: &Path) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                found.insert(path.display().to_string(), text);
            }
        }
    }
    found
}

#[test]
fn a_locale_of_payloads_is_shown_as_text_everywhere() {
    let locales = payload_locales();
    let vi = std::fs::read_to_string(locales.path().join("vi/ui.ftl")).unwrap();
    assert!(
        TAGS.iter().all(|tag| vi.contains(tag)),
        "every payload is in the locale"
    );
    let mut problems = Vec::new();
    let out = tempfile::tempdir().unwrap();
    for (format, check) in [
        (SiteFormat::Html, html_problems as fn(&str) -> Vec<String>),
        (SiteFormat::Markdown, markdown_problems),
    ] {
        let site = out.path().join(format!("{format:?}"));
        let export = Export::prepare(
            &Tree::dir(Kind::Data, &project_root().join("data")).unwrap(),
            &Tree::dir(Kind::Locales, locales.path()).unwrap(),
            &Tree::embedded(Kind::Templates),
            ExportOptions {
                format,
                out: site.clone(),
                locales: vec![parse_tag("vi").unwrap()],
                force: false,
                base_url: None,
                edit_url: None,
                date: None,
                pseudo: Vec::new(),
                check_errors: BTreeMap::new(),
            },
        )
        .unwrap();
        export.write(&|| ()).unwrap();
        let pages = pages(&site.join("vi"));
        assert!(pages.len() > 100, "{format:?}: {} pages", pages.len());
        for (path, text) in &pages {
            let found = if path.ends_with("search-index.js") {
                search_index_problems(text)
            } else {
                check(text)
            };
            problems.extend(found.into_iter().map(|p| format!("{path}: {p}")));
        }
    }
    let commands: &[&[&str]] = &[
        &["show", "451"],
        &["show", "5.7.1"],
        &["compare", "334", "451"],
        &["list"],
        &["list", "--enhanced"],
        &[
            "explain",
            "550 5.7.1 <img src=x onerror=alert(10)> \u{1b}[31mdenied",
        ],
        &["locales"],
    ];
    for command in commands {
        for format in ["text", "md", "json"] {
            let output = smtpkb()
                .args(*command)
                .args(["--lang", "vi", "--format", format, "--locales-dir"])
                .arg(locales.path())
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "{command:?} {format}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            let stdout = String::from_utf8(output.stdout).unwrap();
            let stderr = String::from_utf8(output.stderr).unwrap();
            let what = format!("{} --format {format}", command.join(" "));
            let found = match format {
                "text" => terminal_problems(&stdout),
                "md" => markdown_problems(&stdout),
                _ => match serde_json::from_str::<serde_json::Value>(&stdout) {
                    Ok(_) => Vec::new(),
                    Err(error) => vec![format!("not JSON: {error}")],
                },
            };
            problems.extend(found.into_iter().map(|p| format!("{what}: {p}")));
            problems.extend(
                terminal_problems(&stderr)
                    .into_iter()
                    .map(|p| format!("{what} (stderr): {p}")),
            );
        }
    }
    // An error quotes what the reader typed, escapes and all.
    for command in [
        &["show", "45\u{1b}[31m1"][..],
        &["compare", "334", "\u{1b}]0;x\u{7}"],
    ] {
        let output = smtpkb().args(command).output().unwrap();
        assert!(!output.status.success(), "{command:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        problems.extend(terminal_problems(&stderr));
    }
    problems.truncate(40);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
