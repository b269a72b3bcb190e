package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"storytui/internal/index"
)

// backMsg asks the root to return to the results.
type backMsg struct{}

// lineKind picks the style of a reader line.
type lineKind int

const (
	kindText lineKind = iota
	kindTitle
	kindMeta
	kindRule
)

// readerLine is one wrapped line of the reader with its matches.
type readerLine struct {
	text  string
	marks []lineMark
	kind  lineKind
}

// readerPane shows one article, wrapped to the pane, with the query's
// terms marked and n/N moving between them.
type readerPane struct {
	com           *common
	width, height int

	doc    index.Document
	hasDoc bool
	id     string // the article shown or being fetched
	query  string // the query doc's marks belong to
	err    error

	lines     []readerLine
	matchLine []int // first line of each match, in reading order
	current   int   // the match n/N is on, -1 before the first n
	offset    int   // first visible line
}

func newReaderPane(com *common) readerPane { return readerPane{com: com, current: -1} }

// SetSize sets the size of the text, title bar excluded, and rewraps.
func (r *readerPane) SetSize(w, h int) {
	if w != r.width {
		r.width = w
		r.rebuild()
	}
	r.height = h
	if r.current >= 0 {
		r.showLine(r.matchLine[r.current])
	}
	r.clamp()
}

// SetDocument shows doc. The scroll position is kept when it is the same
// article fetched again (new query terms, a re-run while indexing).
func (r *readerPane) SetDocument(doc index.Document, query string) {
	same := r.hasDoc && doc.ID == r.doc.ID
	r.doc, r.hasDoc, r.id, r.query, r.err = doc, true, doc.ID, query, nil
	r.rebuild()
	r.current = -1
	if !same {
		r.offset = 0
	}
	r.clamp()
}

// SetError shows why the article could not be fetched.
func (r *readerPane) SetError(id string, err error) {
	r.id, r.err, r.hasDoc = id, err, false
	r.lines, r.matchLine, r.current, r.offset = nil, nil, -1, 0
}

// Clear empties the pane, when no article is selected.
func (r *readerPane) Clear() {
	*r = readerPane{com: r.com, width: r.width, height: r.height, current: -1}
}

// Title is the text of the pane's title bar.
func (r readerPane) Title() string {
	switch n := len(r.matchLine); {
	case !r.hasDoc || n == 0:
		return "Reader"
	case r.current < 0:
		return "Reader · " + plural(n, "match", "matches")
	default:
		return "Reader · match " + thousands(r.current+1) + "/" + thousands(n)
	}
}

// textWidth leaves a column of margin on each side.
func (r readerPane) textWidth() int { return max(r.width-2, 1) }

// rebuild wraps the document to the pane width. Marks are placed on the
// wrapped lines by byte offset, so they never land in the wrong place.
func (r *readerPane) rebuild() {
	r.lines, r.matchLine = nil, nil
	if !r.hasDoc {
		return
	}
	d := r.doc
	w := r.textWidth()
	add := func(text string, spans []index.Span, kind lineKind) {
		text = sanitize(text)
		if kind != kindText {
			text = strings.ReplaceAll(text, "\n", " ")
		}
		spans = cleanSpans(text, spans)
		wrapped := wrapOffsets(text, w)
		marks, first := placeMarks(wrapped, spans, len(r.matchLine))
		for i := range first {
			first[i] += len(r.lines)
		}
		r.matchLine = append(r.matchLine, first...)
		for i, ln := range wrapped {
			r.lines = append(r.lines, readerLine{text: text[ln.start:ln.end], marks: marks[i], kind: kind})
		}
	}
	title := d.Title
	if strings.TrimSpace(title) == "" {
		title = "(untitled)"
	}
	add(title, d.TitleMarks, kindTitle)
	if meta := joinNonEmpty(" · ", d.Source, d.Author, dateOf(d.Date, d.DateText)); meta != "" {
		add(meta, nil, kindMeta)
	}
	if d.URL != "" {
		add(d.URL, nil, kindMeta)
	}
	add("id "+d.ID, nil, kindMeta)
	r.lines = append(r.lines, readerLine{text: strings.Repeat("─", w), kind: kindRule}, readerLine{})
	add(d.Text, d.TextMarks, kindText)
}

func (r *readerPane) clamp() {
	r.offset = min(max(r.offset, 0), max(len(r.lines)-r.height, 0))
}

// scroll moves the view by delta lines.
func (r *readerPane) scroll(delta int) {
	r.offset += delta
	r.clamp()
}

// showLine scrolls so that line l is visible, a third down the pane when
// it was off screen, so the context before a match shows too.
func (r *readerPane) showLine(l int) {
	if l < r.offset || l >= r.offset+r.height {
		r.offset = l - r.height/3
	}
	r.clamp()
}

// jump moves to the next (dir 1) or previous (dir -1) match. The first n
// goes to the first match at or below the top of the pane.
func (r *readerPane) jump(dir int) {
	n := len(r.matchLine)
	if n == 0 {
		return
	}
	switch {
	case r.current < 0 && dir > 0:
		r.current = 0
		for i, l := range r.matchLine {
			if l >= r.offset {
				r.current = i
				break
			}
		}
	case r.current < 0:
		r.current = n - 1
		for i := n - 1; i >= 0; i-- {
			if r.matchLine[i] < r.offset+r.height {
				r.current = i
				break
			}
		}
	default:
		r.current = (r.current + dir + n) % n
	}
	r.showLine(r.matchLine[r.current])
}

// Update scrolls and moves between matches; esc reports backMsg.
func (r readerPane) Update(msg tea.Msg) (readerPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	k := r.com.keys
	page := max(r.height-1, 1)
	switch {
	case key.Matches(km, k.Up):
		r.scroll(-1)
	case key.Matches(km, k.Down):
		r.scroll(1)
	case key.Matches(km, k.PageUp):
		r.scroll(-page)
	case key.Matches(km, k.PageDown):
		r.scroll(page)
	case key.Matches(km, k.Top):
		r.offset = 0
	case key.Matches(km, k.Bottom):
		r.offset = len(r.lines)
		r.clamp()
	case key.Matches(km, k.NextMatch):
		r.jump(1)
	case key.Matches(km, k.PrevMatch):
		r.jump(-1)
	case key.Matches(km, k.Back):
		return r, func() tea.Msg { return backMsg{} }
	}
	return r, nil
}

// view renders exactly height rows of width cells.
func (r readerPane) view() []string {
	st := r.com.styles
	var out []string
	switch {
	case r.err != nil:
		out = r.message(st.StatusErr, "Could not load the article: "+r.err.Error())
	case !r.hasDoc && r.id != "":
		out = r.message(st.Empty, "Loading…")
	case !r.hasDoc:
		out = r.message(st.Empty, "Select an article to read it.")
	}
	end := min(r.offset+r.height, len(r.lines))
	for _, ln := range r.lines[min(r.offset, end):end] {
		base := st.DocText
		switch ln.kind {
		case kindTitle:
			base = st.DocTitle
		case kindMeta:
			base = st.DocMeta
		case kindRule:
			base = st.Separator
		}
		out = append(out, " "+renderMarked(ln.text, ln.marks, base, st.Mark, st.Current, r.current))
	}
	return fitLines(out, r.width, r.height)
}

// message renders a plain notice wrapped to the pane.
func (r readerPane) message(st lipgloss.Style, text string) []string {
	text = oneLine(text)
	var out []string
	for _, ln := range wrapOffsets(text, r.textWidth()) {
		out = append(out, " "+renderPlain(st, text[ln.start:ln.end]))
	}
	return out
}

// ShortHelp lists the keys of the reader.
func (r readerPane) ShortHelp() []key.Binding {
	k := r.com.keys
	return []key.Binding{k.Down, k.Up, k.PageDown, k.NextMatch, k.PrevMatch, k.Back, k.NextPane, k.Help, k.Quit}
}

// FullHelp lists the keys of the reader in groups.
func (r readerPane) FullHelp() [][]key.Binding {
	k := r.com.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextMatch, k.PrevMatch, k.Back},
	}
}
