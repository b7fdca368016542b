//! Built-in methods of `String`, `&str` and `char`, as std defines them: patterns that are a
//! `char`, a string, a slice of `char`s or a closure, slices handed back as `&str`, and
//! `String`'s own in-place edits. It must never panic on any text or index a program passes
//! (std's panics become the program's, with std's messages), and never copy a `String` to
//! append to it.

use std::cell::RefCell;

use super::iter::{items, iter_of};
use super::memory::reserve;
use super::number::IntType;
use super::ops::{as_index, byte, truth};
use super::value::{Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::case;

/// What a `str` method's pattern argument matches.
enum Pattern {
    Char(char),
    Text(String),
    /// A slice of `char`s, or the `char`s of the text a closure accepts.
    Chars(Vec<char>),
}

/// Runs `$body` with `$p` bound to the pattern as std's `Pattern` types: a `char`, a `&str`
/// or a `&[char]`.
macro_rules! by_pattern {
    ($pattern:expr, |$p:ident| $body:expr) => {
        match $pattern {
            Pattern::Char($p) => $body,
            Pattern::Text(text) => {
                let $p = text.as_str();
                $body
            }
            Pattern::Chars(set) => {
                let $p = set.as_slice();
                $body
            }
        }
    };
}

/// The pattern in `arg`. A closure is asked once about each distinct `char` of `text`, in
/// order of first appearance, which is what it decides for the whole call.
fn pattern(
    env: &mut Env<'_, '_>,
    text: &str,
    arg: Option<&Value>,
    name: &str,
) -> Result<Pattern, Fault> {
    let Some(arg) = arg else {
        return Err(format!("`{name}` needs a pattern").into());
    };
    Ok(match arg.deref() {
        Value::Char(c) => Pattern::Char(c),
        Value::Vec(chars) => Pattern::Chars(
            chars
                .borrow()
                .iter()
                .filter_map(|c| match c {
                    Value::Char(c) => Some(*c),
                    _ => None,
                })
                .collect(),
        ),
        f @ (Value::Closure(_) | Value::Func(_) | Value::NativeFn(_)) => {
            let mut asked = Vec::new();
            let mut accepted = Vec::new();
            for c in text.chars() {
                if asked.contains(&c) {
                    continue;
                }
                asked.push(c);
                if truth(call_sync(env, &f, vec![Value::Char(c)])?)? {
                    accepted.push(c);
                }
            }
            Pattern::Chars(accepted)
        }
        other => Pattern::Text(
            other
                .as_text()
                .ok_or_else(|| format!("`{name}` needs a pattern, found {}", other.type_name()))?,
        ),
    })
}

fn slice(text: &str) -> Value {
    Value::Str(text.into())
}

fn slices<'t>(parts: impl Iterator<Item = &'t str>) -> Value {
    iter_of(parts.map(slice).collect())
}

/// A method of `String` or `&str`, `None` when there is none of that name.
pub fn text_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    if let Value::String(owned) = receiver {
        if let Some(value) = string_method(env, owned, name, args)? {
            return Ok(Some(value));
        }
    }
    let s = receiver.as_text().unwrap_or_default();
    let arg_text = |i: usize| {
        args.get(i)
            .and_then(Value::as_text)
            .ok_or_else(|| format!("`{name}` needs a string argument"))
    };
    let index = |i: usize| as_index(args.get(i).unwrap_or(&Value::Unit));
    if let Some(value) = pattern_method(env, &s, name, args)? {
        return Ok(Some(value));
    }
    Ok(Some(match name {
        "len" => Value::usize(s.len()),
        "is_empty" => Value::Bool(s.is_empty()),
        "to_string" | "to_owned" | "clone" | "into" => Value::string(s),
        "as_str" | "as_ref" | "borrow" => receiver.clone(),
        "to_uppercase" => Value::string(case::uppercase(&s)),
        "to_lowercase" => Value::string(case::lowercase(&s)),
        "to_ascii_uppercase" => Value::string(s.to_ascii_uppercase()),
        "to_ascii_lowercase" => Value::string(s.to_ascii_lowercase()),
        "trim" => slice(s.trim()),
        "trim_start" => slice(s.trim_start()),
        "trim_end" => slice(s.trim_end()),
        "is_ascii" => Value::Bool(s.is_ascii()),
        "eq_ignore_ascii_case" => Value::Bool(s.eq_ignore_ascii_case(&arg_text(0)?)),
        "split_whitespace" => slices(s.split_whitespace()),
        "split_ascii_whitespace" => slices(s.split_ascii_whitespace()),
        "lines" => slices(s.lines()),
        "chars" => iter_of(s.chars().map(Value::Char).collect()),
        "char_indices" => iter_of(
            s.char_indices()
                .map(|(i, c)| Value::Tuple(vec![Value::usize(i), Value::Char(c)].into()))
                .collect(),
        ),
        "bytes" | "as_bytes" => Value::vec(s.bytes().map(byte).collect()),
        "is_char_boundary" => Value::Bool(s.is_char_boundary(index(0)?)),
        "repeat" => {
            let n = index(0)?;
            // std's own check, before it allocates.
            let bytes = s.len().checked_mul(n).ok_or("capacity overflow")?;
            reserve(bytes)?;
            Value::string(s.repeat(n))
        }
        _ => return Ok(None),
    }))
}

/// The methods whose first argument is a pattern.
fn pattern_method(
    env: &mut Env<'_, '_>,
    s: &str,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let takes_count = matches!(name, "splitn" | "rsplitn");
    let pattern_at = usize::from(takes_count);
    if !matches!(
        name,
        "contains"
            | "starts_with"
            | "ends_with"
            | "find"
            | "rfind"
            | "split"
            | "rsplit"
            | "splitn"
            | "rsplitn"
            | "split_terminator"
            | "split_inclusive"
            | "split_once"
            | "rsplit_once"
            | "matches"
            | "match_indices"
            | "trim_matches"
            | "trim_start_matches"
            | "trim_end_matches"
            | "strip_prefix"
            | "strip_suffix"
            | "replace"
            | "replacen"
    ) {
        return Ok(None);
    }
    let p = pattern(env, s, args.get(pattern_at), name)?;
    let count = || as_index(args.first().unwrap_or(&Value::Unit));
    let with = || {
        args.get(1)
            .and_then(Value::as_text)
            .ok_or_else(|| Fault::from(format!("`{name}` needs a string to put in")))
    };
    let pair = |(a, b): (&str, &str)| Value::Tuple(vec![slice(a), slice(b)].into());
    Ok(Some(match name {
        "contains" => Value::Bool(by_pattern!(p, |p| s.contains(p))),
        "starts_with" => Value::Bool(by_pattern!(p, |p| s.starts_with(p))),
        "ends_with" => Value::Bool(by_pattern!(p, |p| s.ends_with(p))),
        "find" => Value::option(by_pattern!(p, |p| s.find(p)).map(Value::usize)),
        "rfind" => Value::option(by_pattern!(p, |p| s.rfind(p)).map(Value::usize)),
        "split" => by_pattern!(p, |p| slices(s.split(p))),
        "rsplit" => by_pattern!(p, |p| slices(s.rsplit(p))),
        "splitn" => by_pattern!(p, |p| slices(s.splitn(count()?, p))),
        "rsplitn" => by_pattern!(p, |p| slices(s.rsplitn(count()?, p))),
        "split_terminator" => by_pattern!(p, |p| slices(s.split_terminator(p))),
        "split_inclusive" => by_pattern!(p, |p| slices(s.split_inclusive(p))),
        "split_once" => Value::option(by_pattern!(p, |p| s.split_once(p)).map(pair)),
        "rsplit_once" => Value::option(by_pattern!(p, |p| s.rsplit_once(p)).map(pair)),
        "matches" => by_pattern!(p, |p| slices(s.matches(p))),
        "match_indices" => by_pattern!(p, |p| iter_of(
            s.match_indices(p)
                .map(|(i, m)| Value::Tuple(vec![Value::usize(i), slice(m)].into()))
                .collect()
        )),
        "trim_matches" => match p {
            Pattern::Text(_) => {
                return Err(
                    "`trim_matches` with a string pattern is not supported in the playground"
                        .into(),
                )
            }
            Pattern::Char(c) => slice(s.trim_matches(c)),
            Pattern::Chars(set) => slice(s.trim_matches(set.as_slice())),
        },
        "trim_start_matches" => slice(by_pattern!(p, |p| s.trim_start_matches(p))),
        "trim_end_matches" => slice(by_pattern!(p, |p| s.trim_end_matches(p))),
        "strip_prefix" => Value::option(by_pattern!(p, |p| s.strip_prefix(p)).map(slice)),
        "strip_suffix" => Value::option(by_pattern!(p, |p| s.strip_suffix(p)).map(slice)),
        "replace" => {
            let with = with()?;
            Value::string(by_pattern!(p, |p| s.replace(p, &with)))
        }
        _ => {
            let (with, n) = (with()?, as_index(args.get(2).unwrap_or(&Value::Unit))?);
            Value::string(by_pattern!(p, |p| s.replacen(p, &with, n)))
        }
    }))
}

/// The edits only an owned `String` has, made in place.
fn string_method(
    env: &mut Env<'_, '_>,
    owned: &RefCell<String>,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let index = |i: usize| as_index(args.get(i).unwrap_or(&Value::Unit));
    let len = owned.borrow().len();
    Ok(Some(match name {
        "push_str" | "push" => push_text(owned, args)?,
        // A `String` is also the `Formatter` a program's `fmt` writes to (see `write!`).
        "write_str" => {
            push_text(owned, args)?;
            Value::variant(Tag::Ok, vec![Value::Unit])
        }
        "len" => Value::usize(len),
        "capacity" => Value::usize(owned.borrow().capacity()),
        "pop" => Value::option(owned.borrow_mut().pop().map(Value::Char)),
        "clear" => {
            owned.borrow_mut().clear();
            Value::Unit
        }
        "truncate" => {
            let at = index(0)?;
            if at < len && !owned.borrow().is_char_boundary(at) {
                return Err("assertion failed: self.is_char_boundary(new_len)".into());
            }
            owned.borrow_mut().truncate(at);
            Value::Unit
        }
        "remove" => {
            let at = index(0)?;
            let c = owned
                .borrow()
                .get(at..)
                .and_then(|rest| rest.chars().next());
            match c {
                Some(c) if owned.borrow().is_char_boundary(at) => {
                    owned.borrow_mut().remove(at);
                    Value::Char(c)
                }
                _ => return Err("cannot remove a char from the end of a string".into()),
            }
        }
        "insert_str" => {
            let at = index(0)?;
            let text = args.get(1).and_then(Value::as_text).unwrap_or_default();
            insert_at(owned, at, &text)?;
            Value::Unit
        }
        "retain" => {
            let f = args.first().cloned().unwrap_or_default();
            let text = owned.borrow().clone();
            let mut kept = String::with_capacity(text.len());
            for c in text.chars() {
                if truth(call_sync(env, &f, vec![Value::Char(c)])?)? {
                    kept.push(c);
                }
            }
            *owned.borrow_mut() = kept;
            Value::Unit
        }
        "extend" => {
            let mut tail = String::new();
            for item in items(env, args.first().unwrap_or(&Value::Unit))? {
                match item.deref() {
                    Value::Char(c) => tail.push(c),
                    other => tail.push_str(&other.as_text().unwrap_or_default()),
                }
            }
            push_text(owned, &[Value::string(tail)])?
        }
        _ => return Ok(None),
    }))
}

/// `String::insert(at, c)` (through the in-place lowering) and `insert_str`.
pub fn insert_at(owned: &RefCell<String>, at: usize, text: &str) -> Result<(), Fault> {
    if !owned.borrow().is_char_boundary(at) {
        return Err("assertion failed: self.is_char_boundary(idx)".into());
    }
    reserve(owned.borrow().len() + text.len())?;
    owned.borrow_mut().insert_str(at, text);
    Ok(())
}

/// `push_str`/`push` without copying the string: appends in place, as std's amortized growth.
fn push_text(owned: &RefCell<String>, args: &[Value]) -> Result<Value, Fault> {
    let tail = match args.first() {
        Some(Value::Char(c)) => c.to_string(),
        Some(other) => other
            .as_text()
            .ok_or("`push_str` needs a string argument")?,
        None => return Err("`push_str` needs a string argument".into()),
    };
    // Room for a copy as the string grows: std doubles its buffer, so appends cost amortized
    // constant time, and the old buffer lives until the new one is filled.
    reserve(owned.borrow().len() + tail.len())?;
    owned.borrow_mut().push_str(&tail);
    Ok(Value::Unit)
}

/// A method of `char`, `None` when there is none of that name.
pub fn char_method(c: char, name: &str, args: &[Value]) -> Result<Option<Value>, Fault> {
    let radix = || -> Result<u32, Fault> {
        let radix = as_index(args.first().unwrap_or(&Value::Unit))?;
        match u32::try_from(radix) {
            Ok(radix @ 2..=36) => Ok(radix),
            _ => Err(
                "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive".into(),
            ),
        }
    };
    let mapped = |text: String| iter_of(text.chars().map(Value::Char).collect());
    Ok(Some(match name {
        "is_alphabetic" => Value::Bool(c.is_alphabetic()),
        "is_numeric" => Value::Bool(c.is_numeric()),
        "is_alphanumeric" => Value::Bool(c.is_alphanumeric()),
        "is_whitespace" => Value::Bool(c.is_whitespace()),
        "is_uppercase" => Value::Bool(c.is_uppercase()),
        "is_lowercase" => Value::Bool(c.is_lowercase()),
        "is_control" => Value::Bool(c.is_control()),
        "is_ascii" => Value::Bool(c.is_ascii()),
        "is_ascii_digit" => Value::Bool(c.is_ascii_digit()),
        "is_ascii_hexdigit" => Value::Bool(c.is_ascii_hexdigit()),
        "is_ascii_alphabetic" => Value::Bool(c.is_ascii_alphabetic()),
        "is_ascii_alphanumeric" => Value::Bool(c.is_ascii_alphanumeric()),
        "is_ascii_uppercase" => Value::Bool(c.is_ascii_uppercase()),
        "is_ascii_lowercase" => Value::Bool(c.is_ascii_lowercase()),
        "is_ascii_punctuation" => Value::Bool(c.is_ascii_punctuation()),
        "is_ascii_whitespace" => Value::Bool(c.is_ascii_whitespace()),
        "is_ascii_graphic" => Value::Bool(c.is_ascii_graphic()),
        "is_digit" => Value::Bool(c.is_digit(radix()?)),
        "to_digit" => Value::option(
            c.to_digit(radix()?)
                .map(|d| Value::Int(i64::from(d), IntType::U32)),
        ),
        "to_ascii_uppercase" => Value::Char(c.to_ascii_uppercase()),
        "to_ascii_lowercase" => Value::Char(c.to_ascii_lowercase()),
        "to_uppercase" => mapped(case::char_uppercase(c)),
        "to_lowercase" => mapped(case::char_lowercase(c)),
        "len_utf8" => Value::usize(c.len_utf8()),
        "eq_ignore_ascii_case" => Value::Bool(match args.first().map(Value::deref) {
            Some(Value::Char(other)) => c.eq_ignore_ascii_case(&other),
            _ => false,
        }),
        _ => return Ok(None),
    }))
}

/// `char::from_digit(d, radix)`: `Some(char)` when `d` is a digit of `radix`.
pub fn from_digit(digit: &Value, radix: &Value) -> Result<Value, Fault> {
    let (digit, radix) = (as_index(digit)?, as_index(radix)?);
    if !(2..=36).contains(&radix) {
        return Err("from_digit: radix is too high (maximum 36)".into());
    }
    let digit = u32::try_from(digit).unwrap_or(u32::MAX);
    Ok(Value::option(
        char::from_digit(digit, radix as u32).map(Value::Char),
    ))
}

/// `char::from_u32(n)`: `Some(char)` when `n` is a scalar value.
pub fn from_u32(n: &Value) -> Result<Value, Fault> {
    let n = super::ops::as_int(n)?;
    Ok(Value::option(
        u32::try_from(n.value)
            .ok()
            .and_then(char::from_u32)
            .map(Value::Char),
    ))
}
