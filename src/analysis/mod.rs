//! Text analysis: turns a post, a bio or a brand statement into tokens that
//! index, value model and query all share. Owns language detection,
//! Unicode-aware tokenisation, lower-casing, per-language accent handling,
//! stopwords (data files) and Snowball stemming, hashtags and @mentions.
//!
//! Every token keeps two forms: `text`, the lower-cased, accent-folded word
//! as written, and `stem`, its folded stem. Stemming runs before folding, so
//! that each stemmer sees the accents it was written for, and folding after
//! it makes "pădure" and "padure", "recyclé" and "recycle" meet.

pub mod language;
pub mod tokenizer;

use std::collections::{HashMap, HashSet};

use rust_stemmers::Stemmer;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

pub use language::Language;

use crate::datafiles::DataSources;
use crate::error::Result;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// An ordinary word (or number).
    Word,
    /// A whole hashtag, `text` starts with `#`.
    Hashtag,
    /// A word split out of a hashtag (`#ZeroWaste` -> `zero`, `waste`).
    HashtagPart,
    /// An @mention, `text` starts with `@`.
    Mention,
    /// A pictographic emoji (skin tones and variation selectors dropped).
    Emoji,
}

/// One analysed token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lower-cased, accent-folded surface form.
    pub text: String,
    /// Folded stem (equal to `text` for hashtags, mentions and unstemmed languages).
    pub stem: String,
    /// Byte offsets in the original text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// A stopword of the text's language.
    pub stop: bool,
    /// Index of the sentence/clause the token is in.
    pub clause: u32,
    /// Index of the comma-separated part of the clause (negation stays inside one).
    pub phrase: u32,
}

/// A text with its language and tokens.
#[derive(Debug, Clone)]
pub struct Analyzed {
    pub language: Option<Language>,
    pub tokens: Vec<Token>,
}

impl Analyzed {
    /// Tokens that carry content: words and hashtag parts that are not stopwords.
    pub fn content_tokens(&self) -> impl Iterator<Item = &Token> {
        self.tokens
            .iter()
            .filter(|t| !t.stop && matches!(t.kind, TokenKind::Word | TokenKind::HashtagPart))
    }
}

struct LanguageData {
    stemmer: Option<Stemmer>,
    stopwords: HashSet<String>,
}

/// The analyser: per-language stemmers and stopwords.
pub struct Analyzer {
    languages: HashMap<Language, LanguageData>,
    /// Languages with a stopword list or lexicon, preferred when detection is unsure.
    preferred: Vec<Language>,
    /// Identifies this analyser in the per-thread word cache.
    id: u64,
}

/// A word as analysed: folded form, folded stem, stopword.
#[derive(Clone)]
struct WordForms {
    text: String,
    stem: String,
    stop: bool,
}

/// Words analysed on this thread, by language and word as written: the
/// same word is lower-cased, folded and stemmed once. A pure memo of
/// [`Analyzer::word`]; cleared when it grows past `WORD_CACHE_MAX`, and
/// when a different analyser uses the thread.
struct WordCache {
    analyzer: u64,
    entries: usize,
    by_language: HashMap<Option<Language>, HashMap<String, WordForms>>,
}

const WORD_CACHE_MAX: usize = 200_000;

static NEXT_ANALYZER_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

thread_local! {
    static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache {
        analyzer: 0,
        entries: 0,
        by_language: HashMap::new(),
    });
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("preferred", &self.preferred)
            .finish()
    }
}

impl Analyzer {
    /// Loads the stopword lists (`stopwords/LANG.txt`) from `sources`.
    pub fn load(sources: &DataSources) -> Result<Self> {
        let mut stopwords: HashMap<Language, HashSet<String>> = HashMap::new();
        for file in sources.files("stopwords", "txt")? {
            let Some(lang) = Language::from_code(&file.stem) else {
                return Err(crate::error::Error::Data {
                    file: file.origin,
                    line: 0,
                    message: format!(
                        "file name {:?} is not a language code (expected e.g. en.txt)",
                        file.stem
                    ),
                });
            };
            let set = stopwords.entry(lang).or_default();
            for line in file.text.lines() {
                let w = line.trim();
                if w.is_empty() || w.starts_with('#') {
                    continue;
                }
                set.insert(fold(&normalize_case(w, Some(lang))));
            }
        }
        let mut preferred: Vec<Language> = stopwords.keys().copied().collect();
        preferred.sort();
        let mut languages = HashMap::new();
        for lang in language_table() {
            languages.insert(
                lang,
                LanguageData {
                    stemmer: lang.stemmer().map(Stemmer::create),
                    stopwords: stopwords.remove(&lang).unwrap_or_default(),
                },
            );
        }
        for (lang, set) in stopwords {
            languages.insert(
                lang,
                LanguageData {
                    stemmer: lang.stemmer().map(Stemmer::create),
                    stopwords: set,
                },
            );
        }
        Ok(Analyzer {
            languages,
            preferred,
            id: NEXT_ANALYZER_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// Languages that have data (stopwords), in code order.
    pub fn preferred_languages(&self) -> &[Language] {
        &self.preferred
    }

    /// Detects the language of `text` (see [`language::detect`]); when
    /// whatlang is unsure, the language whose stopwords the text uses most wins.
    pub fn detect(&self, text: &str) -> Option<Language> {
        self.detect_by(text, |lang| self.stopword_hits(text, lang))
    }

    /// Like [`Analyzer::detect`], with the caller's vote for unsure cases.
    pub fn detect_by(&self, text: &str, vote: impl Fn(Language) -> usize) -> Option<Language> {
        language::detect(text, &self.preferred, vote)
    }

    /// How many words of `text` are stopwords of `lang`.
    pub fn stopword_hits(&self, text: &str, lang: Language) -> usize {
        let Some(data) = self.languages.get(&lang) else {
            return 0;
        };
        scan(text)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .filter(|t| {
                data.stopwords
                    .contains(&fold(&normalize_case(&text[t.start..t.end], Some(lang))))
            })
            .count()
    }

    /// Detects the language of a text that has no wider context to fall back
    /// on (a brand statement): when detection is unsure, whatlang's best guess
    /// among the languages with data.
    pub fn guess(&self, text: &str) -> Option<Language> {
        self.guess_by(text, |lang| self.stopword_hits(text, lang))
    }

    /// Like [`Analyzer::guess`], with the caller's vote for unsure cases.
    pub fn guess_by(&self, text: &str, vote: impl Fn(Language) -> usize) -> Option<Language> {
        self.detect_by(text, vote).or_else(|| {
            let allow = self.preferred.iter().map(|l| l.0).collect();
            whatlang::Detector::with_allowlist(allow)
                .detect_lang(text)
                .map(Language)
        })
    }

    /// Analyses `text`, detecting its language; `fallback` is used when
    /// detection is unsure (e.g. the creator's main language).
    pub fn analyze(&self, text: &str, fallback: Option<Language>) -> Analyzed {
        let language = self.detect(text).or(fallback);
        self.analyze_as(text, language)
    }

    /// Analyses `text` as `language` (no stemming when `None` or unknown).
    pub fn analyze_as(&self, text: &str, language: Option<Language>) -> Analyzed {
        let data = language.and_then(|l| self.languages.get(&l));
        let mut tokens = Vec::new();
        for raw in scan(text) {
            match raw.kind {
                TokenKind::Hashtag => {
                    let body = &text[raw.start + 1..raw.end];
                    let folded = fold(&normalize_case(body, language));
                    tokens.push(Token {
                        text: format!("#{folded}"),
                        stem: format!("#{folded}"),
                        start: raw.start,
                        end: raw.end,
                        kind: TokenKind::Hashtag,
                        stop: false,
                        clause: raw.clause,
                        phrase: raw.phrase,
                    });
                    for (s, e) in split_hashtag(body) {
                        let part = &body[s..e];
                        let mut t = self.word(part, language, data);
                        t.start = raw.start + 1 + s;
                        t.end = raw.start + 1 + e;
                        t.kind = TokenKind::HashtagPart;
                        t.clause = raw.clause;
                        t.phrase = raw.phrase;
                        tokens.push(t);
                    }
                }
                TokenKind::Emoji => tokens.push(Token {
                    text: text[raw.start..raw.end].to_string(),
                    stem: text[raw.start..raw.end].to_string(),
                    start: raw.start,
                    end: raw.end,
                    kind: TokenKind::Emoji,
                    stop: false,
                    clause: raw.clause,
                    phrase: raw.phrase,
                }),
                TokenKind::Mention => {
                    let folded = fold(&normalize_case(&text[raw.start..raw.end], language));
                    tokens.push(Token {
                        stem: folded.clone(),
                        text: folded,
                        start: raw.start,
                        end: raw.end,
                        kind: TokenKind::Mention,
                        stop: false,
                        clause: raw.clause,
                        phrase: raw.phrase,
                    });
                }
                TokenKind::Word | TokenKind::HashtagPart => {
                    let mut t = self.word(&text[raw.start..raw.end], language, data);
                    t.start = raw.start;
                    t.end = raw.end;
                    t.clause = raw.clause;
                    t.phrase = raw.phrase;
                    tokens.push(t);
                }
            }
        }
        Analyzed { language, tokens }
    }

    fn word(&self, word: &str, language: Option<Language>, data: Option<&LanguageData>) -> Token {
        let forms = WORD_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.analyzer != self.id || cache.entries >= WORD_CACHE_MAX {
                cache.analyzer = self.id;
                cache.entries = 0;
                cache.by_language.clear();
            }
            if let Some(f) = cache.by_language.get(&language).and_then(|m| m.get(word)) {
                return f.clone();
            }
            let f = Self::word_forms(word, language, data);
            cache.entries += 1;
            cache
                .by_language
                .entry(language)
                .or_default()
                .insert(word.to_string(), f.clone());
            f
        });
        Token {
            text: forms.text,
            stem: forms.stem,
            start: 0,
            end: 0,
            kind: TokenKind::Word,
            stop: forms.stop,
            clause: 0,
            phrase: 0,
        }
    }

    fn word_forms(
        word: &str,
        language: Option<Language>,
        data: Option<&LanguageData>,
    ) -> WordForms {
        let lower = normalize_case(word, language);
        let text = fold(&lower);
        let stop = data.is_some_and(|d| d.stopwords.contains(&text));
        let stem = match data.and_then(|d| d.stemmer.as_ref()) {
            Some(stemmer) if lower.chars().any(char::is_alphabetic) => fold(&stemmer.stem(&lower)),
            _ => text.clone(),
        };
        WordForms { text, stem, stop }
    }
}

fn language_table() -> Vec<Language> {
    [
        "en", "fr", "de", "es", "it", "pt", "ro", "el", "nl", "da", "sv", "nb", "fi", "hu", "ru",
        "tr", "ar", "ta",
    ]
    .iter()
    .filter_map(|c| Language::from_code(c))
    .collect()
}

/// Lower-cases and applies the spelling normalisation a language needs before
/// stemming. Romanian is written with comma-below ș/ț or cedilla ş/ţ; the
/// Snowball Romanian stemmer expects the cedilla forms, so both become those
/// ("comunități" and "comunitate" then share a stem).
pub fn normalize_case(word: &str, language: Option<Language>) -> String {
    let lower = word.to_lowercase();
    if language.map(|l| l.code()) == Some("ro") || lower.contains(['ș', 'ț']) {
        lower.replace('ș', "ş").replace('ț', "ţ")
    } else {
        lower
    }
}

/// Folds accents (tonos, diacritics), German ß and Greek final sigma: the
/// form in which tokens are compared. `ñ` is a letter of its own in Spanish
/// ("coña" is not "cona"), so it is kept.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_string();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'ñ' => out.push('ñ'),
            'ς' => out.push('σ'),
            'ß' => out.push_str("ss"),
            c if c.is_ascii() => out.push(c),
            c => out.extend(std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d))),
        }
    }
    out
}

struct RawToken {
    start: usize,
    end: usize,
    kind: TokenKind,
    clause: u32,
    phrase: u32,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Pictographic emoji and symbols (♻ ❤ 😂 🐶 🚴 ...).
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1F3FA | 0x1F400..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF | 0x2B50..=0x2B55 | 0x2300..=0x23FF)
}

/// Splits text into raw words, hashtags and mentions, numbering clauses.
fn scan(text: &str) -> Vec<RawToken> {
    let mut out = Vec::new();
    let mut clause = 0u32;
    let mut phrase = 0u32;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(RawToken {
                start: i,
                end,
                kind: TokenKind::Word,
                clause,
                phrase,
            });
        } else if (c == '#' || c == '@') && chars.peek().is_some_and(|&(_, d)| is_word_char(d)) {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) || d == '_' || (c == '@' && d == '.') {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let end = if c == '@' {
                text[..end].trim_end_matches('.').len()
            } else {
                end
            };
            let kind = if c == '#' {
                TokenKind::Hashtag
            } else {
                TokenKind::Mention
            };
            out.push(RawToken {
                start: i,
                end,
                kind,
                clause,
                phrase,
            });
        } else if is_emoji(c) {
            out.push(RawToken {
                start: i,
                end: i + c.len_utf8(),
                kind: TokenKind::Emoji,
                clause,
                phrase,
            });
        } else if matches!(
            c,
            '.' | '!' | '?' | ';' | '\n' | '…' | ':' | '¡' | '¿' | '·'
        ) && out.last().is_some_and(|t: &RawToken| t.clause == clause)
        {
            clause += 1;
            phrase += 1;
        } else if matches!(c, ',' | '(' | ')' | '–' | '—' | '"' | '«' | '»' | '“' | '”')
            && out.last().is_some_and(|t: &RawToken| t.phrase == phrase)
        {
            phrase += 1;
        }
    }
    out
}

/// Splits a hashtag body into words: at underscores, lower-to-upper case
/// changes (`ZeroWaste`) and letter/digit boundaries. Byte ranges into `body`.
fn split_hashtag(body: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in body.char_indices() {
        let boundary = match prev {
            None => false,
            Some(p) => {
                c == '_'
                    || p == '_'
                    || (p.is_lowercase() && c.is_uppercase())
                    || (p.is_alphabetic() != c.is_alphabetic() && !is_combining_mark(c))
            }
        };
        if boundary {
            if let Some(s) = start.take() {
                parts.push((s, i));
            }
        }
        if c != '_' && start.is_none() {
            start = Some(i);
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        parts.push((s, body.len()));
    }
    parts
}

#[cfg(test)]
mod tests;
