use super::*;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::load(&DataSources::builtin_only()).expect("built-in data loads"))
}

fn lang(code: &str) -> Option<Language> {
    Some(Language::from_code(code).unwrap())
}

fn stems(text: &str, code: &str) -> Vec<String> {
    analyzer()
        .analyze_as(text, lang(code))
        .tokens
        .into_iter()
        .filter(|t| !t.stop)
        .map(|t| t.stem)
        .collect()
}

fn stem_of(word: &str, code: &str) -> String {
    let s = stems(word, code);
    assert_eq!(s.len(), 1, "{word} gave {s:?}");
    s[0].clone()
}

#[test]
fn each_language_stems_inflections_together() {
    let pairs = [
        ("en", "recycling", "recycled"),
        ("en", "families", "family"),
        ("fr", "déchets", "déchet"),
        ("fr", "artisans", "artisan"),
        ("de", "Kindern", "Kind"),
        ("de", "Fahrräder", "Fahrrad"),
        ("es", "bicicletas", "bicicleta"),
        ("es", "voluntarios", "voluntario"),
        ("it", "ricette", "ricetta"),
        ("it", "nonne", "nonna"),
        ("pt", "bicicletas", "bicicleta"),
        ("pt", "cidades", "cidade"),
        ("ro", "prietenii", "prieteni"),
        ("ro", "pădurile", "pădure"),
        ("el", "σκύλους", "σκύλος"),
        ("el", "οικογένειας", "οικογένεια"),
    ];
    for (code, a, b) in pairs {
        assert_eq!(stem_of(a, code), stem_of(b, code), "{code}: {a} / {b}");
    }
}

#[test]
fn unknown_languages_fall_back_to_folded_words() {
    let a = analyzer().analyze_as("Zażółć gęślą jaźń", None);
    let words: Vec<&str> = a.tokens.iter().map(|t| t.stem.as_str()).collect();
    assert_eq!(words, ["zazołc", "gesla", "jazn"]);
    let pl = analyzer().analyze_as("Rowery", Language::from_code("pl"));
    assert_eq!(pl.tokens[0].stem, "rowery");
}

#[test]
fn each_language_has_stopwords() {
    let samples = [
        ("en", "the", "bike"),
        ("fr", "les", "vélo"),
        ("de", "der", "Fahrrad"),
        ("es", "los", "bicicleta"),
        ("it", "della", "bicicletta"),
        ("pt", "das", "bicicleta"),
        ("ro", "și", "bicicletă"),
        ("el", "και", "ποδήλατο"),
    ];
    for (code, stop, content) in samples {
        let a = analyzer().analyze_as(&format!("{stop} {content}"), lang(code));
        assert!(a.tokens[0].stop, "{code}: {stop} is a stopword");
        assert!(!a.tokens[1].stop, "{code}: {content} is not a stopword");
    }
}

#[test]
fn negations_are_not_stopwords() {
    for (code, neg) in [
        ("en", "not"),
        ("fr", "pas"),
        ("de", "nicht"),
        ("es", "no"),
        ("el", "δεν"),
        ("ro", "nu"),
    ] {
        let a = analyzer().analyze_as(neg, lang(code));
        assert!(!a.tokens[0].stop, "{code}: {neg}");
    }
}

#[test]
fn greek_accents_and_final_sigma_fold() {
    let a = analyzer().analyze_as("Οικογένειας ΟΙΚΟΓΕΝΕΙΑΣ οικογενειας", lang("el"));
    let texts: Vec<&str> = a.tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["οικογενειασ"; 3]);
    assert!(a.tokens.iter().all(|t| t.stem == a.tokens[0].stem));
    assert_eq!(fold("ζώο ταΐζω λόγος"), "ζωο ταιζω λογοσ");
}

#[test]
fn romanian_cedilla_and_missing_diacritics_meet() {
    let comma = stem_of("învățăm", "ro");
    assert_eq!(stem_of("învăţăm", "ro"), comma, "cedilla ţ");
    assert_eq!(stem_of("pădurea", "ro"), stem_of("padurea", "ro"));
    assert_eq!(stem_of("Ştiinţă", "ro"), stem_of("știință", "ro"));
}

#[test]
fn hashtags_are_kept_and_split() {
    let a = analyzer().analyze_as(
        "Love this #ZeroWaste swap #adopt_dont_shop #vegan2024 @ana.pedaleaza.",
        lang("en"),
    );
    let got: Vec<(TokenKind, &str)> = a.tokens.iter().map(|t| (t.kind, t.text.as_str())).collect();
    use TokenKind::*;
    assert_eq!(
        got,
        [
            (Word, "love"),
            (Word, "this"),
            (Hashtag, "#zerowaste"),
            (HashtagPart, "zero"),
            (HashtagPart, "waste"),
            (Word, "swap"),
            (Hashtag, "#adopt_dont_shop"),
            (HashtagPart, "adopt"),
            (HashtagPart, "dont"),
            (HashtagPart, "shop"),
            (Hashtag, "#vegan2024"),
            (HashtagPart, "vegan"),
            (HashtagPart, "2024"),
            (Mention, "@ana.pedaleaza"),
        ]
    );
    // Offsets point back into the text.
    let text = "Love this #ZeroWaste swap";
    let a = analyzer().analyze_as(text, lang("en"));
    assert_eq!(&text[a.tokens[2].start..a.tokens[2].end], "#ZeroWaste");
    assert_eq!(&text[a.tokens[4].start..a.tokens[4].end], "Waste");
}

#[test]
fn clauses_split_at_punctuation() {
    let a = analyzer().analyze_as("I don't fly. I take the train; always!", lang("en"));
    let clauses: Vec<u32> = a.tokens.iter().map(|t| t.clause).collect();
    assert_eq!(
        clauses,
        [0, 0, 0, 0, 1, 1, 1, 1, 2, 3]
            .iter()
            .take(a.tokens.len())
            .copied()
            .collect::<Vec<_>>()
    );
}

#[test]
fn detection_falls_back_on_short_text() {
    let a = analyzer().analyze("Bravo!", lang("ro"));
    assert_eq!(a.language, lang("ro"));
}

#[test]
fn nothing_panics_on_odd_input() {
    for text in [
        "",
        "#",
        "@",
        "#_",
        "##x",
        "a\u{301}",
        "🚴‍♀️🚴",
        "\u{0}\u{feff}",
        "x#y@z",
        "ǅ#Ǆǅ",
    ] {
        let _ = analyzer().analyze(text, None);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn offsets_are_char_boundaries(text in "\\PC{0,80}") {
            let a = analyzer().analyze(&text, None);
            for t in &a.tokens {
                prop_assert!(t.start < t.end && t.end <= text.len());
                prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            }
        }
    }
}
