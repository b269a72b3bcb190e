package ui

import (
	"context"
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storytui/internal/index"
)

// Debounce delays: a search waits for a pause in typing, a document for
// the selection to rest, so holding j does not fetch every article.
const (
	searchDelay = 120 * time.Millisecond
	docDelay    = 60 * time.Millisecond
	rerunEvery  = time.Second // re-run the search this often while indexing
)

// common is what every component shares: the styles and the key map.
// The root model owns it and updates it in place when the background
// colour or the focus changes.
type common struct {
	styles Styles
	keys   KeyMap
}

// Options configure the interface.
type Options struct {
	Title    string                // shown in the header, e.g. the corpus paths
	Progress <-chan index.Progress // build progress; nil when the index is ready; closed when done
	Query    string                // initial query, may be empty
}

// Model is the root bubbletea model: it routes keys to the focused pane,
// runs every Backend call in a Cmd and lays the panes out.
type Model struct {
	com     *common
	backend Backend
	title   string
	noColor bool

	width, height int
	lay           layout
	focus         focus
	shown         focus // results or reader: the pane shown when narrow
	overlay       overlay
	overlayOffset int

	search  searchBox
	results resultsPane
	reader  readerPane
	status  statusBar
	help    help.Model

	progressCh <-chan index.Progress
	loading    bool
	prog       index.Progress
	lastRerun  time.Duration // prog.Elapsed at the last re-run

	searchSeq    int // number of the newest search; older answers are dropped
	cancelSearch context.CancelFunc
	docSeq       int
	cancelDoc    context.CancelFunc
	err          error // the last backend error, cleared by the next answer

	// Zero in tests, so that no timer runs.
	searchDelay, docDelay time.Duration
}

// New builds the interface over b. It reads NO_COLOR here, once.
func New(b Backend, opts Options) Model {
	noColor := os.Getenv("NO_COLOR") != ""
	st := NewStyles(true)
	if noColor {
		st = NoColorStyles()
	}
	com := &common{styles: st, keys: DefaultKeyMap()}
	m := Model{
		com:         com,
		backend:     b,
		title:       opts.Title,
		noColor:     noColor,
		shown:       focusResults,
		search:      newSearchBox(com, opts.Query),
		results:     newResultsPane(com),
		reader:      newReaderPane(com),
		status:      newStatusBar(com),
		help:        help.New(),
		progressCh:  opts.Progress,
		loading:     opts.Progress != nil,
		searchSeq:   1,
		searchDelay: searchDelay,
		docDelay:    docDelay,
	}
	m.help.Styles = st.Help
	m.results.indexing = m.loading
	if opts.Query == "" {
		m.setFocus(focusSearch)
	} else {
		m.setFocus(focusResults)
	}
	return m
}

// Init asks for the background colour, runs the first search and starts
// listening for progress.
func (m Model) Init() tea.Cmd {
	seq := m.searchSeq
	cmds := []tea.Cmd{func() tea.Msg { return searchDueMsg{seq: seq} }}
	if !m.noColor {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.progressCh != nil {
		cmds = append(cmds, waitProgress(m.progressCh))
	}
	return tea.Batch(cmds...)
}

// View draws the screen: header, search box, panes (or an overlay),
// progress, status and help, exactly width×height.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "storytui"
	if q := strings.TrimSpace(m.search.Value()); q != "" {
		v.WindowTitle = "storytui — " + q
	}
	if m.focus == focusSearch && m.overlay == overlayNone && m.width > 0 {
		if c := m.search.Cursor(); c != nil {
			c.Y += rowSearch
			c.X = min(c.X, m.width-1)
			v.Cursor = c
		}
	}
	return v
}

func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	l := m.lay
	rows := make([]string, 0, m.height)
	rows = append(rows, m.header(), m.search.View())
	if m.overlay != overlayNone {
		ov, _ := m.overlayView()
		rows = append(rows, ov...)
	} else {
		rows = append(rows, m.body()...)
	}
	if l.progress {
		rows = append(rows, m.status.progressLine(m.prog))
	}
	rows = append(rows, m.status.statusLine(statusInfo{
		searched: m.results.searched,
		query:    m.results.query,
		res:      m.results.res,
		err:      m.err,
		problems: len(m.prog.Problems),
		loading:  m.loading,
	}), m.helpLine())
	return strings.Join(fitLines(rows, m.width, m.height), "\n")
}

func (m Model) header() string {
	st := m.com.styles
	name := st.Header.Render(" storytui ")
	rest := ""
	if m.title != "" {
		rest = " " + oneLine(m.title)
	}
	right := "? help "
	room := m.width - visibleWidth(name) - len(right)
	if room < visibleWidth(rest)+1 {
		right = ""
		room = m.width - visibleWidth(name)
	}
	return name + st.HeaderDim.Render(fitLine(truncate(rest, room), room)+right)
}

// overlayView draws the open overlay over the body and says how far it
// can scroll.
func (m Model) overlayView() ([]string, int) {
	if m.overlay == overlayHelp {
		return helpOverlay(m.com.styles, m.overlayOffset, m.lay.width, m.lay.bodyH)
	}
	return problemsOverlay(m.com.styles, m.prog.Problems, m.overlayOffset, m.lay.width, m.lay.bodyH)
}

// body draws the panes with their title bars.
func (m Model) body() []string {
	l := m.lay
	st := m.com.styles
	if !l.split {
		p := m.shown
		var content []string
		if p == focusReader {
			content = m.reader.view()
		} else {
			content = m.results.lines(m.focus == focusResults)
		}
		return append([]string{m.tabs(l.width)}, content...)
	}
	left := append([]string{m.titleBar(m.results.Title(), focusResults, l.leftW)}, m.results.lines(m.focus == focusResults)...)
	right := append([]string{m.titleBar(m.reader.Title(), focusReader, l.rightW)}, m.reader.view()...)
	rule := st.Separator.Render("│")
	out := make([]string, l.bodyH)
	for i := range out {
		out[i] = left[i] + rule + right[i]
	}
	return out
}

// titleBar draws a pane's title, marked when the pane has focus.
func (m Model) titleBar(title string, f focus, w int) string {
	st := m.com.styles
	if m.focus == f {
		return fitLine(st.PaneFocus.Render(truncate(" ▸ "+title, w)), w)
	}
	return fitLine(st.PaneTitle.Render(truncate("   "+title, w)), w)
}

// tabs is the title bar of the narrow layout: both panes, one shown.
func (m Model) tabs(w int) string {
	st := m.com.styles
	tab := func(title string, f focus) string {
		switch {
		case m.shown == f && m.focus == f:
			return st.PaneFocus.Render(" ▸ " + title + " ")
		case m.shown == f:
			return st.PaneFocus.Render(" " + title + " ")
		default:
			return st.PaneTitle.Render(" " + title + " ")
		}
	}
	return fitLine(tab(m.results.Title(), focusResults)+st.Separator.Render("│")+tab(m.reader.Title(), focusReader), w)
}

// helpLine is the short help of the focused pane.
func (m Model) helpLine() string {
	var keys helpKeys
	switch {
	case m.overlay != overlayNone:
		keys = helpKeys{short: []key.Binding{m.com.keys.Close, m.com.keys.Up, m.com.keys.Down, m.com.keys.ForceQuit}}
	case m.focus == focusSearch:
		keys = helpKeys{short: m.search.ShortHelp()}
	case m.focus == focusResults:
		keys = helpKeys{short: m.results.ShortHelp()}
	default:
		keys = helpKeys{short: m.reader.ShortHelp()}
	}
	h := m.help
	h.SetWidth(max(m.width-1, 1))
	return " " + h.View(keys)
}

// helpKeys adapts a list of bindings to help.KeyMap.
type helpKeys struct{ short []key.Binding }

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return [][]key.Binding{h.short} }

// visibleWidth is the width of s in cells, escape codes ignored.
func visibleWidth(s string) int { return ansi.StringWidth(s) }
