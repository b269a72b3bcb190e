package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// searchBox is the one-line query input.
type searchBox struct {
	com   *common
	input textinput.Model
	width int
}

func newSearchBox(com *common, query string) searchBox {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = `type to search: words, "a phrase", title:word, -word`
	// The terminal's own cursor: no blink timer in the model, and it sits
	// where the user types even when the view is composed around it.
	in.SetVirtualCursor(false)
	in.SetStyles(com.styles.Input)
	in.SetValue(query)
	return searchBox{com: com, input: in}
}

// SetSize sets the width; the box is always one line high.
func (s *searchBox) SetSize(w, _ int) {
	s.width = w
	// The prompt and the cell after the text belong to the width too.
	s.input.SetWidth(max(w-len(s.input.Prompt)-1, 1))
}

// SetStyles applies restyled input colours.
func (s *searchBox) SetStyles() { s.input.SetStyles(s.com.styles.Input) }

// Focus gives the box the keyboard.
func (s *searchBox) Focus() { s.input.Focus() }

// Blur takes the keyboard away.
func (s *searchBox) Blur() { s.input.Blur() }

// SetValue replaces the query, the cursor at its end.
func (s *searchBox) SetValue(q string) {
	s.input.SetValue(q)
	s.input.CursorEnd()
}

// Value is the query as typed.
func (s searchBox) Value() string { return s.input.Value() }

// Update edits the query.
func (s searchBox) Update(msg tea.Msg) (searchBox, tea.Cmd) {
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return s, cmd
}

// View renders the box, exactly one line of the set width.
func (s searchBox) View() string { return fitLine(s.input.View(), s.width) }

// Cursor is where the terminal cursor goes, relative to the box, or nil.
func (s searchBox) Cursor() *tea.Cursor { return s.input.Cursor() }

// ShortHelp lists the keys of the box.
func (s searchBox) ShortHelp() []key.Binding {
	k := s.com.keys
	return []key.Binding{k.Submit, k.Leave, k.Earlier, k.NextPane, k.ForceQuit}
}

// FullHelp lists the keys of the box in groups.
func (s searchBox) FullHelp() [][]key.Binding {
	k := s.com.keys
	return [][]key.Binding{{k.Submit, k.Leave, k.Earlier, k.Later}}
}
