//! The program's own items as the checker sees them: function and method signatures, struct
//! and enum fields, constants, `use` imports, and the types written in the source lowered to
//! [`Ty`]. It must never guess: a type or item it does not model becomes `Unknown`, and a file
//! holding items it does not know marks itself open, so no name is called unresolved.

use std::collections::{HashMap, HashSet};

use super::env::KNOWN_GLOBS;
use super::ty::{primitive, Ty};
use crate::script::ast::{self, Fields, GenericArg, ImplItem, ItemKind, Param, SelfKind, TypeKind};

/// How a method takes its receiver.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receiver {
    /// `self` or `mut self`.
    Value,
    /// `&self`.
    Ref,
    /// `&mut self`.
    RefMut,
    /// `self: Pin<&mut Self>` and other typed receivers.
    Other,
}

/// A function's or method's signature.
#[derive(Clone, Debug)]
pub struct FnSig {
    /// Parameter types, the receiver excluded.
    pub params: Vec<Ty>,
    /// What a call returns (for an `async fn`, its future).
    pub ret: Ty,
    /// The receiver, for methods.
    pub receiver: Option<Receiver>,
}

/// The fields of a struct or variant, typed.
#[derive(Clone, Debug)]
pub enum FieldTys {
    /// `{ a: T }`
    Named(Vec<(String, Ty)>),
    /// `(T, U)`
    Tuple(Vec<Ty>),
    /// No fields.
    Unit,
}

/// Every item of the program the checker reads.
#[derive(Default)]
pub struct Items {
    /// Free functions by name (nested ones included).
    pub fns: HashMap<String, FnSig>,
    /// Methods and associated functions by `(type, name)`.
    pub methods: HashMap<(String, String), FnSig>,
    /// Struct fields by struct name.
    pub structs: HashMap<String, FieldTys>,
    /// Variants by enum name, each with its fields.
    pub enums: HashMap<String, Vec<(String, FieldTys)>>,
    /// `const` and `static` types by name.
    pub consts: HashMap<String, Ty>,
    /// Types that derive `Copy`.
    pub copy_types: Vec<String>,
    /// Every user struct and enum.
    pub user_types: Vec<String>,
    /// Types with a trait impl or derive beyond what the checker models: their methods are
    /// not all known.
    pub open_types: HashSet<String>,
    /// Types implementing `Future` by hand.
    pub future_types: HashSet<String>,
    /// Names brought in by `use`, with the path they stand for.
    pub imports: HashMap<String, Vec<String>>,
    /// Whether a `use` ends in `*` over a module whose names the checker does not list: any
    /// name may come from it.
    pub glob: bool,
    /// Whether the file holds items the checker does not model (names may come from them).
    pub open: bool,
}

impl Items {
    /// Collects the items of `file`, nested ones included.
    pub fn collect(file: &ast::File) -> Items {
        let mut items = Items::default();
        let all = all_items(file);
        for item in &all {
            items.declare(item);
        }
        for item in &all {
            items.sign(item);
        }
        items
    }

    fn declare(&mut self, item: &ast::Item) {
        let (name, derives) = match &item.kind {
            ItemKind::Struct(s) => (&s.name.name, &s.derives),
            ItemKind::Enum(e) => (&e.name.name, &e.derives),
            ItemKind::Use(tree) => return self.import(tree, &mut Vec::new()),
            ItemKind::Fn(_) | ItemKind::Const(_) | ItemKind::Static(_) => return,
            ItemKind::Impl(block) => {
                if let Some(name) = type_name(&block.self_ty) {
                    let trait_name = block.trait_path.as_ref().and_then(|p| p.segments.last());
                    if let Some(segment) = trait_name {
                        if segment.ident.name == "Future" {
                            self.future_types.insert(name.clone());
                        }
                        self.open_types.insert(name);
                    }
                }
                return;
            }
            #[allow(unreachable_patterns)]
            _ => {
                self.open = true;
                return;
            }
        };
        self.user_types.push(name.clone());
        if derives.iter().any(|d| d.name == "Copy") {
            self.copy_types.push(name.clone());
        }
        if derives
            .iter()
            .any(|d| !MODELED_DERIVES.contains(&d.name.as_str()))
        {
            self.open_types.insert(name.clone());
        }
    }

    fn import(&mut self, tree: &ast::UseTree, prefix: &mut Vec<String>) {
        let depth = prefix.len();
        prefix.extend(tree.prefix.iter().map(|i| i.name.clone()));
        match &tree.kind {
            ast::UseTreeKind::Name { name, alias } => {
                let mut path = prefix.clone();
                let local = match (name.name.as_str(), alias) {
                    (_, Some(alias)) => alias.name.clone(),
                    ("self", None) => prefix.last().cloned().unwrap_or_default(),
                    (name, None) => name.to_string(),
                };
                if name.name != "self" {
                    path.push(name.name.clone());
                }
                self.imports.insert(local, path);
            }
            ast::UseTreeKind::Glob => {
                let module = prefix.join("::");
                match KNOWN_GLOBS.iter().find(|(path, _)| *path == module) {
                    Some((_, names)) => {
                        for name in *names {
                            let mut path = prefix.clone();
                            path.push(name.to_string());
                            self.imports.entry(name.to_string()).or_insert(path);
                        }
                    }
                    None => self.glob = true,
                }
            }
            ast::UseTreeKind::Group(trees) => {
                for tree in trees {
                    self.import(tree, prefix);
                }
            }
        }
        prefix.truncate(depth);
    }

    fn sign(&mut self, item: &ast::Item) {
        match &item.kind {
            ItemKind::Fn(decl) => {
                let sig = self.signature(decl, None);
                self.fns.insert(decl.name.name.clone(), sig);
            }
            ItemKind::Struct(s) => {
                let fields = self.fields(&s.fields, &s.generics);
                self.structs.insert(s.name.name.clone(), fields);
            }
            ItemKind::Enum(e) => {
                let variants = e
                    .variants
                    .iter()
                    .map(|v| (v.name.name.clone(), self.fields(&v.fields, &e.generics)))
                    .collect();
                self.enums.insert(e.name.name.clone(), variants);
            }
            ItemKind::Const(c) | ItemKind::Static(c) => {
                let ty = self.lower(&c.ty, &[], None);
                self.consts.insert(c.name.name.clone(), ty);
            }
            ItemKind::Impl(block) => self.sign_impl(block),
            _ => {}
        }
    }

    fn sign_impl(&mut self, block: &ast::ImplBlock) {
        let Some(owner) = type_name(&block.self_ty) else {
            return;
        };
        let self_ty = self.lower(&block.self_ty, &[], None);
        for member in &block.items {
            match member {
                ImplItem::Fn(decl) => {
                    let sig = self.signature(decl, Some(&self_ty));
                    self.methods
                        .insert((owner.clone(), decl.name.name.clone()), sig);
                }
                ImplItem::Const(c) => {
                    let ty = self.lower(&c.ty, &[], Some(&self_ty));
                    self.consts.insert(format!("{owner}::{}", c.name.name), ty);
                }
                ImplItem::Type { .. } => {}
            }
        }
    }

    /// The signature of `decl`, inside an impl of `self_ty` if any.
    pub fn signature(&self, decl: &ast::FnDecl, self_ty: Option<&Ty>) -> FnSig {
        let generics = &decl.generics;
        let mut receiver = None;
        let mut params = Vec::new();
        for param in &decl.params {
            match param {
                Param::SelfParam { kind, .. } => {
                    receiver = Some(match kind {
                        SelfKind::Value | SelfKind::MutValue => Receiver::Value,
                        SelfKind::Ref => Receiver::Ref,
                        SelfKind::RefMut => Receiver::RefMut,
                        SelfKind::Typed(_) => Receiver::Other,
                    })
                }
                Param::Typed { ty, .. } => params.push(self.lower(ty, generics, self_ty)),
            }
        }
        let ret = decl
            .ret
            .as_ref()
            .map_or_else(Ty::unit, |t| self.lower(t, generics, self_ty));
        let ret = if decl.is_async {
            Ty::Future(Box::new(ret), true)
        } else {
            ret
        };
        FnSig {
            params,
            ret,
            receiver,
        }
    }

    fn fields(&self, fields: &Fields, generics: &[ast::Ident]) -> FieldTys {
        match fields {
            Fields::Named(named) => FieldTys::Named(
                named
                    .iter()
                    .map(|f| (f.name.name.clone(), self.lower(&f.ty, generics, None)))
                    .collect(),
            ),
            Fields::Tuple(types) => FieldTys::Tuple(
                types
                    .iter()
                    .map(|t| self.lower(t, generics, None))
                    .collect(),
            ),
            Fields::Unit => FieldTys::Unit,
        }
    }

    /// The checker's view of a written type; generic parameters are `Unknown`.
    pub fn lower(&self, ty: &ast::Type, generics: &[ast::Ident], self_ty: Option<&Ty>) -> Ty {
        let lower = |t: &ast::Type| self.lower(t, generics, self_ty);
        match &ty.kind {
            TypeKind::Path(path) => self.lower_path(path, generics, self_ty),
            TypeKind::Ref { mutable, inner, .. } => Ty::Ref(*mutable, Box::new(lower(inner))),
            TypeKind::Tuple(items) => Ty::Tuple(items.iter().map(lower).collect()),
            TypeKind::Slice(elem) => Ty::Array(Box::new(lower(elem)), None),
            TypeKind::Array { elem, len } => {
                let len = match &len.kind {
                    ast::ExprKind::Lit(ast::Lit::Int { value, .. }) => u64::try_from(*value).ok(),
                    _ => None,
                };
                Ty::Array(Box::new(lower(elem)), len)
            }
            TypeKind::ImplTrait(bounds) => bounds
                .iter()
                .find_map(|b| self.future_bound(b, generics, self_ty))
                .unwrap_or(Ty::Unknown),
            TypeKind::FnPointer { params, ret } => Ty::Fn(
                params.iter().map(lower).collect(),
                Box::new(ret.as_deref().map_or_else(Ty::unit, lower)),
            ),
            TypeKind::Never => Ty::Never,
            _ => Ty::Unknown,
        }
    }

    /// `Future<Output = T>` as a bound: a future of `T`.
    fn future_bound(
        &self,
        bound: &ast::Path,
        generics: &[ast::Ident],
        self_ty: Option<&Ty>,
    ) -> Option<Ty> {
        let last = bound.segments.last()?;
        if last.ident.name != "Future" {
            return None;
        }
        let output = last.generics.iter().find_map(|g| match g {
            GenericArg::Binding { name, ty } if name.name == "Output" => {
                Some(self.lower(ty, generics, self_ty))
            }
            _ => None,
        });
        Some(Ty::Future(Box::new(output.unwrap_or(Ty::Unknown)), false))
    }

    fn lower_path(&self, path: &ast::Path, generics: &[ast::Ident], self_ty: Option<&Ty>) -> Ty {
        let [segment] = path.segments.as_slice() else {
            return Ty::Unknown;
        };
        let name = segment.ident.name.as_str();
        if generics.iter().any(|g| g.name == name) || self.imports.contains_key(name) {
            return Ty::Unknown;
        }
        if name == "Self" {
            return self_ty.cloned().unwrap_or(Ty::Unknown);
        }
        if let Some(prim) = primitive(name) {
            return prim;
        }
        let args: Vec<Ty> = segment
            .generics
            .iter()
            .filter_map(|g| match g {
                GenericArg::Type(t) => Some(self.lower(t, generics, self_ty)),
                _ => None,
            })
            .collect();
        let user = self.user_types.iter().any(|t| t == name);
        if user || STD_TYPES.contains(&name) {
            Ty::Adt(name.to_string(), args)
        } else {
            Ty::Unknown
        }
    }

    /// Whether a type's methods are all known to the checker.
    pub fn closed_type(&self, name: &str) -> bool {
        !self.open
            && !self.glob
            && self.user_types.iter().any(|t| t == name)
            && !self.open_types.contains(name)
    }
}

/// std types the checker knows by name; their arguments are kept.
const STD_TYPES: &[&str] = &[
    "String", "Vec", "Option", "Result", "Box", "Rc", "Arc", "RefCell", "Cell", "HashMap",
    "HashSet", "BTreeMap", "BTreeSet", "VecDeque", "Duration",
];

/// Derives whose methods the checker knows (`clone`, `eq`, `fmt`, `default`, ...).
const MODELED_DERIVES: &[&str] = &["Debug", "Clone", "Copy", "PartialEq", "Eq"];

/// The name of a user type written as a one-segment path (`Counter`, `Timer<T>`).
fn type_name(ty: &ast::Type) -> Option<String> {
    match &ty.kind {
        TypeKind::Path(path) => match path.segments.as_slice() {
            [segment] => Some(segment.ident.name.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Every item of `file`, nested ones included.
pub fn all_items(file: &ast::File) -> Vec<&ast::Item> {
    let mut all = Vec::new();
    gather(&file.items, &mut all);
    all
}

/// Items in `items` and, recursively, those nested in function bodies and impls.
fn gather<'a>(items: &'a [ast::Item], all: &mut Vec<&'a ast::Item>) {
    for item in items {
        all.push(item);
        let bodies: Vec<&ast::Block> = match &item.kind {
            ItemKind::Fn(decl) => vec![&decl.body],
            ItemKind::Impl(block) => block
                .items
                .iter()
                .filter_map(|m| match m {
                    ImplItem::Fn(decl) => Some(&decl.body),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for body in bodies {
            nested(body, all);
        }
    }
}

/// Items declared directly in a block's statements (deeper blocks are rare in the subset).
fn nested<'a>(block: &'a ast::Block, all: &mut Vec<&'a ast::Item>) {
    let inner: Vec<&ast::Item> = block
        .stmts
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::Item(item) => Some(&**item),
            _ => None,
        })
        .collect();
    for item in inner {
        gather(std::slice::from_ref(item), all);
    }
}
