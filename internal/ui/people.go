package ui

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
)

// sortBy is the order of the people list.
type sortBy int

const (
	byMentions sortBy = iota
	byQuotes
	byName
	sortCount
)

func (s sortBy) String() string {
	switch s {
	case byQuotes:
		return "by quotes"
	case byName:
		return "by name"
	}
	return "by mentions"
}

// openPersonMsg asks the root to show the selected person's quotes.
type openPersonMsg struct{}

// peoplePane lists everyone named in the scope: the search results or the
// article in the reader.
type peoplePane struct {
	paneState
	peopleAnswer
	order []int // indexes of all in the current sort
	shown []int // indexes of all listed: order, filtered
	sort  sortBy
}

// peopleAnswer is an answer made ready to show: folded for the filter
// and sorted every way. peopleCmd makes it off the UI goroutine, since
// for the whole 60k index (83k people) this took 0.2-0.3 s, and each s
// (sort) sorted again.
type peopleAnswer struct {
	all []aggregate.Person // as the backend answered
	// folded[i] is all[i]'s name and aliases in lower case, one a line,
	// for the filter: folded once an answer, not once a key.
	folded []string
	orders [sortCount][]int // indexes of all, in each sort's order
}

// newPeopleAnswer folds and sorts people. Names are compared once, for
// the order by name, which then breaks the ties of the other orders as
// a rank, so those compare integers only. Ties end on the index, so the
// answer's order decides as a stable sort would.
func newPeopleAnswer(people []aggregate.Person) peopleAnswer {
	a := peopleAnswer{all: people, folded: make([]string, len(people))}
	names := make([]string, len(people))
	for i, pe := range people {
		names[i] = strings.ToLower(pe.Name)
		a.folded[i] = names[i]
		if len(pe.Aliases) > 0 {
			a.folded[i] += "\n" + strings.ToLower(strings.Join(pe.Aliases, "\n"))
		}
	}
	byNameOrder := make([]int, len(people))
	for i := range byNameOrder {
		byNameOrder[i] = i
	}
	slices.SortFunc(byNameOrder, func(i, j int) int {
		return cmp.Or(strings.Compare(names[i], names[j]), cmp.Compare(i, j))
	})
	rank := make([]int32, len(people))
	for r, i := range byNameOrder {
		rank[i] = int32(r)
	}
	a.orders[byName] = byNameOrder
	for _, by := range []sortBy{byMentions, byQuotes} {
		order := slices.Clone(byNameOrder)
		slices.SortFunc(order, func(i, j int) int {
			x, y := &people[i], &people[j]
			var c int
			switch by {
			case byMentions:
				c = cmp.Or(cmp.Compare(y.Mentions, x.Mentions), cmp.Compare(y.Quotes, x.Quotes))
			case byQuotes:
				c = cmp.Or(cmp.Compare(y.Quotes, x.Quotes), cmp.Compare(y.Mentions, x.Mentions))
			}
			return cmp.Or(c, cmp.Compare(rank[i], rank[j]))
		})
		a.orders[by] = order
	}
	return a
}

// keyNamed is the key of the person of the answer who goes by name (their
// name or an alias, ignoring case), the most mentioned of several; ""
// when nobody does.
func (a peopleAnswer) keyNamed(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" || strings.Contains(n, "\n") {
		return ""
	}
	for _, i := range a.orders[byMentions] {
		f := a.folded[i]
		if f == n || strings.HasPrefix(f, n+"\n") || strings.HasSuffix(f, "\n"+n) || strings.Contains(f, "\n"+n+"\n") {
			return a.all[i].Key
		}
	}
	return ""
}

func newPeoplePane(com *common) peoplePane {
	return peoplePane{paneState: newPaneState(com, scopeResults)}
}

// SetSize sets the size of the pane, title bar excluded.
func (p *peoplePane) SetSize(w, h int) {
	p.setSize(w, h)
	p.list.clampTo(len(p.shown), p.itemHeight)
}

// SetPeople shows people, keeping the person with key keep selected
// when they are still listed. For a large answer, make it ready off the
// UI goroutine and use SetAnswer.
func (p *peoplePane) SetPeople(people []aggregate.Person, keep string) {
	p.SetAnswer(newPeopleAnswer(people), keep)
}

// SetAnswer shows a prepared answer, as SetPeople does.
func (p *peoplePane) SetAnswer(a peopleAnswer, keep string) {
	p.peopleAnswer = a
	p.resort()
	p.refresh(keep)
}

// Clear empties the pane.
func (p *peoplePane) Clear() {
	p.clear()
	p.peopleAnswer, p.order, p.shown = peopleAnswer{}, nil, nil
}

// resort takes the order of the current sort. The filter keeps this
// order, so a key typed in the filter box does not sort again.
func (p *peoplePane) resort() { p.order = p.orders[p.sort] }

// refresh filters order into shown, then selects keep (or the first
// person). Without a filter, shown is the order itself: copying 83k
// people on every new answer or sort took tens of milliseconds.
func (p *peoplePane) refresh(keep string) {
	f := strings.ToLower(strings.TrimSpace(p.filter))
	if f == "" {
		p.shown = p.order
	} else {
		p.shown = nil
		for _, i := range p.order {
			if strings.Contains(p.folded[i], f) {
				p.shown = append(p.shown, i)
			}
		}
	}
	p.list.cursor = max(p.indexOf(keep), 0)
	p.list.offset = 0
	p.list.clampTo(len(p.shown), p.itemHeight)
}

// indexOf is the place of the person with key in the list, -1 when not
// listed.
func (p peoplePane) indexOf(key string) int {
	if key == "" {
		return -1
	}
	for n, i := range p.shown {
		if p.all[i].Key == key {
			return n
		}
	}
	return -1
}

// shownPeople is a copy of the people listed, in order.
func (p peoplePane) shownPeople() []aggregate.Person {
	out := make([]aggregate.Person, len(p.shown))
	for n, i := range p.shown {
		out[n] = p.all[i]
	}
	return out
}

// Selected is the selected person, if any.
func (p peoplePane) Selected() (aggregate.Person, bool) {
	i, ok := itemAt(p.shown, p.list.cursor)
	if !ok {
		return aggregate.Person{}, false
	}
	return p.all[i], true
}

func (p peoplePane) selectedKey() string {
	pe, _ := p.Selected()
	return pe.Key
}

// Select selects item i.
func (p *peoplePane) Select(i int) { p.selectItem(i, len(p.shown), p.itemHeight) }

// Title is the text of the pane's tab.
func (p peoplePane) Title() string { return p.title("People", len(p.shown)) }

func (p peoplePane) itemHeight(int) int { return 2 }

// Update handles the keys of the list: moving, sorting, opening.
func (p peoplePane) Update(msg tea.Msg) (peoplePane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	k := p.com.keys
	switch {
	case p.listKeys(km, p.itemHeight):
	case key.Matches(km, k.Sort):
		p.sort = (p.sort + 1) % sortCount
		p.resort()
		p.refresh(p.selectedKey())
	case key.Matches(km, k.OpenPerson):
		if _, ok := p.Selected(); ok {
			return p, func() tea.Msg { return openPersonMsg{} }
		}
	}
	return p, nil
}

// lines renders exactly height rows of width cells.
func (p peoplePane) lines(focused bool, info, brief, filterLine string) []string {
	empty := "No people are named " + info + "."
	if p.filter != "" && len(p.all) > 0 {
		empty = "No one " + info + " matches “" + p.filter + "”." + searchHint(p.filter)
	}
	return p.frame(info+" · "+p.sort.String(), brief+" · "+p.sort.String(), filterLine, empty, len(p.shown), func(i int, sel bool) []string {
		return p.item(p.all[p.shown[i]], sel, focused)
	})
}

// item renders one person: name and counts, then role and affiliation.
func (p peoplePane) item(pe aggregate.Person, selected, focused bool) []string {
	st := p.com.styles
	iw := max(p.width-2, 1)
	marker := st.marker(selected, focused)
	nameSt := st.itemTitle(selected)
	counts := plural(pe.Mentions, "mention", "mentions") + " · " + plural(pe.Quotes, "quote", "quotes")
	name := oneLine(pe.Name)
	if visibleWidth(name)+2+visibleWidth(counts) > iw {
		// Shorter, still in words: "81× · 36“”" was the next step, and
		// long names ("Alexandria Ocasio-Cortez" in a 48-cell column)
		// met it often.
		counts = thousands(pe.Mentions) + " ment. · " + plural(pe.Quotes, "quote", "quotes")
	}
	if visibleWidth(name)+2+visibleWidth(counts) > iw {
		counts = thousands(pe.Mentions) + "× · " + thousands(pe.Quotes) + "“”"
	}
	first := headline(name, counts, iw, nameSt, st.Count)
	about := joinNonEmpty(" · ", oneLine(pe.Role), oneLine(pe.Affiliation), oneLine(pe.Party), oneLine(pe.State))
	if pe.Articles > 0 {
		about = joinNonEmpty(" · ", about, "in "+plural(pe.Articles, "article", "articles"))
	}
	return []string{marker + first, marker + st.ItemMeta.Render(truncate(about, iw))}
}

// ShortHelp lists the keys of the pane.
func (p peoplePane) ShortHelp() []key.Binding {
	k := p.com.keys
	return []key.Binding{k.OpenPerson, k.Sort, k.Scope, k.Filter, k.Back, k.Help, k.Export, k.PanesHelp, k.Quit}
}
