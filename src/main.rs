//! The `cryptoscope` command: parse flags, run the library, write the output, map the outcome to an
//! exit code (0 success, 1 failed policy, 2 fatal error). The only user of `anyhow` in the crate.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use clap::Parser;

use cryptoscope::cli::{Cli, Command, ScanArgs};
use cryptoscope::config::Config;
use cryptoscope::emit::summary::human_bytes;
use cryptoscope::emit::{Format, cyclonedx, summary};
use cryptoscope::pipeline::Progress;
use cryptoscope::progress::ProgressDisplay;

/// Exit code for a fatal error (bad flags, unreadable roots, unwritable output).
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
    }
}

fn scan(args: &ScanArgs) -> anyhow::Result<ExitCode> {
    let mut config = Config::from_args(args)?;
    // Open the output before scanning, so an unwritable output fails at once, and never scan it.
    let mut output: Box<dyn Write> = match &args.output {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("cannot write `{}`", path.display()))?;
            config.skip(path);
            Box::new(BufWriter::new(file))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };

    let progress = Arc::new(Progress::default());
    let display = (!config.quiet && io::stderr().is_terminal())
        .then(|| ProgressDisplay::start(Arc::clone(&progress)));
    let report = cryptoscope::scan(&config, Some(&progress));
    if let Some(display) = display {
        display.finish();
    }
    let report = report?;

    let text = match config.format {
        Format::CycloneDx => {
            cyclonedx::to_json(&report, config.spec_version).context("serialising the CBOM")?
        }
        Format::Summary => summary::render(&report, config.verbose),
    };
    output
        .write_all(text.as_bytes())
        .and_then(|()| output.flush())
        .context("writing the output")?;

    if config.verbose && config.format != Format::Summary {
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
    if !config.quiet {
        eprintln!(
            "cryptoscope: {} files, {}, {} assets, {} diagnostics, {:.2}s",
            report.stats.files_read,
            human_bytes(report.stats.bytes_read),
            report.inventory.assets.len(),
            report.inventory.diagnostics.len(),
            report.elapsed.as_secs_f64()
        );
    }
    Ok(ExitCode::SUCCESS)
}
