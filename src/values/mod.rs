//! The value model: the taxonomy, the lexicons, and how a creator's posts
//! and a brand's statement are read for values, contradictions and topics.
//!
//! - [`taxonomy`]: values, oppositions, topics (data file `values.toml`);
//! - [`lexicon`]: per-language vocabularies (data files `lexicons/*.lex`);
//! - [`post`]: reading one text for values, negation, mockery, stuffing;
//! - [`profile`]: a creator's consistency-weighted value profile;
//! - [`query`]: a brand statement as weighted values and topics.

pub mod lexicon;
pub mod post;
pub mod profile;
pub mod query;
pub mod taxonomy;

use std::sync::Arc;

use crate::analysis::{Analyzed, Analyzer, Language};
use crate::corpus::Creator;
use crate::datafiles::DataSources;
use crate::error::Result;

pub use lexicon::Lexicons;
pub use post::TextSignals;
pub use profile::{Signals, ValueProfile};
pub use query::{QueryVector, StatementReading};
pub use taxonomy::Taxonomy;

/// Everything the engine knows about values and languages.
pub struct ValueModel {
    pub taxonomy: Taxonomy,
    pub analyzer: Arc<Analyzer>,
    pub lexicons: Lexicons,
}

impl std::fmt::Debug for ValueModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ValueModel")
            .field("values", &self.taxonomy.values.len())
            .field("topics", &self.taxonomy.topics.len())
            .field("languages", &self.lexicons.languages())
            .finish()
    }
}

/// A creator read for values: the stored profile, the ranking signals, and
/// the analysed texts (for the full-text index).
pub struct CreatorReading {
    pub profile: ValueProfile,
    pub signals: Signals,
    pub bio: Option<Analyzed>,
    pub posts: Vec<Analyzed>,
}

impl ValueModel {
    /// Loads taxonomy, stopwords and lexicons from `sources`.
    pub fn load(sources: &DataSources) -> Result<Self> {
        let taxonomy = Taxonomy::load(sources)?;
        let analyzer = Arc::new(Analyzer::load(sources)?);
        let lexicons = Lexicons::load(sources, &taxonomy, &analyzer)?;
        Ok(ValueModel {
            taxonomy,
            analyzer,
            lexicons,
        })
    }

    /// Reads one analysed text.
    pub fn read(&self, analyzed: &Analyzed) -> TextSignals {
        post::read_text(
            analyzed,
            &self.lexicons,
            self.taxonomy.values.len(),
            self.taxonomy.topics.len(),
        )
    }

    /// Reads a brand statement.
    pub fn read_statement(&self, text: &str) -> StatementReading {
        let analyzed = self.analyzer.analyze(text, None);
        let signals = self.read(&analyzed);
        query::read_statement(
            &self.taxonomy,
            text,
            analyzed.language.map(|l| l.code().to_string()),
            &signals,
        )
    }

    /// Reads a creator: detects each post's language (falling back to the
    /// creator's main language for short posts), reads every post and the
    /// bio, and builds the profile.
    pub fn read_creator(&self, creator: &Creator) -> CreatorReading {
        let detected: Vec<Option<Language>> = creator
            .posts
            .iter()
            .map(|p| self.analyzer.detect(&p.text))
            .collect();
        let bio_lang = creator.bio.as_deref().and_then(|b| self.analyzer.detect(b));
        let main = main_language(detected.iter().copied().chain([bio_lang]));
        let posts: Vec<Analyzed> = creator
            .posts
            .iter()
            .zip(&detected)
            .map(|(p, lang)| self.analyzer.analyze_as(&p.text, lang.or(main)))
            .collect();
        let bio = creator
            .bio
            .as_deref()
            .map(|b| self.analyzer.analyze_as(b, bio_lang.or(main)));
        let bio_signals = bio.as_ref().map(|b| self.read(b));
        let read: Vec<profile::ReadPost> = creator
            .posts
            .iter()
            .zip(&posts)
            .map(|(post, analyzed)| profile::ReadPost {
                post,
                signals: self.read(analyzed),
                language: analyzed.language.map(|l| l.code().to_string()),
            })
            .collect();
        let (profile, signals) =
            profile::build_profile(&self.taxonomy, creator, bio_signals.as_ref(), &read);
        CreatorReading {
            profile,
            signals,
            bio,
            posts,
        }
    }
}

/// The most frequent detected language.
fn main_language(langs: impl Iterator<Item = Option<Language>>) -> Option<Language> {
    let mut counts: std::collections::HashMap<Language, usize> = Default::default();
    for l in langs.flatten() {
        *counts.entry(l).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(l, _)| l)
}

#[cfg(test)]
mod tests;
