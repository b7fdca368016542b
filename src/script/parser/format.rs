//! Format strings (`"{} {name:>5} {0:?} {{"`): parsed into pieces and placeholders, and checked
//! against the macro's arguments with rustc's wording. It must never index the template by
//! unchecked byte offsets or accept a placeholder it cannot print.

use crate::script::ast::{
    Align, ArgRef, Count, FormatArg, FormatPiece, FormatSpec, FormatString, FormatTrait,
    Placeholder, Span,
};

/// Errors as `(span, message)`, to be turned into diagnostics by the parser.
type Errors = Vec<(Span, String)>;

/// Parses `text` (escapes resolved) whose first byte sits at `content_start` in the source,
/// and checks it against `args`. `literal` is the whole string literal's span.
pub(super) fn parse_template(
    text: &str,
    content_start: usize,
    literal: Span,
    args: &[FormatArg],
) -> (FormatString, Errors) {
    let mut errors = Errors::new();
    let mut pieces = Vec::new();
    let mut literal_text = String::new();
    let mut next_index = 0;
    let mut implicit = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = |len: usize| Span::new(content_start + i, content_start + i + len);
        match c {
            '{' if chars.peek().map(|&(_, c)| c) == Some('{') => {
                chars.next();
                literal_text.push('{');
            }
            '}' if chars.peek().map(|&(_, c)| c) == Some('}') => {
                chars.next();
                literal_text.push('}');
            }
            '}' => errors.push((at(1), "invalid format string: unmatched `}` found".into())),
            '{' => {
                let body: String = chars
                    .by_ref()
                    .map(|(_, c)| c)
                    .take_while(|&c| c != '}')
                    .collect();
                let closed = text
                    .get(i + 1 + body.len()..)
                    .is_some_and(|rest| rest.starts_with('}'));
                if !closed {
                    errors.push((
                        at(1),
                        "invalid format string: expected `}` but string was terminated".into(),
                    ));
                    break;
                }
                if !literal_text.is_empty() {
                    pieces.push(FormatPiece::Literal(std::mem::take(&mut literal_text)));
                }
                let span = at(body.len() + 2);
                let before = next_index;
                match placeholder(&body, &mut next_index) {
                    Ok((arg, spec)) => {
                        implicit.push(next_index > before);
                        pieces.push(FormatPiece::Placeholder(Placeholder { arg, spec, span }));
                    }
                    Err(message) => errors.push((span, message)),
                }
            }
            c => literal_text.push(c),
        }
    }
    if !literal_text.is_empty() {
        pieces.push(FormatPiece::Literal(literal_text));
    }
    let placeholders: Vec<(&Placeholder, bool)> = pieces
        .iter()
        .filter_map(|piece| match piece {
            FormatPiece::Placeholder(p) => Some(p),
            FormatPiece::Literal(_) => None,
        })
        .zip(implicit)
        .collect();
    check_arguments(&placeholders, args, literal, &mut errors);
    (
        FormatString {
            pieces,
            span: literal,
        },
        errors,
    )
}

/// Parses the inside of `{..}`: an optional argument, then an optional `:spec`.
fn placeholder(body: &str, next_index: &mut usize) -> Result<(ArgRef, FormatSpec), String> {
    let (arg_text, spec_text) = match body.split_once(':') {
        Some((arg, spec)) => (arg.trim_end(), Some(spec)),
        None => (body.trim_end(), None),
    };
    let arg = match arg_text {
        "" => {
            *next_index += 1;
            ArgRef::Index(*next_index - 1)
        }
        text => arg_ref(text)?,
    };
    let spec = match spec_text {
        Some(spec) => format_spec(spec)?,
        None => FormatSpec::default(),
    };
    Ok((arg, spec))
}

fn arg_ref(text: &str) -> Result<ArgRef, String> {
    if let Ok(index) = text.parse::<usize>() {
        return Ok(ArgRef::Index(index));
    }
    let mut chars = text.chars();
    let starts_well = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic());
    if starts_well && chars.all(|c| c == '_' || c.is_alphanumeric()) {
        return Ok(ArgRef::Name(text.to_string()));
    }
    Err(format!(
        "invalid format string: invalid argument name `{text}`"
    ))
}

/// `[[fill]align][+]['#']['0'][width]['.' precision][type]`
fn format_spec(spec: &str) -> Result<FormatSpec, String> {
    let mut result = FormatSpec::default();
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let align_of = |c: Option<&char>| match c {
        Some('<') => Some(Align::Left),
        Some('^') => Some(Align::Center),
        Some('>') => Some(Align::Right),
        _ => None,
    };
    if let Some(align) = align_of(chars.get(1)) {
        result.fill = chars.first().copied();
        result.align = Some(align);
        i = 2;
    } else if let Some(align) = align_of(chars.first()) {
        result.align = Some(align);
        i = 1;
    }
    result.plus = eat_char(&chars, &mut i, '+');
    if chars.get(i) == Some(&'-') {
        return Err("the `-` flag is not supported in the playground".into());
    }
    result.alternate = eat_char(&chars, &mut i, '#');
    result.zero_pad = chars.get(i) == Some(&'0')
        && chars
            .get(i + 1)
            .is_some_and(|c| c.is_ascii_digit() || *c == '$' || *c == '.' || i + 1 == chars.len())
        && {
            i += 1;
            true
        };
    result.width = count(&chars, &mut i)?;
    if eat_char(&chars, &mut i, '.') {
        if chars.get(i) == Some(&'*') {
            return Err("`.*` precision is not supported in the playground".into());
        }
        result.precision = count(&chars, &mut i)?;
        if result.precision.is_none() {
            return Err("invalid format string: expected a precision after `.`".into());
        }
    }
    let rest: String = chars.get(i..).unwrap_or(&[]).iter().collect();
    result.format_trait = match rest.as_str() {
        "" => FormatTrait::Display,
        "?" => FormatTrait::Debug,
        "x?" => FormatTrait::LowerHexDebug,
        "X?" => FormatTrait::UpperHexDebug,
        "x" => FormatTrait::LowerHex,
        "X" => FormatTrait::UpperHex,
        "b" => FormatTrait::Binary,
        "o" => FormatTrait::Octal,
        "e" => FormatTrait::LowerExp,
        "E" => FormatTrait::UpperExp,
        other => return Err(format!("unknown format trait `{other}`")),
    };
    Ok(result)
}

fn eat_char(chars: &[char], i: &mut usize, c: char) -> bool {
    let found = chars.get(*i) == Some(&c);
    if found {
        *i += 1;
    }
    found
}

/// A width or precision: `5`, `0$`, `name$`, or nothing.
fn count(chars: &[char], i: &mut usize) -> Result<Option<Count>, String> {
    let start = *i;
    // A count is an integer, or an identifier followed by `$`: `{:08b}` is width 8, then `b`.
    let numeric = chars.get(*i).is_some_and(char::is_ascii_digit);
    while chars.get(*i).is_some_and(|c| match numeric {
        true => c.is_ascii_digit(),
        false => *c == '_' || c.is_alphanumeric(),
    }) {
        *i += 1;
    }
    let word: String = chars.get(start..*i).unwrap_or(&[]).iter().collect();
    if word.is_empty() {
        return Ok(None);
    }
    if eat_char(chars, i, '$') {
        return arg_ref(&word).map(|arg| Some(Count::Arg(arg)));
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        // std keeps widths and precisions in a `u16`, and rustc checks literal ones.
        return match word.parse::<u16>() {
            Ok(n) => Ok(Some(Count::Literal(usize::from(n)))),
            Err(_) => Err(format!(
                "invalid format string: integer `{word}` does not fit into the type `u16` \
                 whose range is `0..=65535`"
            )),
        };
    }
    match word.parse::<usize>() {
        Ok(n) => Ok(Some(Count::Literal(n))),
        // Not a number and no `$`: it is the format trait (as in `{:x}`), so give it back.
        Err(_) => {
            *i = start;
            Ok(None)
        }
    }
}

/// rustc's checks: enough positional arguments, none unused, references in range. Each
/// placeholder comes with whether it was an implicit `{}` (numbered by the parser).
fn check_arguments(
    placeholders: &[(&Placeholder, bool)],
    args: &[FormatArg],
    literal: Span,
    errors: &mut Errors,
) {
    let positional = args.iter().filter(|a| a.name.is_none()).count();
    let mut used = vec![false; args.len()];
    let implicit_count = placeholders
        .iter()
        .filter(|(_, implicit)| *implicit)
        .count();
    let mut missing = false;
    for (placeholder, implicit) in placeholders {
        let counts = [
            count_arg(&placeholder.spec.width),
            count_arg(&placeholder.spec.precision),
        ];
        for (k, arg) in [Some(&placeholder.arg)]
            .into_iter()
            .chain(counts)
            .flatten()
            .enumerate()
        {
            match arg {
                ArgRef::Index(i) if *i < positional => used[*i] = true,
                ArgRef::Index(_) if *implicit && k == 0 => missing = true,
                ArgRef::Index(i) => {
                    errors.push((placeholder.span, invalid_reference(*i, positional)))
                }
                ArgRef::Name(name) => {
                    let named = args
                        .iter()
                        .position(|a| a.name.as_ref().is_some_and(|n| &n.name == name));
                    if let Some(k) = named {
                        used[k] = true;
                    }
                }
            }
        }
    }
    if missing {
        errors.push((literal, missing_arguments(implicit_count, positional)));
    }
    for (arg, used) in args.iter().zip(used) {
        if !used && !missing {
            let message = if arg.name.is_some() {
                "named argument never used"
            } else {
                "argument never used"
            };
            errors.push((arg.value.span, message.into()));
        }
    }
}

fn count_arg(count: &Option<Count>) -> Option<&ArgRef> {
    match count {
        Some(Count::Arg(arg)) => Some(arg),
        _ => None,
    }
}

fn missing_arguments(needed: usize, given: usize) -> String {
    let noun = if needed == 1 { "argument" } else { "arguments" };
    let given = match given {
        0 => "no arguments were given".to_string(),
        1 => "there is 1 argument".to_string(),
        n => format!("there are {n} arguments"),
    };
    format!("{needed} positional {noun} in format string, but {given}")
}

fn invalid_reference(index: usize, given: usize) -> String {
    let given = match given {
        0 => "no arguments were given".to_string(),
        1 => "there is 1 argument".to_string(),
        n => format!("there are {n} arguments"),
    };
    format!("invalid reference to positional argument {index} ({given})")
}
