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

	"storytui/internal/aggregate"
	"storytui/internal/index"
)

// Debounce delays: a search waits for a pause in typing, a document for
// the selection to rest, so holding j does not fetch every article.
const (
	searchDelay = 40 * time.Millisecond
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
	Title string // shown in the header, e.g. the corpus paths
	// Progress reports indexing; nil when the index is ready. A Done
	// report refreshes the panes; the channel may stay open for more runs
	// (--watch) or be closed when there will be none.
	Progress <-chan index.Progress
	Query    string // initial query, may be empty
	// ExportDir is where e and E write files; "" is the current directory.
	ExportDir string
	// Notice is shown in the status line until the first key, e.g. why
	// the index is being rebuilt.
	Notice string
	// History is the searches of earlier sessions, oldest first, for ↑
	// in the search box; Model.History gives them back with this
	// session's, for the caller to keep.
	History []string
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
	recent        []focus // body panes, most recently focused first
	overlay       overlay
	overlayScroll scroller

	search    searchBox
	stories   storiesPane
	results   resultsPane
	people    peoplePane
	quotes    quotesPane
	reactions reactionsPane
	reader    readerPane
	filter    filterBox
	status    statusBar
	help      help.Model

	person aggregate.Person // whose quotes the quotes pane shows
	// The query whose person: clause last chose the person, so that
	// the choice is made once a search, not again over the user's.
	pickedFor string
	story     aggregate.Story // the story the other panes are narrowed to; ID "" for none
	history   []place         // where esc goes back to, newest last
	note      string          // a passing message, cleared by the next key
	noteErr   bool

	// Searches kept, oldest first (Options.History and this session's);
	// recall is how far back ↑ has gone (0: the text being typed, saved
	// in draft).
	searches []string
	recall   int
	draft    string

	progressCh <-chan index.Progress
	loading    bool
	prog       index.Progress
	lastRerun  time.Duration // prog.Elapsed at the last re-run

	searchSeq    int // number of the newest search; older answers are dropped
	hitLimit     int // how many hits the search asks for: searchLimit, more once the list is read to its end
	cancelSearch context.CancelFunc
	// The query of the newest search started, which the stories follow.
	storiesFor    string
	searchStarted bool
	docSeq        int
	docWant       docRequest
	cancelDoc     context.CancelFunc
	personSeq     int
	err           error // the last backend error, cleared by the next answer

	exportDir string
	// openURL starts the browser; tests replace it.
	openURL func(url string) error

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
		recent:      []focus{focusStories, focusResults},
		search:      newSearchBox(com, opts.Query),
		stories:     newStoriesPane(com),
		results:     newResultsPane(com),
		people:      newPeoplePane(com),
		quotes:      newQuotesPane(com),
		reactions:   newReactionsPane(com),
		reader:      newReaderPane(com),
		filter:      newFilterBox(com),
		status:      newStatusBar(com),
		help:        help.New(),
		progressCh:  opts.Progress,
		loading:     opts.Progress != nil,
		searchSeq:   1,
		searchDelay: searchDelay,
		docDelay:    docDelay,
		exportDir:   opts.ExportDir,
		openURL:     openInBrowser,
	}
	m.help.Styles = st.Help
	m.results.indexing = m.loading
	for _, q := range opts.History {
		m.remember(q)
	}
	// The Stories pane is what the explorer opens on, with the keyboard in
	// the search box so that typing searches at once. A query given on the
	// command line opens on its articles instead.
	if opts.Query == "" {
		m.setFocus(focusSearch)
	} else {
		m.setFocus(focusResults)
	}
	m.note = opts.Notice
	return m
}

// maxSearches bounds the searches kept for ↑.
const maxSearches = 100

// remember adds q to the searches kept, as the newest; a search already
// kept moves up to newest.
func (m *Model) remember(q string) {
	q = strings.TrimSpace(q)
	if q == "" || strings.ContainsAny(q, "\n\r") {
		return
	}
	out := m.searches[:0:0]
	for _, s := range m.searches {
		if s != q {
			out = append(out, s)
		}
	}
	m.searches = append(out, q)
	if len(m.searches) > maxSearches {
		m.searches = m.searches[len(m.searches)-maxSearches:]
	}
	m.recall = 0
}

// History is the searches kept, oldest first: those given in Options and
// this session's, for the caller to save for the next session.
func (m Model) History() []string {
	if m.focus == focusSearch {
		// Quit from the box keeps what it holds too.
		m.remember(m.search.Value())
	}
	return append([]string(nil), m.searches...)
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
	if m.overlay == overlayNone && m.width > 0 {
		switch {
		case m.focus == focusSearch:
			if c := m.search.Cursor(); c != nil {
				c.Y += rowSearch
				c.X = min(c.X, m.width-1)
				v.Cursor = c
			}
		case m.filter.active:
			if c := m.filter.Cursor(); c != nil {
				c.Y += rowBody + 1
				c.X = min(c.X+m.lay.x0(m.focus), m.width-1)
				v.Cursor = c
			}
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
		story:    m.story.Title,
		searched: m.results.searched,
		query:    m.results.query,
		res:      m.results.res,
		near:     m.results.near,
		nearHits: m.results.nearHits,
		err:      m.err,
		problems: len(m.prog.Problems),
		loading:  m.loading,
		note:     m.note,
		noteErr:  m.noteErr,
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

// overlayView draws the open overlay over the body and returns its
// scroll position sized to what it shows, for the keys to move.
func (m Model) overlayView() ([]string, scroller) {
	if m.overlay == overlayHelp {
		return helpOverlay(m.com.styles, m.overlayScroll, m.lay.width, m.lay.bodyH)
	}
	return problemsOverlay(m.com.styles, m.prog.Problems, m.overlayScroll, m.lay.width, m.lay.bodyH)
}

// helpLine is the short help of the focused pane.
func (m Model) helpLine() string {
	k := m.com.keys
	var keys helpKeys
	switch {
	case m.overlay != overlayNone:
		keys = helpKeys{short: []key.Binding{k.Close, k.Up, k.Down, k.ForceQuit}}
	case m.focus == focusSearch:
		keys = helpKeys{short: m.search.ShortHelp()}
	case m.filter.active:
		keys = helpKeys{short: []key.Binding{k.FilterKeep, k.FilterClear, k.NextPane, k.ForceQuit}}
	case m.focus == focusStories:
		keys = helpKeys{short: m.stories.ShortHelp()}
	case m.focus == focusResults:
		keys = helpKeys{short: m.results.ShortHelp()}
	case m.focus == focusPeople:
		keys = helpKeys{short: m.people.ShortHelp()}
	case m.focus == focusQuotes:
		keys = helpKeys{short: m.quotes.ShortHelp()}
	case m.focus == focusReactions:
		keys = helpKeys{short: m.reactions.ShortHelp()}
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
