package ui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// filterBox is the one-line filter of the people, quotes or reactions
// pane, drawn over the pane's info line while it has the keyboard. The
// filter text itself lives in each pane, so each keeps its own.
type filterBox struct {
	com    *common
	input  textinput.Model
	active bool
}

func newFilterBox(com *common) filterBox {
	in := textinput.New()
	in.Prompt = "filter: "
	in.SetVirtualCursor(false)
	in.SetStyles(com.styles.Input)
	return filterBox{com: com, input: in}
}

// Start gives the box the keyboard, starting from value.
func (f *filterBox) Start(value string, width int) {
	f.input.SetValue(value)
	f.input.CursorEnd()
	f.input.SetWidth(max(width-len(f.input.Prompt)-1, 1))
	f.input.Focus()
	f.active = true
}

// Stop takes the keyboard away.
func (f *filterBox) Stop() {
	f.input.Blur()
	f.active = false
}

// SetStyles applies restyled input colours.
func (f *filterBox) SetStyles() { f.input.SetStyles(f.com.styles.Input) }

// Value is the filter as typed.
func (f filterBox) Value() string { return f.input.Value() }

// Update edits the filter.
func (f filterBox) Update(msg tea.Msg) (filterBox, tea.Cmd) {
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	return f, cmd
}

// View renders the box, one line of width cells.
func (f filterBox) View(width int) string { return fitLine(f.input.View(), width) }

// Cursor is where the terminal cursor goes, relative to the box, or nil.
func (f filterBox) Cursor() *tea.Cursor { return f.input.Cursor() }
