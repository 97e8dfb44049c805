//! ELF, PE and Mach-O files read with the `object` crate (lazily, zero-copy): the libraries a file
//! links, the name it is linked as itself, and its imported and defined symbols. Fat Mach-O files
//! are read slice by slice.
//!
//! Offsets are those of the name strings in the file (the `DT_NEEDED` string in `.dynstr`, a PE
//! import's DLL name, a symbol's name in its string table), so a reader can find the evidence with
//! a hex editor.

use object::read::elf::{ElfFile, FileHeader, SectionHeader};
use object::read::macho::{
    FatArch, LoadCommandVariant, MachHeader, MachOFatFile32, MachOFatFile64,
};
use object::read::pe::{ImageNtHeaders, PeFile};
use object::{Endianness, NameOrOrdinal, Object, ObjectSymbol, elf};

/// How a library is linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// ELF `DT_NEEDED`.
    Needed,
    /// PE import table.
    Import,
    /// PE delay-load import table.
    DelayImport,
    /// Mach-O `LC_LOAD_DYLIB` (and weak, re-export, lazy, upward variants).
    LoadDylib,
    /// An ELF `.note.dlopen` entry: a library the program loads at run time with `dlopen`, declared
    /// in the freedesktop.org format systemd uses.
    DlopenNote,
}

impl LinkKind {
    /// How the evidence is named in output.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Needed => "DT_NEEDED",
            LinkKind::Import => "PE import",
            LinkKind::DelayImport => "PE delay-load import",
            LinkKind::LoadDylib => "LC_LOAD_DYLIB",
            LinkKind::DlopenNote => "ELF dlopen note (loaded at run time)",
        }
    }
}

/// A library the file links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    /// The name as written (a SONAME, a DLL name, an install name).
    pub name: String,
    /// Offset of the name in the file.
    pub offset: Option<usize>,
    /// How it is linked.
    pub kind: LinkKind,
    /// What the file says about the link (a dlopen note's feature and priority).
    pub note: Option<String>,
}

impl Linked {
    /// A library linked by a name borrowed from the file's bytes.
    fn at(data: &[u8], name: &[u8], kind: LinkKind) -> Linked {
        Linked {
            name: text(name),
            offset: offset_in(data, name),
            kind,
            note: None,
        }
    }

    /// The name's last path component (Mach-O install names are paths).
    pub fn basename(&self) -> &str {
        self.name.rsplit('/').next().unwrap_or(&self.name)
    }
}

/// A symbol name of interest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name (Mach-O's leading underscore removed).
    pub name: String,
    /// Offset of the name in the file.
    pub offset: Option<usize>,
    /// The library it is imported from, when the format says.
    pub library: Option<String>,
}

/// What a native binary says about its linking.
#[derive(Clone, Debug, Default)]
pub struct NativeFacts {
    /// `ELF`, `PE`, `Mach-O` or `Mach-O universal`.
    pub format: &'static str,
    /// The name the file is linked as itself (ELF `DT_SONAME`, Mach-O `LC_ID_DYLIB`, PE export name).
    pub own_name: Option<(String, Option<usize>)>,
    /// Libraries it links.
    pub linked: Vec<Linked>,
    /// Imported (undefined) symbols.
    pub imports: Vec<Symbol>,
    /// Exported symbols (what the file offers to others).
    pub exports: Vec<Symbol>,
    /// Other defined symbols, from the static symbol table when it was not stripped.
    pub locals: Vec<Symbol>,
    /// Problems met while reading (the parts that could be read are kept).
    pub problems: Vec<String>,
}

/// Most symbols taken from one file (a defence against lying headers).
const MAX_SYMBOLS: usize = 1_000_000;

/// Where a slice borrowed from `data` starts in it.
fn offset_in(data: &[u8], part: &[u8]) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(data.as_ptr() as usize)?;
    (start.checked_add(part.len())? <= data.len()).then_some(start)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Reads a native binary (the sniffed kinds ELF, PE, Mach-O and fat Mach-O).
pub fn read(data: &[u8]) -> Result<NativeFacts, String> {
    if data.starts_with(b"\xca\xfe\xba\xbe") || data.starts_with(b"\xca\xfe\xba\xbf") {
        return read_fat(data);
    }
    let file = object::File::parse(data).map_err(|e| e.to_string())?;
    let mut facts = NativeFacts::default();
    read_file(data, &file, &mut facts);
    Ok(facts)
}

fn read_fat(data: &[u8]) -> Result<NativeFacts, String> {
    let slices: Vec<&[u8]> = if data.starts_with(b"\xca\xfe\xba\xbe") {
        let fat = MachOFatFile32::parse(data).map_err(|e| e.to_string())?;
        fat.arches()
            .iter()
            .filter_map(|a| a.data(data).ok())
            .collect()
    } else {
        let fat = MachOFatFile64::parse(data).map_err(|e| e.to_string())?;
        fat.arches()
            .iter()
            .filter_map(|a| a.data(data).ok())
            .collect()
    };
    let mut facts = NativeFacts::default();
    for slice in slices {
        match object::File::parse(slice) {
            Ok(file) => read_file(data, &file, &mut facts),
            Err(e) => facts
                .problems
                .push(format!("a fat slice does not parse: {e}")),
        }
    }
    facts.format = "Mach-O universal";
    dedup(&mut facts);
    Ok(facts)
}

fn dedup(facts: &mut NativeFacts) {
    let mut seen = std::collections::HashSet::new();
    facts
        .linked
        .retain(|l| seen.insert((l.name.clone(), l.kind as u8)));
    let mut seen = std::collections::HashSet::new();
    facts.imports.retain(|s| seen.insert(s.name.clone()));
    let mut seen = std::collections::HashSet::new();
    facts.exports.retain(|s| seen.insert(s.name.clone()));
    facts
        .locals
        .retain(|s| !seen.contains(&s.name) && seen.insert(s.name.clone()));
}

fn read_file(data: &[u8], file: &object::File<'_>, facts: &mut NativeFacts) {
    match file {
        object::File::Elf32(elf) => read_elf(data, elf, facts),
        object::File::Elf64(elf) => read_elf(data, elf, facts),
        object::File::Pe32(pe) => read_pe(data, pe, facts),
        object::File::Pe64(pe) => read_pe(data, pe, facts),
        object::File::MachO32(macho) => read_macho(data, macho, facts),
        object::File::MachO64(macho) => read_macho(data, macho, facts),
        _ => facts.problems.push("not an executable format".to_owned()),
    }
    read_symbols(data, file, facts);
}

fn read_elf<Elf: FileHeader<Endian = Endianness>>(
    data: &[u8],
    file: &ElfFile<'_, Elf>,
    facts: &mut NativeFacts,
) {
    facts.format = "ELF";
    read_dlopen_notes(data, file, facts);
    let table = match file.elf_dynamic_table() {
        Ok(table) => table,
        Err(e) => {
            facts.problems.push(format!("dynamic table: {e}"));
            return;
        }
    };
    for entry in table.iter() {
        if entry.tag != elf::DT_NEEDED && entry.tag != elf::DT_SONAME {
            continue;
        }
        let Ok(name) = table.string(entry) else {
            facts
                .problems
                .push("a dynamic entry names no string".to_owned());
            continue;
        };
        if entry.tag == elf::DT_SONAME {
            facts.own_name = Some((text(name), offset_in(data, name)));
        } else {
            facts.linked.push(Linked::at(data, name, LinkKind::Needed));
        }
    }
}

/// The note type of freedesktop.org dlopen metadata (name `FDO`).
const NT_FDO_DLOPEN_METADATA: u32 = 0x407c_0c0a;

/// One entry of a dlopen note's JSON.
#[derive(serde::Deserialize)]
struct DlopenEntry {
    #[serde(default)]
    feature: Option<String>,
    #[serde(default)]
    priority: Option<String>,
    #[serde(default)]
    soname: Vec<String>,
}

/// The libraries an ELF file's dlopen notes declare.
fn read_dlopen_notes<Elf: FileHeader<Endian = Endianness>>(
    data: &[u8],
    file: &ElfFile<'_, Elf>,
    facts: &mut NativeFacts,
) {
    let endian = file.endian();
    for header in file.elf_section_table().iter() {
        let Ok(Some(mut notes)) = header.notes(endian, data) else {
            continue;
        };
        while let Ok(Some(note)) = notes.next() {
            if note.name() != b"FDO" || note.n_type(endian).0 != NT_FDO_DLOPEN_METADATA {
                continue;
            }
            let desc = note.desc();
            let text = desc.split(|b| *b == 0).next().unwrap_or_default();
            let Ok(entries) = serde_json::from_slice::<Vec<DlopenEntry>>(text) else {
                facts
                    .problems
                    .push("a dlopen note is not the documented JSON".to_owned());
                continue;
            };
            for entry in entries {
                let note = format!(
                    "feature {}, priority {}",
                    entry.feature.as_deref().unwrap_or("unnamed"),
                    entry.priority.as_deref().unwrap_or("unstated")
                );
                for soname in entry.soname {
                    let offset = memchr::memmem::find(desc, soname.as_bytes())
                        .and_then(|at| offset_in(data, desc).map(|base| base + at));
                    facts.linked.push(Linked {
                        name: soname,
                        offset,
                        kind: LinkKind::DlopenNote,
                        note: Some(note.clone()),
                    });
                }
            }
        }
    }
}

fn read_pe<Pe: ImageNtHeaders>(data: &[u8], file: &PeFile<'_, Pe>, facts: &mut NativeFacts) {
    facts.format = "PE";
    // The DLL names of the delay-load table, then of the import table.
    let mut delayed: Vec<&[u8]> = Vec::new();
    match file.delay_load_import_table() {
        Ok(Some(table)) => {
            if let Ok(mut descriptors) = table.descriptors() {
                while let Ok(Some(descriptor)) = descriptors.next() {
                    delayed.extend(table.name(descriptor.dll_name_rva.get(object::LittleEndian)));
                }
            }
        }
        Ok(None) => {}
        Err(e) => facts.problems.push(format!("delay-load imports: {e}")),
    }
    let mut imported: Vec<&[u8]> = Vec::new();
    match file.import_table() {
        Ok(Some(table)) => {
            if let Ok(mut descriptors) = table.descriptors() {
                while let Ok(Some(descriptor)) = descriptors.next() {
                    imported.extend(table.name(descriptor.name.get(object::LittleEndian)));
                }
            }
        }
        Ok(None) => {}
        Err(e) => facts.problems.push(format!("imports: {e}")),
    }
    for (names, kind) in [
        (delayed, LinkKind::DelayImport),
        (imported, LinkKind::Import),
    ] {
        for name in names {
            facts.linked.push(Linked::at(data, name, kind));
        }
    }
    if let Ok(Some(exports)) = file.export_table()
        && let Ok(name) =
            exports.name_from_pointer(exports.directory().name.get(object::LittleEndian))
    {
        facts.own_name = Some((text(name), offset_in(data, name)));
    }
}

fn read_macho<Mach: MachHeader<Endian = Endianness>>(
    data: &[u8],
    file: &object::read::macho::MachOFile<'_, Mach>,
    facts: &mut NativeFacts,
) {
    facts.format = "Mach-O";
    let endian = file.endian();
    let mut commands = match file.macho_load_commands() {
        Ok(commands) => commands,
        Err(e) => {
            facts.problems.push(format!("load commands: {e}"));
            return;
        }
    };
    while let Ok(Some(command)) = commands.next() {
        match command.variant() {
            Ok(LoadCommandVariant::Dylib(dylib)) => {
                if let Ok(name) = command.string(endian, dylib.dylib.name) {
                    facts
                        .linked
                        .push(Linked::at(data, name, LinkKind::LoadDylib));
                }
            }
            Ok(LoadCommandVariant::IdDylib(dylib)) => {
                if let Ok(name) = command.string(endian, dylib.dylib.name) {
                    facts.own_name = Some((text(name), offset_in(data, name)));
                }
            }
            _ => {}
        }
    }
}

fn read_symbols(data: &[u8], file: &object::File<'_>, facts: &mut NativeFacts) {
    let macho = matches!(file, object::File::MachO32(_) | object::File::MachO64(_));
    let clean = |name: &[u8]| -> String {
        let name = if macho {
            name.strip_prefix(b"_").unwrap_or(name)
        } else {
            name
        };
        text(name)
    };
    match file.imports() {
        Ok(imports) => {
            for import in imports.take(MAX_SYMBOLS).flatten() {
                if let NameOrOrdinal::Name(name) = import.name() {
                    let library = import.library();
                    facts.imports.push(Symbol {
                        name: clean(name),
                        offset: offset_in(data, name),
                        library: (!library.is_empty()).then(|| text(library)),
                    });
                }
            }
        }
        Err(e) => facts.problems.push(format!("imports: {e}")),
    }
    match file.exports() {
        Ok(exports) => {
            for export in exports.take(MAX_SYMBOLS).flatten() {
                if let NameOrOrdinal::Name(name) = export.name() {
                    facts.exports.push(Symbol {
                        name: clean(name),
                        offset: offset_in(data, name),
                        library: None,
                    });
                }
            }
        }
        Err(e) => facts.problems.push(format!("exports: {e}")),
    }
    // The static symbol table, when not stripped: functions of a statically linked library.
    for symbol in file.symbols().take(MAX_SYMBOLS) {
        if !symbol.is_definition() {
            continue;
        }
        if let Ok(name) = symbol.name_bytes()
            && !name.is_empty()
        {
            facts.locals.push(Symbol {
                name: clean(name),
                offset: offset_in(data, name),
                library: None,
            });
        }
    }
    // ELF imports from `imports()` are the undefined dynamic symbols; Mach-O and PE give the
    // library too. Keep each name once.
    let mut seen = std::collections::HashSet::new();
    facts.imports.retain(|s| seen.insert(s.name.clone()));
    let mut seen = std::collections::HashSet::new();
    facts.exports.retain(|s| seen.insert(s.name.clone()));
    facts
        .locals
        .retain(|s| !seen.contains(&s.name) && seen.insert(s.name.clone()));
}
