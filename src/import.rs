//! The import pipeline: records from [`crate::ingest`] are read for values
//! ([`crate::values`]) and written to the [`crate::index`], replacing any
//! creator with the same id; bad records are collected with their location
//! and never stop the others. Used by the CLI and the HTTP import alike.

use std::collections::HashSet;
use std::io::BufRead;

use serde::Serialize;
use tantivy::IndexWriter;

use crate::corpus::Creator;
use crate::error::{Error, Result};
use crate::index::CreatorIndex;
use crate::ingest::{BadRecord, CorpusReader};

/// A rejected record: which input, which line, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Rejection {
    /// The file name (or "body" for HTTP).
    pub source: String,
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.reason)
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    /// Creators written (new or replacing).
    pub imported: usize,
    /// Of those, how many replaced a creator with the same id.
    pub replaced: usize,
    /// Bad records skipped.
    pub rejected: usize,
    pub errors: Vec<Rejection>,
}

/// An import in progress; nothing is visible until [`Import::commit`].
pub struct Import<'a> {
    index: &'a CreatorIndex,
    writer: IndexWriter,
    seen: HashSet<String>,
    report: ImportReport,
}

impl<'a> Import<'a> {
    /// Starts an import (takes the index's writer lock).
    pub fn begin(index: &'a CreatorIndex) -> Result<Self> {
        Ok(Import {
            index,
            writer: index.writer()?,
            seen: HashSet::new(),
            report: ImportReport::default(),
        })
    }

    /// Reads a creator for values and adds it, replacing an existing one with its id.
    pub fn add(&mut self, creator: &Creator) -> Result<()> {
        let reading = self.index.model.read_creator(creator);
        let doc = self.index.document(creator, &reading);
        let replaced = !self.seen.insert(creator.id.clone()) || self.index.contains(&creator.id);
        self.writer.delete_term(self.index.id_term(&creator.id));
        self.writer.add_document(doc)?;
        self.report.imported += 1;
        self.report.replaced += replaced as usize;
        Ok(())
    }

    /// Records a bad record.
    pub fn reject(&mut self, source: &str, bad: BadRecord) {
        self.report.rejected += 1;
        self.report.errors.push(Rejection {
            source: source.to_string(),
            line: bad.line,
            reason: bad.reason,
        });
    }

    /// Imports every record of one input; `progress` gets the bytes read so
    /// far and each rejection as it happens.
    pub fn read<R: BufRead>(
        &mut self,
        source: &str,
        input: R,
        mut progress: impl FnMut(u64, Option<&Rejection>),
    ) -> Result<()> {
        let mut reader = CorpusReader::new(input);
        while let Some(item) = reader.next() {
            let record = item.map_err(|e| Error::io(source, e))?;
            match record {
                Ok((_, creator)) => {
                    self.add(&creator)?;
                    progress(reader.bytes_read(), None);
                }
                Err(bad) => {
                    self.reject(source, bad);
                    progress(reader.bytes_read(), self.report.errors.last());
                }
            }
        }
        if reader.records_seen() == 0 {
            self.report.errors.push(Rejection {
                source: source.to_string(),
                line: 0,
                reason: "empty input: no records".into(),
            });
            progress(reader.bytes_read(), self.report.errors.last());
        }
        Ok(())
    }

    /// Commits: all added creators become visible at once.
    pub fn commit(mut self) -> Result<ImportReport> {
        self.writer.commit()?;
        self.writer.wait_merging_threads()?;
        self.index.reload()?;
        Ok(self.report)
    }
}

/// Checks an input without importing anything (for `--strict`): every bad record.
pub fn validate<R: BufRead>(source: &str, input: R) -> Result<Vec<Rejection>> {
    let mut out = Vec::new();
    for item in CorpusReader::new(input) {
        if let Err(bad) = item.map_err(|e| Error::io(source, e))? {
            out.push(Rejection {
                source: source.to_string(),
                line: bad.line,
                reason: bad.reason,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::datafiles::DataSources;
    use crate::values::ValueModel;

    fn model() -> Arc<ValueModel> {
        Arc::new(ValueModel::load(&DataSources::builtin_only()).unwrap())
    }

    const TWO: &str = "{\"id\":\"a\",\"posts\":[{\"id\":\"p\",\"text\":\"Repaired the bike\"}]}\n{\"id\":\"b\"}\n";

    #[test]
    fn an_import_that_never_commits_leaves_the_last_commit_readable() {
        let dir = tempfile::tempdir().unwrap();
        let index = CreatorIndex::open_or_create(dir.path(), model()).unwrap();
        let mut first = Import::begin(&index).unwrap();
        first.read("one", TWO.as_bytes(), |_, _| {}).unwrap();
        assert_eq!(first.commit().unwrap().imported, 2);
        {
            let mut second = Import::begin(&index).unwrap();
            second
                .read(
                    "two",
                    "{\"id\":\"c\"}\n{\"id\":\"a\"}\n".as_bytes(),
                    |_, _| {},
                )
                .unwrap();
            // Dropped without commit: as if the process was interrupted.
        }
        drop(index);
        let reopened = CreatorIndex::open(dir.path(), model()).unwrap();
        assert_eq!(reopened.num_creators(), 2);
        assert!(reopened.contains("a") && reopened.contains("b") && !reopened.contains("c"));
        let (_, a) = reopened.get("a").unwrap().unwrap();
        assert_eq!(a.creator.posts.len(), 1, "a keeps its committed posts");
    }

    #[test]
    fn a_second_writer_is_refused_with_a_clear_message() {
        let dir = tempfile::tempdir().unwrap();
        let index = CreatorIndex::open_or_create(dir.path(), model()).unwrap();
        let _held = Import::begin(&index).unwrap();
        let err = Import::begin(&index).err().unwrap().to_string();
        assert!(
            err.contains("another process is writing to this index"),
            "{err}"
        );
    }

    #[test]
    fn a_folder_that_is_not_an_index_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let err = CreatorIndex::open_or_create(dir.path(), model())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("not empty and holds no valuematch index"),
            "{err}"
        );
    }
}
