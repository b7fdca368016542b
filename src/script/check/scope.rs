//! What a program's `use` items can reach: the contents of the modules learners import from
//! that the checker knows completely (the `futures` crate's root, `prelude`, `future`,
//! `stream`, `executor` and channels, and the playground's `prelude`, as futures 0.3 and
//! `src/prelude.rs` declare them), the macros that are not in std's prelude, and the futures
//! extension traits whose methods need the trait in scope; and the checks of each. It must
//! never list less than a module holds: a name missing here would be called unresolved in a
//! program rustc accepts.

use super::imports::Scope;
use super::items::{all_items, Items};
use super::report::Reporter;
use super::ty::Ty;
use super::Checker;
use crate::script::ast::{
    self, Fields, FnDecl, GenericArg, GenericParam, Ident, ItemKind, MacroCall, Param, Path,
    SelfKind, Type, TypeKind, WherePredicate,
};
use crate::script::Diagnostic;

/// A module whose public names the checker knows completely.
pub struct Module {
    /// Its path, `::`-separated.
    pub path: &'static str,
    /// Its public items other than macros: functions, types, traits, modules.
    pub names: &'static [&'static str],
    /// Its public macros.
    pub macros: &'static [&'static str],
    /// Traits a glob of it puts in scope without their name (`pub use FutureExt as _`).
    pub anonymous_traits: &'static [&'static str],
}

impl Module {
    /// Whether it holds `name`, as an item or a macro.
    pub fn holds(&self, name: &str) -> bool {
        self.names.contains(&name) || self.macros.contains(&name)
    }
}

/// The module written as `path`, if the checker knows its contents.
pub fn module(path: &str) -> Option<&'static Module> {
    MODULES.iter().find(|m| m.path == path)
}

/// The futures types whose methods through an extension trait the checker judges, as it
/// names them (`env::free_fn` gives them to what their constructors return). Their inherent
/// methods share no name with those traits' methods.
pub const MPSC_SENDER: &str = "futures::channel::mpsc::Sender";
/// See [`MPSC_SENDER`].
pub const MPSC_RECEIVER: &str = "futures::channel::mpsc::Receiver";
/// See [`MPSC_SENDER`].
pub const MPSC_UNBOUNDED_SENDER: &str = "futures::channel::mpsc::UnboundedSender";
/// See [`MPSC_SENDER`].
pub const MPSC_UNBOUNDED_RECEIVER: &str = "futures::channel::mpsc::UnboundedReceiver";
/// See [`MPSC_SENDER`].
pub const STREAM_ITER: &str = "futures::stream::Iter";
/// See [`MPSC_SENDER`].
pub const LOCAL_POOL: &str = "futures::executor::LocalPool";
/// See [`MPSC_SENDER`].
pub const LOCAL_SPAWNER: &str = "futures::executor::LocalSpawner";

/// An extension trait of `futures` and its methods (futures 0.3), in lists.
type Extension = (&'static str, &'static [&'static [&'static str]]);

/// The methods of `Iterator`, in std's prelude, that the futures extension traits share
/// (all of them `StreamExt`'s): rustc words a call of one without its trait as a method whose
/// bounds are not satisfied.
const ITERATOR_SHARED: &[&str] = &[
    "map",
    "filter",
    "filter_map",
    "enumerate",
    "collect",
    "unzip",
    "count",
    "cycle",
    "fold",
    "any",
    "all",
    "flatten",
    "flat_map",
    "scan",
    "skip_while",
    "take_while",
    "for_each",
    "take",
    "skip",
    "fuse",
    "by_ref",
    "zip",
    "chain",
    "peekable",
    "inspect",
];

/// The extension traits whose methods a value of type `recv` (references peeled) has only
/// through them, so that calling one needs the trait in scope.
fn extensions_of(recv: &Ty) -> &'static [Extension] {
    match recv {
        Ty::Future(..) => &[FUTURE_EXT, TRY_FUTURE_EXT],
        Ty::Adt(name, _) => match name.as_str() {
            MPSC_RECEIVER | MPSC_UNBOUNDED_RECEIVER | STREAM_ITER => &[STREAM_EXT],
            MPSC_SENDER | MPSC_UNBOUNDED_SENDER => &[SINK_EXT],
            LOCAL_SPAWNER => &[LOCAL_SPAWN_EXT, SPAWN_EXT],
            _ => &[],
        },
        _ => &[],
    }
}

const FUTURE_EXT: Extension = (
    "FutureExt",
    &[&[
        "map",
        "map_into",
        "then",
        "left_future",
        "right_future",
        "into_stream",
        "flatten",
        "flatten_stream",
        "fuse",
        "inspect",
        "catch_unwind",
        "shared",
        "remote_handle",
        "boxed",
        "boxed_local",
        "unit_error",
        "never_error",
        "poll_unpin",
        "now_or_never",
    ]],
);

/// `TryFutureExt::into_future` is left out: std's `IntoFuture` gives every future that name.
const TRY_FUTURE_EXT: Extension = (
    "TryFutureExt",
    &[&[
        "flatten_sink",
        "map_ok",
        "map_ok_or_else",
        "map_err",
        "err_into",
        "ok_into",
        "and_then",
        "or_else",
        "inspect_ok",
        "inspect_err",
        "try_flatten",
        "try_flatten_stream",
        "unwrap_or_else",
        "try_poll_unpin",
    ]],
);

const STREAM_EXT: Extension = (
    "StreamExt",
    &[
        ITERATOR_SHARED,
        &[
            "next",
            "into_future",
            "then",
            "concat",
            "flatten_unordered",
            "flat_map_unordered",
            "take_until",
            "for_each_concurrent",
            "catch_unwind",
            "boxed",
            "boxed_local",
            "buffered",
            "buffer_unordered",
            "chunks",
            "ready_chunks",
            "forward",
            "split",
            "left_stream",
            "right_stream",
            "poll_next_unpin",
            "select_next_some",
        ],
    ],
);

const SINK_EXT: Extension = (
    "SinkExt",
    &[&[
        "with",
        "with_flat_map",
        "sink_map_err",
        "sink_err_into",
        "buffer",
        "close",
        "fanout",
        "flush",
        "send",
        "feed",
        "send_all",
        "left_sink",
        "right_sink",
        "poll_ready_unpin",
        "start_send_unpin",
        "poll_flush_unpin",
        "poll_close_unpin",
    ]],
);

const SPAWN_EXT: Extension = ("SpawnExt", &[&["spawn", "spawn_with_handle"]]);

const LOCAL_SPAWN_EXT: Extension = (
    "LocalSpawnExt",
    &[&["spawn_local", "spawn_local_with_handle"]],
);

/// The futures extension traits a `use` may name, so that their methods are in scope (the
/// checker judges the methods of those `extensions_of` lists).
pub const EXTENSION_TRAIT_NAMES: &[&str] = &[
    "FutureExt",
    "TryFutureExt",
    "StreamExt",
    "TryStreamExt",
    "SinkExt",
    "SpawnExt",
    "LocalSpawnExt",
    "AsyncReadExt",
    "AsyncWriteExt",
    "AsyncBufReadExt",
    "AsyncSeekExt",
];

/// The modules of std and futures that learners write a path through by their own name
/// (`future::ready`, `thread::sleep`, `mpsc::channel`): only a `use` can bring one in, as no
/// crate the playground links is named so (`time`, a crates.io crate's name too, is left out).
pub const STD_MODULES: &[&str] = &[
    "future",
    "stream",
    "sink",
    "executor",
    "channel",
    "mpsc",
    "oneshot",
    "lock",
    "task",
    "thread",
    "mem",
    "pin",
    "sync",
    "rc",
    "cell",
    "collections",
    "iter",
    "fmt",
    "io",
    "cmp",
    "ops",
    "convert",
    "process",
    "hash",
    "ptr",
    "atomic",
];

/// The types of std and futures that no prelude holds, which learners write alone: a
/// signature naming one needs its `use`.
const IMPORTED_TYPES: &[&str] = &[
    "Pin",
    "Context",
    "Poll",
    "Waker",
    "RawWaker",
    "RawWakerVTable",
    "Duration",
    "Instant",
    "Rc",
    "Arc",
    "RefCell",
    "Cell",
    "Mutex",
    "RwLock",
    "HashMap",
    "HashSet",
    "BTreeMap",
    "BTreeSet",
    "VecDeque",
    "PhantomData",
    "BoxFuture",
    "LocalBoxFuture",
];

/// The traits of std and futures that std's 2021 prelude does not hold (`Future` joined it
/// only in the 2024 edition): a bound naming one needs its `use`.
const IMPORTED_TRAITS: &[&str] = &[
    "Future",
    "IntoFuture",
    "Stream",
    "Sink",
    "Wake",
    "Debug",
    "Display",
    "Hash",
    "Error",
    "Deref",
    "DerefMut",
    "Add",
    "Sub",
    "Mul",
    "Div",
    "Neg",
    "Index",
];

/// std traits whose methods share no name with the futures extension traits'.
const QUIET_TRAITS: &[&str] = &[
    "Future",
    "Unpin",
    "Drop",
    "Debug",
    "Display",
    "Clone",
    "Copy",
    "Default",
    "PartialEq",
    "Eq",
    "Send",
    "Sync",
];

/// Pushes the types among the generic arguments of `path`'s segments.
fn push_args<'a>(path: &'a Path, types: &mut Vec<&'a Type>) {
    for segment in &path.segments {
        for arg in &segment.generics {
            match arg {
                GenericArg::Type(ty) | GenericArg::Binding { ty, .. } => types.push(ty),
                GenericArg::Lifetime(_) => {}
            }
        }
    }
}

/// The macros the playground supports that std's prelude does not hold: they need a `use`
/// or their path (`futures::join!`).
pub const IMPORTED_MACROS: &[&str] = &[
    "join",
    "try_join",
    "select",
    "select_biased",
    "pin_mut",
    "pin",
    "poll",
    "pending",
    "ready",
];

const MODULES: &[Module] = &[
    Module {
        path: "futures",
        names: &[
            "Future",
            "TryFuture",
            "FutureExt",
            "TryFutureExt",
            "Stream",
            "TryStream",
            "StreamExt",
            "TryStreamExt",
            "Sink",
            "SinkExt",
            "AsyncBufRead",
            "AsyncRead",
            "AsyncSeek",
            "AsyncWrite",
            "AsyncBufReadExt",
            "AsyncReadExt",
            "AsyncSeekExt",
            "AsyncWriteExt",
            "future",
            "never",
            "sink",
            "stream",
            "task",
            "channel",
            "lock",
            "io",
            "executor",
            "compat",
            "prelude",
        ],
        macros: &[
            "ready",
            "pin_mut",
            "select",
            "join",
            "pending",
            "poll",
            "select_biased",
            "try_join",
            "stream_select",
        ],
        anonymous_traits: &[],
    },
    Module {
        path: "futures::prelude",
        names: &[
            "future",
            "Future",
            "TryFuture",
            "sink",
            "Sink",
            "stream",
            "Stream",
            "TryStream",
            "AsyncBufRead",
            "AsyncRead",
            "AsyncSeek",
            "AsyncWrite",
        ],
        macros: &[],
        anonymous_traits: &[
            "FutureExt",
            "TryFutureExt",
            "StreamExt",
            "TryStreamExt",
            "SinkExt",
            "AsyncBufReadExt",
            "AsyncReadExt",
            "AsyncSeekExt",
            "AsyncWriteExt",
        ],
    },
    Module {
        path: "futures::executor",
        names: &[
            "block_on",
            "block_on_stream",
            "enter",
            "BlockingStream",
            "Enter",
            "EnterError",
            "LocalPool",
            "LocalSpawner",
            "ThreadPool",
            "ThreadPoolBuilder",
        ],
        macros: &[],
        anonymous_traits: &[],
    },
    Module {
        path: "futures::future",
        names: &[
            "Future",
            "BoxFuture",
            "LocalBoxFuture",
            "FusedFuture",
            "TryFuture",
            "FutureObj",
            "LocalFutureObj",
            "UnsafeFutureObj",
            "Flatten",
            "Fuse",
            "FutureExt",
            "Inspect",
            "IntoStream",
            "Map",
            "MapInto",
            "NeverError",
            "Then",
            "UnitError",
            "FlattenStream",
            "CatchUnwind",
            "Remote",
            "RemoteHandle",
            "Shared",
            "WeakShared",
            "AndThen",
            "ErrInto",
            "InspectErr",
            "InspectOk",
            "IntoFuture",
            "MapErr",
            "MapOk",
            "MapOkOrElse",
            "OkInto",
            "OrElse",
            "TryFlatten",
            "TryFlattenStream",
            "TryFutureExt",
            "UnwrapOrElse",
            "FlattenSink",
            "lazy",
            "Lazy",
            "pending",
            "Pending",
            "maybe_done",
            "MaybeDone",
            "try_maybe_done",
            "TryMaybeDone",
            "OptionFuture",
            "poll_fn",
            "PollFn",
            "poll_immediate",
            "PollImmediate",
            "err",
            "ok",
            "ready",
            "Ready",
            "always_ready",
            "AlwaysReady",
            "join",
            "join3",
            "join4",
            "join5",
            "Join",
            "Join3",
            "Join4",
            "Join5",
            "join_all",
            "JoinAll",
            "select",
            "Select",
            "select_all",
            "SelectAll",
            "try_join",
            "try_join3",
            "try_join4",
            "try_join5",
            "TryJoin",
            "TryJoin3",
            "TryJoin4",
            "TryJoin5",
            "try_join_all",
            "TryJoinAll",
            "try_select",
            "TrySelect",
            "select_ok",
            "SelectOk",
            "Either",
            "AbortHandle",
            "AbortRegistration",
            "Abortable",
            "Aborted",
            "abortable",
        ],
        macros: &[],
        anonymous_traits: &[],
    },
    Module {
        path: "futures::stream",
        names: &[
            "BoxStream",
            "LocalBoxStream",
            "FusedStream",
            "Stream",
            "TryStream",
            "All",
            "Any",
            "Chain",
            "Collect",
            "Concat",
            "Count",
            "Cycle",
            "Enumerate",
            "Filter",
            "FilterMap",
            "FlatMap",
            "Flatten",
            "Fold",
            "ForEach",
            "Fuse",
            "Inspect",
            "Map",
            "Next",
            "NextIf",
            "NextIfEq",
            "Peek",
            "PeekMut",
            "Peekable",
            "Scan",
            "SelectNextSome",
            "Skip",
            "SkipWhile",
            "StreamExt",
            "StreamFuture",
            "Take",
            "TakeUntil",
            "TakeWhile",
            "Then",
            "Unzip",
            "Zip",
            "CatchUnwind",
            "Chunks",
            "ReadyChunks",
            "Forward",
            "BufferUnordered",
            "Buffered",
            "FlatMapUnordered",
            "FlattenUnordered",
            "ForEachConcurrent",
            "ReuniteError",
            "SplitSink",
            "SplitStream",
            "try_unfold",
            "AndThen",
            "ErrInto",
            "InspectErr",
            "InspectOk",
            "IntoStream",
            "MapErr",
            "MapOk",
            "OrElse",
            "TryAll",
            "TryAny",
            "TryCollect",
            "TryConcat",
            "TryFilter",
            "TryFilterMap",
            "TryFlatten",
            "TryFold",
            "TryForEach",
            "TryNext",
            "TrySkipWhile",
            "TryStreamExt",
            "TryTakeWhile",
            "TryUnfold",
            "IntoAsyncRead",
            "TryBufferUnordered",
            "TryBuffered",
            "TryFlattenUnordered",
            "TryForEachConcurrent",
            "TryChunks",
            "TryChunksError",
            "TryReadyChunks",
            "TryReadyChunksError",
            "iter",
            "Iter",
            "repeat",
            "Repeat",
            "repeat_with",
            "RepeatWith",
            "empty",
            "Empty",
            "once",
            "Once",
            "pending",
            "Pending",
            "poll_fn",
            "PollFn",
            "poll_immediate",
            "PollImmediate",
            "select",
            "Select",
            "select_with_strategy",
            "PollNext",
            "SelectWithStrategy",
            "unfold",
            "Unfold",
            "FuturesOrdered",
            "FuturesUnordered",
            "select_all",
            "SelectAll",
            "AbortHandle",
            "AbortRegistration",
            "Abortable",
            "Aborted",
            "abortable",
            "futures_unordered",
        ],
        macros: &[],
        anonymous_traits: &[],
    },
    Module {
        path: "futures::channel",
        names: &["mpsc", "oneshot"],
        macros: &[],
        anonymous_traits: &[],
    },
    Module {
        path: "futures::channel::mpsc",
        names: &[
            "Sender",
            "UnboundedSender",
            "Receiver",
            "UnboundedReceiver",
            "SendError",
            "TrySendError",
            "TryRecvError",
            "RecvError",
            "Recv",
            "channel",
            "unbounded",
        ],
        macros: &[],
        anonymous_traits: &[],
    },
    Module {
        path: "futures::channel::oneshot",
        names: &["Receiver", "Sender", "channel", "Cancellation", "Canceled"],
        macros: &[],
        anonymous_traits: &[],
    },
    Module {
        path: "async_playground::prelude",
        names: &[
            "spawn",
            "sleep",
            "yield_now",
            "block_on",
            "Executor",
            "JoinHandle",
            "NetError",
            "TcpListener",
            "TcpStream",
        ],
        macros: &["println"],
        anonymous_traits: &[],
    },
];

impl Checker<'_> {
    /// Whether a `use` reaching the function being checked brings in what `holds` looks for,
    /// or may (a glob the checker does not expand; scopes not known).
    pub(super) fn in_scope(&self, holds: impl Fn(&Scope) -> bool) -> bool {
        self.scopes
            .is_none_or(|chain| self.items.uses.chain_holds(chain, holds))
    }

    /// E0425, E0405 or E0404 for each std or futures type or trait that the signature of `decl`
    /// names alone with no `use` reaching it: the `use` items of the function's module and
    /// enclosing bodies, not those of its own body, which its signature does not see.
    pub(super) fn signature_names(&mut self, decl: &FnDecl) {
        let Some(chain) = self.scopes else {
            return;
        };
        let outside = &chain[..chain.len().saturating_sub(1)];
        let mut types: Vec<&Type> = decl.ret.iter().collect();
        let mut traits: Vec<&Path> = Vec::new();
        for param in &decl.params {
            match param {
                Param::Typed { ty, .. }
                | Param::SelfParam {
                    kind: SelfKind::Typed(ty),
                    ..
                } => types.push(ty),
                Param::SelfParam { .. } => {}
            }
        }
        bounds(
            &decl.generic_params,
            &decl.where_clause,
            &mut types,
            &mut traits,
        );
        for d in unimported_names(self.items, self.report, outside, types, traits) {
            self.error(d);
        }
    }

    /// The path a name imported into the function being checked stands for, the innermost
    /// scope's first.
    pub(super) fn import_path(&self, name: &str) -> Option<&Vec<String>> {
        match self.scopes {
            Some(chain) => chain
                .iter()
                .rev()
                .find_map(|&i| self.items.uses.scope(i).imports.get(name)),
            None => self.items.uses.any_path(name),
        }
    }

    /// Whether the macro of `call` is in scope; reports rustc's error (which has no code) when
    /// it certainly is not.
    pub(super) fn macro_in_scope(&mut self, call: &MacroCall) -> bool {
        let name = call.name.name.as_str();
        let reachable = call.qualified
            || !IMPORTED_MACROS.contains(&name)
            || self.in_scope(|s| s.macros.contains(name))
            || self.items.open;
        if !reachable {
            let d = self.report.no_macro(call.name.span, name);
            self.fragile(d);
        }
        reachable
    }

    /// E0425, E0405 or E0404 for each std or futures type or trait that a `let` annotation
    /// names alone with no `use` reaching the body.
    pub(super) fn annotation_names(&mut self, ty: &Type) {
        let Some(chain) = self.scopes else {
            return;
        };
        for d in unimported_names(self.items, self.report, chain, vec![ty], Vec::new()) {
            self.fragile(d);
        }
    }

    /// Whether `owner` is a program type implementing `Future` by hand whose `method` can
    /// only come from `FutureExt` or `TryFutureExt`: no method of its own or of a program
    /// trait has the name, and no std trait it implements beyond `QUIET_TRAITS` could give it.
    fn hand_written_future(&self, owner: &str, method: &str) -> bool {
        let items = self.items;
        items.future_types.contains(owner)
            && !items.ambiguous.contains(owner)
            && !items
                .methods
                .contains_key(&(owner.to_string(), method.to_string()))
            && items
                .std_impls
                .get(owner)
                .into_iter()
                .flatten()
                .all(|t| QUIET_TRAITS.contains(&t.as_str()))
    }

    /// Whether `method`, called on a value of type `recv` (references peeled), is a futures
    /// extension method whose trait is not in scope; reports E0599 if so.
    pub(super) fn extension_out_of_scope(&mut self, recv: &Ty, method: &Ident) -> bool {
        let name = method.name.as_str();
        let extensions = match recv {
            Ty::Adt(owner, _) if self.hand_written_future(owner, name) => {
                &[FUTURE_EXT, TRY_FUTURE_EXT][..]
            }
            other => extensions_of(other),
        };
        let Some((trait_name, _)) = extensions
            .iter()
            .find(|(_, lists)| lists.iter().any(|methods| methods.contains(&name)))
        else {
            return false;
        };
        let reachable = self.in_scope(|s| s.traits.contains(*trait_name))
            || self.items.blanket_methods.contains(name)
            || self.items.open;
        if reachable {
            return false;
        }
        let (kind, shown) = match recv {
            Ty::Future(output, _) => (
                "opaque type",
                format!("impl Future<Output = {}>", self.table.show(output)),
            ),
            Ty::Adt(owner, _) if self.items.enums.contains_key(owner) => ("enum", owner.clone()),
            other => ("struct", self.table.show(other)),
        };
        let bounds = ITERATOR_SHARED.contains(&name);
        let d =
            self.report
                .trait_not_in_scope(method.span, name, (kind, &shown), trait_name, bounds);
        self.fragile(d);
        true
    }
}

/// The types and traits of generic parameters' bounds and `where` predicates.
fn bounds<'a>(
    params: &'a [GenericParam],
    predicates: &'a [WherePredicate],
    types: &mut Vec<&'a Type>,
    traits: &mut Vec<&'a Path>,
) {
    for param in params {
        traits.extend(&param.bounds);
    }
    for predicate in predicates {
        types.push(&predicate.ty);
        traits.extend(&predicate.bounds);
    }
}

/// E0425, E0405 or E0404 for each std or futures type or trait that the program's `impl`
/// headers and struct and enum fields name alone with no `use` of their module reaching it.
pub fn item_names(file: &ast::File, items: &Items, report: &Reporter) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for item in all_items(file) {
        let Some(chain) = items.uses.of_item(item.span.start) else {
            continue;
        };
        let mut types: Vec<&Type> = Vec::new();
        let mut traits: Vec<&Path> = Vec::new();
        match &item.kind {
            ItemKind::Impl(block) => {
                types.push(&block.self_ty);
                traits.extend(&block.trait_path);
                bounds(
                    &block.generics,
                    &block.where_clause,
                    &mut types,
                    &mut traits,
                );
            }
            ItemKind::Struct(s) => types.extend(field_types(&s.fields)),
            ItemKind::Enum(e) => {
                for variant in &e.variants {
                    types.extend(field_types(&variant.fields));
                }
            }
            _ => continue,
        }
        found.extend(unimported_names(items, report, chain, types, traits));
    }
    found
}

fn field_types(fields: &Fields) -> Vec<&Type> {
    match fields {
        Fields::Named(named) => named.iter().map(|f| &f.ty).collect(),
        Fields::Tuple(types) => types.iter().collect(),
        Fields::Unit => Vec::new(),
    }
}

/// The diagnostics for the std and futures types and traits among `types` and `traits`, and
/// inside them, that are named alone with no `use` of the scopes of `chain` reaching them.
fn unimported_names<'a>(
    items: &Items,
    report: &Reporter,
    chain: &[usize],
    mut types: Vec<&'a Type>,
    mut traits: Vec<&'a Path>,
) -> Vec<Diagnostic> {
    if items.open {
        return Vec::new();
    }
    // Work lists, not recursion: a type nests as deep as the parser allows.
    let mut named: Vec<(&'a Path, bool)> = Vec::new();
    while !types.is_empty() || !traits.is_empty() {
        if let Some(path) = traits.pop() {
            named.push((path, true));
            push_args(path, &mut types);
            continue;
        }
        let Some(ty) = types.pop() else { break };
        match &ty.kind {
            TypeKind::Path(path) => {
                named.push((path, false));
                push_args(path, &mut types);
            }
            TypeKind::Ref { inner: elem, .. }
            | TypeKind::Slice(elem)
            | TypeKind::Array { elem, .. } => types.push(elem),
            TypeKind::Tuple(items) => types.extend(items),
            TypeKind::ImplTrait(bounds) | TypeKind::DynTrait(bounds) => traits.extend(bounds),
            TypeKind::FnPointer { params, ret } => {
                types.extend(params);
                types.extend(ret.as_deref());
            }
            TypeKind::Never | TypeKind::Infer | TypeKind::Error => {}
        }
    }
    let mut found = Vec::new();
    for (path, is_trait) in named {
        let [segment] = path.segments.as_slice() else {
            continue;
        };
        let name = segment.ident.name.as_str();
        let list = if is_trait {
            IMPORTED_TRAITS
        } else {
            IMPORTED_TYPES
        };
        let declared = items.user_types.iter().any(|t| t == name)
            || items.traits.contains_key(name)
            || items.generic_params.contains(name)
            || items
                .uses
                .chain_holds(chain, |s| s.imports.contains_key(name));
        if list.contains(&name) && !declared {
            found.push(report.unresolved_type(segment.ident.span, name, is_trait));
        }
    }
    found
}
