//! The `cryptoscope` command: parse flags, run the library, write the output, map the outcome to an
//! exit code (0 success, 1 failed policy, 2 fatal error). The only user of `anyhow` in the crate.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::Parser;

use cryptoscope::cli::{Cli, Command, RulesCommand, ScanArgs, ScoreArgs};
use cryptoscope::config::{Config, ReportOptions};
use cryptoscope::emit::summary::human_bytes;
use cryptoscope::emit::{Format, cyclonedx, html, sarif, summary};
use cryptoscope::pipeline::Progress;
use cryptoscope::progress::ProgressDisplay;
use cryptoscope::report::{Report, ScanStats};
use cryptoscope::rescore;

/// Exit code for a fatal error (bad flags, unreadable roots, unwritable output).
/// A policy gate (`--fail-on`, `--fail-under`) tripped.
const EXIT_POLICY: u8 = 1;
/// The scan could not run (bad arguments, unreadable roots, unwritable output).
const EXIT_FATAL: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(EXIT_FATAL)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    quiet_worker_panics();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("cryptoscope: error: {error:#}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

/// Panics on worker threads are caught and become diagnostics naming the file; printing the default
/// panic message for each would only bury the report. Panics on the main thread still print.
fn quiet_worker_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some("main") {
            default(info);
        }
    }));
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Scan(args) => scan(&args),
        Command::Score(args) => score(&args),
        Command::Rules(command) => rules(&command),
    }
}

fn scan(args: &ScanArgs) -> anyhow::Result<ExitCode> {
    let mut config = Config::from_args(args)?;
    let output = open_output(args.report.output.as_deref())?;
    if let Some(path) = &args.report.output {
        config.skip(path);
    }

    let progress = Arc::new(Progress::default());
    let display = (!config.quiet && io::stderr().is_terminal())
        .then(|| ProgressDisplay::start(Arc::clone(&progress)));
    let report = cryptoscope::scan(&config, Some(&progress));
    if let Some(display) = display {
        display.finish();
    }
    let report = report?;
    let options = ReportOptions {
        timestamp: config.timestamp,
        policy: config.policy,
        format: config.format,
        spec_version: config.spec_version,
        gate: config.gate.clone(),
        verbose: config.verbose,
        quiet: config.quiet,
    };
    finish(&report, &options, config.baseline.as_ref(), output)
}

/// `cryptoscope score BOM.json`: rescoring another tool's CBOM.
fn score(args: &ScoreArgs) -> anyhow::Result<ExitCode> {
    let options = ReportOptions::from_args(&args.report)?;
    let output = open_output(args.report.output.as_deref())?;
    let started = std::time::Instant::now();
    let registry = cryptoscope::registry::Registry::builtin()?;
    let rescored = rescore::read(&args.bom, registry)?;
    let components = rescored.components;
    for diagnostic in &rescored.diagnostics {
        if !options.quiet {
            eprintln!(
                "cryptoscope: unresolved: {}: {}",
                diagnostic.location, diagnostic.message
            );
        }
    }
    let inventory = rescore::inventory(rescored);
    let assessment = cryptoscope::score::assess(&inventory, &options.policy);
    let report = Report {
        roots: vec![args.bom.display().to_string()],
        timestamp: options.timestamp,
        inventory,
        assessment,
        stats: ScanStats::default(),
        forensics: Default::default(),
        elapsed: started.elapsed(),
        new_since_baseline: None,
        baseline_assets: None,
    };
    if !options.quiet {
        eprintln!(
            "cryptoscope: rescored {components} crypto components of {}",
            args.bom.display()
        );
    }
    finish(&report, &options, None, output)
}

/// The output file, or standard output, and whether it is a terminal (for colour).
fn open_output(path: Option<&std::path::Path>) -> anyhow::Result<(Box<dyn Write>, bool)> {
    Ok(match path {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("cannot write `{}`", path.display()))?;
            (Box::new(BufWriter::new(file)), false)
        }
        None => (
            Box::new(BufWriter::new(io::stdout().lock())),
            io::stdout().is_terminal(),
        ),
    })
}

/// Writes the report in the chosen format, prints diagnostics and the final line, and applies the
/// gates: exit 1 when one trips.
fn finish(
    report: &Report,
    options: &ReportOptions,
    baseline: Option<&cryptoscope::gate::Baseline>,
    (mut output, to_terminal): (Box<dyn Write>, bool),
) -> anyhow::Result<ExitCode> {
    let text = match options.format {
        Format::CycloneDx => {
            cyclonedx::to_json(report, options.spec_version).context("serialising the CBOM")?
        }
        Format::Summary => {
            let text = summary::render(report, options.verbose);
            let colour = to_terminal && std::env::var_os("NO_COLOR").is_none();
            if colour {
                summary::colourise(&text)
            } else {
                text
            }
        }
        Format::Sarif => sarif::to_json(report).context("serialising the SARIF log")?,
        Format::Html => html::to_html(report),
    };
    output
        .write_all(text.as_bytes())
        .and_then(|()| output.flush())
        .context("writing the output")?;

    if options.verbose && options.format != Format::Summary {
        for d in &report.inventory.diagnostics {
            eprintln!(
                "{} {} [{}]: {}",
                d.kind.as_str(),
                d.location,
                d.source,
                d.message
            );
        }
    }
    let outcome = cryptoscope::gate::evaluate(report, &options.gate, baseline);
    for message in &outcome.messages {
        eprintln!("cryptoscope: policy failure: {message}");
    }
    if !options.quiet {
        eprintln!(
            "cryptoscope: {} files, {}, {} assets, {} diagnostics, {:.2}s",
            report.stats.files_read,
            human_bytes(report.stats.bytes_read),
            report.inventory.assets.len(),
            report.inventory.diagnostics.len(),
            report.elapsed.as_secs_f64()
        );
    }
    Ok(if outcome.failed {
        ExitCode::from(EXIT_POLICY)
    } else {
        ExitCode::SUCCESS
    })
}

fn rules(command: &RulesCommand) -> anyhow::Result<ExitCode> {
    match command {
        RulesCommand::Test { dir, language } => test_rules(dir, language),
        RulesCommand::Tree { file } => syntax_tree(file),
        RulesCommand::Lookup { names } => {
            let registry = cryptoscope::registry::Registry::builtin()?;
            let mut out = io::stdout().lock();
            for name in names {
                match (registry.by_name(name), registry.curve_by_name(name)) {
                    (Some(found), _) => {
                        let algorithm = found.algorithm();
                        writeln!(
                            out,
                            "{name}\t{}\t{}\t{}",
                            algorithm.name,
                            algorithm.primitive.as_str(),
                            algorithm.class.map_or("unknown", |c| c.as_str())
                        )?;
                    }
                    (None, Some(curve)) => writeln!(out, "{name}\tcurve {}", curve.name())?,
                    (None, None) => writeln!(out, "{name}\tnot in the registry")?,
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        RulesCommand::List { rules } => {
            let mut set = cryptoscope::rules::RuleSet::builtin()?;
            for folder in rules {
                set.add_directory(folder)?;
            }
            let mut out = io::stdout().lock();
            for rule in set.all() {
                writeln!(out, "{}\t{}\t{}", rule.id, rule.language, rule.description)?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(feature = "source")]
fn test_rules(dir: &std::path::Path, languages: &[String]) -> anyhow::Result<ExitCode> {
    let registry = cryptoscope::registry::Registry::builtin()?;
    let report =
        cryptoscope::detect::source::annotations::test_directory(dir, languages, registry)?;
    for failure in &report.failures {
        println!("FAIL {failure}");
    }
    println!(
        "{} rules, {} annotated files, {} expectations: {} failures",
        report.rules,
        report.files,
        report.expectations,
        report.failures.len()
    );
    Ok(if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[cfg(not(feature = "source"))]
fn test_rules(_dir: &std::path::Path, _languages: &[String]) -> anyhow::Result<ExitCode> {
    anyhow::bail!("this build has no source-code detection (built without the `source` feature)")
}

#[cfg(feature = "source")]
fn syntax_tree(file: &std::path::Path) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read `{}`", file.display()))?;
    let detector =
        cryptoscope::detect::source::SourceDetector::new(&cryptoscope::rules::RuleSet::builtin()?)?;
    let name = file.to_string_lossy();
    let tree = detector
        .syntax_tree(&name, &bytes)
        .with_context(|| format!("`{}` is in no language cryptoscope reads", file.display()))?;
    println!("{tree}");
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "source"))]
fn syntax_tree(_file: &std::path::Path) -> anyhow::Result<ExitCode> {
    anyhow::bail!("this build has no source-code detection (built without the `source` feature)")
}
