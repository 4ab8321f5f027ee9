//! The import pipeline: records from [`crate::ingest`] are read for values
//! ([`crate::values`]) and written to the [`crate::index`], replacing any
//! creator with the same id; bad records are collected with their location
//! and never stop the others. Used by the CLI and the HTTP import alike.

use std::collections::{BTreeMap, HashSet};
use std::io::BufRead;
use std::sync::{mpsc, Mutex};

use serde::Serialize;
use tantivy::{IndexWriter, TantivyDocument};

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

/// Records read for values together on one worker thread.
const BATCH: usize = 32;
/// Batches handed to the workers and not yet written, at most.
const MAX_IN_FLIGHT: usize = 8;

/// The number of threads that read records for values: one per core
/// (`VALUEMATCH_IMPORT_THREADS` overrides it).
fn worker_threads() -> usize {
    std::env::var("VALUEMATCH_IMPORT_THREADS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// A record as read from the input, with the bytes read up to its end.
struct Item {
    record: std::result::Result<Creator, BadRecord>,
    bytes_read: u64,
}

/// A record read for values: its id and index document, or why it is bad.
struct Prepared {
    outcome: std::result::Result<(String, Box<TantivyDocument>), BadRecord>,
    bytes_read: u64,
}

fn prepare(index: &CreatorIndex, item: Item) -> Prepared {
    Prepared {
        outcome: item.record.map(|creator| {
            let reading = index.model.read_creator(&creator);
            let doc = index.document(&creator, &reading);
            (creator.id, Box::new(doc))
        }),
        bytes_read: item.bytes_read,
    }
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
        self.add_document(creator.id.clone(), doc)
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

    /// Adds a creator already read for values (its document built), in input order.
    fn add_document(&mut self, id: String, doc: TantivyDocument) -> Result<()> {
        let replaced = !self.seen.insert(id.clone()) || self.index.contains(&id);
        self.writer.delete_term(self.index.id_term(&id));
        self.writer.add_document(doc)?;
        self.report.imported += 1;
        self.report.replaced += replaced as usize;
        Ok(())
    }

    /// Imports every record of one input; `progress` gets the bytes read so
    /// far and each rejection as it happens.
    ///
    /// Records are read and parsed on the calling thread, read for values
    /// (language detection, analysis, lexicons, profile, document) on worker
    /// threads in batches, and added to the index on the calling thread in
    /// input order, so that reports, replaced counts and rejections are the
    /// same as one record at a time.
    pub fn read<R: BufRead>(
        &mut self,
        source: &str,
        input: R,
        mut progress: impl FnMut(u64, Option<&Rejection>),
    ) -> Result<()> {
        let mut reader = CorpusReader::new(input);
        let workers = worker_threads();
        let index = self.index;
        let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Vec<Item>)>(workers);
        let job_rx = Mutex::new(job_rx);
        let (done_tx, done_rx) = mpsc::channel::<(u64, Vec<Prepared>)>();
        let outcome = std::thread::scope(|scope| -> Result<()> {
            for _ in 0..workers {
                let (job_rx, done_tx) = (&job_rx, done_tx.clone());
                scope.spawn(move || loop {
                    let job = job_rx.lock().expect("job queue lock").recv();
                    let Ok((seq, items)) = job else { break };
                    let prepared = items.into_iter().map(|item| prepare(index, item)).collect();
                    if done_tx.send((seq, prepared)).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            let mut next_seq = 0u64;
            let mut next_write = 0u64;
            let mut ready: BTreeMap<u64, Vec<Prepared>> = BTreeMap::new();
            let mut write_ready = |this: &mut Self,
                                   ready: &mut BTreeMap<u64, Vec<Prepared>>,
                                   next_write: &mut u64|
             -> Result<()> {
                while let Some(batch) = ready.remove(next_write) {
                    *next_write += 1;
                    for p in batch {
                        match p.outcome {
                            Ok((id, doc)) => {
                                this.add_document(id, *doc)?;
                                progress(p.bytes_read, None);
                            }
                            Err(bad) => {
                                this.reject(source, bad);
                                progress(p.bytes_read, this.report.errors.last());
                            }
                        }
                    }
                }
                Ok(())
            };
            let mut finished = false;
            while !finished {
                // Keep a bounded number of batches in flight.
                while next_seq - next_write >= MAX_IN_FLIGHT as u64 {
                    let (seq, batch) = done_rx.recv().expect("import workers stopped");
                    ready.insert(seq, batch);
                    write_ready(self, &mut ready, &mut next_write)?;
                }
                let mut items = Vec::with_capacity(BATCH);
                while items.len() < BATCH {
                    match reader.next() {
                        None => {
                            finished = true;
                            break;
                        }
                        Some(item) => {
                            let record = item.map_err(|e| Error::io(source, e))?;
                            items.push(Item {
                                record: record.map(|(_, c)| c),
                                bytes_read: reader.bytes_read(),
                            });
                        }
                    }
                }
                if !items.is_empty() {
                    job_tx
                        .send((next_seq, items))
                        .expect("import workers stopped");
                    next_seq += 1;
                }
                while let Ok((seq, batch)) = done_rx.try_recv() {
                    ready.insert(seq, batch);
                }
                write_ready(self, &mut ready, &mut next_write)?;
            }
            drop(job_tx);
            while next_write < next_seq {
                let (seq, batch) = done_rx.recv().expect("import workers stopped");
                ready.insert(seq, batch);
                write_ready(self, &mut ready, &mut next_write)?;
            }
            Ok(())
        });
        outcome?;
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
