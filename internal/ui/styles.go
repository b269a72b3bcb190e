package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// Styles is every style the interface draws with. It is built once per
// background colour, never inside View.
type Styles struct {
	Header     lipgloss.Style
	HeaderDim  lipgloss.Style
	PaneTitle  lipgloss.Style // title bar of a pane without focus
	PaneFocus  lipgloss.Style // title bar of the focused pane
	Separator  lipgloss.Style // the rule between side-by-side panes
	Empty      lipgloss.Style // "No articles match …"
	Marker     lipgloss.Style // the bar left of the selected result
	ItemTitle  lipgloss.Style
	ItemChosen lipgloss.Style // title of the selected result
	ItemMeta   lipgloss.Style
	Snippet    lipgloss.Style
	Mark       lipgloss.Style // a query term
	Current    lipgloss.Style // the match n/N is on
	DocTitle   lipgloss.Style
	DocMeta    lipgloss.Style
	DocText    lipgloss.Style
	Status     lipgloss.Style
	StatusErr  lipgloss.Style
	StatusWarn lipgloss.Style
	Overlay    lipgloss.Style // the box around help and problems
	OverlayHdr lipgloss.Style

	Quote     lipgloss.Style // a quote in the reader
	QuoteHi   lipgloss.Style // the quote the reader was opened at
	Attrib    lipgloss.Style // "— speaker" after a quote
	Name      lipgloss.Style // a person's name in the reader
	Cursor    lipgloss.Style // the name or quote ] and [ are on
	Del       lipgloss.Style // a word only the main wording has
	Ins       lipgloss.Style // a word only a variant has
	Group     lipgloss.Style // a stance heading in the reactions
	Count     lipgloss.Style // mention and quote counts
	Note      lipgloss.Style // a passing message in the status bar
	FilterBox lipgloss.Style // a pane's filter line

	Help     help.Styles
	Input    textinput.Styles
	BarFull  color.Color
	BarEmpty color.Color
}

// NewStyles returns the colour styles for a dark or light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	var (
		fg     = ld(lipgloss.Color("#1f2328"), lipgloss.Color("#e6e6e6"))
		dim    = ld(lipgloss.Color("#6a737d"), lipgloss.Color("#8b949e"))
		accent = ld(lipgloss.Color("#6f42c1"), lipgloss.Color("#b392f0"))
		barBg  = ld(lipgloss.Color("#e8e4f4"), lipgloss.Color("#2d2640"))
		markBg = ld(lipgloss.Color("#fff3a3"), lipgloss.Color("#5c4b00"))
		markFg = ld(lipgloss.Color("#1f2328"), lipgloss.Color("#fff6c2"))
		curBg  = ld(lipgloss.Color("#f59e0b"), lipgloss.Color("#f59e0b"))
		errFg  = ld(lipgloss.Color("#cf222e"), lipgloss.Color("#ff7b72"))
		warnFg = ld(lipgloss.Color("#9a6700"), lipgloss.Color("#e3b341"))
		rule   = ld(lipgloss.Color("#d0d7de"), lipgloss.Color("#3d444d"))
		quote  = ld(lipgloss.Color("#0a5d8f"), lipgloss.Color("#9ecbff"))
		quoteB = ld(lipgloss.Color("#cde8ff"), lipgloss.Color("#1c3d5a"))
		name   = ld(lipgloss.Color("#7d4e00"), lipgloss.Color("#f0b76e"))
		delFg  = ld(lipgloss.Color("#cf222e"), lipgloss.Color("#ff7b72"))
		insFg  = ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#56d364"))
		okFg   = ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#56d364"))
	)
	base := lipgloss.NewStyle()
	s := Styles{
		Header:     base.Bold(true).Foreground(accent).Background(barBg),
		HeaderDim:  base.Foreground(dim).Background(barBg),
		PaneTitle:  base.Foreground(dim),
		PaneFocus:  base.Bold(true).Foreground(accent),
		Separator:  base.Foreground(rule),
		Empty:      base.Foreground(dim).Italic(true),
		Marker:     base.Foreground(accent),
		ItemTitle:  base.Foreground(fg),
		ItemChosen: base.Bold(true).Foreground(accent),
		ItemMeta:   base.Foreground(dim),
		Snippet:    base.Foreground(fg),
		Mark:       base.Foreground(markFg).Background(markBg),
		Current:    base.Bold(true).Foreground(lipgloss.Color("#1f2328")).Background(curBg),
		DocTitle:   base.Bold(true).Foreground(fg),
		DocMeta:    base.Foreground(dim),
		DocText:    base.Foreground(fg),
		Status:     base.Foreground(dim),
		StatusErr:  base.Foreground(errFg),
		StatusWarn: base.Foreground(warnFg),
		Overlay:    base.Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		OverlayHdr: base.Bold(true).Foreground(accent),
		Quote:      base.Foreground(quote),
		QuoteHi:    base.Bold(true).Foreground(quote).Background(quoteB),
		Attrib:     base.Foreground(dim).Italic(true),
		Name:       base.Foreground(name).Underline(true),
		Cursor:     base.Bold(true).Reverse(true),
		Del:        base.Foreground(delFg).Strikethrough(true),
		Ins:        base.Foreground(insFg).Underline(true),
		Group:      base.Bold(true).Foreground(accent),
		Count:      base.Foreground(dim),
		Note:       base.Foreground(okFg),
		FilterBox:  base.Foreground(accent),
		Help:       help.DefaultStyles(isDark),
		Input:      textinput.DefaultStyles(isDark),
		BarFull:    accent,
		BarEmpty:   rule,
	}
	s.Input.Focused.Prompt = base.Bold(true).Foreground(accent)
	s.Input.Blurred.Prompt = base.Foreground(dim)
	s.Input.Cursor.Color = accent
	return s
}

// NoColorStyles returns styles without any colour, for NO_COLOR: matches
// and the selection stay visible through bold, underline and reverse.
func NoColorStyles() Styles {
	base := lipgloss.NewStyle()
	plain := help.Styles{
		Ellipsis:       base,
		ShortKey:       base.Bold(true),
		ShortDesc:      base,
		ShortSeparator: base,
		FullKey:        base.Bold(true),
		FullDesc:       base,
		FullSeparator:  base,
	}
	in := textinput.Styles{
		Focused: textinput.StyleState{Prompt: base.Bold(true), Text: base, Placeholder: base.Faint(true), Suggestion: base.Faint(true)},
		Blurred: textinput.StyleState{Prompt: base, Text: base, Placeholder: base.Faint(true), Suggestion: base.Faint(true)},
		Cursor:  textinput.CursorStyle{Color: lipgloss.NoColor{}, Blink: true},
	}
	return Styles{
		Header:     base.Bold(true).Reverse(true),
		HeaderDim:  base.Reverse(true),
		PaneTitle:  base,
		PaneFocus:  base.Bold(true).Underline(true),
		Separator:  base,
		Empty:      base.Italic(true),
		Marker:     base.Bold(true),
		ItemTitle:  base,
		ItemChosen: base.Bold(true),
		ItemMeta:   base.Faint(true),
		Snippet:    base,
		Mark:       base.Bold(true).Underline(true),
		Current:    base.Bold(true).Reverse(true),
		DocTitle:   base.Bold(true),
		DocMeta:    base.Faint(true),
		DocText:    base,
		Status:     base,
		StatusErr:  base.Bold(true),
		StatusWarn: base.Bold(true),
		Overlay:    base.Border(lipgloss.RoundedBorder()).Padding(0, 1),
		OverlayHdr: base.Bold(true),
		Quote:      base.Italic(true),
		QuoteHi:    base.Bold(true).Italic(true).Underline(true),
		Attrib:     base.Faint(true),
		Name:       base.Underline(true),
		Cursor:     base.Bold(true).Reverse(true),
		Del:        base.Strikethrough(true),
		Ins:        base.Underline(true),
		Group:      base.Bold(true),
		Count:      base.Faint(true),
		Note:       base.Bold(true),
		FilterBox:  base.Bold(true),
		Help:       plain,
		Input:      in,
		BarFull:    lipgloss.NoColor{},
		BarEmpty:   lipgloss.NoColor{},
	}
}
