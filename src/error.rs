//! The library's error type: every way valuematch can fail, typed, with a
//! message that says what to fix. The CLI prints these; the HTTP layer maps
//! each kind to a status code and a JSON error code in one place.

use std::path::PathBuf;

/// Everything that can go wrong inside the engine.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The on-disk index is missing, unreadable or was built by another version.
    #[error("index at {path}: {message}")]
    Index { path: PathBuf, message: String },

    /// An error reported by tantivy.
    #[error("search index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),

    /// A data file (taxonomy, lexicon, stopwords) is malformed.
    #[error("{file}:{line}: {message}")]
    Data {
        file: String,
        line: usize,
        message: String,
    },

    /// A request or argument is invalid; `field` names the offending input.
    #[error("{message}")]
    InvalidInput {
        field: Option<String>,
        message: String,
    },

    /// Another writer (an import, another process) holds the index's write
    /// lock; retry later.
    #[error("index at {path}: {message}")]
    IndexBusy { path: PathBuf, message: String },

    /// A creator id that is not in the index.
    #[error("no creator with id {0:?} in the index")]
    CreatorNotFound(String),

    /// `--strict` import found bad records; nothing was written.
    #[error("{rejected} bad record(s); nothing was imported (--strict)")]
    StrictImport { rejected: usize },
}

impl Error {
    /// An invalid-input error about a named field.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::InvalidInput {
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// An index-level problem at `path`.
    pub fn index(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::Index {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
