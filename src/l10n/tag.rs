//! Language tags: the one parser for every tag a user types or a folder
//! is named with, the one rule for which locale a tag selects, the
//! environment's request, and writing direction.
//!
//! Architecture invariant: every front-end (the CLI, the checker, the
//! statistics, the scaffold and the exporter) reads a tag with
//! [`parse_tag`] and picks a locale for it with [`best_match`], so `AR`,
//! `vi_VN.UTF-8`, `pt_br` and `zh-hant-tw` mean the same everywhere.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use super::L10nError;

/// Parses a language tag typed by a reader: `vi`, `pt-BR`, or a POSIX
/// locale such as `vi_VN.UTF-8` or `sr_RS@latin`.
pub fn parse_tag(input: &str) -> Result<LanguageIdentifier, L10nError> {
    let bad = |reason| L10nError::BadTag {
        input: input.to_owned(),
        reason,
    };
    if input.trim().is_empty() {
        return Err(bad("it is empty"));
    }
    if input.contains(['/', '\\']) || input.contains("..") {
        return Err(bad(
            "it looks like a path; give a tag such as “vi” or “pt-BR”",
        ));
    }
    let lower = input.to_ascii_lowercase();
    if lower.starts_with("x-") || lower.contains("-x-") {
        return Err(bad(
            "private-use subtags (“-x-…”) are not supported; give a tag such as “en-US”",
        ));
    }
    let tag = input
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    tag.parse::<LanguageIdentifier>()
        .map_err(|_| bad("expected a tag such as “vi”, “pt-BR” or “vi_VN.UTF-8”"))
}

/// The tag a locale folder is named with, which must be written as
/// [`parse_tag`] writes it back (`pt-BR`, not `pt_br`), since the
/// exported site's paths are made from the tag; else why not.
pub fn folder_tag(name: &str) -> Result<LanguageIdentifier, String> {
    match parse_tag(name) {
        Ok(tag) if tag == name => Ok(tag),
        Ok(tag) => Err(format!("the tag is written “{tag}”")),
        Err(L10nError::BadTag { reason, .. }) => Err(reason.to_owned()),
        Err(other) => Err(other.to_string()),
    }
}

/// The locale of `available` that a reader asking for `requested` is
/// shown: the same tag, else the closest one (`vi` for `vi-VN`, `pt-BR`
/// for `pt`). It is the head of the chain [`super::Locales::negotiate`]
/// builds, without the fallback to the reference: `None` when no locale is
/// close.
pub fn best_match<'a>(
    requested: &LanguageIdentifier,
    available: &'a [LanguageIdentifier],
) -> Option<&'a LanguageIdentifier> {
    negotiate_languages(
        std::slice::from_ref(requested),
        available,
        None,
        NegotiationStrategy::Filtering,
    )
    .into_iter()
    .next()
}

/// The language the environment asks for: the first non-empty of `LC_ALL`,
/// `LC_MESSAGES` and `LANG`, as (variable, value). `C` and `POSIX` ask for
/// nothing in particular.
pub fn env_request(var: impl Fn(&str) -> Option<String>) -> Option<(&'static str, String)> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()).map(|v| (name, v)))
        .filter(|(_, value)| {
            let base = value.split(['.', '@']).next().unwrap_or_default();
            base != "C" && base != "POSIX"
        })
}

/// Writing direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian…).
    Rtl,
}

impl Direction {
    /// The direction of a language.
    pub fn of(lang: &LanguageIdentifier) -> Direction {
        match lang.character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// `ltr` or `rtl`, as HTML writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    #[test]
    fn posix_locales_and_tags_parse() {
        for (input, tag) in [
            ("vi", "vi"),
            ("vi_VN.UTF-8", "vi-VN"),
            ("pt_BR", "pt-BR"),
            ("sr_RS@latin", "sr-RS"),
            ("zh-Hant-TW", "zh-Hant-TW"),
            ("AR", "ar"),
            ("pt_br", "pt-BR"),
            ("zh-hant-tw", "zh-Hant-TW"),
        ] {
            assert_eq!(parse_tag(input).unwrap().to_string(), tag, "{input}");
        }
    }

    #[test]
    fn paths_and_garbage_are_not_tags() {
        for input in [
            "",
            " ",
            "../etc",
            "vi/../../x",
            "a\\b",
            "not a tag",
            "x!",
            "1234567890",
        ] {
            assert!(
                matches!(parse_tag(input), Err(L10nError::BadTag { .. })),
                "{input:?}"
            );
        }
    }

    #[test]
    fn a_tag_selects_itself_else_the_closest_locale() {
        let available = [
            langid!("ar"),
            langid!("en"),
            langid!("pt-BR"),
            langid!("vi"),
        ];
        for (input, selected) in [
            ("AR", Some("ar")),
            ("vi_VN.UTF-8", Some("vi")),
            ("pt_br", Some("pt-BR")),
            ("pt", Some("pt-BR")),
            ("en-GB", Some("en")),
            ("de", None),
        ] {
            let tag = parse_tag(input).unwrap();
            assert_eq!(
                best_match(&tag, &available)
                    .map(ToString::to_string)
                    .as_deref(),
                selected,
                "{input}"
            );
        }
    }

    #[test]
    fn environment_order_is_lc_all_lc_messages_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            env_request(env(&[("LANG", "tr_TR.UTF-8")])),
            Some(("LANG", "tr_TR.UTF-8".into()))
        );
        assert_eq!(
            env_request(env(&[
                ("LANG", "tr_TR"),
                ("LC_MESSAGES", "vi"),
                ("LC_ALL", "")
            ])),
            Some(("LC_MESSAGES", "vi".into()))
        );
        assert_eq!(
            env_request(env(&[("LC_ALL", "ar"), ("LANG", "vi")])),
            Some(("LC_ALL", "ar".into()))
        );
        assert_eq!(env_request(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(env_request(env(&[])), None);
    }

    #[test]
    fn direction_follows_the_script() {
        assert_eq!(Direction::of(&langid!("ar")), Direction::Rtl);
        assert_eq!(Direction::of(&langid!("vi")), Direction::Ltr);
    }
}
