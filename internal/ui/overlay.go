package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"storytui/internal/corpus"
)

// helpSection is one titled group of the full help.
type helpSection struct {
	title string
	keys  []key.Binding
}

// helpSections lists every key by where it works. It reads a fresh
// DefaultKeyMap because while the overlay is open the live bindings of
// the panes are disabled.
func helpSections() []helpSection {
	k := DefaultKeyMap()
	return []helpSection{
		{"Everywhere", []key.Binding{k.NextPane, k.PrevPane, k.PanesHelp, k.Back, k.Search, k.Problems, k.Help, k.Quit, k.ForceQuit}},
		{"1 Stories", []key.Binding{k.OpenStory, k.Coverage, k.Search}},
		{"6 Reader", []key.Binding{k.NextMatch, k.PrevMatch, k.NextMark, k.PrevMark, k.Follow}},
		{"Search box", []key.Binding{k.Submit, k.Leave, k.Earlier, k.Later}},
		{"Lists and reader", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Copy, k.OpenURL}},
		{"A person's quote, cited", []key.Binding{
			key.NewBinding(key.WithHelp("3", "people; / name, enter")),
			key.NewBinding(key.WithHelp("enter", "their quotes; j/k pick one")),
			key.NewBinding(key.WithHelp("enter", "the article, at the quote")),
			key.NewBinding(key.WithHelp("esc", "back to the quotes")),
			key.NewBinding(key.WithHelp("y", "copy with its citation")),
		}},
		// The fields were nowhere in the explorer (the search box's
		// placeholder shows title:word and -word only): person:,
		// speaker: and quote: are what a reporter asks most.
		{"Search syntax", []key.Binding{
			key.NewBinding(key.WithHelp(`"a phrase"`, "the words together")),
			key.NewBinding(key.WithHelp("-word", "without it")),
			key.NewBinding(key.WithHelp("word~", "or one letter off")),
			key.NewBinding(key.WithHelp("person:name", "named in it")),
			key.NewBinding(key.WithHelp("speaker:name", "quoted in it")),
			key.NewBinding(key.WithHelp("quote:word", "in what was said")),
			key.NewBinding(key.WithHelp("stance:demands", "how they reacted")),
			key.NewBinding(key.WithHelp("source:cnn", "one field; title:, author:")),
			key.NewBinding(key.WithHelp(`date:>="2017-03-01"`, "from a date")),
		}},
		{"2 Articles", []key.Binding{k.Open}},
		{"3 People", []key.Binding{k.OpenPerson, k.Sort, k.Scope, k.Filter, k.Export, k.ExportJSON}},
		{"4 Quotes", []key.Binding{k.OpenQuote, k.Scope, k.Filter, k.Export, k.ExportJSON}},
		{"5 Reactions", []key.Binding{k.OpenReaction, k.Scope, k.Filter, k.Export, k.ExportJSON}},
	}
}

// helpOverlay renders the full help in a box centred in w×h. Sections
// flow into as many columns as the height needs; when those do not fit
// the width they go in one column that scrolls from sc's offset. It
// returns sc sized to the content, for the keys to move.
func helpOverlay(st Styles, sc scroller, w, h int) ([]string, scroller) {
	var secs [][]string
	for _, sec := range helpSections() {
		lines := []string{st.OverlayHdr.Render(sec.title)}
		kw := 0
		for _, b := range sec.keys {
			kw = max(kw, visibleWidth(b.Help().Key))
		}
		for _, b := range sec.keys {
			hk := b.Help().Key
			lines = append(lines, st.Help.FullKey.Render(hk+strings.Repeat(" ", kw-visibleWidth(hk)))+"  "+st.Help.FullDesc.Render(b.Help().Desc))
		}
		secs = append(secs, lines)
	}
	inner := max(h-st.Overlay.GetVerticalFrameSize(), 1)
	total := 0
	for _, lines := range secs {
		total += len(lines) + 1
	}
	// As many columns as the width takes, each about as tall as the rest;
	// what does not fit the height scrolls.
	var content string
	for n := len(secs); n >= 1; n-- {
		// Sections do not split, so n columns of total/n rows may not
		// hold them: grow the columns until n do (at 80 columns the help
		// took 3 of the 2 that fit, and fell back to one long column).
		var cols [][]string
		for target := max((total+n-1)/n, inner); ; target++ {
			cols = stackSections(secs, target)
			if len(cols) <= n {
				break
			}
		}
		blocks := make([]string, 0, 2*len(cols))
		for i, c := range cols {
			if i > 0 {
				blocks = append(blocks, "   ")
			}
			blocks = append(blocks, strings.Join(c, "\n"))
		}
		content = lipgloss.JoinHorizontal(lipgloss.Top, blocks...)
		if lipgloss.Width(content) <= w-st.Overlay.GetHorizontalFrameSize() || n == 1 {
			break
		}
	}
	all := strings.Split(content, "\n")
	sc.resize(len(all), inner)
	if sc.maxOffset() == 0 {
		return boxed(st, content, w, h), sc
	}
	// It scrolls: the last row says so and how far down it is, and every
	// row is as wide as the widest, so the box does not change size and
	// jump sideways as rows of other widths scroll in.
	sc.resize(len(all), max(inner-1, 1))
	from, to := sc.window()
	cw := lipgloss.Width(content)
	rows := make([]string, 0, to-from+1)
	for _, r := range all[from:to] {
		rows = append(rows, padRight(r, cw))
	}
	rows = append(rows, st.Status.Render(truncate("↑/↓ scroll · esc close · "+sc.position(), cw)))
	return boxed(st, strings.Join(rows, "\n"), w, h), sc
}

// stackSections puts the sections one under the other, a blank line
// between, in columns of at most target rows (a longer section gets a
// column of its own).
func stackSections(secs [][]string, target int) [][]string {
	var cols [][]string
	var col []string
	for _, lines := range secs {
		if len(col) > 0 && len(col)+1+len(lines) > target {
			cols = append(cols, col)
			col = nil
		}
		if len(col) > 0 {
			col = append(col, "")
		}
		col = append(col, lines...)
	}
	return append(cols, col)
}

// problemsOverlay renders the loading problems, one "file:line: reason"
// each, from sc's offset on; it returns sc sized to them.
func problemsOverlay(st Styles, problems []corpus.Problem, sc scroller, w, h int) ([]string, scroller) {
	tw := max(w-4, 1) // border and padding
	lines := []string{st.OverlayHdr.Render(truncate(plural(len(problems), "problem", "problems")+" while loading", tw)), ""}
	var body []string
	for _, p := range problems {
		text := oneLine(p.String())
		for _, ln := range wrapOffsets(text, tw) {
			body = append(body, text[ln.start:ln.end])
		}
	}
	sc.resize(len(body), max(h-2-len(lines)-1, 1)) // border, header, footer
	from, to := sc.window()
	lines = append(lines, body[from:to]...)
	foot := "esc close"
	if sc.maxOffset() > 0 {
		foot = "↑/↓ scroll · " + foot + " · " + sc.position()
	}
	lines = append(lines, st.Status.Render(truncate(foot, tw)))
	return boxed(st, strings.Join(lines, "\n"), w, h), sc
}

// boxed draws content in the overlay border, centred in w×h, clipped to
// fit.
func boxed(st Styles, content string, w, h int) []string {
	fw, fh := st.Overlay.GetHorizontalFrameSize(), st.Overlay.GetVerticalFrameSize()
	rows := strings.Split(content, "\n")
	rows = rows[:min(len(rows), max(h-fh, 0))]
	for i, r := range rows {
		rows[i] = truncate(r, max(w-fw, 0))
	}
	box := st.Overlay.Render(strings.Join(rows, "\n"))
	return fitLines(strings.Split(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box), "\n"), w, h)
}
