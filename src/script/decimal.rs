//! Decimal text to `f64` and `f32` exactly as std's `str::parse` reads it (its grammar, its
//! rounding, its errors), for the lexer's float literals, the interpreter's `parse::<f64>()` and
//! the page. In the browser the nearest `f64` comes from JavaScript's `parseFloat`, which rounds
//! decimal text to the nearest double as std does (for every length in V8 and SpiderMonkey; the
//! standard promises it up to 20 significant digits): std's own parser would bring a 10 KB table
//! of powers of five into the bundle. Natively std gives that `f64`. Everything else, the grammar
//! and the `f32` rounding, is the same code on both, so the native tests cover what the page runs.
//!
//! An `f32` is the nearest `f64` rounded again, which is the nearest `f32` unless that `f64` lies
//! exactly halfway between two `f32`s: only then is the text compared with the halfway point, in
//! exact integer arithmetic.

use std::cmp::Ordering;

/// `text.parse::<f64>().ok()`.
pub fn parse_f64(text: &str) -> Option<f64> {
    Some(match read(text)? {
        Read::Special(value) => value,
        Read::Decimal(_) => nearest_f64(text),
    })
}

/// `text.parse::<f32>().ok()`.
pub fn parse_f32(text: &str) -> Option<f32> {
    let decimal = match read(text)? {
        Read::Special(value) => return Some(value as f32),
        Read::Decimal(decimal) => decimal,
    };
    let wide = nearest_f64(text);
    // `as` rounds to the nearest f32, ties to even, and past the largest f32 to infinity.
    let narrow = wide as f32;
    let magnitude = wide.abs();
    if !magnitude.is_finite() {
        return Some(narrow);
    }
    // The two f32 magnitudes around `magnitude`: the bits of +infinity follow those of f32::MAX.
    let mut low = (magnitude as f32).to_bits();
    if f64::from(f32::from_bits(low)) > magnitude {
        low -= 1;
    }
    let high = low + 1;
    let value_of = |bits: u32| match f32::from_bits(bits) {
        // Rounding treats the step past f32::MAX as if the exponent went on: 2^128.
        f if f.is_infinite() => 2f64.powi(128),
        f => f64::from(f),
    };
    // Exact in f64: both ends have 24 significant bits, their midpoint 25.
    let midpoint = (value_of(low) + value_of(high)) / 2.0;
    if magnitude != midpoint {
        return Some(narrow);
    }
    let bits = match decimal.compare(midpoint) {
        Ordering::Less => low,
        Ordering::Greater => high,
        Ordering::Equal => return Some(narrow),
    };
    let rounded = f32::from_bits(bits);
    Some(if decimal.negative { -rounded } else { rounded })
}

/// The nearest `f64` to `text`, which [`read`] accepted as a decimal number.
#[cfg(target_arch = "wasm32")]
fn nearest_f64(text: &str) -> f64 {
    // parseFloat reads std's decimal shapes alike: a sign, `5.`, `.5`, an exponent.
    js_sys::parse_float(text)
}

/// The nearest `f64` to `text`, which [`read`] accepted as a decimal number.
#[cfg(not(target_arch = "wasm32"))]
fn nearest_f64(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

/// What std's grammar makes of a text.
enum Read<'a> {
    /// `inf`, `infinity` or `nan` in any case, with its sign.
    Special(f64),
    Decimal(Decimal<'a>),
}

/// A decimal number as written: `digits` × 10^`exponent`.
struct Decimal<'a> {
    negative: bool,
    /// The digits before and after the point, the point left out.
    digits: [&'a [u8]; 2],
    /// The written exponent less the number of digits after the point; far beyond any float's
    /// range it is held at ±2^40, which changes no result.
    exponent: i64,
}

/// Reads `text` with std's grammar: an optional `+` or `-`, then `inf`, `infinity` or `nan`
/// (any case), or digits with an optional point (at least one digit on either side of it) and
/// an optional exponent (`e` or `E`, an optional sign, at least one digit). Nothing else, no
/// spaces or underscores; `None` for text std refuses.
fn read(text: &str) -> Option<Read<'_>> {
    let bytes = text.as_bytes();
    let (negative, rest) = match bytes.first()? {
        b'-' => (true, &bytes[1..]),
        b'+' => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let special = if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if rest.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(value) = special {
        return Some(Read::Special(if negative { -value } else { value }));
    }
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let (whole, mut rest) = rest.split_at(digits(rest));
    let mut fraction: &[u8] = &[];
    if let Some((b'.', after)) = rest.split_first() {
        (fraction, rest) = after.split_at(digits(after));
    }
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let limit = 1i64 << 40;
    let mut exponent = 0;
    if let Some((b'e' | b'E', after)) = rest.split_first() {
        let (sign, after) = match after.split_first() {
            Some((b'-', after)) => (-1, after),
            Some((b'+', after)) => (1, after),
            _ => (1, after),
        };
        let (written, after) = after.split_at(digits(after));
        if written.is_empty() {
            return None;
        }
        exponent = sign
            * written.iter().fold(0, |value: i64, digit| {
                (value * 10 + i64::from(digit - b'0')).min(limit)
            });
        rest = after;
    }
    let fraction_digits = i64::try_from(fraction.len()).unwrap_or(limit);
    rest.is_empty().then_some(Read::Decimal(Decimal {
        negative,
        digits: [whole, fraction],
        exponent: (exponent - fraction_digits).clamp(-limit, limit),
    }))
}

/// Significant digits compared exactly. A halfway point between two f32s has at most about 160
/// significant decimal digits, so a text that agrees with it on more than this many digits is
/// above it if any later digit is not zero, and equal to it otherwise.
const KEPT_DIGITS: usize = 800;

impl Decimal<'_> {
    /// How this number's magnitude compares with `target`, a positive finite f64.
    fn compare(&self, target: f64) -> Ordering {
        let mut significant = self
            .digits
            .iter()
            .flat_map(|part| part.iter())
            .skip_while(|digit| **digit == b'0');
        let mut value = Big(Vec::new());
        let mut kept = 0usize;
        for digit in significant.by_ref().take(KEPT_DIGITS) {
            value.mul_add(10, u32::from(digit - b'0'));
            kept += 1;
        }
        if kept == 0 {
            return Ordering::Less;
        }
        let dropped = significant.clone().count();
        let rest_nonzero = significant.any(|digit| *digit != b'0');
        // value × 10^ten versus mantissa × 2^two.
        let ten = self.exponent + i64::try_from(dropped).unwrap_or(i64::MAX / 2);
        let bits = target.to_bits();
        let (mantissa, two) = match (bits >> 52) as i64 {
            0 => (bits & ((1 << 52) - 1), -1074),
            biased => ((bits & ((1 << 52) - 1)) | (1 << 52), biased - 1075),
        };
        // A decimal this far from the target cannot be equal to it.
        let scale = ten + i64::try_from(kept).unwrap_or(0);
        if scale > 400 {
            return Ordering::Greater;
        }
        if scale < -400 {
            return Ordering::Less;
        }
        let mut target = Big(vec![mantissa as u32, (mantissa >> 32) as u32]);
        // Both sides as integers: move 10^ten's fives to the side without them and shift the
        // side with fewer twos.
        let (mut left_twos, mut right_twos) = (0, two);
        if ten >= 0 {
            value.mul_pow5(ten as u32);
            left_twos += ten;
        } else {
            target.mul_pow5(ten.unsigned_abs() as u32);
            right_twos -= ten;
        }
        let shift = left_twos - right_twos;
        if shift > 0 {
            value.shl(shift as u32);
        } else {
            target.shl(shift.unsigned_abs() as u32);
        }
        match value.cmp(&target) {
            Ordering::Equal if rest_nonzero => Ordering::Greater,
            order => order,
        }
    }
}

/// A natural number of any size, in base 2^32, least significant limb first.
struct Big(Vec<u32>);

impl Big {
    /// self = self × factor + add.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// self = self × 5^power.
    fn mul_pow5(&mut self, mut power: u32) {
        // 5^13 is the largest power of five below 2^32.
        while power > 0 {
            let step = power.min(13);
            self.mul_add(5u32.pow(step), 0);
            power -= step;
        }
    }

    /// self = self × 2^bits.
    fn shl(&mut self, bits: u32) {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            self.mul_add(1 << bits, 0);
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let significant = |big: &Big| {
            let len = big
                .0
                .iter()
                .rposition(|limb| *limb != 0)
                .map_or(0, |i| i + 1);
            big.0[..len].to_vec()
        };
        let (a, b) = (significant(self), significant(other));
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts around the edges of std's grammar.
    const SHAPES: &[&str] = &[
        "",
        "+",
        "-",
        ".",
        "+.",
        "e1",
        ".e1",
        "1e",
        "1e+",
        "1e-",
        "1.e5",
        ".5e-3",
        "5.",
        ".5",
        "-.5",
        "+5",
        "0",
        "-0",
        "00.000",
        "1_000.0",
        " 1",
        "1 ",
        "1f64",
        "0x10",
        "1e1.5",
        "1..2",
        "inf",
        "-inf",
        "+Infinity",
        "INFINITY",
        "infinit",
        "infx",
        "NaN",
        "-nan",
        "nan1",
        "1e400",
        "-1e400",
        "1e-400",
        "2.5e-324",
        "2.4703282292062328e-324",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "123456789012345678901234567890",
        "0.1",
        "3.4028235e38",
        "3.40282357e38",
        "3.4028236e38",
        "1e-45",
        "7e-46",
        "1.4e-45",
        "0.7006492e-45",
        "1e99999999999999999999999",
        "1e-99999999999999999999999",
    ];

    fn same_f32(text: &str) {
        let ours = parse_f32(text).map(f32::to_bits);
        let std = text.parse::<f32>().ok().map(f32::to_bits);
        assert_eq!(ours, std, "{text:?} as f32");
    }

    #[test]
    fn accepts_and_refuses_what_std_does() {
        for text in SHAPES {
            let ours = parse_f64(text).map(f64::to_bits);
            let std = text.parse::<f64>().ok().map(f64::to_bits);
            assert_eq!(ours, std, "{text:?} as f64");
            same_f32(text);
        }
    }

    /// A halfway point between two f32s is an f64, so texts near one round to it as f64 and only
    /// an exact comparison tells which f32 std chose: the halfway point itself (ties to even),
    /// its shortest f64 text (not the point itself) and its roundings to 1..40 digits.
    #[test]
    fn f32_near_halfway_points_round_as_std() {
        let mut seed = 0x2545_f491_u32;
        let mut lows: Vec<u32> = vec![0, 1, 2, 0x007f_ffff, 0x0080_0000, 0x7f7f_fffe, 0x7f7f_ffff];
        for _ in 0..60 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            lows.push(seed % 0x7f7f_ffff);
        }
        for low in lows {
            let next = f32::from_bits(low + 1);
            let high = if next.is_infinite() {
                2f64.powi(128)
            } else {
                f64::from(next)
            };
            let midpoint = (f64::from(f32::from_bits(low)) + high) / 2.0;
            let mut texts = vec![format!("{midpoint:e}"), format!("{midpoint:.1100e}")];
            texts.extend((1..40).map(|digits| format!("{midpoint:.digits$e}")));
            for text in texts {
                same_f32(&text);
                same_f32(&format!("-{text}"));
            }
        }
    }

    #[test]
    fn digits_past_those_kept_still_decide() {
        let midpoint = (1.0 + f64::from(f32::from_bits(1f32.to_bits() + 1))) / 2.0;
        let exact = format!("{midpoint:.1000e}");
        let (mantissa, exponent) = exact.split_once('e').unwrap();
        for tail in ["", "0000", "0001", "1"] {
            same_f32(&format!("{mantissa}{}{tail}e{exponent}", "0".repeat(900)));
        }
    }
}
