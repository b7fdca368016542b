//! Turns source text into tokens with byte spans, reporting what it cannot read as diagnostics.
//! It must never panic, loop forever or drop bytes silently: every byte is in a token, whitespace
//! or a reported error.

use super::ast::Span;
use super::diagnostic::Diagnostic;
use super::limits::Limits;
use super::token::{Token, TokenKind, PUNCTUATION};

/// Splits `source` into tokens (comments included), with diagnostics for unreadable input.
pub fn lex(source: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lexer = Lexer {
        source,
        pos: 0,
        tokens: Vec::new(),
        diagnostics: Vec::new(),
        in_bytes: false,
    };
    while let Some(c) = lexer.peek() {
        let start = lexer.pos;
        if c.is_whitespace() {
            lexer.bump();
            continue;
        }
        let kind = lexer.token(c);
        lexer.tokens.push(Token {
            kind,
            span: Span::new(start, lexer.pos),
        });
    }
    (lexer.tokens, lexer.diagnostics)
}

struct Lexer<'s> {
    source: &'s str,
    pos: usize,
    tokens: Vec<Token>,
    diagnostics: Vec<Diagnostic>,
    /// Inside a byte literal or byte string: `\x` escapes reach `\xff`, `\u{..}` is refused.
    in_bytes: bool,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<char> {
        self.source[self.pos..].chars().next()
    }

    fn peek_nth(&self, n: usize) -> Option<char> {
        self.source[self.pos..].chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn rest(&self) -> &str {
        &self.source[self.pos..]
    }

    fn error(&mut self, start: usize, message: impl Into<String>) {
        if self.diagnostics.len() >= Limits::DEFAULT.diagnostics {
            return;
        }
        let span = Span::new(start, self.pos.max(start + 1).min(self.source.len()));
        self.diagnostics
            .push(Diagnostic::new(self.source, span, message));
    }

    fn token(&mut self, c: char) -> TokenKind {
        let start = self.pos;
        let rest = self.rest();
        if rest.starts_with("//") {
            return self.line_comment();
        }
        if rest.starts_with("/*") {
            return self.block_comment();
        }
        if rest.starts_with("r\"") || rest.starts_with("r#\"") || rest.starts_with("r##") {
            return self.raw_string();
        }
        if rest.starts_with("b\"")
            || rest.starts_with("br\"")
            || rest.starts_with("br#")
            || rest.starts_with("b'")
        {
            return self.byte_literal();
        }
        if rest.starts_with("r#") && self.peek_nth(2).is_some_and(is_ident_start) {
            self.pos += 2;
            self.eat_while(is_ident_continue);
            return TokenKind::Ident;
        }
        match c {
            '"' => self.string(),
            '\'' => self.char_or_lifetime(),
            '0'..='9' => self.number(),
            c if is_ident_start(c) => {
                self.eat_while(is_ident_continue);
                TokenKind::Ident
            }
            _ => self.punct(start, c),
        }
    }

    fn punct(&mut self, start: usize, c: char) -> TokenKind {
        let rest = self.rest().as_bytes();
        let found = PUNCTUATION
            .iter()
            .find(|p| p.as_bytes().first() == rest.first() && rest.starts_with(p.as_bytes()));
        if let Some(p) = found {
            self.pos += p.len();
            return TokenKind::Punct(p);
        }
        self.bump();
        self.error(
            start,
            format!("unexpected character `{}`", c.escape_debug()),
        );
        TokenKind::Error
    }

    fn eat_while(&mut self, keep: impl Fn(char) -> bool) {
        while self.peek().is_some_and(&keep) {
            self.bump();
        }
    }

    fn line_comment(&mut self) -> TokenKind {
        self.eat_while(|c| c != '\n');
        TokenKind::Comment
    }

    /// Block comments nest in Rust, so depth is counted.
    fn block_comment(&mut self) -> TokenKind {
        let start = self.pos;
        self.pos += 2;
        let mut depth = 1usize;
        while depth > 0 {
            let rest = self.rest();
            if rest.starts_with("/*") {
                depth += 1;
                self.pos += 2;
            } else if rest.starts_with("*/") {
                depth -= 1;
                self.pos += 2;
            } else if self.bump().is_none() {
                self.error(start, "unterminated block comment");
                return TokenKind::Error;
            }
        }
        TokenKind::Comment
    }

    fn raw_string(&mut self) -> TokenKind {
        let start = self.pos;
        self.pos += 1;
        let hashes = self.rest().bytes().take_while(|&b| b == b'#').count();
        self.pos += hashes;
        if self.peek() != Some('"') {
            self.error(start, "expected `\"` to open the raw string");
            return TokenKind::Error;
        }
        self.pos += 1;
        let closing = format!("\"{}", "#".repeat(hashes));
        match self.rest().find(&closing) {
            Some(end) => {
                // rustc reads a CRLF line ending inside a literal as a plain newline.
                let text = self.rest()[..end].replace("\r\n", "\n");
                self.pos += end + closing.len();
                TokenKind::Str(text)
            }
            None => {
                self.pos = self.source.len();
                self.error(start, "unterminated raw string");
                TokenKind::Error
            }
        }
    }

    /// `b'x'` (a `u8` literal), `b"..."` and `br"..."` (byte strings): lexed as their text
    /// forms are, then turned into bytes. rustc allows only ASCII text inside them.
    fn byte_literal(&mut self) -> TokenKind {
        let start = self.pos;
        self.pos += 1;
        self.in_bytes = true;
        let kind = match self.peek() {
            Some('\'') => self.char_or_lifetime(),
            Some('r') => self.raw_string(),
            _ => self.string(),
        };
        self.in_bytes = false;
        if !self.source[start..self.pos].is_ascii() {
            self.error(start, "non-ASCII character in byte literal");
            return TokenKind::Error;
        }
        // Every char left is at most U+00FF: ASCII text or a `\x` escape.
        let byte = |c: char| u8::try_from(u32::from(c)).unwrap_or(0);
        match kind {
            TokenKind::Char(c) => TokenKind::Int {
                value: Some(u128::from(byte(c))),
                suffix: Some("u8".into()),
            },
            TokenKind::Str(text) => TokenKind::ByteStr(text.chars().map(byte).collect()),
            TokenKind::Lifetime => {
                self.error(start, "unterminated byte literal");
                TokenKind::Error
            }
            other => other,
        }
    }

    fn string(&mut self) -> TokenKind {
        let start = self.pos;
        self.bump();
        let mut text = String::new();
        let mut ok = true;
        loop {
            match self.peek() {
                None => {
                    self.error(start, "unterminated string literal");
                    return TokenKind::Error;
                }
                Some('"') => break,
                Some('\\') => match self.escape(true) {
                    Some(Some(c)) => text.push(c),
                    Some(None) => {}
                    None => ok = false,
                },
                // rustc reads a CRLF line ending inside a literal as a plain newline.
                Some('\r') if self.peek_nth(1) == Some('\n') => {
                    self.bump();
                }
                Some(c) => {
                    self.bump();
                    text.push(c);
                }
            }
        }
        self.bump();
        if ok {
            TokenKind::Str(text)
        } else {
            TokenKind::Error
        }
    }

    /// Reads one escape at `\`. `Some(None)` is a line continuation; `None` is a reported error.
    fn escape(&mut self, in_string: bool) -> Option<Option<char>> {
        let start = self.pos;
        self.bump();
        let c = match self.bump() {
            Some('n') => '\n',
            Some('t') => '\t',
            Some('r') => '\r',
            Some('0') => '\0',
            Some('\\') => '\\',
            Some('"') => '"',
            Some('\'') => '\'',
            Some('u') => return self.unicode_escape(start).map(Some),
            Some('x') => return self.ascii_escape(start).map(Some),
            Some('\n') if in_string => {
                self.eat_while(char::is_whitespace);
                return Some(None);
            }
            Some('\r') if in_string && self.peek() == Some('\n') => {
                self.eat_while(char::is_whitespace);
                return Some(None);
            }
            other => {
                let shown = other.map_or(String::new(), |c| c.escape_debug().to_string());
                self.error(start, format!("unknown character escape `\\{shown}`"));
                return None;
            }
        };
        Some(Some(c))
    }

    /// `\x41`: exactly two hex digits, at most `7f`, as rustc requires.
    fn ascii_escape(&mut self, start: usize) -> Option<char> {
        let digits: String = (0..2).filter_map(|_| self.bump()).collect();
        match u8::from_str_radix(&digits, 16) {
            Ok(byte) if (byte <= 0x7f || self.in_bytes) && digits.len() == 2 => {
                Some(char::from(byte))
            }
            Ok(_) => {
                self.error(
                    start,
                    "out of range hex escape: must be a character in the range [\\x00-\\x7f]",
                );
                None
            }
            Err(_) => {
                self.error(start, "invalid character in numeric character escape");
                None
            }
        }
    }

    fn unicode_escape(&mut self, start: usize) -> Option<char> {
        if self.peek() != Some('{') {
            self.error(start, "expected `{` after `\\u`");
            return None;
        }
        self.bump();
        let digits_start = self.pos;
        self.eat_while(|c| c.is_ascii_hexdigit() || c == '_');
        let digits = self.source[digits_start..self.pos].replace('_', "");
        if self.peek() != Some('}') {
            self.error(start, "unterminated unicode escape: expected `}`");
            return None;
        }
        self.bump();
        let value = u32::from_str_radix(&digits, 16)
            .ok()
            .filter(|_| digits.len() <= 6);
        let c = value.and_then(char::from_u32);
        if self.in_bytes {
            // Read whole first, so that the literal's end is found and nothing else is reported.
            self.error(start, "unicode escape in byte string");
            return None;
        }
        if c.is_none() {
            self.error(start, "invalid unicode character escape");
        }
        c
    }

    /// `'a'` and `'\n'` are characters; `'a` and `'_` are lifetimes or labels.
    fn char_or_lifetime(&mut self) -> TokenKind {
        let start = self.pos;
        self.bump();
        let first = self.peek();
        if first != Some('\\') && self.peek_nth(1) != Some('\'') {
            if first.is_some_and(is_ident_start) {
                self.eat_while(is_ident_continue);
                return TokenKind::Lifetime;
            }
            self.error(start, "unterminated character literal");
            return TokenKind::Error;
        }
        let c = match first {
            Some('\\') => self.escape(false).flatten(),
            _ => self.bump(),
        };
        if self.peek() != Some('\'') {
            self.error(start, "unterminated character literal");
            return TokenKind::Error;
        }
        self.bump();
        c.map_or(TokenKind::Error, TokenKind::Char)
    }

    fn number(&mut self) -> TokenKind {
        let start = self.pos;
        let radix = match self.rest().get(..2) {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 10,
        };
        if radix != 10 {
            self.pos += 2;
        }
        let digits_start = self.pos;
        self.eat_while(|c| c.is_digit(radix) || c == '_');
        if radix == 10 && self.is_float_continuation() {
            return self.float(start);
        }
        let digits = self.source[digits_start..self.pos].replace('_', "");
        let value = u128::from_str_radix(&digits, radix).ok();
        if value.is_none() {
            self.error(start, "integer literal is too large or has no digits");
        }
        TokenKind::Int {
            value,
            suffix: self.suffix(),
        }
    }

    /// A `.` starts a fraction only if a digit follows and the number is not a tuple index
    /// (`x.0.1`): after a `.` token, numbers are always integers.
    fn is_float_continuation(&self) -> bool {
        let after_dot = matches!(
            self.tokens.last(),
            Some(Token {
                kind: TokenKind::Punct("."),
                ..
            })
        );
        let fraction =
            self.peek() == Some('.') && self.peek_nth(1).is_some_and(|c| c.is_ascii_digit());
        let exponent = matches!(self.peek(), Some('e' | 'E'))
            && self
                .peek_nth(1)
                .is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '+');
        !after_dot && (fraction || exponent)
    }

    fn float(&mut self, start: usize) -> TokenKind {
        if self.peek() == Some('.') {
            self.bump();
            self.eat_while(|c| c.is_ascii_digit() || c == '_');
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            self.bump();
            if matches!(self.peek(), Some('-' | '+')) {
                self.bump();
            }
            self.eat_while(|c| c.is_ascii_digit() || c == '_');
        }
        let text = self.source[start..self.pos].replace('_', "");
        let suffix = self.suffix();
        if suffix.as_deref().is_some_and(|s| s != "f64" && s != "f32") {
            self.error(start, "invalid suffix for a float literal");
        }
        match super::decimal::parse_f64(&text) {
            Some(value) => TokenKind::Float { value, suffix },
            None => {
                self.error(start, "invalid float literal");
                TokenKind::Error
            }
        }
    }

    fn suffix(&mut self) -> Option<String> {
        let start = self.pos;
        self.eat_while(is_ident_continue);
        (self.pos > start).then(|| self.source[start..self.pos].to_string())
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}
