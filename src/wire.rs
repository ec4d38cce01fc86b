//! A compact binary form for what one WebAssembly instance hands another.
//!
//! The page reads a large folder in two workers, each with its own
//! instance of the engine (there are no shared-memory threads in a page
//! opened from disk): the second reads and analyses the later files and
//! hands its part of the corpus and its unmerged analysis to the first
//! (see [`crate::load::Loader::hand_over_step`]). Both instances are the same
//! build, so the form only has to be compact, quick and safe to read:
//! every type lists its fields in order ([`wire_struct!`]: adding a field
//! without listing it does not compile), integers are LEB128 varints,
//! strings are checked UTF-8, and damaged or cut input is an error, never
//! a panic, while it is read (what the values mean, such as an index into
//! another list, is left to the reader of the value).

use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::hash::Hash;
use std::sync::Arc;

/// Why bytes could not be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn error<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!(
        "the handed-over analysis is damaged: {what}"
    )))
}

/// Bytes being read, front to back.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    /// True once every byte was read.
    pub(crate) fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn take_bytes(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if n > self.bytes.len() {
            return error("it ends early");
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, Error> {
        Ok(self.take_bytes(1)?[0])
    }

    fn varint(&mut self) -> Result<u64, Error> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        error("a number is too long")
    }

    /// A length of items that each take at least one byte: never more than
    /// the bytes left, so that damaged input cannot ask for a huge buffer.
    fn len(&mut self) -> Result<usize, Error> {
        let n = self.varint()?;
        match usize::try_from(n) {
            Ok(n) if n <= self.bytes.len() => Ok(n),
            _ => error("a length runs past the end"),
        }
    }
}

fn put_varint(mut v: u64, out: &mut Vec<u8>) {
    if v < 0x80 {
        out.push(v as u8);
        return;
    }
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A value that can be written to bytes and read back equal.
pub(crate) trait Wire: Sized {
    /// Appends the value to `out`.
    fn put(&self, out: &mut Vec<u8>);
    /// Reads a value written by [`Wire::put`].
    fn take(r: &mut Reader<'_>) -> Result<Self, Error>;
}

/// The bytes of `value`.
#[cfg(test)]
fn to_bytes<T: Wire>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.put(&mut out);
    out
}

/// A value read from all of `bytes`.
#[cfg(test)]
fn from_bytes<T: Wire>(bytes: &[u8]) -> Result<T, Error> {
    let mut r = Reader::new(bytes);
    let value = T::take(&mut r)?;
    if !r.is_empty() {
        return error("bytes are left over");
    }
    Ok(value)
}

impl Wire for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(*self, out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        r.varint()
    }
}

impl Wire for usize {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(*self as u64, out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        usize::try_from(r.varint()?).or_else(|_| error("a number is too large"))
    }
}

impl Wire for u32 {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(u64::from(*self), out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        u32::try_from(r.varint()?).or_else(|_| error("a number is too large"))
    }
}

impl Wire for i64 {
    fn put(&self, out: &mut Vec<u8>) {
        // Zigzag: small negative numbers stay short.
        put_varint(((*self << 1) ^ (*self >> 63)) as u64, out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let v = r.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }
}

impl Wire for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let b = r.take_bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => error("a flag is neither 0 nor 1"),
        }
    }
}

impl Wire for String {
    fn put(&self, out: &mut Vec<u8>) {
        self.as_str().put(out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let n = r.len()?;
        match std::str::from_utf8(r.take_bytes(n)?) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => error("a text is not UTF-8"),
        }
    }
}

impl Wire for &str {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(self.len() as u64, out);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(_: &mut Reader<'_>) -> Result<Self, Error> {
        error("a borrowed text cannot be read back")
    }
}

impl Wire for Arc<str> {
    fn put(&self, out: &mut Vec<u8>) {
        self.as_ref().put(out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        String::take(r).map(Arc::from)
    }
}

impl Wire for u8 {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        r.byte()
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.put(out);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        match r.byte()? {
            0 => Ok(None),
            1 => T::take(r).map(Some),
            _ => error("an optional value is neither absent nor present"),
        }
    }
}

/// Writes `items` as [`Vec<T>`] writes itself.
fn put_list<T: Wire>(items: &[T], out: &mut Vec<u8>) {
    put_varint(items.len() as u64, out);
    for v in items {
        v.put(out);
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_list(self, out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let n = r.len()?;
        // Damaged input may claim many items: room grows as they come.
        let mut v = Vec::with_capacity(n.min(1 << 12));
        for _ in 0..n {
            v.push(T::take(r)?);
        }
        Ok(v)
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
        self.1.put(out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        Ok((A::take(r)?, B::take(r)?))
    }
}

impl<T: Wire + Copy + Default, const N: usize> Wire for [T; N] {
    fn put(&self, out: &mut Vec<u8>) {
        for v in self {
            v.put(out);
        }
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let mut a = [T::default(); N];
        for v in &mut a {
            *v = T::take(r)?;
        }
        Ok(a)
    }
}

impl Wire for std::ops::Range<usize> {
    fn put(&self, out: &mut Vec<u8>) {
        self.start.put(out);
        self.end.put(out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        Ok(usize::take(r)?..usize::take(r)?)
    }
}

/// Writes a map's `len` pairs.
fn put_map<'a, K: Wire + 'a, V: Wire + 'a>(
    len: usize,
    pairs: impl Iterator<Item = (&'a K, &'a V)>,
    out: &mut Vec<u8>,
) {
    put_varint(len as u64, out);
    for (k, v) in pairs {
        k.put(out);
        v.put(out);
    }
}

/// Reads the pairs [`put_map`] wrote, handing each to `insert`.
fn take_map<K: Wire, V: Wire>(
    r: &mut Reader<'_>,
    mut insert: impl FnMut(K, V),
) -> Result<(), Error> {
    for _ in 0..r.len()? {
        let k = K::take(r)?;
        insert(k, V::take(r)?);
    }
    Ok(())
}

impl<K: Wire + Ord, V: Wire> Wire for BTreeMap<K, V> {
    fn put(&self, out: &mut Vec<u8>) {
        put_map(self.len(), self.iter(), out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let mut map = BTreeMap::new();
        take_map(r, |k, v| {
            map.insert(k, v);
        })?;
        Ok(map)
    }
}

impl<K: Wire + Eq + Hash, V: Wire> Wire for FxHashMap<K, V> {
    fn put(&self, out: &mut Vec<u8>) {
        put_map(self.len(), self.iter(), out);
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let mut map = FxHashMap::default();
        take_map(r, |k, v| {
            map.insert(k, v);
        })?;
        Ok(map)
    }
}

impl Wire for crate::read::dates::Day {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(u64::from(self.year()), out);
        out.push(self.month());
        out.push(self.day());
    }
    fn take(r: &mut Reader<'_>) -> Result<Self, Error> {
        let year = r.varint()?;
        let (month, day) = (r.byte()?, r.byte()?);
        let year = i64::try_from(year).unwrap_or(i64::MAX);
        match crate::read::dates::Day::new(year, i64::from(month), i64::from(day)) {
            Some(d) => Ok(d),
            None => error("a day is not in the calendar"),
        }
    }
}

/// Implements [`Wire`] for a struct by its fields, in the order listed;
/// every field must be listed (the struct is built from the list).
macro_rules! wire_struct {
    ($t:ty { $($f:ident),+ $(,)? }) => {
        impl $crate::wire::Wire for $t {
            fn put(&self, out: &mut Vec<u8>) {
                $( $crate::wire::Wire::put(&self.$f, out); )+
            }
            fn take(r: &mut $crate::wire::Reader<'_>) -> Result<Self, $crate::wire::Error> {
                Ok(Self { $( $f: $crate::wire::Wire::take(r)?, )+ })
            }
        }
    };
}
pub(crate) use wire_struct;

/// Implements [`Wire`] for an enum of unit variants, as one byte: its
/// place in the list (every variant must be listed).
macro_rules! wire_enum {
    ($t:ident { $($v:ident),+ $(,)? }) => {
        impl $crate::wire::Wire for $t {
            fn put(&self, out: &mut Vec<u8>) {
                let all = [$($t::$v),+];
                out.push(all.iter().position(|x| x == self).unwrap_or(0) as u8);
            }
            fn take(r: &mut $crate::wire::Reader<'_>) -> Result<Self, $crate::wire::Error> {
                // Each variant is listed: this match would not compile otherwise.
                let _every = |x: $t| match x { $($t::$v => ()),+ };
                let all = [$($t::$v),+];
                let i = <u32 as $crate::wire::Wire>::take(r)? as usize;
                all.get(i).copied().ok_or_else(|| {
                    $crate::wire::Error(format!(
                        "the handed-over analysis is damaged: {} is not a {}",
                        i,
                        stringify!($t)
                    ))
                })
            }
        }
    };
}
pub(crate) use wire_enum;

#[cfg(test)]
mod tests {
    use super::*;

    fn round<T: Wire + PartialEq + std::fmt::Debug>(v: T) {
        let bytes = to_bytes(&v);
        assert_eq!(from_bytes::<T>(&bytes), Ok(v));
    }

    #[test]
    fn plain_values_come_back_equal() {
        for n in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            round(n);
        }
        for n in [0i64, -1, 1, -64, 64, i64::MIN, i64::MAX] {
            round(n);
        }
        for x in [0.0f64, -2.5, 1e300, f64::MIN_POSITIVE] {
            round(x);
        }
        round(String::from("Bogotá — “EE. UU.” 🇨🇴"));
        round(Some(vec![String::new(), "x".into()]));
        round(None::<u32>);
        round(vec![vec![1usize, 2], vec![]]);
        round(crate::read::dates::Day::new(2026, 2, 28).expect("a day"));
        let mut map = BTreeMap::new();
        map.insert("a".to_string(), 3usize);
        round(map);
    }

    #[test]
    fn damaged_bytes_are_errors_not_panics() {
        let bytes = to_bytes(&vec![String::from("hello"), String::from("world")]);
        for cut in 0..bytes.len() {
            assert!(
                from_bytes::<Vec<String>>(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        let mut long = bytes.clone();
        long.push(0);
        assert!(from_bytes::<Vec<String>>(&long).is_err(), "bytes left over");
        // A length far beyond the input asks for no memory.
        let mut huge = Vec::new();
        put_varint(u64::MAX / 2, &mut huge);
        assert!(from_bytes::<Vec<String>>(&huge).is_err());
        // Not UTF-8; a flag that is not 0 or 1; a day that does not exist.
        assert!(from_bytes::<String>(&[2, 0xff, 0xfe]).is_err());
        assert!(from_bytes::<bool>(&[2]).is_err());
        assert!(from_bytes::<crate::read::dates::Day>(&[0xea, 0x0f, 2, 30]).is_err());
        assert!(from_bytes::<u64>(&[0xff; 11]).is_err());
    }
}
