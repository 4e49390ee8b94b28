//! The `smtpkb` command line: parse arguments, call the library, print, and
//! map the result to an exit code (0 ok, 1 user error, 2 usage error).

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use smtpkb::assets::{Kind, Tree};
use smtpkb::catalog::{self, Catalog, CatalogError};
use smtpkb::check::changed::Changed;
use smtpkb::check::config::Config;
use smtpkb::check::{self, ReportFormat, Severity};
use smtpkb::compare::CompareError;
use smtpkb::explain;
use smtpkb::l10n::{self, Locales, Pseudo};
use smtpkb::output;
use smtpkb::render::{Format, Renderer};
use smtpkb::stats;
use smtpkb::view::{ViewError, Viewer};
use unic_langid::LanguageIdentifier;

// `explain --each` allocates a little for each of a log's many lines, and
// the system allocator was a quarter of its time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Look up SMTP reply codes in your language, offline.
///
/// smtpkb explains what an SMTP reply code means, when servers send it, how
/// to fix what caused it, and how it differs from a code it is confused with.
/// Everything is embedded in the binary; --data-dir and --locales-dir replace
/// the embedded facts and translations, so a translator sees an edit at once.
#[derive(Debug, Parser)]
#[command(name = "smtpkb", version)]
struct Cli {
    /// Language of the output: a tag such as vi, tr, ar, pt-BR or vi_VN.UTF-8
    ///
    /// Without it, LC_ALL, LC_MESSAGES and LANG are read in that order, then
    /// English is used. A language without a translation falls back to
    /// English with a warning. For check and stats: a locale to check
    /// (repeatable), all without it.
    #[arg(long, global = true, value_name = "TAG")]
    lang: Vec<String>,

    /// Output format: text, md or json; for check: text, json, github,
    /// sarif or junit; for stats: text or json
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,

    /// Read translations from DIR/<lang>/*.ftl instead of the embedded copy
    #[arg(long, global = true, value_name = "DIR")]
    locales_dir: Option<PathBuf>,

    /// Show the page in a pseudo-locale made from English: accented
    /// (en-XA: accented, a third longer, each message in brackets) or bidi
    /// (ar-XB: upside down, right to left); for check: also check it
    /// (repeatable)
    ///
    /// Text of the page that stays plain is not in a message; `][` shows
    /// where two messages are glued into one sentence.
    #[arg(long, global = true, value_enum, value_name = "KIND")]
    pseudo: Vec<Pseudo>,

    /// Read reply-code facts from DIR/*.toml instead of the embedded copy
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show what a reply code or an enhanced status code means, when it
    /// appears and how to fix it
    Show {
        /// The reply code, such as 451, or the enhanced status code, such as
        /// 5.7.1 or X.7.1
        code: String,
    },
    /// Compare two reply codes: their differences and when to use which
    Compare {
        /// The first reply code
        a: String,
        /// The second reply code
        b: String,
    },
    /// List every reply code, grouped by class, or every enhanced status code, grouped by subject
    List {
        /// Only the codes of one class: 2, 3, 4 or 5; with --enhanced, the
        /// enhanced codes used in class 2, 4 or 5, written in it
        #[arg(long, value_parser = clap::value_parser!(u8).range(2..=5))]
        class: Option<u8>,
        /// List the enhanced status codes of the registry instead, grouped by subject
        ///
        /// Without --class, each code is written as the registry writes it,
        /// such as X.7.1. With --class N, only the codes used in class N are
        /// listed, written in it, such as N.7.1: those the registry
        /// associates with a reply code of class N (by its number, or
        /// through "4xx", "5xx" or "any"), those it gives no reply code for
        /// (in classes 4 and 5), and those commonly seen with a reply code
        /// of class N. The site has a page for each of them.
        #[arg(long)]
        enhanced: bool,
    },
    /// Explain a server's reply as a log or a bounce gives it: its codes,
    /// what they mean, whether to retry and who has to act
    ///
    /// The reply may be one line or a whole multi-line reply, with the
    /// prefixes that logs and bounces put before it (`host … said:`,
    /// `Diagnostic-Code: smtp;`, `<<<`, a time stamp). When a reply quotes
    /// another server's reply, the innermost one is explained. The server's
    /// own text is shown as sent, never translated. Exits with 1 when the
    /// text holds no reply.
    Explain {
        /// The reply; several arguments are joined with spaces. Without
        /// one, or with `-`, it is read from standard input
        #[arg(value_name = "REPLY", value_parser = clap::value_parser!(std::ffi::OsString))]
        reply: Vec<std::ffi::OsString>,
        /// Explain every reply of a log, one per line (a multi-line reply
        /// and its indented folded lines are kept together); with --format
        /// json, one JSON object per line
        #[arg(long)]
        each: bool,
    },
    /// List the available languages and how complete each translation is
    Locales,
    /// Check a Fluent locales tree: every defect of every locale, with its file, line and column
    ///
    /// Any project's tree laid out DIR/<lang>/**/*.ftl is checked against
    /// its reference locale: missing and obsolete messages and attributes,
    /// syntax errors, plural categories, variables, references, cycles,
    /// stale translations. With --data-dir, the tree is taken for smtpkb's
    /// own locales and its rules run too (code prose, used and unused ids).
    ///
    /// Exit status: 0 without errors (warnings allowed unless
    /// --deny-warnings), 1 with errors, 2 when it cannot check: the tree
    /// cannot be read, a tag is not one, or a locale or the reference is not
    /// in the tree.
    Check {
        #[command(flatten)]
        tree: TreeArgs,
        /// Fail on warnings too
        #[arg(long)]
        deny_warnings: bool,
        /// Report only on the files changed since this git revision (and
        /// those git does not track); the reference is still read whole
        #[arg(long, value_name = "REV", conflicts_with = "changed")]
        changed_since: Option<String>,
        /// Report only on these files, as pre-commit passes them; files
        /// outside the tree are left out
        #[arg(long, value_name = "FILE", num_args = 1..)]
        changed: Vec<PathBuf>,
    },
    /// Show how much of each locale of a Fluent locales tree is translated
    ///
    /// Exit status: 0, or 2 when the tree cannot be read.
    Stats {
        #[command(flatten)]
        tree: TreeArgs,
        /// List the missing message ids of each file
        #[arg(long, short)]
        verbose: bool,
    },
}

/// The locales tree `check` and `stats` read.
#[derive(Debug, clap::Args)]
struct TreeArgs {
    /// The locales tree, laid out DIR/<lang>/**/*.ftl [default: --locales-dir, else ./locales]
    #[arg(value_name = "DIR")]
    dir: Option<PathBuf>,
    /// The reference locale: en selects an en-US folder when there is no en [default: the settings file's, else en]
    #[arg(long, value_name = "LANG")]
    reference: Option<String>,
    /// The settings file [default: smtpkb-check.toml in DIR or a folder above it, up to the repository's root]
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Plain text
    Text,
    /// GitHub-flavoured Markdown
    Md,
    /// JSON
    Json,
    /// GitHub workflow annotations (check)
    Github,
    /// SARIF 2.1.0, for code scanning (check)
    Sarif,
    /// JUnit XML, for test reports (check)
    Junit,
}

impl FormatArg {
    /// The format of a page; `None` for a format only `check` writes.
    fn page(self) -> Option<Format> {
        match self {
            FormatArg::Text => Some(Format::Text),
            FormatArg::Md => Some(Format::Markdown),
            FormatArg::Json => Some(Format::Json),
            FormatArg::Github | FormatArg::Sarif | FormatArg::Junit => None,
        }
    }

    /// The format of a check's report; `None` for a format only pages have.
    fn report(self) -> Option<ReportFormat> {
        match self {
            FormatArg::Text => Some(ReportFormat::Text),
            FormatArg::Json => Some(ReportFormat::Json),
            FormatArg::Github => Some(ReportFormat::Github),
            FormatArg::Sarif => Some(ReportFormat::Sarif),
            FormatArg::Junit => Some(ReportFormat::Junit),
            FormatArg::Md => None,
        }
    }
}

/// A usage error: printed as clap prints its own, with status 2.
fn usage(message: std::fmt::Arguments<'_>) -> ! {
    use clap::CommandFactory;
    Cli::command()
        .error(clap::error::ErrorKind::ArgumentConflict, message)
        .exit()
}

fn main() -> ExitCode {
    // A run is short, and the memory it allocates short-lived: a fault on a
    // transparent huge page, which the kernel may have to compact memory
    // for, cost `explain --each` up to half its time after another program
    // had run. Failing to turn them off changes nothing else.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    let cli = Cli::parse();
    run(cli).unwrap_or_else(|error| failed(&error, 1))
}

/// Prints an error that ends a command, and gives the status it ends with:
/// `status`, or [`output::CLOSED`] without a word when the reader stopped
/// reading.
fn failed(error: &anyhow::Error, status: u8) -> ExitCode {
    if output::chain_is_closed(error) {
        return ExitCode::from(output::CLOSED);
    }
    output::err(format_args!("error: {error:#}"));
    ExitCode::from(status)
}

/// Runs one command. Errors that a reader caused and can fix (an unknown
/// code) are printed in the reader's language here, and problems of the
/// data files as snippets; the rest return as `Err` and are printed by
/// `main`.
fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Check { .. } | Command::Stats { .. } => return Ok(run_checker(&cli)),
        _ => {}
    }
    let data = match &cli.data_dir {
        Some(dir) => Tree::dir(Kind::Data, dir)?,
        None => Tree::embedded(Kind::Data),
    };
    // A translator previewing a tree sees which texts are older than their
    // English; the embedded locales are read without that cost.
    let locales = match &cli.locales_dir {
        Some(dir) => Locales::discover(Tree::dir(Kind::Locales, dir)?)?.with_stale_notices(),
        None => Locales::discover(Tree::embedded(Kind::Locales))?,
    };
    let lang = match (cli.lang.as_slice(), cli.pseudo.as_slice()) {
        ([], []) => None,
        ([one], []) => Some(one.clone()),
        ([], [pseudo]) => Some(pseudo.tag().to_string()),
        (_, []) => usage(format_args!(
            "--lang is given more than once: a page is shown in one language"
        )),
        (_, _) => usage(format_args!(
            "a page is shown in one language: --pseudo is given with --lang or more than once"
        )),
    };
    let locales = locales.with_pseudo(&cli.pseudo)?;
    let (requested, raw_request) = requested_language(lang.as_deref())?;
    let chain = locales.negotiate(&requested);
    let l10n = locales.load(&chain, false)?;
    let catalog = match Catalog::load(&data) {
        Ok(catalog) => catalog,
        // Each data problem is a snippet with its own `error[kind]` title.
        Err(CatalogError::Invalid(diagnostics)) => {
            let color = std::io::stderr().is_terminal();
            output::err_styled(catalog::render_diagnostics(&diagnostics, color));
            return Ok(ExitCode::FAILURE);
        }
        Err(error) => return Err(error.into()),
    };
    let viewer = Viewer::new(&catalog, &l10n);
    if Locales::is_substitute(&requested, &chain[0]) {
        output::err(viewer.warning_line(&viewer.unknown_locale(&raw_request)?)?);
    }
    let renderer = Renderer::embedded()?;
    let Some(format) = cli.format.page() else {
        usage(format_args!(
            "--format github is for check; pages are text, md or json"
        ));
    };
    let labels = viewer.labels()?;

    let page = match &cli.command {
        // A code with dots is an enhanced status code: 5.7.1, X.7.1.
        Command::Show { code } if code.contains('.') => match catalog.lookup_enhanced(code) {
            Ok((class, enhanced)) => {
                renderer.render(format, &viewer.enhanced(class, enhanced)?, &labels)?
            }
            Err(error) => return fail(&viewer, &viewer.lookup_error(&error)?),
        },
        Command::Show { code } => match catalog.lookup(code) {
            Ok(code) => renderer.render(format, &viewer.code(code)?, &labels)?,
            Err(error) => return fail(&viewer, &viewer.lookup_error(&error)?),
        },
        Command::Compare { a, b } => match (catalog.lookup(a), catalog.lookup(b)) {
            (Ok(a), Ok(b)) => match viewer.comparison(a, b) {
                Ok(view) => renderer.render(format, &view, &labels)?,
                Err(ViewError::Compare(CompareError::SameCode(code))) => {
                    return fail(&viewer, &viewer.same_code(code)?);
                }
                Err(error) => return Err(error.into()),
            },
            (Err(error), _) | (_, Err(error)) => {
                return fail(&viewer, &viewer.lookup_error(&error)?);
            }
        },
        Command::List {
            class,
            enhanced: true,
        } => match class.filter(|&c| !catalog.registry().has_class(c)) {
            Some(class) => return fail(&viewer, &viewer.no_enhanced_class(class)?),
            None => renderer.render(format, &viewer.enhanced_list(*class)?, &labels)?,
        },
        Command::List {
            class,
            enhanced: false,
        } => renderer.render(format, &viewer.list(*class)?, &labels)?,
        Command::Locales => renderer.render(format, &viewer.locales(&locales)?, &labels)?,
        Command::Check { .. } | Command::Stats { .. } => unreachable!("run_checker answers them"),
        Command::Explain { reply, each } => {
            let mut input = explain_input(reply)?;
            let defined = |code| catalog.get(code).is_some();
            if *each {
                return explain_each(input, defined, &viewer, &l10n, &renderer, format, &labels);
            }
            let input = {
                let mut all = Vec::new();
                input
                    .read_to_end(&mut all)
                    .context("cannot read standard input")?;
                all
            };
            let found = explain::find(&input, defined);
            let mut explainer = viewer.explainer();
            explainer.learn(&found)?;
            match explainer.explain(&found, None)? {
                Some(view) => renderer.render(format, &view, &labels)?,
                None => return fail(&viewer, &viewer.no_reply()?),
            }
        }
    };
    report_problems(&viewer, &l10n)?;
    let mut stdout = std::io::stdout().lock();
    finish_output(
        stdout
            .write_all(page.as_bytes())
            .and_then(|()| stdout.flush()),
    )
}

/// `check` and `stats`: their output, and their exit status, 2 for
/// anything that keeps them from reading the tree.
fn run_checker(cli: &Cli) -> ExitCode {
    checker(cli).unwrap_or_else(|error| failed(&error, 2))
}

fn checker(cli: &Cli) -> anyhow::Result<ExitCode> {
    let (Command::Check { tree, .. } | Command::Stats { tree, .. }) = &cli.command else {
        unreachable!("only check and stats come here")
    };
    let dir = match (&tree.dir, &cli.locales_dir) {
        (Some(_), Some(_)) => usage(format_args!(
            "the tree is given twice: as DIR and as --locales-dir"
        )),
        (Some(dir), None) | (None, Some(dir)) => dir.clone(),
        (None, None) => PathBuf::from("locales"),
    };
    let reference = l10n::parse_tag(tree.reference.as_deref().unwrap_or("en"))?;
    let langs = cli
        .lang
        .iter()
        .map(|tag| l10n::parse_tag(tag))
        .collect::<Result<Vec<_>, _>>()?;
    let locales = Tree::dir(Kind::Locales, &dir)?;
    let mut options = match &cli.data_dir {
        Some(data) => {
            let catalog = Catalog::load(&Tree::dir(Kind::Data, data)?)?;
            smtpkb::messages::own_check_options(&catalog, reference, langs)
        }
        None => check::Options {
            reference,
            locales: langs,
            ..check::Options::default()
        },
    };
    options.pseudo.clone_from(&cli.pseudo);
    if let Some(path) = tree.config.clone().or_else(|| Config::find(&dir)) {
        output::err(format_args!("note: settings from {}", path.display()));
        Config::load(&path)?.apply(&mut options, tree.reference.is_some())?;
    }
    match &cli.command {
        Command::Check {
            deny_warnings,
            changed_since,
            changed,
            ..
        } => {
            let scope = match (changed_since, changed.is_empty()) {
                (Some(revision), _) => Some(Changed::since(&dir, revision)?),
                (None, false) => Some(Changed::of(&dir, changed)),
                (None, true) => None,
            };
            let Some(format) = cli.format.report() else {
                usage(format_args!(
                    "--format md is for pages; check writes text, json or github"
                ));
            };
            let mut report = check::check(&locales, &options)?;
            if let Some(scope) = &scope {
                output::err(format_args!(
                    "note: reporting on {} of the tree",
                    check::counted(scope.len(), "changed file")
                ));
                scope.narrow(&mut report);
            }
            let color = std::io::stdout().is_terminal();
            let mut stdout = std::io::stdout().lock();
            finish_output(
                check::write_report(
                    &report,
                    &locales.display_path(""),
                    format,
                    color,
                    &mut stdout,
                )
                .and_then(|()| stdout.flush()),
            )?;
            let failed = report.count(Severity::Error) > 0
                || (*deny_warnings && report.count(Severity::Warning) > 0);
            // The process ends with this command, and its memory goes back
            // whole, sooner than a large report is freed piece by piece.
            std::mem::forget(report);
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Stats { verbose, .. } => {
            if !cli.pseudo.is_empty() {
                usage(format_args!(
                    "--pseudo is for pages and check: a pseudo-locale is made from the reference, and has nothing to translate"
                ));
            }
            let stats = stats::stats(&locales, &options)?;
            for (location, message) in stats::unreadable(&locales)? {
                output::err(format_args!(
                    "warning: {location}: {message}; counted as not translated"
                ));
            }
            let rendered = match cli.format {
                FormatArg::Text => stats::render_stats_text(&stats, *verbose),
                FormatArg::Json => format!("{}\n", serde_json::to_string_pretty(&stats)?),
                FormatArg::Md | FormatArg::Github | FormatArg::Sarif | FormatArg::Junit => {
                    usage(format_args!("stats writes text or json"))
                }
            };
            let mut stdout = std::io::stdout().lock();
            finish_output(
                stdout
                    .write_all(rendered.as_bytes())
                    .and_then(|()| stdout.flush()),
            )
        }
        _ => unreachable!("only check and stats come here"),
    }
}

/// Prints the translations that failed and were shown in English.
fn report_problems(viewer: &Viewer<'_>, l10n: &l10n::Localizer) -> anyhow::Result<()> {
    for problem in l10n.take_problems() {
        output::err(viewer.warning_line(&viewer.shown_in_english(&problem)?)?);
    }
    Ok(())
}

/// The exit status after writing the output.
fn finish_output(written: std::io::Result<()>) -> anyhow::Result<ExitCode> {
    match written {
        // A closed pipe (`smtpkb list | head`) ends the command quietly.
        Err(e) if output::is_closed(&e) => Ok(ExitCode::from(output::CLOSED)),
        result => result
            .map(|()| ExitCode::SUCCESS)
            .context("cannot write the output"),
    }
}

/// The text to explain: the arguments joined with spaces, or standard
/// input when there are none or the only one is `-`. Standard input is
/// read as a file (so that, when it is one, its size is known and its
/// buffer made that large at once), not through a second buffer.
fn explain_input(reply: &[std::ffi::OsString]) -> anyhow::Result<Box<dyn Read>> {
    if reply.is_empty() || (reply.len() == 1 && reply[0] == "-") {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            let stdin = std::io::stdin().as_fd().try_clone_to_owned();
            let stdin = stdin.context("cannot read standard input")?;
            return Ok(Box::new(std::fs::File::from(stdin)));
        }
        #[cfg(not(unix))]
        return Ok(Box::new(std::io::stdin()));
    }
    let mut input = Vec::new();
    for (i, part) in reply.iter().enumerate() {
        if i > 0 {
            input.push(b' ');
        }
        input.extend_from_slice(part.as_encoded_bytes());
    }
    Ok(Box::new(std::io::Cursor::new(input)))
}

/// `explain --each`: every reply of a log, written as it is explained.
fn explain_each(
    input: impl Read,
    defined: impl Fn(u16) -> bool + Sync,
    viewer: &Viewer<'_>,
    l10n: &l10n::Localizer,
    renderer: &Renderer,
    format: Format,
    labels: &smtpkb::messages::Labels,
) -> anyhow::Result<ExitCode> {
    use rayon::prelude::*;
    let mut explainer = viewer.explainer();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut any = false;
    // A batch of records at a time, so that memory stays flat on a long
    // log. What each pair of codes means is resolved in order, once; then
    // each thread explains and writes out its share of the batch.
    let written = explain::each(input, &defined, |batch| -> anyhow::Result<()> {
        for (_, found) in &batch {
            explainer.learn(found)?;
        }
        let explainer = &explainer;
        let share = batch.len().div_ceil(rayon::current_num_threads()).max(1);
        let pages: Vec<Vec<u8>> = batch
            .into_par_iter()
            .chunks(share)
            .map(|records| -> anyhow::Result<Vec<u8>> {
                let mut page = Vec::with_capacity(records.len() * 1024);
                for (line, found) in records {
                    let Some(mut view) = explainer.explain(&found, Some(line))? else {
                        continue;
                    };
                    if format == Format::Json {
                        serde_json::to_writer(&mut page, &view.json_line())?;
                        page.push(b'\n');
                    } else {
                        // A blank line before each explanation but the
                        // first of all (taken off when written).
                        page.push(b'\n');
                        view.heading = Some(explainer.heading(line)?);
                        page.extend_from_slice(renderer.render(format, &view, labels)?.as_bytes());
                    }
                }
                Ok(page)
            })
            .collect::<anyhow::Result<_>>()?;
        for page in pages {
            let skip = usize::from(!any && format != Format::Json && !page.is_empty());
            any |= !page.is_empty();
            out.write_all(&page[skip..])?;
        }
        Ok(())
    });
    if let Err(error) = written {
        let error = match error.downcast::<explain::ReadError>() {
            Ok(read) => return Err(read.0).context("cannot read standard input"),
            Err(other) => other,
        };
        return match error.downcast::<std::io::Error>() {
            Ok(io) => finish_output(Err(io)),
            Err(other) => Err(other),
        };
    }
    let flushed = out.flush();
    report_problems(viewer, l10n)?;
    if !any {
        return fail(viewer, &viewer.no_reply()?);
    }
    finish_output(flushed)
}

/// The language to show: `--lang` (which must be a tag), else the
/// environment (where anything unusable means English), else English.
/// Returns the tag and the text the reader gave, for warnings.
fn requested_language(flag: Option<&str>) -> anyhow::Result<(LanguageIdentifier, String)> {
    if let Some(flag) = flag {
        return Ok((l10n::parse_tag(flag)?, flag.to_owned()));
    }
    match l10n::env_request(|name| std::env::var(name).ok()) {
        Some((_, value)) => match l10n::parse_tag(&value) {
            Ok(tag) => Ok((tag, value)),
            // An unusable environment must not stop the tool: the language
            // is not found, and the reader is warned.
            Err(_) => Ok((l10n::REFERENCE, value)),
        },
        None => Ok((l10n::REFERENCE, l10n::REFERENCE.to_string())),
    }
}

/// Prints a reader's error on one line and ends with status 1.
fn fail(viewer: &Viewer<'_>, message: &str) -> anyhow::Result<ExitCode> {
    output::err(viewer.error_line(message)?);
    Ok(ExitCode::FAILURE)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
