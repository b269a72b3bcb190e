package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
)

// storiesPane lists the stories of the articles the search finds, largest
// first; c turns it into the coverage comparison of one story.
type storiesPane struct {
	paneState
	all   []aggregate.Story
	query string // the query all answers
	limit int    // how many stories to ask for: storiesLimit, more once the list is read to its end
	more  bool   // the request in flight asks for more of the stories shown

	// The comparison, when open: covState tracks its request (req.key is
	// the story id) and covScroll is its scroll position.
	covOpen   bool
	covStory  aggregate.Story // what the list said of it, for the heading while loading
	covState  paneState
	cov       aggregate.Coverage
	covLines  []string // cov drawn at the pane's width
	covScroll scroller
}

func newStoriesPane(com *common) storiesPane {
	return storiesPane{paneState: newPaneState(com, scopeResults), covState: newPaneState(com, scopeResults)}
}

// SetSize sets the size of the pane, title bar excluded.
func (s *storiesPane) SetSize(w, h int) {
	s.setSize(w, h)
	s.covState.setSize(w, h)
	s.relines()
	s.list.clampTo(len(s.all), s.itemHeight)
}

// wantLimit is how many stories to ask for.
func (s storiesPane) wantLimit() int { return max(s.limit, storiesLimit) }

// moreAtEnd asks for the next stories when the cursor is on the last one
// and the backend stopped at the limit: the list went no further than
// the 200th story. It reports whether it did.
func (s *storiesPane) moreAtEnd() bool {
	n := len(s.all)
	if s.covOpen || !s.loaded || s.err != nil || n == 0 || s.list.cursor < n-1 || n < s.wantLimit() {
		return false
	}
	s.limit = n + storiesLimit
	return true
}

// SetStories shows an answer, keeping the story with id keep selected
// when it is still listed.
func (s *storiesPane) SetStories(stories []aggregate.Story, query string) {
	s.more = false
	keep := s.selectedID()
	s.all, s.query = stories, query
	s.list.cursor, s.list.offset = 0, 0
	if s.pending >= 0 {
		s.list.cursor, s.pending = s.pending, -1
	} else {
		for i, st := range stories {
			if st.ID == keep {
				s.list.cursor = i
			}
		}
	}
	s.list.clampTo(len(s.all), s.itemHeight)
}

// SetCoverage shows a comparison, at the scroll position a history move
// asked for.
func (s *storiesPane) SetCoverage(cov aggregate.Coverage) {
	s.cov = cov
	s.relines()
	s.covScroll.scrollTo(0)
	if s.covState.pending >= 0 {
		s.covScroll.scrollTo(s.covState.pending)
		s.covState.pending = -1
	}
}

// OpenCoverage shows the comparison of story st from offset; the root's
// syncPanes fetches it unless it is the one already loaded.
func (s *storiesPane) OpenCoverage(st aggregate.Story, offset int) {
	s.covOpen, s.covStory = true, st
	if s.covState.hasReq && s.covState.req.key == st.ID && s.covState.err == nil {
		s.covScroll.scrollTo(offset)
		if !s.covState.loaded {
			s.covState.pending = offset
		}
		return
	}
	// Anything else, a failed answer included, is asked for again.
	s.covState.hasReq = false
	s.cov, s.covLines, s.covState.pending = aggregate.Coverage{}, nil, offset
	s.covScroll.resize(0, s.covRows())
}

// Selected is the story under the cursor, if any.
func (s storiesPane) Selected() (aggregate.Story, bool) { return itemAt(s.all, s.list.cursor) }

func (s storiesPane) selectedID() string {
	st, _ := s.Selected()
	return st.ID
}

// Select selects item i.
func (s *storiesPane) Select(i int) { s.selectItem(i, len(s.all), s.itemHeight) }

// Title is the text of the pane's tab.
func (s storiesPane) Title() string {
	if s.covOpen {
		return "Coverage"
	}
	return s.title("Stories", len(s.all))
}

// itemHeight is the rows of one story: title, outlets and dates, people,
// blank line.
func (s storiesPane) itemHeight(int) int { return 4 }

// Update moves the cursor, or scrolls the comparison. enter and c are
// the root's (storyKey): they act at once, so that a key typed right
// after them already finds the panes they changed.
func (s storiesPane) Update(msg tea.Msg) (storiesPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	if s.covOpen {
		s.covScroll.keys(km, s.com.keys)
	} else {
		s.listKeys(km, s.itemHeight)
	}
	return s, nil
}

// target is the story enter and c act on: the one compared, or the one
// under the cursor.
func (s storiesPane) target() (aggregate.Story, bool) {
	if s.covOpen {
		return s.coverageStory()
	}
	return s.Selected()
}

// coverageStory is the story the comparison shows, as fully as known.
func (s storiesPane) coverageStory() (aggregate.Story, bool) {
	if s.covState.loaded && s.covState.err == nil && s.cov.Story.ID != "" {
		return s.cov.Story, true
	}
	return s.covStory, s.covStory.ID != ""
}

// storiesInfo is what the list's info line and empty state need.
type storiesInfo struct {
	indexing bool
	indexed  int
	chosen   string // id of the story the panes are narrowed to
}

// lines renders exactly height rows of width cells: the list or the
// comparison.
func (s storiesPane) lines(focused bool, in storiesInfo) []string {
	if s.covOpen {
		return s.coverageView()
	}
	var empty string
	switch {
	case in.indexing && strings.TrimSpace(s.query) == "":
		empty = "No stories yet. " + soFar(in.indexed)
	case in.indexing:
		empty = "No stories match “" + s.query + "” yet. " + soFar(in.indexed)
	case strings.TrimSpace(s.query) == "":
		empty = "No stories: the index holds no articles."
	default:
		empty = "No stories match “" + s.query + "”."
	}
	tail := " · largest first"
	if len(s.all) >= s.wantLimit() {
		// The backend stops at the limit: say the list is not all there
		// is, and how to see more.
		tail += " · the first " + thousands(len(s.all)) + ", more at the end"
	}
	info := scopeResults.describe(s.query, "", "") + tail
	brief := scopeResults.brief(s.query, "") + tail
	ps := s.paneState
	if s.more {
		ps.loaded = true // the list stays while more of it loads
	}
	return ps.frame(info, brief, "", empty, len(s.all), func(i int, sel bool) []string {
		return s.item(s.all[i], sel, focused, s.all[i].ID == in.chosen)
	})
}

// item renders one story: its title and article count, its outlets and
// date span, its key people, and a blank line. The story the panes are
// narrowed to is marked with a dot.
func (s storiesPane) item(st aggregate.Story, selected, focused, chosen bool) []string {
	sty := s.com.styles
	iw := max(s.width-2, 1)
	marker := sty.marker(selected, focused)
	titleSt := sty.itemTitle(selected)
	title := oneLine(st.Title)
	if title == "" {
		title = "(untitled)"
	}
	if chosen {
		title = "● " + title
	}
	count := plural(st.Articles, "article", "articles")
	first := headline(title, count, iw, titleSt, sty.Count)
	span := dateSpan(st)
	outlets := fitList(st.Outlets, max(iw-visibleWidth(span)-3, 1))
	meta := joinNonEmpty(" · ", outlets, span)
	people := fitList(st.People, iw)
	if people == "" {
		people = "no one named"
	}
	return []string{
		marker + first,
		marker + sty.ItemMeta.Render(truncate(meta, iw)),
		marker + sty.Snippet.Render(truncate(people, iw)),
		"",
	}
}

// dateSpan is "2017-03-01 – 2017-03-04", one date when the story spans
// one day, or "" when it is undated.
func dateSpan(st aggregate.Story) string {
	first, last := dateOf(st.First, ""), dateOf(st.Last, "")
	if first == "" {
		first = last
	}
	if last == "" {
		last = first
	}
	switch {
	case first == "":
		return ""
	case first == last:
		return first
	}
	return first + " – " + last
}

// fitList joins as many names as fit in w cells with ", " and says how
// many more there are: "ABC News, CNN +3".
func fitList(names []string, w int) string {
	out := ""
	for i, n := range names {
		n = oneLine(n)
		next := n
		if out != "" {
			next = out + ", " + n
		}
		more := ""
		if rest := len(names) - i - 1; rest > 0 {
			more = " +" + thousands(rest)
		}
		if visibleWidth(next+more) > w && out != "" {
			return out + " +" + thousands(len(names)-i)
		}
		out = next
	}
	return out
}

// ShortHelp lists the keys of the pane.
func (s storiesPane) ShortHelp() []key.Binding {
	k := s.com.keys
	if s.covOpen {
		return []key.Binding{k.Up, k.Down, k.OpenStory, k.Coverage, k.Back, k.PanesHelp, k.Help, k.Quit}
	}
	return []key.Binding{k.OpenStory, k.Coverage, k.Search, k.Back, k.PanesHelp, k.NextPane, k.Help, k.Quit}
}
