//! `valuematch analyze`: how a text reads for values.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;

use crate::IndexArgs;

#[derive(Args, Debug)]
pub struct AnalyzeArgs {
    /// The text (a brand statement or a post).
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    pub text: Option<String>,
    /// Analyse each line of this file instead (prints one JSON object a line with --json).
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Print JSON: {"language", "values", "against", "topics", "words"}.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub index: IndexArgs,
}

pub fn run(args: AnalyzeArgs) -> Result<ExitCode> {
    let model = super::model(&args.index)?;
    let texts: Vec<String> = match (&args.text, &args.file) {
        (Some(t), _) => vec![t.clone()],
        (None, Some(path)) => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("{}: cannot open", path.display()))?;
            BufReader::new(file)
                .lines()
                .enumerate()
                .map(|(i, l)| {
                    l.with_context(|| {
                        format!("{}:{}: cannot read (not UTF-8?)", path.display(), i + 1)
                    })
                })
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .filter(|l| !l.trim().is_empty())
                .collect()
        }
        (None, None) => bail!("give a TEXT or --file FILE"),
    };
    for text in texts {
        let reading = model.read_statement(&text);
        if args.json {
            println!("{}", serde_json::to_string(&reading)?);
        } else {
            print!("{}", super::render::reading(&text, &reading));
        }
    }
    Ok(ExitCode::SUCCESS)
}
