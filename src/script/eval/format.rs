//! Rendering values exactly as rustc's `Display` and `Debug` (`{:?}`, `{:#?}`) do, with width,
//! precision, alignment, sign and fill. It must never format a value that Rust could not
//! format with the requested trait: those are runtime errors naming the type.

use std::fmt::Write;

use super::collections::debug_entries;
use super::number::{FloatType, IntType};
use super::program::{Count, Piece, Spec, Template};
use super::value::{Tag, Value};
use super::vm::Fault;
use crate::script::ast::{Align, FormatTrait};
use crate::script::stack::StackGuard;

/// Formats the values of the program's own types with its own `Display` and `Debug` impls:
/// given a value and a trait, the text that impl writes, or `None` when there is no impl.
pub type UserFormat<'a> = &'a dyn Fn(&Value, FormatTrait) -> Result<Option<String>, Fault>;

/// Formats a template with its arguments, the program's own types by `user`.
pub fn render_with(
    template: &Template,
    args: &[Value],
    user: Option<UserFormat<'_>>,
) -> Result<String, Fault> {
    // Room for the text and a short value per argument, so that a small result grows once.
    let literal: usize = template
        .pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.len(),
            Piece::Arg(..) => 0,
        })
        .sum();
    let mut out = String::with_capacity(literal + 8 * template.args);
    for piece in &template.pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Arg(index, spec) => {
                let value = args.get(*index).ok_or("format argument missing")?;
                let mut spec = Resolved::new(spec, args)?;
                spec.user = user;
                format_value(&mut out, value, &spec)?;
            }
        }
    }
    Ok(out)
}

/// A spec with its counts read from the arguments.
struct Resolved<'a> {
    spec: &'a Spec,
    width: Option<usize>,
    precision: Option<usize>,
    user: Option<UserFormat<'a>>,
}

impl<'a> Resolved<'a> {
    /// The text the program's own impl of `format_trait` writes for `value`, if it has one.
    /// Width and fill are the impl's to apply, as with std's `Formatter`.
    fn user_text(&self, value: &Value, format_trait: FormatTrait) -> Result<Option<String>, Fault> {
        match self.user {
            Some(user) => user(value, format_trait),
            None => Ok(None),
        }
    }

    fn new(spec: &'a Spec, args: &[Value]) -> Result<Self, Fault> {
        let count = |count: Option<Count>| -> Result<Option<usize>, Fault> {
            match count {
                Some(Count::Literal(n)) => Ok(Some(n)),
                Some(Count::Arg(i)) => {
                    let count =
                        super::ops::as_index(args.get(i).ok_or("format argument missing")?)?;
                    // std keeps widths and precisions in a `u16` and panics beyond it.
                    match u16::try_from(count) {
                        Ok(_) => Ok(Some(count)),
                        Err(_) => Err("Formatting argument out of range".into()),
                    }
                }
                None => Ok(None),
            }
        };
        Ok(Resolved {
            spec,
            width: count(spec.width)?,
            precision: count(spec.precision)?,
            user: None,
        })
    }
}

/// `value.to_string()`.
pub fn display_string(value: &Value) -> Result<String, Fault> {
    display_string_with(value, None)
}

/// `value.to_string()`, the program's own types formatted by `user`.
pub fn display_string_with(value: &Value, user: Option<UserFormat<'_>>) -> Result<String, Fault> {
    let spec = Spec {
        fill: ' ',
        ..Spec::default()
    };
    let mut out = String::new();
    format_value(
        &mut out,
        value,
        &Resolved {
            spec: &spec,
            width: None,
            precision: None,
            user,
        },
    )?;
    Ok(out)
}

/// `format!("{value:?}")`, for error messages.
pub fn debug_string(value: &Value) -> String {
    let spec = Spec {
        fill: ' ',
        kind: FormatTrait::Debug,
        ..Spec::default()
    };
    let mut out = String::new();
    match debug(
        &mut out,
        value,
        &Resolved {
            spec: &spec,
            width: None,
            precision: None,
            user: None,
        },
        0,
    ) {
        Ok(()) => out,
        Err(_) => format!("<{}>", value.type_name()),
    }
}

fn format_value(out: &mut String, value: &Value, spec: &Resolved<'_>) -> Result<(), Fault> {
    match spec.spec.kind {
        FormatTrait::Display => display(out, value, spec),
        FormatTrait::Debug | FormatTrait::LowerHexDebug | FormatTrait::UpperHexDebug => {
            debug(out, value, spec, 0)
        }
        FormatTrait::LowerExp | FormatTrait::UpperExp => exponent(out, &value.deref(), spec),
        radix => radix_number(out, &value.deref(), radix, spec),
    }
}

/// An integer in hexadecimal, binary or octal (`{:x}`, `{:b}`, ..., and the integers inside
/// `{:x?}`).
fn radix_number(
    out: &mut String,
    value: &Value,
    radix: FormatTrait,
    spec: &Resolved<'_>,
) -> Result<(), Fault> {
    let Some(int) = value.as_int() else {
        return Err(format!(
            "a {} cannot be formatted in another radix",
            value.type_name()
        )
        .into());
    };
    // Negative numbers show their two's complement in their type's width, as std does.
    let i = int.radix_bits();
    let (prefix, digits) = match radix {
        FormatTrait::LowerHex | FormatTrait::LowerHexDebug => ("0x", format!("{i:x}")),
        FormatTrait::UpperHex | FormatTrait::UpperHexDebug => ("0x", format!("{i:X}")),
        FormatTrait::Binary => ("0b", format!("{i:b}")),
        _ => ("0o", format!("{i:o}")),
    };
    let prefix = if spec.spec.alternate { prefix } else { "" };
    pad_number(out, prefix, &digits, spec);
    Ok(())
}

fn display(out: &mut String, value: &Value, spec: &Resolved<'_>) -> Result<(), Fault> {
    match value {
        Value::Int(..) | Value::Wide(_) => {
            let int = value
                .as_int()
                .ok_or("internal: an integer without its value")?;
            let negative = int.is_negative();
            let sign = if negative {
                "-"
            } else if spec.spec.plus {
                "+"
            } else {
                ""
            };
            let magnitude = match negative {
                true => int.value.unsigned_abs(),
                false => int.as_u128(),
            };
            let mut buffer = [0; MAX_DIGITS];
            pad_number(out, sign, decimal_digits(magnitude, &mut buffer), spec)
        }
        Value::Float(f, ty) => float(out, *f, *ty, spec, false),
        Value::Bool(b) => pad(out, if *b { "true" } else { "false" }, spec, Align::Left),
        Value::Char(c) => pad(out, c.encode_utf8(&mut [0; 4]), spec, Align::Left),
        Value::Str(_) | Value::String(_) => {
            value.with_text(|text| {
                // `{:.N}` keeps the first N characters.
                let end = spec
                    .precision
                    .and_then(|p| text.char_indices().nth(p))
                    .map_or(text.len(), |(at, _)| at);
                pad(out, &text[..end], spec, Align::Left)
            });
        }
        Value::ParseError(error) => pad(out, error.message(), spec, Align::Left),
        Value::ChannelError(error) => pad(out, error.message(), spec, Align::Left),
        Value::Abort(abort) if abort.display().is_some() => {
            pad(out, &abort.display().unwrap_or_default(), spec, Align::Left)
        }
        Value::Rc(_) | Value::Guard(_) => return display(out, &value.deref(), spec),
        other => {
            if let Some(text) = spec.user_text(other, FormatTrait::Display)? {
                out.push_str(&text);
                return Ok(());
            }
            return Err(format!(
                "`{}` doesn't implement `std::fmt::Display`",
                debug_type(other)
            )
            .into());
        }
    }
    Ok(())
}

fn debug_type(value: &Value) -> String {
    match value {
        Value::Struct(obj) => obj.def.name.clone(),
        Value::Vec(_) => "Vec<_>".into(),
        Value::Variant(v) => match v.tag {
            Tag::Some | Tag::None => "Option<_>".into(),
            Tag::Ok | Tag::Err => "Result<_, _>".into(),
            Tag::Ready | Tag::Pending => "Poll<_>".into(),
            _ => value.type_name().into(),
        },
        other => other.type_name().into(),
    }
}

/// A float as std prints it: `f32` values with `f32`'s shortest digits, NaN without a sign.
fn float(out: &mut String, f: f64, ty: FloatType, spec: &Resolved<'_>, debug: bool) {
    let digits = match ty {
        FloatType::F32 => float_digits(f.abs() as f32, spec.precision, debug),
        _ => float_digits(f.abs(), spec.precision, debug),
    };
    let sign = if f.is_sign_negative() && !f.is_nan() {
        "-"
    } else if spec.spec.plus {
        "+"
    } else {
        ""
    };
    pad_number(out, sign, &digits, spec);
}

/// `{:e}` and `{:E}` of a float or an integer, as std writes them.
fn exponent(out: &mut String, value: &Value, spec: &Resolved<'_>) -> Result<(), Fault> {
    let upper = spec.spec.kind == FormatTrait::UpperExp;
    let (negative, digits) = match (value, value.as_int()) {
        (Value::Float(f, FloatType::F32), _) => (
            f.is_sign_negative(),
            exp_digits(f.abs() as f32, spec.precision, upper),
        ),
        (Value::Float(f, _), _) => (
            f.is_sign_negative(),
            exp_digits(f.abs(), spec.precision, upper),
        ),
        (_, Some(int)) if int.ty == IntType::U128 => {
            (false, exp_digits(int.as_u128(), spec.precision, upper))
        }
        (_, Some(int)) => (
            int.is_negative(),
            exp_digits(int.value.unsigned_abs(), spec.precision, upper),
        ),
        _ => return Err(format!("`{}` doesn't implement `LowerExp`", value.type_name()).into()),
    };
    let sign = if negative {
        "-"
    } else if spec.spec.plus {
        "+"
    } else {
        ""
    };
    pad_number(out, sign, &digits, spec);
    Ok(())
}

fn exp_digits<N: std::fmt::LowerExp + std::fmt::UpperExp>(
    abs: N,
    precision: Option<usize>,
    upper: bool,
) -> String {
    match (precision, upper) {
        (Some(p), false) => format!("{abs:.p$e}"),
        (Some(p), true) => format!("{abs:.p$E}"),
        (None, false) => format!("{abs:e}"),
        (None, true) => format!("{abs:E}"),
    }
}

fn float_digits<F: std::fmt::Display + std::fmt::Debug>(
    abs: F,
    precision: Option<usize>,
    debug: bool,
) -> String {
    match precision {
        Some(p) => format!("{abs:.p$}"),
        None if debug => format!("{abs:?}"),
        None => format!("{abs}"),
    }
}

/// The most decimal digits an integer of any type has (`u128::MAX`).
const MAX_DIGITS: usize = 39;

/// The decimal digits of `magnitude`, written at the end of `buffer`: formatting a number
/// allocates nothing of its own.
fn decimal_digits(magnitude: u128, buffer: &mut [u8; MAX_DIGITS]) -> &str {
    let mut at = MAX_DIGITS;
    let mut wide = magnitude;
    while wide > u128::from(u64::MAX) {
        at -= 1;
        buffer[at] = b'0' + (wide % 10) as u8;
        wide /= 10;
    }
    // The rest in 64 bits, whose division is much cheaper than 128-bit division.
    let mut rest = wide as u64;
    loop {
        at -= 1;
        buffer[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    std::str::from_utf8(&buffer[at..]).unwrap_or_default()
}

/// Pads a number: zero padding goes between the sign and the digits; default alignment right.
fn pad_number(out: &mut String, sign: &str, digits: &str, spec: &Resolved<'_>) {
    let len = sign.len() + digits.chars().count();
    match spec.width {
        Some(width) if spec.spec.zero && width > len => {
            out.push_str(sign);
            out.extend(std::iter::repeat_n('0', width - len));
            out.push_str(digits);
        }
        _ => pad_with(out, len, spec, Align::Right, |out| {
            out.push_str(sign);
            out.push_str(digits);
        }),
    }
}

fn pad(out: &mut String, text: &str, spec: &Resolved<'_>, default: Align) {
    pad_with(out, text.chars().count(), spec, default, |out| {
        out.push_str(text)
    });
}

/// Writes what `write` writes, `len` characters, with the spec's fill around it up to its
/// width; `default` is the alignment when the spec names none.
fn pad_with(
    out: &mut String,
    len: usize,
    spec: &Resolved<'_>,
    default: Align,
    write: impl FnOnce(&mut String),
) {
    let Some(width) = spec.width.filter(|w| *w > len) else {
        write(out);
        return;
    };
    let fill = spec.spec.fill;
    let (before, after) = match spec.spec.align.unwrap_or(default) {
        Align::Left => (0, width - len),
        Align::Right => (width - len, 0),
        Align::Center => ((width - len) / 2, width - len - (width - len) / 2),
    };
    out.extend(std::iter::repeat_n(fill, before));
    write(out);
    out.extend(std::iter::repeat_n(fill, after));
}

/// A string's `Debug`: quoted, with std's escapes.
fn debug_text(out: &mut String, text: &str) {
    // Printable ASCII other than a quote or a backslash has no escape: written as it is.
    let plain = text
        .bytes()
        .all(|b| matches!(b, b' '..=b'~') && b != b'"' && b != b'\\');
    if plain {
        out.push('"');
        out.push_str(text);
        out.push('"');
    } else {
        let _ = write!(out, "{text:?}");
    }
}

fn debug(out: &mut String, value: &Value, spec: &Resolved<'_>, indent: usize) -> Result<(), Fault> {
    let _guard = StackGuard::enter()?;
    match value {
        Value::Unit => pad(out, "()", spec, Align::Left),
        Value::Float(f, ty) => float(out, *f, *ty, spec, true),
        Value::Str(_) | Value::String(_) => {
            value.with_text(|text| debug_text(out, text));
        }
        Value::Char(c) => {
            let _ = write!(out, "{c:?}");
        }
        Value::Int(..) | Value::Wide(_)
            if matches!(
                spec.spec.kind,
                FormatTrait::LowerHexDebug | FormatTrait::UpperHexDebug
            ) =>
        {
            radix_number(out, value, spec.spec.kind, spec)?
        }
        Value::Int(..) | Value::Wide(_) | Value::Bool(_) => display(out, value, spec)?,
        Value::Vec(items) => {
            let items = items.borrow().clone();
            sequence(out, "[", "]", &items, spec, indent)?;
        }
        Value::Tuple(items) => {
            sequence(out, "(", ")", items, spec, indent)?;
            // A one-element tuple keeps its comma: `(1,)`.
            if items.len() == 1 && !spec.spec.alternate {
                out.insert(out.len() - 1, ',');
            }
        }
        Value::Struct(obj) => {
            if !obj.def.has_debug {
                if let Some(text) = spec.user_text(value, FormatTrait::Debug)? {
                    out.push_str(&text);
                    return Ok(());
                }
                return Err(format!("`{}` doesn't implement `Debug`", obj.def.name).into());
            }
            let fields = obj.fields.borrow().clone();
            composite(
                out,
                &obj.def.name,
                &obj.def.fields,
                obj.def.shape,
                &fields,
                spec,
                indent,
            )?;
        }
        Value::Variant(v) => match (&v.def, v.tag) {
            (Some(def), Tag::User(_, index)) => {
                if !def.has_debug {
                    if let Some(text) = spec.user_text(value, FormatTrait::Debug)? {
                        out.push_str(&text);
                        return Ok(());
                    }
                    return Err(format!("`{}` doesn't implement `Debug`", def.name).into());
                }
                let (name, names, shape) =
                    def.variants.get(index as usize).ok_or("unknown variant")?;
                composite(out, name, names, *shape, &v.fields, spec, indent)?;
            }
            _ => variant(out, v.tag, &v.fields, spec, indent)?,
        },
        Value::Rc(inner) => debug(out, inner, spec, indent)?,
        Value::RefCell(cell) => {
            let inner = cell.value.borrow().clone();
            composite(
                out,
                "RefCell",
                &["value".into()],
                super::program::Shape::Named,
                &[inner],
                spec,
                indent,
            )?;
        }
        Value::Guard(_) => debug(out, &value.deref(), spec, indent)?,
        Value::Duration(ms) => {
            let _ = write!(out, "{:?}", std::time::Duration::from_millis(*ms));
        }
        Value::ParseError(error) => out.push_str(error.debug_text()),
        Value::Map(map) => map_debug(out, &debug_entries(map), spec, indent)?,
        Value::ChannelError(error) => out.push_str(error.debug_text()),
        Value::Abort(abort) => out.push_str(&abort.debug()),
        Value::Channel(end) if super::channel::debug_text(end, false).is_some() => {
            let text = super::channel::debug_text(end, spec.spec.alternate).unwrap_or_default();
            // The crate's `{:#?}` lines start at column 0: they move to this value's depth.
            let depth = format!("\n{}", " ".repeat(indent * 4));
            out.push_str(&text.replace('\n', &depth));
        }
        other => return Err(format!("`{}` doesn't implement `Debug`", other.type_name()).into()),
    }
    Ok(())
}

fn variant(
    out: &mut String,
    tag: Tag,
    fields: &[Value],
    spec: &Resolved<'_>,
    indent: usize,
) -> Result<(), Fault> {
    let name = match tag {
        Tag::None => "None",
        Tag::Some => "Some",
        Tag::Ok => "Ok",
        Tag::Err => "Err",
        Tag::Ready => "Ready",
        Tag::Pending => "Pending",
        Tag::Left => "Left",
        Tag::Right => "Right",
        Tag::NextLeft => "Left",
        Tag::NextRight => "Right",
        Tag::Less => "Less",
        Tag::Equal => "Equal",
        Tag::Greater => "Greater",
        Tag::User(..) => return Err("internal: user variants are formatted by the caller".into()),
    };
    let shape = if fields.is_empty() {
        super::program::Shape::Unit
    } else {
        super::program::Shape::Tuple
    };
    composite(out, name, &[], shape, fields, spec, indent)
}

/// A map's `{k: v, ..}` or a set's `{k, ..}`.
fn map_debug(
    out: &mut String,
    entries: &[(Value, Option<Value>)],
    spec: &Resolved<'_>,
    indent: usize,
) -> Result<(), Fault> {
    list(out, ("{", "}"), entries.len(), spec, indent, |out, i| {
        let (key, value) = &entries[i];
        debug(out, key, spec, indent + 1)?;
        if let Some(value) = value {
            out.push_str(": ");
            debug(out, value, spec, indent + 1)?;
        }
        Ok(())
    })
}

fn sequence(
    out: &mut String,
    open: &str,
    close: &str,
    items: &[Value],
    spec: &Resolved<'_>,
    indent: usize,
) -> Result<(), Fault> {
    list(out, (open, close), items.len(), spec, indent, |out, i| {
        debug(out, &items[i], spec, indent + 1)
    })
}

/// `count` items between `brackets`, written by `item`: separated by `, `, or with `{:#?}` one
/// per line, indented, each followed by a comma.
fn list(
    out: &mut String,
    (open, close): (&str, &str),
    count: usize,
    spec: &Resolved<'_>,
    indent: usize,
    mut item: impl FnMut(&mut String, usize) -> Result<(), Fault>,
) -> Result<(), Fault> {
    out.push_str(open);
    let pretty = spec.spec.alternate;
    for i in 0..count {
        if pretty {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', (indent + 1) * 4));
        } else if i > 0 {
            out.push_str(", ");
        }
        item(out, i)?;
        if pretty {
            out.push(',');
        }
    }
    if pretty && count > 0 {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', indent * 4));
    }
    out.push_str(close);
    Ok(())
}

fn composite(
    out: &mut String,
    name: &str,
    names: &[String],
    shape: super::program::Shape,
    fields: &[Value],
    spec: &Resolved<'_>,
    indent: usize,
) -> Result<(), Fault> {
    out.push_str(name);
    match shape {
        super::program::Shape::Unit => Ok(()),
        super::program::Shape::Tuple => sequence(out, "(", ")", fields, spec, indent).map(|_| ()),
        super::program::Shape::Named if fields.is_empty() => Ok(()),
        super::program::Shape::Named => {
            let pretty = spec.spec.alternate;
            out.push_str(if pretty { " {" } else { " { " });
            for (i, (field, value)) in names.iter().zip(fields).enumerate() {
                if pretty {
                    out.push('\n');
                    out.extend(std::iter::repeat_n(' ', (indent + 1) * 4));
                } else if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(field);
                out.push_str(": ");
                debug(out, value, spec, indent + 1)?;
                if pretty {
                    out.push(',');
                }
            }
            if pretty {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', indent * 4));
                out.push('}');
            } else {
                out.push_str(" }");
            }
            Ok(())
        }
    }
}
