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

	// Global outside the search box.
	Quit     key.Binding
	Search   key.Binding
	Help     key.Binding
	Problems key.Binding

	// Search box.
	Submit key.Binding
	Leave  key.Binding

	// Results and reader.
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding

	// Results.
	Open key.Binding

	// Reader.
	NextMatch key.Binding
	PrevMatch key.Binding
	Back      key.Binding

	// Overlays.
	Close key.Binding
}

// DefaultKeyMap returns the standard bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		NextPane:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "prev pane")),

		Quit:     key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Problems: key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "problems")),

		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "to results")),
		Leave:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "leave box")),

		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),

		Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),

		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev match")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "results")),

		Close: key.NewBinding(key.WithKeys("esc", "q", "?", "!"), key.WithHelp("esc", "close")),
	}
}

// enableFor turns bindings on and off for the focused pane and any open
// overlay, and returns the result.
func (k KeyMap) enableFor(f focus, ov overlay, hasProblems bool) KeyMap {
	inBox := f == focusSearch && ov == overlayNone
	list := f == focusResults && ov == overlayNone
	reader := f == focusReader && ov == overlayNone
	free := !inBox && ov == overlayNone

	k.NextPane.SetEnabled(ov == overlayNone)
	k.PrevPane.SetEnabled(ov == overlayNone)
	k.Quit.SetEnabled(free)
	k.Search.SetEnabled(free)
	k.Help.SetEnabled(free)
	k.Problems.SetEnabled(free && hasProblems)
	k.Submit.SetEnabled(inBox)
	k.Leave.SetEnabled(inBox)
	for _, b := range []*key.Binding{&k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(list || reader)
	}
	// Up and down also scroll the overlays.
	k.Up.SetEnabled(list || reader || ov != overlayNone)
	k.Down.SetEnabled(list || reader || ov != overlayNone)
	k.Open.SetEnabled(list)
	k.NextMatch.SetEnabled(reader)
	k.PrevMatch.SetEnabled(reader)
	k.Back.SetEnabled(reader)
	k.Close.SetEnabled(ov != overlayNone)
	return k
}

// globalHelp is the part of the help that is the same in every pane.
func (k KeyMap) globalHelp() []key.Binding {
	return []key.Binding{k.NextPane, k.Search, k.Problems, k.Help, k.Quit, k.Close}
}
