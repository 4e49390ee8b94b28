//! `cargo xtask`: project tasks for translators and CI.
//!
//! A thin front-end: the checker (`smtpkb::check`), the statistics
//! (`smtpkb::stats`), the scaffold (`smtpkb::scaffold`) and the site
//! (`smtpkb::export`) live in the library. The project's policy lives here:
//! `codes.ftl` may be partial, the project's own rules run whenever the
//! checked tree is the project's `locales/`, and `export` runs the checker
//! first and phrases the exporter's warnings. The CI task only sequences
//! cargo.
//!
//! Every tag a task takes (`--lang`, `--reference`, the new locale) is read
//! with `smtpkb::l10n::parse_tag`, as the `smtpkb` CLI reads its `--lang`,
//! and [`failure_status`] gives each failure its documented exit status.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use smtpkb::assets::{Kind, Tree};
use smtpkb::catalog::{self, Catalog, CatalogError};
use smtpkb::check::{self, Options, ReportFormat, Severity};
use smtpkb::export::{Export, ExportError, ExportOptions, ExportWarning, SiteFormat};
use smtpkb::l10n::{L10nError, LanguageIdentifier, Pseudo, parse_tag};
use smtpkb::{output, scaffold, stats};

mod serve;

/// Project tasks for translators and CI
///
/// A language tag may be written as smtpkb's --lang takes it (AR, pt_br,
/// vi_VN.UTF-8) and selects the locale a reader asking for it is shown
/// (vi for vi_VN.UTF-8).
///
/// Exit status: 0 on success; 1 for a user error (a bad tag, an unknown
/// locale, a locale that exists already, an output the exporter may not
/// replace, invalid data); 2 for a usage error or a file or directory that
/// cannot be read or written. `check` exits 1 when it finds errors, so
/// anything that keeps it from checking exits 2.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Find every defect in every locale, with its file, line and column
    ///
    /// Exit status: 0 without errors (warnings allowed unless
    /// --deny-warnings), 1 with errors, 2 when it cannot check: the locales
    /// cannot be read, a tag is not one, or a locale or the reference is not
    /// in the tree.
    Check {
        #[command(flatten)]
        tree: LocalesArgs,
        /// Check only this locale (repeatable), such as vi, pt-BR or AR
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Also check a pseudo-locale made from English (repeatable):
        /// accented (en-XA) or bidi (ar-XB)
        #[arg(long, value_enum, value_name = "KIND")]
        pseudo: Vec<Pseudo>,
        /// Output format
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Fail on warnings too
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Show how much of each locale is translated
    Stats {
        #[command(flatten)]
        tree: LocalesArgs,
        /// Output format
        #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
        format: StatsFormat,
        /// List the missing message ids of each file
        #[arg(long, short)]
        verbose: bool,
        /// Record that LANG's translations are made from the English now, in LANG/translated-from.toml, so that `check` warns when the English changes (stale-translation)
        #[arg(long, value_name = "LANG")]
        mark_current: Option<String>,
        /// With --mark-current: record only this message (repeatable)
        #[arg(long, value_name = "ID", requires = "mark_current")]
        only: Vec<String>,
    },
    /// Create locales/LANG with every reference message commented out, ready to translate
    NewLocale {
        /// The language tag of the new locale, such as de or pt-BR
        lang: String,
        #[command(flatten)]
        tree: LocalesArgs,
    },
    /// Write the reference site: every code, every pair of codes and every enhanced code, in every language
    ///
    /// The site is written beside --out and renamed into place, so a failure
    /// leaves the previous site untouched.
    Export(ExportArgs),
    /// Serve the HTML site of the working tree on 127.0.0.1, re-rendered as locales/, data/ and templates/ change
    ///
    /// Each page reloads itself once a change is rendered; the checker's
    /// findings, or what keeps the site from being rendered, are shown at
    /// the top of every page. Ctrl-C stops the server and removes the site.
    Serve(serve::ServeArgs),
    /// Run everything CI runs: formatting, lints, the whole test suite and the locale check
    ///
    /// Exit status: 0 when every step passes, 1 when one fails, 2 when
    /// cargo cannot be run.
    Ci,
}

/// The locales tree a task reads, and its reference locale.
#[derive(Debug, Args)]
struct LocalesArgs {
    /// The locales directory, laid out DIR/<lang>/*.ftl [default: the project's locales/]
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
    /// The reference locale
    #[arg(long, default_value = "en", value_name = "LANG")]
    reference: String,
}

impl LocalesArgs {
    /// The reference locale's tag.
    fn reference(&self) -> Result<LanguageIdentifier, L10nError> {
        parse_tag(&self.reference)
    }

    /// The directory: the one given, or the project's `locales/`.
    fn dir(&self) -> PathBuf {
        self.locales
            .clone()
            .unwrap_or_else(|| relative_to_cwd(&project_root().join("locales")))
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// HTML
    Html,
    /// Markdown
    Md,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StatsFormat {
    /// A table
    Text,
    /// One JSON document
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let is_check = matches!(cli.task, Task::Check { .. });
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // A reader that stopped reading is not told so.
            if output::chain_is_closed(&error) {
                return ExitCode::from(output::CLOSED);
            }
            match data_problems(&error) {
                // Each data problem is a snippet with its own `error[kind]`
                // title.
                Some(diagnostics) => output::err_styled(catalog::render_diagnostics(
                    diagnostics,
                    std::io::stderr().is_terminal(),
                )),
                None => output::err(format_args!("error: {error:#}")),
            }
            ExitCode::from(failure_status(is_check, &error))
        }
    }
}

/// The problems of the data, when loading it is what failed.
fn data_problems(error: &anyhow::Error) -> Option<&[catalog::DataDiagnostic]> {
    let invalid = match error.downcast_ref::<ExportError>() {
        Some(ExportError::Catalog(error)) => error,
        _ => error.downcast_ref::<CatalogError>()?,
    };
    match invalid {
        CatalogError::Invalid(diagnostics) => Some(diagnostics),
        _ => None,
    }
}

/// The exit status of a user error, and of a check that found errors.
const FAILED: u8 = 1;

/// The exit status of a usage error (clap's own) and of a file or
/// directory that cannot be read or written.
const CANNOT_RUN: u8 = 2;

/// The exit status of a task that failed with `error`, as `--help` and the
/// README document it: [`CANNOT_RUN`] when a file or directory could not be
/// read or written, [`FAILED`] for anything else, which the user fixes in
/// the command or the files. `check` keeps [`FAILED`] for the errors it
/// finds, so every error that keeps it from checking is [`CANNOT_RUN`].
fn failure_status(is_check: bool, error: &anyhow::Error) -> u8 {
    let is_io = error.chain().any(|cause| cause.is::<std::io::Error>());
    if is_check || is_io {
        CANNOT_RUN
    } else {
        FAILED
    }
}

/// Reads each tag given on the command line.
fn tags(inputs: &[String]) -> Result<Vec<LanguageIdentifier>, L10nError> {
    inputs.iter().map(|input| parse_tag(input)).collect()
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.task {
        Task::Check {
            tree,
            langs,
            pseudo,
            format,
            deny_warnings,
        } => {
            let reference = tree.reference()?;
            let langs = tags(&langs)?;
            let dir = tree.dir();
            let locales = Tree::dir(Kind::Locales, &dir)?;
            let options = Options {
                pseudo,
                ..check_options(&dir, reference, langs)?
            };
            if options.project.is_some() {
                output::err(format_args!(
                    "note: {} is the project's locales: also checking code prose and message ids",
                    dir.display()
                ));
            }
            let report = check::check(&locales, &options)?;
            let root = locales.display_path("");
            let color = std::io::stdout().is_terminal();
            let output = check::render(&report, &root, format, color);
            output::out(&output)?;
            let failed = report.count(Severity::Error) > 0
                || (deny_warnings && report.count(Severity::Warning) > 0);
            Ok(if failed {
                ExitCode::from(FAILED)
            } else {
                ExitCode::SUCCESS
            })
        }
        Task::Stats {
            tree,
            format,
            verbose,
            mark_current,
            only,
        } => {
            let options = Options {
                reference: tree.reference()?,
                ..Options::default()
            };
            let locales = Tree::dir(Kind::Locales, &tree.dir())?;
            if let Some(lang) = mark_current {
                let marked = stats::mark_current(&locales, &options, &parse_tag(&lang)?, &only)?;
                output::out(&format!(
                    "{}: {} recorded as translated from the English now\n",
                    marked.path,
                    check::counted(marked.count, "message")
                ))?;
                return Ok(ExitCode::SUCCESS);
            }
            let stats = stats::stats(&locales, &options)?;
            for (location, message) in stats::unreadable(&locales)? {
                output::err(format_args!(
                    "warning: {location}: {message}; counted as not translated"
                ));
            }
            match format {
                StatsFormat::Text => output::out(&stats::render_stats_text(&stats, verbose))?,
                StatsFormat::Json => output::out(&format!("{}\n", serde_json_pretty(&stats)?))?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Task::NewLocale { lang, tree } => {
            let tag = parse_tag(&lang)?;
            let files = scaffold::new_locale(&tree.dir(), &tag, &tree.reference()?)?;
            let mut written = String::new();
            for file in files {
                written.push_str(&format!("wrote {}\n", file.display()));
            }
            written.push_str(&format!(
                "fill in the messages, then run `cargo xtask check --lang {tag}`\n"
            ));
            output::out(&written)?;
            Ok(ExitCode::SUCCESS)
        }
        Task::Export(args) => {
            export(args)?;
            Ok(ExitCode::SUCCESS)
        }
        Task::Serve(args) => {
            serve::serve(args)?;
            Ok(ExitCode::SUCCESS)
        }
        Task::Ci => {
            ci()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Debug, Args)]
struct ExportArgs {
    /// HTML pages or GitHub-flavoured Markdown
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Only this locale (repeatable), such as vi, pt-BR or AR
    #[arg(long = "lang", value_name = "LANG")]
    langs: Vec<String>,
    /// Also export a pseudo-locale made from English (repeatable): accented
    /// (en-XA: accented, a third longer, each message in brackets) or bidi
    /// (ar-XB: upside down, right to left). For a preview, not to publish
    #[arg(long, value_enum, value_name = "KIND")]
    pseudo: Vec<Pseudo>,
    /// The folder to write [default: target/site/html or target/site/md]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Read translations from DIR/<lang>/*.ftl [default: the project's locales/]
    #[arg(long, value_name = "DIR")]
    locales_dir: Option<PathBuf>,
    /// Read reply-code facts from DIR/*.toml [default: the project's data/]
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// The absolute address the HTML site is served from, such as
    /// https://example.org/smtp/: canonical links, absolute alternates,
    /// Open Graph addresses, sitemaps and robots.txt need it
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Link each page to its translation file: an address with {file}
    /// (codes.ftl, enhanced.ftl or ui.ftl) and {lang} in it
    #[arg(long, value_name = "URL")]
    edit_url_template: Option<String>,
    /// Also replace a folder the exporter did not mark as its own if it
    /// holds nothing but pages (a site whose marker was lost)
    #[arg(long)]
    force: bool,
    /// No progress bar
    #[arg(long, short)]
    quiet: bool,
}

fn export(args: ExportArgs) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    smtpkb::staged::remove_on_interrupt();
    let langs = tags(&args.langs)?;
    let root = project_root();
    let (format, name) = match args.format {
        ExportFormat::Html => (SiteFormat::Html, "html"),
        ExportFormat::Md => (SiteFormat::Markdown, "md"),
    };
    let out = args
        .out
        .unwrap_or_else(|| relative_to_cwd(&root.join("target/site").join(name)));
    let data = Tree::dir(
        Kind::Data,
        &args.data_dir.unwrap_or_else(|| root.join("data")),
    )?;
    let locales_dir = args.locales_dir.unwrap_or_else(|| root.join("locales"));
    let locales = Tree::dir(Kind::Locales, &locales_dir)?;
    let templates = Tree::dir(Kind::Templates, &root.join("templates"))?;
    let export = Export::prepare(
        &data,
        &locales,
        &templates,
        ExportOptions {
            format,
            out: out.clone(),
            check_errors: check_errors(&locales, &langs, &args.pseudo)?,
            locales: langs,
            pseudo: args.pseudo,
            force: args.force,
            base_url: args.base_url,
            edit_url: args.edit_url_template,
            date: source_date()?,
        },
    )?;
    for warning in export.warnings() {
        output::err(format_args!("warning: {}", describe(warning)));
    }
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(export.n_pages() as u64).with_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} pages {elapsed}")
                .expect("a valid progress template"),
        )
    };
    let summary = export.write(&|| bar.inc(1))?;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    output::err(format_args!(
        "wrote {} pages in {} to {} in {seconds:.2} s",
        summary.pages,
        check::counted(summary.locales, "locale"),
        out.display()
    ));
    Ok(())
}

/// The day `SOURCE_DATE_EPOCH` names, if it is set: the date of a
/// reproducible build.
fn source_date() -> anyhow::Result<Option<String>> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let text = value.to_string_lossy();
    let seconds: i64 = text
        .trim()
        .parse()
        .with_context(|| format!("SOURCE_DATE_EPOCH={text}: not a number of seconds"))?;
    let moment = time::OffsetDateTime::from_unix_timestamp(seconds)
        .with_context(|| format!("SOURCE_DATE_EPOCH={text}: out of range"))?;
    Ok(Some(moment.date().to_string()))
}

/// The project's policy for a check of `dir`: the prose of codes
/// (`codes.ftl`) may be partial, and the project's own rules (code prose,
/// used and unused ids) run when `dir` is the project's `locales/`, however
/// it is written.
fn check_options(
    dir: &Path,
    reference: LanguageIdentifier,
    langs: Vec<LanguageIdentifier>,
) -> anyhow::Result<Options> {
    if !is_project_locales(dir) {
        return Ok(Options {
            reference,
            locales: langs,
            partial_files: smtpkb::messages::partial_files(),
            locale_only: smtpkb::messages::locale_only(),
            ..Options::default()
        });
    }
    let catalog = Catalog::load(&Tree::dir(Kind::Data, &project_root().join("data"))?)?;
    Ok(smtpkb::messages::own_check_options(
        &catalog, reference, langs,
    ))
}

/// The errors the checker finds in the locales to export (all when `langs`
/// is empty), the pseudo-locales and the reference, by locale.
fn check_errors(
    tree: &Tree,
    langs: &[LanguageIdentifier],
    pseudo: &[Pseudo],
) -> anyhow::Result<BTreeMap<String, usize>> {
    let only = Options {
        locales: langs.to_vec(),
        partial_files: smtpkb::messages::partial_files(),
        locale_only: smtpkb::messages::locale_only(),
        pseudo: pseudo.to_vec(),
        ..Options::default()
    };
    Ok(check::check(tree, &only)?.errors_by_locale())
}

/// A warning of the export, as the translator reads it.
fn describe(warning: &ExportWarning) -> String {
    match warning {
        ExportWarning::LocaleErrors { locale, errors } => format!(
            "locale {locale} has {errors} error{} (see `cargo xtask check --lang {locale}`); its broken messages are shown in English",
            if *errors == 1 { "" } else { "s" },
        ),
        ExportWarning::Broken(problem) => format!("{problem}; shown in English"),
    }
}

/// Whether a directory is the project's `locales/`, compared as canonical
/// paths.
fn is_project_locales(dir: &Path) -> bool {
    match (
        dir.canonicalize(),
        project_root().join("locales").canonicalize(),
    ) {
        (Ok(dir), Ok(ours)) => dir == ours,
        _ => false,
    }
}

fn serde_json_pretty<T: serde::Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(serde_json::to_string_pretty(value)?)
}

fn ci() -> anyhow::Result<()> {
    let root = project_root();
    cargo(&root, &["fmt", "--all", "--", "--check"])?;
    cargo(
        &root,
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    // The fuzz targets are a crate of their own, outside the workspace:
    // linted here so that a change of the library cannot break them
    // unnoticed until they are fuzzed.
    cargo(
        &root,
        &[
            "clippy",
            "--manifest-path",
            "fuzz/Cargo.toml",
            "--bins",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    cargo(&root, &["test", "--workspace"])?;
    cargo(
        &root,
        &[
            "run",
            "--quiet",
            "--package",
            "xtask",
            "--",
            "check",
            "--pseudo",
            "accented",
            "--pseudo",
            "bidi",
        ],
    )?;
    Ok(())
}

/// Runs one cargo command in the project root, failing if it fails.
fn cargo(root: &Path, args: &[&str]) -> anyhow::Result<()> {
    output::err(format_args!("$ cargo {}", args.join(" ")));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(args)
        .current_dir(root)
        .status()
        .with_context(|| format!("cannot run cargo {}", args.join(" ")))?;
    if !status.success() {
        bail!("cargo {} failed ({status})", args.join(" "));
    }
    Ok(())
}

/// The workspace root: the parent of this crate's folder.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_owned()
}

/// A path as short as the user would write it: relative to the current
/// directory when it lies below it.
fn relative_to_cwd(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_owned))
        .unwrap_or_else(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
