package corpus

import (
	"strings"
	"unicode/utf8"
)

// Mojibake is UTF-8 text that was decoded as Windows-1252 (once or twice)
// somewhere on its way: ’ shows as â€™, or as Ã¢â‚¬â„¢ after a second
// round. It is repaired by encoding runs of such characters back to
// Windows-1252 bytes and decoding those as UTF-8, keeping only sequences
// that decode to plausible characters, and repeating for double encoding.

// cp1252High maps the Windows-1252 bytes 0x80-0x9F to their runes; the
// five bytes it leaves undefined map to the C1 control of the same value,
// as Latin-1 decoders produce.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8d, 'Ž', 0x8f,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9d, 'ž', 'Ÿ',
}

var cp1252Byte = func() map[rune]byte {
	m := make(map[rune]byte, 32)
	for i, r := range cp1252High {
		m[r] = byte(0x80 + i)
	}
	return m
}()

// toCP1252 returns the Windows-1252 byte for a non-ASCII rune, if any.
func toCP1252(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xff {
		// Latin-1 decoders turn the bytes 0x80-0x9F into C1 controls.
		return byte(r), true
	}
	b, ok := cp1252Byte[r]
	return b, ok
}

// fixMojibake repairs mojibake in s; text without any sign of it is
// returned unchanged at the cost of one byte scan.
func fixMojibake(s string) string {
	// Every mojibake sequence starts with a rune U+00C2..U+00F4, encoded as
	// 0xC3 0x82..0xB4 in UTF-8.
	if strings.IndexByte(s, 0xc3) < 0 {
		return s
	}
	for range 6 {
		out, changed := fixMojibakePass(s)
		if !changed && strings.Contains(s, "â€") {
			// "â€" before anything else is a right double quote whose
			// last byte (0x9D, undefined in Windows-1252) was lost; the
			// quote may end another sequence ("Ä”"), so repair again
			out, changed = strings.ReplaceAll(s, "â€", "”"), true
		}
		if !changed {
			break
		}
		s = out
	}
	return s
}

// fixMojibakePass repairs one level of mojibake.
func fixMojibakePass(s string) (string, bool) {
	var b strings.Builder
	changed := false
	last := 0 // s[last:] not yet written
	var run []byte
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		// Collect a run of Windows-1252-encodable non-ASCII runes.
		start := i
		run = run[:0]
		for i < len(s) && s[i] >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			c, ok := toCP1252(r)
			if !ok {
				break
			}
			run = append(run, c)
			i += size
		}
		if len(run) < 2 {
			if i == start { // a rune outside Windows-1252: skip it
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			}
			continue
		}
		fixed, ok := decodeRun(run)
		if !ok {
			continue
		}
		if !changed {
			b.Grow(len(s))
			changed = true
		}
		b.WriteString(s[last:start])
		b.WriteString(fixed)
		last = i
	}
	if !changed {
		return s, false
	}
	b.WriteString(s[last:])
	return b.String(), true
}

// decodeRun decodes the UTF-8 sequences found in a run of Windows-1252
// bytes, keeping the other bytes as the characters they were. It reports
// whether any sequence was decoded.
func decodeRun(run []byte) (string, bool) {
	var b strings.Builder
	any := false
	for j := 0; j < len(run); {
		r, size := utf8.DecodeRune(run[j:])
		if size >= 2 && plausible(r, size) {
			b.WriteRune(r)
			any = true
			j += size
			continue
		}
		c := run[j]
		if c < 0xa0 {
			b.WriteRune(cp1252High[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
		j++
	}
	return b.String(), any
}

// plausible reports whether a rune decoded from mojibake is one English
// news text would hold, so that a legitimate pair such as "ß”" is not
// taken for an encoded rune.
func plausible(r rune, size int) bool {
	switch size {
	case 2:
		return r <= 0x4ff // Latin, IPA, Greek, Cyrillic
	case 3:
		return (r >= 0x2000 && r <= 0x2bff) || // punctuation, currency, symbols
			(r >= 0x3000 && r <= 0x9fff) || (r >= 0xac00 && r <= 0xd7a3) || (r >= 0xfe30 && r <= 0xfffd)
	}
	return r >= 0x1f000 && r <= 0x1faff // emoji
}
