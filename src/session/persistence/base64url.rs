//! Base64 with the URL-safe alphabet and no padding (RFC 4648 §5), so program text can travel
//! inside a URL fragment. It only encodes and decodes bytes; it never interprets them.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes bytes as unpadded base64url text.
pub fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0u32, |group, (index, &byte)| {
                group | u32::from(byte) << (16 - 8 * index)
            });
        for sextet in 0..=chunk.len() {
            text.push(char::from(
                ALPHABET[(group >> (18 - 6 * sextet) & 63) as usize],
            ));
        }
    }
    text
}

/// Decodes unpadded base64url text; `None` if it holds a character outside the alphabet or
/// has an impossible length.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0u32;
        for (index, &symbol) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|&letter| letter == symbol)? as u32;
            group |= value << (18 - 6 * index);
        }
        bytes.extend((0..chunk.len() - 1).map(|index| (group >> (16 - 8 * index)) as u8));
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_length_and_byte() {
        let bytes: Vec<u8> = (0..=255).collect();
        for length in 0..bytes.len() {
            assert_eq!(
                decode(&encode(&bytes[..length])).as_deref(),
                Some(&bytes[..length])
            );
        }
    }

    #[test]
    fn matches_the_rfc_test_vectors_without_padding() {
        let vectors = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(encode(plain.as_bytes()), encoded);
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn rejects_foreign_characters_and_impossible_lengths() {
        assert_eq!(decode("Zm9v!"), None);
        assert_eq!(decode("Zm9vY"), None);
        assert_eq!(decode("Zm+v"), None);
    }
}
