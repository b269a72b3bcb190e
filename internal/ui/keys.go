package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the program. The root model enables only
// the bindings that work in the current focus, so key.Matches ignores the
// others and the help bar shows only what works.
type KeyMap struct {
	// Always on.
	ForceQuit key.Binding
	NextPane  key.Binding
	PrevPane  key.Binding

	// Global outside the search box and the filters.
	Quit      key.Binding
	Search    key.Binding
	Help      key.Binding
	Problems  key.Binding
	Panes     [6]key.Binding // 1-6: stories, articles, people, quotes, reactions, reader
	PanesHelp key.Binding    // stands for the six in the help; matches nothing
	Back      key.Binding

	// Search box.
	Submit  key.Binding
	Leave   key.Binding
	Earlier key.Binding // the searches of earlier sessions and this one, newest first
	Later   key.Binding

	// Lists and reader.
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding

	// Enter, named for what it does in each pane.
	OpenStory    key.Binding // stories: narrow the other panes to the story
	Open         key.Binding // articles: read
	OpenPerson   key.Binding // people: their quotes
	OpenQuote    key.Binding // quotes: the article at the quote
	OpenReaction key.Binding // reactions: the article at the quote
	Follow       key.Binding // reader: the name or quote under the cursor

	// Stories.
	Coverage key.Binding // compare how the outlets covered the story

	// People, quotes and reactions.
	Sort       key.Binding
	Scope      key.Binding
	Filter     key.Binding
	Export     key.Binding
	ExportJSON key.Binding

	// Actions on the selection.
	Copy    key.Binding
	OpenURL key.Binding

	// Reader.
	NextMatch key.Binding
	PrevMatch key.Binding
	NextMark  key.Binding
	PrevMark  key.Binding

	// A pane's filter box.
	FilterKeep  key.Binding
	FilterClear key.Binding

	// Overlays.
	Close key.Binding
}

// DefaultKeyMap returns the standard bindings.
func DefaultKeyMap() KeyMap {
	nb := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	one := func(k, desc string) key.Binding { return nb([]string{k}, k, desc) }
	return KeyMap{
		ForceQuit: one("ctrl+c", "quit"),
		NextPane:  one("tab", "next pane"),
		PrevPane:  one("shift+tab", "prev pane"),

		Quit:     one("q", "quit"),
		Search:   one("/", "search"),
		Help:     one("?", "help"),
		Problems: one("!", "problems"),
		Panes: [6]key.Binding{
			one("1", "stories"), one("2", "articles"), one("3", "people"),
			one("4", "quotes"), one("5", "reactions"), one("6", "reader"),
		},
		PanesHelp: key.NewBinding(key.WithKeys(), key.WithHelp("1-6", "panes")),
		Back:      nb([]string{"esc", "backspace"}, "esc", "back"),

		Submit:  one("enter", "keep query"),
		Leave:   one("esc", "leave box"),
		Earlier: nb([]string{"up"}, "↑", "earlier search"),
		Later:   nb([]string{"down"}, "↓", "later search"),

		Up:       nb([]string{"k", "up"}, "↑/k", "up"),
		Down:     nb([]string{"j", "down"}, "↓/j", "down"),
		PageUp:   nb([]string{"pgup", "b"}, "pgup/b", "page up"),
		PageDown: nb([]string{"pgdown", "space"}, "pgdn/space", "page down"),
		Top:      nb([]string{"g", "home"}, "g/home", "top"),
		Bottom:   nb([]string{"G", "end"}, "G/end", "bottom"),

		OpenStory:    one("enter", "its articles"),
		Open:         one("enter", "read"),
		OpenPerson:   one("enter", "their quotes"),
		OpenQuote:    one("enter", "go to quote"),
		OpenReaction: one("enter", "go to quote"),
		Follow:       one("enter", "open name/quote"),

		Coverage: one("c", "coverage"),

		Sort:       one("s", "sort"),
		Scope:      one("t", "scope"),
		Filter:     one("/", "filter"),
		Export:     one("e", "export md"),
		ExportJSON: one("E", "export json"),

		Copy:    one("y", "copy quote"),
		OpenURL: one("o", "open url"),

		NextMatch: one("n", "next match"),
		PrevMatch: one("N", "prev match"),
		NextMark:  one("]", "next name/quote"),
		PrevMark:  one("[", "prev name/quote"),

		FilterKeep:  one("enter", "keep filter"),
		FilterClear: one("esc", "clear filter"),

		Close: nb([]string{"esc", "q", "?", "!"}, "esc", "close"),
	}
}

// keyContext is what decides which bindings work.
type keyContext struct {
	focus       focus
	overlay     overlay
	hasProblems bool
	canGoBack   bool // the history holds a move, or the reader can return to the list
	filtering   bool // the focused pane's filter box has the keyboard
	// What there is to act on, so that the help bar offers no key that
	// would do nothing: a story under the cursor, search matches and
	// names or quotes in the reader.
	hasStory      bool
	readerMatches bool
	readerMarks   bool
	hasHistory    bool // there are earlier searches to recall
}

// enableFor turns bindings on and off for the context, and returns the
// result.
func (k KeyMap) enableFor(c keyContext) KeyMap {
	open := c.overlay == overlayNone
	inBox := c.focus == focusSearch && open
	typing := inBox || (c.filtering && open)
	free := open && !typing
	in := func(fs ...focus) bool {
		if !free {
			return false
		}
		for _, f := range fs {
			if c.focus == f {
				return true
			}
		}
		return false
	}
	anyPane := in(focusStories, focusResults, focusPeople, focusQuotes, focusReactions, focusReader)
	lists := in(focusPeople, focusQuotes, focusReactions)

	k.NextPane.SetEnabled(open)
	k.PrevPane.SetEnabled(open)
	k.Quit.SetEnabled(free)
	k.Search.SetEnabled(in(focusStories, focusResults, focusReader))
	k.Help.SetEnabled(free)
	k.Problems.SetEnabled(free && c.hasProblems)
	for i := range k.Panes {
		k.Panes[i].SetEnabled(free)
	}
	k.PanesHelp.SetEnabled(free)
	k.Back.SetEnabled(anyPane && c.canGoBack)
	k.Submit.SetEnabled(inBox)
	k.Leave.SetEnabled(inBox)
	k.Earlier.SetEnabled(inBox && c.hasHistory)
	k.Later.SetEnabled(inBox && c.hasHistory)
	// The movement keys also scroll the overlays.
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(anyPane || !open)
	}
	k.OpenStory.SetEnabled(in(focusStories) && c.hasStory)
	k.Coverage.SetEnabled(in(focusStories) && c.hasStory)
	k.Open.SetEnabled(in(focusResults))
	k.OpenPerson.SetEnabled(in(focusPeople))
	k.OpenQuote.SetEnabled(in(focusQuotes))
	k.OpenReaction.SetEnabled(in(focusReactions))
	k.Follow.SetEnabled(in(focusReader) && c.readerMarks)
	k.Sort.SetEnabled(in(focusPeople))
	k.Scope.SetEnabled(lists)
	k.Filter.SetEnabled(lists)
	k.Export.SetEnabled(lists)
	k.ExportJSON.SetEnabled(lists)
	k.Copy.SetEnabled(in(focusQuotes, focusReactions, focusReader))
	k.OpenURL.SetEnabled(in(focusResults, focusQuotes, focusReactions, focusReader))
	k.NextMatch.SetEnabled(in(focusReader) && c.readerMatches)
	k.PrevMatch.SetEnabled(in(focusReader) && c.readerMatches)
	k.NextMark.SetEnabled(in(focusReader) && c.readerMarks)
	k.PrevMark.SetEnabled(in(focusReader) && c.readerMarks)
	k.FilterKeep.SetEnabled(c.filtering && open && c.focus != focusSearch)
	k.FilterClear.SetEnabled(c.filtering && open && c.focus != focusSearch)
	k.Close.SetEnabled(!open)
	return k
}

// paneKey is the pane a number key goes to, if msg is one.
func (k KeyMap) paneKey(match func(key.Binding) bool) (focus, bool) {
	for i, b := range k.Panes {
		if match(b) {
			return bodyPanes()[i], true
		}
	}
	return 0, false
}
