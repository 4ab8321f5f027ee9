//! Where the engine's data files come from: the taxonomy, lexicons and
//! stopword lists under `src/data/` are compiled into the binary, and a user
//! folder (`--lexicons DIR` / `VALUEMATCH_LEXICONS`) laid out the same way
//! adds to them. This module only finds and reads files; parsing belongs to
//! the modules that own each format.

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::error::{Error, Result};

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/data");

/// One data file: where it came from (for error messages) and its text.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// `builtin:lexicons/en.lex` or the path of a user file.
    pub origin: String,
    /// The file name without extension (`en` for `lexicons/en.lex`).
    pub stem: String,
    pub text: String,
}

/// The data sources: built-in files, then an optional user folder.
#[derive(Debug, Clone, Default)]
pub struct DataSources {
    pub extra_dir: Option<PathBuf>,
}

impl DataSources {
    pub fn builtin_only() -> Self {
        DataSources { extra_dir: None }
    }

    pub fn with_extra(dir: impl Into<PathBuf>) -> Self {
        DataSources {
            extra_dir: Some(dir.into()),
        }
    }

    /// All files with extension `ext` in folder `sub` ("" for the top), built-in first,
    /// each group sorted by name.
    pub fn files(&self, sub: &str, ext: &str) -> Result<Vec<DataFile>> {
        let mut out = Vec::new();
        let dir = if sub.is_empty() {
            Some(&BUILTIN)
        } else {
            BUILTIN.get_dir(sub)
        };
        if let Some(dir) = dir {
            let mut files: Vec<_> = dir
                .files()
                .filter(|f| f.path().extension().and_then(|e| e.to_str()) == Some(ext))
                .collect();
            files.sort_by_key(|f| f.path().to_path_buf());
            for f in files {
                let text = f.contents_utf8().ok_or_else(|| Error::Data {
                    file: format!("builtin:{}", f.path().display()),
                    line: 0,
                    message: "not UTF-8".into(),
                })?;
                out.push(DataFile {
                    origin: format!("builtin:{}", f.path().display()),
                    stem: file_stem(f.path()),
                    text: text.to_string(),
                });
            }
        }
        if let Some(extra) = &self.extra_dir {
            if !extra.is_dir() {
                return Err(Error::invalid(
                    "lexicons",
                    format!(
                        "{}: not a folder (expected a folder laid out like src/data: values.toml, lexicons/, stopwords/)",
                        extra.display()
                    ),
                ));
            }
            let folder = extra.join(sub);
            if folder.is_dir() {
                let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
                    .map_err(|e| Error::io(&folder, e))?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().and_then(|e| e.to_str()) == Some(ext))
                    .collect();
                paths.sort();
                for p in paths {
                    let text = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
                    out.push(DataFile {
                        origin: p.display().to_string(),
                        stem: file_stem(&p),
                        text,
                    });
                }
            }
        }
        Ok(out)
    }
}

fn file_stem(p: &Path) -> String {
    p.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}
