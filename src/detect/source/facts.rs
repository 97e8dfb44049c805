//! What one source file says, language-independently: its calls (callee as written and qualified by
//! the file's imports, arguments), its constants (names bound to literal values), its imports and its
//! references, all found by the language's `language.scm` query. And the resolution of an expression
//! to a value: string and number literals, concatenations, and names bound once in the same file.
//! What cannot be resolved stays unresolved with its expression text; nothing is guessed.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::time::Instant;

use streaming_iterator::StreamingIterator;
use tree_sitter::{Node, Query, QueryCursor, QueryCursorOptions, QueryCursorState, Tree};

/// How deep constant resolution follows names (a = b; b = c; c = "AES").
const MAX_RESOLUTION_DEPTH: usize = 8;
/// How many expressions one resolution may visit in all.
const RESOLUTION_STEPS: u32 = 2048;
/// Longest expression kept as the text of an unresolved value.
const EXPRESSION_LIMIT: usize = 120;

/// A text cut at `limit` characters, with an ellipsis when it was longer.
fn truncate(text: &str, limit: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(limit).collect();
    if chars.next().is_some() {
        head + "…"
    } else {
        head
    }
}

/// A value found in the code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A string.
    Text(String),
    /// An integer.
    Integer(i128),
    /// An expression that could not be resolved, as written.
    Unresolved(String),
    /// A call or constructor (a value computed at run time, or an object such as a parameter spec),
    /// as written.
    Call(String),
}

impl Value {
    /// The value as text (integers in decimal); `None` when unresolved.
    pub fn text(&self) -> Option<String> {
        match self {
            Value::Text(text) => Some(text.clone()),
            Value::Integer(n) => Some(n.to_string()),
            Value::Unresolved(_) | Value::Call(_) => None,
        }
    }

    /// The value as an integer, when it is one (or a string of digits).
    pub fn integer(&self) -> Option<i128> {
        match self {
            Value::Integer(n) => Some(*n),
            Value::Text(text) => text.trim().parse().ok(),
            Value::Unresolved(_) | Value::Call(_) => None,
        }
    }
}

/// One call in the file.
#[derive(Clone, Debug)]
pub struct Call<'t> {
    /// The whole call expression.
    pub node: Node<'t>,
    /// The callee as written, normalised (`Cipher.getInstance`, `hashlib.md5`, `EVP_aes_256_gcm`).
    pub written: String,
    /// The callee with its first segment replaced through the import aliases.
    pub qualified: String,
    /// The argument expressions, in order.
    pub arguments: Vec<Node<'t>>,
}

impl Call<'_> {
    /// The receiver of a method call as written (`kpg` in `kpg.initialize`), if any.
    pub fn receiver(&self) -> Option<&str> {
        self.written.rsplit_once('.').map(|(receiver, _)| receiver)
    }
}

/// The capture indices of a language query.
#[derive(Clone, Copy, Debug, Default)]
pub struct Captures {
    call: Option<u32>,
    callee: Option<u32>,
    receiver: Option<u32>,
    method: Option<u32>,
    arguments: Option<u32>,
    constant_name: Option<u32>,
    constant_value: Option<u32>,
    import_path: Option<u32>,
    import_module: Option<u32>,
    import_name: Option<u32>,
    import_alias: Option<u32>,
    reference: Option<u32>,
}

impl Captures {
    /// Looks up the conventional capture names in a compiled language query.
    pub fn of(query: &Query) -> Self {
        let index = |name: &str| query.capture_index_for_name(name);
        Captures {
            call: index("call"),
            callee: index("callee"),
            receiver: index("receiver"),
            method: index("method"),
            arguments: index("arguments"),
            constant_name: index("constant.name"),
            constant_value: index("constant.value"),
            import_path: index("import.path"),
            import_module: index("import.module"),
            import_name: index("import.name"),
            import_alias: index("import.alias"),
            reference: index("reference"),
        }
    }
}

/// The facts of one file.
#[derive(Debug)]
pub struct Facts<'t> {
    /// The file's bytes.
    pub source: &'t [u8],
    /// Every call.
    pub calls: Vec<Call<'t>>,
    /// Every reference (qualified text, node).
    pub references: Vec<(String, Node<'t>)>,
    /// Names bound to an expression (every binding kept: a name bound twice differently is ambiguous).
    pub constants: HashMap<String, Vec<Node<'t>>>,
    /// Import aliases: local name -> qualified path.
    pub aliases: HashMap<String, String>,
    /// Index into `calls` by the call node's id.
    call_by_node: HashMap<usize, usize>,
    /// The calls whose arguments a resolution went through to resolve a parameter (see
    /// [`Facts::parameter_arguments`]), for the detector to report there too.
    pub sites_used: RefCell<Vec<Node<'t>>>,
    /// Every function of the file in start order, with the index of the one around it.
    functions: Vec<Function<'t>>,
    /// Steps left to the current resolution.
    steps: Cell<u32>,
}

/// A function node and the innermost function around it.
#[derive(Debug)]
struct Function<'t> {
    node: Node<'t>,
    parent: Option<usize>,
}

/// Every function of a tree in start order, with its parent function, in one walk (`Node::parent`
/// costs a walk from the root each time, so scopes are looked up here instead); `None` past the
/// deadline.
fn function_ranges(tree: &Tree, deadline: Instant) -> Option<Vec<Function<'_>>> {
    let mut functions: Vec<Function<'_>> = Vec::new();
    // Open functions: (index, end byte).
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut cursor = tree.walk();
    let mut visited = 0u32;
    loop {
        let node = cursor.node();
        visited = visited.wrapping_add(1);
        if visited.is_multiple_of(4096) && Instant::now() > deadline {
            return None;
        }
        if FUNCTION_KINDS.contains(&node.kind()) {
            while open
                .last()
                .is_some_and(|(_, end)| *end <= node.start_byte())
            {
                open.pop();
            }
            let parent = open.last().map(|(index, _)| *index);
            open.push((functions.len(), node.end_byte()));
            functions.push(Function { node, parent });
        }
        if cursor.goto_first_child() || cursor.goto_next_sibling() {
            continue;
        }
        loop {
            if !cursor.goto_parent() {
                return Some(functions);
            }
            if cursor.goto_next_sibling() {
                break;
            }
        }
    }
}

/// A node's text.
pub fn text<'s>(node: Node<'_>, source: &'s [u8]) -> &'s str {
    node.utf8_text(source).unwrap_or_default()
}

/// Normalises a callee or reference as written: no whitespace, no `new`, no generic arguments, `::`,
/// `->` and `?.` as `.`, no macro `!`.
pub fn normalise_path(raw: &str) -> String {
    let raw = raw.trim();
    let raw = raw.strip_prefix("new ").unwrap_or(raw);
    let mut out = String::with_capacity(raw.len());
    let mut depth = 0usize;
    for c in raw.chars() {
        match c {
            '<' => depth += 1,
            '>' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            c if c.is_whitespace() || c == '!' || c == '&' || c == '*' || c == '@' => {}
            _ => out.push(c),
        }
    }
    let out = out.replace("::", ".").replace("->", ".").replace("?.", ".");
    out.trim_matches('.').to_owned()
}

/// Normalises an imported module path (`node:crypto` is `crypto`; `::` is `.`).
fn normalise_module(raw: &str) -> String {
    let unquoted = raw.trim().trim_matches(['"', '\'', '`']);
    // A relative module (`./crypto`) is the project's own: one opaque segment, so no rule for a
    // library of the same name (`crypto.createHash`) can match through it.
    if unquoted.starts_with('.') {
        let flat: String = unquoted
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        return format!("relative:{flat}");
    }
    normalise_path(unquoted.strip_prefix("node:").unwrap_or(unquoted))
}

/// The last segment of a dotted path.
pub fn last_segment(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

impl<'t> Facts<'t> {
    /// Runs the language query over a parsed file.
    /// Gathers the facts; `None` when the query ran past the deadline.
    pub fn gather(
        query: &Query,
        captures: Captures,
        tree: &'t Tree,
        source: &'t [u8],
        match_limit: u32,
        deadline: Instant,
    ) -> Option<Self> {
        let mut facts = Facts {
            source,
            calls: Vec::new(),
            references: Vec::new(),
            constants: HashMap::new(),
            aliases: HashMap::new(),
            call_by_node: HashMap::new(),
            sites_used: RefCell::new(Vec::new()),
            functions: function_ranges(tree, deadline)?,
            steps: Cell::new(RESOLUTION_STEPS),
        };
        let mut raw_calls: Vec<(Node<'t>, String, Option<Node<'t>>)> = Vec::new();
        let mut raw_references: Vec<Node<'t>> = Vec::new();
        let mut cursor = QueryCursor::new();
        cursor.set_match_limit(match_limit);
        let mut over = false;
        let mut progress = |_: &QueryCursorState| {
            if Instant::now() > deadline {
                over = true;
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        let options = QueryCursorOptions::new().progress_callback(&mut progress);
        let mut matches = cursor.matches_with_options(query, tree.root_node(), source, options);
        while let Some(found) = matches.next() {
            let node = |index: Option<u32>| {
                let index = index?;
                found
                    .captures()
                    .iter()
                    .find(|c| c.index == index)
                    .map(|c| c.node)
            };
            if let Some(call) = node(captures.call) {
                let written = match (
                    node(captures.callee),
                    node(captures.receiver),
                    node(captures.method),
                ) {
                    (Some(callee), _, _) => normalise_path(text(callee, source)),
                    (None, Some(receiver), Some(method)) => {
                        format!(
                            "{}.{}",
                            normalise_path(text(receiver, source)),
                            normalise_path(text(method, source))
                        )
                    }
                    (None, None, Some(method)) => normalise_path(text(method, source)),
                    _ => continue,
                };
                raw_calls.push((call, written, node(captures.arguments)));
                continue;
            }
            if let (Some(name), Some(value)) =
                (node(captures.constant_name), node(captures.constant_value))
            {
                // `a, err := f()` binds the first name.
                let name = text(name, source)
                    .split(',')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_owned();
                if !name.is_empty() {
                    facts
                        .constants
                        .entry(normalise_path(&name))
                        .or_default()
                        .push(value);
                }
                continue;
            }
            let path = node(captures.import_path).map(|n| normalise_module(text(n, source)));
            let module = node(captures.import_module).map(|n| normalise_module(text(n, source)));
            let imported = node(captures.import_name).map(|n| normalise_path(text(n, source)));
            let alias = node(captures.import_alias).map(|n| normalise_path(text(n, source)));
            let qualified = match (path, module, &imported) {
                (Some(path), _, _) => Some(path),
                (None, Some(module), Some(name)) => Some(format!("{module}.{name}")),
                (None, Some(module), None) => Some(module),
                _ => None,
            };
            if let Some(qualified) = qualified {
                let local = alias
                    .or(imported)
                    .unwrap_or_else(|| default_local_name(&qualified));
                let local = last_segment(&local).to_owned();
                if !local.is_empty() && local != qualified {
                    facts.aliases.insert(local, qualified);
                }
                continue;
            }
            if let Some(reference) = node(captures.reference) {
                raw_references.push(reference);
            }
        }
        drop(matches);
        if over {
            return None;
        }
        for (node, written, arguments) in raw_calls {
            let qualified = facts.qualify(&written);
            let arguments = arguments
                .map(|list| argument_nodes(list))
                .unwrap_or_default();
            facts.call_by_node.insert(node.id(), facts.calls.len());
            facts.calls.push(Call {
                node,
                written,
                qualified,
                arguments,
            });
        }
        for node in raw_references {
            let qualified = facts.qualify(&normalise_path(text(node, source)));
            facts.references.push((qualified, node));
        }
        Some(facts)
    }

    /// The innermost function (method, lambda, closure) strictly around a node, if any: the last
    /// function starting at or before the node, or the first of its ancestors that contains it.
    pub fn enclosing_function(&self, node: Node<'t>) -> Option<Node<'t>> {
        let (start, end) = (node.start_byte(), node.end_byte());
        let after = self
            .functions
            .partition_point(|f| f.node.start_byte() <= start);
        let mut index = after.checked_sub(1);
        while let Some(i) = index {
            let function = self.functions.get(i)?;
            if function.node.id() != node.id() && function.node.end_byte() >= end {
                return Some(function.node);
            }
            index = function.parent;
        }
        None
    }

    /// Replaces the first segment of a path through the import aliases.
    pub fn qualify(&self, path: &str) -> String {
        let (first, rest) = match path.split_once('.') {
            Some((first, rest)) => (first, Some(rest)),
            None => (path, None),
        };
        match (self.aliases.get(first), rest) {
            (Some(full), Some(rest)) => format!("{full}.{rest}"),
            (Some(full), None) => full.clone(),
            (None, _) => path.to_owned(),
        }
    }

    /// The call an expression is (through parentheses, casts, `await`, `?`, and names bound once).
    pub fn call_of(&self, node: Node<'t>) -> Option<&Call<'t>> {
        let mut current = self.follow(node);
        for _ in 0..4 {
            if let Some(index) = self.call_by_node.get(&current.id()) {
                return self.calls.get(*index);
            }
            // Wrappers: take the only named child.
            if current.named_child_count() != 1 {
                return None;
            }
            current = self.follow(current.named_child(0)?);
        }
        None
    }

    /// The bindings of a name that apply where it is used: the ones in the same function before
    /// the use (the latest wins: `x = "AES"; ...; x = "DES"; f(x)` is DES), else the ones outside
    /// every function (fields, module constants). Bindings in other functions never apply, so
    /// `block, err := aes.NewCipher(key)` in both Encrypt and Decrypt is one binding in each.
    pub fn bindings_at(&self, name: &str, at: Node<'t>) -> Vec<Node<'t>> {
        // `this.alg`, `self.alg`, `Constants.ALG` may be bound as the field `alg` / `ALG`; any other
        // dotted name (`config.algorithm`) only as itself.
        let field_like = name.split_once('.').is_some_and(|(head, _)| {
            matches!(head, "this" | "self" | "cls" | "Self")
                || head.starts_with(|c: char| c.is_ascii_uppercase())
        });
        let Some(all) = self.constants.get(name).or_else(|| {
            field_like
                .then(|| self.constants.get(last_segment(name)))
                .flatten()
        }) else {
            return Vec::new();
        };
        let scope = self.enclosing_function(at).map(|n| n.id());
        if scope.is_some() {
            let before = all
                .iter()
                .filter(|b| {
                    self.enclosing_function(**b).map(|n| n.id()) == scope
                        && b.start_byte() < at.start_byte()
                })
                .max_by_key(|b| b.start_byte());
            if let Some(latest) = before {
                return vec![*latest];
            }
        }
        let outside: Vec<Node<'t>> = all
            .iter()
            .filter(|b| self.enclosing_function(**b).is_none())
            .copied()
            .collect();
        if !outside.is_empty() {
            return outside;
        }
        // A field set in one method and used in another (`self.cipher = ...` in `__init__`,
        // `crypto = CRYPTO;` in a setter, `this.md = ...` in a constructor): every binding in the
        // file (resolution then needs them all to agree). Not for a plain name that is a
        // parameter of the function where it is used: the parameter shadows any field.
        if !name.contains('.') && self.is_parameter(name, at) {
            return Vec::new();
        }
        all.clone()
    }

    /// Whether a plain name is a parameter of the function around `at`.
    fn is_parameter(&self, name: &str, at: Node<'t>) -> bool {
        let Some(function) = self.enclosing_function(at) else {
            return false;
        };
        let Some((_, parameters)) = function_signature(function, self.source) else {
            // A lambda or closure: its parameters are not read, so assume the name may be one.
            return true;
        };
        let mut walker = parameters.walk();
        parameters
            .named_children(&mut walker)
            .any(|p| parameter_name(p, self.source) == Some(name))
    }

    /// When `name` is a parameter of the function around `at`, the argument each call of that
    /// function in this file passes for it, with that call; `None` when it is no parameter or
    /// nothing calls it.
    pub fn parameter_arguments(
        &self,
        name: &str,
        at: Node<'t>,
    ) -> Option<Vec<(Node<'t>, Node<'t>)>> {
        if name.contains('.') {
            return None;
        }
        let function = self.enclosing_function(at)?;
        let (function_name, parameters) = function_signature(function, self.source)?;
        let mut walker = parameters.walk();
        let listed: Vec<Node<'t>> = parameters
            .named_children(&mut walker)
            .filter(|n| !n.kind().contains("comment"))
            .collect();
        let mut position = listed
            .iter()
            .position(|p| parameter_name(*p, self.source) == Some(name))?;
        // Python methods: `self`/`cls` is the receiver, not a positional argument.
        if listed
            .first()
            .and_then(|p| parameter_name(*p, self.source))
            .is_some_and(|first| first == "self" || first == "cls")
        {
            position = position.checked_sub(1)?;
        }
        let sites: Vec<(Node<'t>, Node<'t>)> = self
            .calls
            .iter()
            .filter(|c| last_segment(&c.written) == function_name)
            .filter_map(|c| {
                c.arguments
                    .iter()
                    .filter(|a| a.kind() != "keyword_argument")
                    .nth(position)
                    .map(|argument| (*argument, c.node))
            })
            .collect();
        (!sites.is_empty()).then_some(sites)
    }

    /// Follows a name to the expression it is bound to where it is used (see [`Self::bindings_at`]).
    pub fn follow(&self, node: Node<'t>) -> Node<'t> {
        let mut current = node;
        for _ in 0..MAX_RESOLUTION_DEPTH {
            let name = normalise_path(text(current, self.source));
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$')
            {
                break;
            }
            match self.bindings_at(&name, current).as_slice() {
                [single] if single.id() != current.id() => current = *single,
                _ => break,
            }
        }
        current
    }

    /// Whether a written name, used at `at`, is a plain identifier with no binding that applies
    /// there and no import (a function parameter, a global from elsewhere).
    pub fn is_free_name(&self, written: &str, at: Node<'t>) -> bool {
        !written.is_empty()
            && written
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
            && !self.aliases.contains_key(written)
            && self.bindings_at(written, at).is_empty()
    }

    /// Resolves an expression to a value.
    pub fn resolve(&self, node: Node<'t>) -> Value {
        self.steps.set(RESOLUTION_STEPS);
        self.resolve_at(node, 0)
    }

    fn resolve_at(&self, node: Node<'t>, depth: usize) -> Value {
        let written = text(node, self.source);
        let unresolved = || Value::Unresolved(truncate(written.trim(), EXPRESSION_LIMIT));
        // Depth bounds a chain of names; the step budget bounds the fan-out of names bound many
        // times to names bound many times (hostile or generated code), which is exponential.
        let steps = self.steps.get();
        if depth > MAX_RESOLUTION_DEPTH || steps == 0 {
            return unresolved();
        }
        self.steps.set(steps - 1);
        if let Some(index) = self.call_by_node.get(&node.id()) {
            // Calls that only change a string's form keep its value: `String.valueOf(chars)`,
            // `alg.toCharArray()`, `new String(chars)`, `name.trim()`, `str(x)`.
            if let Some(call) = self.calls.get(*index)
                && IDENTITY_CALLS.contains(&last_segment(&call.written))
            {
                if let Some(argument) = call.arguments.first() {
                    return self.resolve_at(*argument, depth + 1);
                }
                if let Some(receiver) = call.receiver()
                    && let [single] = self.bindings_at(receiver, node).as_slice()
                {
                    return self.resolve_at(*single, depth + 1);
                }
            }
            return Value::Call(written.trim().to_owned());
        }
        let kind = node.kind();
        // Wrappers around one expression: parentheses, C# arguments, casts to string.
        if matches!(
            kind,
            "parenthesized_expression" | "argument" | "expression_statement" | "value_argument"
        ) && node.named_child_count() == 1
            && let Some(inner) = node.named_child(0)
        {
            return self.resolve_at(inner, depth + 1);
        }
        // C and C++ casts: `(size_t)2048`, `static_cast<int>(bits)`.
        if kind == "cast_expression"
            && let Some(value) = node.child_by_field_name("value")
        {
            return self.resolve_at(value, depth + 1);
        }
        // A `#define` body: a number, a string, or another name.
        if kind == "preproc_arg" {
            let body = written.trim();
            if let Some(n) = parse_integer(body).filter(|_| {
                body.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '\'')
                    && body.starts_with(|c: char| c.is_ascii_digit())
            }) {
                return Value::Integer(n);
            }
            if body.len() >= 2
                && body.starts_with('"')
                && body.ends_with('"')
                && !body[1..body.len() - 1].contains('"')
            {
                return Value::Text(unescape(&body[1..body.len() - 1]));
            }
            if let [single] = self.bindings_at(body, node).as_slice() {
                return self.resolve_at(*single, depth + 1);
            }
            return unresolved();
        }
        // Type wrappers around a value: TypeScript `x as string`, `x!`, `<T>x`, `x satisfies T`.
        if matches!(
            kind,
            "as_expression" | "satisfies_expression" | "non_null_expression" | "type_assertion"
        ) {
            let inner = if kind == "type_assertion" {
                node.named_child(1)
            } else {
                node.named_child(0)
            };
            if let Some(inner) = inner {
                return self.resolve_at(inner, depth + 1);
            }
        }
        if kind.contains("string") || kind.contains("char_literal") {
            return string_value(node, self, depth).unwrap_or_else(unresolved);
        }
        if kind.contains("integer")
            || kind.contains("number")
            || kind == "decimal_integer_literal"
            || kind == "int_literal"
        {
            return parse_integer(written).map_or_else(unresolved, Value::Integer);
        }
        if kind.contains("binary") {
            // Concatenation of resolvable strings ("AES/" + MODE + "/NoPadding").
            let operator = node
                .child_by_field_name("operator")
                .map(|o| text(o, self.source));
            if let (Some(left), Some(right)) = (
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
            ) && operator.is_none_or(|o| o == "+")
            {
                // Strings concatenate, also with a number ("aes-" + 256 + "-cbc"); numbers add.
                return match (
                    self.resolve_at(left, depth + 1),
                    self.resolve_at(right, depth + 1),
                ) {
                    (Value::Text(a), Value::Text(b)) => Value::Text(a + &b),
                    (Value::Text(a), Value::Integer(b)) => Value::Text(format!("{a}{b}")),
                    (Value::Integer(a), Value::Text(b)) => Value::Text(format!("{a}{b}")),
                    _ => unresolved(),
                };
            }
            return unresolved();
        }
        let name = normalise_path(written);
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$')
        {
            return unresolved();
        }
        // A name bound where it is used (or bound several times to the same text).
        let bindings = self.bindings_at(&name, node);
        // `config.algorithm` with `const config = { algorithm: "HS256" }`: the object's property.
        if bindings.is_empty()
            && let Some((head, path)) = name.split_once('.')
            && let [object] = self.bindings_at(head, node).as_slice()
        {
            let mut current = *object;
            for property in path.split('.') {
                match self.property(current, property) {
                    Some(found) => current = found,
                    None => return unresolved(),
                }
            }
            return self.resolve_at(current, depth + 1);
        }
        if bindings.is_empty()
            && let Some(sites) = self.parameter_arguments(&name, node)
        {
            // A parameter of the enclosing function: the arguments every call in this file passes
            // for it (`encrypt("DES")` for `encrypt(String alg) { Cipher.getInstance(alg) }`), if
            // they all resolve to one value.
            // The sites where the value is written (not passed on from another parameter) are
            // recorded, for the detector to report there too: that is where it was chosen.
            let start = self.sites_used.borrow().len();
            let mut origins = Vec::new();
            let values: Vec<Value> = sites
                .iter()
                .map(|(argument, call)| {
                    let mark = self.sites_used.borrow().len();
                    let value = self.resolve_at(*argument, depth + 1);
                    if self.sites_used.borrow().len() == mark {
                        origins.push(*call);
                    }
                    value
                })
                .collect();
            return match values.first() {
                Some(first)
                    if matches!(first, Value::Text(_) | Value::Integer(_))
                        && values.iter().all(|v| v == first) =>
                {
                    self.sites_used.borrow_mut().extend(origins);
                    first.clone()
                }
                _ => {
                    self.sites_used.borrow_mut().truncate(start);
                    unresolved()
                }
            };
        }
        match bindings.as_slice() {
            [single] if single.id() != node.id() => self.resolve_at(*single, depth + 1),
            many if many.len() > 1 => {
                let values: Vec<Value> = many
                    .iter()
                    .map(|n| self.resolve_at(*n, depth + 1))
                    .collect();
                match values.first() {
                    Some(first) if values.iter().all(|v| v == first) => first.clone(),
                    _ => unresolved(),
                }
            }
            _ => unresolved(),
        }
    }

    /// The value of a property (option key, keyword argument) inside a node, searched breadth-first a
    /// few levels deep.
    pub fn property(&self, node: Node<'t>, property: &str) -> Option<Node<'t>> {
        let mut level = vec![node];
        for _ in 0..4 {
            let mut next = Vec::new();
            for candidate in level {
                // Object pairs (`key`), keyword arguments (`name`), Rust struct fields (`field`).
                let key = candidate
                    .child_by_field_name("key")
                    .or_else(|| candidate.child_by_field_name("name"))
                    .or_else(|| candidate.child_by_field_name("field"));
                // `{ iterations }`: the name is the key and the value.
                if candidate.kind() == "shorthand_property_identifier"
                    && text(candidate, self.source).trim() == property
                {
                    return Some(candidate);
                }
                if let (Some(key), Some(value)) = (key, candidate.child_by_field_name("value")) {
                    let key_text = text(key, self.source).trim().trim_matches(['"', '\'', '`']);
                    if key_text == property {
                        return Some(value);
                    }
                }
                let mut walker = candidate.walk();
                next.extend(candidate.named_children(&mut walker));
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        None
    }
}

/// Calls whose result is their argument's (or receiver's) text in another form.
const IDENTITY_CALLS: &[&str] = &[
    "valueOf",
    "copyValueOf",
    "toCharArray",
    "toString",
    "trim",
    "strip",
    "toUpperCase",
    "toLowerCase",
    "upper",
    "lower",
    "String",
    "str",
    "intern",
];

/// Node kinds that open a function scope, across the nine grammars.
const FUNCTION_KINDS: &[&str] = &[
    "function_definition",
    "function_declaration",
    "function_item",
    "function_expression",
    "function",
    "generator_function",
    "generator_function_declaration",
    "method_declaration",
    "method_definition",
    "constructor_declaration",
    "local_function_statement",
    "anonymous_method_expression",
    "lambda",
    "lambda_expression",
    "arrow_function",
    "closure_expression",
    "func_literal",
];

/// A function's name and parameter list, across the grammars (C keeps both in its declarator).
fn function_signature<'t>(function: Node<'t>, source: &[u8]) -> Option<(String, Node<'t>)> {
    if let (Some(name), Some(parameters)) = (
        function.child_by_field_name("name"),
        function.child_by_field_name("parameters"),
    ) {
        return Some((text(name, source).to_owned(), parameters));
    }
    // C and C++: function_definition -> declarator (function_declarator) -> declarator + parameters.
    let mut declarator = function.child_by_field_name("declarator")?;
    for _ in 0..4 {
        if declarator.kind() == "function_declarator" {
            let name = declarator.child_by_field_name("declarator")?;
            let parameters = declarator.child_by_field_name("parameters")?;
            return Some((
                last_segment(&normalise_path(text(name, source))).to_owned(),
                parameters,
            ));
        }
        declarator = declarator.child_by_field_name("declarator")?;
    }
    None
}

/// The name a parameter declares: the node itself when it is an identifier, else its `name` or
/// `pattern` field, else (C) the identifier at the end of its declarator chain, else (Python's typed
/// parameters) its first identifier.
fn parameter_name<'s>(parameter: Node<'_>, source: &'s [u8]) -> Option<&'s str> {
    if parameter.kind() == "identifier" {
        return Some(text(parameter, source).trim());
    }
    if let Some(name) = parameter
        .child_by_field_name("name")
        .or_else(|| parameter.child_by_field_name("pattern"))
        .filter(|n| n.kind().contains("identifier"))
    {
        return Some(text(name, source).trim());
    }
    let mut declarator = parameter.child_by_field_name("declarator");
    for _ in 0..4 {
        match declarator {
            Some(node) if node.kind() == "identifier" => return Some(text(node, source).trim()),
            Some(node) => declarator = node.child_by_field_name("declarator"),
            None => break,
        }
    }
    let mut walker = parameter.walk();
    let first = parameter.named_children(&mut walker).next()?;
    (first.kind() == "identifier").then(|| text(first, source).trim())
}

/// The name an import is known by when it gives none: the last segment, or for a path with `/`
/// the package name Go assumes (gopls' heuristic): a `vN` major-version element names the one
/// before it, a `go-` prefix is dropped, and the name stops at the first character that cannot be
/// in an identifier (`math/rand/v2` is `rand`, `gopkg.in/yaml.v3` is `yaml`, `jwt-go` is `jwt`).
fn default_local_name(path: &str) -> String {
    if !path.contains('/') {
        return path.rsplit('.').next().unwrap_or(path).to_owned();
    }
    let elements: Vec<&str> = path.split('/').filter(|e| !e.is_empty()).collect();
    let mut name = elements.last().copied().unwrap_or(path);
    let is_version =
        |e: &str| e.len() > 1 && e.starts_with('v') && e[1..].chars().all(|c| c.is_ascii_digit());
    if is_version(name) && elements.len() > 1 {
        name = elements[elements.len() - 2];
    }
    let name = name.strip_prefix("go-").unwrap_or(name);
    name.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The argument expressions of an argument list (comments and punctuation left out).
fn argument_nodes(list: Node<'_>) -> Vec<Node<'_>> {
    let mut walker = list.walk();
    list.named_children(&mut walker)
        .filter(|n| !n.kind().contains("comment"))
        .collect()
}

/// Parses an integer literal: decimal or hex, with `_` separators and type suffixes.
pub fn parse_integer(written: &str) -> Option<i128> {
    let cleaned: String = written
        .trim()
        .chars()
        .filter(|c| *c != '_' && *c != '\'')
        .collect();
    let lower = cleaned.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        let digits: String = hex.chars().take_while(char::is_ascii_hexdigit).collect();
        return i128::from_str_radix(&digits, 16).ok();
    }
    let digits: String = lower.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let mantissa: i128 = digits.parse().ok()?;
    // `1e5` (JavaScript, Python floats used as counts): an exponent with an integral result.
    if let Some(exponent) = lower
        .get(digits.len()..)
        .and_then(|rest| rest.strip_prefix('e'))
    {
        let exponent: u32 = exponent.parse().ok().filter(|e| *e <= 30)?;
        return mantissa.checked_mul(10i128.checked_pow(exponent)?);
    }
    Some(mantissa)
}

/// The value of a string literal node: quotes and prefixes removed, simple escapes undone; literal
/// pieces (C's "a" "b", Python's implicit concatenation) joined; interpolated strings unresolved.
fn string_value<'t>(node: Node<'t>, facts: &Facts<'t>, depth: usize) -> Option<Value> {
    if depth > MAX_RESOLUTION_DEPTH {
        return None;
    }
    let source = facts.source;
    let mut walker = node.walk();
    let children: Vec<Node<'t>> = node.named_children(&mut walker).collect();
    if children
        .iter()
        .any(|c| c.kind().contains("interpolation") || c.kind().contains("substitution"))
    {
        return interpolated(&children, facts, depth);
    }
    // Concatenated literals: every named child is itself a string.
    if children.len() > 1
        && children.iter().all(|c| {
            c.kind().contains("string")
                && !c.kind().contains("content")
                && !c.kind().contains("fragment")
        })
    {
        let mut joined = String::new();
        for child in children {
            match string_value(child, facts, depth + 1)? {
                Value::Text(part) => joined.push_str(&part),
                _ => return None,
            }
        }
        return Some(Value::Text(joined));
    }
    let raw = text(node, source).trim();
    // Prefixes: b"", r"", f"" (already rejected above if interpolating), u8"", L"", @"", $"".
    let body = raw.trim_start_matches(|c: char| {
        c.is_ascii_alphanumeric() || c == '@' || c == '$' || c == '#'
    });
    let body = body.trim_end_matches('#');
    let quote = body.chars().next()?;
    if !matches!(quote, '"' | '\'' | '`') {
        return None;
    }
    let triple: String = std::iter::repeat_n(quote, 3).collect();
    let inner = if body.len() >= 6 && body.starts_with(&triple) && body.ends_with(&triple) {
        body.get(3..body.len() - 3)?
    } else {
        body.get(1..body.len().checked_sub(1)?)?
    };
    Some(Value::Text(unescape(inner)))
}

/// An interpolated string (`` `aes-${bits}-gcm` ``, `f"aes-{bits}-gcm"`) whose every substitution
/// resolves to a string or a number; `None` otherwise.
fn interpolated<'t>(children: &[Node<'t>], facts: &Facts<'t>, depth: usize) -> Option<Value> {
    let mut joined = String::new();
    for child in children {
        let kind = child.kind();
        if kind.contains("interpolation") || kind.contains("substitution") {
            let mut walker = child.walk();
            let mut inner = child
                .named_children(&mut walker)
                .filter(|n| !n.kind().contains("comment"));
            let expression = inner.next()?;
            if inner.next().is_some() {
                // A format specifier or conversion (`{x:08}`, `{x!r}`): not a plain value.
                return None;
            }
            match facts.resolve_at(expression, depth + 1) {
                Value::Text(part) => joined.push_str(&part),
                Value::Integer(n) => joined.push_str(&n.to_string()),
                _ => return None,
            }
        } else if kind.contains("content") || kind.contains("fragment") || kind.contains("escape") {
            joined.push_str(&unescape(text(*child, facts.source)));
        } else if kind != "string_start" && kind != "string_end" {
            return None;
        }
    }
    Some(Value::Text(joined))
}

/// Undoes the common escapes.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalised() {
        assert_eq!(normalise_path("new  Cipher"), "Cipher");
        assert_eq!(normalise_path("Aes256Gcm::new"), "Aes256Gcm.new");
        assert_eq!(
            normalise_path("HashMap<String, Vec<u8>>::new"),
            "HashMap.new"
        );
        assert_eq!(normalise_path("ctx->method"), "ctx.method");
        assert_eq!(normalise_path("vec!"), "vec");
        assert_eq!(normalise_module("'node:crypto'"), "crypto");
        assert_eq!(default_local_name("math/rand/v2"), "rand");
        assert_eq!(default_local_name("gopkg.in/yaml.v3"), "yaml");
        assert_eq!(default_local_name("github.com/dgrijalva/jwt-go"), "jwt");
        assert_eq!(default_local_name("gopkg.in/square/go-jose.v2"), "jose");
        assert_eq!(default_local_name("crypto/aes"), "aes");
        assert_eq!(default_local_name("javax.crypto.Cipher"), "Cipher");
    }

    #[test]
    fn integers_parse_with_suffixes_and_separators() {
        assert_eq!(parse_integer("2048"), Some(2048));
        assert_eq!(parse_integer("2_048L"), Some(2048));
        assert_eq!(parse_integer("0x10001"), Some(65537));
        assert_eq!(parse_integer("1024u32"), Some(1024));
        assert_eq!(parse_integer("size"), None);
        assert_eq!(parse_integer("1e5"), Some(100_000));
        assert_eq!(parse_integer("100_000"), Some(100_000));
    }

    #[test]
    fn escapes_are_undone() {
        assert_eq!(unescape(r"a\/b\n"), "a/b\n");
    }
}
