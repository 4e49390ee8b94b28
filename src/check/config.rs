//! `smtpkb-check.toml`: a project's settings for the checker, kept beside
//! its translations so that every run, local or in CI, checks alike.
//!
//! ```toml
//! reference = "en-US"              # the reference locale
//! partial = ["experimental.ftl"]   # files a locale may translate in part
//! ignore = ["*/obsolete/**"]       # paths of the tree not to report on
//!
//! [kinds]                          # a kind's severity: error, warning or off
//! untranslated = "off"
//! doubled-word = "error"
//!
//! [allow]                          # words a locale may keep untranslated
//! "*" = ["Mozilla", "Firefox"]
//! de = ["Monitor"]
//! ```
//!
//! The file is looked up in the tree's folder, then in each folder above
//! it, up to the first that holds `.git`. Command-line flags override it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Finding, Kind, Options, Severity};

/// The file's name.
pub const CONFIG: &str = "smtpkb-check.toml";

/// A project's settings, as its file gives them.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The reference locale's tag.
    pub reference: Option<String>,
    /// Files, by name inside a locale's folder, whose messages may be
    /// missing: there a missing message is a warning.
    #[serde(default)]
    pub partial: Vec<String>,
    /// Globs of paths, relative to the tree, whose findings are dropped.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Each kind's severity, or `off`.
    #[serde(default)]
    pub kinds: BTreeMap<String, Level>,
    /// Words each locale (by folder name, or `*` for every one) may keep
    /// from the reference without being reported as untranslated.
    #[serde(default)]
    pub allow: BTreeMap<String, Vec<String>>,
}

/// A kind's severity in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Reported as an error.
    Error,
    /// Reported as a warning.
    Warning,
    /// Not reported.
    Off,
}

/// A settings file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// It cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// It is not valid: at a line and column where the parser knows one.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

/// What the checker takes from a settings file: the dropped paths and the
/// severities, applied to each finding.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    ignore: Option<globset::GlobSet>,
    kinds: BTreeMap<Kind, Level>,
}

impl Config {
    /// The settings file for a tree in `dir`, if there is one.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        let start = dir.canonicalize().ok()?;
        for folder in start.ancestors() {
            let file = folder.join(CONFIG);
            if file.is_file() {
                return Some(file);
            }
            if folder.join(".git").exists() {
                break;
            }
        }
        None
    }

    /// Reads and validates a settings file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let invalid = |at: usize, message: String| {
            let before = &text[..at.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            ConfigError::Invalid {
                path: path.to_owned(),
                line,
                column,
                message,
            }
        };
        let config: Config = toml::from_str(&text).map_err(|error| {
            invalid(
                error.span().map_or(0, |span| span.start),
                error.message().to_owned(),
            )
        })?;
        // Names are checked here, where their place in the file is known.
        let place = |needle: &str| text.find(needle).unwrap_or(0);
        for name in config.kinds.keys() {
            if Kind::ALL.iter().all(|kind| kind.as_str() != name) {
                let known: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                return Err(invalid(
                    place(name),
                    format!("unknown kind `{name}`; the kinds are {}", known.join(", ")),
                ));
            }
        }
        for glob in &config.ignore {
            if let Err(error) = globset::Glob::new(glob) {
                return Err(invalid(
                    place(glob),
                    format!("`{glob}` is not a glob: {}", error.kind()),
                ));
            }
        }
        Ok(config)
    }

    /// Sets `options` from the file: what the command line left unsaid.
    /// `reference_given` says whether the command line named a reference.
    pub fn apply(
        &self,
        options: &mut Options,
        reference_given: bool,
    ) -> Result<(), crate::l10n::L10nError> {
        if let (Some(reference), false) = (&self.reference, reference_given) {
            options.reference = crate::l10n::parse_tag(reference)?;
        }
        options.partial_files.extend(self.partial.iter().cloned());
        for (locale, words) in &self.allow {
            let list = if locale == "*" {
                &mut options.allow_untranslated
            } else {
                options
                    .allow_untranslated_in
                    .entry(locale.clone())
                    .or_default()
            };
            list.extend(words.iter().cloned());
        }
        let mut ignore = globset::GlobSetBuilder::new();
        for glob in &self.ignore {
            ignore.add(globset::Glob::new(glob).expect("checked on load"));
        }
        options.overrides = Overrides {
            ignore: (!self.ignore.is_empty()).then(|| ignore.build().expect("checked on load")),
            kinds: self
                .kinds
                .iter()
                .map(|(name, level)| {
                    let kind = *Kind::ALL
                        .iter()
                        .find(|k| k.as_str() == name)
                        .expect("checked on load");
                    (kind, *level)
                })
                .collect(),
        };
        Ok(())
    }
}

impl Overrides {
    /// A finding as the settings want it: dropped, or with its severity.
    pub(crate) fn apply(&self, mut finding: Finding) -> Option<Finding> {
        if self
            .ignore
            .as_ref()
            .is_some_and(|set| set.is_match(&finding.file))
        {
            return None;
        }
        match self.kinds.get(&finding.kind) {
            Some(Level::Off) => return None,
            Some(Level::Error) => finding.severity = Severity::Error,
            Some(Level::Warning) => finding.severity = Severity::Warning,
            None => {}
        }
        Some(finding)
    }
}
