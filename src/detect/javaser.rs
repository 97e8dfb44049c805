//! Just enough of Java object serialization to read the sealed objects JCEKS keystores store their
//! secret keys in (`SealedObjectForKeyProtector`, and once unsealed, `SecretKeySpec`).
//!
//! The reader follows the stream grammar of the Java Object Serialization Specification (section 6.4):
//! objects with their class descriptions (superclasses first), strings, arrays, references back to
//! earlier handles, block data and null. It returns each object's named fields that are strings or
//! byte arrays (enough for `algorithm`, `key`, `paramsAlg`, `encodedParams`, `encryptedContent`) and
//! how many bytes the object took, so the keystore reader can step past it. Depth and sizes are
//! bounded; anything unexpected ends the read with `None`.

use std::rc::Rc;

/// Stream magic and version.
const STREAM_HEADER: [u8; 4] = [0xac, 0xed, 0x00, 0x05];
const TC_NULL: u8 = 0x70;
const TC_REFERENCE: u8 = 0x71;
const TC_CLASSDESC: u8 = 0x72;
const TC_OBJECT: u8 = 0x73;
const TC_STRING: u8 = 0x74;
const TC_ARRAY: u8 = 0x75;
const TC_BLOCKDATA: u8 = 0x77;
const TC_ENDBLOCKDATA: u8 = 0x78;
const TC_LONGSTRING: u8 = 0x7c;
const TC_BLOCKDATALONG: u8 = 0x7a;
const BASE_HANDLE: u32 = 0x7e_0000;
const SC_WRITE_METHOD: u8 = 0x01;
const SC_BLOCK_DATA: u8 = 0x08;
const SC_EXTERNALIZABLE: u8 = 0x04;
const MAX_DEPTH: usize = 16;

/// A deserialised value, reduced to what keystore reading needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `null`, a primitive, or anything not kept.
    Other,
    /// A string.
    Text(String),
    /// A `byte[]`.
    Bytes(Vec<u8>),
    /// An object: its string and byte-array fields by name, superclass fields first.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// A field of an object.
    pub fn field(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The bytes, if this is a byte array.
    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }
}

#[derive(Debug)]
struct Field {
    type_code: u8,
    name: String,
}

#[derive(Debug)]
struct ClassDesc {
    name: String,
    flags: u8,
    fields: Vec<Field>,
    superclass: Option<Rc<ClassDesc>>,
}

#[derive(Debug, Clone)]
enum Handle {
    Class(Rc<ClassDesc>),
    Value(Value),
}

struct Reader<'a> {
    data: &'a [u8],
    position: usize,
    handles: Vec<Handle>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.position.checked_add(n)?;
        let bytes = self.data.get(self.position..end)?;
        self.position = end;
        Some(bytes)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1)?.first().copied()
    }

    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_be_bytes(self.take(2)?.try_into().ok()?))
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_be_bytes(self.take(4)?.try_into().ok()?))
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.position).copied()
    }

    /// Modified UTF-8 with a 2-byte length (read as UTF-8, lossily).
    fn utf(&mut self) -> Option<String> {
        let len = usize::from(self.u16()?);
        Some(String::from_utf8_lossy(self.take(len)?).into_owned())
    }

    fn handle(&self, number: u32) -> Option<&Handle> {
        self.handles
            .get(usize::try_from(number.checked_sub(BASE_HANDLE)?).ok()?)
    }

    fn class_desc(&mut self, depth: usize) -> Option<Option<Rc<ClassDesc>>> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.u8()? {
            TC_NULL => Some(None),
            TC_REFERENCE => {
                let number = self.u32()?;
                match self.handle(number)? {
                    Handle::Class(class) => Some(Some(Rc::clone(class))),
                    Handle::Value(_) => None,
                }
            }
            TC_CLASSDESC => {
                let name = self.utf()?;
                let _serial_version_uid = self.take(8)?;
                let slot = self.handles.len();
                self.handles.push(Handle::Value(Value::Other));
                let flags = self.u8()?;
                let count = self.u16()?;
                let mut fields = Vec::new();
                for _ in 0..count {
                    let type_code = self.u8()?;
                    let name = self.utf()?;
                    if matches!(type_code, b'[' | b'L') {
                        // The field's class name, a string or a reference to one.
                        self.content(depth + 1)?;
                    }
                    fields.push(Field { type_code, name });
                }
                self.skip_annotations(depth + 1)?;
                let superclass = self.class_desc(depth + 1)?;
                let class = Rc::new(ClassDesc {
                    name,
                    flags,
                    fields,
                    superclass,
                });
                if let Some(handle) = self.handles.get_mut(slot) {
                    *handle = Handle::Class(Rc::clone(&class));
                }
                Some(Some(class))
            }
            _ => None,
        }
    }

    /// Skips block data and objects up to and including `TC_ENDBLOCKDATA`.
    fn skip_annotations(&mut self, depth: usize) -> Option<()> {
        loop {
            match self.peek()? {
                TC_ENDBLOCKDATA => {
                    self.u8()?;
                    return Some(());
                }
                TC_BLOCKDATA => {
                    self.u8()?;
                    let len = usize::from(self.u8()?);
                    self.take(len)?;
                }
                TC_BLOCKDATALONG => {
                    self.u8()?;
                    let len = usize::try_from(self.u32()?).ok()?;
                    self.take(len)?;
                }
                _ => {
                    self.content(depth + 1)?;
                }
            }
        }
    }

    fn content(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            TC_NULL => {
                self.u8()?;
                Some(Value::Other)
            }
            TC_REFERENCE => {
                self.u8()?;
                let number = self.u32()?;
                match self.handle(number)? {
                    Handle::Value(value) => Some(value.clone()),
                    Handle::Class(_) => Some(Value::Other),
                }
            }
            TC_STRING => {
                self.u8()?;
                let text = self.utf()?;
                self.handles.push(Handle::Value(Value::Text(text.clone())));
                Some(Value::Text(text))
            }
            TC_LONGSTRING => {
                self.u8()?;
                let len =
                    usize::try_from(u64::from_be_bytes(self.take(8)?.try_into().ok()?)).ok()?;
                let text = String::from_utf8_lossy(self.take(len)?).into_owned();
                self.handles.push(Handle::Value(Value::Text(text.clone())));
                Some(Value::Text(text))
            }
            TC_CLASSDESC => {
                self.class_desc(depth + 1)?;
                Some(Value::Other)
            }
            TC_ARRAY => {
                self.u8()?;
                let class = self.class_desc(depth + 1)??;
                let slot = self.handles.len();
                self.handles.push(Handle::Value(Value::Other));
                let length = usize::try_from(self.u32()?).ok()?;
                let element = class.name.as_bytes().get(1).copied()?;
                let value = match element {
                    b'B' => Value::Bytes(self.take(length)?.to_vec()),
                    b'Z' => skip(self, length, 1)?,
                    b'C' | b'S' => skip(self, length, 2)?,
                    b'I' | b'F' => skip(self, length, 4)?,
                    b'J' | b'D' => skip(self, length, 8)?,
                    b'L' | b'[' => {
                        for _ in 0..length {
                            self.content(depth + 1)?;
                        }
                        Value::Other
                    }
                    _ => return None,
                };
                if let Some(handle) = self.handles.get_mut(slot) {
                    *handle = Handle::Value(value.clone());
                }
                Some(value)
            }
            TC_OBJECT => {
                self.u8()?;
                let class = self.class_desc(depth + 1)??;
                let slot = self.handles.len();
                self.handles.push(Handle::Value(Value::Other));
                // Class data, superclass first.
                let mut chain = Vec::new();
                let mut next = Some(Rc::clone(&class));
                while let Some(c) = next {
                    if chain.len() > MAX_DEPTH {
                        return None;
                    }
                    next = c.superclass.clone();
                    chain.push(c);
                }
                let mut fields = Vec::new();
                for c in chain.iter().rev() {
                    if c.flags & SC_EXTERNALIZABLE != 0 {
                        if c.flags & SC_BLOCK_DATA == 0 {
                            return None;
                        }
                        self.skip_annotations(depth + 1)?;
                        continue;
                    }
                    for field in &c.fields {
                        let value = match field.type_code {
                            b'B' | b'Z' => skip(self, 1, 1)?,
                            b'C' | b'S' => skip(self, 1, 2)?,
                            b'I' | b'F' => skip(self, 1, 4)?,
                            b'J' | b'D' => skip(self, 1, 8)?,
                            b'[' | b'L' => self.content(depth + 1)?,
                            _ => return None,
                        };
                        fields.push((field.name.clone(), value));
                    }
                    if c.flags & SC_WRITE_METHOD != 0 {
                        self.skip_annotations(depth + 1)?;
                    }
                }
                let value = Value::Object(fields);
                if let Some(handle) = self.handles.get_mut(slot) {
                    *handle = Handle::Value(value.clone());
                }
                Some(value)
            }
            _ => None,
        }
    }
}

fn skip(reader: &mut Reader<'_>, count: usize, size: usize) -> Option<Value> {
    reader.take(count.checked_mul(size)?)?;
    Some(Value::Other)
}

/// Reads one serialised object from the start of `bytes` (stream header included); returns it and
/// the number of bytes it took.
pub fn read_object(bytes: &[u8]) -> Option<(Value, usize)> {
    if bytes.get(..4)? != STREAM_HEADER {
        return None;
    }
    let mut reader = Reader {
        data: bytes,
        position: 4,
        handles: Vec::new(),
    };
    let value = reader.content(0)?;
    Some((value, reader.position))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `new javax.crypto.spec.SecretKeySpec(new byte[16], "AES")` as Java 17's ObjectOutputStream
    /// writes it.
    const SECRET_KEY_SPEC: &str = "aced00057372001f6a617661782e63727970746f2e737065632e5365637265744b6579537065635b470b66e230614d0200024c0009616c676f726974686d7400124c6a6176612f6c616e672f537472696e673b5b00036b65797400025b427870740003414553757200025b42acf317f8060854e002000078700000001000000000000000000000000000000000";

    #[test]
    fn reads_a_secret_key_spec() {
        let bytes = hex::decode(SECRET_KEY_SPEC).unwrap_or_default();
        let (value, used) = read_object(&bytes).unwrap_or_else(|| panic!("parse"));
        assert_eq!(used, bytes.len());
        assert_eq!(value.field("algorithm").and_then(Value::text), Some("AES"));
        assert_eq!(
            value.field("key").and_then(Value::bytes).map(<[u8]>::len),
            Some(16)
        );
    }

    #[test]
    fn truncated_streams_give_nothing() {
        let bytes = hex::decode(SECRET_KEY_SPEC).unwrap_or_default();
        for cut in 0..bytes.len() {
            assert!(read_object(&bytes[..cut]).is_none(), "cut at {cut}");
        }
    }
}
