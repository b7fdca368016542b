//! Which traits the program's types implement, for rustc's E0277 on an unmet bound: `{}` and
//! `{:?}` on a value without `Display` or `Debug`, and a program function's generic parameter
//! (`fn show<T: Display>(t: T)`, `t: impl Speak`) given a type without the trait; and the
//! generic functions' types, instantiated at each call for local inference. It must never
//! call a trait missing where it cannot see every impl: a type it does not know, a trait with
//! a blanket impl, or a program it cannot read in full is taken to have it.

use std::collections::{HashMap, HashSet};

use super::infer::{Table, VarKind};
use super::items::{self, Items};
use super::ty::Ty;
use crate::script::ast::{self, ItemKind, Param, TypeKind};

/// The traits the program's types implement, and the bounds of its generic functions.
#[derive(Default)]
pub struct Impls {
    /// By trait name (its last segment): the types with an impl or derive of it.
    by_trait: HashMap<String, HashSet<String>>,
    /// Traits with an impl for a generic parameter (`impl<T: Display> Describe for T`).
    blanket: HashSet<String>,
    /// By free function name: each parameter typed by a bounded generic (`T`, `&T`,
    /// `impl Trait`), as its index and the bounds' trait names.
    bounded: HashMap<String, Vec<(usize, Vec<String>)>>,
    /// The generic free functions (named once), for their types at each call.
    generic_fns: HashMap<String, ast::FnDecl>,
}

/// std collections, none of which implements `Display`; each is `Debug` when its
/// arguments are.
const COLLECTIONS: &[&str] = &[
    "Vec", "Option", "Result", "HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque",
];

/// Pointers that print as what they point to.
const POINTERS: &[&str] = &["Box", "Rc", "Arc"];

/// std traits a program type has only by a derive or impl of its own.
const DERIVABLE: &[&str] = &[
    "Debug",
    "Display",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Default",
];

impl Impls {
    /// The impls and derives of `file`, and its generic functions' bounds.
    pub fn collect(file: &ast::File) -> Impls {
        let mut impls = Impls::default();
        let mut fn_names = HashSet::new();
        for item in items::all_items(file) {
            match &item.kind {
                ItemKind::Struct(s) => impls.derived(&s.name.name, &s.derives),
                ItemKind::Enum(e) => impls.derived(&e.name.name, &e.derives),
                ItemKind::Impl(block) => impls.implemented(block),
                ItemKind::Fn(decl) => {
                    if !fn_names.insert(decl.name.name.clone()) {
                        // Two functions of one name: which one a call means is not followed.
                        impls.bounded.insert(decl.name.name.clone(), Vec::new());
                        impls.generic_fns.remove(&decl.name.name);
                    } else {
                        if !decl.generics.is_empty() {
                            impls
                                .generic_fns
                                .insert(decl.name.name.clone(), decl.clone());
                        }
                        impls
                            .bounded
                            .insert(decl.name.name.clone(), bounded_params(decl));
                    }
                }
                _ => {}
            }
        }
        impls
    }

    fn derived(&mut self, name: &str, derives: &[ast::Ident]) {
        for derive in derives {
            self.by_trait
                .entry(derive.name.clone())
                .or_default()
                .insert(name.to_string());
        }
    }

    fn implemented(&mut self, block: &ast::ImplBlock) {
        let Some(trait_name) = block
            .trait_path
            .as_ref()
            .and_then(|p| p.segments.last())
            .map(|s| s.ident.name.clone())
        else {
            return;
        };
        let generic = |name: &str| block.generics.iter().any(|g| g.name.name == name);
        if matches!(&block.self_ty.kind, TypeKind::Path(p) if p.segments.len() == 1 && generic(&p.segments[0].ident.name))
        {
            self.blanket.insert(trait_name.clone());
        }
        // `impl Display for &Point` or `for Box<Point>` gives a `Point` the trait too, as far
        // as these checks go.
        names_in(&block.self_ty, self.by_trait.entry(trait_name).or_default());
    }

    /// Whether a value of `ty` certainly cannot be printed with `{}` (or, when `debug`, with
    /// `{:?}`).
    pub fn unprintable(&self, items: &Items, ty: &Ty, debug: bool) -> bool {
        let std = |name: &str, list: &[&str]| {
            list.contains(&name) && !items.user_types.iter().any(|t| t == name)
        };
        let any = |args: &[Ty]| args.iter().any(|a| self.unprintable(items, a, debug));
        match ty {
            Ty::Ref(_, inner) => self.unprintable(items, inner, debug),
            Ty::Adt(name, _) if own(items, name) => {
                !self.has(name, if debug { "Debug" } else { "Display" })
            }
            Ty::Adt(name, args) if std(name, POINTERS) => any(args),
            Ty::Adt(name, args) if std(name, COLLECTIONS) => !debug || any(args),
            Ty::Tuple(items) if debug => any(items),
            Ty::Array(elem, _) if debug => self.unprintable(items, elem, debug),
            Ty::Tuple(_) | Ty::Array(..) | Ty::Future(..) => !debug,
            _ => false,
        }
    }

    /// The bounds that a call of the free function `name` puts on its arguments: by argument
    /// index, the traits its type must implement.
    pub fn bounds_of(&self, name: &str) -> &[(usize, Vec<String>)] {
        self.bounded.get(name).map_or(&[], |b| b.as_slice())
    }

    /// The free function `name`'s parameter and return types with a new inference variable
    /// for each of its generic parameters (`fn first<T>(items: &[T]) -> T`): a parameter
    /// whose type names none is `None`. `None` for a function that is not generic.
    pub fn instantiate(
        &self,
        items: &Items,
        table: &mut Table,
        name: &str,
    ) -> Option<(Vec<Option<Ty>>, Ty)> {
        let decl = self.generic_fns.get(name)?;
        let vars: HashMap<&str, Ty> = decl
            .generics
            .iter()
            .map(|g| (g.name.as_str(), table.fresh(VarKind::General)))
            .collect();
        let lower = |ty: &ast::Type| substitute(items, ty, &vars, &decl.generics);
        let params = decl
            .params
            .iter()
            .filter_map(|p| match p {
                Param::Typed { ty, .. } => Some(ty),
                Param::SelfParam { .. } => None,
            })
            .map(|ty| mentions(ty, &vars).then(|| lower(ty)))
            .collect();
        let ret = decl.ret.as_ref().map_or_else(Ty::unit, lower);
        let ret = if decl.is_async {
            Ty::Future(Box::new(ret), true)
        } else {
            ret
        };
        Some((params, ret))
    }

    /// Whether a value of `ty` (references peeled) certainly lacks the trait `bound`, which is
    /// `Display`, `Debug`, a derivable std trait or one of the program's traits.
    pub fn lacks(&self, items: &Items, ty: &Ty, bound: &str) -> bool {
        if matches!(bound, "Display" | "Debug") {
            return self.unprintable(items, ty, bound == "Debug");
        }
        let program_trait =
            items.traits.contains_key(bound) && !items.ambiguous.contains(bound) && !items.open;
        if !(program_trait || DERIVABLE.contains(&bound)) || self.blanket.contains(bound) {
            return false;
        }
        let name = match ty {
            Ty::Adt(name, _) if own(items, name) => name.clone(),
            // A std type has a program trait only through an impl the program writes.
            Ty::Int(int) if program_trait => int.name().to_string(),
            Ty::Bool if program_trait => "bool".to_string(),
            Ty::Char if program_trait => "char".to_string(),
            Ty::Str if program_trait => "str".to_string(),
            Ty::Adt(name, _) if program_trait && !items.uses.any_glob() => name.clone(),
            _ => return false,
        };
        !self.has(&name, bound)
    }

    fn has(&self, ty: &str, trait_name: &str) -> bool {
        self.by_trait
            .get(trait_name)
            .is_some_and(|types| types.contains(ty))
    }
}

/// Whether `name` is one of the program's types whose impls the checker sees whole.
fn own(items: &Items, name: &str) -> bool {
    items.user_types.iter().any(|t| t == name)
        && !items.ambiguous.contains(name)
        && !items.open
        && !items.uses.any_glob()
}

/// The parameters of `decl` typed by a bounded generic (`T`, `&T`, `&mut T`, `impl Trait`),
/// each with its bounds' trait names.
fn bounded_params(decl: &ast::FnDecl) -> Vec<(usize, Vec<String>)> {
    let bounds_of = |name: &str| -> Vec<String> {
        let params = decl
            .generic_params
            .iter()
            .filter(|g| g.name.name == name)
            .flat_map(|g| g.bounds.iter());
        let wheres = decl
            .where_clause
            .iter()
            .filter(|w| matches!(&w.ty.kind, TypeKind::Path(p) if p.segments.len() == 1 && p.segments[0].ident.name == name))
            .flat_map(|w| w.bounds.iter());
        params.chain(wheres).filter_map(last_name).collect()
    };
    let typed = decl.params.iter().filter_map(|p| match p {
        Param::Typed { ty, .. } => Some(ty),
        Param::SelfParam { .. } => None,
    });
    let mut found = Vec::new();
    for (index, ty) in typed.enumerate() {
        let ty = match &ty.kind {
            TypeKind::Ref { inner, .. } => inner,
            _ => ty,
        };
        let bounds = match &ty.kind {
            TypeKind::ImplTrait(bounds) => bounds.iter().filter_map(last_name).collect(),
            TypeKind::Path(p) if p.segments.len() == 1 => {
                let name = &p.segments[0].ident.name;
                if decl.generics.iter().any(|g| g.name == *name) {
                    bounds_of(name)
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        };
        if !bounds.is_empty() {
            found.push((index, bounds));
        }
    }
    found
}

/// A bound's trait name, when it is a plain trait (`Display`, `fmt::Debug`, `Speak`); a bound
/// with arguments (`Future<Output = T>`, `Fn(u32)`, `Into<String>`) is not followed.
fn last_name(bound: &ast::Path) -> Option<String> {
    let last = bound.segments.last()?;
    last.generics.is_empty().then(|| last.ident.name.clone())
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

/// `ty` lowered with each generic parameter of `vars` replaced by its variable: through
/// references, slices, tuples and the std and program types that keep their arguments; any
/// other type naming a generic parameter is `Unknown`.
fn substitute(
    items: &Items,
    ty: &ast::Type,
    vars: &HashMap<&str, Ty>,
    generics: &[ast::Ident],
) -> Ty {
    let sub = |t: &ast::Type| substitute(items, t, vars, generics);
    match &ty.kind {
        _ if !mentions(ty, vars) => items.lower(ty, generics, None),
        TypeKind::Ref { mutable, inner, .. } => Ty::Ref(*mutable, Box::new(sub(inner))),
        TypeKind::Slice(elem) => Ty::Array(Box::new(sub(elem)), None),
        TypeKind::Tuple(elems) => Ty::Tuple(elems.iter().map(sub).collect()),
        TypeKind::Path(path) if path.segments.len() == 1 => {
            let segment = &path.segments[0];
            let name = segment.ident.name.as_str();
            if let Some(var) = vars.get(name) {
                return var.clone();
            }
            let keeps_args = matches!(name, "Vec" | "Option" | "Result" | "Box" | "VecDeque")
                || (items.user_types.iter().any(|t| t == name) && !items.ambiguous.contains(name));
            if !keeps_args {
                return Ty::Unknown;
            }
            let args = segment
                .generics
                .iter()
                .filter_map(|g| match g {
                    ast::GenericArg::Type(t) => Some(sub(t)),
                    _ => None,
                })
                .collect();
            Ty::Adt(name.to_string(), args)
        }
        _ => Ty::Unknown,
    }
}

/// Whether `ty` names one of the generic parameters of `vars`.
fn mentions(ty: &ast::Type, vars: &HashMap<&str, Ty>) -> bool {
    match &ty.kind {
        TypeKind::Path(path) => path.segments.iter().any(|s| {
            vars.contains_key(s.ident.name.as_str())
                || s.generics.iter().any(|g| match g {
                    ast::GenericArg::Type(t) => mentions(t, vars),
                    ast::GenericArg::Binding { ty, .. } => mentions(ty, vars),
                    _ => false,
                })
        }),
        TypeKind::Ref { inner, .. } | TypeKind::Slice(inner) => mentions(inner, vars),
        TypeKind::Array { elem, .. } => mentions(elem, vars),
        TypeKind::Tuple(elems) => elems.iter().any(|t| mentions(t, vars)),
        TypeKind::ImplTrait(bounds) => bounds.iter().any(|b| {
            b.segments.iter().any(|s| {
                s.generics.iter().any(|g| match g {
                    ast::GenericArg::Type(t) => mentions(t, vars),
                    ast::GenericArg::Binding { ty, .. } => mentions(ty, vars),
                    _ => false,
                })
            })
        }),
        _ => true,
    }
}
