//! Lowering from the syntax tree to the virtual machine's [`Program`]: names are resolved once to
//! slots, functions, structs and built-ins, and anything outside the subset is reported with its
//! location. It must never run program code, and never accept a name it cannot resolve.

mod call;
mod collect;
mod control;
mod defaults;
mod errors;
mod expr;
mod into;
mod items;
mod macros;
mod mem;
mod moves;
mod paths;
mod pattern;
mod thread_local;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use self::items::Items;
use super::drops::DropHook;
use super::number::Int;
use super::program::{
    CollectTarget, EnumDef, ForeignMethods, NumType, Op, Program, Proto, Shape, StructDef,
};
use super::value::{Tag, Value};
use crate::script::ast::{self, Expr, Fields, Param, Span};
use crate::script::limits::{Limit, Limits};
use crate::script::Diagnostic;

/// Lowers a parsed file; the errors are located like parser diagnostics.
pub fn compile<'s>(file: &'s ast::File, source: &'s str) -> Result<Program, Vec<Diagnostic>> {
    let mut compiler = Compiler::new(source);
    let items = compiler.collect(&file.items);
    compiler.program_methods = items.fns.iter().map(|f| f.decl.name.name.clone()).collect();
    compiler.declare_types(&items);
    compiler.compile_bodies(&items);
    // Functions of inline modules are named with their module, so the root's is the one
    // named `fn main`.
    match compiler
        .program
        .funcs
        .iter()
        .position(|f| f.name == "fn main")
    {
        Some(main) if compiler.errors.is_empty() => {
            compiler.program.main = main as u32;
            Ok(compiler.program)
        }
        Some(_) => Err(compiler.errors),
        None => {
            compiler.error(Span::default(), "the program has no `fn main`");
            Err(compiler.errors)
        }
    }
}

/// A loop being compiled: where `continue` and `break` go.
struct LoopCtx {
    label: Option<String>,
    continue_at: usize,
    breaks: Vec<usize>,
    result: Option<u16>,
    /// The first slot declared inside the loop: `break` and `continue` drop the locals from
    /// there on, as leaving their scopes does.
    first_slot: u16,
}

/// The function being compiled.
struct FnState {
    proto: Proto,
    scopes: Vec<Vec<(String, u16)>>,
    loops: Vec<LoopCtx>,
    captures: Vec<(String, u16, u16)>,
    /// The declared numeric type of named slots (`let x: u8`, a `u8` parameter): whatever
    /// is stored there takes that type.
    num_types: HashMap<u16, NumType>,
    /// The declared numeric return type, which every returned value takes.
    ret_type: Option<NumType>,
    /// How `?` converts the errors it returns (see `errors`).
    error_conversion: Option<into::FromConversion>,
    /// The last segment of the declared return type, which `.into()` returned converts to.
    ret_type_name: Option<String>,
    /// The declaration (see [`Compiler::declare`]) each named slot holds.
    decls: HashMap<u16, u32>,
    /// The latest position a forward jump was patched to land on.
    last_target: Option<usize>,
    /// The named slots known to own their value (see `moves`).
    owned: HashSet<u16>,
    /// The parameters declared `&mut` (`xs: &mut [i32]`): a `for` over one writes through
    /// its items.
    mut_refs: HashSet<u16>,
    /// The named slots that hold an array (`[a, b]`, `[x; n]`, a `[T; N]` type): `for` over
    /// one, or its `into_iter()`, leaves it in place, as an array of `Copy` items stays usable.
    arrays: HashSet<u16>,
    /// The named slots that hold a reference (`&self`, a `&`/`&mut` parameter, `let r = &mut
    /// p;`): read by value, one gives its referent itself, never a copy of a `Copy` struct.
    refs: HashSet<u16>,
    /// The named slots that hold a collection of references (`Vec<&Job>`, `vec![&a, &b]`,
    /// `xs.iter().collect()`): what `pop()` takes out of one is a reference, which owns nothing.
    ref_items: HashSet<u16>,
    is_closure: bool,
    self_ty: Option<String>,
}

/// The compiler: global tables and the stack of functions being compiled (closures nest).
pub(super) struct Compiler<'s> {
    source: &'s str,
    program: Program,
    errors: Vec<Diagnostic>,
    fn_index: HashMap<String, u32>,
    /// The declared numeric type of each parameter of each function, by function index:
    /// literals passed there take it.
    param_types: HashMap<u32, Vec<Option<NumType>>>,
    /// The declared numeric type of each field of each struct, by struct id.
    field_types: HashMap<u32, Vec<Option<NumType>>>,
    /// The declared type (last segment) of each parameter of each function, by function
    /// index: `.into()` passed there converts to it.
    param_type_names: HashMap<u32, Vec<Option<String>>>,
    /// The declared types (last segments) of the parameters after `self` of the program's
    /// methods, by method name; `None` where methods of one name disagree.
    method_param_type_names: HashMap<String, Option<Vec<Option<String>>>>,
    /// The declared type (last segment) of each field of each struct, by struct id.
    field_type_names: HashMap<u32, Vec<Option<String>>>,
    /// Each program type's `impl From` as found so far (see `into`).
    conversions: into::Conversions,
    struct_index: HashMap<String, u32>,
    enum_index: HashMap<String, u32>,
    /// Constants by name, inlined where they are used.
    consts: HashMap<String, &'s ast::Expr>,
    /// `thread_local!` keys by name: the number of the program's slot for the value, and the
    /// initialiser that fills it at the first `with`.
    thread_locals: HashMap<String, (u32, &'s ast::Expr)>,
    /// `static` items by name, each a slot of the program as a key is (its initialiser runs
    /// once, at the first use, so a `static` atomic or mutex is one value).
    statics: HashMap<String, (u32, &'s ast::Expr)>,
    /// How many slots the keys and statics have taken.
    static_slots: u32,
    /// The names of the program's inline modules, which paths may name on their way to an
    /// item (modules are flattened into one namespace).
    modules: HashSet<String>,
    /// The names of the program's traits, which `Trait::method(x)` calls name.
    traits: HashSet<String>,
    /// `type` aliases: alias to the last segment of the type it names.
    aliases: HashMap<String, String>,
    /// The `type` aliases that name an array type (`type Row = [u8; 3];`).
    array_aliases: HashSet<String>,
    /// What `#[derive(Default)]` gives each program type that derives it.
    derived_defaults: HashMap<String, defaults::DerivedDefault<'s>>,
    /// The module whose items are being collected or compiled.
    module: paths::ModulePath,
    /// Every module's `use` declarations.
    imports: paths::Imports,
    names: HashMap<String, u32>,
    fns: Vec<FnState>,
    const_depth: u32,
    /// The numeric type the expression about to be compiled is expected to have, which an
    /// unsuffixed literal in it takes (see [`Compiler::expr_as`]).
    hint: Option<NumType>,
    /// The numeric element type expected of the array or `vec!` about to be compiled
    /// (`let v: Vec<u8> = vec![1, 2];`), which its unsuffixed literals take.
    elements: Option<NumType>,
    /// What the `collect()` about to be compiled, if it is the whole expression, should build
    /// (`let s: String = ...collect();`).
    collect_into: Option<CollectTarget>,
    /// What a `collect()` that is the tail of the next block should build: the function's
    /// declared return type asks it (`fn reversed(s: &str) -> String { ...collect() }`).
    tail_collect_into: Option<CollectTarget>,
    /// The declared return type (last segment) that `.into()` as the tail of the next block
    /// converts to.
    tail_into: Option<String>,
    /// The name of every function the program writes, methods of its impls and traits
    /// included: a method call by any other name must be a built-in's.
    program_methods: HashSet<String>,
    /// Capture analysis: declarations are numbered in order, and a local that a closure or
    /// `async` block captures and that is assigned anywhere lives in a shared cell.
    cells: CellAnalysis,
    /// Whether the expression about to be compiled is moved from (see `moves`).
    moving: bool,
    /// Whether the local about to be compiled is the base of a place (see `Op::LoadPlace`).
    placing: bool,
    /// The names of the struct fields that may hold an array: declared as one, as an alias of
    /// one, or as a generic parameter, which may stand for one (see `Op::CopyValue`).
    array_fields: HashSet<String>,
    /// The program structs (by id) whose fields are all numbers, `bool`s, `char`s or shared
    /// references: a pattern that takes one apart copies every field and moves nothing.
    plain_structs: HashSet<u32>,
}

/// Which declarations of the function being compiled are captured, assigned, and boxed.
#[derive(Default)]
struct CellAnalysis {
    next_decl: u32,
    captured: HashSet<u32>,
    assigned: HashSet<u32>,
    boxed: HashSet<u32>,
}

impl<'s> Compiler<'s> {
    fn new(source: &'s str) -> Self {
        Compiler {
            source,
            program: Program::default(),
            errors: Vec::new(),
            fn_index: HashMap::new(),
            param_types: HashMap::new(),
            field_types: HashMap::new(),
            param_type_names: HashMap::new(),
            field_type_names: HashMap::new(),
            method_param_type_names: HashMap::new(),
            conversions: into::Conversions::new(),
            struct_index: HashMap::new(),
            enum_index: HashMap::new(),
            consts: HashMap::new(),
            thread_locals: HashMap::new(),
            statics: HashMap::new(),
            static_slots: 0,
            modules: HashSet::new(),
            traits: HashSet::new(),
            aliases: HashMap::new(),
            array_aliases: HashSet::new(),
            derived_defaults: HashMap::new(),
            module: Vec::new(),
            imports: paths::Imports::default(),
            names: HashMap::new(),
            fns: Vec::new(),
            const_depth: 0,
            hint: None,
            elements: None,
            collect_into: None,
            tail_collect_into: None,
            tail_into: None,
            program_methods: HashSet::new(),
            cells: CellAnalysis::default(),
            moving: false,
            placing: false,
            array_fields: HashSet::new(),
            plain_structs: HashSet::new(),
        }
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        if self.errors.len() >= Limits::DEFAULT.diagnostics {
            return;
        }
        self.errors
            .push(Diagnostic::new(self.source, span, message));
    }

    fn limit_error(&mut self, span: Span, limit: Limit, message: impl Into<String>) {
        self.errors
            .push(Diagnostic::limit(self.source, span, limit, message));
    }

    /// The interned id of a method or field name.
    fn name_id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.names.get(name) {
            return id;
        }
        let id = self.program.names.len() as u32;
        self.program.names.push(name.to_string());
        self.names.insert(name.to_string(), id);
        id
    }

    /// Numbers every function and builds struct and enum definitions with their method tables.
    fn declare_types(&mut self, items: &Items<'s>) {
        let mut tables = self.method_tables(items);
        let mut polls: HashMap<String, u32> = HashMap::new();
        for (index, item) in items.fns.iter().enumerate() {
            if let (true, Some(ty)) = (item.is_poll(), &item.self_ty) {
                polls.insert(ty.clone(), index as u32);
            }
        }
        for decl in &items.structs {
            let name = decl.name.name.clone();
            let (fields, shape) = field_names(&decl.fields);
            let table = tables.remove(&name).unwrap_or_default();
            let def = StructDef {
                is_copy: derives(&decl.derives, "Copy"),
                has_debug: derives(&decl.derives, "Debug"),
                methods: table.methods,
                drop: drop_hook(&table.impls, &self.program),
                impls: table.impls,
                poll: polls.get(&name).copied(),
                name: name.clone(),
                fields,
                shape,
            };
            let declared: Vec<&ast::Type> = match &decl.fields {
                Fields::Named(list) => list.iter().map(|f| &f.ty).collect(),
                Fields::Tuple(list) => list.iter().collect(),
                Fields::Unit => Vec::new(),
            };
            for (field, ty) in def.fields.iter().zip(&declared) {
                let may_be_array = match &ty.kind {
                    ast::TypeKind::Array { .. } => true,
                    ast::TypeKind::Path(path) => match path.segments.as_slice() {
                        [only] => {
                            let name = &only.ident.name;
                            self.array_aliases.contains(name)
                                || decl.generics.iter().any(|g| &g.name == name)
                        }
                        _ => false,
                    },
                    _ => false,
                };
                if may_be_array {
                    self.array_fields.insert(field.clone());
                }
            }
            let types = declared.iter().map(|ty| num_type(ty)).collect();
            let type_names = declared.iter().map(|ty| type_name(ty)).collect();
            if derives(&decl.derives, "Default") {
                let derived = defaults::DerivedDefault::Struct(&decl.fields);
                self.derived_defaults.insert(name.clone(), derived);
            }
            let id = self.program.structs.len() as u32;
            if declared.iter().all(|ty| moves::is_scalar_type(ty)) {
                self.plain_structs.insert(id);
            }
            self.field_types.insert(id, types);
            self.field_type_names.insert(id, type_names);
            self.struct_index.insert(name, id);
            self.program.structs.push(Rc::new(def));
        }
        for decl in &items.enums {
            let name = decl.name.name.clone();
            let variants = decl.variants.iter().map(|v| {
                let (fields, shape) = field_names(&v.fields);
                (v.name.name.clone(), fields, shape)
            });
            let table = tables.remove(&name).unwrap_or_default();
            if table.impls.contains_key("Drop") {
                self.error(
                    decl.name.span,
                    format!("`impl Drop for {name}`: the playground runs `drop` for structs only"),
                );
            }
            let default_variant = decl.variants.iter().position(|v| v.is_default);
            let derived_default = default_variant
                .filter(|_| derives(&decl.derives, "Default"))
                .map(|variant| variant as u32);
            let def = EnumDef {
                variants: variants.collect(),
                has_debug: derives(&decl.derives, "Debug"),
                is_copy: derives(&decl.derives, "Copy"),
                derived_default,
                methods: table.methods,
                impls: table.impls,
                name: name.clone(),
            };
            let enum_id = self.program.enums.len() as u32;
            if let Some(variant) = derived_default {
                let tag = Tag::User(enum_id, variant);
                let derived = defaults::DerivedDefault::Variant(tag);
                self.derived_defaults.insert(name.clone(), derived);
            }
            self.enum_index.insert(name, enum_id);
            self.program.enums.push(Rc::new(def));
        }
        self.declare_foreign_methods(tables);
    }

    /// Methods of types that are not the program's own: std types and blanket impls. An
    /// inherent `impl` of an unknown type is an error, as rustc makes it.
    fn declare_foreign_methods(&mut self, tables: HashMap<String, items::MethodTables>) {
        for (ty, table) in tables {
            let methods = ForeignMethods {
                methods: table.methods,
                impls: table.impls,
            };
            if ty == items::BLANKET {
                self.program.blanket = methods;
            } else if methods.impls.is_empty() {
                self.error(
                    Span::default(),
                    format!("`impl {ty}` names no struct or enum of the program"),
                );
            } else {
                self.program.foreign.insert(ty, methods);
            }
        }
    }

    fn compile_bodies(&mut self, items: &Items<'_>) {
        for item in &items.fns {
            self.module.clone_from(&item.module);
            let proto = self.function_with_cells(item.decl, item.self_ty.clone());
            self.program.funcs.push(Rc::new(proto));
        }
    }

    /// Compiles a function; when a closure or `async` block captures a local that is assigned
    /// (in the closure or around it), compiles it again with those locals in shared cells, so
    /// that both sides see every assignment as they do in Rust.
    fn function_with_cells(&mut self, decl: &ast::FnDecl, self_ty: Option<String>) -> Proto {
        let marks = (
            self.program.closures.len(),
            self.program.patterns.len(),
            self.program.templates.len(),
            self.errors.len(),
            self.cells.next_decl,
        );
        self.cells.captured.clear();
        self.cells.assigned.clear();
        let proto = self.function(decl, self_ty.clone());
        let boxed: HashSet<u32> = self
            .cells
            .captured
            .intersection(&self.cells.assigned)
            .copied()
            .collect();
        if boxed.is_empty() {
            return proto;
        }
        self.program.closures.truncate(marks.0);
        self.program.patterns.truncate(marks.1);
        self.program.templates.truncate(marks.2);
        self.errors.truncate(marks.3);
        self.cells.next_decl = marks.4;
        self.cells.boxed = boxed;
        let proto = self.function(decl, self_ty);
        self.cells.boxed.clear();
        proto
    }

    fn function(&mut self, decl: &ast::FnDecl, self_ty: Option<String>) -> Proto {
        let name = match &self_ty {
            Some(ty) => format!("fn {ty}::{}", decl.name.name),
            None => {
                let module: String = self.module.iter().map(|m| format!("{m}::")).collect();
                format!("fn {module}{}", decl.name.name)
            }
        };
        let copy_self = !self.is_not_copy(self_ty.as_deref());
        self.begin(name, decl.is_async, false, self_ty);
        let mut bind_later = Vec::new();
        for param in &decl.params {
            let slot = self.new_slot();
            match param {
                Param::SelfParam { span, kind } => {
                    self.declare("self", slot, *span);
                    if matches!(kind, ast::SelfKind::Ref | ast::SelfKind::RefMut) {
                        self.top().refs.insert(slot);
                    }
                    if matches!(kind, ast::SelfKind::Value | ast::SelfKind::MutValue) {
                        self.top().owned.insert(slot);
                        // The caller passed its receiver as a place: a `Copy` one is copied
                        // here, so that `mut self` writes to the method's own copy.
                        if copy_self {
                            self.emit(Op::Load(slot), *span);
                            self.emit(Op::Store(slot), *span);
                        }
                    }
                }
                Param::Typed { pat, ty } => match &pat.kind {
                    ast::PatKind::Binding {
                        name, sub: None, ..
                    } => {
                        self.declare(&name.name, slot, name.span);
                        self.note_owned(slot, None, Some(ty));
                        if let ast::TypeKind::Ref { mutable: true, .. } = ty.kind {
                            self.top().mut_refs.insert(slot);
                        }
                        if let Some(num) = self.note_num_type(slot, ty) {
                            self.emit(Op::Load(slot), name.span);
                            self.emit(Op::Annotate(num), name.span);
                            self.emit(Op::Store(slot), name.span);
                        }
                    }
                    _ => bind_later.push((slot, pat)),
                },
            }
        }
        self.top().proto.arity =
            self.operand(decl.params.len(), decl.span, "parameters in one function");
        for (slot, pat) in bind_later {
            self.emit(Op::Load(slot), pat.span);
            self.bind_irrefutable(pat);
        }
        let ret = decl.ret.as_ref().and_then(num_type);
        self.top().ret_type = ret;
        self.tail_collect_into = decl.ret.as_ref().and_then(collect::collect_target);
        self.top().error_conversion = self.error_conversion(decl.ret.as_ref());
        let ret_type_name = decl.ret.as_ref().and_then(type_name);
        self.tail_into.clone_from(&ret_type_name);
        self.top().ret_type_name = ret_type_name;
        self.block_as(&decl.body, ret);
        self.emit_return(decl.body.span);
        self.end().0
    }

    /// Whether `ty` names a program struct or enum that does not derive `Copy` (a method of a
    /// std type or of a trait's default may have a `Copy` receiver).
    fn is_not_copy(&self, ty: Option<&str>) -> bool {
        let Some(ty) = ty else {
            return false;
        };
        let structs = self
            .struct_index
            .get(ty)
            .map(|&id| &self.program.structs[id as usize]);
        let enums = self
            .enum_index
            .get(ty)
            .map(|&id| &self.program.enums[id as usize]);
        match (structs, enums) {
            (Some(def), _) => !def.is_copy,
            (None, Some(def)) => !def.is_copy,
            (None, None) => false,
        }
    }

    /// Starts compiling a function or closure body.
    fn begin(&mut self, name: String, is_async: bool, is_closure: bool, self_ty: Option<String>) {
        let proto = Proto {
            name,
            is_async,
            ..Proto::default()
        };
        let state = FnState {
            proto,
            scopes: vec![Vec::new()],
            loops: Vec::new(),
            captures: Vec::new(),
            num_types: HashMap::new(),
            ret_type: None,
            error_conversion: None,
            ret_type_name: None,
            decls: HashMap::new(),
            last_target: None,
            owned: HashSet::new(),
            mut_refs: HashSet::new(),
            arrays: HashSet::new(),
            refs: HashSet::new(),
            ref_items: HashSet::new(),
            is_closure,
            self_ty,
        };
        self.fns.push(state);
    }

    /// Finishes the innermost body, returning it and its captures.
    fn end(&mut self) -> (Proto, Vec<(String, u16, u16)>) {
        match self.fns.pop() {
            Some(state) => (state.proto, state.captures),
            None => (Proto::default(), Vec::new()),
        }
    }

    fn top(&mut self) -> &mut FnState {
        if self.fns.is_empty() {
            self.begin(String::new(), false, false, None);
        }
        let last = self.fns.len() - 1;
        &mut self.fns[last]
    }

    fn emit(&mut self, op: Op, span: Span) -> usize {
        let state = self.top();
        let (mut op, mut span) = (op, span);
        // Common sequences are fused into one instruction, unless a jump lands inside them
        // (the first instruction then ends only one of two paths).
        while state.last_target != Some(state.proto.code.len()) {
            let (Some(first), Some(&first_span)) =
                (state.proto.code.last(), state.proto.spans.last())
            else {
                break;
            };
            let Some(fused) = fuse((first, first_span), (&op, span)) else {
                break;
            };
            (op, span) = fused;
            state.proto.code.pop();
            state.proto.spans.pop();
        }
        let here = state.proto.code.len();
        state.proto.code.push(op);
        state.proto.spans.push(span);
        here
    }

    fn here(&mut self) -> usize {
        self.top().proto.code.len()
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        let state = self.top();
        state.last_target = Some(target);
        match &mut state.proto.code[at] {
            Op::Jump(to)
            | Op::LoadStatic(_, to)
            | Op::JumpIfFalse(to)
            | Op::IterNext(_, to)
            | Op::TrySplit(to)
            | Op::ReadySplit(to)
            | Op::CompareJump(_, to)
            | Op::CompareIntJump(_, _, _, to)
            | Op::CompareLocalJump(_, _, _, _, to) => *to = target as u32,
            _ => {}
        }
    }

    /// Pushes an integer: small types inline in the instruction, 128-bit ones as a constant.
    fn emit_int(&mut self, int: Int, span: Span) {
        match Value::int(int) {
            Value::Int(bits, ty) => {
                self.emit(Op::Int(bits, ty), span);
            }
            wide => self.constant(wide, span),
        }
    }

    fn constant(&mut self, value: Value, span: Span) {
        let proto = &mut self.top().proto;
        proto.consts.push(value);
        let index = proto.consts.len() as u32 - 1;
        self.emit(Op::Const(index), span);
    }

    /// A new local slot of the innermost body. Past the last slot index every local shares it,
    /// and the program is refused, so that it never runs with a slot out of range.
    fn new_slot(&mut self) -> u16 {
        let slot = self.top().proto.slots;
        let span = self.top().proto.spans.last().copied().unwrap_or_default();
        let slots: u16 = self.operand(
            usize::from(slot) + 1,
            span,
            "local variables in one function",
        );
        self.top().proto.slots = slots;
        slot.min(slots - 1)
    }

    /// `count` as an instruction operand, or a located error when the program is too large
    /// for it: the bytecode keeps counts and indices in fixed-width fields.
    fn operand<T: Operand>(&mut self, count: usize, span: Span, what: &str) -> T {
        T::try_from(count).unwrap_or_else(|_| {
            let message = format!(
                "more than {} {what}: the playground cannot hold this program",
                T::MAX
            );
            if !self.errors.iter().any(|e| e.message == message) {
                self.limit_error(span, Limit::ProgramSize, message);
            }
            T::MAX
        })
    }

    /// Declares a local whose value is already in `slot`, moving it into a shared cell when
    /// the capture analysis says so.
    fn declare(&mut self, name: &str, slot: u16, span: Span) {
        let decl = self.cells.next_decl;
        self.cells.next_decl += 1;
        let state = self.top();
        state.decls.insert(slot, decl);
        if let Some(scope) = state.scopes.last_mut() {
            scope.push((name.to_string(), slot));
        }
        if self.cells.boxed.contains(&decl) {
            self.emit(Op::Box(slot), span);
        }
    }

    /// Whether `slot` of the innermost body holds a shared cell rather than a value.
    fn is_boxed(&mut self, slot: u16) -> bool {
        let decl = self.top().decls.get(&slot).copied();
        decl.is_some_and(|d| self.cells.boxed.contains(&d))
    }

    /// Pushes the value of a named local: a reference as it is (see `FnState::refs`).
    fn load_local(&mut self, slot: u16, span: Span) {
        let boxed = self.is_boxed(slot);
        let op = if self.top().refs.contains(&slot) {
            Op::LoadPlace(slot, boxed)
        } else if boxed {
            Op::LoadCell(slot)
        } else {
            Op::Load(slot)
        };
        self.emit(op, span);
    }

    /// Pops a value into a named local.
    fn store_local(&mut self, slot: u16, span: Span) {
        let op = if self.is_boxed(slot) {
            Op::StoreCell(slot)
        } else {
            Op::Store(slot)
        };
        self.emit(op, span);
    }

    /// Moves the value out of a named local (for `drop(x)`).
    fn take_local(&mut self, slot: u16, span: Span) {
        let op = if self.is_boxed(slot) {
            Op::TakeCell(slot)
        } else {
            Op::Take(slot)
        };
        self.emit(op, span);
    }

    /// Records that the local in `slot` is assigned, for the capture analysis.
    fn note_assigned(&mut self, slot: u16) {
        if let Some(&decl) = self.top().decls.get(&slot) {
            self.cells.assigned.insert(decl);
        }
    }

    /// The slot of a local visible in the innermost body, capturing it from enclosing bodies
    /// when needed.
    fn lookup(&mut self, name: &str) -> Option<u16> {
        let depth = self.fns.len().checked_sub(1)?;
        self.lookup_at(depth, name)
    }

    /// The slot of the local that `path` names alone (`x`, not `a::x` nor a function).
    fn path_local(&mut self, path: &ast::Path) -> Option<u16> {
        let [only] = path.segments.as_slice() else {
            return None;
        };
        self.lookup(&only.ident.name)
    }

    /// The slot of the local that `expr` names alone, as [`Compiler::path_local`].
    fn named_local(&mut self, expr: &Expr) -> Option<u16> {
        let ast::ExprKind::Path(path) = &expr.kind else {
            return None;
        };
        self.path_local(path)
    }

    fn lookup_at(&mut self, depth: usize, name: &str) -> Option<u16> {
        let state = &self.fns[depth];
        let local = state
            .scopes
            .iter()
            .rev()
            .flat_map(|s| s.iter().rev())
            .find(|(n, _)| n == name);
        if let Some(&(_, slot)) = local {
            return Some(slot);
        }
        if let Some(&(_, _, slot)) = state.captures.iter().find(|(n, _, _)| n == name) {
            return Some(slot);
        }
        if !state.is_closure || depth == 0 {
            return None;
        }
        let outer = self.lookup_at(depth - 1, name)?;
        let decl = self.fns[depth - 1].decls.get(&outer).copied();
        let state = &mut self.fns[depth];
        let slot = state.proto.slots;
        state.proto.slots = state.proto.slots.saturating_add(1);
        state.captures.push((name.to_string(), outer, slot));
        if let Some(decl) = decl {
            state.decls.insert(slot, decl);
            self.cells.captured.insert(decl);
        }
        Some(slot)
    }

    /// Remembers that `slot` holds a number of the declared type, which values stored there
    /// take; returns that type.
    fn note_num_type(&mut self, slot: u16, ty: &ast::Type) -> Option<NumType> {
        let num = num_type(ty)?;
        self.top().num_types.insert(slot, num);
        Some(num)
    }

    /// Compiles arguments expecting the declared numeric types `types` (see
    /// [`Compiler::expr_as`]) and converting `.into()` to the declared types named
    /// `type_names`; `annotate` gives each its type here (a function's own entry does that
    /// for its parameters).
    fn typed_args(
        &mut self,
        args: &[Expr],
        types: Option<Vec<Option<NumType>>>,
        type_names: Option<Vec<Option<String>>>,
        annotate: bool,
    ) {
        let types = types.unwrap_or_default();
        let type_names = type_names.unwrap_or_default();
        for (i, arg) in args.iter().enumerate() {
            let name = type_names.get(i).and_then(Option::as_deref);
            if self.lower_into(arg, name) {
                continue;
            }
            let ty = types.get(i).copied().flatten();
            self.moving = true;
            self.expr_as(arg, ty);
            if annotate {
                self.annotate(ty, arg.span);
            }
        }
    }

    /// Gives the value on top the declared numeric type, if there is one.
    fn annotate(&mut self, ty: Option<NumType>, span: Span) {
        if let Some(ty) = ty {
            self.emit(Op::Annotate(ty), span);
        }
    }

    /// Returns the value on top from the function, in its declared return type.
    fn emit_return(&mut self, span: Span) {
        let ret = self.top().ret_type;
        self.annotate(ret, span);
        self.emit(Op::Return, span);
    }

    fn push_scope(&mut self) -> u16 {
        self.top().scopes.push(Vec::new());
        self.top().proto.slots
    }

    /// Ends a scope, clearing the slots it declared so that guards and wakers drop on time.
    fn pop_scope(&mut self, first_slot: u16, span: Span) {
        self.top().scopes.pop();
        let end = self.top().proto.slots;
        // A closure's captures get their slots when first used, maybe inside this scope; they
        // live as long as the closure, so the clearing skips them.
        // Sorted as `usize`, whose sort the bundle holds already, not as one more for `u16`.
        let mut captured: Vec<usize> = (self.top().captures.iter())
            .map(|&(_, _, slot)| slot)
            .filter(|slot| (first_slot..end).contains(slot))
            .map(usize::from)
            .collect();
        captured.sort_unstable();
        let mut start = first_slot;
        let captured = captured
            .into_iter()
            .filter_map(|slot| u16::try_from(slot).ok());
        for slot in captured.chain([end]) {
            if slot > start {
                self.emit(Op::Clear(start, slot), span);
            }
            start = slot.saturating_add(1);
        }
    }
}

/// The single instruction doing `first` then `second`, if there is one, located where the
/// failing one of them is (the comparison of a compare-and-jump, otherwise the second).
fn fuse(first: (&Op, Span), second: (&Op, Span)) -> Option<(Op, Span)> {
    Some(match (first.0, second.0) {
        (Op::Binary(cmp), Op::JumpIfFalse(to)) if is_comparison(*cmp) => {
            (Op::CompareJump(*cmp, *to), first.1)
        }
        (Op::Int(k, ty), Op::CompareJump(cmp, to)) => {
            (Op::CompareIntJump(*cmp, *k, *ty, *to), second.1)
        }
        (Op::Load(slot), Op::CompareIntJump(cmp, k, ty, to)) => {
            (Op::CompareLocalJump(*slot, *cmp, *k, *ty, *to), second.1)
        }
        (Op::Int(k, ty), Op::UpdateLocal(slot, op)) => {
            (Op::UpdateLocalInt(*slot, *op, *k, *ty), second.1)
        }
        (Op::Load(from), Op::UpdateLocal(slot, op)) => {
            (Op::UpdateLocalFrom(*slot, *op, *from), second.1)
        }
        _ => return None,
    })
}

/// The unsigned widths of instruction operands.
trait Operand: TryFrom<usize> + std::fmt::Display {
    const MAX: Self;
}

macro_rules! operand {
    ($($width:ty),*) => {
        $(impl Operand for $width {
            const MAX: Self = <$width>::MAX;
        })*
    };
}

operand!(u8, u16, u32);

fn is_comparison(op: ast::BinOp) -> bool {
    use ast::BinOp::{Eq, Ge, Gt, Le, Lt, Ne};
    matches!(op, Eq | Ne | Lt | Le | Gt | Ge)
}

fn derives(list: &[ast::Ident], name: &str) -> bool {
    list.iter().any(|d| d.name == name)
}

fn field_names(fields: &Fields) -> (Vec<String>, Shape) {
    match fields {
        Fields::Named(list) => (
            list.iter().map(|f| f.name.name.clone()).collect(),
            Shape::Named,
        ),
        Fields::Tuple(list) => (
            (0..list.len()).map(|i| i.to_string()).collect(),
            Shape::Tuple,
        ),
        Fields::Unit => (Vec::new(), Shape::Unit),
    }
}

/// The numeric type a type denotes, if it is one.
fn num_type(ty: &ast::Type) -> Option<NumType> {
    NumType::from_name(&type_name(ty)?)
}

/// The numeric element type of an array, slice or `Vec` type (`[u8; 4]`, `&[i64]`, `Vec<f32>`).
fn element_num_type(ty: &ast::Type) -> Option<NumType> {
    match &ty.kind {
        ast::TypeKind::Array { elem, .. } | ast::TypeKind::Slice(elem) => num_type(elem),
        ast::TypeKind::Ref { inner, .. } => element_num_type(inner),
        ast::TypeKind::Path(path) => match path.segments.last() {
            Some(segment) if segment.ident.name == "Vec" => match segment.generics.as_slice() {
                [ast::GenericArg::Type(elem)] => num_type(elem),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The last path segment of a type (`Pin<&mut Self>` gives `Pin`, `&T` gives `T`).
fn type_name(ty: &ast::Type) -> Option<String> {
    match &ty.kind {
        ast::TypeKind::Path(path) => path.segments.last().map(|s| s.ident.name.clone()),
        ast::TypeKind::Ref { inner, .. } => type_name(inner),
        _ => None,
    }
}

/// The `impl Drop` of a struct with these trait impls, if it has one.
fn drop_hook(impls: &super::program::TraitImpls, program: &Program) -> Option<DropHook> {
    let method = *impls.get("Drop")?.get("drop")?;
    Some(DropHook {
        method,
        queue: Rc::downgrade(&program.drops),
    })
}
