//! The on-disk index (tantivy): one document per creator holding the
//! analysed bio and posts (per-creator aggregated full-text fields for
//! BM25), filter fields, the stored creator record and value profile, and
//! the compact ranking signals as a fast field, cached per segment in memory.
//!
//! Writes go through one tantivy writer and become visible atomically at
//! commit: an interrupted import leaves the last committed index readable.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use ndarray::Array2;
use serde::{Deserialize, Serialize};
use tantivy::index::SegmentId;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::tokenizer::PreTokenizedString;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, SegmentReader, TantivyDocument, Term,
};

use crate::analysis::tokenizer::{self, index_tokens};
use crate::analysis::Analyzed;
use crate::corpus::Creator;
use crate::error::{Error, Result};
use crate::values::{CreatorReading, Signals, ValueModel, ValueProfile};

/// Bumped when the index layout changes; an older index must be re-imported.
pub const FORMAT_VERSION: u32 = 1;
const META_FILE: &str = "valuematch.json";
/// The index writer's memory budget (shared by its threads).
pub const WRITER_MEMORY: usize = 200_000_000;

/// The index's fields.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub handle: Field,
    pub name: Field,
    pub bio: Field,
    pub posts: Field,
    pub followers: Field,
    pub country: Field,
    pub platforms: Field,
    pub languages: Field,
    pub signals: Field,
    pub record: Field,
    pub profile: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer::AUTO)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED | FAST),
        handle: b.add_text_field("handle", text.clone()),
        name: b.add_text_field("name", text.clone()),
        bio: b.add_text_field("bio", text.clone()),
        posts: b.add_text_field("posts", text),
        followers: b.add_u64_field("followers", INDEXED | FAST),
        country: b.add_text_field("country", STRING),
        platforms: b.add_text_field("platforms", STRING),
        languages: b.add_text_field("languages", STRING),
        signals: b.add_bytes_field("signals", FAST),
        record: b.add_bytes_field("record", STORED),
        profile: b.add_bytes_field("profile", STORED),
    };
    (b.build(), fields)
}

#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    format_version: u32,
    taxonomy: String,
}

/// A creator as stored: the record and its value profile.
#[derive(Debug, Clone)]
pub struct StoredCreator {
    pub creator: Creator,
    pub profile: ValueProfile,
}

/// Ranking signals of one segment, in memory: one row per document.
pub struct SegmentSignals {
    /// `max_doc` x (2 * values + topics + 3), one row per document.
    pub matrix: Array2<f32>,
    /// Column sums over the segment's live documents, and their number.
    pub live_sums: Vec<f32>,
    pub live: usize,
}

/// The creator index on disk, with its reader.
pub struct CreatorIndex {
    path: PathBuf,
    index: Index,
    reader: IndexReader,
    pub fields: Fields,
    pub model: Arc<ValueModel>,
    signals: Mutex<HashMap<SegmentId, Arc<SegmentSignals>>>,
}

impl std::fmt::Debug for CreatorIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatorIndex")
            .field("path", &self.path)
            .finish()
    }
}

impl CreatorIndex {
    /// Opens the index at `path`, creating it (and the folder) when absent.
    pub fn open_or_create(path: &Path, model: Arc<ValueModel>) -> Result<Self> {
        if path.join("meta.json").exists() {
            return Self::open(path, model);
        }
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        if std::fs::read_dir(path)
            .map_err(|e| Error::io(path, e))?
            .filter_map(|e| e.ok())
            .any(|e| !e.file_name().to_string_lossy().starts_with('.'))
        {
            return Err(Error::index(
                path,
                "the folder is not empty and holds no valuematch index; choose an empty or new folder with --index",
            ));
        }
        let (schema, _) = schema();
        let dir = tantivy::directory::MmapDirectory::open(path)
            .map_err(|e| Error::index(path, e.to_string()))?;
        let index = Index::create(dir, schema, tantivy::IndexSettings::default())?;
        let meta = Meta {
            format_version: FORMAT_VERSION,
            taxonomy: model.taxonomy.fingerprint(),
        };
        let meta_path = path.join(META_FILE);
        std::fs::write(
            &meta_path,
            serde_json::to_vec_pretty(&meta).expect("meta serialises"),
        )
        .map_err(|e| Error::io(&meta_path, e))?;
        Self::from_index(path, index, model)
    }

    /// Opens an existing index.
    pub fn open(path: &Path, model: Arc<ValueModel>) -> Result<Self> {
        if !path.join("meta.json").exists() {
            return Err(Error::index(
                path,
                "no index here yet; run `valuematch import FILE` first (or pass --index DIR)",
            ));
        }
        let meta_path = path.join(META_FILE);
        let meta: Meta = std::fs::read(&meta_path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or_else(|| {
                Error::index(
                    path,
                    format!("{META_FILE} is missing or unreadable; re-import into a new folder"),
                )
            })?;
        if meta.format_version != FORMAT_VERSION {
            return Err(Error::index(
                path,
                format!(
                    "built by index format {} but this valuematch reads format {FORMAT_VERSION}; re-import into a new folder",
                    meta.format_version
                ),
            ));
        }
        if meta.taxonomy != model.taxonomy.fingerprint() {
            return Err(Error::index(
                path,
                "built with a different value taxonomy (values.toml changed); re-import into a new folder",
            ));
        }
        let index = Index::open_in_dir(path).map_err(|e| Error::index(path, e.to_string()))?;
        Self::from_index(path, index, model)
    }

    fn from_index(path: &Path, index: Index, model: Arc<ValueModel>) -> Result<Self> {
        tokenizer::register(&index, &model.analyzer);
        let (expected, fields) = schema();
        if index.schema() != expected {
            return Err(Error::index(
                path,
                "the index schema differs from this version's; re-import into a new folder",
            ));
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(CreatorIndex {
            path: path.to_path_buf(),
            index,
            reader,
            fields,
            model,
            signals: Mutex::new(HashMap::new()),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// A searcher on the last committed state.
    pub fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    /// Makes the last commit visible now (instead of after the reload delay).
    pub fn reload(&self) -> Result<()> {
        self.reader.reload()?;
        Ok(())
    }

    /// A writer; only one may exist at a time per index. It indexes on one
    /// thread, so that documents land in segments in the order they were
    /// added and an import gives the same index every time (with two
    /// threads, which thread took a document decided its segment, and so
    /// the order of tied creators and the last bits of the corpus means).
    /// The costly part of an import, reading creators for values, runs on
    /// worker threads before documents reach the writer (see [`crate::import`]).
    pub fn writer(&self) -> Result<IndexWriter> {
        self.index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => Error::IndexBusy {
                    path: self.path.clone(),
                    message: "another process is writing to this index (an import, or `valuematch serve`); wait for it or use another --index".into(),
                },
                other => other.into(),
            })
    }

    /// Number of creators in the committed index.
    pub fn num_creators(&self) -> u64 {
        self.searcher().num_docs()
    }

    /// Whether `id` is in the committed index.
    pub fn contains(&self, id: &str) -> bool {
        let term = Term::from_field_text(self.fields.id, id);
        self.searcher().segment_readers().iter().any(|s| {
            s.inverted_index(self.fields.id)
                .ok()
                .and_then(|ii| {
                    ii.read_postings(&term, IndexRecordOption::Basic)
                        .ok()
                        .flatten()
                })
                .is_some_and(|mut postings| {
                    use tantivy::DocSet;
                    let alive = s.alive_bitset();
                    let mut doc = postings.doc();
                    while doc != tantivy::TERMINATED {
                        if alive.is_none_or(|a| a.is_alive(doc)) {
                            return true;
                        }
                        doc = postings.advance();
                    }
                    false
                })
        })
    }

    /// The document of a creator read for values.
    pub fn document(&self, creator: &Creator, reading: &CreatorReading) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &creator.id);
        if let Some(h) = &creator.handle {
            doc.add_text(f.handle, h.trim_start_matches('@'));
        }
        if let Some(n) = &creator.name {
            doc.add_text(f.name, n);
        }
        if let (Some(bio), Some(analyzed)) = (&creator.bio, &reading.bio) {
            doc.add_pre_tokenized_text(f.bio, pre_tokenized(bio, analyzed));
        }
        for (post, analyzed) in creator.posts.iter().zip(&reading.posts) {
            doc.add_pre_tokenized_text(f.posts, pre_tokenized(&post.text, analyzed));
        }
        if let Some(n) = creator.followers {
            doc.add_u64(f.followers, n);
        }
        if let Some(c) = &creator.country {
            doc.add_text(f.country, c);
        }
        for p in &creator.platforms {
            doc.add_text(f.platforms, p.trim().to_lowercase());
        }
        for l in &reading.profile.languages {
            doc.add_text(f.languages, l);
        }
        doc.add_bytes(f.signals, &reading.signals.to_bytes());
        doc.add_bytes(
            f.record,
            &serde_json::to_vec(creator).expect("creator serialises"),
        );
        doc.add_bytes(
            f.profile,
            &serde_json::to_vec(&reading.profile).expect("profile serialises"),
        );
        doc
    }

    /// The term that identifies a creator (for deletes).
    pub fn id_term(&self, id: &str) -> Term {
        Term::from_field_text(self.fields.id, id)
    }

    /// Loads a stored creator by document address.
    pub fn load(&self, searcher: &tantivy::Searcher, addr: DocAddress) -> Result<StoredCreator> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let bytes = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_bytes())
                .map(|b| b.to_vec())
                .unwrap_or_default()
        };
        let creator: Creator = serde_json::from_slice(&bytes(self.fields.record))
            .map_err(|e| Error::index(&self.path, format!("stored creator unreadable: {e}")))?;
        let profile: ValueProfile = serde_json::from_slice(&bytes(self.fields.profile))
            .map_err(|e| Error::index(&self.path, format!("stored profile unreadable: {e}")))?;
        Ok(StoredCreator { creator, profile })
    }

    /// Finds a creator by id in the committed index.
    pub fn get(&self, id: &str) -> Result<Option<(DocAddress, StoredCreator)>> {
        let searcher = self.searcher();
        match self.find(&searcher, id)? {
            Some(addr) => Ok(Some((addr, self.load(&searcher, addr)?))),
            None => Ok(None),
        }
    }

    /// The document address of a creator in `searcher`'s view of the index.
    pub fn find(&self, searcher: &tantivy::Searcher, id: &str) -> Result<Option<DocAddress>> {
        let query = tantivy::query::TermQuery::new(self.id_term(id), IndexRecordOption::Basic);
        let hits = searcher.search(
            &query,
            &tantivy::collector::TopDocs::with_limit(1).order_by_score(),
        )?;
        Ok(hits.first().map(|&(_, addr)| addr))
    }

    /// The ranking signals of a segment, loaded once per segment and cached.
    pub fn segment_signals(&self, segment: &SegmentReader) -> Result<Arc<SegmentSignals>> {
        let id = segment.segment_id();
        if let Some(s) = self.signals.lock().expect("signals cache lock").get(&id) {
            return Ok(s.clone());
        }
        let nv = self.model.taxonomy.values.len();
        let nt = self.model.taxonomy.topics.len();
        let width = 2 * nv + nt + 3;
        let max_doc = segment.max_doc() as usize;
        let mut matrix = Array2::<f32>::zeros((max_doc, width));
        let column = segment.fast_fields().bytes("signals")?;
        if let Some(column) = column {
            // Decode each distinct value once, streaming the column's
            // dictionary in order (looking each document's value up by
            // ordinal seeks in the dictionary every time), then copy rows.
            let n_terms = column.num_terms();
            let mut rows = vec![0.0f32; n_terms * width];
            let mut decoded = vec![false; n_terms];
            let mut stream = column
                .dictionary()
                .stream()
                .map_err(|e| Error::io(&self.path, e))?;
            while stream.advance() {
                let ord = stream.term_ord() as usize;
                if ord >= n_terms {
                    continue;
                }
                if let Some(s) = Signals::from_bytes(stream.key(), nv, nt) {
                    let row = s.scores.iter().chain(&s.against).chain(&s.topics).chain([
                        &s.sponsored_share,
                        &s.stuffing_share,
                        &s.authenticity,
                    ]);
                    for (cell, v) in rows[ord * width..(ord + 1) * width].iter_mut().zip(row) {
                        *cell = *v;
                    }
                    decoded[ord] = true;
                }
            }
            for doc in 0..max_doc as u32 {
                if let Some(ord) = column.term_ords(doc).next() {
                    let ord = ord as usize;
                    if decoded.get(ord).copied().unwrap_or(false) {
                        matrix
                            .row_mut(doc as usize)
                            .iter_mut()
                            .zip(&rows[ord * width..(ord + 1) * width])
                            .for_each(|(cell, v)| *cell = *v);
                    }
                }
            }
        }
        let alive = segment.alive_bitset();
        let mut live_sums = vec![0.0f32; width];
        let mut live = 0usize;
        for (doc, row) in matrix.outer_iter().enumerate() {
            if alive.is_none_or(|a| a.is_alive(doc as u32)) {
                live += 1;
                live_sums
                    .iter_mut()
                    .zip(row.iter())
                    .for_each(|(s, v)| *s += v);
            }
        }
        let loaded = Arc::new(SegmentSignals {
            matrix,
            live_sums,
            live,
        });
        let mut cache = self.signals.lock().expect("signals cache lock");
        // Drop segments that merged away.
        let live: Vec<SegmentId> = self
            .searcher()
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        cache.retain(|k, _| live.contains(k));
        cache.insert(id, loaded.clone());
        Ok(loaded)
    }
}

impl CreatorIndex {
    /// The mean of each signal over all live creators (the prevalence of
    /// each value and topic in the corpus), for `searcher`'s segments.
    pub fn signal_means(&self, searcher: &tantivy::Searcher) -> Result<Vec<f32>> {
        let mut sums: Vec<f32> = Vec::new();
        let mut n = 0usize;
        for segment in searcher.segment_readers() {
            let s = self.segment_signals(segment)?;
            if sums.is_empty() {
                sums = vec![0.0; s.live_sums.len()];
            }
            sums.iter_mut().zip(&s.live_sums).for_each(|(a, b)| *a += b);
            n += s.live;
        }
        if n > 0 {
            sums.iter_mut().for_each(|x| *x /= n as f32);
        }
        Ok(sums)
    }
}

fn pre_tokenized(text: &str, analyzed: &Analyzed) -> PreTokenizedString {
    PreTokenizedString {
        text: text.to_string(),
        tokens: index_tokens(analyzed),
    }
}
