package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storytui/internal/index"
)

// openMsg asks the root to show the selected article in the reader.
type openMsg struct{}

// resultsPane is the list of hits of the current search.
type resultsPane struct {
	com           *common
	width, height int
	res           index.Results
	query         string // the query res answers
	story         string // the story res is narrowed to, or ""
	searched      bool   // false until the first answer arrives
	near          string // when nothing matched: the query allowing close spellings, if that finds any
	nearHits      uint64
	list          itemList

	// What the empty state says while the index is still being built.
	indexing bool
	indexed  int
}

func newResultsPane(com *common) resultsPane { return resultsPane{com: com} }

// SetSize sets the size of the list, title bar excluded.
func (r *resultsPane) SetSize(w, h int) {
	r.width, r.height = w, h
	r.list.height = h
	r.scrollToCursor()
}

// SetResults shows a new answer. When it answers the query already shown
// (a re-run while indexing) the same article stays selected.
func (r *resultsPane) SetResults(res index.Results, query, story string) {
	keep := ""
	if r.searched && query == r.query && story == r.story {
		keep = r.SelectedID()
	}
	r.res, r.query, r.story, r.searched = res, query, story, true
	r.list.cursor, r.list.offset = 0, 0
	if keep != "" {
		for i, h := range res.Hits {
			if h.ID == keep {
				r.list.cursor = i
				break
			}
		}
	}
	r.scrollToCursor()
}

// SelectedID is the id of the selected hit, or "".
func (r resultsPane) SelectedID() string {
	h, _ := itemAt(r.res.Hits, r.list.cursor)
	return h.ID
}

// Title is the text of the pane's title bar.
func (r resultsPane) Title() string {
	if !r.searched {
		return "Articles"
	}
	// All the search found, not the page of them the list holds: the tab
	// said "Articles · 100" over 5,126 hits.
	return "Articles · " + thousands(max(len(r.res.Hits), int(r.res.Total)))
}

// snippetLines is how many lines of snippet each hit shows: fewer when
// the screen is short, so that more than one hit fits.
func (r resultsPane) snippetLines() int {
	if r.height >= 16 {
		return 2
	}
	return 1
}

// itemHeight is the rows one hit takes, blank separator included: the
// same for every hit.
func (r resultsPane) itemHeight(int) int { return 3 + r.snippetLines() }

func (r *resultsPane) scrollToCursor() { r.list.clampTo(len(r.res.Hits), r.itemHeight) }

// Move moves the selection by delta hits.
func (r *resultsPane) Move(delta int) { r.Select(r.list.cursor + delta) }

// HitAt is the hit under row y of the list, or -1.
func (r resultsPane) HitAt(y int) int { return r.list.itemAt(y, r.itemHeight) }

// Select selects hit i.
func (r *resultsPane) Select(i int) {
	r.list.cursor = i
	r.scrollToCursor()
}

// Update moves the selection; enter reports openMsg.
func (r resultsPane) Update(msg tea.Msg) (resultsPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	k := r.com.keys
	switch {
	case r.list.keys(km, k, r.itemHeight):
	case key.Matches(km, k.Open):
		if r.SelectedID() != "" {
			return r, func() tea.Msg { return openMsg{} }
		}
	}
	return r, nil
}

// soFar says how far indexing is for an empty state. Before the first
// article it says the index is being prepared: an index opened up to date
// reports no articles while it builds its derived tables (two minutes for
// the stories of 60k articles), and "Indexing… 0 articles so far" beside
// a status bar counting 58,621 looked stuck and contradictory.
func soFar(indexed int) string {
	if indexed == 0 {
		return "The index is being prepared…"
	}
	return "Indexing… " + thousands(indexed) + " articles so far"
}

// emptyText says plainly why the list is empty.
func (r resultsPane) emptyText() string {
	switch {
	case !r.searched:
		return "Searching…"
	case r.indexing && strings.TrimSpace(r.query) == "":
		return soFar(r.indexed)
	case r.indexing:
		return "No articles match “" + r.query + "” yet. " + soFar(r.indexed)
	case strings.TrimSpace(r.query) == "" && r.story != "":
		return "The index holds no articles of this story."
	case strings.TrimSpace(r.query) == "":
		return "The index holds no articles."
	case r.story != "":
		return "No article of this story matches “" + r.query + "”." + nearText(r.near, r.nearHits)
	default:
		return "No articles match “" + r.query + "”." + nearText(r.near, r.nearHits)
	}
}

// nearText suggests the query that allows close spellings, when it finds
// something: a user who typed "kisylak" learns that "kisylak~" finds
// what they meant, and how to ask for it.
func nearText(near string, hits uint64) string {
	if near == "" {
		return ""
	}
	return " With close spellings (~), “" + near + "” finds " + plural(hits, "article", "articles") + "."
}

// lines renders exactly height rows of width cells.
func (r resultsPane) lines(focused bool) []string {
	out := make([]string, 0, r.height)
	if len(r.res.Hits) == 0 {
		text := oneLine(r.emptyText())
		for _, ln := range wrapOffsets(text, max(r.width-2, 1)) {
			out = append(out, "  "+renderPlain(r.com.styles.Empty, text[ln.start:ln.end]))
		}
	}
	// The last hit may show only in part; the cursor never goes there
	// without scrolling it into full view.
	out = append(out, r.list.render(func(i int, sel bool) []string {
		return r.item(r.res.Hits[i], sel, focused)
	})...)
	return fitLines(out, r.width, r.height)
}

// item renders one hit: title, source and date, snippet, blank line.
func (r resultsPane) item(h index.Hit, selected, focused bool) []string {
	st := r.com.styles
	iw := max(r.width-2, 1)
	marker := st.marker(selected, focused)
	titleSt := st.itemTitle(selected)
	out := make([]string, 0, r.itemHeight(0))

	title := oneLine(h.Title)
	if title == "" {
		title = "(untitled)"
	}
	marks, _ := placeMarks([]lineSpan{{0, len(title)}}, cleanSpans(title, h.TitleMarks), 0)
	out = append(out, marker+truncate(renderMarked(title, marks[0], titleSt, st.Mark, st.Mark, -1), iw))

	meta := joinNonEmpty(" · ", oneLine(h.Source), dateOf(h.Date, oneLine(h.DateText)), oneLine(h.Author))
	out = append(out, marker+st.ItemMeta.Render(truncate(meta, iw)))

	snip := oneLine(h.Snippet)
	spans := cleanSpans(snip, h.SnippetMarks)
	wrapped := wrapOffsets(snip, iw)
	smarks, _ := placeMarks(wrapped, spans, 0)
	n := r.snippetLines()
	for i := range n {
		if i >= len(wrapped) {
			out = append(out, "")
			continue
		}
		ln := wrapped[i]
		s := renderMarked(snip[ln.start:ln.end], smarks[i], st.Snippet, st.Mark, st.Mark, -1)
		if i == n-1 && len(wrapped) > n {
			s = truncate(s+" …", iw)
		}
		out = append(out, "  "+s)
	}
	return append(out, "")
}

// ShortHelp lists the keys of the list.
func (r resultsPane) ShortHelp() []key.Binding {
	k := r.com.keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Search, k.OpenURL, k.PanesHelp, k.NextPane, k.Problems, k.Help, k.Quit}
}

// FullHelp lists the keys of the list in groups.
func (r resultsPane) FullHelp() [][]key.Binding {
	k := r.com.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open}}
}

// oneLine sanitizes s and turns its newlines into spaces, keeping byte
// offsets valid.
func oneLine(s string) string {
	return strings.ReplaceAll(sanitize(s), "\n", " ")
}

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// fitLines returns exactly h rows of exactly w cells.
func fitLines(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range h {
		s := ""
		if i < len(lines) {
			s = lines[i]
		}
		out[i] = fitLine(s, w)
	}
	return out
}
