//! Strings by id: a table that gives each distinct string a number on
//! first sight, so that an analysis counts numbers and names them only in
//! its output. It knows nothing of words or analyses.

use crate::wire::Wire;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Strings by id: the words and phrases an analysis run counts by id
/// (sentiment drivers) and names only in its output.
#[derive(Clone, Debug, Default)]
pub(crate) struct Names {
    ids: FxHashMap<Arc<str>, u32>,
    list: Vec<Arc<str>>,
}

impl Names {
    /// The id of `name`, adding it on first sight.
    pub(crate) fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.list.len() as u32;
        let name: Arc<str> = name.into();
        self.list.push(name.clone());
        self.ids.insert(name, id);
        id
    }

    /// For each id of this table, in order, the id of the same name in
    /// `into` (added there when new, sharing this table's string). An
    /// empty `into` becomes this table, its ids unchanged.
    pub(crate) fn rename_into(self, into: &mut Names) -> Vec<u32> {
        if into.list.is_empty() {
            let ids = (0..self.list.len() as u32).collect();
            *into = self;
            return ids;
        }
        into.ids.reserve(self.list.len());
        self.list
            .into_iter()
            .map(|name| {
                if let Some(&id) = into.ids.get(&name) {
                    return id;
                }
                let id = into.list.len() as u32;
                into.list.push(name.clone());
                into.ids.insert(name, id);
                id
            })
            .collect()
    }

    /// The names, by id.
    pub(crate) fn as_slice(&self) -> &[Arc<str>] {
        &self.list
    }

    /// The name of an id this table gave (empty for any other), shared.
    pub(crate) fn get(&self, id: u32) -> Arc<str> {
        self.list.get(id as usize).cloned().unwrap_or_default()
    }
}

/// A table goes as its list of names; the look-up is built again.
impl Wire for Names {
    fn put(&self, out: &mut Vec<u8>) {
        self.list.put(out);
    }
    fn take(r: &mut crate::wire::Reader<'_>) -> Result<Self, crate::wire::Error> {
        let list = Vec::<Arc<str>>::take(r)?;
        let mut ids = FxHashMap::default();
        ids.reserve(list.len());
        for (i, n) in list.iter().enumerate() {
            if ids.insert(n.clone(), i as u32).is_some() {
                return Err(crate::wire::Error(
                    "the handed-over analysis is damaged: a name is listed twice".into(),
                ));
            }
        }
        Ok(Names { ids, list })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renaming_gives_each_name_its_id_in_the_joined_table() {
        let table = |names: &[&str]| {
            let mut t = Names::default();
            for n in names {
                t.id(n);
            }
            t
        };
        let mut joined = Names::default();
        assert_eq!(
            table(&["río", "peace", "río"]).rename_into(&mut joined),
            [0, 1]
        );
        assert_eq!(
            table(&["war", "peace", "río", "talks"]).rename_into(&mut joined),
            [2, 1, 0, 3]
        );
        let names: Vec<&str> = joined.as_slice().iter().map(|n| &**n).collect();
        assert_eq!(names, ["río", "peace", "war", "talks"]);
        assert_eq!(joined.id("war"), 2);
        assert_eq!(joined.id("new"), 4);
    }
}
