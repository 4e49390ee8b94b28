//! `cargo xtask serve`: the HTML site of the working tree, for translators
//! to read as they write. It is exported into a temporary folder, served
//! over HTTP (on loopback unless told otherwise) and, as `locales/`,
//! `data/` and `templates/` change, re-rendered where the change reaches:
//! a locale's files re-render that locale's pages and the root's, anything
//! else every page. Each served page polls the server and reloads itself
//! once a new version is written; the checker's findings are shown at the
//! top of every page instead of stopping the server, and so is anything
//! that keeps the site from being exported, over the last site written.

use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Args;
use notify::{RecursiveMode, Watcher};
use smtpkb::assets::{Kind, Tree};
use smtpkb::check;
use smtpkb::export::{Changed, Export, ExportOptions, SiteFormat};
use smtpkb::l10n::{LanguageIdentifier, Pseudo, REFERENCE};
use smtpkb::output;
use tiny_http::{Header, Request, Response, Server};

use crate::{check_options, project_root, relative_to_cwd, source_date, tags};

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Only this locale (repeatable), such as vi, pt-BR or AR
    #[arg(long = "lang", value_name = "LANG")]
    langs: Vec<String>,
    /// The port to listen on; 0 picks a free one
    #[arg(long, default_value_t = 3000)]
    port: u16,
    /// The address to listen on. Anything but a loopback address shows the
    /// work in progress to the network
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Read translations from DIR/<lang>/*.ftl [default: the project's locales/]
    #[arg(long, value_name = "DIR")]
    locales_dir: Option<PathBuf>,
    /// Read reply-code facts from DIR/*.toml [default: the project's data/]
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Also serve a pseudo-locale made from English (repeatable): accented
    /// (en-XA) or bidi (ar-XB), remade as English changes
    #[arg(long, value_enum, value_name = "KIND")]
    pseudo: Vec<Pseudo>,
}

/// The folders a site is made from.
struct Sources {
    data: PathBuf,
    locales: PathBuf,
    templates: PathBuf,
    /// The pseudo-locales made from the reference.
    pseudo: Vec<Pseudo>,
}

/// What the server shares with the thread that rebuilds the site.
struct Shared {
    /// The folder the site is written to.
    site: PathBuf,
    /// The version of the site: it grows with each rebuild.
    generation: Mutex<u64>,
    rebuilt: Condvar,
    /// What to show above every page: the checker's findings, or why the
    /// site could not be rebuilt. None when all is well.
    banner: Mutex<Option<Banner>>,
}

/// A note above every page of the preview.
#[derive(Debug, Clone)]
struct Banner {
    heading: &'static str,
    text: String,
}

impl Banner {
    /// The checker's findings, if it has any.
    fn findings(text: String) -> Option<Banner> {
        (!text.is_empty()).then_some(Banner {
            heading: "smtpkb serve: the checker's findings; the pages show English where a message is broken",
            text,
        })
    }

    /// Why the site could not be rendered.
    fn failure(error: &anyhow::Error) -> Option<Banner> {
        Some(Banner {
            heading: "smtpkb serve: the site could not be rendered; these are the pages last rendered",
            text: format!("{error:#}"),
        })
    }
}

/// The path of the endpoint a page polls for a new version.
const WAIT: &str = "/__smtpkb/wait";

pub(crate) fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let root = project_root();
    let sources = Sources {
        data: args.data_dir.unwrap_or_else(|| root.join("data")),
        locales: args.locales_dir.unwrap_or_else(|| root.join("locales")),
        templates: root.join("templates"),
        pseudo: args.pseudo,
    };
    let langs = tags(&args.langs)?;
    let temp = tempfile::Builder::new().prefix("smtpkb-serve-").tempdir()?;
    smtpkb::staged::remove_on_interrupt();
    smtpkb::staged::remove_on_interrupt_too(temp.path());
    let shared = Arc::new(Shared {
        site: temp.path().join("site"),
        generation: Mutex::new(0),
        rebuilt: Condvar::new(),
        banner: Mutex::new(None),
    });

    let started = Instant::now();
    let mut current = match build(&sources, &langs, &shared.site) {
        Ok((export, banner)) => {
            export.write(&|| ())?;
            *lock(&shared.banner) = Banner::findings(banner);
            output::err(format_args!(
                "wrote {} pages in {:.1} s",
                export.n_pages(),
                started.elapsed().as_secs_f64()
            ));
            Some(export)
        }
        Err(error) => {
            output::err(format_args!("error: {error:#}"));
            *lock(&shared.banner) = Banner::failure(&error);
            None
        }
    };

    let server = Server::http(SocketAddr::new(args.bind, args.port))
        .map_err(|e| anyhow::anyhow!("cannot listen on {}:{}: {e}", args.bind, args.port))?;
    let address = server
        .server_addr()
        .to_ip()
        .context("the server listens on an IP address")?;
    if !args.bind.is_loopback() {
        output::err(format_args!(
            "warning: listening on {}: other machines can read the site",
            args.bind
        ));
    }
    output::out(&format!(
        "serving http://{address}/ ; watching {}, {} and {}; Ctrl-C stops\n",
        relative_to_cwd(&sources.locales).display(),
        relative_to_cwd(&sources.data).display(),
        relative_to_cwd(&sources.templates).display(),
    ))?;
    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || respond(&shared, request));
            }
        });
    }

    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    for dir in [&sources.locales, &sources.data, &sources.templates] {
        watcher
            .watch(dir, RecursiveMode::Recursive)
            .with_context(|| format!("cannot watch {}", dir.display()))?;
    }
    while let Ok(first) = rx.recv() {
        // An editor saves in several steps: what follows within a moment
        // is the same change.
        let mut events = vec![first];
        while let Ok(next) = rx.recv_timeout(Duration::from_millis(150)) {
            events.push(next);
        }
        let mut paths: Vec<PathBuf> = Vec::new();
        for event in events {
            match event {
                // Reading the sources, as each rebuild does, is no change.
                Ok(event) if event.kind.is_access() => {}
                Ok(event) => paths.extend(event.paths),
                Err(error) => output::err(format_args!("warning: watching: {error}")),
            }
        }
        paths.sort();
        paths.dedup();
        // The exporter's own files and editors' backups are not sources.
        let paths: Vec<PathBuf> = paths.into_iter().filter(|p| is_source(p)).collect();
        if paths.is_empty() {
            continue;
        }
        let started = Instant::now();
        let changed = change_of(&sources, &paths);
        // An editor's temporary file is gone by now: name one that is not.
        let shown = paths.iter().find(|p| p.exists()).unwrap_or(&paths[0]);
        let what = relative_to_cwd(shown).display().to_string();
        let more = if paths.len() > 1 {
            format!(" and {} more", paths.len() - 1)
        } else {
            String::new()
        };
        match rebuild(&sources, &langs, &shared, current.as_ref(), &changed) {
            Ok((export, pages)) => {
                output::err(format_args!(
                    "{what}{more} changed: {pages} pages rendered in {:.2} s{}",
                    started.elapsed().as_secs_f64(),
                    if lock(&shared.banner).is_none() {
                        ""
                    } else {
                        " (findings shown in the page)"
                    }
                ));
                current = Some(export);
            }
            Err(error) => {
                output::err(format_args!("{what}{more} changed: error: {error:#}"));
                *lock(&shared.banner) = Banner::failure(&error);
            }
        }
        *lock(&shared.generation) += 1;
        shared.rebuilt.notify_all();
    }
    Ok(())
}

/// Checks and prepares the site of the sources: the export, and the
/// checker's findings as text (empty without findings).
fn build(
    sources: &Sources,
    langs: &[LanguageIdentifier],
    site: &Path,
) -> anyhow::Result<(Export, String)> {
    let locales = Tree::dir(Kind::Locales, &sources.locales)?;
    let options = check_options(&sources.locales, REFERENCE.clone(), langs.to_vec())?;
    let options = check::Options {
        pseudo: sources.pseudo.clone(),
        ..options
    };
    let report = check::check(&locales, &options)?;
    let banner = if report.findings.is_empty() {
        String::new()
    } else {
        check::render_text(&report, &locales.display_path(""), false)
    };
    let export = Export::prepare(
        &Tree::dir(Kind::Data, &sources.data)?,
        &locales,
        &Tree::dir(Kind::Templates, &sources.templates)?,
        ExportOptions {
            format: SiteFormat::Html,
            out: site.to_owned(),
            locales: langs.to_vec(),
            force: false,
            base_url: None,
            edit_url: None,
            date: source_date()?,
            pseudo: sources.pseudo.clone(),
            check_errors: report.errors_by_locale(),
        },
    )?;
    Ok((export, banner))
}

/// Builds the site again and writes what `changed` reaches, or all of it
/// when its pages are not those of `previous`; returns it with the number
/// of pages written.
fn rebuild(
    sources: &Sources,
    langs: &[LanguageIdentifier],
    shared: &Shared,
    previous: Option<&Export>,
    changed: &Changed,
) -> anyhow::Result<(Export, usize)> {
    let (export, banner) = build(sources, langs, &shared.site)?;
    let pages = match previous.map(|p| export.update(p, changed)).transpose()? {
        Some(Some(pages)) => pages,
        _ => export.write(&|| ())?.pages,
    };
    *lock(&shared.banner) = Banner::findings(banner);
    Ok((export, pages))
}

/// What a change of `paths` reaches: the locales whose folders they are
/// in, or, for the reference locale, the facts and the templates, every
/// page.
fn change_of(sources: &Sources, paths: &[PathBuf]) -> Changed {
    let reference = REFERENCE.to_string();
    let mut tags = Vec::new();
    for path in paths {
        let tag = path
            .strip_prefix(&sources.locales)
            .ok()
            .and_then(|rest| rest.components().next())
            .and_then(|c| c.as_os_str().to_str());
        match tag {
            Some(tag) if tag != reference => {
                if !tags.iter().any(|t| t == tag) {
                    tags.push(tag.to_owned());
                }
            }
            _ => return Changed::Everything,
        }
    }
    Changed::Locales(tags)
}

/// Whether a changed file is one the site is made from, rather than an
/// editor's swap file or backup.
fn is_source(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !(name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp"))
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Answers one request: a file of the site (an HTML page with the
/// banner and the reload script), the site's 404 page, or the wait for
/// the next version.
fn respond(shared: &Shared, request: Request) {
    let url = request.url().to_owned();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path == WAIT {
        let after: u64 = query
            .strip_prefix("after=")
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let generation = lock(&shared.generation);
        let (generation, _) = shared
            .rebuilt
            .wait_timeout_while(generation, Duration::from_secs(25), |g| *g <= after)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let body = generation.to_string();
        drop(generation);
        let _ = request
            .respond(Response::from_string(body).with_header(header("text/plain; charset=utf-8")));
        return;
    }
    let (status, file) = match file_of(&shared.site, path) {
        Some(file) => (200, file),
        None => (404, not_found_page(&shared.site, path)),
    };
    let Ok(bytes) = std::fs::read(&file) else {
        let _ = request.respond(Response::from_string("not found").with_status_code(404));
        return;
    };
    let kind = content_type(&file);
    let body = if kind.starts_with("text/html") {
        let generation = *lock(&shared.generation);
        let banner = lock(&shared.banner).clone();
        with_preview(
            &String::from_utf8_lossy(&bytes),
            banner.as_ref(),
            generation,
        )
        .into_bytes()
    } else {
        bytes
    };
    let _ = request.respond(
        Response::from_data(body)
            .with_status_code(status)
            .with_header(header(kind))
            .with_header(Header::from_bytes("Cache-Control", "no-store").expect("a valid header")),
    );
}

/// The file of the site a request's path names, if it exists: a folder's
/// `index.html`; never anything outside the site.
fn file_of(site: &Path, path: &str) -> Option<PathBuf> {
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?;
    let mut file = site.to_owned();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

/// The 404 page for a path: its locale's, for a path in a locale's
/// folder, else the root's.
fn not_found_page(site: &Path, path: &str) -> PathBuf {
    path.trim_start_matches('/')
        .split('/')
        .next()
        .filter(|first| !first.is_empty() && !first.starts_with('.'))
        .map(|first| site.join(first).join("404.html"))
        .filter(|page| page.is_file())
        .unwrap_or_else(|| site.join("404.html"))
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(kind: &str) -> Header {
    Header::from_bytes("Content-Type", kind).expect("a valid header")
}

/// A page as the preview serves it: the banner, if there is one, at the
/// top of its body, and before `</body>` the script that waits for the
/// version after `generation` and then reloads the page.
fn with_preview(page: &str, banner: Option<&Banner>, generation: u64) -> String {
    let mut top = String::new();
    if let Some(banner) = banner {
        top.push_str(
            "<div role=\"alert\" style=\"margin:0;padding:0.75rem 1rem;background:#5c0000;color:#fff;\
             font:0.9rem/1.4 ui-monospace,monospace;white-space:pre-wrap;direction:ltr;text-align:left\">",
        );
        top.push_str(&format!("<strong>{}</strong>\n\n", banner.heading));
        top.push_str(&escape(&banner.text));
        top.push_str("</div>\n");
    }
    let script = format!(
        "<script>(function wait(){{fetch(\"{WAIT}?after={generation}\",{{cache:\"no-store\"}})\
         .then(function(r){{return r.text()}})\
         .then(function(g){{if(Number(g)>{generation})location.reload();else wait()}},\
         function(){{setTimeout(wait,1000)}})}})();</script>\n"
    );
    let mut out = String::with_capacity(page.len() + top.len() + script.len());
    match page.find("<body>") {
        Some(at) => {
            let at = at + "<body>".len();
            out.push_str(&page[..at]);
            out.push('\n');
            out.push_str(&top);
            out.push_str(&page[at..]);
        }
        None => {
            out.push_str(&top);
            out.push_str(page);
        }
    }
    match out.rfind("</body>") {
        Some(at) => out.insert_str(at, &script),
        None => out.push_str(&script),
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_never_leaves_the_site() {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir(site.path().join("vi")).unwrap();
        std::fs::write(site.path().join("vi/index.html"), "x").unwrap();
        std::fs::write(site.path().join("index.html"), "x").unwrap();
        assert_eq!(
            file_of(site.path(), "/"),
            Some(site.path().join("index.html"))
        );
        assert_eq!(
            file_of(site.path(), "/vi/"),
            Some(site.path().join("vi/index.html"))
        );
        assert_eq!(
            file_of(site.path(), "/%76i/index.html"),
            Some(site.path().join("vi/index.html"))
        );
        for outside in [
            "/../index.html",
            "/vi/../../etc/passwd",
            "/%2e%2e/index.html",
            "/missing.html",
            "/%ff",
        ] {
            assert_eq!(file_of(site.path(), outside), None, "{outside}");
        }
    }

    #[test]
    fn a_change_of_a_locale_reaches_its_pages_only() {
        let sources = Sources {
            data: PathBuf::from("/p/data"),
            locales: PathBuf::from("/p/locales"),
            templates: PathBuf::from("/p/templates"),
            pseudo: Vec::new(),
        };
        let paths = |list: &[&str]| list.iter().map(PathBuf::from).collect::<Vec<_>>();
        assert_eq!(
            change_of(
                &sources,
                &paths(&[
                    "/p/locales/vi/ui.ftl",
                    "/p/locales/ar/codes.ftl",
                    "/p/locales/vi/codes.ftl"
                ])
            ),
            Changed::Locales(vec!["vi".to_owned(), "ar".to_owned()])
        );
        for everything in [
            "/p/locales/en/ui.ftl",
            "/p/data/5xx.toml",
            "/p/templates/site/base.html",
        ] {
            assert_eq!(
                change_of(&sources, &paths(&["/p/locales/vi/ui.ftl", everything])),
                Changed::Everything
            );
        }
    }

    #[test]
    fn a_page_gets_the_banner_escaped_and_the_reload_script() {
        let page = "<!DOCTYPE html>\n<html><body>\n<main>text</main>\n</body></html>\n";
        let banner = Banner::findings("locales/vi/ui.ftl:3:1: error: <oops>".to_owned());
        let served = with_preview(page, banner.as_ref(), 7);
        assert!(served.contains("<body>\n<div role=\"alert\""));
        assert!(served.contains("locales/vi/ui.ftl:3:1: error: &lt;oops&gt;"));
        assert!(served.contains("after=7"));
        assert!(served.find("<script>").unwrap() < served.find("</body>").unwrap());
        assert!(Banner::findings(String::new()).is_none());
        assert!(!with_preview(page, None, 0).contains("role=\"alert\""));
    }
}
