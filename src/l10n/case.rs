//! Case forms of a code, for languages whose suffixes follow the number as
//! it is read aloud: Turkish writes 334’e, 451’e, 250’ye, 530’a, because the
//! suffix agrees with the last word said (dört, bir, elli, otuz).
//!
//! A locale defines each form as a message `code-case-<form>` that selects
//! on `$last`, the place value of the last word of the number read aloud:
//! 1 to 9 for a units digit, 10, 20, … 90 for a tens digit, 100 for a
//! hundreds digit, 1000 for a round thousand, 0 for zero. Frames then write
//! `{ CASE($a, form: "dative") }`, which gives the code with its suffix; a
//! locale without the form gives the code alone.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The prefix of the messages that define a form.
pub const PREFIX: &str = "code-case-";

/// Every value `$last` takes.
const LAST: [u32; 21] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000,
];

/// A locale's suffixes: form, then `$last`, to the suffix.
#[derive(Debug, Default, Clone)]
pub struct Cases(HashMap<String, HashMap<u32, String>>);

impl Cases {
    /// Reads the forms that `ids` (a locale's message ids) define in
    /// `bundle`, formatting each for every value of `$last`.
    pub fn of<'i>(
        bundle: &FluentBundle<std::sync::Arc<FluentResource>>,
        ids: impl Iterator<Item = &'i str>,
    ) -> Cases {
        let mut cases = HashMap::new();
        for id in ids {
            let Some(form) = id.strip_prefix(PREFIX) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut suffixes = HashMap::new();
            for last in LAST {
                let mut args = FluentArgs::new();
                args.set("last", last);
                let mut errors = Vec::new();
                let suffix = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if errors.is_empty() {
                    suffixes.insert(last, crate::markup::without_isolates(&suffix).into_owned());
                }
            }
            cases.insert(form.to_owned(), suffixes);
        }
        Cases(cases)
    }

    /// `CASE(code, form: "…")`: the code with the suffix of the form.
    pub fn apply<'a>(&self, positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
        let code = match positional.first() {
            Some(FluentValue::String(s)) => s.to_string(),
            Some(FluentValue::Number(n)) => n.as_string().into_owned(),
            _ => return FluentValue::Error,
        };
        let form = match named.get("form") {
            Some(FluentValue::String(s)) => s.to_string(),
            _ => return FluentValue::from(code),
        };
        let suffix = last_word(&code)
            .and_then(|last| self.0.get(&form)?.get(&last))
            .cloned()
            .unwrap_or_default();
        FluentValue::from(code + &suffix)
    }
}

/// The place value of the last word of the number that ends `text`, read
/// aloud: the number is its last run of digits (`334`, the `1` of `5.7.1`).
pub fn last_word(text: &str) -> Option<u32> {
    let digits: String = text
        .chars()
        .rev()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // Long runs are read by their last six digits, which decide the word.
    let tail = &digits[digits.len().saturating_sub(6)..];
    let n: u32 = tail.parse().ok()?;
    Some(match n {
        0 => 0,
        n if n % 10 != 0 => n % 10,
        n if n % 100 != 0 => n % 100,
        n if n % 1000 != 0 => 100,
        _ => 1000,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_word_is_found_by_place_value() {
        let cases = [
            ("334", 4),
            ("451", 1),
            ("250", 50),
            ("530", 30),
            ("500", 100),
            ("5.7.1", 1),
            ("X.7.10", 10),
            ("RFC 2000", 1000),
            ("0", 0),
        ];
        for (text, last) in cases {
            assert_eq!(last_word(text), Some(last), "{text}");
        }
        assert_eq!(last_word("none"), None);
    }

    #[test]
    fn a_locale_defines_its_suffixes() {
        let resource = FluentResource::try_new(
            "code-case-dative = { $last ->\n    [4] ’e\n    [50] ’ye\n    [30] ’a\n   *[other] ’e\n}\n"
                .to_owned(),
        )
        .unwrap();
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("tr")]);
        bundle.add_resource(std::sync::Arc::new(resource)).unwrap();
        let cases = Cases::of(&bundle, ["code-case-dative"].into_iter());
        let apply = |code: &str, form: &str| {
            let mut named = FluentArgs::new();
            named.set("form", form.to_owned());
            match cases.apply(&[FluentValue::from(code.to_owned())], &named) {
                FluentValue::String(s) => s.into_owned(),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(apply("334", "dative"), "334’e");
        assert_eq!(apply("250", "dative"), "250’ye");
        assert_eq!(apply("530", "dative"), "530’a");
        assert_eq!(apply("334", "genitive"), "334");
    }
}
