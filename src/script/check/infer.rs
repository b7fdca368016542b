//! Local type inference: inference variables (any type, `{integer}`, `{float}`) and their
//! unification, as rustc does within one function body. It must never fail on `Unknown`: the
//! give-up type agrees with everything, so what the checker cannot model is never rejected.

use super::ty::Ty;
use crate::script::eval::number::{FloatType, IntType};

/// What an inference variable may become.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// Any type.
    General,
    /// An integer type (an unsuffixed integer literal).
    Integer,
    /// A float type (an unsuffixed float literal).
    Float,
}

/// The inference variables of one function body and what each is bound to.
#[derive(Default)]
pub struct Table {
    bindings: Vec<Option<Ty>>,
    kinds: Vec<VarKind>,
    /// Union by rank: joining two variables hangs the shallower tree under the deeper, so a
    /// long chain of literals (`1 + 1 + ..`, an else-if chain) keeps every lookup short.
    ranks: Vec<u8>,
}

impl Table {
    /// A new variable of `kind`.
    pub fn fresh(&mut self, kind: VarKind) -> Ty {
        self.bindings.push(None);
        self.kinds.push(kind);
        self.ranks.push(0);
        Ty::Var(self.bindings.len() as u32 - 1)
    }

    /// `ty` with its outermost variables followed to what they are bound to.
    pub fn shallow(&self, ty: &Ty) -> Ty {
        let mut ty = ty.clone();
        while let Ty::Var(v) = ty {
            match self.bindings.get(v as usize) {
                Some(Some(bound)) => ty = bound.clone(),
                _ => return Ty::Var(v),
            }
        }
        ty
    }

    /// `ty` with every bound variable replaced, recursively.
    pub fn deep(&self, ty: &Ty) -> Ty {
        match self.shallow(ty) {
            Ty::Tuple(items) => Ty::Tuple(items.iter().map(|t| self.deep(t)).collect()),
            Ty::Ref(m, inner) => Ty::Ref(m, Box::new(self.deep(&inner))),
            Ty::Array(elem, len) => Ty::Array(Box::new(self.deep(&elem)), len),
            Ty::Adt(name, args) => Ty::Adt(name, args.iter().map(|t| self.deep(t)).collect()),
            Ty::Future(out, unpin) => Ty::Future(Box::new(self.deep(&out)), unpin),
            Ty::Fn(params, ret) => Ty::Fn(
                params.iter().map(|t| self.deep(t)).collect(),
                Box::new(self.deep(&ret)),
            ),
            other => other,
        }
    }

    /// Gives up on every unbound variable in `ty`: it went where the checker cannot follow
    /// (an argument of a function it does not know), so nothing may be concluded from it,
    /// not even a literal's fallback type.
    pub fn forget(&mut self, ty: &Ty) {
        match self.shallow(ty) {
            Ty::Var(v) => self.bindings[v as usize] = Some(Ty::Unknown),
            Ty::Tuple(items) | Ty::Adt(_, items) => items.iter().for_each(|t| self.forget(t)),
            Ty::Ref(_, inner) | Ty::Array(inner, _) | Ty::Future(inner, _) => self.forget(&inner),
            Ty::Fn(params, ret) => {
                params.iter().for_each(|t| self.forget(t));
                self.forget(&ret);
            }
            _ => {}
        }
    }

    /// The kind of an unbound variable.
    pub fn kind(&self, var: u32) -> VarKind {
        self.kinds
            .get(var as usize)
            .copied()
            .unwrap_or(VarKind::General)
    }

    /// `ty` resolved, with unbound literal variables given their fallback (`i32`, `f64`).
    pub fn defaulted(&self, ty: &Ty) -> Ty {
        match self.shallow(ty) {
            Ty::Var(v) => match self.kind(v) {
                VarKind::Integer => Ty::Int(IntType::I32),
                VarKind::Float => Ty::Float(FloatType::F64),
                VarKind::General => Ty::Unknown,
            },
            other => other,
        }
    }

    /// Makes `a` and `b` the same type; `false` when they cannot be.
    pub fn unify(&mut self, a: &Ty, b: &Ty) -> bool {
        let (a, b) = (self.shallow(a), self.shallow(b));
        match (&a, &b) {
            (Ty::Unknown, Ty::Var(x)) | (Ty::Var(x), Ty::Unknown) => {
                self.bindings[*x as usize] = Some(Ty::Unknown);
                true
            }
            (Ty::Unknown, _) | (_, Ty::Unknown) | (Ty::Never, _) | (_, Ty::Never) => true,
            (Ty::Var(x), Ty::Var(y)) if x == y => true,
            (Ty::Var(x), Ty::Var(y)) => self.join_vars(*x, *y),
            (Ty::Var(x), other) | (other, Ty::Var(x)) => self.bind(*x, other),
            (Ty::Int(x), Ty::Int(y)) => x == y,
            (Ty::Float(x), Ty::Float(y)) => x == y,
            (Ty::Bool, Ty::Bool) | (Ty::Char, Ty::Char) | (Ty::Str, Ty::Str) => true,
            (Ty::Tuple(xs), Ty::Tuple(ys)) => xs.len() == ys.len() && self.unify_all(xs, ys),
            (Ty::Ref(m, x), Ty::Ref(n, y)) => m == n && self.unify(x, y),
            (Ty::Array(x, n), Ty::Array(y, m)) => {
                let lengths_agree = n.is_none() || m.is_none() || n == m;
                lengths_agree && self.unify(x, y)
            }
            (Ty::Adt(x, xs), Ty::Adt(y, ys)) => x == y && self.unify_all(xs, ys),
            (Ty::Future(x, _), Ty::Future(y, _)) => self.unify(x, y),
            (Ty::Fn(xs, x), Ty::Fn(ys, y)) => {
                xs.len() == ys.len() && self.unify_all(xs, ys) && self.unify(x, y)
            }
            _ => false,
        }
    }

    /// Whether `a` and `b` could be unified, without binding anything.
    pub fn unifiable(&self, a: &Ty, b: &Ty) -> bool {
        let (a, b) = (self.shallow(a), self.shallow(b));
        let all = |xs: &[Ty], ys: &[Ty]| xs.iter().zip(ys).all(|(x, y)| self.unifiable(x, y));
        match (&a, &b) {
            (Ty::Unknown, _) | (_, Ty::Unknown) | (Ty::Never, _) | (_, Ty::Never) => true,
            (Ty::Var(x), Ty::Var(y)) => {
                let (kx, ky) = (self.kind(*x), self.kind(*y));
                kx == ky || kx == VarKind::General || ky == VarKind::General
            }
            (Ty::Var(x), other) | (other, Ty::Var(x)) => match self.kind(*x) {
                VarKind::General => true,
                VarKind::Integer => matches!(other, Ty::Int(_)),
                VarKind::Float => matches!(other, Ty::Float(_)),
            },
            (Ty::Int(x), Ty::Int(y)) => x == y,
            (Ty::Float(x), Ty::Float(y)) => x == y,
            (Ty::Bool, Ty::Bool) | (Ty::Char, Ty::Char) | (Ty::Str, Ty::Str) => true,
            (Ty::Tuple(xs), Ty::Tuple(ys)) => xs.len() == ys.len() && all(xs, ys),
            (Ty::Ref(m, x), Ty::Ref(n, y)) => m == n && self.unifiable(x, y),
            (Ty::Array(x, n), Ty::Array(y, m)) => {
                (n.is_none() || m.is_none() || n == m) && self.unifiable(x, y)
            }
            (Ty::Adt(x, xs), Ty::Adt(y, ys)) => x == y && all(xs, ys),
            (Ty::Future(x, _), Ty::Future(y, _)) => self.unifiable(x, y),
            (Ty::Fn(xs, x), Ty::Fn(ys, y)) => {
                xs.len() == ys.len() && all(xs, ys) && self.unifiable(x, y)
            }
            _ => false,
        }
    }

    /// Unifies pairwise; extra items on either side (a type written with fewer arguments)
    /// are left alone.
    fn unify_all(&mut self, xs: &[Ty], ys: &[Ty]) -> bool {
        let mut ok = true;
        for (x, y) in xs.iter().zip(ys) {
            ok &= self.unify(x, y);
        }
        ok
    }

    fn join_vars(&mut self, x: u32, y: u32) -> bool {
        let kind = match (self.kind(x), self.kind(y)) {
            (VarKind::General, other) | (other, VarKind::General) => other,
            (a, b) if a == b => a,
            _ => return false,
        };
        let (rx, ry) = (self.ranks[x as usize], self.ranks[y as usize]);
        let (root, child) = if rx >= ry { (x, y) } else { (y, x) };
        if rx == ry {
            self.ranks[root as usize] = rx.saturating_add(1);
        }
        self.kinds[root as usize] = kind;
        self.bindings[child as usize] = Some(Ty::Var(root));
        true
    }

    fn bind(&mut self, var: u32, ty: &Ty) -> bool {
        let fits = match self.kind(var) {
            VarKind::General => !self.occurs(var, ty),
            VarKind::Integer => matches!(ty, Ty::Int(_)),
            VarKind::Float => matches!(ty, Ty::Float(_)),
        };
        if fits {
            self.bindings[var as usize] = Some(ty.clone());
        }
        fits
    }

    fn occurs(&self, var: u32, ty: &Ty) -> bool {
        match self.shallow(ty) {
            Ty::Var(v) => v == var,
            Ty::Tuple(items) | Ty::Adt(_, items) => items.iter().any(|t| self.occurs(var, t)),
            Ty::Ref(_, inner) | Ty::Array(inner, _) | Ty::Future(inner, _) => {
                self.occurs(var, &inner)
            }
            Ty::Fn(params, ret) => {
                params.iter().any(|t| self.occurs(var, t)) || self.occurs(var, &ret)
            }
            _ => false,
        }
    }

    /// How rustc's "expected X, found Y" names a type: `` `u32` ``, `integer`, `future`.
    pub fn describe(&self, ty: &Ty) -> String {
        match self.shallow(ty) {
            Ty::Var(v) => match self.kind(v) {
                VarKind::Integer => "integer".to_string(),
                VarKind::Float => "floating-point number".to_string(),
                VarKind::General => "`_`".to_string(),
            },
            Ty::Future(..) => "future".to_string(),
            _ => format!("`{}`", self.show(ty)),
        }
    }

    /// The type as rustc writes it, with `{integer}` and `{float}` for unbound literals.
    pub fn show(&self, ty: &Ty) -> String {
        let deep = self.deep(ty);
        let mut text = deep.to_string();
        if text.contains('_') {
            text = self.show_vars(&deep);
        }
        text
    }

    fn show_vars(&self, ty: &Ty) -> String {
        match ty {
            Ty::Var(v) => match self.kind(*v) {
                VarKind::Integer => "{integer}".to_string(),
                VarKind::Float => "{float}".to_string(),
                VarKind::General => "_".to_string(),
            },
            Ty::Adt(name, args) if !args.is_empty() => {
                let args: Vec<String> = args.iter().map(|a| self.show_vars(a)).collect();
                format!("{name}<{}>", args.join(", "))
            }
            Ty::Ref(m, inner) => {
                format!("&{}{}", if *m { "mut " } else { "" }, self.show_vars(inner))
            }
            Ty::Tuple(items) if items.len() > 1 => {
                let items: Vec<String> = items.iter().map(|a| self.show_vars(a)).collect();
                format!("({})", items.join(", "))
            }
            Ty::Array(elem, Some(n)) => format!("[{}; {n}]", self.show_vars(elem)),
            other => other.to_string(),
        }
    }
}
