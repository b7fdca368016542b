//! Module paths: the program's inline modules and `use` declarations, and the resolution of a
//! path written in a module to the program function it names (`self::`, `super::`, `crate::`,
//! imported names and globs). It must never resolve a path to an item the module cannot see
//! through its own items or its imports.

use std::collections::HashMap;

use super::Compiler;
use crate::script::ast::{self, UseTreeKind, EXTERNAL_CRATES};

/// A module's path from the crate root (empty for the root).
pub(super) type ModulePath = Vec<String>;

/// What one `use` brings into a module.
#[derive(Clone, Debug)]
enum Import {
    /// `use a::b::c as d;`: the name `d` stands for the absolute path `a::b::c`.
    Name { alias: String, target: Vec<String> },
    /// `use a::b::*;`: every item of `a::b` is visible.
    Glob(Vec<String>),
}

/// The `use` declarations of every module.
#[derive(Default)]
pub(super) struct Imports {
    by_module: HashMap<ModulePath, Vec<Import>>,
}

impl Imports {
    /// Records a `use` tree written in `module`.
    pub(super) fn add(&mut self, module: &ModulePath, tree: &ast::UseTree) {
        let mut found = Vec::new();
        flatten(module, &[], tree, &mut found);
        self.by_module
            .entry(module.clone())
            .or_default()
            .extend(found);
    }

    /// The absolute path an external import (`use std::future::ready as now;`) gives a name
    /// used alone in `module`, if any.
    pub(super) fn external_target(&self, module: &ModulePath, name: &str) -> Option<&[String]> {
        self.by_module
            .get(module)?
            .iter()
            .find_map(|import| match import {
                Import::Name { alias, target } if alias == name && is_external(target) => {
                    Some(target.as_slice())
                }
                _ => None,
            })
    }
}

fn is_external(path: &[String]) -> bool {
    path.first()
        .is_some_and(|first| EXTERNAL_CRATES.contains(&first.as_str()))
}

/// The imports of one `use` tree, its prefix segments so far in `prefix`.
fn flatten(module: &ModulePath, prefix: &[String], tree: &ast::UseTree, out: &mut Vec<Import>) {
    let mut path = prefix.to_vec();
    path.extend(tree.prefix.iter().map(|i| i.name.clone()));
    match &tree.kind {
        UseTreeKind::Name { name, alias } => {
            let (target, last) = if name.name == "self" {
                (path.clone(), path.last().cloned().unwrap_or_default())
            } else {
                let mut target = path.clone();
                target.push(name.name.clone());
                (target, name.name.clone())
            };
            let alias = alias.as_ref().map_or(last, |a| a.name.clone());
            let target = absolute(module, &target);
            out.push(Import::Name { alias, target });
        }
        UseTreeKind::Glob => out.push(Import::Glob(absolute(module, &path))),
        UseTreeKind::Group(trees) => {
            for tree in trees {
                flatten(module, &path, tree, out);
            }
        }
    }
}

/// A path written in `module` made absolute: `crate::`, `self::` and `super::` resolved,
/// external crates kept as they are, anything else relative to `module`.
fn absolute(module: &ModulePath, path: &[String]) -> Vec<String> {
    let Some(first) = path.first() else {
        return module.clone();
    };
    match first.as_str() {
        "crate" => path[1..].to_vec(),
        "self" => module.iter().chain(&path[1..]).cloned().collect(),
        "super" => {
            let ups = path.iter().take_while(|s| *s == "super").count();
            let keep = module.len().saturating_sub(ups);
            module[..keep].iter().chain(&path[ups..]).cloned().collect()
        }
        _ if is_external(path) => path.to_vec(),
        _ => module.iter().chain(path).cloned().collect(),
    }
}

impl Compiler<'_> {
    /// The program function a path written in the current module names, if any.
    pub(super) fn module_function(&self, segments: &[&str]) -> Option<u32> {
        let path: Vec<String> = segments.iter().map(|s| s.to_string()).collect();
        self.candidates(&path)
            .iter()
            .find_map(|candidate| self.fn_index.get(&candidate.join("::")).copied())
    }

    /// The absolute paths a path written in the current module may stand for, most specific
    /// first: the module's own item, then what its imports make of it, then the crate root
    /// (where nested functions and the items of a one-module program live).
    fn candidates(&self, path: &[String]) -> Vec<Vec<String>> {
        let module = &self.module;
        let Some(first) = path.first() else {
            return Vec::new();
        };
        if matches!(first.as_str(), "crate" | "self" | "super") {
            return vec![absolute(module, path)];
        }
        let mut out = vec![absolute(module, path)];
        for import in self.imports.by_module.get(module).into_iter().flatten() {
            match import {
                Import::Name { alias, target } if alias == first => {
                    out.push(target.iter().chain(&path[1..]).cloned().collect());
                }
                Import::Glob(target) => out.push(target.iter().chain(path).cloned().collect()),
                Import::Name { .. } => {}
            }
        }
        out.push(path.to_vec());
        out
    }
}
