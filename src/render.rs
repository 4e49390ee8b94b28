//! Output formats: plain text and Markdown through minijinja templates,
//! JSON straight from the views.
//!
//! Architecture invariant: templates hold layout only. Every word comes from
//! the view (`page`) or from the localized labels (`labels`).

use std::collections::BTreeMap;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{Environment, State, UndefinedBehavior, Value};
use serde::Serialize;

use crate::assets::{AssetError, Kind, Tree};
use crate::markup;
use crate::messages::Labels;
use crate::output::visible_controls;

/// A view the CLI prints: the template that lays it out, and what its JSON
/// form is.
pub trait Page: Serialize {
    /// The template's name without its extension, such as `show`.
    const TEMPLATE: &'static str;

    /// The JSON document of this page; the page itself unless it says
    /// otherwise.
    fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

/// An output format of the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal.
    Text,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// JSON, one document.
    Json,
}

impl Format {
    /// The file extension of its templates.
    fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }
}

/// Why a page could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template could not be read.
    #[error(transparent)]
    Asset(#[from] AssetError),
    /// A template is broken.
    #[error("template {name}")]
    Template {
        /// The template.
        name: String,
        /// minijinja's description.
        source: minijinja::Error,
    },
    /// A view could not be serialized.
    #[error("cannot serialize the page")]
    Json(#[from] serde_json::Error),
}

/// The templates, loaded once.
pub struct Renderer {
    env: Environment<'static>,
    /// The files of `site/static/`, by name: copied to a site as they are,
    /// never rendered.
    statics: BTreeMap<String, String>,
}

/// The folder of files that a site gets as they are.
const STATIC: &str = "site/static/";

impl Renderer {
    /// Loads every template of a tree.
    pub fn new(tree: &Tree) -> Result<Renderer, RenderError> {
        let mut env = Environment::new();
        let syntax = SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("the default delimiters are valid");
        env.set_syntax(syntax);
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // HTML and XML escape everything a translator or a data file
        // supplies; text and Markdown templates escape by filter.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".xml") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        // HTML escapes only what HTML needs (a `/` in a link stays `/`),
        // and shows literals as elements; plain text shows them plainly.
        // A safe string (`|verbatim`, a filter's output) is written as is.
        // Every string, escaped or not, shows its control characters
        // (a terminal's escape sequences among them) as visible symbols.
        env.set_formatter(|out, state, value| {
            let Some(text) = value.as_str() else {
                return minijinja::escape_formatter(out, state, value);
            };
            let text = visible_controls(text);
            if value.is_safe() {
                return Ok(out.write_str(&text)?);
            }
            if *state.auto_escape() == minijinja::AutoEscape::Html {
                return Ok(markup::html(out, &text, page_is_rtl(state), write_escaped)?);
            }
            if state.name().ends_with(".txt") && markup::has_markup(&text) {
                let (open, close) = quotes(state);
                return Ok(out.write_str(&markup::plain(&text, &open, &close))?);
            }
            Ok(out.write_str(&text)?)
        });
        env.add_filter("md", |text: &str| markup::markdown(text, escape_markdown));
        // A name from the data shown as code in Markdown: a code span that
        // no backtick in it can end.
        env.add_filter("code", |text: &str| {
            let mut span = String::new();
            markup::code_span(&mut span, text);
            Value::from_safe_string(span)
        });
        // Where HTML allows no elements: `<title>`, attributes.
        env.add_filter("plain", |state: &State, text: &str| {
            let (open, close) = quotes(state);
            Value::from_safe_string(escape_xml(&markup::plain(text, &open, &close)))
        });
        // A server's text, escaped for the format but never read as markup.
        env.add_filter("verbatim", |state: &State, text: &str| {
            Value::from_safe_string(if *state.auto_escape() == minijinja::AutoEscape::Html {
                escape_xml(text)
            } else if state.name().ends_with(".md") {
                escape_markdown(text)
            } else {
                text.to_owned()
            })
        });
        env.add_filter("xml", |text: &str| {
            Value::from_safe_string(escape_xml(text))
        });
        let mut statics = BTreeMap::new();
        for name in tree.files()?.iter() {
            let source = tree.read(name)?;
            if let Some(file) = name.strip_prefix(STATIC) {
                statics.insert(file.to_owned(), source);
                continue;
            }
            env.add_template_owned(name.clone(), source)
                .map_err(|source| RenderError::Template {
                    name: name.clone(),
                    source,
                })?;
        }
        Ok(Renderer { env, statics })
    }

    /// The templates embedded in the binary.
    pub fn embedded() -> Result<Renderer, RenderError> {
        Renderer::new(&Tree::embedded(Kind::Templates))
    }

    /// Renders a page with its template for `format`, or as JSON.
    pub fn render<P: Page>(
        &self,
        format: Format,
        page: &P,
        labels: &Labels,
    ) -> Result<String, RenderError> {
        if format == Format::Json {
            return Ok(page.to_json()? + "\n");
        }
        self.render_template(
            &format!("{}.{}", P::TEMPLATE, format.extension()),
            minijinja::context! {
                page => Value::from(Serde(page)),
                labels => Value::from(Serde(labels)),
            },
        )
    }

    /// The files a site gets as they are, by name, with their contents.
    pub fn statics(&self) -> &BTreeMap<String, String> {
        &self.statics
    }

    /// Renders one template by name with a prepared context.
    pub fn render_template(&self, name: &str, context: Value) -> Result<String, RenderError> {
        let template = self
            .env
            .get_template(name)
            .map_err(|source| RenderError::Template {
                name: name.to_owned(),
                source,
            })?;
        template
            .render(context)
            .map_err(|source| RenderError::Template {
                name: name.to_owned(),
                source,
            })
    }
}

/// Whether the page being rendered is right to left: its `page.dir`.
fn page_is_rtl(state: &State) -> bool {
    state
        .lookup("page")
        .and_then(|page| page.get_attr("dir").ok())
        .is_some_and(|dir| dir.as_str() == Some("rtl"))
}

/// The quotation marks of the page's locale, for literal samples in plain
/// text: its labels' when the template has them, else English ones.
fn quotes(state: &State) -> (String, String) {
    let label = |name: &str| {
        state
            .lookup("labels")
            .and_then(|labels| labels.get_attr(name).ok())
            .and_then(|value| value.as_str().map(str::to_owned))
    };
    (
        label("quote_open").unwrap_or_else(|| "“".to_owned()),
        label("quote_close").unwrap_or_else(|| "”".to_owned()),
    )
}

/// Writes `text` with the five characters XML and HTML reserve escaped,
/// and nothing else, in one pass.
fn write_escaped(out: &mut impl std::fmt::Write, text: &str) -> std::fmt::Result {
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let entity = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&text[start..i])?;
        out.write_str(entity)?;
        start = i + 1;
    }
    out.write_str(&text[start..])
}

/// [`write_escaped`] into a new string.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    write_escaped(&mut escaped, text).expect("writing to a String cannot fail");
    escaped
}

/// Escapes the characters that Markdown would read as markup, so that a
/// translation shows as the translator wrote it.
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_markup_is_escaped() {
        assert_eq!(
            escape_markdown("a <b> *c* [d](e) `f` x|y"),
            r"a \<b\> \*c\* \[d\](e) \`f\` x\|y"
        );
    }
}
