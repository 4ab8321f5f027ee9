//! Search: the one entry point the CLI and HTTP layer call. Validates a
//! request, reads the statement for values, ranks, and builds results with
//! profile summaries and, when asked, explanations.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::explanation::{explain, Explanation};
use crate::index::{CreatorIndex, StoredCreator};
use crate::ranking::{rank, AlignmentScorer, Filters, Ranker, Weights};
use crate::values::StatementReading;

/// The longest statement accepted, in characters.
pub const MAX_STATEMENT_CHARS: usize = 5_000;
/// The most results one request may ask for.
pub const MAX_LIMIT: usize = 100;

/// A search request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchRequest {
    /// The brand's value statement, in any language (1-5,000 characters).
    #[schema(example = "We repair, reuse and share: bikes for every kid in town.")]
    pub statement: String,
    #[serde(default)]
    pub filters: Filters,
    /// How many results (1-100, default 20).
    #[serde(default = "default_limit")]
    #[schema(default = 20, minimum = 1, maximum = 100)]
    pub limit: usize,
    /// Skip this many results (paging, at most 10,000).
    #[serde(default)]
    pub offset: usize,
    /// Include the full explanation of each result.
    #[serde(default)]
    pub explain: bool,
    #[serde(default)]
    pub ranker: Ranker,
}

fn default_limit() -> usize {
    20
}

impl SearchRequest {
    pub fn new(statement: impl Into<String>) -> Self {
        SearchRequest {
            statement: statement.into(),
            filters: Filters::default(),
            limit: default_limit(),
            offset: 0,
            explain: false,
            ranker: Ranker::default(),
        }
    }

    /// Checks the request; the error names the offending field.
    pub fn validate(&self) -> Result<()> {
        if self.statement.trim().is_empty() {
            return Err(Error::invalid(
                "statement",
                "the statement is empty; describe the brand's values",
            ));
        }
        let n = self.statement.chars().count();
        if n > MAX_STATEMENT_CHARS {
            return Err(Error::invalid(
                "statement",
                format!("the statement has {n} characters, at most {MAX_STATEMENT_CHARS} allowed"),
            ));
        }
        if self.limit == 0 || self.limit > MAX_LIMIT {
            return Err(Error::invalid(
                "limit",
                format!("limit must be 1-{MAX_LIMIT}, got {}", self.limit),
            ));
        }
        if self.offset > 10_000 {
            return Err(Error::invalid("offset", "offset must be at most 10000"));
        }
        self.filters.validate()
    }
}

/// A creator's summary in a result.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CreatorSummary {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub followers: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub platforms: Vec<String>,
    pub languages: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    pub posts: usize,
    /// The creator's strongest values (name, 0..1), up to five.
    pub top_values: Vec<(String, f32)>,
}

impl CreatorSummary {
    /// The summary of a stored creator.
    pub fn of(stored: &StoredCreator) -> Self {
        let c = &stored.creator;
        let mut top: Vec<(String, f32)> = stored
            .profile
            .values
            .iter()
            .filter(|(_, s)| s.score > 0.05)
            .map(|(n, s)| (n.clone(), (s.score * 1000.0).round() / 1000.0))
            .collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1));
        top.truncate(5);
        CreatorSummary {
            id: c.id.clone(),
            handle: c.handle.clone(),
            name: c.name.clone(),
            followers: c.followers,
            country: c.country.clone(),
            platforms: c.platforms.clone(),
            languages: stored.profile.languages.clone(),
            url: c.url.clone(),
            bio: c.bio.clone(),
            posts: c.posts.len(),
            top_values: top,
        }
    }
}

/// One ranked creator.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SearchResult {
    pub rank: usize,
    pub score: f32,
    pub creator: CreatorSummary,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Explanation>,
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SearchResponse {
    pub ranker: Ranker,
    /// What the statement asks for.
    pub query: StatementReading,
    /// Creators that passed the filters.
    pub candidates: usize,
    pub results: Vec<SearchResult>,
    /// Set when value alignment had nothing to go on and the text match ranked instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Runs a search.
pub fn search(index: &CreatorIndex, req: &SearchRequest) -> Result<SearchResponse> {
    req.validate()?;
    let model = &index.model;
    let reading = model.read_statement(&req.statement);
    let vector = reading.vector(&model.taxonomy);
    let searcher = index.searcher();
    let ranking = rank(
        index,
        &searcher,
        &req.statement,
        &vector,
        &req.filters,
        req.ranker,
        req.offset + req.limit,
    )?;
    let note = (req.ranker == Ranker::Valuematch && vector.is_empty()).then(|| {
        "no value or topic recognised in the statement; ranked by text match (bm25)".to_string()
    });
    // Explanations use the scorer that ranked (value alignment), or one for
    // the statement as read when a baseline ranked.
    let scorer = match &ranking.scorer {
        Some(s) => s.clone(),
        None => std::sync::Arc::new(AlignmentScorer::new(
            &model.taxonomy,
            vector.clone(),
            Weights::default(),
        )),
    };
    let mut results = Vec::new();
    for (i, &(score, addr)) in ranking.hits.iter().enumerate().skip(req.offset) {
        let stored = index.load(&searcher, addr)?;
        let explanation = (req.explain && note.is_none()).then(|| {
            let signals = index.segment_signals(searcher.segment_reader(addr.segment_ord));
            signals.map(|s| {
                let row = s.matrix.row(addr.doc_id as usize).to_vec();
                let q = scorer.query();
                explain(
                    &model.taxonomy,
                    &scorer.parts(&row),
                    &q.values,
                    &q.topics,
                    &stored.profile,
                )
            })
        });
        results.push(SearchResult {
            rank: i + 1,
            score,
            creator: CreatorSummary::of(&stored),
            explanation: explanation.transpose()?,
        });
    }
    Ok(SearchResponse {
        ranker: req.ranker,
        query: reading,
        candidates: ranking.candidates,
        results,
        note,
    })
}
