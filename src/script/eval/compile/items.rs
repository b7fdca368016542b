//! Item collection: every function, method, struct, enum, trait and constant of the program,
//! inline modules flattened into one namespace, trait impls completed with the trait's default
//! methods, and the method tables (inherent and per trait) each type gets. It must never
//! compile a body, and never let an inherent method be shadowed by a trait's.

use std::collections::{HashMap, HashSet};

use super::paths::ModulePath;
use super::{type_name, Compiler};
use crate::script::ast::{self, Expr, ImplItem, ItemKind, TraitItem};
use crate::script::eval::program::TraitImpls;

/// A function to compile, the type whose `impl` holds it and the trait that `impl` is of.
pub(super) struct FnItem<'a> {
    pub(super) decl: &'a ast::FnDecl,
    /// The module it is written in.
    pub(super) module: ModulePath,
    pub(super) self_ty: Option<String>,
    pub(super) trait_name: Option<String>,
}

impl FnItem<'_> {
    /// Whether it is the `poll` of an `impl Future`.
    pub(super) fn is_poll(&self) -> bool {
        self.trait_name.as_deref() == Some("Future") && self.decl.name.name == "poll"
    }
}

/// One `impl Trait for Type` block: the methods it writes, for completing it with defaults.
struct TraitImplRef<'a> {
    module: ModulePath,
    trait_name: String,
    self_ty: String,
    written: HashSet<&'a str>,
    span: ast::Span,
}

/// Items sorted by kind, nested items and module members included.
#[derive(Default)]
pub(super) struct Items<'a> {
    pub(super) fns: Vec<FnItem<'a>>,
    pub(super) structs: Vec<&'a ast::StructDecl>,
    pub(super) enums: Vec<&'a ast::EnumDecl>,
    traits: Vec<&'a ast::TraitDecl>,
    trait_impls: Vec<TraitImplRef<'a>>,
}

/// The method tables of one type under construction.
#[derive(Default)]
pub(super) struct MethodTables {
    /// Methods by interned name: inherent ones, then trait ones not shadowed.
    pub(super) methods: HashMap<u32, u32>,
    /// Trait impls: trait name to method name to function.
    pub(super) impls: TraitImpls,
    /// Names that an inherent `impl` defines, which trait methods never replace.
    inherent: HashSet<u32>,
}

impl<'s> Compiler<'s> {
    /// Collects every item of the file, then completes trait impls with default methods.
    pub(super) fn collect(&mut self, items: &'s [ast::Item]) -> Items<'s> {
        let mut out = Items::default();
        self.collect_into(items, &mut out);
        self.add_default_methods(&mut out);
        out
    }

    pub(super) fn collect_into(&mut self, items: &'s [ast::Item], out: &mut Items<'s>) {
        for item in items {
            match &item.kind {
                ItemKind::Fn(decl) => {
                    out.fns.push(FnItem {
                        decl,
                        module: self.module.clone(),
                        self_ty: None,
                        trait_name: None,
                    });
                    self.collect_nested(&decl.body, out);
                }
                ItemKind::Struct(decl) => out.structs.push(decl),
                ItemKind::Enum(decl) => out.enums.push(decl),
                ItemKind::Impl(block) => self.collect_impl(block, item.span, out),
                ItemKind::Const(c) => {
                    self.consts.insert(c.name.name.clone(), &c.value);
                }
                ItemKind::Static(c) => {
                    let slot = self.static_slot();
                    self.statics.insert(c.name.name.clone(), (slot, &c.value));
                }
                ItemKind::ThreadLocal(decls) => {
                    for c in decls {
                        let slot = self.static_slot();
                        (self.thread_locals).insert(c.name.name.clone(), (slot, &c.value));
                    }
                }
                ItemKind::Trait(decl) => self.collect_trait(decl, out),
                ItemKind::Mod(module) => {
                    self.modules.insert(module.name.name.clone());
                    self.module.push(module.name.name.clone());
                    self.collect_into(&module.items, out);
                    self.module.pop();
                }
                ItemKind::TypeAlias(alias) => {
                    if let Some(target) = type_name(&alias.ty) {
                        self.aliases.insert(alias.name.name.clone(), target);
                    }
                    if let ast::TypeKind::Array { .. } = alias.ty.kind {
                        self.array_aliases.insert(alias.name.name.clone());
                    }
                }
                ItemKind::Use(tree) => self.imports.add(&self.module, tree),
            }
        }
    }

    /// Collects the items written anywhere inside a body: in its blocks, `async` blocks and
    /// closures, however deep. It walks with a work list, never recursing per level, so that
    /// a long operator chain cannot exhaust the native stack.
    fn collect_nested(&mut self, body: &'s ast::Block, out: &mut Items<'s>) {
        let mut blocks = vec![body];
        let mut exprs: Vec<&'s Expr> = Vec::new();
        loop {
            if let Some(block) = blocks.pop() {
                for stmt in &block.stmts {
                    match stmt {
                        // A nested function's own body is walked when it is collected.
                        ast::Stmt::Item(item) => self.collect_into(std::slice::from_ref(item), out),
                        ast::Stmt::Let { init, .. } => exprs.extend(init),
                        ast::Stmt::Expr { expr, .. } => exprs.push(expr),
                    }
                }
                exprs.extend(block.tail.as_deref());
            } else if let Some(expr) = exprs.pop() {
                crate::script::walk::push_children(expr, &mut blocks, &mut exprs);
            } else {
                return;
            }
        }
    }

    fn collect_trait(&mut self, decl: &'s ast::TraitDecl, out: &mut Items<'s>) {
        self.traits.insert(decl.name.name.clone());
        for member in &decl.items {
            match member {
                TraitItem::Fn {
                    decl,
                    provided: true,
                } => self.collect_nested(&decl.body, out),
                TraitItem::Const {
                    name,
                    default: Some(value),
                    ..
                } => {
                    self.consts.entry(name.name.clone()).or_insert(value);
                }
                _ => {}
            }
        }
        out.traits.push(decl);
    }

    fn collect_impl(&mut self, block: &'s ast::ImplBlock, span: ast::Span, out: &mut Items<'s>) {
        let trait_name = block
            .trait_path
            .as_ref()
            .and_then(|p| p.segments.last())
            .map(|s| s.ident.name.clone());
        let mut self_ty = type_name(&block.self_ty);
        let blanket = self_ty
            .as_ref()
            .is_some_and(|ty| block.generics.iter().any(|g| &g.name.name == ty));
        if blanket {
            self_ty = Some(BLANKET.to_string());
        }
        let mut written = HashSet::new();
        for member in &block.items {
            match member {
                ImplItem::Fn(decl) => {
                    written.insert(decl.name.name.as_str());
                    out.fns.push(FnItem {
                        decl,
                        module: self.module.clone(),
                        self_ty: self_ty.clone(),
                        trait_name: trait_name.clone(),
                    });
                    self.collect_nested(&decl.body, out);
                }
                ImplItem::Const(c) => {
                    written.insert(c.name.name.as_str());
                    // Each impl's constant is its type's: `Self::SIDES` in a default method
                    // compiled for that type reads it.
                    if let Some(ty) = &self_ty {
                        self.consts
                            .insert(format!("{ty}::{}", c.name.name), &c.value);
                    }
                    self.consts.insert(c.name.name.clone(), &c.value);
                }
                ImplItem::Type { .. } => {}
            }
        }
        if let (Some(trait_name), Some(self_ty)) = (trait_name, self_ty) {
            out.trait_impls.push(TraitImplRef {
                module: self.module.clone(),
                trait_name,
                self_ty,
                written,
                span,
            });
        }
    }

    /// Gives each `impl Trait for Type` of a program trait the trait's default methods it
    /// does not write, compiled once per type so that `Self` is that type.
    fn add_default_methods(&mut self, out: &mut Items<'s>) {
        for implementation in &out.trait_impls {
            let Some(decl) = out
                .traits
                .iter()
                .find(|t| t.name.name == implementation.trait_name)
            else {
                continue;
            };
            for member in &decl.items {
                match member {
                    TraitItem::Fn {
                        decl,
                        provided: true,
                    } if !implementation.written.contains(decl.name.name.as_str()) => {
                        out.fns.push(FnItem {
                            decl,
                            module: implementation.module.clone(),
                            self_ty: Some(implementation.self_ty.clone()),
                            trait_name: Some(implementation.trait_name.clone()),
                        });
                    }
                    TraitItem::Fn {
                        decl,
                        provided: false,
                    } if !implementation.written.contains(decl.name.name.as_str()) => {
                        let message = format!(
                            "not all trait items implemented, missing: `{}`",
                            decl.name.name
                        );
                        self.error(implementation.span, message);
                    }
                    TraitItem::Const {
                        name,
                        default: Some(value),
                        ..
                    } if !implementation.written.contains(name.name.as_str()) => {
                        let key = format!("{}::{}", implementation.self_ty, name.name);
                        self.consts.insert(key, value);
                    }
                    _ => {}
                }
            }
        }
    }

    /// Numbers every function and builds the method tables of every type that has methods.
    pub(super) fn method_tables(&mut self, items: &Items<'_>) -> HashMap<String, MethodTables> {
        let mut tables: HashMap<String, MethodTables> = HashMap::new();
        for (index, item) in items.fns.iter().enumerate() {
            let index = index as u32;
            let name = item.decl.name.name.clone();
            let declared = item.decl.params.iter().map(|param| match param {
                ast::Param::Typed { ty, .. } => Some(ty),
                ast::Param::SelfParam { .. } => None,
            });
            let params = declared.clone().map(|ty| ty.and_then(super::num_type));
            self.param_types.insert(index, params.collect());
            let names: Vec<Option<String>> =
                declared.map(|ty| ty.and_then(super::type_name)).collect();
            self.param_type_names.insert(index, names.clone());
            if let Some(ast::Param::SelfParam { .. }) = item.decl.params.first() {
                self.note_method_param_types(&name, &names[1..]);
            }
            let Some(ty) = &item.self_ty else {
                let path: Vec<&str> = item.module.iter().map(String::as_str).collect();
                self.fn_index
                    .insert([&path[..], &[name.as_str()]].concat().join("::"), index);
                continue;
            };
            let id = self.name_id(&name);
            let table = tables.entry(ty.clone()).or_default();
            let path = format!("{ty}::{name}");
            match &item.trait_name {
                None => {
                    table.inherent.insert(id);
                    table.methods.insert(id, index);
                    self.fn_index.insert(path, index);
                }
                Some(trait_name) => {
                    let qualified = format!("<{ty} as {trait_name}>::{name}");
                    self.fn_index.insert(qualified, index);
                    if !table.inherent.contains(&id) {
                        table.methods.entry(id).or_insert(index);
                        self.fn_index.entry(path).or_insert(index);
                    }
                    let methods = table.impls.entry(trait_name.clone()).or_default();
                    methods.insert(name, index);
                }
            }
        }
        tables
    }

    /// Records the declared parameter types (after `self`) of a method named `name`; methods
    /// of that name that disagree leave none known, since the receiver picks among them.
    fn note_method_param_types(&mut self, name: &str, params: &[Option<String>]) {
        let known = self.method_param_type_names.entry(name.to_string());
        let known = known.or_insert_with(|| Some(params.to_vec()));
        if known.as_deref() != Some(params) {
            *known = None;
        }
    }
}

/// The type key under which `impl<T> Trait for T` (a blanket impl) registers its methods.
pub(super) const BLANKET: &str = "<any type>";
