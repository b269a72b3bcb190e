package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
)

// openQuoteMsg asks the root to show the selected quote in its article.
type openQuoteMsg struct{}

// Most lines one quote takes, so that a long one does not fill the pane.
const (
	quoteTextLines    = 4
	quoteSourceLines  = 2
	quoteVariants     = 3
	quoteVariantLines = 2
)

// quotesPane lists one person's quotes, newest first, each once with all
// the outlets that carried it and the wordings that differ.
type quotesPane struct {
	paneState
	person aggregate.Person
	all    []aggregate.Quote
	shown  []aggregate.Quote
	// Text of a quote to select when the answer arrives (opened from the
	// reader), or "".
	pendingText string
}

func newQuotesPane(com *common) quotesPane {
	return quotesPane{paneState: newPaneState(com, scopeCorpus)}
}

// SetSize sets the size of the pane, title bar excluded.
func (q *quotesPane) SetSize(w, h int) {
	q.setSize(w, h)
	q.list.clampTo(len(q.shown), q.itemHeight)
}

// SetQuotes shows an answer, newest first.
func (q *quotesPane) SetQuotes(quotes []aggregate.Quote) {
	q.all = append(quotes[:0:0], quotes...)
	sort.SliceStable(q.all, func(i, j int) bool {
		return newest(q.all[i]).After(newest(q.all[j]))
	})
	q.list.cursor, q.list.offset = 0, 0
	if q.pending >= 0 {
		q.list.cursor = q.pending
		q.pending = -1
	}
	q.refresh()
	if q.pendingText != "" {
		q.SelectText(q.pendingText)
		q.pendingText = ""
	}
}

// SelectText selects the quote with these words, or one of its wordings.
func (q *quotesPane) SelectText(text string) {
	for i, qu := range q.shown {
		found := sameWords(qu.Text, text)
		for _, v := range qu.Variants {
			found = found || sameWords(v.Text, text)
		}
		if found {
			q.Select(i)
			return
		}
	}
}

// Clear empties the pane.
func (q *quotesPane) Clear() {
	q.clear()
	q.all, q.shown = nil, nil
}

// refresh applies the filter, keeping the cursor in range.
func (q *quotesPane) refresh() {
	q.shown = q.shown[:0:0]
	match := filterMatcher(q.filter)
	for _, qu := range q.all {
		fields := []string{qu.Text}
		for _, s := range qu.Sources {
			fields = append(fields, s.Outlet, s.Title)
		}
		if match(fields...) {
			q.shown = append(q.shown, qu)
		}
	}
	q.list.clampTo(len(q.shown), q.itemHeight)
}

// Selected is the selected quote, if any.
// While another person's quotes load the pane shows "Loading…", and the
// quote left from the last answer is not for a key to act on.
func (q quotesPane) Selected() (aggregate.Quote, bool) {
	if q.busy() {
		return aggregate.Quote{}, false
	}
	return itemAt(q.shown, q.list.cursor)
}

// Select selects item i.
func (q *quotesPane) Select(i int) { q.selectItem(i, len(q.shown), q.itemHeight) }

// Title is the text of the pane's tab.
func (q quotesPane) Title() string { return q.title("Quotes", len(q.shown)) }

// Update handles the keys of the list.
func (q quotesPane) Update(msg tea.Msg) (quotesPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return q, nil
	}
	switch {
	case q.listKeys(km, q.itemHeight):
	case key.Matches(km, q.com.keys.OpenQuote):
		if qu, ok := q.Selected(); ok && len(qu.Sources) > 0 {
			return q, func() tea.Msg { return openQuoteMsg{} }
		}
	}
	return q, nil
}

func (q quotesPane) itemHeight(i int) int { return len(q.item(q.shown[i], false, false)) }

// lines renders exactly height rows of width cells.
func (q quotesPane) lines(focused bool, info, brief, filterLine string) []string {
	var empty string
	switch {
	case q.person.Key == "":
		empty = "Select a person (3 People, enter) to see their quotes."
	case q.filter != "" && len(q.all) > 0:
		empty = "No quote of " + q.person.Name + " matches “" + q.filter + "”." + searchHint(q.filter)
	default:
		empty = "No quotes from " + q.person.Name + " " + info + "."
	}
	head, short := info, brief
	if q.person.Key != "" {
		n, copies := q.statements()
		head = joinNonEmpty(" · ", q.person.Name, q.person.Role, n+copies, info)
		// Narrower, the role goes, then the quotes the statements gather,
		// before the scope is cut.
		short = joinNonEmpty(" · ", q.person.Name, n+copies, brief)
		if visibleWidth(short) > q.width-1 {
			short = joinNonEmpty(" · ", q.person.Name, n, brief)
			if visibleWidth(short) > q.width-1 {
				// fitInfo cuts the long form when neither fits, which
				// lost the count to the role ("… 3,311 q…").
				head = short
			}
		}
	}
	return q.frame(head, short, filterLine, empty, len(q.shown), func(i int, sel bool) []string {
		return q.item(q.shown[i], sel, focused)
	})
}

// statements says what the list counts, statements, each once with
// every outlet ("2 statements"), and how many quotes they gather ("
// in 5 quotes"), the number the People list gives the person: the two
// numbers disagreed with no word on why.
func (q quotesPane) statements() (n, copies string) {
	if len(q.all) == 0 || q.busy() {
		return "", ""
	}
	c := 0
	for _, qu := range q.all {
		c += qu.Copies
	}
	n = plural(len(q.all), "statement", "statements")
	if c > len(q.all) {
		copies = " in " + plural(c, "quote", "quotes")
	}
	return n, copies
}

// item renders one quote: its words, every outlet and date, a line of
// context, the other wordings word by word, and a blank line.
func (q quotesPane) item(qu aggregate.Quote, selected, focused bool) []string {
	st := q.com.styles
	iw := max(q.width-2, 1)
	marker := st.marker(selected, focused)
	textSt := st.Quote
	if selected {
		textSt = textSt.Bold(true)
	}
	var out []string
	for _, l := range wrapStyled("“"+strings.TrimSpace(qu.Text)+"”", nil, iw, quoteTextLines, textSt) {
		out = append(out, marker+l)
	}
	if qu.Speaker != "" && !strings.EqualFold(qu.Speaker, q.person.Name) {
		out = append(out, marker+st.Attrib.Render(truncate("— "+oneLine(qu.Speaker), iw)))
	}
	var srcs []string
	for _, s := range mainSources(qu) {
		srcs = append(srcs, joinNonEmpty(", ", oneLine(s.Outlet), dateOf(s.Date, oneLine(s.DateText))))
	}
	for _, l := range wrapStyled(strings.Join(srcs, " · "), nil, iw, quoteSourceLines, st.ItemMeta) {
		out = append(out, marker+l)
	}
	if main := mainSources(qu); len(main) > 0 {
		if c := contextLine(main[0].Context, main[0].Text, qu.Text); c != "" {
			out = append(out, marker+st.Snippet.Render(truncate(c, iw)))
		}
	}
	for i, v := range qu.Variants {
		if i == quoteVariants {
			out = append(out, marker+st.ItemMeta.Render(truncate("≈ "+plural(len(qu.Variants)-i, "more wording", "more wordings"), iw)))
			break
		}
		text, spans := diffLine(st, v, qu.Sources)
		for _, l := range wrapStyled(text, spans, iw, quoteVariantLines, st.Snippet) {
			out = append(out, marker+l)
		}
	}
	return append(out, "")
}

// diffLine is a variant as one line: "≈ " and the words, removed ones
// struck, added ones underlined, then the outlets that used it.
func diffLine(st Styles, v aggregate.Variant, sources []aggregate.Source) (string, []styledSpan) {
	var b strings.Builder
	var spans []styledSpan
	b.WriteString("≈ ")
	for i, e := range v.Diff {
		t := strings.TrimSpace(oneLine(e.Text))
		if t == "" {
			continue
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(t)
		switch e.Op {
		case "-":
			spans = append(spans, styledSpan{start, b.Len(), st.Del, 2})
		case "+":
			spans = append(spans, styledSpan{start, b.Len(), st.Ins, 2})
		}
	}
	if who := variantOutlets(v, sources); who != "" {
		start := b.Len()
		b.WriteString(" — " + who)
		spans = append(spans, styledSpan{start, b.Len(), st.Attrib, 1})
	}
	return b.String(), spans
}

// variantOutlets names the outlets (and dates) that used a wording.
func variantOutlets(v aggregate.Variant, sources []aggregate.Source) string {
	var names []string
	for _, id := range v.Sources {
		name := id
		for _, s := range sources {
			if s.ArticleID == id && s.Outlet != "" {
				name = joinNonEmpty(", ", oneLine(s.Outlet), dateOf(s.Date, oneLine(s.DateText)))
				break
			}
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

// mainSources are the sources that carry the quote's main wording: all
// but those its variants list. A quote always keeps at least one.
func mainSources(q aggregate.Quote) []aggregate.Source {
	other := map[string]bool{}
	for _, v := range q.Variants {
		for _, id := range v.Sources {
			other[id] = true
		}
	}
	var out []aggregate.Source
	for _, s := range q.Sources {
		if !other[s.ArticleID] {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return q.Sources
	}
	return out
}

// ShortHelp lists the keys of the pane.
func (q quotesPane) ShortHelp() []key.Binding {
	k := q.com.keys
	return []key.Binding{k.OpenQuote, k.Copy, k.Back, k.Scope, k.Filter, k.Help, k.OpenURL, k.Export, k.PanesHelp, k.Quit}
}
