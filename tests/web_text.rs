//! Browser tests of the text conversions that the page leaves to JavaScript to keep std's tables
//! out of the bundle (`script::decimal`, `script::case`), run by `wasm-pack test --headless
//! --chrome`: each compares the page's answer with std's, which this test binary still has, for
//! every `char` and for float texts at the edges of std's grammar and of rounding.
#![cfg(target_arch = "wasm32")]

use async_playground::script::{case, decimal};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn case_mapping_is_std_for_every_char() {
    let differ: Vec<char> = (0..=u32::from(char::MAX))
        .filter_map(char::from_u32)
        .filter(|&c| {
            case::char_lowercase(c) != c.to_lowercase().collect::<String>()
                || case::char_uppercase(c) != c.to_uppercase().collect::<String>()
        })
        .collect();
    assert!(
        differ.is_empty(),
        "{} chars map otherwise than std: {:?}",
        differ.len(),
        &differ[..differ.len().min(20)]
    );
}

#[wasm_bindgen_test]
fn a_capital_sigma_ending_a_word_lowers_as_std() {
    for text in [
        "ΣΑΣ",
        "ὈΔΥΣΣΕΎΣ",
        "ΑΣ Β",
        "Σ",
        "Α.Σ",
        "ΑΣ'Α",
        "Α\u{301}Σ",
        "ǅΣ",
        "ßtraße İ",
    ] {
        assert_eq!(case::lowercase(text), text.to_lowercase(), "{text}");
        assert_eq!(case::uppercase(text), text.to_uppercase(), "{text}");
    }
}

#[wasm_bindgen_test]
fn float_texts_parse_as_std() {
    let mut texts: Vec<String> = [
        "",
        "-",
        ".",
        "1e",
        ".e1",
        "5.",
        ".5",
        "+5",
        "-0",
        "1_0",
        "0x10",
        "inf",
        "-Infinity",
        "NaN",
        "1e400",
        "1e-400",
        "2.4703282292062328e-324",
        "1.7976931348623159e308",
        "0.1",
        "3.40282357e38",
        "1.00000005960464477550",
        "123456789012345678901234567890.5e-10",
    ]
    .map(str::to_owned)
    .to_vec();
    // Random doubles written shortest, exactly, and rounded to a few digits.
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..2000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let value = f64::from_bits(seed);
        texts.extend([
            format!("{value:e}"),
            format!("{value:.60e}"),
            format!("{value:.9e}"),
        ]);
    }
    for text in &texts {
        let bits = decimal::parse_f64(text).map(f64::to_bits);
        assert_eq!(bits, text.parse::<f64>().ok().map(f64::to_bits), "{text:?}");
        let bits = decimal::parse_f32(text).map(f32::to_bits);
        assert_eq!(
            bits,
            text.parse::<f32>().ok().map(f32::to_bits),
            "{text:?} as f32"
        );
    }
}
