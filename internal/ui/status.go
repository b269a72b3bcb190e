package ui

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/progress"

	"storytui/internal/index"
)

// statusBar is the footer: the progress line while indexing and the
// status line with hit count, query time, problems and errors.
type statusBar struct {
	com   *common
	width int
	bar   progress.Model
}

func newStatusBar(com *common) statusBar {
	s := statusBar{com: com}
	s.SetStyles()
	return s
}

// SetSize sets the width; each line is one row.
func (s *statusBar) SetSize(w, _ int) { s.width = w }

// SetStyles rebuilds the progress bar in the current colours.
func (s *statusBar) SetStyles() {
	st := s.com.styles
	s.bar = progress.New(progress.WithFillCharacters('█', '░'), progress.WithColors(st.BarFull))
	s.bar.EmptyColor = st.BarEmpty
}

// progressLine renders "Indexing… 1,234 articles · 456/s · ETA 0:12" and
// a bar filling the rest of the line.
func (s statusBar) progressLine(p index.Progress) string {
	frac, perSec, eta, known := progressFigures(p)
	text := " Indexing… " + plural(p.Articles, "article", "articles")
	if p.Articles == 0 && !known {
		// Nothing to read (yet): the time shows it is not stuck.
		text = " Preparing the index… " + clock(p.Elapsed)
	}
	if p.Phase != "" {
		// Reading is over and the bar would stand full: say what is
		// going on instead, with the time showing it is not stuck.
		return fitLine(s.com.styles.Status.Render(" "+capitalise(p.Phase)+"… "+
			plural(p.Articles, "article", "articles")+" · "+clock(p.Elapsed)), s.width)
	}
	if perSec > 0 {
		text += " · " + thousands(int(perSec+0.5)) + "/s"
	}
	if known && eta > 0 {
		text += " · ETA " + clock(eta)
	}
	text = s.com.styles.Status.Render(text) + " "
	const minBar = 12
	room := s.width - visibleWidth(text) - 1
	if !known || room < minBar {
		return fitLine(text, s.width)
	}
	bar := s.bar
	bar.SetWidth(room)
	return fitLine(text+bar.ViewAs(frac), s.width)
}

// statusInfo is what the status line reports.
type statusInfo struct {
	story    string // title of the story the panes are narrowed to, or ""
	searched bool
	query    string
	res      index.Results
	near     string // the query allowing close spellings, when res is empty and it finds some
	nearHits uint64
	err      error
	problems int
	loading  bool
	note     string // a passing message that replaces the hit count
	noteErr  bool
}

// statusLine renders the left part (hits and time, or the error) and the
// right part (the problem count) on one line.
func (s statusBar) statusLine(in statusInfo) string {
	st := s.com.styles
	var left string
	compact := "" // the hit count alone, for a line that needs the room
	switch {
	case in.note != "" && in.noteErr:
		left = st.StatusErr.Render(truncate(" "+oneLine(in.note), s.width))
	case in.note != "":
		left = st.Note.Render(truncate(" "+oneLine(in.note), s.width))
	case in.err != nil:
		left = st.StatusErr.Render(truncate(oneLine(" Error: "+in.err.Error()), s.width))
	case !in.searched:
		left = st.Status.Render(" Searching…")
	case in.query == "":
		left = st.Status.Render(" " + plural(in.res.Total, "article", "articles"))
	case len(in.res.Hits) == 0 && in.loading:
		left = st.Status.Render(" No articles match “" + oneLine(in.query) + "” yet.")
	case len(in.res.Hits) == 0:
		text := " No articles match “" + oneLine(in.query) + "”." + nearText(oneLine(in.near), in.nearHits)
		if in.near != "" && visibleWidth(text) > s.width {
			// At 80 columns the suggestion itself was cut off.
			text = " No articles match “" + oneLine(in.query) + "”. Try “" + oneLine(in.near) + "”: " + plural(in.nearHits, "article", "articles") + "."
		}
		left = st.Status.Render(text)
	default:
		compact = plural(in.res.Total, "hit", "hits")
		n := compact
		if int(in.res.Total) > len(in.res.Hits) {
			n += fmt.Sprintf(" (showing %s)", thousands(len(in.res.Hits)))
		}
		left = st.Status.Render(" " + n + " · " + shortDuration(in.res.Took))
	}
	if note := oneLine(in.res.Note); in.err == nil && note != "" {
		// The index searched something other than what was typed: say so,
		// and when that does not fit, make room for what it did search (at
		// the end of the note) before the figures and the parser's detail:
		// at 80 columns the line ended in "searched t".
		fits := func() bool { return visibleWidth(left)+visibleWidth(" · "+note) < s.width }
		if !fits() && compact != "" {
			left = st.Status.Render(" " + compact)
		}
		if !fits() {
			note = dropAsides(note)
		}
		left += st.StatusWarn.Render(" · " + note)
	}
	if in.story != "" && in.note == "" {
		// The scope comes first and keeps at most half the line, so the
		// count after it still shows.
		room := max(s.width/2, 12)
		left = st.Note.Render(truncate(" Story: "+oneLine(in.story), room)) + st.Status.Render(" ·") + left
	}
	right := ""
	if in.problems > 0 {
		right = st.StatusWarn.Render(plural(in.problems, "problem", "problems")+" (!)") + " "
	}
	rw := visibleWidth(right)
	if rw >= s.width {
		right = ""
		rw = 0
	}
	return fitLine(left, s.width-rw) + right
}

// dropAsides removes the parenthesised asides " (…)" of a sentence, for
// a line too short to hold them.
func dropAsides(s string) string {
	var b strings.Builder
	depth := 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			if r == ' ' && strings.HasPrefix(s[i+1:], "(") {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// capitalise upper-cases the first letter of a phase name for the
// status line ("grouping stories" -> "Grouping stories").
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
