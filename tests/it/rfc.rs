//! The facts against the RFC texts. `tests/fixtures/rfc/codes.toml` gives,
//! for every basic reply code, its class, each RFC section that defines it
//! with the context and the commands it answers there, and each section
//! that restricts it, every row with a quote from the RFC. The embedded data
//! must say the same, so an edit of `data/` that contradicts an RFC fails
//! with the text it contradicts.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;
use smtpkb::catalog::{Code, Context, Definition};

use crate::util::{catalog, project_root};

const FIXTURE: &str = "tests/fixtures/rfc/codes.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    code: Vec<RfcCode>,
}

/// One `[[code]]`: a code as the RFCs define it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RfcCode {
    code: u16,
    class: u8,
    defined: Vec<RfcDefinition>,
    #[serde(default)]
    restriction: Vec<RfcRestriction>,
}

/// One `[[code.defined]]`: a use of the code by one RFC section.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RfcDefinition {
    rfc: u16,
    section: String,
    context: String,
    commands: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    cite: String,
    /// The section the quote comes from, when it is not `section`.
    cite_section: Option<String>,
}

/// One `[[code.restriction]]`: a section that deprecates or restricts it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RfcRestriction {
    rfc: u16,
    section: String,
    cite: String,
}

/// What the data and the fixture must agree on for one definition. The
/// commands are sets: their order carries no fact.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Row {
    rfc: u16,
    section: String,
    context: String,
    commands: BTreeSet<String>,
    except: BTreeSet<String>,
}

impl Row {
    fn of_data(definition: &Definition) -> Row {
        Row {
            rfc: definition.rfc,
            section: definition.section.clone(),
            context: definition.context.as_str().to_owned(),
            commands: definition.commands.iter().cloned().collect(),
            except: definition.except.iter().cloned().collect(),
        }
    }
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list =
            |set: &BTreeSet<String>| Vec::from_iter(set.iter().map(String::as_str)).join(" ");
        write!(f, "RFC {} §{} {} ", self.rfc, self.section, self.context)?;
        if self.commands.is_empty() {
            f.write_str("[any command")?;
        } else {
            write!(f, "[{}", list(&self.commands))?;
        }
        if !self.except.is_empty() {
            write!(f, " except {}", list(&self.except))?;
        }
        f.write_str("]")
    }
}

impl RfcDefinition {
    fn row(&self) -> Row {
        Row {
            rfc: self.rfc,
            section: self.section.clone(),
            context: self.context.clone(),
            commands: self.commands.iter().cloned().collect(),
            except: self.except.iter().cloned().collect(),
        }
    }

    /// The quote, with its section when it is not the row's.
    fn quote(&self) -> String {
        match &self.cite_section {
            Some(section) => format!("§{section}: \"{}\"", self.cite),
            None => format!("\"{}\"", self.cite),
        }
    }
}

fn fixture() -> Vec<RfcCode> {
    let path = project_root().join(FIXTURE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    let fixture: Fixture = toml::from_str(&text).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    fixture.code
}

/// Every way one code of the data differs from the RFC rows.
fn differences(rfc: &RfcCode, data: &Code) -> Vec<String> {
    let code = rfc.code;
    let mut found = Vec::new();
    if data.class != rfc.class {
        found.push(format!(
            "{code}: class {} in data/, but {} by its first digit",
            data.class, rfc.class
        ));
    }

    let wanted: BTreeMap<Row, &RfcDefinition> = rfc.defined.iter().map(|d| (d.row(), d)).collect();
    let have: BTreeSet<Row> = data.defined.iter().map(Row::of_data).collect();
    for (row, definition) in &wanted {
        if !have.contains(row) {
            found.push(format!("{code}: data/ lacks {row}: {}", definition.quote()));
        }
    }
    for row in have.iter().filter(|row| !wanted.contains_key(row)) {
        let same_rfc: Vec<String> = rfc
            .defined
            .iter()
            .filter(|d| d.rfc == row.rfc)
            .map(|d| format!("{} {}", d.row(), d.quote()))
            .collect();
        let instead = if same_rfc.is_empty() {
            format!("the fixture has no RFC {} row", row.rfc)
        } else {
            format!("the RFC text gives {}", same_rfc.join("; "))
        };
        found.push(format!(
            "{code}: data/ has {row}, which no RFC row supports; {instead}"
        ));
    }

    let wanted: BTreeMap<(u16, &str), &RfcRestriction> = rfc
        .restriction
        .iter()
        .map(|r| ((r.rfc, r.section.as_str()), r))
        .collect();
    let have: BTreeSet<(u16, &str)> = data
        .restrictions
        .iter()
        .map(|r| (r.rfc, r.section.as_str()))
        .collect();
    for ((number, section), restriction) in &wanted {
        if !have.contains(&(*number, *section)) {
            found.push(format!(
                "{code}: data/ lacks the restriction RFC {number} §{section}: \"{}\"",
                restriction.cite
            ));
        }
    }
    for (number, section) in have.iter().filter(|key| !wanted.contains_key(key)) {
        found.push(format!(
            "{code}: data/ lists RFC {number} §{section} as a restriction, which the fixture has no quote for"
        ));
    }
    found
}

#[test]
fn the_data_says_what_the_rfc_texts_say() {
    let catalog = catalog();
    let data: BTreeMap<u16, &Code> = catalog.codes().map(|c| (c.code, c)).collect();
    let fixture = fixture();
    let mut problems = Vec::new();
    for rfc in &fixture {
        match data.get(&rfc.code) {
            Some(code) => problems.extend(differences(rfc, code)),
            None => {
                let sources: Vec<String> = rfc
                    .defined
                    .iter()
                    .map(|d| format!("{} {}", d.row(), d.quote()))
                    .collect();
                problems.push(format!(
                    "{}: missing from data/, though {}",
                    rfc.code,
                    sources.join("; ")
                ));
            }
        }
    }
    let known: BTreeSet<u16> = fixture.iter().map(|c| c.code).collect();
    for code in data.keys().filter(|code| !known.contains(code)) {
        problems.push(format!(
            "{code}: in data/ but not in {FIXTURE}: add its RFC rows, each with a quote"
        ));
    }
    assert!(
        problems.is_empty(),
        "{} differences between data/ and the RFC texts ({FIXTURE}):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The fixture itself keeps its own rules, so that a typo in it is not
/// read as a fact: each code once with its first digit as class, every row
/// quoted, `except` only for "any command", no row twice.
#[test]
fn the_rfc_fixture_is_well_formed() {
    let mut problems = Vec::new();
    let mut codes = BTreeSet::new();
    for rfc in fixture() {
        let code = rfc.code;
        if !codes.insert(code) {
            problems.push(format!("{code}: listed twice"));
        }
        if u16::from(rfc.class) != code / 100 {
            problems.push(format!(
                "{code}: class {} is not its first digit",
                rfc.class
            ));
        }
        if rfc.defined.is_empty() {
            problems.push(format!("{code}: no [[code.defined]] row"));
        }
        let mut rows = BTreeSet::new();
        for definition in &rfc.defined {
            let row = definition.row();
            if !Context::NAMES.contains(&row.context.as_str()) {
                problems.push(format!("{code}: {row}: unknown context"));
            }
            if !row.commands.is_empty() && !row.except.is_empty() {
                problems.push(format!("{code}: {row}: `except` needs commands = []"));
            }
            if definition.cite.trim().is_empty() {
                problems.push(format!("{code}: {row}: no cite"));
            }
            if !rows.insert(row.clone()) {
                problems.push(format!("{code}: {row}: listed twice"));
            }
        }
        let mut sections = BTreeSet::new();
        for restriction in &rfc.restriction {
            let section = format!("RFC {} §{}", restriction.rfc, restriction.section);
            if restriction.cite.trim().is_empty() {
                problems.push(format!("{code}: restriction {section}: no cite"));
            }
            if !sections.insert(section.clone()) {
                problems.push(format!("{code}: restriction {section}: listed twice"));
            }
        }
    }
    assert!(problems.is_empty(), "{FIXTURE}:\n{}", problems.join("\n"));
}
