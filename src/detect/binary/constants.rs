//! Constants of crypto implementations found in a binary's bytes with one aho-corasick pass.
//!
//! A `sequence` constant (an S-box, a round-constant table) matches where its bytes occur in one
//! run; it is searched by an anchor of a few uncommon bytes inside it and checked whole around each
//! anchor hit. A `set` constant (round constants inlined as instruction immediates) matches where every
//! one of its words occurs within its window, in any order, in one byte order. Which constants claim
//! which algorithm is data (`rules/binary/constants.toml`); shared constants are not in it.

use super::tables::{Layout, Tables};

/// Most positions remembered per pattern (bounds memory on adversarial input).
const MAX_HITS_PER_PATTERN: usize = 4096;

/// A constant found in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConstantHit {
    /// Index into [`Tables::constants`].
    pub constant: usize,
    /// Where the first match starts (for a set: where its window starts).
    pub offset: usize,
    /// Byte order of the match (`None` for raw bytes).
    pub big_endian: Option<bool>,
    /// How many matches.
    pub count: usize,
}

/// Every constant found in the bytes, ordered by constant.
pub fn scan(tables: &Tables, bytes: &[u8]) -> Vec<ConstantHit> {
    let count = tables.constants.len();
    // Sequences: (first offset, byte order, count).
    let mut sequences: Vec<Option<(usize, Option<bool>, usize)>> = vec![None; count];
    tables.sequences.for_each(bytes, |start, _, pattern| {
        let Some(at) = start.checked_sub(pattern.anchor_at) else {
            return;
        };
        if bytes.get(at..at + pattern.bytes.len()) != Some(pattern.bytes.as_slice()) {
            return;
        }
        match &mut sequences[pattern.constant] {
            Some((_, _, n)) => *n += 1,
            slot => *slot = Some((at, pattern.big_endian, 1)),
        }
    });
    // Sets: positions per (byte order, piece).
    let mut set_hits: Vec<[Vec<Vec<usize>>; 2]> = tables
        .constants
        .iter()
        .map(|c| match c.layout {
            Layout::Set { .. } => [vec![Vec::new(); c.pieces], vec![Vec::new(); c.pieces]],
            Layout::Sequence => [Vec::new(), Vec::new()],
        })
        .collect();
    tables.set_words.for_each(bytes, |start, _, word| {
        if let Some(list) = set_hits
            .get_mut(word.constant)
            .and_then(|orders| orders[usize::from(word.big_endian)].get_mut(word.piece))
            && list.len() < MAX_HITS_PER_PATTERN
        {
            list.push(start);
        }
    });
    let mut hits = Vec::new();
    for (index, constant) in tables.constants.iter().enumerate() {
        match constant.layout {
            Layout::Sequence => {
                if let Some((offset, big_endian, count)) = sequences[index] {
                    hits.push(ConstantHit {
                        constant: index,
                        offset,
                        big_endian,
                        count,
                    });
                }
            }
            Layout::Set { window } => {
                for (order, pieces) in set_hits[index].iter().enumerate() {
                    if let Some(offset) = window_with_all(pieces, window) {
                        hits.push(ConstantHit {
                            constant: index,
                            offset,
                            big_endian: Some(order == 1),
                            count: 1,
                        });
                        break;
                    }
                }
            }
        }
    }
    hits
}

/// The start of the first window of `window` bytes holding a position of every piece.
fn window_with_all(pieces: &[Vec<usize>], window: usize) -> Option<usize> {
    if pieces.iter().any(Vec::is_empty) {
        return None;
    }
    let mut events: Vec<(usize, usize)> = pieces
        .iter()
        .enumerate()
        .flat_map(|(piece, positions)| positions.iter().map(move |&p| (p, piece)))
        .collect();
    events.sort_unstable();
    let mut counts = vec![0usize; pieces.len()];
    let mut covered = 0;
    let mut left = 0;
    for right in 0..events.len() {
        let (position, piece) = events[right];
        if counts[piece] == 0 {
            covered += 1;
        }
        counts[piece] += 1;
        while events[left].0 + window < position {
            let gone = events[left].1;
            counts[gone] -= 1;
            if counts[gone] == 0 {
                covered -= 1;
            }
            left += 1;
        }
        if covered == pieces.len() {
            return Some(events[left].0);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_needs_every_piece() {
        let pieces = vec![vec![10, 5000], vec![20, 5050, 9000], vec![4990]];
        assert_eq!(window_with_all(&pieces, 100), Some(4990));
        assert_eq!(window_with_all(&pieces, 50), None);
        assert_eq!(window_with_all(&[vec![1], vec![]], 100), None);
    }
}
