//! Rust's numeric types for the interpreter: every integer type with its width and signedness,
//! `f32` and `f64`, and what depends on the type (overflow checks, wrapping, casts, parsing,
//! radix digits). `isize` and `usize` are 64 bits wide on every platform the playground runs on,
//! the CLI and the page alike, as on the 64-bit targets that learners compile for. It must never
//! panic, and never let a value leave its type's range where a debug build of rustc would panic.

use std::fmt;

use super::vm::Fault;
use crate::script::ast::BinOp;

/// An integer type of Rust, or `{integer}`: a literal whose type nothing has fixed yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntType {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
    /// An unsuffixed literal not yet unified with a typed value: it takes the type of the
    /// other operand, and otherwise behaves as rustc's fallback, `i32`.
    Infer,
}

impl IntType {
    /// The type a name (`u8`, `usize`, ...) denotes.
    pub fn from_name(name: &str) -> Option<IntType> {
        Some(match name {
            "i8" => IntType::I8,
            "i16" => IntType::I16,
            "i32" => IntType::I32,
            "i64" => IntType::I64,
            "i128" => IntType::I128,
            "isize" => IntType::Isize,
            "u8" => IntType::U8,
            "u16" => IntType::U16,
            "u32" => IntType::U32,
            "u64" => IntType::U64,
            "u128" => IntType::U128,
            "usize" => IntType::Usize,
            _ => return None,
        })
    }

    /// The type's name as rustc writes it.
    pub fn name(self) -> &'static str {
        match self {
            IntType::I8 => "i8",
            IntType::I16 => "i16",
            IntType::I32 => "i32",
            IntType::I64 => "i64",
            IntType::I128 => "i128",
            IntType::Isize => "isize",
            IntType::U8 => "u8",
            IntType::U16 => "u16",
            IntType::U32 => "u32",
            IntType::U64 => "u64",
            IntType::U128 => "u128",
            IntType::Usize => "usize",
            IntType::Infer => "{integer}",
        }
    }

    /// Width in bits (`{integer}` falls back to `i32`).
    pub fn bits(self) -> u32 {
        match self {
            IntType::I8 | IntType::U8 => 8,
            IntType::I16 | IntType::U16 => 16,
            IntType::I32 | IntType::U32 | IntType::Infer => 32,
            IntType::I64 | IntType::U64 | IntType::Isize | IntType::Usize => 64,
            IntType::I128 | IntType::U128 => 128,
        }
    }

    /// Whether the type is signed (`{integer}` falls back to `i32`).
    pub fn signed(self) -> bool {
        matches!(
            self,
            IntType::I8
                | IntType::I16
                | IntType::I32
                | IntType::I64
                | IntType::I128
                | IntType::Isize
                | IntType::Infer
        )
    }

    /// The type of the result of `self op other`: a typed operand fixes an `{integer}` one;
    /// two typed operands keep the left's (rustc would have rejected a mismatch).
    #[inline]
    pub fn unify(self, other: IntType) -> IntType {
        if self == IntType::Infer {
            other
        } else {
            self
        }
    }

    /// `T::MIN`.
    pub fn min(self) -> Int {
        let value = match (self.signed(), self.bits()) {
            (false, _) => 0,
            (true, 128) => i128::MIN,
            (true, bits) => -(1i128 << (bits - 1)),
        };
        Int { value, ty: self }
    }

    /// `T::MAX` (for `u128`, its bits).
    pub fn max(self) -> Int {
        let value = match (self.signed(), self.bits()) {
            (true, 128) => i128::MAX,
            (false, 128) => -1,
            (true, bits) => (1i128 << (bits - 1)) - 1,
            (false, bits) => (1i128 << bits) - 1,
        };
        Int { value, ty: self }
    }

    /// Whether `value`, a mathematical value, is in the type's range.
    fn holds(self, value: i128) -> bool {
        match self {
            IntType::U128 => value >= 0,
            IntType::I128 => true,
            IntType::Infer => i64::try_from(value).is_ok(),
            _ => (self.min().value..=self.max().value).contains(&value),
        }
    }

    /// The value of the low `bits()` bits of `raw`, as this type reads them: what `as` and the
    /// `wrapping_` methods give.
    pub fn wrap(self, raw: i128) -> Int {
        let bits = self.bits();
        let value = if bits == 128 {
            raw
        } else if self.signed() {
            let shift = 128 - bits;
            (raw << shift) >> shift
        } else {
            raw & ((1i128 << bits) - 1)
        };
        Int { value, ty: self }
    }
}

/// `a op b` for `+`, `-` and `*` on two compact integers (see `Value::Int`) when `i64` holds
/// the result and it is in range: the interpreter's hot loops take this path. `None` leaves
/// the decision, overflow included, to [`Int::binary`].
#[inline(always)]
pub fn small_arith(op: BinOp, a: i64, ta: IntType, b: i64, tb: IntType) -> Option<(i64, IntType)> {
    let ty = ta.unify(tb);
    let value = match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        _ => return None,
    };
    let (min, max) = match ty {
        IntType::I8 => (i64::from(i8::MIN), i64::from(i8::MAX)),
        IntType::I16 => (i64::from(i16::MIN), i64::from(i16::MAX)),
        IntType::I32 | IntType::Infer => (i64::from(i32::MIN), i64::from(i32::MAX)),
        IntType::I64 | IntType::Isize => (i64::MIN, i64::MAX),
        IntType::U8 => (0, i64::from(u8::MAX)),
        IntType::U16 => (0, i64::from(u16::MAX)),
        IntType::U32 => (0, i64::from(u32::MAX)),
        // Their bits above `i64::MAX` read as negative: only non-negative operands are plain.
        IntType::U64 | IntType::Usize if a >= 0 && b >= 0 => (0, i64::MAX),
        _ => return None,
    };
    (min..=max).contains(&value).then_some((value, ty))
}

/// An integer value and its type. `value` is the mathematical value, except for `u128`, whose
/// bits it holds (read them with [`Int::as_u128`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Int {
    /// The value (for `u128`, its bits).
    pub value: i128,
    /// Its type.
    pub ty: IntType,
}

impl Int {
    /// A value of type `ty`.
    pub fn new(value: i128, ty: IntType) -> Int {
        Int { value, ty }
    }

    /// Whether the value is in its type's range.
    pub fn fits(self) -> bool {
        self.ty == IntType::U128 || self.ty.holds(self.value)
    }

    /// The value as `u128` bits.
    pub fn as_u128(self) -> u128 {
        self.value as u128
    }

    /// Whether the value is below zero.
    pub fn is_negative(self) -> bool {
        self.ty != IntType::U128 && self.value < 0
    }

    /// The value in `ty`, failing as rustc's debug build would if it does not fit. An
    /// `{integer}` takes the type; a typed value keeps its value under its new name (the
    /// program's annotation is what rustc would have inferred).
    pub fn retype(self, ty: IntType) -> Result<Int, Fault> {
        if ty == IntType::Infer || self.ty == ty {
            return Ok(self);
        }
        let fits = match (self.ty, ty) {
            (IntType::U128, IntType::U128) => true,
            (IntType::U128, _) => self.value >= 0 && ty.holds(self.value),
            _ => ty.holds(self.value),
        };
        if fits {
            Ok(Int::new(self.value, ty))
        } else {
            Err(format!(
                "the value {self} does not fit in `{}`: attempt to compute with overflow",
                ty.name()
            )
            .into())
        }
    }

    /// `self op other` for the arithmetic and bit operators.
    pub fn binary(self, op: BinOp, other: Int) -> Result<Int, Fault> {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(op, other);
        }
        let ty = self.ty.unify(other.ty);
        let result = if ty == IntType::U128 {
            unsigned_wide(op, self.as_u128(), other.as_u128()).map(|v| v as i128)
        } else {
            signed_wide(op, self.value, other.value, ty)
        };
        match result {
            Some(value) if ty.holds(value) || ty == IntType::U128 => {
                fallback(op, value, ty, self, other)
            }
            _ => Err(overflow(op, other)),
        }
    }

    fn shift(self, op: BinOp, amount: Int) -> Result<Int, Fault> {
        // rustc rejects a constant shift beyond `i32` for an `i32`, so an `{integer}` shifted
        // that far was inferred as a 64-bit type (`1 << 40` passed as a `usize`).
        let ty = match self.ty {
            IntType::Infer => IntType::I64,
            ty => ty,
        };
        let bits = ty.bits();
        let amount = match u32::try_from(amount.value) {
            Ok(n) if n < bits && !amount.is_negative() => n,
            _ => return Err(overflow(op, amount)),
        };
        let value = match (op, ty) {
            (BinOp::Shl, _) => self.value.wrapping_shl(amount),
            (_, IntType::U128) => (self.as_u128() >> amount) as i128,
            _ => self.value >> amount,
        };
        Ok(Int::new(ty.wrap(value).value, self.ty))
    }

    /// `-self`.
    pub fn neg(self) -> Result<Int, Fault> {
        // Only `checked_neg` and its kin reach here for unsigned types: 0 negates to 0.
        match self.value.checked_neg() {
            Some(value) if self.ty.holds(value) || value == 0 => Ok(Int::new(value, self.ty)),
            _ => Err("attempt to negate with overflow".into()),
        }
    }

    /// `!self`.
    pub fn not(self) -> Int {
        self.ty.wrap(!self.value)
    }

    /// Compares two integers by value.
    #[inline]
    pub fn cmp_value(self, other: Int) -> std::cmp::Ordering {
        match (self.ty, other.ty) {
            (IntType::U128, _) | (_, IntType::U128)
                if !self.is_negative() && !other.is_negative() =>
            {
                self.as_u128().cmp(&other.as_u128())
            }
            _ => self.value.cmp(&other.value),
        }
    }

    /// The bits as an unsigned number of the type's width, for `{:x}`, `{:o}` and `{:b}`:
    /// negative values show their two's complement, as std does.
    pub fn radix_bits(self) -> u128 {
        let bits = self.ty.bits();
        if bits == 128 {
            self.as_u128()
        } else {
            (self.value as u128) & ((1u128 << bits) - 1)
        }
    }
}

/// An `{integer}` result beyond `i32`: rustc would have inferred a wider type only if some
/// operand needed it, so two `i32`-sized literals overflow as `i32` does.
fn fallback(op: BinOp, value: i128, ty: IntType, a: Int, b: Int) -> Result<Int, Fault> {
    let fits_i32 = |v: i128| i32::try_from(v).is_ok();
    if ty == IntType::Infer && !fits_i32(value) && fits_i32(a.value) && fits_i32(b.value) {
        return Err(overflow(op, b));
    }
    Ok(Int::new(value, ty))
}

/// Arithmetic on mathematical values of any type but `u128`, `None` on overflow of `i128`
/// itself or division by zero; the caller checks the type's range. The remainder of `MIN / -1`
/// overflows even though its value, 0, fits.
fn signed_wide(op: BinOp, a: i128, b: i128, ty: IntType) -> Option<i128> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div => a.checked_div(b),
        BinOp::Rem if b == -1 && a == ty.min().value && ty.signed() => None,
        BinOp::Rem => a.checked_rem(b),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        _ => None,
    }
}

fn unsigned_wide(op: BinOp, a: u128, b: u128) -> Option<u128> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div => a.checked_div(b),
        BinOp::Rem => a.checked_rem(b),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        _ => None,
    }
}

/// The panic message of a failed integer operator, as a debug build words it.
fn overflow(op: BinOp, rhs: Int) -> Fault {
    let zero = rhs.value == 0;
    match op {
        BinOp::Add => "attempt to add with overflow",
        BinOp::Sub => "attempt to subtract with overflow",
        BinOp::Mul => "attempt to multiply with overflow",
        BinOp::Div if zero => "attempt to divide by zero",
        BinOp::Div => "attempt to divide with overflow",
        BinOp::Rem if zero => "attempt to calculate the remainder with a divisor of zero",
        BinOp::Rem => "attempt to calculate the remainder with overflow",
        BinOp::Shl => "attempt to shift left with overflow",
        BinOp::Shr => "attempt to shift right with overflow",
        _ => "attempt to compute with overflow",
    }
    .into()
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ty {
            IntType::U128 => write!(f, "{}", self.as_u128()),
            _ => write!(f, "{}", self.value),
        }
    }
}

/// `f32`, `f64`, or `{float}`: an unsuffixed literal, which falls back to `f64`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatType {
    F32,
    F64,
    /// An unsuffixed literal not yet unified with a typed value.
    Infer,
}

impl FloatType {
    /// The type a name denotes.
    pub fn from_name(name: &str) -> Option<FloatType> {
        match name {
            "f32" => Some(FloatType::F32),
            "f64" => Some(FloatType::F64),
            _ => None,
        }
    }

    /// The type of `self op other`, as [`IntType::unify`].
    pub fn unify(self, other: FloatType) -> FloatType {
        if self == FloatType::Infer {
            other
        } else {
            self
        }
    }

    /// `value` rounded to the type: an `f32` keeps only `f32` precision after every operation.
    pub fn round(self, value: f64) -> f64 {
        match self {
            FloatType::F32 => value as f32 as f64,
            _ => value,
        }
    }
}

/// `value as ty` for a float: truncates toward zero and saturates, NaN becoming 0.
pub fn float_to_int(value: f64, ty: IntType) -> Int {
    if value.is_nan() {
        return Int::new(0, ty);
    }
    match ty {
        IntType::U128 => Int::new(value as u128 as i128, ty),
        IntType::I128 => Int::new(value as i128, ty),
        _ => {
            let (min, max) = (ty.min().value, ty.max().value);
            Int::new((value as i128).clamp(min, max), ty)
        }
    }
}

/// `value as f64` (or `f32`) for an integer.
pub fn int_to_float(value: Int, ty: FloatType) -> f64 {
    let wide = match value.ty {
        IntType::U128 => value.as_u128() as f64,
        _ => value.value as f64,
    };
    match ty {
        FloatType::F32 => match value.ty {
            IntType::U128 => value.as_u128() as f32 as f64,
            _ => value.value as f32 as f64,
        },
        _ => wide,
    }
}

/// Why `str::parse` of a number failed: std's `ParseIntError` kinds and `ParseFloatError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// `ParseIntError { kind: Empty }`
    Empty,
    /// `ParseIntError { kind: InvalidDigit }`
    InvalidDigit,
    /// `ParseIntError { kind: PosOverflow }`
    PosOverflow,
    /// `ParseIntError { kind: NegOverflow }`
    NegOverflow,
    /// `ParseFloatError { kind: Empty }`
    FloatEmpty,
    /// `ParseFloatError { kind: Invalid }`
    FloatInvalid,
}

impl ParseError {
    /// The error as `{:?}` shows it.
    pub fn debug_text(self) -> &'static str {
        match self {
            ParseError::Empty => "ParseIntError { kind: Empty }",
            ParseError::InvalidDigit => "ParseIntError { kind: InvalidDigit }",
            ParseError::PosOverflow => "ParseIntError { kind: PosOverflow }",
            ParseError::NegOverflow => "ParseIntError { kind: NegOverflow }",
            ParseError::FloatEmpty => "ParseFloatError { kind: Empty }",
            ParseError::FloatInvalid => "ParseFloatError { kind: Invalid }",
        }
    }

    /// The error as `{}` shows it.
    pub fn message(self) -> &'static str {
        match self {
            ParseError::Empty => "cannot parse integer from empty string",
            ParseError::InvalidDigit => "invalid digit found in string",
            ParseError::PosOverflow => "number too large to fit in target type",
            ParseError::NegOverflow => "number too small to fit in target type",
            ParseError::FloatEmpty => "cannot parse float from empty string",
            ParseError::FloatInvalid => "invalid float literal",
        }
    }

    /// The type's name.
    pub fn type_name(self) -> &'static str {
        match self {
            ParseError::FloatEmpty | ParseError::FloatInvalid => "ParseFloatError",
            _ => "ParseIntError",
        }
    }
}

/// `text.parse::<f32>()` or `::<f64>()`, with std's grammar and results (`script::decimal`).
pub fn parse_float(text: &str, ty: FloatType) -> Result<f64, ParseError> {
    if text.is_empty() {
        return Err(ParseError::FloatEmpty);
    }
    let parsed = match ty {
        FloatType::F32 => crate::script::decimal::parse_f32(text).map(f64::from),
        _ => crate::script::decimal::parse_f64(text),
    };
    parsed.ok_or(ParseError::FloatInvalid)
}

/// `text.parse::<ty>()` with std's rules: an optional sign (`-` only for signed types), then
/// decimal digits, no underscores or spaces.
pub fn parse_int(text: &str, ty: IntType) -> Result<Int, ParseError> {
    let ty = if ty == IntType::Infer {
        IntType::I32
    } else {
        ty
    };
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') if ty.signed() => (true, &text[1..]),
        Some(b'+' | b'-') => (false, &text[1..]),
        _ => (false, text),
    };
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    if digits.is_empty() || (text.starts_with('-') && !ty.signed()) {
        return Err(ParseError::InvalidDigit);
    }
    let mut value: u128 = 0;
    let mut overflowed = false;
    for byte in digits.bytes() {
        let digit = match byte {
            b'0'..=b'9' => u128::from(byte - b'0'),
            _ => return Err(ParseError::InvalidDigit),
        };
        match value.checked_mul(10).and_then(|v| v.checked_add(digit)) {
            Some(v) => value = v,
            None => overflowed = true,
        }
    }
    let too_big = if negative {
        ParseError::NegOverflow
    } else {
        ParseError::PosOverflow
    };
    if overflowed {
        return Err(too_big);
    }
    if ty == IntType::U128 {
        return Ok(Int::new(value as i128, ty));
    }
    let magnitude = i128::try_from(value);
    let signed = match (negative, magnitude) {
        (false, Ok(v)) => Some(v),
        (true, Ok(v)) => Some(-v),
        (true, Err(_)) if value == 1u128 << 127 => Some(i128::MIN),
        _ => None,
    };
    match signed {
        Some(v) if ty.holds(v) => Ok(Int::new(v, ty)),
        _ => Err(too_big),
    }
}

/// The integer methods whose result depends on the type: the `wrapping_`, `checked_`,
/// `saturating_` and `overflowing_` families and `pow`. `Ok(None)` when `name` is not one.
pub fn family_method(receiver: Int, name: &str, arg: Option<Int>) -> Result<Option<Family>, Fault> {
    let Some((family, op)) = family_op(name) else {
        return Ok(None);
    };
    let ty = receiver.ty;
    let arg = arg.ok_or_else(|| format!("`{name}` takes one argument"))?;
    if matches!(op, BinOp::Div | BinOp::Rem) && arg.value == 0 && family != "checked" {
        return Err(overflow(op, arg));
    }
    let exact = if op == BinOp::Mul && name.ends_with("pow") {
        pow(receiver, arg)
    } else {
        receiver.binary(
            op,
            arg.retype(if matches!(op, BinOp::Shl | BinOp::Shr) {
                arg.ty
            } else {
                ty
            })?,
        )
    };
    let wrapped = || wrapping(receiver, op, arg, name.ends_with("pow"));
    Ok(Some(match family {
        "" => Family::Plain(exact?),
        "wrapping" => Family::Plain(wrapped()),
        "checked" => Family::Checked(exact.ok()),
        "overflowing" => Family::Overflowing(wrapped(), exact.is_err()),
        _ => Family::Plain(exact.unwrap_or_else(|_| saturate(receiver, op, arg))),
    }))
}

/// What a [`family_method`] returns.
pub enum Family {
    /// A plain integer.
    Plain(Int),
    /// `Some(value)` or `None` on overflow.
    Checked(Option<Int>),
    /// `(wrapped value, whether it overflowed)`.
    Overflowing(Int, bool),
}

fn family_op(name: &str) -> Option<(&str, BinOp)> {
    let (family, verb) = match name.split_once('_') {
        Some((family @ ("wrapping" | "checked" | "overflowing" | "saturating"), verb)) => {
            (family, verb)
        }
        _ if name == "pow" => ("", "pow"),
        _ => return None,
    };
    let op = match verb {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" | "pow" => BinOp::Mul,
        "div" => BinOp::Div,
        "rem" => BinOp::Rem,
        "shl" if family != "saturating" => BinOp::Shl,
        "shr" if family != "saturating" => BinOp::Shr,
        _ => return None,
    };
    Some((family, op))
}

/// `base.pow(exp)`, checked, by squaring as std does (so it fails exactly when std's does).
fn pow(base: Int, exp: Int) -> Result<Int, Fault> {
    let multiply = |a: Int, b: Int| {
        a.binary(BinOp::Mul, b)
            .map_err(|_| Fault::from("attempt to multiply with overflow"))
    };
    square_and_multiply(base, exp, multiply)
}

/// Exponentiation by squaring with `multiply` as the product.
fn square_and_multiply(
    base: Int,
    exp: Int,
    multiply: impl Fn(Int, Int) -> Result<Int, Fault>,
) -> Result<Int, Fault> {
    let mut exp =
        u32::try_from(exp.value).map_err(|_| Fault::from("the exponent must be a u32"))?;
    let mut acc = base.ty.wrap(1);
    let mut base = base;
    while exp > 1 {
        if exp & 1 == 1 {
            acc = multiply(acc, base)?;
        }
        exp /= 2;
        base = multiply(base, base)?;
    }
    if exp == 1 {
        acc = multiply(acc, base)?;
    }
    Ok(acc)
}

/// The wrapped result of `a op b` (for `pow`, of repeated multiplication).
fn wrapping(a: Int, op: BinOp, b: Int, is_pow: bool) -> Int {
    let ty = a.ty;
    if is_pow {
        let multiply = |x: Int, y: Int| Ok(ty.wrap(x.value.wrapping_mul(y.value)));
        return square_and_multiply(a, b, multiply).unwrap_or(a);
    }
    match op {
        BinOp::Shl | BinOp::Shr => {
            let amount = Int::new(b.value.rem_euclid(i128::from(ty.bits())), b.ty);
            a.shift(op, amount).unwrap_or(a)
        }
        BinOp::Add => ty.wrap(a.value.wrapping_add(b.value)),
        BinOp::Sub => ty.wrap(a.value.wrapping_sub(b.value)),
        BinOp::Mul => ty.wrap(a.value.wrapping_mul(b.value)),
        BinOp::Div => ty.wrap(a.value.wrapping_div(b.value)),
        _ => ty.wrap(a.value.wrapping_rem(b.value)),
    }
}

/// The saturated result of an overflowing `a op b`: the bound on the side it overflowed.
fn saturate(a: Int, op: BinOp, b: Int) -> Int {
    let ty = a.ty;
    let towards_max = match op {
        BinOp::Add => !b.is_negative(),
        BinOp::Sub => b.is_negative(),
        _ => a.is_negative() == b.is_negative(),
    };
    if towards_max {
        ty.max()
    } else {
        ty.min()
    }
}
