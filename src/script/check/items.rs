//! The program's own items as the checker sees them: function and method signatures, struct
//! and enum fields, constants, `use` imports (see `imports.rs`), traits (whose methods their
//! impls give to each implementing type), and the types written in the source lowered to
//! [`Ty`]. Items of inline
//! modules and function bodies join one table, as the evaluator's. It must never guess: a type
//! or item it does not model becomes `Unknown`, a name two items declare is not looked up, and
//! a file holding items it does not know marks itself open, so no name is called unresolved.

use std::collections::{HashMap, HashSet};

use super::imports::Uses;
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
    /// The std (not program) traits each program type implements by hand.
    pub std_impls: HashMap<String, Vec<String>>,
    /// The `use` items of every module and function body.
    pub uses: Uses,
    /// Whether the file holds items the checker does not model (names may come from them).
    pub open: bool,
    /// The program's traits, each with its methods (required and provided).
    pub traits: HashMap<String, Vec<ast::FnDecl>>,
    /// Methods of the program's traits implemented for types that are not the program's own
    /// (`impl<T: Debug> Describe for T`, `impl Describe for u32`): any value may have them.
    pub blanket_methods: HashSet<String>,
    /// Names that two items declare (in different modules or function bodies): which one a
    /// use means is not followed, so their signatures and fields are not used.
    pub ambiguous: HashSet<String>,
    /// The program's inline modules, by name.
    pub modules: HashSet<String>,
    /// Every generic type parameter's name, of any item (`T` in `T::default()`).
    pub generic_params: HashSet<String>,
}

impl Items {
    /// Collects the items of `file`, nested ones included.
    pub fn collect(file: &ast::File) -> Items {
        let mut items = Items::default();
        let all = all_items(file);
        for item in &all {
            items.declare(item);
        }
        // After the declarations, so that a program module named as a crate is known.
        items.uses = Uses::collect(file, &items.modules, &items.user_types);
        for item in &all {
            items.sign(item);
        }
        for name in &items.ambiguous {
            items.fns.remove(name);
            items.structs.remove(name);
            items.enums.remove(name);
            items.consts.remove(name);
            items.open_types.insert(name.clone());
        }
        let ambiguous = &items.ambiguous;
        items
            .methods
            .retain(|(owner, _), _| !ambiguous.contains(owner));
        items
    }

    /// Notes a name an item declares; a second item of the same name makes it ambiguous.
    fn declare_name(&mut self, seen: bool, name: &str) {
        if seen {
            self.ambiguous.insert(name.to_string());
        }
    }

    fn declare(&mut self, item: &ast::Item) {
        self.generic_params.extend(generic_names(item));
        let (name, derives) = match &item.kind {
            ItemKind::Struct(s) => (&s.name.name, &s.derives),
            ItemKind::Enum(e) => (&e.name.name, &e.derives),
            ItemKind::Use(_)
            | ItemKind::Fn(_)
            | ItemKind::Const(_)
            | ItemKind::Static(_)
            | ItemKind::ThreadLocal(_)
            | ItemKind::Impl(_) => return,
            ItemKind::Trait(t) => {
                let methods = t
                    .items
                    .iter()
                    .filter_map(|m| match m {
                        ast::TraitItem::Fn { decl, .. } => Some(decl.clone()),
                        _ => None,
                    })
                    .collect();
                let seen = self.traits.insert(t.name.name.clone(), methods).is_some();
                return self.declare_name(seen, &t.name.name);
            }
            ItemKind::Mod(m) => {
                self.modules.insert(m.name.name.clone());
                return;
            }
            #[allow(unreachable_patterns)]
            _ => {
                self.open = true;
                return;
            }
        };
        let seen = self.user_types.contains(name);
        self.declare_name(seen, name);
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

    fn sign(&mut self, item: &ast::Item) {
        match &item.kind {
            ItemKind::Fn(decl) => {
                let sig = self.signature(decl, None);
                let seen = self.fns.insert(decl.name.name.clone(), sig).is_some();
                self.declare_name(seen, &decl.name.name);
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
                let seen = self.consts.insert(c.name.name.clone(), ty).is_some();
                self.declare_name(seen, &c.name.name);
            }
            // A `LocalKey`, which the checker does not model.
            ItemKind::ThreadLocal(decls) => {
                for c in decls {
                    let seen = self
                        .consts
                        .insert(c.name.name.clone(), Ty::Unknown)
                        .is_some();
                    self.declare_name(seen, &c.name.name);
                }
            }
            ItemKind::Impl(block) => self.sign_impl(block),
            _ => {}
        }
    }

    fn sign_impl(&mut self, block: &ast::ImplBlock) {
        let trait_name = block
            .trait_path
            .as_ref()
            .and_then(|p| p.segments.last())
            .map(|s| s.ident.name.clone());
        let owner = type_name(&block.self_ty).filter(|n| self.user_types.contains(n));
        let trait_methods = trait_name
            .as_ref()
            .and_then(|t| self.traits.get(t))
            .cloned();
        let Some(owner) = owner else {
            // A program trait for a type not the program's own, or for every type.
            self.blanket_methods
                .extend(trait_methods.iter().flatten().map(|d| d.name.name.clone()));
            return;
        };
        if let Some(trait_name) = &trait_name {
            if trait_name == "Future" {
                self.future_types.insert(owner.clone());
            }
            if trait_methods.is_none() {
                // A std trait: its provided methods are not all known.
                self.open_types.insert(owner.clone());
                self.std_impls
                    .entry(owner.clone())
                    .or_default()
                    .push(trait_name.clone());
            }
        }
        let self_ty = self.lower(&block.self_ty, &[], None);
        // The trait's provided methods that the impl does not override.
        for decl in trait_methods.iter().flatten() {
            let sig = self.signature(decl, Some(&self_ty));
            self.methods
                .entry((owner.clone(), decl.name.name.clone()))
                .or_insert(sig);
        }
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
        if generics.iter().any(|g| g.name == name) || self.uses.anywhere(name) {
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
            && !self.uses.any_glob()
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

/// Items in `items` and, recursively, those in inline modules and those nested in the bodies
/// of functions, impls' methods and traits' provided methods.
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
            ItemKind::Trait(t) => provided_methods(t).map(|decl| &decl.body).collect(),
            ItemKind::Mod(m) => {
                gather(&m.items, all);
                Vec::new()
            }
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

/// The methods a trait gives a body to.
pub fn provided_methods(t: &ast::TraitDecl) -> impl Iterator<Item = &ast::FnDecl> {
    t.items.iter().filter_map(|m| match m {
        ast::TraitItem::Fn {
            decl,
            provided: true,
        } => Some(decl),
        _ => None,
    })
}

/// The names of the generic type parameters an item declares, its methods' included.
fn generic_names(item: &ast::Item) -> Vec<String> {
    let names = |idents: &[ast::Ident]| idents.iter().map(|i| i.name.clone()).collect::<Vec<_>>();
    let params = |params: &[ast::GenericParam]| {
        params
            .iter()
            .map(|p| p.name.name.clone())
            .collect::<Vec<_>>()
    };
    match &item.kind {
        ItemKind::Fn(decl) => names(&decl.generics),
        ItemKind::Struct(s) => names(&s.generics),
        ItemKind::Enum(e) => names(&e.generics),
        ItemKind::Impl(block) => {
            let mut all = params(&block.generics);
            for member in &block.items {
                if let ImplItem::Fn(decl) = member {
                    all.extend(names(&decl.generics));
                }
            }
            all
        }
        ItemKind::Trait(t) => {
            let mut all = params(&t.generics);
            for member in &t.items {
                if let ast::TraitItem::Fn { decl, .. } = member {
                    all.extend(names(&decl.generics));
                }
            }
            all
        }
        ItemKind::TypeAlias(alias) => params(&alias.generics),
        _ => Vec::new(),
    }
}
