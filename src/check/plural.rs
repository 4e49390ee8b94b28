//! Plural selects: the CLDR cardinal categories of a locale, and the
//! finding for a select that lacks one of them or uses one the locale does
//! not have.

use std::collections::BTreeSet;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::ast::{Facts, Select};
use super::finding::{Kind, Reporter};
use super::pattern::{PatternContext, What};
use super::reference::RefPattern;

/// Whether a variant key is a CLDR plural category.
pub(crate) fn is_plural_key(key: &str) -> bool {
    matches!(key, "zero" | "one" | "two" | "few" | "many" | "other")
}

/// A CLDR plural category's name, as a variant key writes it.
pub(crate) fn category_name(category: PluralCategory) -> &'static str {
    NAMES[category as usize]
}

/// The CLDR cardinal plural categories of a locale; `other` alone when CLDR
/// does not know it or the locale's folder is not named with a tag.
pub(crate) fn plural_categories(lang: Option<&LanguageIdentifier>) -> BTreeSet<&'static str> {
    let Some(langid) = lang.cloned() else {
        return BTreeSet::from(["other"]);
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return BTreeSet::from(["other"]);
    };
    // Integers only, as compare-locales counts them: categories that only
    // fractions reach (Czech “many”) are not required of a count. Each is
    // marked as a bit, the set made once.
    let mut seen = 0u8;
    for n in 0..=1000u32 {
        if let Ok(category) = rules.select(n) {
            seen |= 1 << category as u8;
        }
    }
    NAMES
        .into_iter()
        .enumerate()
        .filter(|(bit, _)| seen & (1 << bit) != 0)
        .map(|(_, name)| name)
        .collect()
}

/// The names of the CLDR plural categories, in the order of
/// [`PluralCategory`]'s variants.
const NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Reports each plural select of a translation whose keys are not the
/// locale's categories. A select is plural when one of its keys is a
/// category other than `other`, or when the reference selects on the same
/// variable with plural keys.
pub(crate) fn check_plurals(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
    reference: &RefPattern,
) {
    for select in &facts.selects {
        let is_plural = select.keys.iter().any(|k| is_plural_key(k) && k != "other")
            || select
                .selector
                .as_ref()
                .is_some_and(|s| reference.plural_selectors.contains(s));
        if !is_plural {
            continue;
        }
        for message in category_problems(context.locale.lang, context.locale.categories, select) {
            reporter.add(
                Kind::PluralCategories,
                select.offset,
                Some(context.id),
                format!("{what}: {message}"),
            );
        }
    }
}

/// What is wrong with the keys of one plural select: categories of the
/// locale it lacks, and categories it uses that the locale does not have.
fn category_problems(
    lang: &str,
    categories: &BTreeSet<&'static str>,
    select: &Select,
) -> Vec<String> {
    let keys: BTreeSet<&str> = select.keys.iter().map(String::as_str).collect();
    let missing: Vec<&str> = categories
        .iter()
        .copied()
        .filter(|c| !keys.contains(c))
        .collect();
    let unknown: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|k| is_plural_key(k) && !categories.contains(k))
        .collect();
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!(
            "the plural select lacks the CLDR categories [{}] of {lang}",
            missing.join("], [")
        ));
    }
    if !unknown.is_empty() {
        problems.push(format!(
            "{lang} has no plural category [{}]; that variant is never chosen",
            unknown.join("], [")
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_category_is_named_as_a_variant_key_writes_it() {
        let named = [
            PluralCategory::ZERO,
            PluralCategory::ONE,
            PluralCategory::TWO,
            PluralCategory::FEW,
            PluralCategory::MANY,
            PluralCategory::OTHER,
        ]
        .map(category_name);
        assert_eq!(named, ["zero", "one", "two", "few", "many", "other"]);
    }
}
