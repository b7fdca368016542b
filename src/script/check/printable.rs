//! Which values `{}` and `{:?}` can print, for rustc's E0277 "`Point` doesn't implement
//! `std::fmt::Display`": the program's types that derive or implement `Debug` or implement
//! `Display`, and the std types that certainly lack either. It must never call printable
//! what it cannot see whole: a type it does not know, or a program it cannot read in full,
//! is printable.

use std::collections::HashSet;

use super::items::{self, Items};
use super::ty::Ty;
use crate::script::ast::{self, ItemKind, TypeKind};

/// The program's own types that `{}` and `{:?}` can print.
#[derive(Default)]
pub struct Printable {
    display: HashSet<String>,
    debug: HashSet<String>,
}

/// std collections, none of which implements `Display`; each is `Debug` when its
/// arguments are.
const COLLECTIONS: &[&str] = &[
    "Vec", "Option", "Result", "HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque",
];

/// Pointers that print as what they point to.
const POINTERS: &[&str] = &["Box", "Rc", "Arc"];

impl Printable {
    /// The types of `file` that derive `Debug` or implement `Debug` or `Display`.
    pub fn collect(file: &ast::File) -> Printable {
        let mut printable = Printable::default();
        for item in items::all_items(file) {
            match &item.kind {
                ItemKind::Struct(s) => printable.derived(&s.name.name, &s.derives),
                ItemKind::Enum(e) => printable.derived(&e.name.name, &e.derives),
                ItemKind::Impl(block) => {
                    let trait_name = block
                        .trait_path
                        .as_ref()
                        .and_then(|p| p.segments.last())
                        .map(|s| s.ident.name.as_str());
                    let set = match trait_name {
                        Some("Display") => &mut printable.display,
                        Some("Debug") => &mut printable.debug,
                        _ => continue,
                    };
                    // `impl Display for &Point` or `for Box<Point>` prints a `Point` too, as
                    // far as this check goes.
                    names_in(&block.self_ty, set);
                }
                _ => {}
            }
        }
        printable
    }

    fn derived(&mut self, name: &str, derives: &[ast::Ident]) {
        if derives.iter().any(|d| d.name == "Debug") {
            self.debug.insert(name.to_string());
        }
    }

    /// Whether a value of `ty` certainly cannot be printed with `{}` (or, when `debug`, with
    /// `{:?}`).
    pub fn lacks(&self, items: &Items, ty: &Ty, debug: bool) -> bool {
        let own = |name: &str| {
            items.user_types.iter().any(|t| t == name)
                && !items.ambiguous.contains(name)
                && !items.open
                && !items.glob
        };
        let any = |args: &[Ty]| args.iter().any(|a| self.lacks(items, a, debug));
        let std = |name: &str, list: &[&str]| {
            list.contains(&name) && !items.user_types.iter().any(|t| t == name)
        };
        match ty {
            Ty::Ref(_, inner) => self.lacks(items, inner, debug),
            Ty::Adt(name, _) if own(name) => {
                let set = if debug { &self.debug } else { &self.display };
                !set.contains(name)
            }
            Ty::Adt(name, args) if std(name, POINTERS) => any(args),
            Ty::Adt(name, args) if std(name, COLLECTIONS) => !debug || any(args),
            Ty::Tuple(items) if debug => any(items),
            Ty::Array(elem, _) if debug => self.lacks(items, elem, debug),
            Ty::Tuple(_) | Ty::Array(..) | Ty::Future(..) => !debug,
            _ => false,
        }
    }
}

/// Every type name written in `ty`, with those of its arguments.
fn names_in(ty: &ast::Type, names: &mut HashSet<String>) {
    match &ty.kind {
        TypeKind::Path(path) => {
            for segment in &path.segments {
                names.insert(segment.ident.name.clone());
                for arg in &segment.generics {
                    if let ast::GenericArg::Type(t) = arg {
                        names_in(t, names);
                    }
                }
            }
        }
        TypeKind::Ref { inner, .. } => names_in(inner, names),
        _ => {}
    }
}
