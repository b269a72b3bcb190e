package ui

import (
	"strings"
	"testing"
	"time"

	"storytui/internal/index"
)

// TestDoneRefreshesAndKeepsListening follows --watch: the first build
// ends with a Done report on a channel that stays open, a watched folder
// changes, a second run reports progress and ends Done again. Each Done
// re-runs the search and refetches the open article; a new run shows
// the progress line again.
func TestDoneRefreshesAndKeepsListening(t *testing.T) {
	fb := newFake()
	hs := newHarness(t, fb, Options{Query: "sessions", Progress: make(chan index.Progress)}, 120, 40)
	if !hs.m.loading || !hs.m.reader.hasDoc {
		t.Fatalf("loading %v, article shown %v", hs.m.loading, hs.m.reader.hasDoc)
	}
	// The harness runs commands synchronously, so the channel holds what
	// the UI will read after the Done report, then is closed.
	ch := make(chan index.Progress, 1)
	ch <- index.Progress{Articles: 7, Elapsed: time.Millisecond}
	close(ch)
	hs.m.progressCh = ch
	searches, docs := len(fb.searches), len(fb.docs)

	hs.send(progressMsg{p: index.Progress{Articles: 5, FilesDone: 1, Done: true}, fresh: true})
	if hs.m.prog.Articles != 7 {
		t.Fatalf("the UI stopped listening after Done (last report %+v)", hs.m.prog)
	}
	// Done and then the close each refresh; the open article is
	// fetched again after Done.
	if len(fb.searches) != searches+2 || len(fb.docs) != docs+1 {
		t.Fatalf("ran %d searches and %d fetches, want 2 and 1", len(fb.searches)-searches, len(fb.docs)-docs)
	}
	if hs.m.loading || strings.Contains(hs.screen(), "Indexing") {
		t.Fatalf("still loading after Done:\n%s", hs.screen())
	}
	searches, docs = len(fb.searches), len(fb.docs)

	hs.send(progressMsg{p: index.Progress{Articles: 1, FilesTotal: 2, FilesDone: 1, Elapsed: 200 * time.Millisecond}, fresh: true})
	if !hs.m.loading || !strings.Contains(hs.screen(), "Indexing") {
		t.Fatalf("a new run does not show progress:\n%s", hs.screen())
	}
	hs.send(progressMsg{p: index.Progress{Articles: 2, FilesDone: 2, Done: true, Problems: problems(2)}, fresh: true})
	if hs.m.loading || len(fb.searches) != searches+1 || len(fb.docs) != docs+1 {
		t.Fatalf("second Done: loading %v, %d searches, %d fetches", hs.m.loading, len(fb.searches)-searches, len(fb.docs)-docs)
	}
	if len(hs.m.prog.Problems) != 2 {
		t.Errorf("problems of the last run not kept: %d", len(hs.m.prog.Problems))
	}
	if got := hs.m.results.SelectedID(); got != "a1" {
		t.Errorf("refresh moved the selection to %q", got)
	}
}
