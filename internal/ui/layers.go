package ui

import (
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
)

// styledSpan styles the byte range [start, end) of a line; where spans
// overlap the one with the highest prio wins.
type styledSpan struct {
	start, end int
	style      lipgloss.Style
	prio       int
}

// renderLayers styles text with overlapping spans: the text is cut at
// every span boundary and each piece gets the style of the strongest span
// over it, or base.
func renderLayers(text string, spans []styledSpan, base lipgloss.Style) string {
	if len(spans) == 0 {
		return renderPlain(base, text)
	}
	cuts := []int{0, len(text)}
	for _, s := range spans {
		cuts = append(cuts, min(max(s.start, 0), len(text)), min(max(s.end, 0), len(text)))
	}
	sort.Ints(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		a, e := cuts[i], cuts[i+1]
		if a >= e {
			continue
		}
		st, best := base, -1
		for _, s := range spans {
			if s.start <= a && e <= s.end && s.prio > best {
				st, best = s.style, s.prio
			}
		}
		b.WriteString(renderPlain(st, text[a:e]))
	}
	return b.String()
}

// wrapStyled wraps text to w cells and styles each line with the spans
// (byte ranges of text), at most maxLines lines, the last one ending in
// "…" when text did not fit.
func wrapStyled(text string, spans []styledSpan, w, maxLines int, base lipgloss.Style) []string {
	text = oneLine(text)
	wrapped := wrapOffsets(text, w)
	var out []string
	for i, ln := range wrapped {
		if i == maxLines {
			break
		}
		var own []styledSpan
		for _, s := range spans {
			a, e := max(s.start, ln.start), min(s.end, ln.end)
			if a < e {
				own = append(own, styledSpan{a - ln.start, e - ln.start, s.style, s.prio})
			}
		}
		line := renderLayers(text[ln.start:ln.end], own, base)
		if i == maxLines-1 && len(wrapped) > maxLines {
			line = truncate(line+" …", w)
		}
		out = append(out, line)
	}
	return out
}
