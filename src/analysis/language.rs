//! Language identity and detection: ISO 639-1 codes for display and filters,
//! whatlang for detection, and the Snowball stemmer that fits each language.

use rust_stemmers::Algorithm;
use whatlang::Lang;

/// A natural language, as detected by whatlang.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language(pub Lang);

impl PartialOrd for Language {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Language {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.code().cmp(other.code())
    }
}

/// (whatlang language, ISO 639-1 code, Snowball stemmer if there is one).
const TABLE: &[(Lang, &str, Option<Algorithm>)] = &[
    (Lang::Eng, "en", Some(Algorithm::English)),
    (Lang::Fra, "fr", Some(Algorithm::French)),
    (Lang::Deu, "de", Some(Algorithm::German)),
    (Lang::Spa, "es", Some(Algorithm::Spanish)),
    (Lang::Ita, "it", Some(Algorithm::Italian)),
    (Lang::Por, "pt", Some(Algorithm::Portuguese)),
    (Lang::Ron, "ro", Some(Algorithm::Romanian)),
    (Lang::Ell, "el", Some(Algorithm::Greek)),
    (Lang::Nld, "nl", Some(Algorithm::Dutch)),
    (Lang::Dan, "da", Some(Algorithm::Danish)),
    (Lang::Swe, "sv", Some(Algorithm::Swedish)),
    (Lang::Nob, "nb", Some(Algorithm::Norwegian)),
    (Lang::Fin, "fi", Some(Algorithm::Finnish)),
    (Lang::Hun, "hu", Some(Algorithm::Hungarian)),
    (Lang::Rus, "ru", Some(Algorithm::Russian)),
    (Lang::Tur, "tr", Some(Algorithm::Turkish)),
    (Lang::Ara, "ar", Some(Algorithm::Arabic)),
    (Lang::Tam, "ta", Some(Algorithm::Tamil)),
    (Lang::Pol, "pl", None),
    (Lang::Ces, "cs", None),
    (Lang::Slk, "sk", None),
    (Lang::Slv, "sl", None),
    (Lang::Hrv, "hr", None),
    (Lang::Srp, "sr", None),
    (Lang::Bul, "bg", None),
    (Lang::Ukr, "uk", None),
    (Lang::Lit, "lt", None),
    (Lang::Lav, "lv", None),
    (Lang::Est, "et", None),
    (Lang::Cat, "ca", None),
    (Lang::Jpn, "ja", None),
    (Lang::Cmn, "zh", None),
    (Lang::Kor, "ko", None),
    (Lang::Hin, "hi", None),
    (Lang::Heb, "he", None),
    (Lang::Ind, "id", None),
    (Lang::Vie, "vi", None),
    (Lang::Tha, "th", None),
];

impl Language {
    /// ISO 639-1 code when there is one, else whatlang's ISO 639-3 code.
    pub fn code(self) -> &'static str {
        TABLE
            .iter()
            .find(|(l, _, _)| *l == self.0)
            .map(|(_, c, _)| *c)
            .unwrap_or_else(|| self.0.code())
    }

    /// Parses an ISO 639-1 or 639-3 code (case-insensitive).
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        TABLE
            .iter()
            .find(|(_, c, _)| *c == code)
            .map(|(l, _, _)| Language(*l))
            .or_else(|| Lang::from_code(&code).map(Language))
    }

    /// The English name of the language.
    pub fn name(self) -> &'static str {
        self.0.eng_name()
    }

    /// The Snowball stemmer for this language, if rust-stemmers has one.
    pub fn stemmer(self) -> Option<Algorithm> {
        TABLE
            .iter()
            .find(|(l, _, _)| *l == self.0)
            .and_then(|(_, _, a)| *a)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Detects the language of `text` with whatlang. When whatlang is unsure,
/// `vote` (e.g. a stopword count per language) decides among `preferred`
/// languages; below a few letters, or with no clear vote, the result is
/// `None` and the caller falls back to a wider context (the creator's main
/// language).
pub fn detect(
    text: &str,
    preferred: &[Language],
    vote: impl Fn(Language) -> usize,
) -> Option<Language> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 12 {
        return None;
    }
    let info = whatlang::detect(text)?;
    if info.is_reliable() {
        return Some(Language(info.lang()));
    }
    let mut votes: Vec<(usize, Language)> = preferred.iter().map(|&l| (vote(l), l)).collect();
    votes.sort_by(|a, b| b.0.cmp(&a.0));
    match votes.as_slice() {
        [(best, l), (second, _), ..] if *best >= 2 && *best > *second => Some(*l),
        [(best, l)] if *best >= 2 => Some(*l),
        _ if letters >= 60 && info.confidence() > 0.3 => Some(Language(info.lang())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for code in ["en", "fr", "de", "es", "it", "pt", "ro", "el"] {
            let l = Language::from_code(code).unwrap();
            assert_eq!(l.code(), code);
            assert!(l.stemmer().is_some(), "{code} has a stemmer");
        }
        assert_eq!(Language::from_code("ELL").unwrap().code(), "el");
        assert!(Language::from_code("xx").is_none());
    }

    #[test]
    fn detects_the_eight_languages() {
        let samples = [
            ("en", "We repaired the old bike together and rode to the market on Sunday morning."),
            ("fr", "Nous avons réparé le vieux vélo ensemble et nous sommes allés au marché dimanche."),
            ("de", "Wir haben das alte Fahrrad zusammen repariert und sind am Sonntag zum Markt gefahren."),
            ("es", "Arreglamos juntos la bicicleta vieja y fuimos al mercado el domingo por la mañana."),
            ("it", "Abbiamo riparato insieme la vecchia bicicletta e siamo andati al mercato domenica."),
            ("pt", "Consertámos juntos a bicicleta velha e fomos ao mercado no domingo de manhã."),
            ("ro", "Am reparat împreună bicicleta veche și am mers la piață duminică dimineața."),
            ("el", "Φτιάξαμε μαζί το παλιό ποδήλατο και πήγαμε στη λαϊκή την Κυριακή το πρωί."),
        ];
        for (code, text) in samples {
            assert_eq!(
                detect(text, &[], |_| 0).map(|l| l.code()),
                Some(code),
                "{text}"
            );
        }
        assert_eq!(detect("ok 👍", &[], |_| 0), None);
    }
}
