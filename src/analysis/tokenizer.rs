//! The analyser as tantivy tokenizers, so that the index and queries use one
//! analysis: `valuematch` detects the language of each text value, and
//! `valuematch_LANG` (e.g. `valuematch_fr`) analyses as a fixed language.

use std::sync::Arc;

use tantivy::tokenizer::{Token as TantivyToken, TokenStream, Tokenizer};

use super::{Analyzed, Analyzer, Language, TokenKind};

/// Name of the auto-detecting tokenizer.
pub const AUTO: &str = "valuematch";

/// The terms a text contributes to the full-text index: stems of content
/// words, whole hashtags and mentions; stopwords are left out.
pub fn index_tokens(analyzed: &Analyzed) -> Vec<TantivyToken> {
    analyzed
        .tokens
        .iter()
        .filter(|t| !t.stop)
        .enumerate()
        .map(|(position, t)| TantivyToken {
            offset_from: t.start,
            offset_to: t.end,
            position,
            text: match t.kind {
                TokenKind::Word | TokenKind::HashtagPart => t.stem.clone(),
                TokenKind::Hashtag | TokenKind::Mention | TokenKind::Emoji => t.text.clone(),
            },
            position_length: 1,
        })
        .collect()
}

/// A tantivy tokenizer backed by the valuematch [`Analyzer`].
#[derive(Clone)]
pub struct ValuematchTokenizer {
    analyzer: Arc<Analyzer>,
    language: Option<Language>,
    tokens: Vec<TantivyToken>,
}

impl ValuematchTokenizer {
    /// A tokenizer that detects each text's language (`None`) or uses `language`.
    pub fn new(analyzer: Arc<Analyzer>, language: Option<Language>) -> Self {
        ValuematchTokenizer {
            analyzer,
            language,
            tokens: Vec::new(),
        }
    }
}

impl Tokenizer for ValuematchTokenizer {
    type TokenStream<'a> = VecTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream<'a> {
        let analyzed = match self.language {
            Some(lang) => self.analyzer.analyze_as(text, Some(lang)),
            None => self.analyzer.analyze(text, None),
        };
        self.tokens = index_tokens(&analyzed);
        VecTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

/// A token stream over analysed tokens.
pub struct VecTokenStream<'a> {
    tokens: &'a mut [TantivyToken],
    next: usize,
}

impl TokenStream for VecTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &TantivyToken {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut TantivyToken {
        &mut self.tokens[self.next - 1]
    }
}

/// Registers `valuematch` and one `valuematch_LANG` per language with data.
pub fn register(index: &tantivy::Index, analyzer: &Arc<Analyzer>) {
    let manager = index.tokenizers();
    manager.register(AUTO, ValuematchTokenizer::new(analyzer.clone(), None));
    for &lang in analyzer.preferred_languages() {
        manager.register(
            &format!("{AUTO}_{}", lang.code()),
            ValuematchTokenizer::new(analyzer.clone(), Some(lang)),
        );
    }
}
