//! `valuematch import`: files in, a summary out, bad records on stderr.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use valuematch::import::{validate, Import, ImportReport};
use valuematch::index::CreatorIndex;

use crate::IndexArgs;

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Corpus files in JSON Lines (one creator a line; see the README for the format).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Import nothing (and exit 1) if any record is bad.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub index: IndexArgs,
}

pub fn run(args: ImportArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let index = CreatorIndex::open_or_create(&args.index.index, super::model(&args.index)?)?;
    if args.strict {
        let mut bad = 0usize;
        for path in &args.files {
            let name = path.display().to_string();
            let file = match File::open(path) {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("{name}: cannot open: {e}");
                    bad += 1;
                    continue;
                }
            };
            for r in validate(&name, BufReader::new(file))? {
                eprintln!("{r}");
                bad += 1;
            }
        }
        if bad > 0 {
            eprintln!("error: {bad} bad record(s) or file(s); nothing was imported (--strict)");
            return Ok(ExitCode::from(1));
        }
    }
    let mut import = Import::begin(&index)?;
    let mut unreadable = 0usize;
    for path in &args.files {
        let name = path.display().to_string();
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{name}: cannot open: {e}");
                unreadable += 1;
                continue;
            }
        };
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let bar = ProgressBar::new(size).with_message(name.clone());
        bar.set_style(
            ProgressStyle::with_template(
                "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        import.read(&name, BufReader::new(file), |bytes, rejection| {
            bar.set_position(bytes);
            if let Some(r) = rejection {
                bar.suspend(|| eprintln!("{r}"));
            }
        })?;
        bar.finish_and_clear();
    }
    let report: ImportReport = import.commit()?;
    println!(
        "imported {} creator(s) ({} replaced), rejected {} bad record(s) in {:.1} s; index {} holds {} creator(s)",
        report.imported,
        report.replaced,
        report.rejected,
        started.elapsed().as_secs_f64(),
        args.index.index.display(),
        index.num_creators()
    );
    Ok(if unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
