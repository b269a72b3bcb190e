package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"storytui/internal/index"
)

// lineSpan is one wrapped line as a byte range [start, end) of the text it
// was cut from. Wrapping by offsets instead of by strings is what keeps
// the index's byte-span marks valid after wrapping.
type lineSpan struct{ start, end int }

// lineMark is a highlighted range of one wrapped line, relative to the
// line, with the number of the match it belongs to.
type lineMark struct{ start, end, match int }

// sanitize makes text safe to measure and print without changing its byte
// length, so offsets into it stay valid: control bytes and C1 controls
// become spaces and invalid UTF-8 bytes become '?'. Newlines are kept.
func sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) || (r == utf8.RuneError && n == 1) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteByte('?')
		case (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0):
			b.WriteString(strings.Repeat(" ", n))
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// wrapOffsets wraps sanitized text to width cells. It breaks at spaces and
// newlines (a blank line stays a blank line), drops the spaces at a break,
// and cuts words wider than the width between runes.
func wrapOffsets(s string, width int) []lineSpan {
	width = max(width, 1)
	var out []lineSpan
	for ls := 0; ; {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		out = wrapLine(s, ls, le, width, out)
		if le == len(s) {
			break
		}
		ls = le + 1
	}
	return out
}

// wrapLine wraps s[ls:le], which holds no newline, appending to out.
func wrapLine(s string, ls, le, width int, out []lineSpan) []lineSpan {
	start, end, w := -1, -1, 0
	flush := func() {
		if start >= 0 {
			out = append(out, lineSpan{start, end})
		}
		start, end, w = -1, -1, 0
	}
	for i := ls; i < le; {
		for i < le && s[i] == ' ' {
			i++
		}
		if i >= le {
			break
		}
		ws := i
		for i < le && s[i] != ' ' {
			i++
		}
		we := i
		ww := ansi.StringWidth(s[ws:we])
		if start >= 0 {
			gap := ws - end // spaces are one byte and one cell each
			if w+gap+ww <= width {
				end, w = we, w+gap+ww
				continue
			}
			flush()
		}
		if ww <= width {
			start, end, w = ws, we, ww
			continue
		}
		// A word wider than the line: cut it between runes.
		cs, cw := ws, 0
		for j := ws; j < we; {
			_, n := utf8.DecodeRuneInString(s[j:])
			rw := ansi.StringWidth(s[j : j+n])
			if cw+rw > width && j > cs {
				out = append(out, lineSpan{cs, j})
				cs, cw = j, 0
			}
			cw += rw
			j += n
		}
		start, end, w = cs, we, cw
	}
	if start < 0 {
		out = append(out, lineSpan{ls, ls})
		return out
	}
	flush()
	return out
}

// cleanSpans sorts spans, clamps them to a text of length n, moves their
// ends onto rune boundaries and drops empty or overlapping parts, so a bad
// span from the index can never slice a rune or panic.
func cleanSpans(text string, spans []index.Span) []index.Span {
	out := make([]index.Span, 0, len(spans))
	for _, sp := range spans {
		s, e := max(sp.Start, 0), min(sp.End, len(text))
		for s > 0 && s < len(text) && !utf8.RuneStart(text[s]) {
			s--
		}
		for e < len(text) && e > 0 && !utf8.RuneStart(text[e]) {
			e++
		}
		if s < e {
			out = append(out, index.Span{Start: s, End: e})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	kept := out[:0]
	last := 0
	for _, sp := range out {
		sp.Start = max(sp.Start, last)
		if sp.Start < sp.End {
			kept = append(kept, sp)
			last = sp.End
		}
	}
	return kept
}

// placeMarks cuts clean spans along wrapped lines. It returns the marks of
// each line and, for each span, the first line it appears on. Match
// numbers start at firstMatch.
func placeMarks(lines []lineSpan, spans []index.Span, firstMatch int) ([][]lineMark, []int) {
	marks := make([][]lineMark, len(lines))
	first := make([]int, len(spans))
	for si, sp := range spans {
		// Line ends never decrease, so the first line ending after the
		// span's start is where it begins (or the break it falls into).
		l := sort.Search(len(lines), func(l int) bool { return lines[l].end > sp.Start })
		first[si] = min(l, max(len(lines)-1, 0))
		found := false
		for ; l < len(lines) && lines[l].start < sp.End; l++ {
			ln := lines[l]
			s, e := max(sp.Start, ln.start), min(sp.End, ln.end)
			if s < e {
				marks[l] = append(marks[l], lineMark{s - ln.start, e - ln.start, firstMatch + si})
				if !found {
					first[si], found = l, true
				}
			}
		}
	}
	return marks, first
}

// renderMarked styles a line: base for plain text, mark for matches and
// current for the match numbered cur.
func renderMarked(text string, marks []lineMark, base, mark, current lipgloss.Style, cur int) string {
	if len(marks) == 0 {
		return renderPlain(base, text)
	}
	var b strings.Builder
	pos := 0
	for _, m := range marks {
		if m.start > pos {
			b.WriteString(renderPlain(base, text[pos:m.start]))
		}
		st := mark
		if m.match == cur {
			st = current
		}
		b.WriteString(st.Render(text[m.start:m.end]))
		pos = m.end
	}
	if pos < len(text) {
		b.WriteString(renderPlain(base, text[pos:]))
	}
	return b.String()
}

// renderPlain skips the style for empty text, which lipgloss would
// otherwise still wrap in escape codes.
func renderPlain(st lipgloss.Style, s string) string {
	if s == "" {
		return ""
	}
	return st.Render(s)
}

// fitLine truncates a rendered line to w cells and pads it with spaces to
// exactly w, the last guard that keeps every row inside the screen.
func fitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// truncate shortens plain text to w cells with an ellipsis.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}
