//! Reading `data/*.toml`: the serde shape of a file and the rules a code
//! must follow.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Actor, CatalogError, Code, Context, Definition, Phase, Retry, RfcSection};
use crate::assets::Tree;
use crate::diagnostic::{LineIndex, Location};

/// One data file as written: a list of `[[code]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    code: Vec<RawCode>,
}

/// One `[[code]]` table, with the positions of the values a rule checks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    code: toml::Spanned<u16>,
    class: toml::Spanned<u8>,
    category: toml::Spanned<u8>,
    retry: toml::Spanned<Retry>,
    actor: Actor,
    phases: toml::Spanned<Vec<Phase>>,
    related: Vec<toml::Spanned<u16>>,
    #[serde(default)]
    enhanced: Vec<toml::Spanned<String>>,
    defined: toml::Spanned<Vec<RawDefinition>>,
    deprecated: Option<RfcSection>,
}

/// One `[[code.defined]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefinition {
    rfc: u16,
    section: toml::Spanned<String>,
    context: Context,
    commands: Vec<String>,
}

/// Loads and validates every `*.toml` file of a data tree, by number.
pub(super) fn codes(tree: &Tree) -> Result<BTreeMap<u16, Code>, CatalogError> {
    let mut codes = BTreeMap::new();
    // Where each code and each related-code reference was written, to
    // report cross-file problems at the right place.
    let mut related_refs = Vec::new();
    let mut seen: BTreeMap<u16, Location> = BTreeMap::new();
    for file in tree.files()?.iter().filter(|f| f.ends_with(".toml")) {
        let path = tree.display_path(file);
        let text = tree.read(file)?;
        let lines = LineIndex::new(&text);
        let at = |offset: usize| lines.location(&path, &text, offset);
        let raw: RawFile = toml::from_str(&text).map_err(|e| CatalogError::Syntax {
            location: at(e.span().map_or(0, |s| s.start)),
            message: e.message().trim_end().to_owned(),
        })?;
        let invalid = |offset: usize, message: String| CatalogError::Invalid {
            location: at(offset),
            message,
        };
        for raw in raw.code {
            let offset = raw.code.span().start;
            let refs: Vec<(u16, usize)> = raw
                .related
                .iter()
                .map(|r| (*r.get_ref(), r.span().start))
                .collect();
            let code = validate(raw, &invalid)?;
            if let Some(first) = seen.get(&code.code) {
                return Err(invalid(
                    offset,
                    format!(
                        "reply code {} is defined twice; the first definition is at {first}",
                        code.code
                    ),
                ));
            }
            seen.insert(code.code, at(offset));
            for (related, offset) in refs {
                related_refs.push((code.code, related, at(offset)));
            }
            codes.insert(code.code, code);
        }
    }
    if codes.is_empty() {
        return Err(CatalogError::Empty {
            path: tree.display_path(""),
        });
    }
    for (code, related, location) in related_refs {
        if !codes.contains_key(&related) {
            return Err(CatalogError::Invalid {
                location,
                message: format!(
                    "reply code {code} names related code {related}, which is not defined in any data file"
                ),
            });
        }
    }
    Ok(codes)
}

/// Checks one code against the schema's rules; `invalid` makes an error at
/// a byte offset of the file.
fn validate(
    raw: RawCode,
    invalid: &dyn Fn(usize, String) -> CatalogError,
) -> Result<Code, CatalogError> {
    let number = *raw.code.get_ref();
    let at = |spanned_start: usize, message: String| invalid(spanned_start, message);
    if !(200..600).contains(&number) {
        return Err(at(
            raw.code.span().start,
            format!("reply code {number} is out of range: basic reply codes run from 200 to 599"),
        ));
    }
    let class = (number / 100) as u8;
    let category = (number / 10 % 10) as u8;
    if *raw.class.get_ref() != class {
        return Err(at(
            raw.class.span().start,
            format!(
                "class {} does not match reply code {number}: the class is its first digit, {class}",
                raw.class.get_ref()
            ),
        ));
    }
    if *raw.category.get_ref() != category {
        return Err(at(
            raw.category.span().start,
            format!(
                "category {} does not match reply code {number}: the category is its second digit, {category}",
                raw.category.get_ref()
            ),
        ));
    }
    let expected = match class {
        2 => Retry::Completion,
        3 => Retry::Intermediate,
        4 => Retry::Transient,
        _ => Retry::Permanent,
    };
    if *raw.retry.get_ref() != expected {
        return Err(at(
            raw.retry.span().start,
            format!(
                "retry \"{}\" does not match class {class}: a {class}yz reply is \"{expected}\"",
                raw.retry.get_ref()
            ),
        ));
    }
    if raw.phases.get_ref().is_empty() {
        return Err(at(
            raw.phases.span().start,
            format!("reply code {number} has no phases: name at least one"),
        ));
    }
    if raw.defined.get_ref().is_empty() {
        return Err(at(
            raw.defined.span().start,
            format!("reply code {number} has no `defined` entry: cite the RFC that defines it"),
        ));
    }
    for definition in raw.defined.get_ref() {
        if !is_section(definition.section.get_ref()) {
            return Err(at(
                definition.section.span().start,
                format!(
                    "section \"{}\" of RFC {} is not a section number such as \"4.2.3\"",
                    definition.section.get_ref(),
                    definition.rfc
                ),
            ));
        }
    }
    for enhanced in &raw.enhanced {
        if !is_enhanced(enhanced.get_ref(), class) {
            return Err(at(
                enhanced.span().start,
                format!(
                    "\"{}\" is not an enhanced status code of class {class}: write it as {class}.X.Y (RFC 3463)",
                    enhanced.get_ref()
                ),
            ));
        }
    }
    for r in &raw.related {
        if *r.get_ref() == number {
            return Err(at(
                r.span().start,
                format!("reply code {number} lists itself as related"),
            ));
        }
    }
    Ok(Code {
        code: number,
        class,
        category,
        retry: expected,
        actor: raw.actor,
        phases: raw.phases.into_inner(),
        related: raw.related.iter().map(|r| *r.get_ref()).collect(),
        enhanced: raw.enhanced.into_iter().map(|e| e.into_inner()).collect(),
        defined: raw
            .defined
            .into_inner()
            .into_iter()
            .map(|d| Definition {
                rfc: d.rfc,
                section: d.section.into_inner(),
                context: d.context,
                commands: d.commands,
            })
            .collect(),
        deprecated: raw.deprecated,
    })
}

fn is_section(section: &str) -> bool {
    !section.is_empty()
        && section
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

fn is_enhanced(enhanced: &str, class: u8) -> bool {
    let parts: Vec<&str> = enhanced.split('.').collect();
    parts.len() == 3
        && parts[0] == class.to_string()
        && matches!(class, 2 | 4 | 5)
        && parts[1..]
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}
