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

/// The float functions the page takes from JavaScript's `Math` (`script::float_math`) against
/// Rust's own wasm math library, which this test binary still has, over arguments from tiny to
/// huge, negative, and the special values: the same special values, and results at most one
/// unit in the last place apart.
#[wasm_bindgen_test]
fn float_functions_match_rusts_wasm_math() {
    use async_playground::script::float_math as math;
    let mut args = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        2.0,
        10.0,
        f64::INFINITY,
        -f64::INFINITY,
        f64::NAN,
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..3000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let unit = (seed >> 11) as f64 / (1u64 << 53) as f64;
        let magnitude = 10f64.powi((seed % 40) as i32 - 20);
        args.push(if seed & 1 == 0 {
            unit * magnitude
        } else {
            -unit * magnitude
        });
    }
    // Within one unit in the last place: neither library rounds every result exactly (the
    // engine's `exp(1)` is e rounded to nearest, the wasm library's one unit above).
    let same = |a: f64, b: f64| {
        (a.is_nan() && b.is_nan())
            || a == b
            || (a.is_finite()
                && b.is_finite()
                && a.is_sign_negative() == b.is_sign_negative()
                && a.to_bits().abs_diff(b.to_bits()) <= 1)
    };
    let mut differ = Vec::new();
    type Unary = fn(f64) -> f64;
    let unary: [(&str, Unary, Unary); 8] = [
        ("sin", math::sin, f64::sin),
        ("cos", math::cos, f64::cos),
        ("tan", math::tan, f64::tan),
        ("exp", math::exp, f64::exp),
        ("ln", math::ln, f64::ln),
        ("log10", math::log10, f64::log10),
        ("log2", math::log2, f64::log2),
        ("cbrt", math::cbrt, f64::cbrt),
    ];
    for &x in &args {
        for (name, ours, std) in unary {
            if !same(ours(x), std(x)) {
                differ.push(format!("{name}({x:e}) = {:e}, std {:e}", ours(x), std(x)));
            }
        }
    }
    for pair in args.windows(2) {
        let (x, y) = (pair[0], pair[1]);
        for (x, y) in [(x, y), (x.abs(), y / 8.0), (1.0, y), (-1.0, y), (x, 0.0)] {
            if !same(math::powf(x, y), x.powf(y)) {
                differ.push(format!(
                    "powf({x:e}, {y:e}) = {:e}, std {:e}",
                    math::powf(x, y),
                    x.powf(y)
                ));
            }
            if !same(math::atan2(x, y), x.atan2(y)) {
                differ.push(format!("atan2({x:e}, {y:e})"));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} differ: {:#?}",
        differ.len(),
        &differ[..differ.len().min(20)]
    );
}
