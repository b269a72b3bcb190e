package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean normalises an article body: valid UTF-8, mojibake repaired,
// Unicode NFC, whitespace collapsed, page furniture (share widgets,
// related-headline lists, "Read more" and newsletter prompts, ad markers,
// hover cards after names) removed, a flat copy of the story that the following paragraphs repeat
// dropped, and paragraphs separated by exactly "\n\n".
func Clean(text string) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	s := normalizeRunes(text)
	lines := strings.Split(s, "\n")
	paras := make([]string, 0, len(lines))
	var cur []string // lines of the paragraph being built
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, raw := range lines {
		line := dropMediaPlaceholder(dropHoverCards(cleanSegments(raw)))
		if line == "" {
			if strings.TrimSpace(raw) == "" {
				flush() // a blank line ends a paragraph; a removed one does not
			}
			continue
		}
		if isFurnitureLine(line) {
			continue
		}
		if len(cur) > 0 && !softWrap(cur[len(cur)-1], line) {
			flush()
		}
		cur = append(cur, line)
	}
	flush()
	paras = dropHeadlineRuns(paras)
	paras = dropRepeats(paras)
	return strings.Join(paras, "\n\n")
}

// normalizeRunes makes text valid UTF-8, repairs mojibake, composes NFC,
// and maps line and space characters to '\n' and ' ', dropping other
// invisible and control characters. Runs of spaces are kept: Clean reads
// them as separators between scraped page fragments.
func normalizeRunes(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	// Dropping invisible characters can join the halves of a mojibake
	// sequence, so repair again until nothing changes (rarely twice).
	for range 3 {
		text = fixMojibake(text)
		if !norm.NFC.IsNormalString(text) {
			// composing can make a new mojibake pair ("â„«" repairs to the
			// Angstrom sign, which NFC makes "Å"; "Å½" is "Ž" as mojibake),
			// so repair again
			text = fixMojibake(norm.NFC.String(text))
			if !norm.NFC.IsNormalString(text) {
				text = norm.NFC.String(text)
			}
		}
		if plainText(text) {
			return text
		}
		mapped := mapRunes(text)
		if mapped == text {
			return text
		}
		// Dropping an invisible character can also leave a base letter
		// beside its combining mark ("A\u200b\u0306"), so compose again.
		text = norm.NFC.String(mapped)
		if strings.IndexByte(text, 0xc3) < 0 {
			return text
		}
	}
	return text
}

// mapRunes maps line and space characters to '\n' and ' ' and drops other
// invisible and control characters.
func mapRunes(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\r':
				if i < len(text) && text[i] == '\n' {
					continue
				}
				b.WriteByte('\n')
			case c == '\t' || c == '\v':
				b.WriteByte(' ')
			case c == '\f':
				b.WriteByte('\n')
			case c == '\n' || (c >= ' ' && c != 0x7f):
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == '\u2028':
			b.WriteByte('\n')
		case r == '\u2029':
			b.WriteString("\n\n")
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
			// zero-width space, BOM, soft hyphen, word joiner: invisible noise
		case r == '\u200c' || r == '\u200d':
			b.WriteRune(r) // joiners shape emoji and some scripts
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case unicode.IsControl(r) || r == utf8.RuneError && size == 1:
			// C1 controls left over from bad decoding
		default:
			b.WriteString(text[i-size : i])
		}
	}
	return b.String()
}

// plainText reports whether text needs no character mapping: printable
// ASCII and '\n' apart from non-space, non-control multi-byte runes.
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if (c < ' ' && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}

// cleanLine cleans a one-line field (title, author, source): the same
// character repairs as Clean, all whitespace collapsed to single spaces.
func cleanLine(s string) string {
	if s == "" {
		return ""
	}
	return strings.Join(strings.Fields(normalizeRunes(s)), " ")
}

// softWrap reports whether next continues prev's paragraph: prev looks
// hard-wrapped (a typical line width, stopping mid-sentence) and next
// carries on in lower case.
func softWrap(prev, next string) bool {
	n := utf8.RuneCountInString(prev)
	if n < 30 || n > 100 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(`.!?:"”’)`, last) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// collapseSpaces trims s and turns every run of spaces into one.
func collapseSpaces(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteByte(s[i])
	}
	return b.String()
}
