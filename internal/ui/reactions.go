package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
)

// openReactionMsg asks the root to show the selected reaction's quote.
type openReactionMsg struct{}

// stanceOrder is the order of the stance groups; unknown stances go last.
func stanceOrder() []string {
	return []string{"demands", "criticizes", "supports", "denies", "neutral"}
}

func stanceRank(s string) int {
	order := stanceOrder()
	for i, o := range order {
		if strings.EqualFold(s, o) {
			return i
		}
	}
	return len(order)
}

// reactionQuoteLines is the most lines a reaction's quote takes.
const reactionQuoteLines = 3

// reactionsPane lists who responded to the story of the scope, grouped by
// stance.
type reactionsPane struct {
	paneState
	all   []aggregate.Reaction
	shown []aggregate.Reaction // filtered, grouped by stance
}

func newReactionsPane(com *common) reactionsPane {
	return reactionsPane{paneState: newPaneState(com, scopeResults)}
}

// SetSize sets the size of the pane, title bar excluded.
func (r *reactionsPane) SetSize(w, h int) {
	r.setSize(w, h)
	r.list.clampTo(len(r.shown), r.itemHeight)
}

// SetReactions shows an answer.
func (r *reactionsPane) SetReactions(rs []aggregate.Reaction) {
	r.all = rs
	r.list.cursor, r.list.offset = 0, 0
	if r.pending >= 0 {
		r.list.cursor, r.pending = r.pending, -1
	}
	r.refresh()
}

// Clear empties the pane.
func (r *reactionsPane) Clear() {
	r.clear()
	r.all, r.shown = nil, nil
}

// refresh filters and groups by stance, in the backend's order within a
// group.
func (r *reactionsPane) refresh() {
	r.shown = r.shown[:0:0]
	match := filterMatcher(r.filter)
	for _, re := range r.all {
		if match(re.Who, re.Role, re.Party, re.Stance, re.Action, re.Quote, re.Source.Outlet) {
			r.shown = append(r.shown, re)
		}
	}
	sort.SliceStable(r.shown, func(i, j int) bool {
		return stanceRank(r.shown[i].Stance) < stanceRank(r.shown[j].Stance)
	})
	r.list.clampTo(len(r.shown), r.itemHeight)
}

// Selected is the selected reaction, if any.
// While a new answer loads the pane shows "Loading…", and the old
// answer's reaction is not for a key to act on.
func (r reactionsPane) Selected() (aggregate.Reaction, bool) {
	if r.busy() {
		return aggregate.Reaction{}, false
	}
	return itemAt(r.shown, r.list.cursor)
}

// Select selects item i.
func (r *reactionsPane) Select(i int) { r.selectItem(i, len(r.shown), r.itemHeight) }

// Title is the text of the pane's tab.
func (r reactionsPane) Title() string { return r.title("Reactions", len(r.shown)) }

// Update handles the keys of the list.
func (r reactionsPane) Update(msg tea.Msg) (reactionsPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	switch {
	case r.listKeys(km, r.itemHeight):
	case key.Matches(km, r.com.keys.OpenReaction):
		if re, ok := r.Selected(); ok && re.Source.ArticleID != "" {
			return r, func() tea.Msg { return openReactionMsg{} }
		}
	}
	return r, nil
}

func (r reactionsPane) itemHeight(i int) int { return len(r.item(i, false, false)) }

// lines renders exactly height rows of width cells.
func (r reactionsPane) lines(focused bool, info, brief, filterLine string) []string {
	empty := "No reactions " + info + "."
	if r.filter != "" && len(r.all) > 0 {
		empty = "No reaction " + info + " matches “" + r.filter + "”." + searchHint(r.filter)
	}
	return r.frame(info, brief, filterLine, empty, len(r.shown), func(i int, sel bool) []string {
		return r.item(i, sel, focused)
	})
}

// stanceTitle is the heading of a stance group.
func stanceTitle(s string) string {
	if s == "" {
		return "Other"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// item renders reaction i, under its stance heading when it is the first
// of its group: who with role and party, the action demanded, the quote,
// the outlet and date.
func (r reactionsPane) item(i int, selected, focused bool) []string {
	st := r.com.styles
	re := r.shown[i]
	iw := max(r.width-2, 1)
	marker := st.marker(selected, focused)
	var out []string
	if i == 0 || stanceRank(r.shown[i-1].Stance) != stanceRank(re.Stance) || !strings.EqualFold(r.shown[i-1].Stance, re.Stance) {
		n := 0
		for _, o := range r.shown {
			if strings.EqualFold(o.Stance, re.Stance) {
				n++
			}
		}
		out = append(out, " "+st.Group.Render(truncate(stanceTitle(oneLine(re.Stance))+" · "+thousands(n), max(r.width-1, 1))))
	}
	whoSt := st.itemTitle(selected)
	who := oneLine(re.Who)
	if who == "" {
		who = "(unnamed)"
	}
	about := joinNonEmpty(" · ", oneLine(re.Role), oneLine(re.Party))
	line := whoSt.Render(truncate(who, iw))
	if about != "" && visibleWidth(who)+3 < iw {
		line += st.ItemMeta.Render(truncate(" · "+about, iw-visibleWidth(who)))
	}
	out = append(out, marker+line)
	if re.Action != "" {
		out = append(out, marker+st.Count.Render(truncate(oneLine(re.Stance)+": "+oneLine(re.Action), iw)))
	}
	if q := reactionText(re.Quote); q != "" {
		for _, l := range wrapStyled(q, nil, iw, reactionQuoteLines, st.Quote) {
			out = append(out, marker+l)
		}
	}
	src := joinNonEmpty(" · ", oneLine(re.Source.Outlet), dateOf(re.Source.Date, oneLine(re.Source.DateText)), oneLine(re.Source.Title))
	if src != "" {
		out = append(out, marker+st.ItemMeta.Render(truncate(src, iw)))
	}
	return append(out, "")
}

// reactionText is the words a reaction was read from, in quotation
// marks when they are the reactor's own words; a sentence that carries
// its own marks (often a report of the words: Chaffetz told CNN Sessions
// "should further clarify his testimony.") is shown as it is, where
// marks around it read “"Jeff Sessions is a former colleague…," said …”.
func reactionText(q string) string {
	q = strings.TrimSpace(q)
	if q == "" || strings.ContainsAny(q, "\"“”") {
		return q
	}
	return "“" + q + "”"
}

// ShortHelp lists the keys of the pane.
func (r reactionsPane) ShortHelp() []key.Binding {
	k := r.com.keys
	return []key.Binding{k.OpenReaction, k.Copy, k.Back, k.Scope, k.Filter, k.Help, k.OpenURL, k.Export, k.PanesHelp, k.Quit}
}
