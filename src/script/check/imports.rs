//! The program's `use` items, scoped as rustc scopes them: those of a module reach its own
//! items (not those of its inner modules), and those of a function body reach that body and the
//! functions nested in it. Each function knows the chain of scopes it sees; what the imports
//! bring in is read from `scope.rs`'s tables, and an import of what a module known completely
//! does not hold is noted for E0432. It must never leave a name out of a scope that rustc
//! would put in it: a glob it cannot expand makes the scope take any name.

use std::collections::{HashMap, HashSet};

use super::items::provided_methods;
use super::scope;
use crate::script::ast::{self, ImplItem, ItemKind, Span, Stmt};

/// What the `use` items of one module or function body bring in.
#[derive(Default)]
pub struct Scope {
    /// Names brought in, with the path each stands for.
    pub imports: HashMap<String, Vec<String>>,
    /// Whether a glob brings in names the checker does not list: any name may come from it.
    pub glob: bool,
    /// Whether a glob of one of the program's modules brings in its items and imports, which
    /// the checker does not follow: any name may come from it.
    pub own_glob: bool,
    /// The macros beyond std's prelude brought in, by the name they are used by.
    pub macros: HashSet<String>,
    /// The futures extension traits brought into scope, named or not.
    pub traits: HashSet<String>,
}

/// An import naming what its module does not hold (rustc's E0432).
#[derive(Clone, Debug)]
pub struct UnresolvedImport {
    /// The segment nothing declares.
    pub span: Span,
    /// The path up to that segment.
    pub path: String,
    /// The segment's name.
    pub missing: String,
    /// The module it was looked up in.
    pub module: String,
    /// Whether it is the path's last segment (the imported name itself).
    pub last: bool,
}

/// Every `use` of the program, by scope.
#[derive(Default)]
pub struct Uses {
    scopes: Vec<Scope>,
    /// The scopes each function's body sees, outermost first, by where its name starts.
    of_fn: HashMap<usize, Vec<usize>>,
    /// The scopes each `impl` block, struct and enum sees, by where the item starts.
    of_item: HashMap<usize, Vec<usize>>,
    /// Imports of what a module known completely does not hold.
    pub unresolved: Vec<UnresolvedImport>,
    /// The program's inline modules and types, which globs of them bring in.
    modules: HashSet<String>,
    user_types: Vec<String>,
}

impl Uses {
    /// The `use` items of `file`, given its inline modules' and types' names.
    pub fn collect(file: &ast::File, modules: &HashSet<String>, user_types: &[String]) -> Uses {
        let mut uses = Uses {
            modules: modules.clone(),
            user_types: user_types.to_vec(),
            ..Uses::default()
        };
        let root = uses.new_scope();
        let items: Vec<&ast::Item> = file.items.iter().collect();
        uses.walk(&items, &[root]);
        uses
    }

    /// The scopes the body of the function whose name starts at `name_start` sees, if known.
    pub fn of_fn(&self, name_start: usize) -> Option<&[usize]> {
        self.of_fn.get(&name_start).map(Vec::as_slice)
    }

    /// The scope numbered `index`.
    pub fn scope(&self, index: usize) -> &Scope {
        &self.scopes[index]
    }

    /// The scopes an item whose span starts at `start` sees (for `impl` blocks, structs and
    /// enums), if known.
    pub fn of_item(&self, start: usize) -> Option<&[usize]> {
        self.of_item.get(&start).map(Vec::as_slice)
    }

    /// Whether a `use` of one of the scopes of `chain` brings in what `holds` looks for, or
    /// may (a glob the checker does not expand).
    pub fn chain_holds(&self, chain: &[usize], holds: impl Fn(&Scope) -> bool) -> bool {
        chain.iter().any(|&i| {
            let scope = &self.scopes[i];
            scope.glob || scope.own_glob || holds(scope)
        })
    }

    /// Whether any scope imports `name`.
    pub fn anywhere(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.imports.contains_key(name))
    }

    /// The path some scope's import of `name` stands for.
    pub fn any_path(&self, name: &str) -> Option<&Vec<String>> {
        self.scopes.iter().find_map(|s| s.imports.get(name))
    }

    /// Whether any scope has a glob of a module not the program's that the checker cannot
    /// expand.
    pub fn any_glob(&self) -> bool {
        self.scopes.iter().any(|s| s.glob)
    }

    fn new_scope(&mut self) -> usize {
        self.scopes.push(Scope::default());
        self.scopes.len() - 1
    }

    /// The items of one scope, the innermost of `chain`; the same items as `all_items` visits.
    fn walk(&mut self, items: &[&ast::Item], chain: &[usize]) {
        let here = chain[chain.len() - 1];
        for item in items {
            if matches!(
                item.kind,
                ItemKind::Impl(_) | ItemKind::Struct(_) | ItemKind::Enum(_)
            ) {
                self.of_item.insert(item.span.start, chain.to_vec());
            }
            match &item.kind {
                ItemKind::Use(tree) => self.import(here, tree, &mut Vec::new()),
                ItemKind::Mod(m) => {
                    let inner = self.new_scope();
                    let items: Vec<&ast::Item> = m.items.iter().collect();
                    self.walk(&items, &[inner]);
                }
                ItemKind::Fn(decl) => self.body(decl, chain),
                ItemKind::Impl(block) => {
                    for member in &block.items {
                        if let ImplItem::Fn(decl) = member {
                            self.body(decl, chain);
                        }
                    }
                }
                ItemKind::Trait(t) => {
                    for decl in provided_methods(t) {
                        self.body(decl, chain);
                    }
                }
                _ => {}
            }
        }
    }

    /// A function's body: a scope inside `chain` for the items among its statements.
    fn body(&mut self, decl: &ast::FnDecl, chain: &[usize]) {
        let mut inner = chain.to_vec();
        inner.push(self.new_scope());
        self.of_fn.insert(decl.name.span.start, inner.clone());
        let items: Vec<&ast::Item> = decl
            .body
            .stmts
            .iter()
            .filter_map(|s| match s {
                Stmt::Item(item) => Some(&**item),
                _ => None,
            })
            .collect();
        self.walk(&items, &inner);
    }

    fn import(&mut self, here: usize, tree: &ast::UseTree, prefix: &mut Vec<ast::Ident>) {
        let depth = prefix.len();
        prefix.extend(tree.prefix.iter().cloned());
        let names = |idents: &[ast::Ident]| idents.iter().map(|i| i.name.clone()).collect();
        match &tree.kind {
            ast::UseTreeKind::Name { name, alias } => {
                let mut written = prefix.clone();
                if name.name != "self" {
                    written.push(name.clone());
                }
                self.check_import(&written, tree.span.start);
                let path: Vec<String> = names(&written);
                let target = path.last().cloned().unwrap_or_default();
                let local = alias.as_ref().map_or(target.clone(), |a| a.name.clone());
                let scope = &mut self.scopes[here];
                if scope::EXTENSION_TRAIT_NAMES.contains(&target.as_str()) {
                    scope.traits.insert(target.clone());
                }
                if scope::IMPORTED_MACROS.contains(&target.as_str()) {
                    let module = scope::module(&path[..path.len() - 1].join("::"));
                    if module.is_none_or(|m| m.macros.contains(&target.as_str())) {
                        scope.macros.insert(local.clone());
                    }
                }
                scope.imports.insert(local, path);
            }
            ast::UseTreeKind::Glob => {
                self.check_import(prefix, tree.span.start);
                let path: Vec<String> = names(prefix);
                let first = path.first().map_or("", String::as_str);
                // The program's enums hold only variants the checker knows; its modules hold
                // items and imports that the glob brings in, which it does not follow.
                let own_module =
                    matches!(first, "self" | "super" | "crate") || self.modules.contains(first);
                let own_enum = self.user_types.iter().any(|t| t == first);
                let scope = &mut self.scopes[here];
                match scope::module(&path.join("::")) {
                    _ if own_module => scope.own_glob = true,
                    _ if own_enum => {}
                    Some(module) => {
                        for name in module.names {
                            let mut full = path.clone();
                            full.push(name.to_string());
                            scope.imports.entry(name.to_string()).or_insert(full);
                        }
                        scope
                            .macros
                            .extend(module.macros.iter().map(|m| m.to_string()));
                        scope
                            .traits
                            .extend(module.anonymous_traits.iter().map(|t| t.to_string()));
                    }
                    None => scope.glob = true,
                }
            }
            ast::UseTreeKind::Group(trees) => {
                for tree in trees {
                    self.import(here, tree, prefix);
                }
            }
        }
        prefix.truncate(depth);
    }

    /// Notes the first segment of an imported path that its module, known completely to the
    /// checker, does not hold (E0432), located as rustc does: the path up to the imported
    /// name from the start of its tree (`tree_start`), or the module segment nothing holds.
    /// A program module of a crate's name shadows the crate.
    fn check_import(&mut self, path: &[ast::Ident], tree_start: usize) {
        if path
            .first()
            .is_some_and(|root| self.modules.contains(&root.name))
        {
            return;
        }
        for (i, segment) in path.iter().enumerate().skip(1) {
            let owner: Vec<&str> = path[..i].iter().map(|s| s.name.as_str()).collect();
            let Some(module) = scope::module(&owner.join("::")) else {
                continue;
            };
            if !module.holds(&segment.name) {
                let written: Vec<&str> = path[..=i].iter().map(|s| s.name.as_str()).collect();
                let last = i + 1 == path.len();
                let span = if last {
                    Span::new(tree_start.min(segment.span.start), segment.span.end)
                } else {
                    segment.span
                };
                self.unresolved.push(UnresolvedImport {
                    span,
                    path: written.join("::"),
                    missing: segment.name.clone(),
                    module: owner.last().map_or(String::new(), |o| o.to_string()),
                    last,
                });
                return;
            }
        }
    }
}
