//! What the reader is told on standard error, in the reader's language: a
//! code that is not found, a class without enhanced codes, a language without a translation, a broken
//! translation shown in English, and the words “error” and “warning”.

use fluent_bundle::FluentArgs;

use super::Viewer;
use crate::catalog::LookupError;
use crate::l10n::L10nError;
use crate::messages;

impl Viewer<'_> {
    /// What the reader is told about a code that could not be found: the
    /// input that is not a code, or the nearest known codes.
    pub fn lookup_error(&self, error: &LookupError) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        match error {
            LookupError::NotACode { input } => {
                args.set("input", input.clone());
                self.l10n.text(&messages::ERROR_NOT_A_CODE, Some(&args))
            }
            LookupError::UnknownEnhanced { input } => {
                args.set("code", input.clone());
                self.l10n
                    .text(&messages::ERROR_UNKNOWN_ENHANCED, Some(&args))
            }
            LookupError::Unknown { code, nearest } => {
                args.set("code", code.to_string());
                let nearest: Vec<String> = nearest.iter().map(u16::to_string).collect();
                args.set("nearest", nearest.join(&self.labels()?.item_separator));
                self.l10n.text(&messages::ERROR_UNKNOWN_CODE, Some(&args))
            }
        }
    }

    /// What the reader is told who asks for the enhanced codes of a class
    /// the registry does not have, such as 3.
    pub fn no_enhanced_class(&self, class: u8) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("class", class);
        self.l10n
            .text(&messages::ERROR_NO_ENHANCED_CLASS, Some(&args))
    }

    /// An error line for standard error: the localized word for “error”
    /// and the message.
    pub fn error_line(&self, message: &str) -> Result<String, L10nError> {
        Ok(format!(
            "{}: {message}",
            self.l10n.text(&messages::LABEL_ERROR, None)?
        ))
    }

    /// A warning line for standard error.
    pub fn warning_line(&self, message: &str) -> Result<String, L10nError> {
        Ok(format!(
            "{}: {message}",
            self.l10n.text(&messages::LABEL_WARNING, None)?
        ))
    }

    /// The warning that the requested language has no translation and
    /// which one is shown instead.
    pub fn unknown_locale(&self, requested: &str) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("requested", requested.to_owned());
        args.set("used", self.l10n.text(&messages::LOCALE_NAME, None)?);
        self.l10n
            .text(&messages::WARNING_UNKNOWN_LOCALE, Some(&args))
    }

    /// The warning that a broken translation was shown in English.
    pub fn shown_in_english(&self, problem: &L10nError) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("problem", problem.to_string());
        self.l10n
            .text(&messages::WARNING_SHOWN_IN_ENGLISH, Some(&args))
    }

    /// The error that a text given to `explain` holds no reply.
    pub fn no_reply(&self) -> Result<String, L10nError> {
        self.l10n.text(&messages::ERROR_NO_REPLY, None)
    }
}
