//! The names of every built-in method, by the kind of receiver that has it: the table the
//! lowering reads to refuse, before the program runs and where it is written, a method that no
//! built-in type and no impl of the program has. A method added to a receiver's dispatch (in
//! `methods.rs`, `text.rs`, `collections.rs`, `iter.rs`, `consume.rs`, ...) gets its name
//! here too, or programs calling it are refused. It must never hold a name that no dispatch
//! answers: such a call would pass the lowering and fail at run time.

/// Built-in methods by receiver kind.
pub const BUILT_IN: &[(&str, &[&str])] = &[
    (
        "any value",
        &[
            "as_deref", "as_mut", "as_ref", "borrow", "by_ref", "clone", "cloned", "cmp",
            "copied", "eq", "get_mut", "into", "iter", "ne", "partial_cmp", "to_owned",
            "to_string",
        ],
    ),
    (
        "String and str",
        &[
            "as_bytes", "as_str", "bytes", "capacity", "char_indices", "chars", "clear",
            "contains", "ends_with", "eq_ignore_ascii_case", "extend", "find", "insert",
            "insert_str", "is_ascii", "is_char_boundary", "is_empty", "len", "lines",
            "match_indices", "matches", "parse", "pop", "push", "push_str", "remove", "repeat",
            "replace", "replacen", "retain", "rfind", "rsplit", "rsplit_once", "rsplitn",
            "split", "split_ascii_whitespace", "split_inclusive", "split_once",
            "split_terminator", "split_whitespace", "splitn", "starts_with", "strip_prefix",
            "strip_suffix", "to_ascii_lowercase", "to_ascii_uppercase", "to_lowercase",
            "to_uppercase", "trim", "trim_end", "trim_end_matches", "trim_matches", "trim_start",
            "trim_start_matches", "truncate", "write_str",
        ],
    ),
    (
        "char",
        &[
            "eq_ignore_ascii_case", "is_alphabetic", "is_alphanumeric", "is_ascii",
            "is_ascii_alphabetic", "is_ascii_alphanumeric", "is_ascii_digit",
            "is_ascii_graphic", "is_ascii_hexdigit", "is_ascii_lowercase",
            "is_ascii_punctuation", "is_ascii_uppercase", "is_ascii_whitespace", "is_control",
            "is_digit", "is_lowercase", "is_numeric", "is_uppercase", "is_whitespace",
            "len_utf8", "to_ascii_lowercase", "to_ascii_uppercase", "to_digit", "to_lowercase",
            "to_uppercase",
        ],
    ),
    (
        "Vec, VecDeque, arrays and slices",
        &[
            "back", "binary_search", "chunks", "chunks_exact", "clear", "concat", "contains",
            "dedup", "dedup_by_key", "drain", "extend", "extend_from_slice", "fill", "first",
            "front", "get", "insert", "is_empty", "join", "last", "len", "pop", "pop_back",
            "pop_front", "push", "push_back", "push_front", "remove", "resize", "retain",
            "retain_mut", "reverse", "rotate_left", "rotate_right", "sort", "sort_by",
            "sort_by_key", "sort_unstable", "sort_unstable_by", "sort_unstable_by_key",
            "split_at", "split_off", "swap", "to_vec", "truncate", "windows",
        ],
    ),
    (
        "iterators (and what iterates: vectors, ranges, maps, options)",
        &[
            "all", "any", "chain", "collect", "count", "enumerate", "filter", "filter_map",
            "find", "find_map", "flat_map", "flatten", "fold", "for_each", "inspect",
            "into_iter", "iter_mut", "last", "len", "map", "map_while", "max", "max_by",
            "max_by_key", "min", "min_by", "min_by_key", "next", "next_if", "next_if_eq", "nth",
            "partition", "peek", "peek_mut", "peekable", "position", "product", "reduce", "rev",
            "scan", "skip", "skip_while", "step_by", "sum", "take", "take_while", "unzip", "zip",
        ],
    ),
    (
        "HashMap, HashSet, BTreeMap, BTreeSet and their entries",
        &[
            "and_modify", "clear", "contains", "contains_key", "difference", "entry", "extend",
            "first", "first_key_value", "get", "get_mut", "insert", "intersection", "into_iter",
            "into_keys", "into_values", "is_disjoint", "is_empty", "is_subset", "is_superset",
            "iter", "iter_mut", "key", "keys", "last", "last_key_value", "len", "or_default",
            "or_insert", "or_insert_with", "or_insert_with_key", "pop_first", "pop_last",
            "remove", "remove_entry", "retain", "symmetric_difference", "take", "union",
            "values", "values_mut",
        ],
    ),
    (
        "Option, Result and Poll",
        &[
            "and", "and_then", "err", "expect", "expect_err", "filter", "flatten",
            "get_or_insert", "insert", "inspect", "inspect_err", "into_iter", "is_err",
            "is_err_and", "is_none", "is_none_or", "is_ok", "is_ok_and", "is_pending",
            "is_ready", "is_some", "is_some_and", "iter", "iter_mut", "map", "map_err", "map_or",
            "map_or_else", "ok", "ok_or", "ok_or_else", "or", "or_else", "replace", "take",
            "unwrap", "unwrap_err", "unwrap_or", "unwrap_or_default", "unwrap_or_else", "xor",
            "zip",
        ],
    ),
    (
        "integers",
        &[
            "abs", "abs_diff", "clamp", "count_ones", "count_zeros", "div_euclid", "is_negative",
            "is_positive", "is_power_of_two", "leading_ones", "leading_zeros", "max", "min",
            "next_power_of_two", "pow", "rem_euclid", "reverse_bits", "rotate_left",
            "rotate_right", "signum", "swap_bytes", "trailing_ones", "trailing_zeros",
            "unsigned_abs",
        ],
    ),
    (
        "floats",
        &[
            "abs", "atan2", "cbrt", "ceil", "clamp", "cos", "exp", "floor", "fract", "hypot",
            "is_finite", "is_infinite", "is_nan", "is_sign_negative", "is_sign_positive", "ln",
            "log10", "log2", "max", "min", "mul_add", "powf", "powi", "recip", "round", "signum",
            "sin", "sqrt", "tan", "to_degrees", "to_radians", "total_cmp", "trunc",
        ],
    ),
    (
        "Ordering",
        &[
            "is_eq", "is_ge", "is_gt", "is_le", "is_lt", "is_ne", "reverse", "then", "then_with",
        ],
    ),
    (
        "futures, wakers, Rc, RefCell, Duration and the loopback network",
        &[
            "and_then", "as_millis", "as_secs", "async_accept", "async_read", "async_send",
            "borrow", "borrow_mut", "boxed", "boxed_local", "fuse", "into_inner", "map", "poll",
            "then", "wake", "wake_by_ref", "waker", "will_wake",
        ],
    ),
];

/// The integer families whose methods are named `<family>_<operation>` (`checked_add`).
const FAMILIES: &[&str] = &["checked", "wrapping", "saturating", "overflowing"];

/// The operations of [`FAMILIES`].
const FAMILY_OPERATIONS: &[&str] = &[
    "add", "sub", "mul", "div", "rem", "pow", "shl", "shr", "neg", "abs",
];

/// Whether some built-in type has a method called `name`.
pub fn is_built_in(name: &str) -> bool {
    BUILT_IN
        .iter()
        .any(|(_, methods)| methods.contains(&name))
        || name.split_once('_').is_some_and(|(family, operation)| {
            FAMILIES.contains(&family) && FAMILY_OPERATIONS.contains(&operation)
        })
}
