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
	all []aggregate.Person // as the backend answered
	// names[i] is all[i]'s name in lower case, for sorting by name, and
	// folded[i] that and its aliases, one a line, for the filter: folded
	// once an answer, not once a key for each of 83k people.
	names, folded []string
	order         []int // indexes of all, sorted
	shown         []aggregate.Person
	sort          sortBy
}

func newPeoplePane(com *common) peoplePane {
	return peoplePane{paneState: newPaneState(com, scopeResults)}
}

// SetSize sets the size of the pane, title bar excluded.
func (p *peoplePane) SetSize(w, h int) {
	p.setSize(w, h)
	p.list.clampTo(len(p.shown), p.itemHeight)
}

// SetPeople shows an answer, keeping the person with key keep selected
// when they are still listed.
func (p *peoplePane) SetPeople(people []aggregate.Person, keep string) {
	p.all = people
	p.names, p.folded = make([]string, len(people)), make([]string, len(people))
	for i, pe := range people {
		p.names[i] = strings.ToLower(pe.Name)
		p.folded[i] = p.names[i]
		if len(pe.Aliases) > 0 {
			p.folded[i] += "\n" + strings.ToLower(strings.Join(pe.Aliases, "\n"))
		}
	}
	p.resort()
	p.refresh(keep)
}

// Clear empties the pane.
func (p *peoplePane) Clear() {
	p.clear()
	p.all, p.names, p.folded, p.order, p.shown = nil, nil, nil, nil, nil
}

// resort sorts the answer for a new answer or sort. The filter keeps
// this order, so a key typed in the filter box does not sort again: on
// the whole 60k index (83k people) each one did, with two ToLower calls
// per comparison, and typing lagged (BenchmarkPeopleRefresh).
func (p *peoplePane) resort() {
	p.order = make([]int, len(p.all))
	for i := range p.order {
		p.order[i] = i
	}
	by := p.sort
	// Ties end on the index, so the answer's order decides as a stable
	// sort would, at the cost of an unstable one.
	slices.SortFunc(p.order, func(i, j int) int {
		a, b := &p.all[i], &p.all[j]
		var c int
		switch by {
		case byMentions:
			c = cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(b.Quotes, a.Quotes))
		case byQuotes:
			c = cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(b.Mentions, a.Mentions))
		}
		return cmp.Or(c, strings.Compare(p.names[i], p.names[j]), cmp.Compare(i, j))
	})
}

// refresh filters order into shown, then selects keep (or the first
// person).
func (p *peoplePane) refresh(keep string) {
	p.shown = p.shown[:0:0]
	f := strings.ToLower(strings.TrimSpace(p.filter))
	for _, i := range p.order {
		if f == "" || strings.Contains(p.folded[i], f) {
			p.shown = append(p.shown, p.all[i])
		}
	}
	p.list.cursor = 0
	for i, pe := range p.shown {
		if keep != "" && pe.Key == keep {
			p.list.cursor = i
			break
		}
	}
	p.list.offset = 0
	p.list.clampTo(len(p.shown), p.itemHeight)
}

// Selected is the selected person, if any.
func (p peoplePane) Selected() (aggregate.Person, bool) { return itemAt(p.shown, p.list.cursor) }

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
func (p peoplePane) lines(focused bool, info, filterLine string) []string {
	empty := "No people are named " + info + "."
	if p.filter != "" && len(p.all) > 0 {
		empty = "No one " + info + " matches “" + p.filter + "”."
	}
	return p.frame(info+" · "+p.sort.String(), filterLine, empty, len(p.shown), func(i int, sel bool) []string {
		return p.item(p.shown[i], sel, focused)
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
