//! What a type the program writes asks of std's collections: the collection `collect()`
//! builds (`collect::<String>()`, `let m: HashMap<_, _> = ...collect();`) and the value a map's
//! `or_default` inserts (`let m: HashMap<&str, usize> = HashMap::new();`). It must never guess:
//! a type it cannot read leaves the decision to the runtime's default (a `Vec`, a `0`).

use crate::script::ast::{GenericArg, Type, TypeKind};
use crate::script::eval::collections::{new_map, MapKind};
use crate::script::eval::program::{CollectTarget, Collection, NumType};
use crate::script::eval::stream::FuturesCollection;
use crate::script::eval::value::Value;

/// The last segment of a path type and its type arguments (`HashMap<K, V>` gives `HashMap`
/// and `[K, V]`), looking through references.
fn named(ty: &Type) -> Option<(&str, Vec<&Type>)> {
    match &ty.kind {
        TypeKind::Path(path) => {
            let last = path.segments.last()?;
            let args = last
                .generics
                .iter()
                .filter_map(|arg| match arg {
                    GenericArg::Type(ty) => Some(ty),
                    _ => None,
                })
                .collect();
            Some((last.ident.name.as_str(), args))
        }
        TypeKind::Ref { inner, .. } => named(inner),
        _ => None,
    }
}

fn collection(ty: &Type) -> Option<Collection> {
    let (name, _) = named(ty)?;
    Some(match name {
        "Vec" | "VecDeque" | "Box" => Collection::Vec,
        "String" => Collection::String,
        "JoinAll" => Collection::Futures(FuturesCollection::JoinAll),
        "FuturesUnordered" => Collection::Futures(FuturesCollection::Unordered),
        "FuturesOrdered" => Collection::Futures(FuturesCollection::Ordered),
        "TryJoinAll" => Collection::Futures(FuturesCollection::TryJoinAll),
        other => Collection::Map(MapKind::from_name(other)?),
    })
}

/// What `collect()` builds when the program asks for `ty`.
pub(super) fn collect_target(ty: &Type) -> Option<CollectTarget> {
    let (name, args) = named(ty)?;
    match (name, args.first()) {
        ("Result", Some(inner)) => collection(inner).map(CollectTarget::Result),
        ("Option", Some(inner)) => collection(inner).map(CollectTarget::Option),
        _ => collection(ty).map(CollectTarget::Plain),
    }
}

/// `V::default()` for a map type `HashMap<K, V>` or `BTreeMap<K, V>`, when `V` is a type whose
/// default the playground knows.
pub(super) fn map_value_default(ty: &Type) -> Option<Value> {
    let (name, args) = named(ty)?;
    match (MapKind::from_name(name)?, args.as_slice()) {
        (MapKind::HashMap | MapKind::BTreeMap, [_, value]) => default_of(value),
        _ => None,
    }
}

fn default_of(ty: &Type) -> Option<Value> {
    if let TypeKind::Tuple(items) = &ty.kind {
        let items: Option<Vec<Value>> = items.iter().map(default_of).collect();
        return Some(match items? {
            items if items.is_empty() => Value::Unit,
            items => Value::Tuple(items.into()),
        });
    }
    let (name, args) = named(ty)?;
    if let Some(num) = NumType::from_name(name) {
        return Some(match num {
            NumType::Int(int) => Value::Int(0, int),
            NumType::Float(float) => Value::Float(0.0, float),
        });
    }
    Some(match name {
        "String" => Value::string(String::new()),
        "Vec" | "VecDeque" => Value::vec(Vec::new()),
        "bool" => Value::Bool(false),
        "char" => Value::Char('\0'),
        "Option" => Value::option(None),
        other => {
            let kind = MapKind::from_name(other)?;
            let inner = match args.as_slice() {
                [_, value] => default_of(value),
                _ => None,
            };
            new_map(kind, inner)
        }
    })
}
